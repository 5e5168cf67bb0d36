//! Importing a coordinator's kit onto a laptop: the plan for the sessions it names, and the
//! coordinator this laptop follows from then on (whose key seals attendees' personal data).

use std::path::Path;

use rusqlite::params;

use super::archive::{self, KIT};
use super::select::PLAN;
use super::types::KitImport;
use super::{KIT_ENTRIES, OPS, merge, read_file};
use crate::Convene;
use crate::error::{Error, Result};
use crate::trust::{CoordinatorRef, DeviceState, keys};

impl Convene {
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
        let v = archive::open(&label, bytes, KIT, KIT_ENTRIES)?;
        // A laptop set up with a kit will sign bundles: its key is made now, before it could be
        // copied to a twin without one.
        self.device_key()?;
        let m = v.manifest;
        let malformed = |detail: String| Error::Malformed { path: label.clone(), detail };
        let recipient = m
            .coordinator_recipient
            .clone()
            .filter(|r| keys::valid_recipient(r))
            .ok_or_else(|| malformed("the kit names no valid coordinator recipient".into()))?;
        let ops = merge::parse_ops(&label, OPS, &v.entries[OPS])?;
        let carried = |o: &&crate::oplog::Op| {
            PLAN.contains(&o.entity)
                || (o.change == crate::oplog::Change::Redact
                    && crate::oplog::redact::REDACTABLE.contains(&o.entity))
        };
        if let Some(op) = ops.iter().find(|o| !carried(o)) {
            return Err(malformed(format!("a kit carries the plan only, not {} records", op.entity)));
        }
        let coordinator = CoordinatorRef {
            device_id: m.device_id,
            name: m.device_name.clone(),
            public_key: m.public_key.clone(),
            fingerprint: keys::fingerprint(&m.public_key),
            recipient,
        };
        // The same coordinator under a new identity (restored from a backup) proves it with its
        // old key's statement naming the new one.
        let succeeds_current = |current: &CoordinatorRef| {
            m.succeeds.as_ref().is_some_and(|s| {
                s.public_key == current.public_key
                    && crate::trust::proves_succession(s, m.device_id, &m.public_key)
            })
        };
        if let Some(current) = self.followed_coordinator()?
            && current.public_key != coordinator.public_key
            && !new_coordinator
            && !succeeds_current(&current)
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
            // This laptop follows the kit's coordinator before its ops are judged.
            tx.set_meta("follows_coordinator", &json)?;
            // The signer speaks for the coordinator here, for its ops in this kit too.
            if m.device_id != tx.device() {
                crate::trust::remember_signer(tx, &m, DeviceState::Coordinator)?;
                tx.conn().execute(
                    "UPDATE devices SET state = ?4, public_key = ?2, fingerprint = ?3 WHERE device_id = ?1",
                    params![m.device_id, m.public_key, coordinator.fingerprint, DeviceState::Coordinator],
                )?;
            }
            tx.trust_changed();
            let merged = merge::merge(tx, &label, &ops)?;
            // Work of ours the coordinator holds and we do not: number past it.
            let mut elsewhere = 0;
            if let Some(held) = m.held_seqs.get(&tx.device()).copied() {
                let next = tx.next_seq()?;
                if held >= next {
                    elsewhere = held - next + 1;
                    tx.move_seq_past(held)?;
                }
            }
            // The coordinator's revocations: ops this laptop holds from those devices stop counting.
            for r in &m.revoked {
                if r.device_id != tx.device() {
                    crate::trust::remember_device(
                        tx,
                        r.device_id,
                        &r.public_key,
                        None,
                        DeviceState::Revoked,
                    )?;
                    crate::trust::revoke_from(tx, r.device_id, r.from_seq)?;
                }
            }
            Ok((merged, elsewhere))
        })?;
        let (merged, own_changes_elsewhere) = merged;
        let sessions =
            m.sessions.iter().map(|s| (*s, self.session(*s).map(|x| x.title).unwrap_or_default())).collect();
        Ok(KitImport { coordinator, sessions, new_ops: merged.new_ops, own_changes_elsewhere })
    }
}
