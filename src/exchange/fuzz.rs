//! Entry points for fuzzing, which must never panic whatever the bytes.
//!
//! - [`read_bundle_untrusted`]: arbitrary bytes read as a bundle, as an import reads one before
//!   merging: limits, zip structure, canonical encoding, signature, hashes, then the ops.
//! - [`merge_signed_ops`]: arbitrary bytes taken as a bundle's `ops.jsonl`, signed with a test
//!   key the coordinator trusts and described by a manifest that matches them, then imported.
//!   A fuzzer cannot forge a signature, so without this it never gets past the signature check
//!   to the op parser, the op checks and the merge.

use std::cell::RefCell;
use std::collections::BTreeMap;

use uuid::Uuid;

use super::archive::{self, BUNDLE, Manifest};
use super::{BUNDLE_ENTRIES, OPS, PERSONAL_PLAIN, merge};
use crate::Convene;
use crate::error::Result;
use crate::ids::DeviceId;
use crate::trust::keys::DeviceKey;

/// The device every fuzzed op payload is signed as. Seeds carry it in their ops.
pub const FUZZ_DEVICE: DeviceId = DeviceId(Uuid::from_u128(0x0190_0000_0000_7000_8000_00f0_22ed_0001));

/// Reads a bundle as the import does, up to and including parsing its ops, without touching a
/// database. Returns the number of ops read.
pub fn read_bundle_untrusted(bytes: &[u8]) -> Result<usize> {
    let v = archive::open("fuzz input", bytes, BUNDLE, BUNDLE_ENTRIES)?;
    let mut n = merge::parse_ops("fuzz input", OPS, &v.entries[OPS])?.len();
    if let Some(p) = v.entries.get(PERSONAL_PLAIN) {
        n += merge::parse_ops("fuzz input", PERSONAL_PLAIN, p)?.len();
    }
    Ok(n)
}

/// A coordinator database with a plan, trusting [`FUZZ_DEVICE`] under the test key. Every input
/// is imported inside a transaction that is rolled back, so each meets the same database.
struct Coordinator {
    db: Convene,
    key: DeviceKey,
}

impl Coordinator {
    fn new() -> Result<Coordinator> {
        let mut db = Convene::open_in_memory()?;
        db.coordinator_init()?;
        let key = DeviceKey::generate()?;
        db.trust_device(FUZZ_DEVICE, &key.public_key(), Some("fuzzed laptop"), None)?;
        Ok(Coordinator { db, key })
    }
}

thread_local! {
    static COORDINATOR: RefCell<Option<Coordinator>> = const { RefCell::new(None) };
}

/// The manifest a genuine laptop would have written for `payload`: its sessions, seq range and
/// counts, read leniently from each line that is a JSON object (anything else is left for the
/// op parser to refuse).
fn manifest_for(payload: &[u8], key: &DeviceKey, device: DeviceId, name: &str) -> Manifest {
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    let (mut lo, mut hi) = (None::<i64>, None::<i64>);
    let mut sessions = vec![];
    for line in payload.split(|b| *b == b'\n') {
        let Ok(v) = serde_json::from_slice::<serde_json::Value>(line) else { continue };
        if let Some(e) = v.get("entity").and_then(|e| e.as_str()) {
            *counts.entry(e.to_string()).or_default() += 1;
        }
        if let Some(seq) = v.get("seq").and_then(|s| s.as_i64()) {
            lo = Some(lo.map_or(seq, |l| l.min(seq)));
            hi = Some(hi.map_or(seq, |h| h.max(seq)));
        }
        let named =
            if v.get("entity").and_then(|e| e.as_str()) == Some(crate::oplog::Entity::Session.as_str()) {
                v.get("entity_id")
            } else {
                v.pointer("/change/fields/session_id")
            };
        if let Some(id) = named.and_then(|i| i.as_str()).and_then(|i| i.parse().ok())
            && !sessions.contains(&id)
        {
            sessions.push(id);
        }
    }
    Manifest {
        format: BUNDLE.into(),
        format_version: archive::FORMAT_VERSION,
        created_at: "2027-03-11T19:00:00.000Z".into(),
        device_id: device,
        device_name: Some(name.into()),
        public_key: key.public_key(),
        sessions,
        seq_min: lo,
        seq_max: hi,
        counts,
        sealed_to: None,
        coordinator_recipient: None,
        entries: BTreeMap::new(),
        revoked: vec![],
        held_seqs: BTreeMap::new(),
        succeeds: None,
    }
}

/// A bundle carrying `payload` as its `ops.jsonl`, described by the manifest its laptop would
/// have written and signed with `key` as `device`: what a laptop holding that key could send,
/// whatever its ops say. The attack tests craft their bundles with it.
pub fn signed_bundle(payload: &[u8], key: &DeviceKey, device: DeviceId, name: &str) -> Result<Vec<u8>> {
    let mut entries = BTreeMap::new();
    entries.insert(OPS.to_string(), payload.to_vec());
    archive::build(manifest_for(payload, key, device, name), entries, key)
}

/// Signs `payload` as [`FUZZ_DEVICE`]'s bundle and imports it into the fuzzing coordinator (then
/// rolls the import back). Returns how many ops it merged.
pub fn merge_signed_ops(payload: &[u8]) -> Result<u64> {
    COORDINATOR.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = Some(Coordinator::new()?);
        }
        let Some(co) = slot.as_mut() else { unreachable!("set above") };
        let bytes = signed_bundle(payload, &co.key, FUZZ_DEVICE, "fuzzed laptop")?;
        co.db.batch(|db| {
            let report = db.import_bundle_bytes("fuzzed bundle", &bytes);
            Ok((report.new_ops, false))
        })
    })
}

/// Genuine op payloads for [`merge_signed_ops`]'s seed corpus: a laptop's evening (concerns,
/// edits, votes, sign-ins) as its bundle carries it, re-signed as [`FUZZ_DEVICE`].
pub fn seed_payloads() -> Result<Vec<Vec<u8>>> {
    use crate::concerns::NewConcern;
    use crate::votes::BallotChoices;
    let mut laptop = Convene::open_in_memory()?;
    laptop.set_device_name("Table 3")?;
    let session = laptop
        .create_session(crate::sessions::NewSession { title: "Summit".into(), ..Default::default() })?
        .id;
    let group = laptop
        .add_group(session, crate::groups::NewGroup { name: "Table 3".into(), ..Default::default() })?
        .id;
    let mut concerns = vec![];
    for text in ["Dark alley by the library #lighting", "Speeding on MLK #traffic", "Más luces en el parque"]
    {
        let c = laptop.add_concern(
            session,
            NewConcern { text: text.into(), group: Some(group), ..Default::default() },
        )?;
        concerns.push(c.id);
    }
    laptop.set_concern_status(concerns[0], crate::concerns::ConcernStatus::UnderReview)?;
    laptop.merge_concern(concerns[2], concerns[0])?;
    laptop.add_dot_count(session, concerns[1], 7)?;
    laptop.cast_ballot(session, "T1", BallotChoices::Rank(vec![concerns[1], concerns[0]]))?;
    laptop
        .add_signin(session, crate::signins::NewSignin { zip: Some("98122".into()), ..Default::default() })?;
    let (bundle, _) = laptop.bundle_bytes(&[session], false)?;
    let v = archive::open("seed", &bundle, BUNDLE, BUNDLE_ENTRIES)?;
    let ops = String::from_utf8_lossy(&v.entries[OPS])
        .replace(&laptop.device_id().to_string(), &FUZZ_DEVICE.to_string());
    // The whole evening, and each line alone (a smaller start for the fuzzer).
    let mut out = vec![ops.clone().into_bytes()];
    out.extend(ops.lines().take(6).map(|l| format!("{l}\n").into_bytes()));
    Ok(out)
}
