//! docs/ARCHITECTURE.md is the map a newcomer has; every name it gives must exist. Each span in
//! backticks is checked by its shape:
//! - a path (`src/exchange/import.rs`, `ui/e2e/`) must exist;
//! - a function (`Store::transact()`, `capture()`) must be defined, and where it is qualified by
//!   a type or a module, defined on that type or in that module;
//! - a type, constant or variant (`FieldType`, `IMPORT_BATCH_OPS`, `ShellErrorCode::Window`)
//!   must be declared; a macro (`commands!`) must be defined.
//!
//! Anything else in backticks (a column, a pragma, a flag) is prose.

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every source file a name could be defined in, with its text.
fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries.flatten() {
            let p = e.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if p.is_dir() {
                if name != "node_modules" && name != "dist" && name != "target" {
                    walk(&p, out);
                }
            } else if (name.ends_with(".rs") || name.ends_with(".ts"))
                && let Ok(text) = std::fs::read_to_string(&p)
            {
                out.push((p, text));
            }
        }
    }
    let mut out = vec![];
    for dir in ["src", "src-tauri/src", "src-tauri/tests", "ui/src", "ui/e2e", "tests"] {
        walk(&root().join(dir), &mut out);
    }
    out
}

fn defines_fn(text: &str, name: &str) -> bool {
    let patterns = [
        format!("fn {name}("),
        format!("fn {name}<"),
        format!("function {name}("),
        format!("function {name}<"),
        // A generated command in bindings.ts, or an object-literal method of a screen.
        format!("  {name}: ("),
        format!("{name}(changed"),
    ];
    patterns.iter().any(|p| text.contains(p.as_str()))
}

fn defines_type(text: &str, name: &str) -> bool {
    ["struct", "enum", "trait", "type", "class", "interface", "const", "static"]
        .iter()
        .any(|kw| {
            text.contains(&format!("{kw} {name} "))
                || text.contains(&format!("{kw} {name}<"))
                || text.contains(&format!("{kw} {name}:"))
                || text.contains(&format!("{kw} {name};"))
                || text.contains(&format!("{kw} {name}("))
                || text.contains(&format!("{kw} {name}{{"))
        })
        // A type the field table or `choice!` declares: its name is the macro's first token.
        || text.contains(&format!("    {name}, \""))
        || text.contains(&format!(": {name}("))
        || text.contains(&format!("pub use devices::{{{name}"))
}

/// Whether `name` (a function) is defined on type `qualifier` or in module `qualifier`.
fn defined_in(files: &[(PathBuf, String)], qualifier: &str, name: &str) -> bool {
    let is_type = qualifier.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    files.iter().any(|(path, text)| {
        if !defines_fn(text, name) {
            return false;
        }
        if is_type {
            text.contains(&format!("impl {qualifier} "))
                || text.contains(&format!("impl {qualifier}<"))
                || text.contains(&format!("impl<'_> {qualifier}"))
                || text.contains(&format!("impl {qualifier}<'_>"))
                || text.contains(&format!("for {qualifier} "))
                // The UI's generated `commands` object.
                || (qualifier == "commands" && path.ends_with("bindings.ts"))
        } else {
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let parent = path.parent().and_then(|p| p.file_name()).and_then(|s| s.to_str()).unwrap_or("");
            stem == qualifier || (stem == "mod" && parent == qualifier) || qualifier == "commands"
        }
    })
}

#[test]
fn every_name_the_architecture_document_gives_exists() {
    let doc = std::fs::read_to_string(root().join("docs/ARCHITECTURE.md")).unwrap();
    let files = sources();
    let mut checked = 0;
    let mut missing = vec![];
    for (i, span) in doc.split('`').enumerate() {
        if i % 2 == 0 || span.is_empty() || span.contains(' ') || span.contains("://") {
            continue;
        }
        let span = span.trim_end_matches(',');
        if span.contains('/') && !span.contains('(') {
            let path = span.replace("<locale>", "en");
            if !root().join(path.trim_end_matches('/')).exists() {
                missing.push(format!("path {span}"));
            }
            checked += 1;
        } else if let Some(call) = span.strip_suffix("()") {
            let (qualifier, name) = match call.rsplit_once("::").or_else(|| call.rsplit_once('.')) {
                Some((q, n)) => (Some(q.rsplit("::").next().unwrap_or(q)), n),
                None => (None, call),
            };
            let found = match qualifier {
                Some(q) => defined_in(&files, q, name),
                None => files.iter().any(|(_, t)| defines_fn(t, name)),
            };
            if !found {
                missing.push(format!("function {span}"));
            }
            checked += 1;
        } else if let Some(mac) = span.strip_suffix('!') {
            if !files.iter().any(|(_, t)| t.contains(&format!("macro_rules! {mac}"))) {
                missing.push(format!("macro {span}"));
            }
            checked += 1;
        } else if span.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && span.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':' || c == '.')
        {
            let mut parts = span.split(['.', ':']).filter(|p| !p.is_empty());
            let ty = parts.next().unwrap();
            if !files.iter().any(|(_, t)| defines_type(t, ty)) {
                missing.push(format!("type or constant {ty}"));
            }
            for variant in parts {
                if !files.iter().any(|(_, t)| t.contains(variant)) {
                    missing.push(format!("{ty}'s {variant}"));
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 60, "the checker found the names in the document ({checked})");
    assert!(missing.is_empty(), "docs/ARCHITECTURE.md names what the code no longer has: {missing:#?}");
}

/// The checker itself can fail: a made-up function, type and path are each reported.
#[test]
fn the_checker_finds_a_name_that_does_not_exist() {
    let files = sources();
    assert!(defined_in(&files, "Store", "transact"), "a real method is found");
    assert!(!defined_in(&files, "Store", "teleport"), "a made-up method is not");
    assert!(!defined_in(&files, "Convene", "transact"), "a method on another type is not");
    assert!(files.iter().any(|(_, t)| defines_type(t, "FieldType")));
    assert!(!files.iter().any(|(_, t)| defines_type(t, "FluxCapacitor")));
}
