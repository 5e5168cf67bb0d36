//! What a correctly signed laptop may say. Each attack from the reliability issue is a bundle
//! crafted here and signed with an approved laptop's own key, so it passes every byte check and
//! reaches the op checks. Each is refused (the coordinator's state hash unchanged), held for the
//! coordinator's review (unchanged until accepted), or contained (it counts only as far as its
//! rules allow, and honest work is intact).

use convene::Convene;
use convene::agenda::NewAgendaItem;
use convene::concerns::NewConcern;
use convene::exchange::ImportStatus;
use convene::ids::{AgendaItemId, ConcernId, DeviceId, OpId, SessionId};
use convene::oplog::{Change, Entity, Op};
use convene::sessions::NewSession;
use convene::trust::RevokeFrom;
use convene::trust::keys::DeviceKey;
use convene::votes::BallotChoices;
use serde_json::{Value, json};
use uuid::Uuid;

/// A coordinator with two sessions of its own, an honest laptop and the attacker, both approved
/// for the summit only.
struct Room {
    coordinator: Convene,
    attacker: Convene,
    key: DeviceKey,
    summit: SessionId,
    /// The coordinator's other session: given to nobody.
    other: SessionId,
    agenda: AgendaItemId,
    honest_concern: ConcernId,
    coordinator_concern: ConcernId,
    next_seq: i64,
}

fn now_hlc() -> i64 {
    chrono::Utc::now().timestamp_millis() << 16
}

fn room() -> Room {
    let mut coordinator = Convene::open_in_memory().unwrap();
    coordinator.set_device_name("Coordinator").unwrap();
    coordinator.coordinator_init().unwrap();
    let summit =
        coordinator.create_session(NewSession { title: "Summit".into(), ..Default::default() }).unwrap().id;
    let other = coordinator
        .create_session(NewSession { title: "Second summit".into(), ..Default::default() })
        .unwrap()
        .id;
    let agenda = coordinator
        .add_agenda_item(
            summit,
            NewAgendaItem { title: "Breakouts".into(), minutes: 40, ..Default::default() },
        )
        .unwrap()
        .id;
    let coordinator_concern = coordinator
        .add_concern(other, NewConcern { text: "From the first summit".into(), ..Default::default() })
        .unwrap()
        .id;
    let (kit, _) = coordinator.kit_bytes(&[summit]).unwrap();
    let mut laptops = vec![];
    for name in ["Table 1", "Table 7"] {
        let mut l = Convene::open_in_memory().unwrap();
        l.set_device_name(name).unwrap();
        l.import_kit_bytes("kit", &kit, false).unwrap();
        l.add_concern(summit, NewConcern { text: format!("Dark street ({name})"), ..Default::default() })
            .unwrap();
        l.cast_ballot(summit, &format!("{name}-T1"), BallotChoices::Dots(vec![])).ok();
        let (bundle, _) = l.bundle_bytes(&[summit], false).unwrap();
        let r = coordinator.import_bundle_bytes(name, &bundle);
        assert_eq!(r.status, ImportStatus::Quarantined, "{r:?}");
        coordinator.approve_device(&r.device_id.unwrap().to_string(), None).unwrap();
        laptops.push(l);
    }
    let mut attacker = laptops.pop().unwrap();
    let honest = laptops.pop().unwrap();
    let honest_concern = honest.concerns(summit, &Default::default()).unwrap()[0].id;
    // The honest laptop's ballot, which the attacker will try to pre-empt.
    let mut honest = honest;
    let choice = honest_concern;
    honest.cast_ballot(summit, "CARD-17", BallotChoices::Dots(vec![choice])).unwrap();
    let (b, _) = honest.bundle_bytes(&[summit], false).unwrap();
    assert_eq!(coordinator.import_bundle_bytes("honest 2", &b).status, ImportStatus::Imported);
    let key = attacker.device_key().unwrap();
    let next_seq = attacker
        .store()
        .connection()
        .query_row("SELECT value FROM meta WHERE key = 'next_seq'", [], |r| r.get::<_, String>(0))
        .unwrap()
        .parse()
        .unwrap();
    Room { coordinator, attacker, key, summit, other, agenda, honest_concern, coordinator_concern, next_seq }
}

impl Room {
    fn device(&self) -> DeviceId {
        self.attacker.device_id()
    }

    /// One crafted op from the attacker, with its next sequence number.
    fn op(&mut self, entity: Entity, id: Uuid, change: Change, hlc: i64) -> Op {
        let seq = self.next_seq;
        self.next_seq += 1;
        Op {
            op_id: OpId::new(),
            device_id: self.device(),
            seq,
            hlc,
            entity,
            entity_id: id,
            change,
            prev: None,
        }
    }

    fn set(&mut self, entity: Entity, id: Uuid, field: &str, value: Value) -> Op {
        self.op(entity, id, Change::Set { field: field.into(), value }, now_hlc())
    }

    fn create(&mut self, entity: Entity, id: Uuid, fields: Value, hlc: i64) -> Op {
        let Value::Object(fields) = fields else { panic!("fields are an object") };
        self.op(entity, id, Change::Create { fields }, hlc)
    }

    /// The attacker's bundle of `ops`, signed with its own key, imported at the coordinator.
    fn send(&mut self, ops: &[Op]) -> convene::exchange::BundleImport {
        let mut payload = vec![];
        for op in ops {
            payload.extend(serde_json::to_vec(op).unwrap());
            payload.push(b'\n');
        }
        let bytes =
            convene::exchange::fuzz::signed_bundle(&payload, &self.key, self.device(), "Table 7").unwrap();
        let r = self.coordinator.import_bundle_bytes("crafted", &bytes);
        assert_eq!(r.status, ImportStatus::Imported, "a signed bundle from an approved laptop merges: {r:?}");
        r
    }

    fn hash(&self) -> String {
        self.coordinator.state_hash().unwrap()
    }

    /// Everything a coordinator reads still works.
    fn still_works(&mut self) {
        for s in [self.summit, self.other] {
            self.coordinator.concerns(s, &Default::default()).unwrap();
            self.coordinator.tally(s).unwrap();
            self.coordinator.ballots(s).unwrap();
            let opts = convene::reports::pdf::PdfOptions {
                kind: convene::reports::pdf::PdfKind::Summary,
                locale: "en".into(),
                second_locale: None,
                paper: None,
            };
            self.coordinator.report_pdf(s, &opts).unwrap();
        }
        self.coordinator.merged_board(None, &Default::default()).unwrap();
        // The coordinator can still write, and its clock is its own.
        let t = self
            .coordinator
            .add_concern(self.summit, NewConcern { text: "Later".into(), ..Default::default() });
        t.unwrap();
        let report = self.coordinator.doctor(true).unwrap();
        assert!(report.rebuild.unwrap().identical, "the state is still a fold of the log");
    }
}

fn concern_fields(session: SessionId, text: &str) -> Value {
    json!({"session_id": session.to_string(), "text": text, "tags": [], "status": "new",
           "created_at": "2027-03-11T19:00:00Z"})
}

/// Refused: nothing of it counts, and the coordinator's state is exactly as before.
fn refused(room: &mut Room, ops: Vec<Op>, what: &str) {
    let before = room.hash();
    let n = ops.len() as u64;
    let r = room.send(&ops);
    assert_eq!(r.refused, n, "{what}: every op refused: {r:?}");
    assert_eq!(room.hash(), before, "{what}: state unchanged");
    room.still_works();
}

/// Held: nothing counts until the coordinator accepts, and refusing keeps the state as before.
fn held(room: &mut Room, ops: Vec<Op>, what: &str) {
    let before = room.hash();
    let n = ops.len() as u64;
    let r = room.send(&ops);
    assert_eq!(r.held, n, "{what}: every op held: {r:?}");
    assert_eq!(room.hash(), before, "{what}: nothing counts while held");
    let waiting = room.coordinator.held_changes().unwrap();
    assert_eq!(waiting.len() as u64, n, "{what}: the review list shows them");
    for h in waiting {
        room.coordinator.review_change(&h.op_id.to_string(), false).unwrap();
    }
    assert_eq!(room.hash(), before, "{what}: refused on review, they never count");
    room.still_works();
}

#[test]
fn work_in_a_session_it_was_not_given_is_refused() {
    let mut r = room();
    let (other, device) = (r.other, r.device());
    let ops = vec![
        r.create(Entity::Concern, Uuid::now_v7(), concern_fields(other, "Planted"), now_hlc()),
        r.set(Entity::Session, other.0, "title", json!("Renamed")),
        r.set(Entity::Concern, r.coordinator_concern.0, "text", json!("Rewritten")),
    ];
    let before = r.hash();
    let report = r.send(&ops);
    assert_eq!((report.refused, report.not_given.clone()), (3, vec![other]), "{report:?}");
    assert_eq!(r.hash(), before, "state unchanged");
    let d = r.coordinator.find_device(&device.to_string()).unwrap();
    assert_eq!(d.asks, vec![other], "the desk shows the session it wrote in without being given it");
    r.still_works();
}

#[test]
fn renaming_the_coordinators_session_is_held_for_review() {
    let mut r = room();
    let summit = r.summit;
    let ops = vec![
        r.set(Entity::Session, summit.0, "title", json!("Cancelled")),
        r.set(Entity::Session, summit.0, "starts_at", json!("2001-01-01T00:00:00")),
    ];
    held(&mut r, ops, "session title and time");
}

#[test]
fn deleting_others_concerns_is_held_however_many() {
    let mut r = room();
    let mut ops = vec![];
    for c in r.coordinator.concerns(r.summit, &Default::default()).unwrap() {
        if c.origin_device != r.device().to_string() {
            ops.push(r.op(Entity::Concern, c.id.0, Change::Delete, now_hlc()));
        }
    }
    assert!(!ops.is_empty());
    held(&mut r, ops, "mass delete in the summit");
    // In the session it was never given, the same deletes are refused outright.
    let c = r.coordinator_concern;
    let op = r.op(Entity::Concern, c.0, Change::Delete, now_hlc());
    refused(&mut r, vec![op], "delete out of scope");
}

#[test]
fn the_coordinators_vocabulary_and_trust_are_not_a_laptops_to_change() {
    let mut r = room();
    let lighting = r.coordinator.tags().unwrap().into_iter().find(|t| t.slug == "lighting").unwrap();
    let ops = vec![
        r.set(Entity::Tag, lighting.id.0, "label", json!("Nothing")),
        r.op(Entity::Tag, lighting.id.0, Change::Delete, now_hlc()),
    ];
    refused(&mut r, ops, "vocabulary");
    assert!(r.coordinator.tags().unwrap().iter().any(|t| t.slug == "lighting"), "the tag stays");
}

#[test]
fn an_early_create_cannot_take_over_a_concern() {
    let mut r = room();
    let (summit, id) = (r.summit, r.honest_concern);
    let ops = vec![r.create(Entity::Concern, id.0, concern_fields(summit, "Taken over"), 1 << 16)];
    refused(&mut r, ops, "copied id stamped early");
    let c = r.coordinator.concern(id).unwrap();
    assert!(c.text.starts_with("Dark street (Table 1)"), "the honest concern stands: {c:?}");
}

#[test]
fn a_ballot_stamped_at_the_dawn_of_time_cannot_pre_empt_a_token() {
    let mut r = room();
    let before = r.coordinator.tally(r.summit).unwrap();
    let summit = r.summit;
    let planted = r.coordinator.concerns(summit, &Default::default()).unwrap();
    let mine = planted.iter().find(|c| c.origin_device == r.device().to_string()).unwrap().id;
    let ops = vec![r.create(
        Entity::Ballot,
        Uuid::now_v7(),
        json!({"session_id": summit.to_string(), "kind": "dots", "token": "CARD-17",
               "choices": [mine.to_string()], "created_at": "1970-01-01T00:00:00Z"}),
        1,
    )];
    let r2 = r.send(&ops);
    assert_eq!(r2.refused, 0, "a ballot is a create it may make");
    let after = r.coordinator.tally(summit).unwrap();
    assert_eq!(after.dots, before.dots, "the honest ballot for CARD-17 still counts");
    assert_eq!(after.repeated_tokens, before.repeated_tokens + 1, "the planted one is a repeat");
    r.still_works();
}

#[test]
fn values_that_do_not_fit_their_field_are_refused_alone() {
    let mut r = room();
    let summit = r.summit;
    let mine = r
        .coordinator
        .concerns(summit, &Default::default())
        .unwrap()
        .into_iter()
        .find(|c| c.origin_device == r.device().to_string())
        .unwrap()
        .id;
    let agenda = r.agenda;
    let slug_id = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"convene:tag:newtag");
    let ops = vec![
        r.set(Entity::Concern, mine.0, "duplicate_of", json!("not-a-uuid")),
        r.set(Entity::Concern, mine.0, "group_id", json!("table seven")),
        r.set(Entity::Concern, mine.0, "status", json!("zzz")),
        r.set(Entity::Concern, mine.0, "text", json!("x".repeat(convene::validate::MAX_TEXT + 1))),
        r.create(
            Entity::Ballot,
            Uuid::now_v7(),
            json!({"session_id": summit.to_string(), "kind": "zzz", "token": "Z", "choices": [],
                   "created_at": "2027-03-11T19:00:00Z"}),
            now_hlc(),
        ),
        r.set(Entity::Tag, slug_id, "label", Value::Null),
        r.create(
            Entity::DotCount,
            Uuid::now_v7(),
            json!({"session_id": summit.to_string(), "concern_id": mine.to_string(), "count": i64::MAX,
                   "created_at": "2027-03-11T19:00:00Z"}),
            now_hlc(),
        ),
        r.set(Entity::AgendaItem, agenda.0, "planned_minutes", json!(i64::MAX)),
        r.create(
            Entity::Concern,
            Uuid::now_v7(),
            concern_fields(summit, "Stamped past the year 2200"),
            i64::MAX,
        ),
        r.create(Entity::Concern, Uuid::now_v7(), concern_fields(summit, "Stamped before 1970"), -5),
    ];
    refused(&mut r, ops, "bad values");
    // A genuine bundle that uses a tag named like the planted one still merges whole.
    let t = r.attacker.add_concern(summit, NewConcern { text: "Fine #newtag".into(), ..Default::default() });
    t.unwrap();
}

#[test]
fn a_flood_of_huge_tags_is_refused_and_kits_stay_small() {
    let mut r = room();
    let label = "x".repeat(39_000);
    let mut ops = vec![];
    for i in 0..1_500 {
        let id = Uuid::now_v7();
        ops.push(r.create(
            Entity::Tag,
            id,
            json!({"slug": format!("flood-{i}"), "label": label, "kind": "topic"}),
            now_hlc(),
        ));
    }
    refused(&mut r, ops, "huge labels");
    let (kit, e) = r.coordinator.kit_bytes(&[r.summit]).unwrap();
    assert!(kit.len() < 1_000_000, "the kit carries only the vocabulary: {} bytes, {} ops", kit.len(), e.ops);
}

#[test]
fn a_laptop_in_2035_does_not_drag_the_coordinator_along() {
    let mut r = room();
    let summit = r.summit;
    let ten_years = 10 * 365 * 86_400_000i64;
    let future = (chrono::Utc::now().timestamp_millis() + ten_years) << 16;
    let ops =
        vec![r.create(Entity::Concern, Uuid::now_v7(), concern_fields(summit, "From the future"), future)];
    let report = r.send(&ops);
    assert_eq!(report.refused, 0, "a wrong clock is reported, not refused");
    let ahead = report.clock_offset_ms.expect("the import names the wrong clock");
    assert!(ahead > 9 * 365 * 86_400_000, "about ten years ahead: {ahead} ms");
    let o =
        r.coordinator.add_concern(summit, NewConcern { text: "Today".into(), ..Default::default() }).unwrap();
    let hlc: i64 = r
        .coordinator
        .store()
        .connection()
        .query_row("SELECT created_hlc FROM concerns WHERE id = ?1", [o.id.to_string()], |x| x.get(0))
        .unwrap();
    let wall = hlc >> 16;
    let now = chrono::Utc::now().timestamp_millis();
    assert!(
        wall <= now + convene::oplog::clock::CLOCK_TOLERANCE_MS,
        "the coordinator's edit is stamped today"
    );
    let c = r.coordinator.concerns(summit, &Default::default()).unwrap();
    let planted = c.iter().find(|c| c.text == "From the future").unwrap();
    assert!(planted.clock_offset_ms.is_some(), "its time is marked as corrected");
}

#[test]
fn revoking_undoes_its_shared_edits_and_kits_stop_carrying_them() {
    let mut r = room();
    let agenda = r.agenda;
    let before = r.hash();
    let ops = vec![r.set(Entity::AgendaItem, agenda.0, "title", json!("Hijacked"))];
    let rep = r.send(&ops);
    assert_eq!(rep.refused + rep.held, 0, "a title of the plan is a shared field");
    assert_ne!(r.hash(), before);
    let device = r.device().to_string();
    let unknown = RevokeFrom::Bundle(convene::exchange::archive::sha256_hex(b"no such bundle"));
    assert!(r.coordinator.revoke_device(&device, &unknown).is_err(), "a bundle it never sent is an error");
    assert_ne!(r.hash(), before, "and changes nothing");
    r.coordinator.revoke_device(&device, &RevokeFrom::All).unwrap();
    let items = r.coordinator.agenda(r.summit).unwrap();
    assert_eq!(items[0].title, "Breakouts", "the edit is undone");
    let (kit, _) = r.coordinator.kit_bytes(&[r.summit]).unwrap();
    let v = convene::exchange::archive::open("kit", &kit, convene::exchange::archive::KIT, &["ops.jsonl"])
        .unwrap();
    let ops = String::from_utf8_lossy(&v.entries["ops.jsonl"]).to_string();
    assert!(!ops.contains(&device), "no op of the revoked laptop rides out in a kit");
    assert!(v.manifest.revoked.iter().any(|x| x.device_id.to_string() == device), "the revocation does");
}

/// A laptop and its database file, with the key beside it.
fn copy_db(from: &std::path::Path, to: &std::path::Path) {
    for suffix in ["", ".device-key"] {
        let f = format!("{}{suffix}", from.display());
        if std::path::Path::new(&f).exists() {
            std::fs::copy(&f, format!("{}{suffix}", to.display())).unwrap();
        }
    }
}

fn file_laptop(dir: &std::path::Path, name: &str) -> (Convene, std::path::PathBuf) {
    let path = dir.join(format!("{name}.sqlite3"));
    let mut c = Convene::open(&path).unwrap();
    c.set_device_name(name).unwrap();
    (c, path)
}

/// Restored from a backup older than work it sent, a laptop meets its own later op in the next
/// kit: it moves past it, writes, and its next bundle merges.
#[test]
fn a_laptop_restored_from_an_old_backup_takes_a_kit_and_carries_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut co = Convene::open_in_memory().unwrap();
    co.coordinator_init().unwrap();
    let s = co.create_session(NewSession { title: "Summit".into(), ..Default::default() }).unwrap().id;
    let item = co
        .add_agenda_item(s, NewAgendaItem { title: "Welcome".into(), minutes: 10, ..Default::default() })
        .unwrap()
        .id;
    let (kit, _) = co.kit_bytes(&[s]).unwrap();
    let (mut l, path) = file_laptop(dir.path(), "Table 3");
    l.import_kit_bytes("kit", &kit, false).unwrap();
    l.add_concern(s, NewConcern { text: "Before the backup".into(), ..Default::default() }).unwrap();
    let backup = dir.path().join("backup.sqlite3");
    drop(l);
    copy_db(&path, &backup);
    let mut l = Convene::open(&path).unwrap();
    // Work the backup never saw, which reaches the coordinator: a run-of-show edit of the plan.
    l.edit_agenda_item(item, None, Some(15), None, None).unwrap();
    l.add_concern(s, NewConcern { text: "After the backup".into(), ..Default::default() }).unwrap();
    let (b, _) = l.bundle_bytes(&[s], false).unwrap();
    let r = co.import_bundle_bytes("before the crash", &b);
    co.approve_device(&r.device_id.unwrap().to_string(), None).unwrap();
    drop(l);
    // The disk dies; the backup comes back, and a new kit arrives with the plan as it stands.
    copy_db(&backup, &path);
    let mut restored = Convene::open(&path).unwrap();
    let (kit2, _) = co.kit_bytes(&[s]).unwrap();
    restored.import_kit_bytes("kit 2", &kit2, false).unwrap();
    restored.add_concern(s, NewConcern { text: "After the restore".into(), ..Default::default() }).unwrap();
    let (b, _) = restored.bundle_bytes(&[s], false).unwrap();
    let r = co.import_bundle_bytes("after the restore", &b);
    assert_eq!(r.status, ImportStatus::Imported, "{r:?}");
    let texts: Vec<String> =
        co.concerns(s, &Default::default()).unwrap().into_iter().map(|c| c.text).collect();
    for t in ["Before the backup", "After the backup", "After the restore"] {
        assert!(texts.iter().any(|x| x == t), "{t} is there: {texts:?}");
    }
}

/// A cloned laptop numbers its ops from where its twin does: the second bundle is an alarm. The
/// clone takes a new identity, issuing its colliding ops again, and nothing is lost.
#[test]
fn a_cloned_laptop_resolves_its_alarm_with_a_new_identity() {
    let dir = tempfile::tempdir().unwrap();
    let mut co = Convene::open_in_memory().unwrap();
    co.coordinator_init().unwrap();
    let s = co.create_session(NewSession { title: "Summit".into(), ..Default::default() }).unwrap().id;
    let (kit, _) = co.kit_bytes(&[s]).unwrap();
    let (mut a, path) = file_laptop(dir.path(), "Table 4");
    a.import_kit_bytes("kit", &kit, false).unwrap();
    drop(a);
    let twin_path = dir.path().join("twin.sqlite3");
    copy_db(&path, &twin_path);
    let mut a = Convene::open(&path).unwrap();
    let mut twin = Convene::open(&twin_path).unwrap();
    a.add_concern(s, NewConcern { text: "From the original".into(), ..Default::default() }).unwrap();
    twin.add_concern(s, NewConcern { text: "From the clone".into(), ..Default::default() }).unwrap();
    let (ba, _) = a.bundle_bytes(&[s], false).unwrap();
    let r = co.import_bundle_bytes("original", &ba);
    co.approve_device(&r.device_id.unwrap().to_string(), None).unwrap();
    let (bt, _) = twin.bundle_bytes(&[s], false).unwrap();
    let alarm = co.import_bundle_bytes("clone", &bt);
    assert_eq!(alarm.error_code, Some(convene::error::ErrorCode::SeqAlarm), "{alarm:?}");
    let seq = match alarm.error_detail {
        Some(convene::Error::SeqAlarm { seq, .. }) => seq,
        other => panic!("{other:?}"),
    };
    let renewed = twin.renew_identity(Some(seq)).unwrap();
    assert!(renewed.reissued > 0, "{renewed:?}");
    twin.add_concern(s, NewConcern { text: "Clone, later".into(), ..Default::default() }).unwrap();
    let (bt, _) = twin.bundle_bytes(&[s], false).unwrap();
    let r = co.import_bundle_bytes("clone, renewed", &bt);
    assert_eq!(r.status, ImportStatus::Imported, "the new identity carries the old one's trust: {r:?}");
    let texts: Vec<String> =
        co.concerns(s, &Default::default()).unwrap().into_iter().map(|c| c.text).collect();
    for t in ["From the original", "From the clone", "Clone, later"] {
        assert!(texts.iter().any(|x| x == t), "{t} is there: {texts:?}");
    }
    let ledger = co.ledger().unwrap();
    assert!(
        ledger.iter().all(|l| l.status != convene::exchange::BundleStatus::Alarm
            || l.detail == Some(convene::exchange::LedgerDetail::Resolved)),
        "the alarm shows as resolved: {ledger:?}"
    );
}

#[test]
fn messages_say_what_happened() {
    let mut r = room();
    // A new sequence number carrying an op id already held: not a "reused sequence number".
    let summit = r.summit;
    let taken = r
        .coordinator
        .store()
        .connection()
        .query_row("SELECT op_id FROM ops LIMIT 1", [], |x| x.get::<_, String>(0))
        .unwrap();
    let mut op = r.create(Entity::Concern, Uuid::now_v7(), concern_fields(summit, "Copied id"), now_hlc());
    op.op_id = taken.parse().unwrap();
    let mut payload = serde_json::to_vec(&op).unwrap();
    payload.push(b'\n');
    let bytes = convene::exchange::fuzz::signed_bundle(&payload, &r.key, r.device(), "Table 7").unwrap();
    let report = r.coordinator.import_bundle_bytes("copied", &bytes);
    assert_eq!(report.error_code, Some(convene::error::ErrorCode::OpIdReused), "{report:?}");
    // One key under two device ids (a laptop set up again with its old key file): the message
    // lists both, instead of "matches 2 device records".
    let fingerprint = r.coordinator.find_device(&r.device().to_string()).unwrap().fingerprint;
    let public_key = r.key.public_key();
    r.coordinator.trust_device(DeviceId::new(), &public_key, Some("Table 7, again"), None).unwrap();
    let e = r.coordinator.find_device(&fingerprint).unwrap_err();
    assert_eq!(e.code(), convene::error::ErrorCode::AmbiguousDevice, "{e:?}");
    let text = e.localized(&convene::i18n::Localizer::new("en"));
    assert!(text.contains("Table 7, again") && text.contains("old key file"), "{text}");
}

/// Another laptop's redaction of a concern is held like its delete, and blanks nothing while it
/// waits or once it is refused: the words are still in the log.
#[test]
fn redacting_others_words_is_held_and_blanks_nothing() {
    let mut r = room();
    let c = r.honest_concern;
    let op = r.op(Entity::Concern, c.0, Change::Redact, now_hlc());
    held(&mut r, vec![op], "a redaction of the honest laptop's concern");
    let text = r.coordinator.concern(c).unwrap().text;
    assert!(text.starts_with("Dark street"), "its words are intact: {text}");
}

/// A redaction sent before the record it names (its id copied off a screen) cannot blank the
/// record when it arrives: the maker is known then, and the redaction is judged again (held).
#[test]
fn a_redaction_ahead_of_its_record_blanks_nothing() {
    let mut r = room();
    let summit = r.summit;
    let (kit, _) = r.coordinator.kit_bytes(&[summit]).unwrap();
    let mut late = Convene::open_in_memory().unwrap();
    late.set_device_name("Table 9").unwrap();
    late.import_kit_bytes("kit", &kit, false).unwrap();
    let words = "Ask for Lupita Ferreira-Oyelaran at the desk";
    let x = late.add_concern(summit, NewConcern { text: words.into(), ..Default::default() }).unwrap().id;
    let op = r.op(Entity::Concern, x.0, Change::Redact, now_hlc());
    r.send(&[op]);
    let (bundle, _) = late.bundle_bytes(&[summit], false).unwrap();
    let imported = r.coordinator.import_bundle_bytes("table 9", &bundle);
    r.coordinator.approve_device(&imported.device_id.unwrap().to_string(), None).unwrap();
    assert_eq!(r.coordinator.concern(x).unwrap().text, words, "the concern stands, words and all");
    let held = r.coordinator.held_changes().unwrap();
    assert!(held.iter().any(|h| h.entity_id == x.0), "the early redaction now waits for review: {held:?}");
    r.still_works();
}
