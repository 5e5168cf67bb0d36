//! A layout the next engineer can read: no source file in src/ over 600 lines, and none in
//! src/exchange/ over 400. A file that grows past its limit is doing more than one job; split it
//! by what it does (as src/exchange/ and src/bench/ are).

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn no_source_file_is_too_long_to_read() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![];
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 40, "the walk found the sources ({})", files.len());
    let mut over = vec![];
    for f in files {
        let lines = std::fs::read_to_string(&f).unwrap().lines().count();
        let rel = f.strip_prefix(root).unwrap();
        let limit = if rel.starts_with("src/exchange") { 400 } else { 600 };
        if lines > limit {
            over.push(format!("{} has {lines} lines (limit {limit})", rel.display()));
        }
    }
    assert!(over.is_empty(), "split these by what they do: {over:#?}");
}
