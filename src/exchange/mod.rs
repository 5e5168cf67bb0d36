//! Kits (coordinator → laptops, before the event) and bundles (laptop → coordinator, after it):
//! signed archives of ops, checked completely before anything is merged.

pub mod archive;
pub(crate) mod merge;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use rusqlite::params;
use serde::Serialize;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::ids::{DeviceId, SessionId};
use crate::oplog::{Change, Entity, Op, fold};
use crate::trust::CoordinatorRef;
use crate::trust::keys;
use crate::trust::{Device, DeviceState};
use crate::{Convene, now_rfc3339};
use archive::{BUNDLE, KIT, Manifest, Verified};

const OPS: &str = "ops.jsonl";
const PERSONAL_SEALED: &str = "personal.age";
const PERSONAL_PLAIN: &str = "personal.jsonl";

/// What an export wrote.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Exported {
    pub path: String,
    pub hash: String,
    pub bytes: u64,
    pub ops: u64,
    pub personal_ops: u64,
    /// Where personal data went: "sealed" to the coordinator, "plaintext", or "left-out".
    pub personal_data: &'static str,
    pub sealed_to: Option<String>,
    pub sessions: Vec<SessionId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ImportStatus {
    Imported,
    AlreadyHad,
    Quarantined,
    Rejected,
}

/// One bundle's fate in an import.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct BundleImport {
    pub file: String,
    pub status: ImportStatus,
    pub device_id: Option<DeviceId>,
    pub device_name: Option<String>,
    pub fingerprint: Option<String>,
    pub ops: u64,
    pub new_ops: u64,
    /// Open conflicts this bundle added.
    pub conflicts: i64,
    /// For rejected bundles: the error code and the person's message.
    pub error_code: Option<String>,
    pub error: Option<String>,
    #[serde(skip)]
    pub error_detail: Option<Error>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Default, ts_rs::TS)]
pub struct ImportSummary {
    pub imported: u64,
    pub already_had: u64,
    pub quarantined: u64,
    pub rejected: u64,
    pub conflicts: i64,
    pub alarms: u64,
    pub bundles: Vec<BundleImport>,
}

/// How many merged ops an import holds in one durable commit (see `import_bundles`): a city's
/// summit bundles are about 1,250 ops each, so about 40 bundles to a commit.
pub const IMPORT_BATCH_OPS: u64 = 50_000;

/// A bundle as `bundle verify` reports it.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct BundleCheck {
    pub file: String,
    pub hash: String,
    pub manifest: Manifest,
    pub fingerprint: String,
    /// What this database knows of the signer: self, approved, quarantined, revoked, or unknown.
    pub device_state: String,
}

/// A row of the ledger.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct LedgerEntry {
    pub hash: String,
    pub device_id: DeviceId,
    pub device_name: Option<String>,
    pub device_state: Option<String>,
    pub sessions: Vec<SessionId>,
    pub seq_min: Option<i64>,
    pub seq_max: Option<i64>,
    pub ops: i64,
    pub new_ops: i64,
    pub status: String,
    pub detail: Option<String>,
    pub file_name: Option<String>,
    pub received_at: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct KitImport {
    pub coordinator: CoordinatorRef,
    pub sessions: Vec<(SessionId, String)>,
    pub new_ops: u64,
}

/// The entities a kit may carry: the plan, never what was said or who came.
const PLAN: &[Entity] =
    &[Entity::Programme, Entity::Session, Entity::AgendaItem, Entity::Group, Entity::Question, Entity::Tag];

fn to_jsonl(ops: &[Op]) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(ops.len() * 256);
    for op in ops {
        serde_json::to_writer(&mut out, op)?;
        out.push(b'\n');
    }
    Ok(out)
}

fn read_file(path: &Path) -> Result<Vec<u8>> {
    let label = path.display().to_string();
    let meta =
        std::fs::metadata(path).map_err(|e| Error::Io { path: label.clone(), detail: e.to_string() })?;
    if meta.len() > archive::MAX_FILE_BYTES {
        return Err(Error::FileTooLarge { path: label, size: meta.len(), max: archive::MAX_FILE_BYTES });
    }
    std::fs::read(path).map_err(|e| Error::Io { path: label, detail: e.to_string() })
}

impl Convene {
    /// Which session each entity belongs to, from the ops that created them.
    fn session_owners(&self) -> Result<HashMap<Uuid, SessionId>> {
        let mut stmt = self.store.conn.prepare(
            "SELECT entity, entity_id, change ->> '$.fields.session_id', change ->> '$.fields.action_id'
             FROM ops WHERE change ->> '$.op' = 'create'",
        )?;
        let mut owner: HashMap<Uuid, SessionId> = HashMap::new();
        let mut updates: Vec<(Uuid, Uuid)> = vec![];
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let entity: String = r.get(0)?;
            let id: Option<Uuid> = r.get::<_, String>(1)?.parse().ok();
            let session: Option<SessionId> = r.get::<_, Option<String>>(2)?.and_then(|s| s.parse().ok());
            let action: Option<Uuid> = r.get::<_, Option<String>>(3)?.and_then(|s| s.parse().ok());
            let Some(id) = id else { continue };
            if entity == Entity::Session.as_str() {
                owner.insert(id, SessionId(id));
            } else if let Some(s) = session {
                owner.insert(id, s);
            } else if let Some(a) = action {
                updates.push((id, a));
            }
        }
        for (update, action) in updates {
            if let Some(s) = owner.get(&action).copied() {
                owner.insert(update, s);
            }
        }
        Ok(owner)
    }

    /// Ops for `sessions`, optionally only those made by `device`, in sequence order.
    fn session_ops(
        &self,
        sessions: &[SessionId],
        device: Option<DeviceId>,
        entities: Option<&[Entity]>,
    ) -> Result<Vec<Op>> {
        let owner = self.session_owners()?;
        let wanted: HashSet<SessionId> = sessions.iter().copied().collect();
        let programmes: HashSet<Uuid> = sessions
            .iter()
            .filter_map(|s| self.session(*s).ok().and_then(|s| s.programme_id))
            .map(|p| p.0)
            .collect();
        let mut stmt = self.store.conn.prepare(
            "SELECT op_id, device_id, seq, hlc, entity, entity_id, change, prev FROM ops
             WHERE (?1 IS NULL OR device_id = ?1) ORDER BY device_id, seq",
        )?;
        let mut out = vec![];
        let mut rows = stmt.query([device])?;
        while let Some(r) = rows.next()? {
            let op = fold::op_from_row(r)?;
            if entities.is_some_and(|e| !e.contains(&op.entity)) {
                continue;
            }
            let keep = match op.entity {
                Entity::Tag => true,
                Entity::Programme => programmes.contains(&op.entity_id),
                _ => owner.get(&op.entity_id).is_some_and(|s| wanted.contains(s)),
            };
            if keep {
                out.push(op);
            }
        }
        Ok(out)
    }

    fn manifest(&self, format: &str, key: &keys::DeviceKey, sessions: &[SessionId]) -> Result<Manifest> {
        Ok(Manifest {
            format: format.into(),
            format_version: archive::FORMAT_VERSION,
            created_at: now_rfc3339(),
            device_id: self.device_id(),
            device_name: self.device_name()?,
            public_key: key.public_key(),
            sessions: sessions.to_vec(),
            seq_min: None,
            seq_max: None,
            counts: BTreeMap::new(),
            sealed_to: None,
            coordinator_recipient: None,
            entries: BTreeMap::new(),
        })
    }

    /// Exports this laptop's work on `sessions` as a signed bundle. Attendees' names and
    /// contacts are sealed to the coordinator from the kit; with no kit they are left out unless
    /// `include_personal_plaintext` says to include them unencrypted.
    pub fn export_bundle(
        &mut self,
        sessions: &[SessionId],
        out: &Path,
        include_personal_plaintext: bool,
    ) -> Result<Exported> {
        let (bytes, mut exported) = self.bundle_bytes(sessions, include_personal_plaintext)?;
        archive::write_file_atomically(out, &bytes)?;
        // Read it back from the disk and check it, so "done" means the file on the stick is good.
        let label = out.display().to_string();
        let written = read_file(out)?;
        archive::open(&label, &written, BUNDLE, &[OPS, PERSONAL_SEALED, PERSONAL_PLAIN])?;
        exported.path = label;
        Ok(exported)
    }

    /// A signed bundle in memory: what `export_bundle` writes.
    pub fn bundle_bytes(
        &mut self,
        sessions: &[SessionId],
        include_personal_plaintext: bool,
    ) -> Result<(Vec<u8>, Exported)> {
        for s in sessions {
            self.session(*s)?;
        }
        let key = self.device_key()?;
        let ops = self.session_ops(sessions, Some(self.device_id()), None)?;
        let (personal, public): (Vec<Op>, Vec<Op>) = ops.into_iter().partition(|o| o.entity.is_personal());
        let mut manifest = self.manifest(BUNDLE, &key, sessions)?;
        manifest.seq_min = public.iter().chain(&personal).map(|o| o.seq).min();
        manifest.seq_max = public.iter().chain(&personal).map(|o| o.seq).max();
        for op in &public {
            *manifest.counts.entry(op.entity.as_str().into()).or_default() += 1;
        }
        let mut entries = BTreeMap::new();
        entries.insert(OPS.to_string(), to_jsonl(&public)?);
        let recipient =
            self.followed_coordinator()?.map(|c| c.recipient).or(self.meta("coordinator_recipient")?);
        let personal_data = if personal.is_empty() {
            "none"
        } else if let Some(r) = &recipient {
            entries.insert(PERSONAL_SEALED.into(), keys::seal(r, &to_jsonl(&personal)?)?);
            manifest.sealed_to = Some(r.clone());
            "sealed"
        } else if include_personal_plaintext {
            entries.insert(PERSONAL_PLAIN.into(), to_jsonl(&personal)?);
            "plaintext"
        } else {
            "left-out"
        };
        let personal_ops = if personal_data == "left-out" { 0 } else { personal.len() as u64 };
        if personal_ops > 0 {
            manifest.counts.insert("personal".into(), personal_ops);
        }
        let bytes = archive::build(manifest, entries, &key)?;
        let exported = Exported {
            path: String::new(),
            hash: archive::sha256_hex(&bytes),
            bytes: bytes.len() as u64,
            ops: public.len() as u64,
            personal_ops: if personal_data == "left-out" { personal.len() as u64 } else { personal_ops },
            personal_data,
            sealed_to: recipient.filter(|_| personal_data == "sealed"),
            sessions: sessions.to_vec(),
        };
        Ok((bytes, exported))
    }

    /// Checks a bundle completely without importing it.
    pub fn verify_bundle(&self, path: &Path) -> Result<BundleCheck> {
        let label = path.display().to_string();
        let bytes = read_file(path)?;
        let v = archive::open(&label, &bytes, BUNDLE, &[OPS, PERSONAL_SEALED, PERSONAL_PLAIN])?;
        self.check_payload(&label, &v, false)?;
        let state = self.device_state(v.manifest.device_id)?.map(|(s, _)| s.as_str().to_string());
        Ok(BundleCheck {
            file: label,
            hash: v.hash,
            fingerprint: keys::fingerprint(&v.manifest.public_key),
            device_state: state.unwrap_or_else(|| "unknown".into()),
            manifest: v.manifest,
        })
    }

    /// Parses and checks a verified bundle's ops: all made by its signer, counted as the manifest
    /// says, personal data only where it belongs. With `decrypt`, opens the sealed personal data.
    fn check_payload(&self, label: &str, v: &Verified, decrypt: bool) -> Result<Vec<Op>> {
        let malformed = |detail: String| Error::Malformed { path: label.into(), detail };
        let m = &v.manifest;
        let mut ops = merge::parse_ops(label, OPS, &v.entries[OPS])?;
        if let Some(op) = ops.iter().find(|o| o.entity.is_personal()) {
            return Err(malformed(format!("personal data in the open in {OPS} (op {})", op.op_id)));
        }
        let mut counts: BTreeMap<String, u64> = BTreeMap::new();
        for op in &ops {
            *counts.entry(op.entity.as_str().into()).or_default() += 1;
        }
        let personal = if let Some(plain) = v.entries.get(PERSONAL_PLAIN) {
            Some(merge::parse_ops(label, PERSONAL_PLAIN, plain)?)
        } else if let Some(sealed) = v.entries.get(PERSONAL_SEALED).filter(|_| decrypt) {
            let id =
                self.coordinator_identity()?.ok_or_else(|| Error::NotSealedForUs { path: label.into() })?;
            if m.sealed_to.as_deref() != Some(id.recipient().as_str()) {
                return Err(Error::NotSealedForUs { path: label.into() });
            }
            let plain = id.decrypt(sealed).map_err(|_| Error::NotSealedForUs { path: label.into() })?;
            Some(merge::parse_ops(label, PERSONAL_SEALED, &plain)?)
        } else {
            None
        };
        if let Some(p) = personal {
            if p.iter().any(|o| !o.entity.is_personal()) {
                return Err(malformed("the personal-data entry holds other records".into()));
            }
            counts.insert("personal".into(), p.len() as u64);
            ops.extend(p);
        } else if let Some(n) = m.counts.get("personal") {
            counts.insert("personal".into(), *n); // sealed and not opened here
        }
        if counts != m.counts {
            return Err(malformed("the ops do not add up to the counts in the manifest".into()));
        }
        let mut seqs = HashSet::new();
        for op in &ops {
            if op.device_id != m.device_id {
                return Err(malformed(format!("op {} was made by another device than the signer", op.op_id)));
            }
            if !seqs.insert(op.seq) {
                return Err(malformed(format!("sequence number {} appears twice", op.seq)));
            }
            if m.seq_min.is_none_or(|lo| op.seq < lo) || m.seq_max.is_none_or(|hi| op.seq > hi) {
                return Err(malformed(format!("sequence number {} is outside the manifest's range", op.seq)));
            }
        }
        Ok(ops)
    }

    /// Imports bundles one by one, each all-or-nothing, calling `progress` after each once it is
    /// durable. A bad bundle is reported and the rest go on.
    ///
    /// Each bundle is a savepoint: it merges whole or rolls back alone. The savepoints of up to
    /// `IMPORT_BATCH_OPS` merged ops share one durable commit, so an import of a city's 80
    /// bundles writes each hot index page to the log a few times instead of once per bundle
    /// (the commits were a fifth of the import's time). A commit that fails (a full disk) turns
    /// every bundle it held into a rejection with that error; nothing of them is kept, and
    /// importing the same files again is safe.
    pub fn import_bundles(
        &mut self,
        files: &[&Path],
        mut progress: impl FnMut(usize, &BundleImport),
    ) -> Result<ImportSummary> {
        let mut summary = ImportSummary::default();
        // Inside a caller's transaction, the caller decides when it is durable.
        let own_commits = self.store.conn.is_autocommit();
        let mut pending: Vec<BundleImport> = vec![];
        let mut pending_ops = 0u64;
        let mut in_batch = false;
        for (i, f) in files.iter().enumerate() {
            // Where no write transaction can start (a read-only disk, a database another
            // program holds), each bundle goes alone, as it would by itself: a repeat is still
            // recognised, and anything to write fails with its own clear message.
            if own_commits && !in_batch {
                in_batch = self.store.begin_batch().is_ok();
            }
            let r = self.import_bundle(f);
            // SQLite ends the whole transaction itself on some failures (a disk that filled up
            // mid-write): the bundles merged before this one in the batch went with it.
            let lost = in_batch && self.store.conn.is_autocommit();
            let lost = lost.then(|| {
                r.error_detail.clone().unwrap_or_else(|| Error::Storage {
                    detail: "the import's transaction was rolled back".into(),
                })
            });
            pending_ops += r.new_ops;
            pending.push(r);
            let last = i + 1 == files.len();
            if in_batch && !last && lost.is_none() && pending_ops < IMPORT_BATCH_OPS {
                continue;
            }
            let failure = match lost {
                Some(e) => Some(e),
                None if in_batch => self.store.end_batch(true).err(),
                None => None,
            };
            in_batch = false;
            if let Some(e) = failure {
                let wrote = |r: &&mut BundleImport| {
                    matches!(r.status, ImportStatus::Imported | ImportStatus::Quarantined)
                };
                for r in pending.iter_mut().filter(wrote) {
                    let file = r.file.clone();
                    let mut failed = std::mem::replace(r, empty_report(&file));
                    (failed.new_ops, failed.conflicts) = (0, 0);
                    *r = rejected(failed, e.clone());
                }
            }
            pending_ops = 0;
            for r in pending.drain(..) {
                match r.status {
                    ImportStatus::Imported => summary.imported += 1,
                    ImportStatus::AlreadyHad => summary.already_had += 1,
                    ImportStatus::Quarantined => summary.quarantined += 1,
                    ImportStatus::Rejected => {
                        summary.rejected += 1;
                        if r.error_code.as_deref() == Some("seq-alarm") {
                            summary.alarms += 1;
                        }
                    }
                }
                summary.conflicts += r.conflicts;
                progress(summary.bundles.len(), &r);
                summary.bundles.push(r);
            }
        }
        Ok(summary)
    }

    /// Imports one bundle. Never returns an error: a refusal is a `Rejected` report.
    pub fn import_bundle(&mut self, path: &Path) -> BundleImport {
        let label = path.display().to_string();
        let report = empty_report(&label);
        let bytes = match read_file(path) {
            Ok(b) => b,
            Err(e) => return rejected(report, e),
        };
        let mut report = report;
        match self.import_bytes(
            &label,
            &bytes,
            path.file_name().map(|n| n.to_string_lossy().to_string()),
            &mut report,
        ) {
            Ok(()) => report,
            Err(e) => rejected(report, e),
        }
    }

    /// Imports a bundle held in memory (`label` names it in messages).
    pub fn import_bundle_bytes(&mut self, label: &str, bytes: &[u8]) -> BundleImport {
        let mut report = empty_report(label);
        match self.import_bytes(label, bytes, Some(label.to_string()), &mut report) {
            Ok(()) => report,
            Err(e) => rejected(report, e),
        }
    }

    fn import_bytes(
        &mut self,
        label: &str,
        bytes: &[u8],
        file_name: Option<String>,
        report: &mut BundleImport,
    ) -> Result<()> {
        let v = archive::open(label, bytes, BUNDLE, &[OPS, PERSONAL_SEALED, PERSONAL_PLAIN])?;
        let m = &v.manifest;
        report.device_id = Some(m.device_id);
        report.device_name = m.device_name.clone();
        report.fingerprint = Some(keys::fingerprint(&m.public_key));
        let seen: Option<String> = self
            .store
            .conn
            .prepare_cached("SELECT status FROM bundles WHERE hash = ?1")?
            .query_row([&v.hash], |r| r.get(0))
            .ok();
        match seen.as_deref() {
            Some("imported") => {
                report.status = ImportStatus::AlreadyHad;
                return Ok(());
            }
            Some("quarantined") => {
                report.status = ImportStatus::Quarantined;
                return Ok(());
            }
            _ => {}
        }
        let state = self.device_state(m.device_id)?;
        let fingerprint = keys::fingerprint(&m.public_key);
        if let Some((_, known_key)) = &state
            && *known_key != m.public_key
        {
            return Err(Error::KeyMismatch {
                path: label.into(),
                device: m.device_id.to_string(),
                fingerprint,
            });
        }
        match state.map(|s| s.0) {
            Some(DeviceState::Revoked) => {
                return Err(Error::RevokedDevice {
                    path: label.into(),
                    device: m.device_id.to_string(),
                    fingerprint,
                });
            }
            Some(s) if s.trusted() => {}
            _ => {
                // Unknown or still waiting: check the payload parses, then hold it unmerged.
                self.check_payload(label, &v, false)?;
                let (m, hash, content) = (m.clone(), v.hash.clone(), bytes.to_vec());
                self.store.write(|tx| {
                    merge::remember_device(
                        tx,
                        m.device_id,
                        &m.public_key,
                        m.device_name.as_deref(),
                        "quarantined",
                    )?;
                    record_bundle(
                        tx,
                        &hash,
                        &m,
                        0,
                        0,
                        "quarantined",
                        None,
                        file_name.as_deref(),
                        Some(&content),
                    )
                })?;
                report.status = ImportStatus::Quarantined;
                report.ops = m.counts.values().sum();
                return Ok(());
            }
        }
        let ops = self.check_payload(label, &v, true)?;
        // Only an edit can start a conflict: look where this bundle edits.
        let touched: std::collections::BTreeSet<(Entity, Uuid)> = ops
            .iter()
            .filter(|o| matches!(o.change, Change::Set { .. }))
            .map(|o| (o.entity, o.entity_id))
            .collect();
        let before = self.conflicts_in(touched.iter().copied())?.len() as i64;
        let (m, hash) = (v.manifest.clone(), v.hash.clone());
        let result = self.store.transact(|tx| {
            let merged = merge::merge(tx, label, &ops)?;
            merge::remember_device(tx, m.device_id, &m.public_key, m.device_name.as_deref(), "approved")?;
            record_bundle(
                tx,
                &hash,
                &m,
                ops.len() as i64,
                merged.new_ops as i64,
                "imported",
                None,
                file_name.as_deref(),
                None,
            )?;
            Ok(merged)
        });
        let merged = match result {
            Ok((merged, _)) => merged,
            Err(e @ Error::SeqAlarm { .. }) => {
                // Record the alarm (outside the rolled-back merge) so it stays visible.
                let detail = e.to_string();
                self.store.write(|tx| {
                    record_bundle(
                        tx,
                        &hash,
                        &m,
                        ops.len() as i64,
                        0,
                        "alarm",
                        Some(&detail),
                        file_name.as_deref(),
                        Some(bytes),
                    )
                })?;
                return Err(e);
            }
            Err(e) => return Err(e),
        };
        report.status = ImportStatus::Imported;
        report.ops = ops.len() as u64;
        report.new_ops = merged.new_ops;
        report.conflicts = self.conflicts_in(touched.iter().copied())?.len() as i64 - before;
        Ok(())
    }

    /// Trusts a device before any bundle arrives, from its id and public key (as its `key show`
    /// prints them), e.g. when laptops are set up with the kit.
    pub fn trust_device(&mut self, device: DeviceId, public_key: &str, name: Option<&str>) -> Result<Device> {
        minisign::PublicKey::from_base64(public_key.trim())
            .map_err(|e| Error::Crypto { detail: format!("not a minisign public key: {e}") })?;
        if let Some((state, known)) = self.device_state(device)?
            && known != public_key.trim()
        {
            return Err(Error::KeyMismatch {
                path: "trust add".into(),
                device: device.to_string(),
                fingerprint: format!("{} (known as {})", keys::fingerprint(public_key), state.as_str()),
            });
        }
        self.store.write(|tx| {
            merge::remember_device(tx, device, public_key.trim(), name, "approved")?;
            tx.conn().execute(
                "UPDATE devices SET state = 'approved', decided_at = ?2 WHERE device_id = ?1 AND state != 'self'",
                params![device, now_rfc3339()],
            )?;
            Ok(())
        })?;
        let (d, _) = self.approve_device(&device.to_string())?;
        Ok(d)
    }

    /// Approves a device after its fingerprint was compared, and merges what it sent so far.
    pub fn approve_device(&mut self, key: &str) -> Result<(Device, Vec<BundleImport>)> {
        let d = self.find_device(key)?;
        if d.state == DeviceState::Own {
            return Ok((d, vec![]));
        }
        self.store.write(|tx| {
            tx.conn().execute(
                "UPDATE devices SET state = 'approved', decided_at = ?2 WHERE device_id = ?1",
                params![d.device_id, now_rfc3339()],
            )?;
            Ok(())
        })?;
        let waiting: Vec<(String, Option<String>, Vec<u8>)> = {
            let mut stmt = self.store.conn.prepare(
                "SELECT hash, file_name, content FROM bundles
                 WHERE device_id = ?1 AND status = 'quarantined' AND content IS NOT NULL ORDER BY received_at, hash",
            )?;
            stmt.query_map([d.device_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        let mut reports = vec![];
        for (hash, name, content) in waiting {
            // Out of quarantine first, so the import below treats it as new.
            self.store.write(|tx| {
                tx.conn()
                    .execute("DELETE FROM bundles WHERE hash = ?1 AND status = 'quarantined'", [&hash])?;
                Ok(())
            })?;
            let label = name.clone().unwrap_or_else(|| format!("bundle {}", &hash[..12]));
            let mut report = empty_report(&label);
            report.device_id = Some(d.device_id);
            report.device_name = d.name.clone();
            report.fingerprint = Some(d.fingerprint.clone());
            match self.import_bytes(&label, &content, name, &mut report) {
                Ok(()) => reports.push(report),
                Err(e) => reports.push(rejected(report, e)),
            }
        }
        Ok((self.find_device(key)?, reports))
    }

    /// Every bundle offered to this database.
    pub fn ledger(&self) -> Result<Vec<LedgerEntry>> {
        let mut stmt = self.store.conn.prepare(
            "SELECT b.hash, b.device_id, coalesce(b.device_name, d.name), d.state, b.sessions, b.seq_min, b.seq_max,
                    b.ops, b.new_ops, b.status, b.detail, b.file_name, b.received_at
             FROM bundles b LEFT JOIN devices d ON d.device_id = b.device_id ORDER BY b.received_at, b.hash",
        )?;
        let rows = stmt.query_map([], |r| {
            let sessions: String = r.get(4)?;
            Ok(LedgerEntry {
                hash: r.get(0)?,
                device_id: r.get(1)?,
                device_name: r.get(2)?,
                device_state: r.get(3)?,
                sessions: serde_json::from_str(&sessions).unwrap_or_default(),
                seq_min: r.get(5)?,
                seq_max: r.get(6)?,
                ops: r.get(7)?,
                new_ops: r.get(8)?,
                status: r.get(9)?,
                detail: r.get(10)?,
                file_name: r.get(11)?,
                received_at: r.get(12)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Writes a kit for `sessions`: their plan (agenda, groups, questions, languages), the tag
    /// vocabulary, and this coordinator's signing key and age recipient.
    pub fn export_kit(&mut self, sessions: &[SessionId], out: &Path) -> Result<Exported> {
        let (bytes, mut exported) = self.kit_bytes(sessions)?;
        archive::write_file_atomically(out, &bytes)?;
        let label = out.display().to_string();
        let written = read_file(out)?;
        archive::open(&label, &written, KIT, &[OPS])?;
        exported.path = label;
        Ok(exported)
    }

    /// A signed kit in memory: what `export_kit` writes.
    pub fn kit_bytes(&mut self, sessions: &[SessionId]) -> Result<(Vec<u8>, Exported)> {
        for s in sessions {
            self.session(*s)?;
        }
        let recipient = self.coordinator_identity()?.ok_or(Error::NoCoordinatorIdentity)?.recipient();
        let key = self.device_key()?;
        let ops = self.session_ops(sessions, None, Some(PLAN))?;
        let mut manifest = self.manifest(KIT, &key, sessions)?;
        manifest.coordinator_recipient = Some(recipient.clone());
        for op in &ops {
            *manifest.counts.entry(op.entity.as_str().into()).or_default() += 1;
        }
        let mut entries = BTreeMap::new();
        entries.insert(OPS.to_string(), to_jsonl(&ops)?);
        let bytes = archive::build(manifest, entries, &key)?;
        let exported = Exported {
            path: String::new(),
            hash: archive::sha256_hex(&bytes),
            bytes: bytes.len() as u64,
            ops: ops.len() as u64,
            personal_ops: 0,
            personal_data: "none",
            sealed_to: Some(recipient),
            sessions: sessions.to_vec(),
        };
        Ok((bytes, exported))
    }

    /// Imports a coordinator's kit onto this laptop. A kit from a different coordinator than the
    /// one this laptop follows is refused unless `new_coordinator` is set.
    pub fn import_kit(&mut self, path: &Path, new_coordinator: bool) -> Result<KitImport> {
        let bytes = read_file(path)?;
        self.import_kit_bytes(&path.display().to_string(), &bytes, new_coordinator)
    }

    pub fn import_kit_bytes(
        &mut self,
        label: &str,
        bytes: &[u8],
        new_coordinator: bool,
    ) -> Result<KitImport> {
        let label = label.to_string();
        let v = archive::open(&label, bytes, KIT, &[OPS])?;
        let m = v.manifest;
        let malformed = |detail: String| Error::Malformed { path: label.clone(), detail };
        let recipient = m
            .coordinator_recipient
            .clone()
            .filter(|r| keys::valid_recipient(r))
            .ok_or_else(|| malformed("the kit names no valid coordinator recipient".into()))?;
        let ops = merge::parse_ops(&label, OPS, &v.entries[OPS])?;
        if let Some(op) = ops.iter().find(|o| !PLAN.contains(&o.entity)) {
            return Err(malformed(format!("a kit carries the plan only, not {} records", op.entity)));
        }
        let coordinator = CoordinatorRef {
            device_id: m.device_id,
            name: m.device_name.clone(),
            public_key: m.public_key.clone(),
            fingerprint: keys::fingerprint(&m.public_key),
            recipient,
        };
        if let Some(current) = self.followed_coordinator()?
            && current.public_key != coordinator.public_key
            && !new_coordinator
        {
            return Err(Error::ForeignCoordinator {
                expected: current.fingerprint,
                got: coordinator.fingerprint,
            });
        }
        if let Some((DeviceState::Revoked, _)) = self.device_state(m.device_id)? {
            return Err(Error::RevokedDevice {
                path: label,
                device: m.device_id.to_string(),
                fingerprint: coordinator.fingerprint,
            });
        }
        let json = serde_json::to_string(&coordinator)?;
        let (merged, _) = self.store.transact(|tx| {
            let merged = merge::merge(tx, &label, &ops)?;
            if m.device_id != tx.device() {
                merge::remember_device(tx, m.device_id, &m.public_key, m.device_name.as_deref(), "coordinator")?;
                tx.conn().execute(
                    "UPDATE devices SET state = 'coordinator', public_key = ?2, fingerprint = ?3 WHERE device_id = ?1",
                    params![m.device_id, m.public_key, coordinator.fingerprint],
                )?;
            }
            tx.set_meta("follows_coordinator", &json)?;
            Ok(merged)
        })?;
        let sessions =
            m.sessions.iter().map(|s| (*s, self.session(*s).map(|x| x.title).unwrap_or_default())).collect();
        Ok(KitImport { coordinator, sessions, new_ops: merged.new_ops })
    }
}

fn empty_report(label: &str) -> BundleImport {
    BundleImport {
        file: label.to_string(),
        status: ImportStatus::Rejected,
        device_id: None,
        device_name: None,
        fingerprint: None,
        ops: 0,
        new_ops: 0,
        conflicts: 0,
        error_code: None,
        error: None,
        error_detail: None,
    }
}

/// Reads a bundle as the import does, up to and including parsing its ops, without touching a
/// database: the entry point for fuzzing. Never panics, whatever the bytes.
pub fn read_bundle_untrusted(bytes: &[u8]) -> Result<usize> {
    let v = archive::open("fuzz input", bytes, BUNDLE, &[OPS, PERSONAL_SEALED, PERSONAL_PLAIN])?;
    let mut n = merge::parse_ops("fuzz input", OPS, &v.entries[OPS])?.len();
    if let Some(p) = v.entries.get(PERSONAL_PLAIN) {
        n += merge::parse_ops("fuzz input", PERSONAL_PLAIN, p)?.len();
    }
    Ok(n)
}

fn rejected(mut report: BundleImport, e: Error) -> BundleImport {
    report.status = ImportStatus::Rejected;
    report.error_code = Some(e.code().to_string());
    report.error = Some(e.to_string());
    report.error_detail = Some(e);
    report
}

#[allow(clippy::too_many_arguments)]
fn record_bundle(
    tx: &mut crate::storage::Tx<'_>,
    hash: &str,
    m: &Manifest,
    ops: i64,
    new_ops: i64,
    status: &str,
    detail: Option<&str>,
    file_name: Option<&str>,
    content: Option<&[u8]>,
) -> Result<()> {
    tx.conn().execute(
        "INSERT INTO bundles (hash, device_id, device_name, sessions, seq_min, seq_max, ops, new_ops, status, detail,
                              file_name, received_at, content)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
         ON CONFLICT (hash) DO UPDATE SET status = excluded.status, ops = excluded.ops, new_ops = excluded.new_ops,
           detail = excluded.detail, content = excluded.content",
        params![
            hash,
            m.device_id,
            m.device_name,
            serde_json::to_string(&m.sessions)?,
            m.seq_min,
            m.seq_max,
            ops,
            new_ops,
            status,
            detail,
            file_name,
            now_rfc3339(),
            content,
        ],
    )?;
    Ok(())
}
