//! `convene doctor`: checks the file, and proves the materialized state is a pure function of
//! the op log by rebuilding it and comparing.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::Convene;
use crate::error::{Error, Result};
use crate::oplog::verdict::Verdict;
use crate::oplog::{Entity, fold};
use crate::storage::SCHEMA_VERSION;

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct DoctorReport {
    pub path: String,
    pub schema_version: i64,
    pub integrity: String,
    pub foreign_key_problems: i64,
    pub ops: i64,
    pub devices: i64,
    /// Rows in each materialized table.
    pub rows: Vec<(String, i64)>,
    /// Ops that count for nothing, by verdict: held for review, refused, revoked.
    pub held_ops: i64,
    pub refused_ops: i64,
    pub revoked_ops: i64,
    /// Sign-in ops written before accessibility needs were sealed with the contacts, which still
    /// hold such a need in plain text in the log (and so in bundles of those sessions).
    pub plaintext_accessibility_ops: i64,
    /// SHA-256 of the whole materialized state, in a canonical order.
    pub state_hash: String,
    pub rebuild: Option<Rebuild>,
}

/// What `convene doctor --repair` did.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Repair {
    pub ops: u64,
    /// Ops whose verdict changed: stored before today's checks, and no longer passing them.
    pub verdicts_changed: u64,
    pub state_hash: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Rebuild {
    pub ops_folded: u64,
    pub state_hash_after: String,
    pub identical: bool,
}

/// Every materialized row, table by table in id order, as one canonical text.
pub fn state_dump(conn: &rusqlite::Connection) -> Result<Vec<(Entity, String)>> {
    let mut out = vec![];
    for entity in Entity::ALL {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {} ORDER BY id", entity.table()))?;
        let n = stmt.column_count();
        let mut text = String::new();
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            for i in 0..n {
                let v: rusqlite::types::Value = r.get(i)?;
                text.push_str(&format!("{v:?}\u{1f}"));
            }
            text.push('\n');
        }
        out.push((entity, text));
    }
    Ok(out)
}

pub fn state_hash(dump: &[(Entity, String)]) -> String {
    let mut h = Sha256::new();
    for (e, t) in dump {
        h.update(e.as_str());
        h.update([0]);
        h.update(t);
    }
    hex::encode(h.finalize())
}

impl Convene {
    /// Checks the database; with `rebuild`, refolds every table from the op log and fails,
    /// changing nothing, unless the result is identical to what was there.
    pub fn doctor(&mut self, rebuild: bool) -> Result<DoctorReport> {
        let conn = &self.store.conn;
        let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        let foreign_key_problems: i64 =
            conn.prepare("PRAGMA foreign_key_check")?.query_map([], |_| Ok(()))?.count() as i64;
        let ops: i64 = conn.query_row("SELECT count(*) FROM ops", [], |r| r.get(0))?;
        let devices: i64 = conn.query_row("SELECT count(DISTINCT device_id) FROM ops", [], |r| r.get(0))?;
        let mut rows = vec![];
        for e in Entity::ALL {
            let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {}", e.table()), [], |r| r.get(0))?;
            rows.push((e.table().to_string(), n));
        }
        let by_verdict = |v: Verdict| -> Result<i64> {
            Ok(conn.query_row("SELECT count(*) FROM ops WHERE verdict = ?1", [v], |r| r.get(0))?)
        };
        let (held_ops, refused_ops, revoked_ops) =
            (by_verdict(Verdict::Held)?, by_verdict(Verdict::Refused)?, by_verdict(Verdict::Revoked)?);
        let plaintext_accessibility_ops: i64 = conn.query_row(
            "SELECT count(*) FROM ops WHERE entity = 'signin' AND (
                 nullif(trim(json_extract(change, '$.fields.accessibility')), '') IS NOT NULL
              OR (json_extract(change, '$.field') = 'accessibility'
                  AND nullif(trim(json_extract(change, '$.value')), '') IS NOT NULL))",
            [],
            |r| r.get(0),
        )?;
        let before = state_dump(conn)?;
        let state_hash = state_hash(&before);
        let rebuild = if rebuild {
            let result = self.store.transact(|tx| {
                let trust = crate::oplog::verdict::Trust::load(tx.conn(), tx.device())?;
                let rebuilt = fold::rebuild_all(tx.conn(), &trust)?;
                if rebuilt.verdicts_changed > 0 {
                    // Ops stored before today's checks: a repair, not a proof, is what is needed.
                    return Err(Error::ChecksChanged { ops: rebuilt.verdicts_changed });
                }
                let ops_folded = rebuilt.ops;
                let after = state_dump(tx.conn())?;
                let differing: Vec<&str> =
                    before.iter().zip(&after).filter(|(b, a)| b.1 != a.1).map(|(b, _)| b.0.table()).collect();
                if !differing.is_empty() {
                    return Err(Error::RebuildMismatch { tables: differing.join(", ") });
                }
                Ok(Rebuild { ops_folded, state_hash_after: self::state_hash(&after), identical: true })
            })?;
            Some(result.0)
        } else {
            None
        };
        Ok(DoctorReport {
            path: self.store.path().to_string(),
            schema_version: SCHEMA_VERSION,
            integrity,
            foreign_key_problems,
            ops,
            devices,
            rows,
            held_ops,
            refused_ops,
            revoked_ops,
            plaintext_accessibility_ops,
            state_hash,
            rebuild,
        })
    }

    /// Judges every op again with today's checks and refolds everything, committing the result:
    /// the repair for data stored before the checks existed (or tables that were damaged).
    pub fn repair(&mut self) -> Result<Repair> {
        let (rebuilt, _) = self.store.transact(|tx| {
            let trust = crate::oplog::verdict::Trust::load(tx.conn(), tx.device())?;
            fold::rebuild_all(tx.conn(), &trust)
        })?;
        Ok(Repair {
            ops: rebuilt.ops,
            verdicts_changed: rebuilt.verdicts_changed,
            state_hash: self.state_hash()?,
        })
    }

    /// Refolds every materialized table from the op log and commits the result. Returns the
    /// number of ops folded.
    pub fn rebuild(&mut self) -> Result<u64> {
        Ok(self.repair()?.ops)
    }

    /// The hash of the materialized state: equal on two databases exactly when they show the
    /// same meeting.
    pub fn state_hash(&self) -> Result<String> {
        Ok(state_hash(&state_dump(&self.store.conn)?))
    }
}
