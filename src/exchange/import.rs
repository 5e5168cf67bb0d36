//! Importing bundles: each file is opened and checked completely (size, archive, signature,
//! hashes) before its payload is parsed; the ledger says whether it was seen before; the signer's
//! trust decides whether it merges or waits; and each bundle merges whole or not at all.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

use uuid::Uuid;

use super::archive::{self, BUNDLE, Verified};
use super::export::count_by_entity;
use super::ledger::{self, LedgerRow};
use super::types::{BundleCheck, BundleImport, BundleStatus, ImportStatus, ImportSummary, LedgerDetail};
use super::{BUNDLE_ENTRIES, OPS, PERSONAL_PLAIN, PERSONAL_SEALED, merge, read_file};
use crate::Convene;
use crate::error::{Error, Result};
use crate::oplog::verdict::{SessionScope, Trust, session_info};
use crate::oplog::{Change, Entity, Op};
use crate::trust::{DeviceState, keys};

/// How many merged ops an import holds in one durable commit (see `import_bundles`): a city's
/// summit bundles are about 1,250 ops each, so about 40 bundles to a commit.
pub const IMPORT_BATCH_OPS: u64 = 50_000;

impl Convene {
    /// A bundle from a laptop that took a new identity: when the old identity's key proves the
    /// link and this database trusts the old one, the new one inherits that trust and what the
    /// old one was given; the old one's alarms its new identity resolved are marked so.
    fn take_over(&mut self, m: &archive::Manifest, s: &archive::Succession) -> Result<()> {
        let known = self.device_state(s.device_id)?;
        let proven = crate::trust::proves_succession(s, m.device_id, &m.public_key)
            && known.as_ref().is_some_and(|(_, key)| *key == s.public_key);
        if !proven || self.device_state(m.device_id)?.is_some() {
            return Ok(()); // an unproven claim changes nothing: the new device waits like any other
        }
        let Some((old_state, _)) = known else { return Ok(()) };
        let state = match old_state {
            DeviceState::Revoked => DeviceState::Revoked,
            st if st.trusted() => DeviceState::Approved,
            _ => DeviceState::Quarantined,
        };
        let (new, old) = (m.device_id, s.device_id);
        self.store.write(|tx| {
            crate::trust::remember_signer(tx, m, state)?;
            tx.conn().execute(
                "UPDATE devices SET succeeds = ?2, state = ?3,
                   delegation = (SELECT delegation FROM devices WHERE device_id = ?2),
                   revoked_from_seq = CASE WHEN ?3 = ?4 THEN 1 END
                 WHERE device_id = ?1",
                rusqlite::params![new, old, state, DeviceState::Revoked],
            )?;
            tx.conn().execute(
                "INSERT OR IGNORE INTO delegations (device_id, session_id, granted_at)
                 SELECT ?1, session_id, granted_at FROM delegations WHERE device_id = ?2",
                rusqlite::params![new, old],
            )?;
            if let Some(from) = s.reissued_from_seq {
                tx.conn().execute(
                    "UPDATE bundles SET detail = ?3 WHERE device_id = ?1 AND status = ?4 AND seq_max >= ?2",
                    rusqlite::params![old, from, LedgerDetail::Resolved.as_str(), BundleStatus::Alarm],
                )?;
            }
            Ok(())
        })
    }

    /// Checks a bundle completely without importing it.
    pub fn verify_bundle(&self, path: &Path) -> Result<BundleCheck> {
        let label = path.display().to_string();
        let bytes = read_file(path)?;
        let v = archive::open(&label, &bytes, BUNDLE, BUNDLE_ENTRIES)?;
        self.check_payload(&label, &v, false)?;
        let state = self.device_state(v.manifest.device_id)?.map(|(s, _)| s);
        Ok(BundleCheck {
            file: label,
            hash: v.hash,
            fingerprint: keys::fingerprint(&v.manifest.public_key),
            device_state: state,
            manifest: v.manifest,
        })
    }

    /// Parses and checks a verified bundle's ops: all made by its signer, counted as the manifest
    /// says, personal data only where it belongs. With `decrypt`, opens the sealed personal data.
    pub(crate) fn check_payload(&self, label: &str, v: &Verified, decrypt: bool) -> Result<Vec<Op>> {
        let malformed = |detail: String| Error::Malformed { path: label.into(), detail };
        let m = &v.manifest;
        let mut ops = merge::parse_ops(label, OPS, &v.entries[OPS])?;
        if let Some(op) = ops.iter().find(|o| o.entity.is_personal()) {
            return Err(malformed(format!("personal data in the open in {OPS} (op {})", op.op_id)));
        }
        let mut counts: BTreeMap<String, u64> = count_by_entity(&ops);
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
                    let mut failed = std::mem::replace(r, BundleImport::empty(&file));
                    (failed.new_ops, failed.conflicts) = (0, 0);
                    *r = failed.rejected(e.clone());
                }
            }
            pending_ops = 0;
            for r in pending.drain(..) {
                progress(summary.bundles.len(), &r);
                summary.add(r);
            }
        }
        Ok(summary)
    }

    /// Imports one bundle. Never returns an error: a refusal is a `Rejected` report.
    pub fn import_bundle(&mut self, path: &Path) -> BundleImport {
        let label = path.display().to_string();
        let report = BundleImport::empty(&label);
        let bytes = match read_file(path) {
            Ok(b) => b,
            Err(e) => return report.rejected(e),
        };
        let name = path.file_name().map(|n| n.to_string_lossy().to_string());
        self.import_reported(report, &bytes, name)
    }

    /// Imports a bundle held in memory (`label` names it in messages).
    pub fn import_bundle_bytes(&mut self, label: &str, bytes: &[u8]) -> BundleImport {
        self.import_reported(BundleImport::empty(label), bytes, Some(label.to_string()))
    }

    pub(crate) fn import_reported(
        &mut self,
        mut report: BundleImport,
        bytes: &[u8],
        file_name: Option<String>,
    ) -> BundleImport {
        let label = report.file.clone();
        match self.import_bytes(&label, bytes, file_name, &mut report) {
            Ok(()) => report,
            Err(e) => report.rejected(e),
        }
    }

    fn import_bytes(
        &mut self,
        label: &str,
        bytes: &[u8],
        file_name: Option<String>,
        report: &mut BundleImport,
    ) -> Result<()> {
        let v = archive::open(label, bytes, BUNDLE, BUNDLE_ENTRIES)?;
        let m = &v.manifest;
        report.device_id = Some(m.device_id);
        report.device_name = m.device_name.clone();
        report.fingerprint = Some(keys::fingerprint(&m.public_key));
        match self.ledger_status(&v.hash)? {
            Some(BundleStatus::Imported) => {
                report.status = ImportStatus::AlreadyHad;
                return Ok(());
            }
            Some(BundleStatus::Quarantined) => {
                report.status = ImportStatus::Quarantined;
                return Ok(());
            }
            Some(BundleStatus::Alarm) | None => {}
        }
        if let Some(s) = &m.succeeds {
            self.take_over(m, s)?;
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
                self.store.write(|tx| {
                    crate::trust::remember_signer(tx, m, DeviceState::Quarantined)?;
                    ledger::record(
                        tx,
                        LedgerRow {
                            hash: &v.hash,
                            manifest: m,
                            ops: 0,
                            new_ops: 0,
                            status: BundleStatus::Quarantined,
                            detail: None,
                            file_name: file_name.as_deref(),
                            content: Some(bytes),
                            held_ops: 0,
                            refused_ops: 0,
                            clock_offset_ms: None,
                        },
                    )
                })?;
                report.status = ImportStatus::Quarantined;
                report.ops = m.counts.values().sum();
                return Ok(());
            }
        }
        let ops = self.check_payload(label, &v, true)?;
        // Only an edit can start a conflict: look where this bundle edits.
        let touched: BTreeSet<(Entity, Uuid)> = ops
            .iter()
            .filter(|o| matches!(o.change, Change::Set { .. }))
            .map(|o| (o.entity, o.entity_id))
            .collect();
        let before = self.conflicts_in(touched.iter().copied())?.len() as i64;
        let row = |status, merged: &merge::Merged, detail, content, clock_offset_ms| LedgerRow {
            hash: &v.hash,
            manifest: m,
            ops: ops.len() as i64,
            new_ops: merged.new_ops as i64,
            status,
            detail,
            file_name: file_name.as_deref(),
            content,
            held_ops: merged.held as i64,
            refused_ops: merged.refused as i64,
            clock_offset_ms,
        };
        let result = self.store.transact(|tx| {
            let merged = merge::merge(tx, label, &ops)?;
            crate::trust::remember_signer(tx, m, DeviceState::Approved)?;
            let offset = super::clocks::clock_offset(tx, m, &merged)?;
            if let Some(o) = offset {
                tx.conn().execute(
                    "UPDATE devices SET clock_offset_ms = ?2 WHERE device_id = ?1",
                    rusqlite::params![m.device_id, o],
                )?;
            }
            ledger::record(tx, row(BundleStatus::Imported, &merged, None, None, offset))?;
            Ok((merged, offset))
        });
        let (merged, offset) = match result {
            Ok((merged, _)) => merged,
            Err(e @ Error::SeqAlarm { .. }) => {
                // Record the alarm (outside the rolled-back merge) so it stays visible.
                self.store.write(|tx| {
                    ledger::record(
                        tx,
                        row(
                            BundleStatus::Alarm,
                            &merge::Merged::default(),
                            Some(LedgerDetail::SeqAlarm),
                            Some(bytes),
                            None,
                        ),
                    )
                })?;
                return Err(e);
            }
            Err(e) => return Err(e),
        };
        report.status = ImportStatus::Imported;
        report.ops = ops.len() as u64;
        report.new_ops = merged.new_ops;
        report.held = merged.held;
        report.refused = merged.refused;
        report.clock_offset_ms = offset;
        let trust = Trust::load(&self.store.conn, self.device_id())?;
        for s in &m.sessions {
            if let Some(info) = session_info(&self.store.conn, s.0)?
                && trust.scope(m.device_id, &info) == SessionScope::NotGiven
            {
                report.not_given.push(*s);
            }
        }
        report.conflicts = self.conflicts_in(touched.iter().copied())?.len() as i64 - before;
        Ok(())
    }
}
