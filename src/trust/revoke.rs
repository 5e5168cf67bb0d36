//! Revoking a device is undo: its ops from some point on stop counting, everything they touched
//! is judged and folded again without them (its deletes come back, its edits go), and the ops
//! stay in the log, marked revoked. The point is a sequence number or a bundle, never a time: the
//! time may come from a wrong clock.

use std::collections::BTreeMap;

use rusqlite::params;
use serde::Serialize;
use uuid::Uuid;

use super::{Device, DeviceState};
use crate::error::{Error, Result};
use crate::exchange::archive::Revocation;
use crate::exchange::ledger;
use crate::ids::DeviceId;
use crate::oplog::{Entity, verdict};
use crate::storage::Tx;
use crate::{Convene, now_rfc3339};

/// From where a revocation undoes a device's work.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case", tag = "from", content = "value")]
pub enum RevokeFrom {
    /// Everything it ever sent.
    All,
    /// Everything from this bundle on (by the hash the ledger shows, or a prefix of it).
    Bundle(String),
    /// Everything from this sequence number on.
    Seq(i64),
}

/// What a revocation undoes, per kind of record, before it is done.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct RevokePreview {
    pub device: Device,
    pub from_seq: i64,
    /// The device's ops that would stop counting.
    pub ops: i64,
    /// Per kind of record: how many would come back (its deletes undone), go (its creates
    /// undone) and change (its edits undone).
    pub kinds: Vec<RevokedKind>,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct RevokedKind {
    pub entity: Entity,
    pub restored: i64,
    pub removed: i64,
    pub changed: i64,
}

/// Judges again every record the device's ops from `from_seq` on touched.
pub(crate) fn rejudge_device(tx: &mut Tx<'_>, device: DeviceId, from_seq: i64) -> Result<()> {
    let touched: Vec<(String, String)> = tx
        .conn()
        .prepare(
            "SELECT DISTINCT entity, entity_id FROM ops WHERE device_id = ?1 AND seq >= ?2 ORDER BY entity",
        )?
        .query_map(params![device, from_seq], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    tx.trust_changed();
    let trust = tx.trust()?.clone();
    // Sessions first: what belongs to a session is judged by who made it.
    let mut records: Vec<(Entity, Uuid)> =
        touched.into_iter().filter_map(|(e, id)| Some((Entity::parse(&e)?, id.parse().ok()?))).collect();
    records.sort_by_key(|(e, _)| Entity::ALL.iter().position(|x| x == e));
    for (entity, id) in records {
        verdict::rejudge(tx.conn(), &trust, entity, id)?;
        tx.note_change(entity);
    }
    Ok(())
}

/// Marks `device` revoked from `from_seq` on and undoes what that takes back.
pub(crate) fn apply(tx: &mut Tx<'_>, device: DeviceId, from_seq: i64) -> Result<()> {
    tx.conn().execute(
        "UPDATE devices SET state = ?2, decided_at = ?3,
           revoked_from_seq = min(coalesce(revoked_from_seq, ?4), ?4) WHERE device_id = ?1",
        params![device, DeviceState::Revoked, now_rfc3339(), from_seq],
    )?;
    // Nothing waiting from it will ever be merged now.
    ledger::drop_held(tx, device)?;
    rejudge_device(tx, device, from_seq)
}

impl Convene {
    /// The sequence number a revocation of `d` from `from` starts at.
    fn revoke_start(&self, d: &Device, from: &RevokeFrom) -> Result<i64> {
        match from {
            RevokeFrom::All => Ok(1),
            RevokeFrom::Seq(n) if *n >= 1 => Ok(*n),
            RevokeFrom::Seq(n) => Err(Error::InvalidNumber {
                field: crate::field!("sequence-number"),
                value: n.to_string(),
                min: 1,
                max: i64::MAX,
            }),
            RevokeFrom::Bundle(prefix) => {
                // A laptop's bundles are cumulative (each holds its work from the start), so "from
                // this bundle on" means from what it added: past what its earlier bundles (those
                // ending sooner) held.
                let p = prefix.trim().to_ascii_lowercase();
                let ledger: Vec<_> =
                    self.ledger()?.into_iter().filter(|b| b.device_id == d.device_id).collect();
                let mine: Vec<_> =
                    ledger.iter().filter(|b| !p.is_empty() && b.hash.starts_with(&p)).collect();
                match mine.as_slice() {
                    [b] => {
                        let before = ledger
                            .iter()
                            .filter_map(|x| x.seq_max)
                            .filter(|m| b.seq_max.is_some_and(|end| *m < end))
                            .max();
                        Ok(before.map_or(b.seq_min.unwrap_or(1), |s| s + 1))
                    }
                    [] => Err(Error::NotFound { kind: crate::thing!("bundle"), id: prefix.clone() }),
                    _ => Err(Error::AmbiguousId {
                        kind: crate::thing!("bundle"),
                        prefix: prefix.clone(),
                        count: mine.len(),
                    }),
                }
            }
        }
    }

    fn revocable(&self, key: &str) -> Result<Device> {
        let d = self.find_device(key)?;
        if d.state == DeviceState::Own {
            return Err(Error::InvalidChoice {
                field: crate::field!("device"),
                value: d.device_id.to_string(),
                allowed: "another device than this one".into(),
            });
        }
        Ok(d)
    }

    /// What revoking a device from `from` would undo, without doing it.
    pub fn revoke_preview(&mut self, key: &str, from: &RevokeFrom) -> Result<RevokePreview> {
        let d = self.revocable(key)?;
        let from_seq = self.revoke_start(&d, from)?;
        let ops: i64 = self.store.conn.query_row(
            "SELECT count(*) FROM ops WHERE device_id = ?1 AND seq >= ?2 AND verdict = 'accepted'",
            params![d.device_id, from_seq],
            |r| r.get(0),
        )?;
        let before = rows_by_kind(&self.store.conn)?;
        let after = self.batch(|c| {
            c.store.write(|tx| apply(tx, d.device_id, from_seq))?;
            Ok((rows_by_kind(&c.store.conn)?, false))
        })?;
        let mut kinds = vec![];
        for e in Entity::ALL {
            let (b, a) = (&before[&e], &after[&e]);
            let restored = a.keys().filter(|k| !b.contains_key(*k)).count() as i64;
            let removed = b.keys().filter(|k| !a.contains_key(*k)).count() as i64;
            let changed = b.iter().filter(|(k, v)| a.get(*k).is_some_and(|x| x != *v)).count() as i64;
            if restored + removed + changed > 0 {
                kinds.push(RevokedKind { entity: e, restored, removed, changed });
            }
        }
        Ok(RevokePreview { device: d, from_seq, ops, kinds })
    }

    /// Revokes a device: its ops from `from` on stop counting and what they did is undone; its
    /// bundles are refused from now on, and kits tell the laptops.
    pub fn revoke_device(&mut self, key: &str, from: &RevokeFrom) -> Result<Device> {
        let d = self.revocable(key)?;
        let from_seq = self.revoke_start(&d, from)?;
        self.store.write(|tx| apply(tx, d.device_id, from_seq))?;
        self.find_device(key)
    }

    /// Every revocation this database decided, for its kits to carry.
    pub(crate) fn revocations(&self) -> Result<Vec<Revocation>> {
        let mut stmt = self.store.conn.prepare(
            "SELECT device_id, public_key, revoked_from_seq FROM devices
             WHERE revoked_from_seq IS NOT NULL ORDER BY device_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Revocation { device_id: r.get(0)?, public_key: r.get(1)?, from_seq: r.get(2)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Every materialized row, by kind and id, as text: what a revocation's preview compares.
fn rows_by_kind(conn: &rusqlite::Connection) -> Result<BTreeMap<Entity, BTreeMap<String, String>>> {
    let mut out = BTreeMap::new();
    for e in Entity::ALL {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {} ORDER BY id", e.table()))?;
        let n = stmt.column_count();
        let mut rows = stmt.query([])?;
        let mut m = BTreeMap::new();
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let mut text = String::new();
            for i in 1..n {
                let v: rusqlite::types::Value = r.get(i)?;
                text.push_str(&format!("{v:?}\u{1f}"));
            }
            m.insert(id, text);
        }
        out.insert(e, m);
    }
    Ok(out)
}
