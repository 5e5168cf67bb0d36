//! Replays the fuzz corpus and every input the fuzzer ever found to crash bundle reading
//! (fuzz/regressions/read_bundle/). None may panic; genuine seeds must still read.

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

#[test]
fn no_known_input_panics_the_bundle_reader() {
    let mut n = 0;
    for dir in ["fuzz/corpus/read_bundle", "fuzz/regressions/read_bundle"] {
        for f in files(dir) {
            let bytes = std::fs::read(&f).unwrap();
            let result = std::panic::catch_unwind(|| convene::exchange::read_bundle_untrusted(&bytes));
            assert!(result.is_ok(), "{} panicked the bundle reader", f.display());
            n += 1;
        }
    }
    assert!(n >= 3, "the seed corpus is in place ({n} files)");
}

#[test]
fn the_genuine_seed_bundle_reads() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/read_bundle/genuine.convene");
    let n = convene::exchange::read_bundle_untrusted(&std::fs::read(seed).unwrap())
        .expect("the seed is a valid bundle");
    assert!(n > 10, "it holds ops ({n})");
}
