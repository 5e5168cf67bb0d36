//! The `convene` command line as scripts and people use it: JSON output, exit codes, ids by
//! prefix, and a clear message with nothing half-written for every kind of bad input.

mod common;
use common::Cli;

fn summit(cli: &Cli) -> String {
    cli.id(&[
        "session",
        "create",
        "--title",
        "North Precinct Summit",
        "--kind",
        "summit",
        "--precinct",
        "North",
        "--languages",
        "en,es",
    ])
}

#[test]
fn json_output_is_one_object_for_every_command() {
    let cli = Cli::new();
    let s = summit(&cli);
    let g = cli.id(&["group", "add", &s, "--name", "Table 1", "--language", "es"]);
    let c = cli.id(&[
        "concern",
        "add",
        &s,
        "--text",
        "Dark alley behind the library #lighting",
        "--group",
        "Table 1",
    ]);
    for args in [
        vec!["session", "list"],
        vec!["session", "show", &s],
        vec!["agenda", "list", &s],
        vec!["group", "list", &s],
        vec!["question", "list", &s],
        vec!["signin", "list", &s],
        vec!["signin", "counts", &s],
        vec!["concern", "list", &s],
        vec!["concern", "show", &c],
        vec!["note", "list", &s],
        vec!["ballot", "list", &s],
        vec!["tally", &s],
        vec!["action", "list"],
        vec!["tag", "list"],
        vec!["programme", "list"],
        vec!["doctor"],
        vec!["init"],
    ] {
        let v = cli.ok(&args);
        assert!(v.is_object(), "`{}` must print one JSON object", args.join(" "));
    }
    assert_eq!(cli.ok(&["group", "list", &s])["groups"][0]["id"], g.as_str());
}

#[test]
fn ids_work_by_unique_prefix_and_ambiguity_is_explained() {
    let cli = Cli::new();
    let s = summit(&cli);
    let c1 = cli.id(&["concern", "add", &s, "--text", "First"]);
    let shown = cli.ok(&["concern", "show", &c1[..30]]);
    assert_eq!(shown["id"], c1.as_str(), "a unique prefix names the concern");
    cli.id(&["concern", "add", &s, "--text", "Second"]);
    // UUIDv7s made in the same second share their first characters.
    let (code, msg) = cli.fails(&["concern", "show", &c1[..4]]);
    assert_eq!(code, "ambiguous-id", "{msg}");
    assert!(msg.contains("more characters"), "the message says what to do: {msg}");
}

#[test]
fn usage_errors_exit_with_2() {
    let cli = Cli::new();
    let r = cli.run(&["session", "create"]);
    assert_eq!(r.code, 2, "a missing required option is a usage error");
    let r = cli.run(&["session", "create", "--title", "x", "--kind", "picnic"]);
    assert_eq!(r.code, 2, "an unknown session kind is a usage error");
    assert!(r.stderr.contains("summit"), "clap lists the allowed kinds: {}", r.stderr);
    let r = cli.run(&["no-such-command"]);
    assert_eq!(r.code, 2);
}

#[test]
fn bad_input_is_refused_with_a_clear_message_and_nothing_written() {
    let cli = Cli::new();
    let s = summit(&cli);
    let other = cli.id(&["session", "create", "--title", "South Precinct Summit", "--kind", "summit"]);
    let c = cli.id(&["concern", "add", &s, "--text", "Speeding on Aurora"]);
    let elsewhere = cli.id(&["concern", "add", &other, "--text", "Graffiti"]);
    cli.id(&["ballot", "cast", &s, "--kind", "rank", "--token", "T1", "--choice", &c]);
    let before = (cli.state(), cli.ops());
    let short_budget = format!("{c}=60");

    let cases: Vec<(Vec<&str>, &str, &str)> = vec![
        (vec!["concern", "show", "0000ffff"], "not-found", "convene concern list"),
        (vec!["session", "show", "zzz"], "not-found", "convene session list"),
        (vec!["concern", "add", &s, "--text", "   "], "empty-text", "Type some text"),
        (vec!["concern", "add", &s, "--text", "#lighting"], "empty-text", "Type some text"),
        (
            vec!["vote", "dots", &s, "--concern", &elsewhere, "--count", "3"],
            "wrong-session",
            "another session",
        ),
        (
            vec!["ballot", "cast", &s, "--kind", "rank", "--token", "T1", "--choice", &c],
            "duplicate-token",
            "fresh token",
        ),
        (
            vec!["ballot", "cast", &s, "--kind", "rank", "--token", "T2", "--choice", &elsewhere],
            "wrong-session",
            "another session",
        ),
        (
            vec!["ballot", "cast", &s, "--kind", "rank", "--token", "T3", "--choice", &c, "--choice", &c],
            "repeated-choice",
            "once",
        ),
        (
            vec!["ballot", "cast", &s, "--kind", "budget", "--token", "T4", "--allocate", &short_budget],
            "budget-mismatch",
            "add up",
        ),
        (vec!["signin", "add", &s, "--zip", "ABCDE"], "invalid-zip", "five digits"),
        (vec!["signin", "add", &s, "--email", "a@example.org"], "consent-required", "--consent"),
        (vec!["signin", "add", &s, "--language", "not a language"], "invalid-language", "code"),
        (
            vec!["agenda", "add", &s, "--title", "Welcome", "--minutes", "0"],
            "invalid-number",
            "whole number from",
        ),
        (vec!["session", "create", "--title", "x", "--starts", "next tuesday"], "invalid-date", "2027-03-14"),
        (vec!["concern", "merge", &c, "--into", &c], "merge-into-self", "different concern"),
        (vec!["vote", "dots", &s, "--concern", &c, "--count", "-2"], "invalid-number", "whole number from"),
    ];
    for (args, code, hint) in cases {
        let (got, msg) = cli.fails(&args);
        assert_eq!(got, code, "`{}`: {msg}", args.join(" "));
        assert!(msg.contains(hint), "`{}` should tell the person what to do ({hint}): {msg}", args.join(" "));
    }
    assert_eq!((cli.state(), cli.ops()), before, "no refused command may write anything");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    let cli = Cli::new();
    let junk = b"Agenda for Thursday\nThis is a text file, not a database.\n".repeat(100);
    std::fs::write(&cli.db, &junk).unwrap();
    let (code, msg) = cli.fails(&["session", "list"]);
    assert_eq!(code, "not-a-database", "{msg}");
    assert!(msg.contains(&cli.db.display().to_string()), "the message names the file: {msg}");
    assert_eq!(std::fs::read(&cli.db).unwrap(), junk, "the file is left exactly as it was");
}

#[test]
fn a_database_from_a_newer_version_is_refused_untouched() {
    let cli = Cli::new();
    summit(&cli);
    {
        let conn = rusqlite::Connection::open(&cli.db).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = std::fs::read(&cli.db).unwrap();
    let (code, msg) = cli.fails(&["session", "list"]);
    assert_eq!(code, "newer-schema", "{msg}");
    assert!(msg.contains("newer version"), "{msg}");
    assert_eq!(std::fs::read(&cli.db).unwrap(), before, "a newer database is never written to");
}

#[test]
fn doctor_rebuild_reproduces_the_demo_exactly() {
    let cli = Cli::new();
    cli.id(&["demo"]);
    let v = cli.ok(&["doctor", "--rebuild"]);
    assert_eq!(v["integrity"], "ok");
    assert_eq!(v["rebuild"]["identical"], true, "state rebuilt from the op log equals the state before");
    assert_eq!(v["rebuild"]["state_hash_after"], v["state_hash"]);
}

#[test]
fn text_output_and_help_speak_the_chosen_language() {
    let cli = Cli::new();
    let s = summit(&cli);
    cli.id(&["group", "add", &s, "--name", "第一桌", "--language", "zh-Hant", "--facilitator", "陳美玲"]);
    cli.id(&["group", "add", &s, "--name", "Table 2", "--language", "es", "--facilitator", "Lucía"]);
    let text = |args: &[&str]| {
        let r = cli.run(args);
        assert_eq!(r.code, 0, "`convene {}` failed: {}", args.join(" "), r.stderr);
        r.stdout
    };

    let es = text(&["--locale", "es", "session", "show", &s]);
    assert!(es.contains("  distrito:") && es.contains("  grupos:") && es.contains("North"), "{es}");
    assert!(!es.contains("precinct:"), "no English labels: {es}");
    let en = text(&["session", "show", &s]);
    assert!(en.contains("  precinct:") && en.contains("  groups:"), "English is unchanged: {en}");

    // Columns line up by terminal width: a Chinese character takes two columns.
    let zh = text(&["--locale", "zh-Hant", "group", "list", &s]);
    let lines: Vec<&str> = zh.lines().collect();
    assert!(lines[0].contains("名稱") && lines[0].contains("主持人"), "{zh}");
    let column = |line: &str, needle: &str| {
        let at = line.find(needle).unwrap_or_else(|| panic!("{needle} in {line}"));
        unicode_width::UnicodeWidthStr::width(&line[..at])
    };
    let row = |name: &str| *lines.iter().find(|l| l.contains(name)).unwrap_or_else(|| panic!("{name}: {zh}"));
    assert_eq!(column(lines[0], "語言"), column(row("第一桌"), "zh-Hant"), "{zh}");
    assert_eq!(column(lines[0], "語言"), column(row("Table 2"), "es"), "{zh}");

    // The same words through the environment, and the help screen.
    let ru = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["--db", &cli.db.display().to_string(), "signin", "counts", &s])
        .env("CONVENE_LOCALE", "ru")
        .output()
        .unwrap();
    let ru = String::from_utf8(ru.stdout).unwrap();
    assert!(ru.starts_with("Зарегистрировано: 0"), "{ru}");
    let help = text(&["--locale", "vi", "concern", "--help"]);
    assert!(help.contains("Cách dùng:") && help.contains("Ghi một vấn đề"), "{help}");
}
