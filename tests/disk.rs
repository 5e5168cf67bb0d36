//! A full disk and a read-only disk, made real with small tmpfs mounts: the person gets a clear
//! message, and everything that reported success is still there.

mod common;
use common::Cli;
use std::path::Path;
use std::process::Command;

/// A tmpfs of `size` mounted on a fresh folder, unmounted on drop. `None` where this machine
/// cannot mount (not root, no `mount`): then the test command fails (`CONVENE_REQUIRE_MOUNT`),
/// and a plain `cargo test` skips, saying so.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn new(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        let missing = "cannot mount a tmpfs here (the disk tests need root and `mount`)";
        if !common::available("MOUNT", ok, missing) {
            return None;
        }
        Some(Tmpfs { dir })
    }
    fn path(&self) -> &Path {
        self.dir.path()
    }
    fn remount_read_only(&self) {
        let ok = Command::new("mount").args(["-o", "remount,ro"]).arg(self.path()).status().unwrap();
        assert!(ok.success(), "remount read-only");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(self.dir.path()).status();
    }
}

#[test]
fn a_full_disk_loses_nothing_that_was_confirmed() {
    let Some(fs) = Tmpfs::new("768k") else { return };
    let cli = Cli::with_db(&fs.path().join("convene.sqlite3"));
    let s = cli.id(&["session", "create", "--title", "Summit on a tiny disk"]);
    let text = "Broken street lights along the whole corridor, ".repeat(40);
    let mut confirmed = vec![];
    let mut failure = None;
    for _ in 0..400 {
        let r = cli.run(&["--json", "concern", "add", &s, "--text", &text]);
        if r.code == 0 {
            confirmed.push(r.id());
        } else {
            failure = Some(r);
            break;
        }
    }
    let failure = failure.expect("a 768 KiB disk fills up within 400 concerns of 2 KB");
    assert_eq!(failure.code, 1);
    let code = failure.json()["error"]["code"].as_str().unwrap().to_string();
    assert!(
        code == "disk-full" || code == "io",
        "a full disk is reported as such, got {code}: {}",
        failure.stderr
    );
    assert!(failure.stderr.contains("full") || failure.stderr.contains("space"), "{}", failure.stderr);
    assert!(confirmed.len() > 10, "some adds fit before the disk filled");

    // Read it back from a copy on a roomy disk: every confirmed concern is there, intact.
    let copy = tempfile::tempdir().unwrap();
    for f in ["convene.sqlite3", "convene.sqlite3-wal"] {
        if fs.path().join(f).exists() {
            std::fs::copy(fs.path().join(f), copy.path().join(f)).unwrap();
        }
    }
    let back = Cli::with_db(&copy.path().join("convene.sqlite3"));
    let v = back.ok(&["doctor"]);
    assert_eq!(v["integrity"], "ok", "the file survives a full disk");
    let listed = back.ok(&["concern", "list", &s]);
    let ids: Vec<&str> =
        listed["concerns"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    for id in &confirmed {
        assert!(ids.contains(&id.as_str()), "confirmed concern {id} must survive");
    }
    assert_eq!(ids.len(), confirmed.len(), "the failed add left nothing half-written");
}

#[test]
fn a_read_only_disk_gets_a_clear_message_and_keeps_the_data() {
    let Some(fs) = Tmpfs::new("4m") else { return };
    let db = fs.path().join("convene.sqlite3");
    let cli = Cli::with_db(&db);
    let s = cli.id(&["session", "create", "--title", "Summit"]);
    cli.id(&["concern", "add", &s, "--text", "Speeding on Rainier"]);
    fs.remount_read_only();
    let r = cli.run(&["--json", "concern", "add", &s, "--text", "This cannot be saved"]);
    assert_eq!(r.code, 1, "writing to a read-only disk fails: {} {}", r.stdout, r.stderr);
    assert!(r.stderr.contains("read-only") || r.stderr.contains("cannot write"), "{}", r.stderr);
    assert!(r.stderr.contains("--db"), "the message says how to recover: {}", r.stderr);

    // What was saved is intact: copied off the stick, it reads back.
    let copy = tempfile::tempdir().unwrap();
    for f in ["convene.sqlite3", "convene.sqlite3-wal"] {
        if fs.path().join(f).exists() {
            std::fs::copy(fs.path().join(f), copy.path().join(f)).unwrap();
        }
    }
    let back = Cli::with_db(&copy.path().join("convene.sqlite3"));
    let listed = back.ok(&["concern", "list", &s]);
    assert_eq!(listed["concerns"].as_array().unwrap().len(), 1, "the saved concern is still there");

    // A new database in a read-only place is refused the same way.
    let nowhere = Cli::with_db(&fs.path().join("sub/convene.sqlite3"));
    let r = nowhere.run(&["--json", "session", "list"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.json()["error"]["code"], "read-only", "{}", r.stderr);
}

/// An import of several bundles commits them together (see `import_bundles`). When the disk
/// fills up part way, every bundle is either imported and in the ledger, or reported as not
/// imported with the disk's error and absent, never reported one way and stored the other.
#[test]
fn an_import_that_fills_the_disk_says_which_bundles_it_kept() {
    use convene::Convene;
    use convene::exchange::ImportStatus;

    let Some(fs) = Tmpfs::new("1536k") else { return };
    let mut coordinator = Convene::open(&fs.path().join("convene.sqlite3")).unwrap();
    let roomy = tempfile::tempdir().unwrap();
    let footpath = "the lights on the footpath are out ".repeat(20);
    let (session, files) = common::summit_with_bundles(
        &mut coordinator,
        4,
        150,
        |n, i| format!("Laptop {n}, concern {i}: {footpath}"),
        roomy.path(),
    );
    let paths: Vec<&Path> = files.iter().map(|p| p.as_path()).collect();
    let summary = coordinator.import_bundles(&paths, |_, _| {}).unwrap();
    assert!(summary.rejected > 0, "four 110 KB bundles of concerns do not all fit on 1.5 MiB: {summary:?}");
    let ledger = coordinator.ledger().unwrap();
    for b in &summary.bundles {
        let kept = ledger.iter().any(|l| {
            l.file_name.as_deref() == Path::new(&b.file).file_name().and_then(|n| n.to_str())
                && l.status == convene::exchange::BundleStatus::Imported
        });
        match b.status {
            ImportStatus::Imported => {
                assert!(kept, "{} was reported imported, so it must be in the ledger", b.file)
            }
            ImportStatus::Rejected => {
                assert!(!kept, "{} was reported as not imported, so nothing of it may be kept", b.file);
                use convene::error::ErrorCode;
                assert!(
                    matches!(b.error_code, Some(ErrorCode::DiskFull | ErrorCode::Io)),
                    "the disk's error is given: {b:?}"
                );
                assert_eq!(b.new_ops, 0, "a lost bundle merged nothing");
            }
            other => panic!("{}: unexpected {other:?}", b.file),
        }
    }
    let concerns = coordinator.concerns(session, &Default::default()).unwrap().len() as u64;
    assert_eq!(concerns, 150 * summary.imported, "the board holds exactly the imported bundles' concerns");
}

/// The switch the test command relies on: on a machine that cannot mount (here, no `mount` on
/// the PATH), a disk test fails when the mount is required and is skipped, loudly, when not.
#[test]
fn a_machine_that_cannot_mount_fails_the_disk_tests_when_they_are_required() {
    let exe = std::env::current_exe().unwrap();
    let nothing = tempfile::tempdir().unwrap();
    let run = |require: bool| {
        let mut cmd = Command::new(&exe);
        cmd.args(["--exact", "a_full_disk_loses_nothing_that_was_confirmed", "--test-threads=1"])
            .env("PATH", nothing.path())
            .env_remove("CONVENE_REQUIRE_MOUNT");
        if require {
            cmd.env("CONVENE_REQUIRE_MOUNT", "1");
        }
        cmd.output().unwrap()
    };
    let required = run(true);
    assert!(!required.status.success(), "a required mount that cannot be made must fail the test");
    assert!(
        String::from_utf8_lossy(&required.stdout).contains("CONVENE_REQUIRE_MOUNT is set"),
        "the failure says what was required: {}",
        String::from_utf8_lossy(&required.stdout)
    );
    let optional = run(false);
    assert!(optional.status.success(), "without the switch the test is skipped");
    assert!(
        String::from_utf8_lossy(&optional.stderr).contains("SKIPPED a test: cannot mount"),
        "and the skip is on stderr, not swallowed: {}",
        String::from_utf8_lossy(&optional.stderr)
    );
}
