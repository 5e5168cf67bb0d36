//! Bundles and kits under attack: every single-byte change, a corpus of malicious files, and
//! checks with the standard tools (unzip, minisign, age) that need no Convene.

mod common;
use common::Cli;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use convene::Convene;
use convene::concerns::NewConcern;
use convene::exchange::ImportStatus;
use convene::exchange::archive::{self, Manifest};
use convene::ids::SessionId;
use convene::sessions::NewSession;
use convene::signins::NewSignin;
use convene::trust::keys::DeviceKey;

const PLANTED: &str = "Xiomara Planted-Name";
const PLANTED_EMAIL: &str = "planted.contact@example.org";

/// A coordinator, one laptop with a kit, and the laptop's bundle.
struct Scene {
    coordinator: Convene,
    laptop: Convene,
    session: SessionId,
    bundle: Vec<u8>,
}

fn scene() -> Scene {
    let mut coordinator = Convene::open_in_memory().unwrap();
    coordinator.set_device_name("Coordinator").unwrap();
    coordinator.coordinator_init().unwrap();
    let session =
        coordinator.create_session(NewSession { title: "Summit".into(), ..Default::default() }).unwrap().id;
    let (kit, _) = coordinator.kit_bytes(&[session]).unwrap();
    let mut laptop = Convene::open_in_memory().unwrap();
    laptop.set_device_name("Table 1 laptop").unwrap();
    laptop.import_kit_bytes("kit", &kit, false).unwrap();
    laptop
        .add_concern(
            session,
            NewConcern { text: "Dark street by the school #lighting".into(), ..Default::default() },
        )
        .unwrap();
    laptop
        .add_signin(
            session,
            NewSignin {
                name: Some(PLANTED.into()),
                email: Some(PLANTED_EMAIL.into()),
                consent: true,
                ..Default::default()
            },
        )
        .unwrap();
    let (bundle, _) = laptop.bundle_bytes(&[session], false).unwrap();
    // The coordinator knows and trusts this laptop, so a bundle gets all the way to merging.
    let r = coordinator.import_bundle_bytes("first", &bundle);
    assert_eq!(r.status, ImportStatus::Quarantined);
    coordinator.approve_device(&r.device_id.unwrap().to_string(), None).unwrap();
    Scene { coordinator, laptop, session, bundle }
}

fn ledger_and_state(c: &Convene) -> (String, usize) {
    (c.state_hash().unwrap(), c.ledger().unwrap().len())
}

#[test]
fn every_single_byte_change_is_rejected_and_writes_nothing() {
    let mut s = scene();
    // A second bundle the coordinator has not seen yet: the one we tamper with.
    s.laptop
        .add_concern(s.session, NewConcern { text: "Speeding on 5th".into(), ..Default::default() })
        .unwrap();
    let (reference, _) = s.laptop.bundle_bytes(&[s.session], false).unwrap();
    let before = ledger_and_state(&s.coordinator);
    let started = Instant::now();
    for i in 0..reference.len() {
        for flip in [0x01u8, 0x80] {
            let mut bad = reference.clone();
            bad[i] ^= flip;
            let r = s.coordinator.import_bundle_bytes("tampered", &bad);
            assert_eq!(
                r.status,
                ImportStatus::Rejected,
                "byte {i} ^ {flip:#x} was accepted ({:?})",
                r.status
            );
        }
    }
    assert_eq!(ledger_and_state(&s.coordinator), before, "no tampered bundle wrote anything");
    eprintln!(
        "tamper sweep: {} variants of a {} byte bundle in {:?}",
        reference.len() * 2,
        reference.len(),
        started.elapsed()
    );
    // And the genuine one still goes in.
    assert_eq!(s.coordinator.import_bundle_bytes("genuine", &reference).status, ImportStatus::Imported);
}

#[test]
fn planted_names_never_appear_in_plaintext() {
    let s = scene();
    let text = String::from_utf8_lossy(&s.bundle);
    assert!(!text.contains(PLANTED) && !text.contains("Planted"), "the attendee's name is sealed");
    assert!(!text.contains(PLANTED_EMAIL), "the attendee's email is sealed");
    // The coordinator opened it: the contact is there after the merge.
    let contacts = s.coordinator.signin_contacts(s.session).unwrap();
    assert_eq!(contacts[0].name.as_deref(), Some(PLANTED));
}

#[test]
fn without_a_kit_personal_data_is_left_out_unless_asked() {
    let mut c = Convene::open_in_memory().unwrap();
    let s = c.create_session(NewSession { title: "Summit".into(), ..Default::default() }).unwrap().id;
    c.add_signin(s, NewSignin { name: Some(PLANTED.into()), ..Default::default() }).unwrap();
    let (bytes, e) = c.bundle_bytes(&[s], false).unwrap();
    assert_eq!(e.personal_data, convene::exchange::PersonalData::LeftOut);
    assert!(!String::from_utf8_lossy(&bytes).contains(PLANTED));
    let (bytes, e) = c.bundle_bytes(&[s], true).unwrap();
    assert_eq!(
        e.personal_data,
        convene::exchange::PersonalData::Plaintext,
        "the flag includes them, unencrypted"
    );
    assert!(String::from_utf8_lossy(&bytes).contains(PLANTED));
}

#[test]
fn a_repeat_is_a_no_op_and_a_reused_sequence_number_is_an_alarm() {
    let mut s = scene();
    let before = ledger_and_state(&s.coordinator);
    assert_eq!(s.coordinator.import_bundle_bytes("again", &s.bundle).status, ImportStatus::AlreadyHad);
    assert_eq!(ledger_and_state(&s.coordinator), before, "a repeat changes nothing");

    // A forged bundle: same device, same key, same sequence numbers, different content. Only the
    // laptop's key can sign it, so it stands for a laptop that was tampered with.
    let key = laptop_key(&mut s.laptop);
    let original = archive::open("b", &s.bundle, archive::BUNDLE, &["ops.jsonl", "personal.age"]).unwrap();
    let forged_ops = String::from_utf8(original.entries["ops.jsonl"].clone())
        .unwrap()
        .replace("Dark street", "Forged text");
    let mut entries = original.entries.clone();
    entries.insert("ops.jsonl".into(), forged_ops.into_bytes());
    let forged = archive::build(original.manifest.clone(), entries, &key).unwrap();
    let r = s.coordinator.import_bundle_bytes("forged", &forged);
    assert_eq!(r.status, ImportStatus::Rejected);
    assert_eq!(r.error_code, Some(convene::error::ErrorCode::SeqAlarm), "{:?}", r.error);
    assert!(
        s.coordinator.ledger().unwrap().iter().any(|b| b.status == convene::exchange::BundleStatus::Alarm),
        "the alarm is recorded for the coordinator"
    );
    let texts: Vec<String> =
        s.coordinator.concerns(s.session, &Default::default()).unwrap().into_iter().map(|c| c.text).collect();
    assert!(!texts.iter().any(|t| t.contains("Forged")), "nothing of it was merged: {texts:?}");
}

#[test]
fn revoking_a_device_undoes_its_work_and_refuses_its_bundles() {
    let mut s = scene();
    let device = s.laptop.device_id().to_string();
    let before = s.coordinator.merged_board(None, &Default::default()).unwrap().len();
    assert_eq!(before, 1, "the laptop's concern was merged");
    let preview = s.coordinator.revoke_preview(&device, &convene::trust::RevokeFrom::All).unwrap();
    let concerns = preview.kinds.iter().find(|k| k.entity == convene::oplog::Entity::Concern).unwrap();
    assert_eq!(concerns.removed, 1, "the preview says the concern goes: {preview:?}");
    let hash = s.coordinator.state_hash().unwrap();
    assert_eq!(hash, s.coordinator.state_hash().unwrap(), "a preview changes nothing");
    s.coordinator.revoke_device(&device, &convene::trust::RevokeFrom::All).unwrap();
    assert!(
        s.coordinator.merged_board(None, &Default::default()).unwrap().is_empty(),
        "revoke is undo: the revoked laptop's concern no longer counts"
    );
    s.laptop
        .add_concern(s.session, NewConcern { text: "After revocation".into(), ..Default::default() })
        .unwrap();
    let (later, _) = s.laptop.bundle_bytes(&[s.session], false).unwrap();
    let r = s.coordinator.import_bundle_bytes("later", &later);
    assert_eq!(r.error_code, Some(convene::error::ErrorCode::RevokedDevice));
    let report = s.coordinator.doctor(true).unwrap();
    assert!(report.revoked_ops > 0 && report.rebuild.unwrap().identical, "the ops stay in the log, marked");
}

#[test]
fn revoking_from_a_later_bundle_keeps_what_came_before() {
    let mut s = scene();
    s.laptop
        .add_concern(s.session, NewConcern { text: "Second evening".into(), ..Default::default() })
        .unwrap();
    let (second, _) = s.laptop.bundle_bytes(&[s.session], false).unwrap();
    assert_eq!(s.coordinator.import_bundle_bytes("second", &second).status, ImportStatus::Imported);
    let hash = archive::sha256_hex(&second);
    let device = s.laptop.device_id().to_string();
    s.coordinator.revoke_device(&device, &convene::trust::RevokeFrom::Bundle(hash[..12].into())).unwrap();
    let board = s.coordinator.merged_board(None, &Default::default()).unwrap();
    let texts: Vec<&str> = board.iter().map(|c| c.concern.text.as_str()).collect();
    assert!(!texts.contains(&"Second evening"), "the revoked bundle's work is undone: {texts:?}");
    assert_eq!(board.len(), 1, "what came before it stays: {texts:?}");
    assert_eq!(
        board[0].device_state,
        Some(convene::trust::DeviceState::Revoked),
        "and is marked as from a revoked device"
    );
}

fn laptop_key(c: &mut Convene) -> DeviceKey {
    c.device_key().unwrap()
}

/// Files a hostile person might hand the coordinator. Each is rejected by the real CLI within
/// 5 s under a 256 MB address-space limit, and leaves the database unchanged.
#[test]
fn malicious_files_are_rejected_fast_in_bounded_memory() {
    let cli = Cli::new();
    let dir = cli.dir.path();
    // A real coordinator database with a trusted laptop, built through the API.
    let mut s = scene();
    let good = dir.join("good.convene");
    std::fs::write(&good, &s.bundle).unwrap();
    let mut coord = Convene::open(&cli.db).unwrap();
    coord.coordinator_restore(&s.coordinator.coordinator_identity_text().unwrap().unwrap()).unwrap();
    drop(coord);
    let r = cli.ok(&["bundle", "import", good.to_str().unwrap()]);
    let laptop_id = r["bundles"][0]["device_id"].as_str().unwrap().to_string();
    cli.ok(&["trust", "approve", &laptop_id]);

    let key = laptop_key(&mut s.laptop);
    let stranger = DeviceKey::generate().unwrap();
    let verified = archive::open("good", &s.bundle, archive::BUNDLE, &["ops.jsonl", "personal.age"]).unwrap();
    let manifest = verified.manifest.clone();
    let entries = verified.entries.clone();
    let resign = |m: Manifest, e: BTreeMap<String, Vec<u8>>, k: &DeviceKey| archive::build(m, e, k).unwrap();

    let mut corpus: Vec<(&str, Vec<u8>, &[&str])> = vec![
        ("truncated", s.bundle[..s.bundle.len() / 2].to_vec(), &["malformed"]),
        ("empty", vec![], &["malformed"]),
        ("not-a-zip", b"PK\x03\x04 this is not really a zip".to_vec(), &["malformed"]),
    ];
    // Signed by another key than the manifest claims.
    corpus.push((
        "wrong-signature",
        resign(manifest.clone(), entries.clone(), &stranger),
        &["bad-signature"],
    ));
    // Claims to be the trusted laptop, with a stranger's key in the manifest.
    let mut m = manifest.clone();
    m.public_key = stranger.public_key();
    corpus.push(("claims-known-device-other-key", resign(m, entries.clone(), &stranger), &["key-mismatch"]));
    // Manifest hashes that disagree with the entries: a genuine manifest and signature, with
    // the ops entry swapped afterwards.
    let genuine = archive::build(manifest.clone(), entries.clone(), &key).unwrap();
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(&genuine)).unwrap();
    let mut read = |name: &str| {
        let mut v = vec![];
        std::io::Read::read_to_end(&mut z.by_name(name).unwrap(), &mut v).unwrap();
        v
    };
    let (mb, sb) = (read("manifest.json"), read("manifest.json.minisig"));
    let mut swapped = entries.clone();
    swapped.insert("ops.jsonl".into(), b"{}\n".to_vec());
    corpus.push(("hash-mismatch", archive::encode(&mb, &sb, &swapped).unwrap(), &["hash-mismatch"]));
    // Path tricks.
    corpus.push(("dotdot", raw_zip(&[("../evil.sh", b"rm -rf /")]), &["unexpected-entry"]));
    corpus.push(("absolute", raw_zip(&[("/etc/cron.d/evil", b"* * * * * root sh")]), &["unexpected-entry"]));
    corpus.push(("symlink", symlink_zip(), &["unexpected-entry"]));
    // A zip bomb: a tiny file whose entry expands to 200 MB.
    corpus.push(("zip-bomb", zip_bomb(), &["entry-too-large", "malformed"]));
    // A 10 MB field, validly signed by the trusted laptop.
    let huge = format!(
        "{{\"op_id\":\"{}\",\"device_id\":\"{}\",\"seq\":99,\"hlc\":1,\"entity\":\"concern\",\"entity_id\":\"{}\",\"change\":{{\"op\":\"create\",\"fields\":{{\"text\":\"{}\"}}}},\"prev\":null}}\n",
        uuid::Uuid::now_v7(),
        manifest.device_id,
        uuid::Uuid::now_v7(),
        "x".repeat(10_000_000)
    );
    let mut e = entries.clone();
    let mut ops = e["ops.jsonl"].clone();
    ops.extend_from_slice(huge.as_bytes());
    e.insert("ops.jsonl".into(), ops);
    let mut m = manifest.clone();
    m.seq_max = Some(99);
    *m.counts.get_mut("concern").unwrap() += 1;
    corpus.push(("ten-megabyte-field", resign(m, e, &key), &["malformed"]));
    // 100,000 entries.
    corpus.push(("hundred-thousand-entries", many_entries(100_000), &["malformed"]));
    // JSON of the wrong shape, validly signed.
    let mut e = entries.clone();
    e.insert("ops.jsonl".into(), b"{\"op_id\": 42, \"hello\": [\"world\"]}\n".to_vec());
    corpus.push(("wrong-shape-ops", resign(manifest.clone(), e, &key), &["malformed"]));
    let wrong_manifest =
        serde_json::to_vec(&serde_json::json!({"format": "convene-bundle", "surprise": true})).unwrap();
    let sig = key.sign(&wrong_manifest, "x").unwrap();
    corpus.push((
        "wrong-shape-manifest",
        raw_zip(&[("manifest.json", &wrong_manifest), ("manifest.json.minisig", sig.as_bytes())]),
        &["malformed"],
    ));

    let before = cli.state();
    let ledger = cli.ok(&["bundle", "list"])["bundles"].as_array().unwrap().len();
    for (name, bytes, codes) in &corpus {
        let path = dir.join(format!("{name}.convene"));
        std::fs::write(&path, bytes).unwrap();
        let started = Instant::now();
        let out = Command::new("bash")
            .arg("-c")
            .arg(format!("ulimit -v {}; exec \"$0\" --db \"$1\" --json bundle import \"$2\"", 256 * 1024))
            .arg(env!("CARGO_BIN_EXE_convene"))
            .arg(&cli.db)
            .arg(&path)
            .output()
            .unwrap();
        let took = started.elapsed();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{name}: must fail cleanly (not crash) under 256 MB: {stdout} {stderr}"
        );
        let v: serde_json::Value =
            serde_json::from_str(stdout.trim()).unwrap_or_else(|_| panic!("{name}: {stdout}"));
        let code = v["error"]["code"].as_str().unwrap_or("");
        assert_eq!(v["rejected"], 1, "{name}: reported as rejected");
        assert!(codes.contains(&code), "{name}: got {code}, expected one of {codes:?}: {stderr}");
        assert!(took < Duration::from_secs(5), "{name}: took {took:?}");
        eprintln!("{name:32} {code:18} {took:?}");
    }
    assert_eq!(cli.state(), before, "no malicious file changed the database");
    assert_eq!(cli.ok(&["bundle", "list"])["bundles"].as_array().unwrap().len(), ledger);

    // An unknown device is quarantined: recorded, nothing merged.
    let mut other = Convene::open_in_memory().unwrap();
    let s2 = other.create_session(NewSession { title: "Elsewhere".into(), ..Default::default() }).unwrap().id;
    let (unknown, _) = other.bundle_bytes(&[s2], false).unwrap();
    let path = dir.join("unknown.convene");
    std::fs::write(&path, unknown).unwrap();
    let v = cli.ok(&["bundle", "import", path.to_str().unwrap()]);
    assert_eq!(v["quarantined"], 1);
    assert_eq!(cli.state(), before, "a quarantined bundle merges nothing");
}

#[test]
fn a_kit_signed_by_someone_else_is_refused() {
    let mut coordinator = Convene::open_in_memory().unwrap();
    coordinator.coordinator_init().unwrap();
    let s =
        coordinator.create_session(NewSession { title: "Summit".into(), ..Default::default() }).unwrap().id;
    let (kit, _) = coordinator.kit_bytes(&[s]).unwrap();
    let v = archive::open("kit", &kit, archive::KIT, &["ops.jsonl"]).unwrap();
    let forger = DeviceKey::generate().unwrap();
    let forged = archive::build(v.manifest.clone(), v.entries.clone(), &forger).unwrap();
    let mut laptop = Convene::open_in_memory().unwrap();
    let before = laptop.state_hash().unwrap();
    assert_eq!(laptop.import_kit_bytes("forged", &forged, false).unwrap_err().code(), "bad-signature");
    assert_eq!(laptop.state_hash().unwrap(), before);

    // A genuine kit from another coordinator than the one this laptop follows.
    laptop.import_kit_bytes("kit", &kit, false).unwrap();
    let mut rival = Convene::open_in_memory().unwrap();
    rival.coordinator_init().unwrap();
    let s2 = rival.create_session(NewSession { title: "Rival".into(), ..Default::default() }).unwrap().id;
    let (rival_kit, _) = rival.kit_bytes(&[s2]).unwrap();
    let before = laptop.state_hash().unwrap();
    assert_eq!(
        laptop.import_kit_bytes("rival", &rival_kit, false).unwrap_err().code(),
        "foreign-coordinator"
    );
    assert_eq!(laptop.state_hash().unwrap(), before);
    // A bundle is not a kit.
    let (bundle, _) = laptop.bundle_bytes(&[s], false).unwrap();
    assert_eq!(laptop.import_kit_bytes("bundle", &bundle, false).unwrap_err().code(), "wrong-file-kind");
}

#[test]
fn standard_tools_check_a_bundle_without_convene() {
    for tool in ["minisign", "age", "unzip", "sha256sum"] {
        assert!(
            Command::new("sh").arg("-c").arg(format!("command -v {tool}")).status().unwrap().success(),
            "{tool} must be installed (scripts/setup.sh installs it)"
        );
    }
    let s = scene();
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("bundle.convene");
    std::fs::write(&bundle, &s.bundle).unwrap();
    let sh = |cmd: &str| {
        let out = Command::new("bash").arg("-c").arg(cmd).current_dir(dir.path()).output().unwrap();
        assert!(out.status.success(), "`{cmd}` failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    sh("unzip -q bundle.convene -d x");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("x/manifest.json")).unwrap()).unwrap();
    let pk = manifest["public_key"].as_str().unwrap();
    sh(&format!("minisign -Vm x/manifest.json -P {pk}"));
    for (entry, info) in manifest["entries"].as_object().unwrap() {
        let sum = sh(&format!("sha256sum x/{entry}"));
        assert!(
            sum.starts_with(info["sha256"].as_str().unwrap()),
            "{entry}: sha256sum agrees with the manifest"
        );
    }
    std::fs::write(
        dir.path().join("coordinator.age-identity"),
        s.coordinator.coordinator_identity_text().unwrap().unwrap(),
    )
    .unwrap();
    let personal = sh("age -d -i coordinator.age-identity x/personal.age");
    assert!(personal.contains(PLANTED), "age opens the sealed personal data with the coordinator's identity");
    // A changed manifest fails minisign too.
    sh("sed -i 's/convene-bundle/convene-bundlX/' x/manifest.json");
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!("minisign -Vm x/manifest.json -P {pk}"))
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success(), "minisign rejects a changed manifest");
}

/// A plain zip with the given stored entries.
fn raw_zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in entries {
        w.start_file(
            *name,
            zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored),
        )
        .unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn symlink_zip() -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.add_symlink("ops.jsonl", "/etc/passwd", zip::write::SimpleFileOptions::default()).unwrap();
    w.finish().unwrap().into_inner()
}

fn python(script: &str, out: &Path) -> Vec<u8> {
    let status = Command::new("python3").arg("-c").arg(script).arg(out).status().unwrap();
    assert!(status.success());
    std::fs::read(out).unwrap()
}

fn zip_bomb() -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    python(
        "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\nz.writestr('manifest.json', b'{}')\nwith z.open('ops.jsonl', 'w', force_zip64=True) as f:\n    chunk = b'\\0' * (1 << 20)\n    for _ in range(200): f.write(chunk)\nz.close()",
        &dir.path().join("bomb.zip"),
    )
}

fn many_entries(n: usize) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    python(
        &format!(
            "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1], 'w')\nfor i in range({n}): z.writestr(f'e{{i}}', b'')\nz.close()"
        ),
        &dir.path().join("many.zip"),
    )
}

/// Another program holds the coordinator's database for writing (the app mid-import while the
/// CLI runs): the import cannot open its batch, so each bundle goes alone. A bundle it already
/// has is still recognised, and a new one is refused with a clear error, nothing of it kept.
#[test]
fn an_import_while_another_program_holds_the_database_keeps_known_bundles_known() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("convene.sqlite3");
    let mut coordinator = Convene::open(&db).unwrap();
    let (session, files) = common::summit_with_bundles(
        &mut coordinator,
        2,
        1,
        |n, _| format!("Laptop {n}: speeding on the school street"),
        dir.path(),
    );
    let first = coordinator.import_bundles(&[files[0].as_path()], |_, _| {}).unwrap();
    assert_eq!(first.imported, 1, "{first:?}");
    let other = rusqlite::Connection::open(&db).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let paths: Vec<&Path> = files.iter().map(|p| p.as_path()).collect();
    let again = coordinator.import_bundles(&paths, |_, _| {}).unwrap();
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(
        again.bundles[0].status,
        ImportStatus::AlreadyHad,
        "a bundle it has is still known: {again:?}"
    );
    assert_eq!(again.bundles[1].status, ImportStatus::Rejected, "a new one cannot be written now: {again:?}");
    assert!(again.bundles[1].error.is_some(), "and the person is told why: {:?}", again.bundles[1]);
    assert_eq!(
        coordinator.concerns(session, &Default::default()).unwrap().len(),
        1,
        "only the first laptop's"
    );
    // Once the other program lets go, the same file imports.
    let later = coordinator.import_bundles(&[files[1].as_path()], |_, _| {}).unwrap();
    assert_eq!(later.imported, 1, "{later:?}");
}
