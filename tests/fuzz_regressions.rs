//! Replays both fuzz targets' corpora and every input the fuzzer ever found to crash one
//! (fuzz/regressions/<target>/). None may panic; genuine seeds must still read and merge.

use std::path::Path;

fn files(dir: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    out.retain(|p| p.is_file() && p.file_name().is_some_and(|n| n != ".gitkeep"));
    out.sort();
    out
}

/// Feeds every committed input of `target` (its seed corpus and its regressions) to `run`, which
/// must not panic on any; returns how many there were.
fn replay<T>(target: &str, run: impl Fn(&[u8]) -> T + std::panic::RefUnwindSafe) -> usize {
    let mut n = 0;
    for dir in [format!("fuzz/corpus/{target}"), format!("fuzz/regressions/{target}")] {
        for f in files(&dir) {
            let bytes = std::fs::read(&f).unwrap();
            let result = std::panic::catch_unwind(|| {
                run(&bytes);
            });
            assert!(result.is_ok(), "{} panicked {target}", f.display());
            n += 1;
        }
    }
    n
}

#[test]
fn no_known_input_panics_the_bundle_reader() {
    let n = replay("read_bundle", convene::exchange::fuzz::read_bundle_untrusted);
    assert!(n >= 3, "the seed corpus is in place ({n} files)");
}

#[test]
fn the_genuine_seed_bundle_reads() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/read_bundle/genuine.convene");
    let n = convene::exchange::fuzz::read_bundle_untrusted(&std::fs::read(seed).unwrap())
        .expect("the seed is a valid bundle");
    assert!(n > 10, "it holds ops ({n})");
}

#[test]
fn no_known_op_payload_panics_the_signed_import() {
    let n = replay("merge_signed_ops", convene::exchange::fuzz::merge_signed_ops);
    assert!(n >= 3, "the seed corpus is in place ({n} files)");
}

/// The seeds reach past the signature into the merge: a genuine evening merges whole. Set
/// CONVENE_WRITE_FUZZ_SEEDS=1 to write them afresh into fuzz/corpus/merge_signed_ops/.
#[test]
fn the_seed_payloads_merge() {
    let seeds = convene::exchange::fuzz::seed_payloads().unwrap();
    let merged = convene::exchange::fuzz::merge_signed_ops(&seeds[0]).unwrap();
    assert!(merged > 10, "the genuine evening merged ({merged} ops)");
    if std::env::var_os("CONVENE_WRITE_FUZZ_SEEDS").is_some() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/merge_signed_ops");
        std::fs::create_dir_all(&dir).unwrap();
        for (i, s) in seeds.iter().enumerate() {
            std::fs::write(dir.join(format!("seed-{i}.jsonl")), s).unwrap();
        }
    }
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/merge_signed_ops/seed-0.jsonl");
    let merged = convene::exchange::fuzz::merge_signed_ops(&std::fs::read(committed).unwrap()).unwrap();
    assert!(
        merged > 10,
        "the committed seed still merges ({merged} ops): regenerate the seeds if the op format changed"
    );
}
