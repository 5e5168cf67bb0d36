//! The command line keeps no user-facing text in its code: every word it prints comes from
//! `locales/<locale>/cli.ftl` (or the core's errors/UI messages). This reads the CLI's source
//! and fails on any string literal a person could read that is not a message id, and on any id
//! the code asks for that English does not have.

use std::collections::BTreeSet;
use std::path::Path;

/// Words that may appear inside a format string: the program's name as a prefix
/// ("convene: …"), the benchmark's prefix and units.
const ALLOWED_WORDS: &[&str] = &["convene", "bench", "ms", "x"];

/// Command-line syntax shown as is in every language: placeholders, flags, environment
/// variables and locale names the code compares against.
const SYNTAX: &[&str] = &[
    "`CONCERN=POINTS`",
    "--keep winner, --keep loser, --text \\\"...\\\"",
    "--locale",
    "--locale=",
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
    "C",
    "POSIX",
    "CONVENE_LOCALE",
    "CONVENE_BACKUP_PASSPHRASE",
    "en",
];

/// Code just before a lowercase identifier-like literal that shows it is not text for people:
/// flag names and defaults, JSON keys, error field names, values compared or matched against,
/// panics for developers.
const IDENTIFIER_CONTEXTS: &[&str] = &[
    ".list(",
    // A field's or a kind's key, checked against its label message when the code compiles.
    "field!(",
    "thing!(",
    "field: ",
    "Some(",
    "== ",
    "!= ",
    "unwrap_or(",
    "Arg::new(",
    ".long(",
    "var(",
    "expect(",
    "unreachable!(",
];

fn english_ids() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =")
                && !id.is_empty()
                && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                ids.insert(id.to_string());
            }
        }
    }
    ids
}

/// Each string literal on a line, with the code before it and after it.
fn literals(line: &str) -> Vec<(String, &str, &str)> {
    let bytes = line.as_bytes();
    let mut out = vec![];
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => break,
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 3, // a char literal such as '"'
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let end = j.min(bytes.len());
                out.push((line[start..end].to_string(), &line[..i], line.get(end + 1..).unwrap_or("")));
                i = end + 1;
            }
            _ => i += 1,
        }
    }
    out
}

fn without_placeholders(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.replace("\\n", " ").chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = (depth - 1).max(0),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-' || c == '/')
}

/// Problems with one line of CLI code, or none.
fn check_line(line: &str, ids: &BTreeSet<String>) -> Vec<String> {
    let trimmed = line.trim_start();
    if trimmed.starts_with("//") {
        return vec![];
    }
    let attribute = trimmed.starts_with("#[");
    let mut problems = vec![];
    for (lit, before, after) in literals(line) {
        let text = without_placeholders(&lit);
        if !text.chars().any(char::is_alphabetic) {
            continue; // a template of placeholders and symbols: "{} — {}", "  {}\n"
        }
        // A message id, or the stem of a family of ids completed at run time.
        if lit.starts_with("cli-") || ids.contains(&lit) {
            if !lit.contains('{') && !ids.contains(&lit) {
                problems.push(format!("no English message \"{lit}\""));
            }
            continue;
        }
        if let Some(stem) = lit.strip_suffix("{}")
            && is_identifier(stem)
        {
            if !ids.iter().any(|id| id.starts_with(stem)) {
                problems.push(format!("no English messages start with \"{stem}\""));
            }
            continue;
        }
        if attribute || SYNTAX.contains(&lit.as_str()) {
            continue;
        }
        if is_identifier(&lit) {
            let json_key = after.trim_start().starts_with(':');
            let match_arm = after.trim_start().starts_with("=>");
            let index =
                before.ends_with('[') && before[..before.len() - 1].ends_with(|c: char| c.is_alphanumeric());
            if json_key
                || match_arm
                || index
                || IDENTIFIER_CONTEXTS.iter().any(|c| before.trim_end().ends_with(c.trim_end()))
            {
                continue;
            }
        }
        let words: Vec<&str> = text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
        if words.iter().all(|w| ALLOWED_WORDS.contains(w)) {
            continue;
        }
        if before.trim_end().ends_with("expect(") || before.trim_end().ends_with("unreachable!(") {
            continue;
        }
        problems.push(format!("text in the code: \"{lit}\""));
    }
    problems
}

#[test]
fn the_cli_prints_no_text_that_is_not_in_a_ftl_file() {
    let ids = english_ids();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/bin/convene");
    let mut problems = vec![];
    let mut used = BTreeSet::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        // Unit tests (at the end of a file) compare against English on purpose.
        let code = text.split("\n#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            for p in check_line(line, &ids) {
                problems.push(format!("src/bin/convene/{name}:{}: {p}", n + 1));
            }
            for (lit, _, _) in literals(line) {
                used.insert(lit);
            }
            // Typed messages: `msg!(cli_wrote, …)`, `tr!(out, cli_wrote, …)`.
            for word in line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
                if word.starts_with("cli_") {
                    used.insert(word.replace('_', "-"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} localisation problem(s) in the CLI:\n{}",
        problems.len(),
        problems.join("\n")
    );
    // Every output message in cli.ftl is asked for somewhere (help texts are checked against the
    // command tree by the binary's own tests).
    let unused: Vec<_> = ids
        .iter()
        .filter(|id| id.starts_with("cli-") && !id.starts_with("cli-cmd-") && !id.starts_with("cli-arg-"))
        .filter(|id| *id != "cli-about" && !used.contains(*id))
        .collect();
    assert!(unused.is_empty(), "messages in locales/en/cli.ftl that nothing prints: {unused:?}");
}

#[test]
fn the_check_catches_text_written_into_the_code() {
    let ids = english_ids();
    for bad in [
        r#"    out.done(o.id, || "Updated".into());"#,
        r#"    out.done(o.id, || "running".into());"#,
        r#"    o.push_str(&format!("Signed in: {}\n", n));"#,
        r#"    out.t("cli-no-such-message")"#,
        r#"    out.table(&["ID", "STATUS"], rows)"#,
        r#"    eprintln!("convene: note: {} may be a duplicate", n);"#,
    ] {
        assert!(!check_line(bad, &ids).is_empty(), "should be caught: {bad}");
    }
    for good in [
        r#"    out.done(o.id, || out.t("cli-updated"));"#,
        r#"    out.list("actions", &list, || {"#,
        r#"    #[arg(long, default_value = "summit")]"#,
        r#"    json!({"id": id, "title": title})"#,
        r#"    format!("{} — {}", a, b)"#,
        r#"    out.t(&format!("device-state-{}", s))"#,
        r#"    "unknown" => out.t("signin-not-given"),"#,
    ] {
        assert!(check_line(good, &ids).is_empty(), "should pass: {good}: {:?}", check_line(good, &ids));
    }
}
