//! Redaction across three laptops and a coordinator: a concern and a note removed as personal
//! information on the laptop that took them, a sign-in removed at the coordinator. Afterwards
//! the words are found nowhere: not in any database file or its WAL, not in any bundle or kit
//! written after the redaction reached its writer (`personal.age` decrypted too). A bundle
//! written before, still holding the words, merges as the same ops, not as an alarm, and does
//! not bring the words back.

mod common;

use std::path::{Path, PathBuf};
use std::str::FromStr;

use convene::Convene;
use convene::concerns::NewConcern;
use convene::exchange::ImportStatus;
use convene::redaction::Redaction;
use convene::sessions::NewSession;
use convene::signins::NewSignin;

/// Words that must not survive, each distinctive enough that a hit is this text.
const SECRETS: [&str; 5] =
    ["Maria Quetzalcoatl", "1234 Oakhurst", "Zelda Quimbyfield", "zelda.q@example.org", "Xavier Plumtree"];

fn open(dir: &Path, name: &str) -> (Convene, PathBuf) {
    let path = dir.join(format!("{name}.sqlite3"));
    let mut c = Convene::open(&path).unwrap();
    c.set_device_name(name).unwrap();
    (c, path)
}

/// Every file of a database: the file itself, its WAL and shared memory.
fn db_files(path: &Path) -> Vec<PathBuf> {
    ["", "-wal", "-shm"]
        .iter()
        .map(|s| PathBuf::from(format!("{}{s}", path.display())))
        .filter(|p| p.exists())
        .collect()
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// The bytes of every entry of a bundle or kit, with `personal.age` decrypted.
fn opened(bytes: &[u8], identity: &age::x25519::Identity) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut all = vec![];
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut data = vec![];
        std::io::Read::read_to_end(&mut f, &mut data).unwrap();
        if name == "personal.age" {
            data = age::decrypt(identity, &data).expect("sealed to the coordinator");
        }
        all.extend(data);
    }
    all
}

#[test]
fn redacted_words_are_found_nowhere_after_the_redaction_travels() {
    let dir = tempfile::tempdir().unwrap();
    let (mut co, co_path) = open(dir.path(), "coordinator");
    co.coordinator_init().unwrap();
    let identity_text = co.coordinator_identity_text().unwrap().unwrap();
    let identity = identity_text
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .map(|l| age::x25519::Identity::from_str(l).unwrap())
        .unwrap();
    let s = co.create_session(NewSession { title: "Summit".into(), ..Default::default() }).unwrap().id;
    let (kit, _) = co.kit_bytes(&[s]).unwrap();
    let (mut a, a_path) = open(dir.path(), "table-a");
    let (mut b, b_path) = open(dir.path(), "table-b");
    let (mut c, c_path) = open(dir.path(), "table-c");
    for l in [&mut a, &mut b, &mut c] {
        l.import_kit_bytes("kit", &kit, false).unwrap();
    }
    // Table A: a concern that names someone (edited once), and a note about them.
    let named = a
        .add_concern(
            s,
            NewConcern {
                text: "The officer told Maria Quetzalcoatl to move her car".into(),
                location: Some("1234 Oakhurst".into()),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
    a.edit_concern(
        named,
        convene::concerns::ConcernEdit {
            text: Some("The officer told Maria Quetzalcoatl at 1234 Oakhurst to move".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let note = a.add_note(s, "Xavier Plumtree said he would call back", None, None, None).unwrap().id;
    a.add_concern(s, NewConcern { text: "Speeding on 23rd".into(), ..Default::default() }).unwrap();
    // Table B: a sign-in with a name and contacts (sealed to the coordinator).
    let person = b
        .add_signin(
            s,
            NewSignin {
                name: Some("Zelda Quimbyfield".into()),
                email: Some("zelda.q@example.org".into()),
                consent: true,
                ..Default::default()
            },
        )
        .unwrap()
        .id;
    c.add_concern(s, NewConcern { text: "More youth programs".into(), ..Default::default() }).unwrap();

    // The evening's bundles reach the coordinator.
    let mut before = vec![];
    for (name, l) in [("a", &mut a), ("b", &mut b), ("c", &mut c)] {
        // Written to a file, as the app and the CLI do, so the laptop remembers it wrote it.
        let file = dir.path().join(format!("{name}.convene"));
        l.export_bundle(&[s], &file, false).unwrap();
        let bytes = std::fs::read(&file).unwrap();
        let r = co.import_bundle_bytes(name, &bytes);
        co.approve_device(&r.device_id.unwrap().to_string(), None).unwrap();
        before.push(bytes);
    }
    assert_eq!(co.signin_contacts(s).unwrap().len(), 1, "the coordinator opened the sealed name");

    // Table A removes its concern and note; the coordinator removes B's sign-in.
    let r = a.redact(Redaction::Concern(named)).unwrap();
    assert!(r.ops_blanked >= 2, "the create and the edit: {r:?}");
    assert_eq!(r.bundles_before, 1, "the evening's bundle still holds it, and A is told so");
    a.redact(Redaction::Note(note)).unwrap();
    let r = co.redact(Redaction::Signin(person)).unwrap();
    assert_eq!(r.bundles_before, 0, "the coordinator's own bundles never carried B's sign-in");
    assert!(co.signin_contacts(s).unwrap().is_empty());
    assert!(co.signins(s).unwrap().is_empty());

    // A's next bundle carries the redactions; B's, written before it heard, still the words.
    let (a2, _) = a.bundle_bytes(&[s], false).unwrap();
    let (b2_stale, _) = b.bundle_bytes(&[s], false).unwrap();
    for (name, bytes) in [("a2", &a2), ("b2", &b2_stale)] {
        let r = co.import_bundle_bytes(name, bytes);
        assert!(
            matches!(r.status, ImportStatus::Imported | ImportStatus::AlreadyHad),
            "{name}: the full and the blanked version of an op are one op, not an alarm: {r:?}"
        );
    }
    let texts: Vec<String> =
        co.concerns(s, &Default::default()).unwrap().into_iter().map(|c| c.text).collect();
    assert_eq!(texts.len(), 2, "the redacted concern is gone at the coordinator: {texts:?}");
    assert!(co.signin_contacts(s).unwrap().is_empty(), "B's stale bundle did not bring the name back");
    assert!(co.notes(s, None).unwrap().is_empty(), "the note is gone");

    // The coordinator's next kit takes the redaction to every laptop.
    let (kit2, _) = co.kit_bytes(&[s]).unwrap();
    for l in [&mut a, &mut b, &mut c] {
        l.import_kit_bytes("kit 2", &kit2, false).unwrap();
    }
    assert!(b.signins(s).unwrap().is_empty(), "B removed the sign-in too");
    let (b3, _) = b.bundle_bytes(&[s], false).unwrap();
    let r = co.import_bundle_bytes("b3", &b3);
    assert!(matches!(r.status, ImportStatus::Imported | ImportStatus::AlreadyHad), "{r:?}");
    let (c2, _) = c.bundle_bytes(&[s], false).unwrap();
    co.import_bundle_bytes("c2", &c2);

    // Nowhere: every file of every database, every bundle and kit written after the redaction
    // reached its writer.
    let after: Vec<(&str, Vec<u8>)> = vec![
        ("a2", opened(&a2, &identity)),
        ("b3", opened(&b3, &identity)),
        ("c2", opened(&c2, &identity)),
        ("kit2", opened(&kit2, &identity)),
    ];
    let backup = dir.path().join("co.convene-backup");
    drop((a, b, c));
    co.backup(&backup, "three ordinary words").unwrap();
    drop(co);
    for path in [&co_path, &a_path, &b_path, &c_path] {
        for f in db_files(path) {
            let bytes = std::fs::read(&f).unwrap();
            for w in SECRETS {
                assert!(!contains(&bytes, w), "{w:?} is still in {}", f.display());
            }
        }
    }
    for (name, bytes) in &after {
        for w in SECRETS {
            assert!(!contains(bytes, w), "{w:?} is in {name}, written after the redaction");
        }
    }
    // A backup taken afterwards holds none of it either (decrypted and unzipped).
    let restored = dir.path().join("restored.sqlite3");
    Convene::restore(&backup, "three ordinary words", &restored).map(|_| ()).unwrap();
    for f in db_files(&restored) {
        let bytes = std::fs::read(&f).unwrap();
        for w in SECRETS {
            assert!(!contains(&bytes, w), "{w:?} is in the restored backup");
        }
    }
    // The control: the bundles written before the redaction did hold the words, so the checks
    // above could have failed.
    let before_text: Vec<u8> = before.iter().flat_map(|b| opened(b, &identity)).collect();
    for w in SECRETS {
        assert!(contains(&before_text, w), "{w:?} was in the evening's bundles");
    }
}

/// What a redaction keeps: that something was removed, by whom and when; the record's ops stay
/// in the log with their words blanked. Through the CLI, as a note-taker would.
#[test]
fn a_redaction_keeps_the_fact_who_and_when() {
    let cli = common::Cli::new();
    let s = cli.id(&["session", "create", "--title", "Summit"]);
    let x = cli.id(&["concern", "add", &s, "--text", "Call Ana Beltrancourt at 555-0100"]);
    let device = cli.ok(&["key", "show"])["device_id"].as_str().unwrap().to_string();
    let r = cli.ok(&["concern", "redact", &x]);
    assert_eq!(r["redaction"]["kind"], "concern");
    assert!(r["ops_blanked"].as_u64().unwrap() >= 1, "{r}");
    let text = cli.run(&["--locale", "es", "concern", "redact", &x]);
    assert_eq!(text.code, 1, "a second time: it is gone");
    assert!(cli.ok(&["concern", "list", &s])["concerns"].as_array().unwrap().is_empty());
    let conn = rusqlite::Connection::open(&cli.db).unwrap();
    let (by, hlc): (String, i64) = conn
        .query_row(
            "SELECT device_id, hlc FROM ops WHERE entity = 'concern' AND entity_id = ?1 AND change ->> '$.op' = 'redact'",
            [&x],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(by, device, "who removed it");
    assert!(hlc > 0, "and when");
    let create: String = conn
        .query_row(
            "SELECT change ->> '$.fields.text' FROM ops WHERE entity_id = ?1 AND change ->> '$.op' = 'create'",
            [&x],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(create, convene::oplog::redact::BLANK, "the create stays, its words blanked");
    drop(conn);
    let files: Vec<u8> = db_files(&cli.db).iter().flat_map(|f| std::fs::read(f).unwrap()).collect();
    assert!(!contains(&files, "Beltrancourt"), "and the words are not in the files");
    assert_eq!(cli.ok(&["doctor", "--rebuild"])["integrity"], "ok", "a rebuild agrees with the blanked log");
}
