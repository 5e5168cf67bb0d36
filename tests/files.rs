//! The files a person hands Convene and the ones it writes, the wrong ones included: devices,
//! pipes, folders, read-only targets, another program's database, endless streams, huge sheets.
//! Each wrong one is refused with its own message and left exactly as it was; what Convene
//! writes with names in it is readable by its owner only.

mod common;
use common::Cli;

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::Path;
use std::time::{Duration, Instant};

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

fn summit() -> (Cli, String) {
    let cli = Cli::new();
    let s = cli.id(&["session", "create", "--title", "Summit"]);
    cli.id(&["signin", "add", &s, "--name", "Hodan Ali", "--email", "h@example.org", "--consent"]);
    cli.id(&["concern", "add", &s, "--text", "Dark street by the school"]);
    (cli, s)
}

#[test]
fn devices_and_folders_are_not_outputs_and_stay_what_they_are() {
    let (cli, s) = summit();
    for dev in ["/dev/full", "/dev/null"] {
        let (code, msg) = cli.fails(&["bundle", "export", &s, "--out", dev]);
        assert_eq!(code, "not-a-file", "{dev}: {msg}");
        assert!(msg.contains("a device"), "{msg}");
        assert!(std::fs::metadata(dev).unwrap().file_type().is_char_device(), "{dev} is still a device");
        let (code, _) = cli.fails(&["export", "csv", &s, "--table", "concerns", "--out", dev]);
        assert_eq!(code, "not-a-file");
    }
    let folder = cli.dir.path().join("reports");
    std::fs::create_dir(&folder).unwrap();
    let (code, msg) =
        cli.fails(&["export", "csv", &s, "--table", "concerns", "--out", folder.to_str().unwrap()]);
    assert_eq!(code, "not-a-file", "{msg}");
    assert!(folder.is_dir());
}

#[test]
fn a_read_only_target_is_not_replaced() {
    let (cli, s) = summit();
    let target = cli.dir.path().join("concerns.csv");
    std::fs::write(&target, "last week's export").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (code, msg) =
        cli.fails(&["export", "csv", &s, "--table", "concerns", "--out", target.to_str().unwrap()]);
    assert_eq!(code, "target-read-only", "{msg}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "last week's export");
}

#[test]
fn another_programs_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = dir.path().join("inventory.sqlite");
    {
        let c = rusqlite::Connection::open(&foreign).unwrap();
        c.execute_batch("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO items (name) VALUES ('chairs');")
            .unwrap();
    }
    let before = std::fs::read(&foreign).unwrap();
    let cli = Cli::with_db(&foreign);
    for args in [&["session", "list"][..], &["doctor"][..], &["board"][..]] {
        let (code, msg) = cli.fails(args);
        assert_eq!(code, "foreign-database", "{args:?}: {msg}");
    }
    assert_eq!(std::fs::read(&foreign).unwrap(), before, "not one byte changed");
    assert!(!dir.path().join("inventory.sqlite-wal").exists(), "not switched to WAL");
    // A folder given as the database says what it is, not "read-only".
    let cli = Cli::with_db(dir.path());
    let (code, msg) = cli.fails(&["session", "list"]);
    assert_eq!(code, "not-a-file", "{msg}");
}

#[test]
fn an_endless_stream_is_refused_at_the_cap_in_bounded_memory() {
    let cli = Cli::new();
    let t = Instant::now();
    let (code, msg) = cli.fails(&["bundle", "verify", "/dev/zero"]);
    assert_eq!(code, "file-too-large", "{msg}");
    assert!(t.elapsed() < Duration::from_secs(20), "{:?}", t.elapsed());
    // The same for a sheet.
    let (cli, s) = summit();
    let (code, _) = cli.fails(&["import", "csv", &s, "--table", "signins", "--file", "/dev/zero"]);
    assert_eq!(code, "file-too-large");
}

#[test]
fn sheets_with_too_many_rows_or_a_doubled_column_are_refused_whole() {
    let (cli, s) = summit();
    let rows = cli.dir.path().join("rows.csv");
    let mut text = String::from("neighbourhood,zip\n");
    for _ in 0..100_001 {
        text.push_str("Rainier Beach,98118\n");
    }
    std::fs::write(&rows, text).unwrap();
    let before = cli.state();
    let t = Instant::now();
    let (code, msg) =
        cli.fails(&["import", "csv", &s, "--table", "signins", "--file", rows.to_str().unwrap()]);
    assert_eq!(code, "sheet-too-long", "{msg}");
    assert!(t.elapsed() < Duration::from_secs(30));
    assert_eq!(cli.state(), before);

    let doubled = cli.dir.path().join("doubled.csv");
    std::fs::write(&doubled, "name,email,name\nAna,ana@example.org,Ana Maria\n").unwrap();
    let r =
        cli.run(&["--json", "import", "csv", &s, "--table", "signins", "--file", doubled.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("appears twice"), "{}", r.stdout);
    assert_eq!(cli.state(), before);

    // A sheet full of bad rows lists the first problems and counts the rest.
    let bad = cli.dir.path().join("bad.csv");
    let mut text = String::from("zip\n");
    for _ in 0..5_000 {
        text.push_str("ABCDE\n");
    }
    std::fs::write(&bad, text).unwrap();
    let r = cli.run(&["--json", "import", "csv", &s, "--table", "signins", "--file", bad.to_str().unwrap()]);
    assert!(r.stdout.len() < 200_000, "the report is bounded: {} bytes", r.stdout.len());
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    let report = if v["import"].is_object() { &v["import"] } else { &v };
    assert_eq!(
        report["problems"].as_array().map(|a| a.len()),
        Some(200),
        "{}",
        &r.stdout[..500.min(r.stdout.len())]
    );
    assert_eq!(report["more_problems"], 4_800);
}

#[test]
fn names_are_readable_by_their_owner_only() {
    let (cli, s) = summit();
    cli.ok(&["doctor"]);
    assert_eq!(mode(&cli.db), 0o600, "the database");
    for suffix in ["-wal", "-shm"] {
        let p = std::path::PathBuf::from(format!("{}{suffix}", cli.db.display()));
        if p.exists() {
            assert_eq!(mode(&p), 0o600, "{suffix}");
        }
    }
    let csv = cli.dir.path().join("signins.csv");
    cli.ok(&[
        "export",
        "csv",
        &s,
        "--table",
        "signins",
        "--with-personal-data",
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(mode(&csv), 0o600, "a CSV with names");
    let plain = cli.dir.path().join("plain.csv");
    cli.ok(&["export", "csv", &s, "--table", "concerns", "--out", plain.to_str().unwrap()]);
    assert_eq!(mode(&plain), 0o644, "a CSV without names can be shared");
    let bundle = cli.dir.path().join("named.convene");
    cli.ok(&["bundle", "export", &s, "--include-personal-data", "--out", bundle.to_str().unwrap()]);
    assert_eq!(mode(&bundle), 0o600, "a bundle with names in plaintext");
    // An older database made world-readable is tightened when opened.
    std::fs::set_permissions(&cli.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    cli.ok(&["session", "list"]);
    assert_eq!(mode(&cli.db), 0o600);
}

#[test]
fn accessibility_needs_travel_sealed_and_stay_out_of_plain_csvs() {
    let cli = Cli::new();
    let s = cli.id(&["session", "create", "--title", "Summit"]);
    cli.id(&["signin", "add", &s, "--accessibility", "Deaf, needs ASL"]);
    let csv = cli.dir.path().join("signins.csv");
    cli.ok(&["export", "csv", &s, "--table", "signins", "--out", csv.to_str().unwrap()]);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(!text.contains("ASL"), "no accessibility needs without personal data: {text}");
    let with = cli.dir.path().join("with.csv");
    cli.ok(&[
        "export",
        "csv",
        &s,
        "--table",
        "signins",
        "--with-personal-data",
        "--out",
        with.to_str().unwrap(),
    ]);
    assert!(std::fs::read_to_string(&with).unwrap().contains("Deaf, needs ASL"));
    // The laptop's own list still shows them, for the facilitator.
    let list = cli.ok(&["signin", "list", &s]);
    assert!(list.to_string().contains("Deaf, needs ASL"), "{list}");
}

#[test]
fn text_starting_with_a_dash_is_text_and_text_that_talks_to_the_terminal_is_refused() {
    let cli = Cli::new();
    let s = cli.id(&["session", "create", "--title", "Summit"]);
    let id = cli.id(&["concern", "add", &s, "--text", "-Speeding on MLK"]);
    let list = cli.ok(&["concern", "list", &s]);
    assert_eq!(list["concerns"][0]["text"], "-Speeding on MLK", "{id}");
    cli.id(&["note", "add", &s, "--text", "--- three people agreed"]);
    let before = cli.state();
    for bad in ["\u{1b}[2J\u{1b}[31mhacked", "bell\u{7}", "c1 \u{9b}2J"] {
        let (code, msg) = cli.fails(&["concern", "add", &s, "--text", bad]);
        assert_eq!(code, "control-character", "{bad:?}: {msg}");
    }
    assert_eq!(cli.state(), before);
    // Right-to-left text keeps its controls, and is isolated where it is printed.
    let rtl = "\u{202b}الإنارة في الشارع\u{202c}";
    cli.id(&["concern", "add", &s, "--text", rtl]);
    let r = cli.run(&["concern", "list", &s]);
    assert!(r.stdout.contains(&format!("\u{2068}{rtl}")), "{}", r.stdout);
}

/// Accessibility needs written now are sealed with the contacts, so `doctor` counts none in
/// plain text; a sign-in op from before (its need among the plain fields) is counted.
#[test]
fn doctor_counts_accessibility_needs_left_in_plain_text() {
    let cli = Cli::new();
    let s = cli.id(&["session", "create", "--title", "Summit"]);
    cli.ok(&["signin", "add", &s, "--name", "Amina", "--accessibility", "Needs ASL"]);
    assert_eq!(cli.ok(&["doctor"])["plaintext_accessibility_ops"], 0, "sealed with the contacts");
    let conn = rusqlite::Connection::open(&cli.db).unwrap();
    conn.execute(
        "UPDATE ops SET change = json_set(change, '$.fields.accessibility', 'Uses a wheelchair')
         WHERE entity = 'signin' AND json_extract(change, '$.op') = 'create'",
        [],
    )
    .unwrap();
    drop(conn);
    assert_eq!(cli.ok(&["doctor"])["plaintext_accessibility_ops"], 1, "an op from before is counted");
    let text = cli.run(&["doctor"]).stdout;
    assert!(text.contains("plain text"), "{text}");
}
