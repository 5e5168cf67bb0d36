//! A new identity for a laptop that must not go on as the device it was: one restored from a
//! backup (its old self may have sent work the backup never saw), or one of two laptops cloned
//! from the same disk (both numbering their ops from the same place). It takes a new device id
//! and key, so no sequence number is ever used twice, and the old key signs a statement naming
//! the new one, so the coordinator sees the two linked and carries the old one's trust over.

use rusqlite::params;
use serde::Serialize;

use super::DeviceState;
use super::keys::{self, DeviceKey};
use crate::error::{Error, Result};
use crate::exchange::archive::{Succession, succession_statement};
use crate::ids::{DeviceId, OpId};
use crate::oplog::{Entity, Op, fold};
use crate::{Convene, now_rfc3339};

/// What taking a new identity did.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Renewed {
    pub old_device: DeviceId,
    pub new_device: DeviceId,
    pub fingerprint: String,
    /// Ops of the old identity issued again as the new one's.
    pub reissued: u64,
}

/// The meta key holding this laptop's succession statement, sent in every bundle from now on.
pub(crate) const SUCCESSION: &str = "succession";

impl Convene {
    /// Takes a new device identity: a new id and key, linked to the old by the old key's
    /// signature. With `reissue_from_seq`, this laptop's own ops from that sequence number on
    /// (those a clone's twin also numbered: the seq an alarm names) are issued again under the
    /// new identity and the old copies dropped, so nothing is lost and nothing collides.
    pub fn renew_identity(&mut self, reissue_from_seq: Option<i64>) -> Result<Renewed> {
        let old_key = self.device_key()?;
        let old = self.device_id();
        let new_key = DeviceKey::generate()?;
        let new = DeviceId::new();
        let statement = succession_statement(old, new, &new_key.public_key());
        let signature = old_key.sign(statement.as_bytes(), "convene succession")?;
        let succession = Succession {
            device_id: old,
            public_key: old_key.public_key(),
            signature,
            reissued_from_seq: reissue_from_seq,
        };
        let key_text = new_key.to_file_text()?;
        let path = keys::key_path(std::path::Path::new(self.store.path()), "device-key");
        // The new key waits beside the old until the database says it is the key (see
        // `device_key`, which finishes the swap if the laptop stops in between).
        let pending = path.as_ref().map(|p| p.with_extension("device-key.new"));
        if let Some(p) = &pending {
            keys::write_secret(p, &key_text)?;
        }
        let name = self.device_name()?;
        // A coordinator's old self keeps speaking for the coordinator (its plan stays the plan).
        let old_state = if self.meta("coordinator_recipient")?.is_some() {
            DeviceState::Coordinator
        } else {
            DeviceState::Approved
        };
        let reissued = self.store.write(|tx| {
            tx.set_meta("device_id", &new.to_string())?;
            tx.set_meta("device_public_key", &new_key.public_key())?;
            tx.set_meta(SUCCESSION, &serde_json::to_string(&succession)?)?;
            tx.set_meta("next_seq", "1")?;
            if path.is_none() {
                tx.set_meta("device_key_text", &key_text)?;
            }
            // The old self stays known, and trusted, for the work it did.
            tx.conn().execute(
                "UPDATE devices SET state = ?2, decided_at = ?3 WHERE device_id = ?1",
                params![old, old_state, now_rfc3339()],
            )?;
            tx.conn().execute(
                "INSERT INTO devices (device_id, public_key, fingerprint, name, state, first_seen, succeeds)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    new,
                    new_key.public_key(),
                    new_key.fingerprint(),
                    name,
                    DeviceState::Own,
                    now_rfc3339(),
                    old
                ],
            )?;
            tx.set_device(new);
            let mut reissued = 0u64;
            if let Some(from) = reissue_from_seq {
                let ops: Vec<Op> = tx
                    .conn()
                    .prepare(
                        "SELECT op_id, device_id, seq, hlc, entity, entity_id, change, prev FROM ops
                         WHERE device_id = ?1 AND seq >= ?2 ORDER BY seq",
                    )?
                    .query_map(params![old, from], fold::op_from_row)?
                    .collect::<rusqlite::Result<_>>()?;
                // Each op again under the new identity, keeping what it saw: a prev naming an op
                // issued again names its new copy.
                let mut renamed: std::collections::HashMap<OpId, OpId> = Default::default();
                let mut touched: std::collections::BTreeSet<(Entity, uuid::Uuid)> = Default::default();
                for (i, op) in ops.iter().enumerate() {
                    let copy = Op {
                        op_id: OpId::new(),
                        device_id: new,
                        seq: i as i64 + 1,
                        prev: op.prev.map(|p| renamed.get(&p).copied().unwrap_or(p)),
                        ..op.clone()
                    };
                    renamed.insert(op.op_id, copy.op_id);
                    tx.conn().execute("DELETE FROM ops WHERE op_id = ?1", [op.op_id])?;
                    tx.insert_op(&copy)?;
                    touched.insert((op.entity, op.entity_id));
                    reissued += 1;
                }
                tx.set_meta("next_seq", &(ops.len() as i64 + 1).to_string())?;
                tx.trust_changed();
                let trust = tx.trust()?.clone();
                for (entity, id) in touched {
                    crate::oplog::verdict::rejudge(tx.conn(), &trust, entity, id)?;
                }
            }
            Ok(reissued)
        })?;
        self.store.set_device(new);
        if let (Some(pending), Some(path)) = (&pending, &path) {
            std::fs::rename(pending, path)
                .map_err(|e| Error::Io { path: path.display().to_string(), detail: e.to_string() })?;
        }
        Ok(Renewed { old_device: old, new_device: new, fingerprint: new_key.fingerprint(), reissued })
    }

    /// The statement naming this laptop's previous identity, once it has renewed.
    pub(crate) fn succession(&self) -> Result<Option<Succession>> {
        Ok(self.meta(SUCCESSION)?.and_then(|j| serde_json::from_str(&j).ok()))
    }
}

/// Whether `s` proves that `new`, with key `new_public_key`, continues the device `s` names.
pub(crate) fn proves(s: &Succession, new: DeviceId, new_public_key: &str) -> bool {
    keys::verify(
        &s.public_key,
        succession_statement(s.device_id, new, new_public_key).as_bytes(),
        &s.signature,
    )
    .is_ok()
}
