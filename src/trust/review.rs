//! The coordinator's review of held changes: a laptop renamed the coordinator's session, moved
//! its time, or deleted another laptop's concern. Until the coordinator decides, the change is
//! kept and counts for nothing; accepted, it counts like any other; refused, it never does.

use rusqlite::params;
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::ids::{DeviceId, OpId};
use crate::oplog::{Change, Entity, fields, fold, verdict};
use crate::{Convene, now_rfc3339};

/// A change waiting for the coordinator's review.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct HeldChange {
    pub op_id: OpId,
    pub device_id: DeviceId,
    pub device_name: Option<String>,
    pub entity: Entity,
    pub entity_id: Uuid,
    /// The field it sets, and the message that names it; `None` for a delete.
    pub field: Option<String>,
    pub field_message: Option<String>,
    /// The value it would set.
    pub value: Option<Value>,
    /// A removal as personal information (accepting it blanks the record's words everywhere),
    /// not a plain delete.
    pub redaction: bool,
    /// What the record shows now (its title, name or text), for context.
    pub title: String,
    pub at: String,
}

impl Convene {
    /// Changes waiting for review, oldest first.
    pub fn held_changes(&self) -> Result<Vec<HeldChange>> {
        let mut stmt = self.store.conn.prepare(
            "SELECT o.op_id, o.device_id, d.name, o.entity, o.entity_id, o.change, o.hlc
             FROM ops o LEFT JOIN devices d ON d.device_id = o.device_id
             WHERE o.verdict = ?1 ORDER BY o.hlc, o.device_id, o.op_id",
        )?;
        /// An op's id, device and its name, entity, record, change and stamp.
        type Row = (OpId, DeviceId, Option<String>, String, String, String, i64);
        let rows: Vec<Row> = stmt
            .query_map([verdict::Verdict::Held], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = vec![];
        for (op_id, device_id, device_name, entity, entity_id, change, hlc) in rows {
            let (Some(entity), Ok(entity_id)) = (Entity::parse(&entity), entity_id.parse::<Uuid>()) else {
                continue;
            };
            let change: Change = serde_json::from_str(&change)?;
            let redaction = change == Change::Redact;
            let (field, value) = match change {
                Change::Set { field, value } => (Some(field), Some(value)),
                _ => (None, None),
            };
            let row = fold::fold(&fold::ops_for(&self.store.conn, entity, entity_id)?);
            let title = ["text", "title", "name"]
                .iter()
                .find_map(|f| row.as_ref()?.fields.get(*f)?.as_str().map(str::to_string))
                .unwrap_or_default();
            out.push(HeldChange {
                op_id,
                device_id,
                device_name,
                entity,
                entity_id,
                field_message: field.as_deref().map(|f| fields::label_id(entity, f)),
                field,
                value,
                redaction,
                title,
                at: crate::oplog::clock::to_datetime(hlc).to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            });
        }
        Ok(out)
    }

    /// Accepts or refuses a held change (by op id or a prefix of it), and folds its record again.
    pub fn review_change(&mut self, op: &str, accept: bool) -> Result<HeldChange> {
        let wanted = op.trim().to_ascii_lowercase();
        let matching: Vec<HeldChange> = self
            .held_changes()?
            .into_iter()
            .filter(|h| !wanted.is_empty() && h.op_id.to_string().starts_with(&wanted))
            .collect();
        let held = match matching.len() {
            1 => matching.into_iter().next().expect("one"),
            0 => return Err(Error::NotFound { kind: crate::thing!("held-change"), id: op.into() }),
            n => {
                return Err(Error::AmbiguousId {
                    kind: crate::thing!("held-change"),
                    prefix: op.into(),
                    count: n,
                });
            }
        };
        let decision = if accept { verdict::Verdict::Accepted } else { verdict::Verdict::Refused };
        let h = held.clone();
        self.store.write(|tx| {
            tx.conn().execute(
                "INSERT INTO reviews (op_id, decision, decided_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (op_id) DO UPDATE SET decision = excluded.decision, decided_at = excluded.decided_at",
                params![h.op_id, decision, now_rfc3339()],
            )?;
            tx.trust_changed();
            let trust = tx.trust()?.clone();
            verdict::rejudge(tx.conn(), &trust, h.entity, h.entity_id)?;
            tx.note_change(h.entity);
            Ok(())
        })?;
        Ok(held)
    }
}
