//! Backups as the coordinator and facilitators use them: taken while the app writes, restored on
//! a new laptop, and carrying on there. Sealed names in bundles still open on the restored
//! coordinator, its kits are taken by laptops that followed the old one, and every refusal
//! (short passphrase, wrong passphrase, a database already there, a damaged file) writes nothing.

mod common;

use convene::Convene;
use convene::concerns::NewConcern;
use convene::exchange::ImportStatus;
use convene::sessions::NewSession;
use convene::signins::NewSignin;

const PASS: &str = "three ordinary words";

fn signin(name: &str) -> NewSignin {
    NewSignin {
        name: Some(name.into()),
        email: Some(format!("{}@example.org", name.to_lowercase())),
        consent: true,
        accessibility: Some("Step-free access".into()),
        ..Default::default()
    }
}

/// The coordinator's laptop dies; its backup comes back on a new one. A bundle a laptop sealed
/// to the old coordinator opens there with its names, and the restored coordinator's next kit is
/// taken by a laptop that followed the old one.
#[test]
fn a_restored_coordinator_opens_sealed_names_and_its_kits_are_followed() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("coordinator.sqlite3");
    let mut co = Convene::open(&old).unwrap();
    co.coordinator_init().unwrap();
    let s = co.create_session(NewSession { title: "Summit".into(), ..Default::default() }).unwrap().id;
    let (kit, _) = co.kit_bytes(&[s]).unwrap();
    let mut laptop = Convene::open_in_memory().unwrap();
    laptop.import_kit_bytes("kit", &kit, false).unwrap();
    laptop.add_signin(s, signin("Amina")).unwrap();
    laptop.add_concern(s, NewConcern { text: "Lights out on Elm".into(), ..Default::default() }).unwrap();
    let (first, _) = laptop.bundle_bytes(&[s], false).unwrap();
    let r = co.import_bundle_bytes("first", &first);
    co.approve_device(&r.device_id.unwrap().to_string(), None).unwrap();

    let backup = dir.path().join("coordinator.convene-backup");
    let info = co.backup(&backup, PASS).unwrap();
    assert!(info.coordinator, "a coordinator's backup holds its identity");
    assert_eq!(std::fs::metadata(&backup).unwrap().len(), info.bytes);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&backup).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "a backup holds names: only its owner reads it");
    }
    // The file is age, passphrase-sealed: no name in it is readable.
    let bytes = std::fs::read(&backup).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"), "an age file");
    assert!(!bytes.windows(5).any(|w| w == b"Amina"), "names are not in the clear");
    drop(co);

    // After the backup, the laptop signs in someone else and seals it to the old coordinator.
    laptop.add_signin(s, signin("Bashir")).unwrap();
    let (second, _) = laptop.bundle_bytes(&[s], false).unwrap();

    let new_home = tempfile::tempdir().unwrap();
    let db = new_home.path().join("restored.sqlite3");
    let (mut restored, r) = Convene::restore(&backup, PASS, &db).unwrap();
    assert!(r.coordinator);
    assert_ne!(r.old_device, r.new_device, "a restored laptop never reuses its old numbering");
    assert!(restored.missing_keys().unwrap().is_empty(), "its keys are beside it");
    let names = |c: &Convene| -> Vec<String> {
        c.signin_contacts(s).unwrap().into_iter().filter_map(|x| x.name).collect::<Vec<_>>()
    };
    assert_eq!(names(&restored), vec!["Amina".to_string()], "what the backup held");
    let imported = restored.import_bundle_bytes("second", &second);
    assert_eq!(imported.status, ImportStatus::Imported, "{imported:?}");
    let mut got = names(&restored);
    got.sort();
    assert_eq!(got, vec!["Amina".to_string(), "Bashir".to_string()], "the sealed name opened");
    let accessibility: Vec<_> =
        restored.signins(s).unwrap().into_iter().filter_map(|x| x.accessibility).collect();
    assert_eq!(accessibility.len(), 2, "accessibility needs opened with the contacts");

    // The restored coordinator's kit: a laptop that followed the old coordinator takes it.
    let (kit2, _) = restored.kit_bytes(&[s]).unwrap();
    laptop.import_kit_bytes("kit from the restored coordinator", &kit2, false).unwrap();
    laptop.add_concern(s, NewConcern { text: "After the restore".into(), ..Default::default() }).unwrap();
    let (third, _) = laptop.bundle_bytes(&[s], false).unwrap();
    let r = restored.import_bundle_bytes("third", &third);
    assert_eq!(r.status, ImportStatus::Imported, "{r:?}");
    let texts: Vec<String> =
        restored.concerns(s, &Default::default()).unwrap().into_iter().map(|c| c.text).collect();
    assert!(texts.contains(&"After the restore".to_string()), "{texts:?}");
}

/// A backup taken while another connection keeps writing is one consistent snapshot: it opens,
/// passes SQLite's integrity check, and holds every concern up to some point and none after.
#[test]
fn a_backup_taken_while_the_app_writes_is_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("laptop.sqlite3");
    let mut c = Convene::open(&db).unwrap();
    let s = c.create_session(NewSession { title: "Small group".into(), ..Default::default() }).unwrap().id;
    drop(c);
    let writer_db = db.clone();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stop_w = stop.clone();
    let writer = std::thread::spawn(move || {
        let mut w = Convene::open(&writer_db).unwrap();
        let mut n = 0;
        while !stop_w.load(std::sync::atomic::Ordering::Relaxed) || n < 50 {
            w.add_concern(s, NewConcern { text: format!("Concern {n:05}"), ..Default::default() }).unwrap();
            n += 1;
        }
        n
    });
    std::thread::sleep(std::time::Duration::from_millis(100));
    let mut c = Convene::open(&db).unwrap();
    let backup = dir.path().join("mid.convene-backup");
    c.backup(&backup, PASS).unwrap();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let written = writer.join().unwrap();

    let target = dir.path().join("restored.sqlite3");
    let (restored, _) = Convene::restore(&backup, PASS, &target).unwrap();
    let conn = rusqlite::Connection::open(&target).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let mut texts: Vec<String> =
        restored.concerns(s, &Default::default()).unwrap().into_iter().map(|c| c.text).collect();
    texts.sort();
    let expected: Vec<String> = (0..texts.len()).map(|n| format!("Concern {n:05}")).collect();
    assert_eq!(texts, expected, "a prefix of what was written, with no gap");
    assert!(texts.len() < written, "the writer went on after the snapshot ({} of {written})", texts.len());
}

/// Every refusal says what to do and writes nothing.
#[test]
fn backups_refuse_clearly_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("laptop.sqlite3");
    let mut c = Convene::open(&db).unwrap();
    c.create_session(NewSession { title: "Small group".into(), ..Default::default() }).unwrap();
    let backup = dir.path().join("b.convene-backup");
    let e = c.backup(&backup, "short").unwrap_err();
    assert_eq!(e.code(), convene::error::ErrorCode::WeakPassphrase);
    assert!(!backup.exists(), "no file for a refused backup");
    c.backup(&backup, PASS).unwrap();

    let target = dir.path().join("new.sqlite3");
    let e = Convene::restore(&backup, "another ordinary phrase", &target).err().unwrap();
    assert_eq!(e.code(), convene::error::ErrorCode::WrongPassphrase);
    assert!(!target.exists(), "a wrong passphrase writes nothing");

    let e = Convene::restore(&backup, PASS, &db).err().unwrap();
    assert_eq!(e.code(), convene::error::ErrorCode::RestoreTargetExists, "never over a database");

    let mut damaged = std::fs::read(&backup).unwrap();
    let n = damaged.len();
    damaged[n - 20] ^= 0x55;
    let bad = dir.path().join("damaged.convene-backup");
    std::fs::write(&bad, &damaged).unwrap();
    assert!(Convene::restore(&bad, PASS, &target).is_err(), "a damaged backup is refused");
    assert!(!target.exists() || std::fs::metadata(&target).unwrap().len() == 0, "and writes nothing");

    // A database copied without its key: said at once, not when an export fails.
    drop(c);
    let copy = dir.path().join("copied.sqlite3");
    std::fs::copy(&db, &copy).unwrap();
    let mut copied = Convene::open(&copy).unwrap();
    let missing = copied.missing_keys().unwrap();
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert_eq!(missing[0].kind, convene::backup::KeyKind::Device);
}

/// The CLI: passphrase from a file, the localised refusal, and restore before any database
/// exists.
#[test]
fn the_cli_backs_up_and_restores() {
    let cli = common::Cli::new();
    cli.ok(&["session", "create", "--title", "Summit"]);
    let pass = cli.dir.path().join("pass.txt");
    std::fs::write(&pass, format!("{PASS}\n")).unwrap();
    let short = cli.dir.path().join("short.txt");
    std::fs::write(&short, "tiny\n").unwrap();
    let out = cli.dir.path().join("laptop.convene-backup");
    let r = cli.run(&[
        "--locale",
        "es",
        "backup",
        "--out",
        out.to_str().unwrap(),
        "--passphrase-file",
        short.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("al menos 10"), "{}", r.stderr);
    let b = cli.ok(&["backup", "--out", out.to_str().unwrap(), "--passphrase-file", pass.to_str().unwrap()]);
    assert_eq!(b["coordinator"], false);
    let other = cli.dir.path().join("other.sqlite3");
    let again = common::Cli::with_db(&other);
    let r =
        again.run(&["--json", "restore", out.to_str().unwrap(), "--passphrase-file", pass.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{} {}", r.stdout, r.stderr);
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_ne!(v["old_device"], v["new_device"]);
    assert_eq!(
        again.ok(&["session", "list"])["sessions"].as_array().map(|a| a.len()),
        Some(1),
        "the session came back"
    );
}
