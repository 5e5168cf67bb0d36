//! Conflicts: two laptops edited the same field without seeing each other's edit (both ops name
//! the same `prev`). The winner is chosen deterministically (last writer by `(hlc, device)`), so
//! every coordinator shows the same value; the losers are kept and listed here to resolve.
//! Resolving writes a new op that names the loser as its `prev`: it saw the loser and chose.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::Convene;
use crate::error::{Error, Result};
use crate::ids::{DeviceId, OpId};
use crate::oplog::{Change, Entity, Op, fields, fold};

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct ConflictSide {
    pub op_id: OpId,
    pub device_id: DeviceId,
    pub device_name: Option<String>,
    pub value: Value,
    pub at: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Conflict {
    /// Stable across databases: the same conflict has the same id on every coordinator.
    pub id: String,
    pub entity: Entity,
    pub entity_id: Uuid,
    pub field: String,
    /// The message that names the field to a person (`field-agenda-planned-minutes`).
    pub field_message: String,
    /// What the record shows now, for context (e.g. the concern's text).
    pub title: String,
    pub winner: ConflictSide,
    pub losers: Vec<ConflictSide>,
}

/// How the coordinator settles a conflict.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case", tag = "keep", content = "value")]
pub enum Keep {
    /// The value the merge chose (the later edit).
    Winner,
    /// The value the merge set aside (the first of them, where there were several).
    Loser,
    /// A value of the coordinator's own, as typed (JSON for list fields such as tags).
    Text(String),
}

impl Convene {
    /// Open conflicts, oldest first.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        let mut stmt = self.store.conn.prepare(
            "SELECT DISTINCT entity, entity_id FROM ops
             WHERE change ->> '$.op' = ?1 AND prev IS NOT NULL
             GROUP BY entity, entity_id, change ->> '$.field', prev HAVING count(DISTINCT device_id) > 1",
        )?;
        let entities: Vec<(String, String)> = stmt
            .query_map([Change::SET], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let entities =
            entities.into_iter().filter_map(|(e, id)| Some((Entity::parse(&e)?, id.parse::<Uuid>().ok()?)));
        let mut out = self.conflicts_in(entities)?;
        out.sort_by(|a, b| a.winner.at.cmp(&b.winner.at).then(a.id.cmp(&b.id)));
        Ok(out)
    }

    /// Open conflicts on the given records only: what an import checks, so its cost follows the
    /// bundle's size, not the database's.
    pub(crate) fn conflicts_in(
        &self,
        entities: impl IntoIterator<Item = (Entity, Uuid)>,
    ) -> Result<Vec<Conflict>> {
        let mut names: Option<HashMap<DeviceId, Option<String>>> = None;
        let mut out = vec![];
        for (entity, entity_id) in entities {
            if entity.is_fact() {
                continue; // facts are never edited, so never in conflict
            }
            let ops = fold::ops_for(&self.store.conn, entity, entity_id)?;
            if ops.iter().filter(|o| matches!(o.change, Change::Set { .. })).count() < 2 {
                continue;
            }
            let Some(row) = fold::fold(&ops) else { continue }; // deleted since: nothing to resolve
            let mut groups: Vec<(String, OpId)> =
                ops.iter().filter_map(|o| Some((o.change.set_field()?.to_string(), o.prev?))).collect();
            groups.sort();
            groups.dedup();
            if names.is_none() {
                names = Some(self.devices()?.into_iter().map(|d| (d.device_id, d.name)).collect());
            }
            let names = names.as_ref().expect("set above");
            for (field, prev) in groups {
                let on_field: Vec<&Op> =
                    ops.iter().filter(|o| o.change.set_field() == Some(field.as_str())).collect();
                let mut concurrent: Vec<&Op> =
                    on_field.iter().copied().filter(|o| o.prev == Some(prev)).collect();
                if concurrent.iter().map(|o| o.device_id).collect::<std::collections::HashSet<_>>().len() < 2
                {
                    continue;
                }
                concurrent.sort_by_key(|o| (o.hlc, o.device_id, o.op_id));
                let Some(winner) = concurrent.pop() else { continue };
                let value = |o: &Op| match &o.change {
                    Change::Set { value, .. } => value.clone(),
                    _ => Value::Null,
                };
                let losers: Vec<&Op> =
                    concurrent.into_iter().rev().filter(|o| value(o) != value(winner)).collect();
                if losers.is_empty() {
                    continue; // everyone wrote the same thing
                }
                let resolved =
                    on_field.iter().any(|o| o.prev.is_some_and(|p| losers.iter().any(|l| l.op_id == p)));
                if resolved {
                    continue;
                }
                let side = |o: &Op| ConflictSide {
                    op_id: o.op_id,
                    device_id: o.device_id,
                    device_name: names.get(&o.device_id).cloned().flatten(),
                    value: value(o),
                    at: crate::oplog::clock::to_datetime(o.hlc)
                        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                };
                let title = ["text", "title", "name"]
                    .iter()
                    .find_map(|f| row.fields.get(*f).and_then(|v| v.as_str()).map(str::to_string))
                    .unwrap_or_default();
                let digest = Sha256::digest(format!("{}|{entity_id}|{field}|{prev}", entity.as_str()));
                out.push(Conflict {
                    id: hex::encode(&digest[..6]),
                    entity,
                    entity_id,
                    field_message: fields::label_id(entity, &field),
                    field,
                    title,
                    winner: side(winner),
                    losers: losers.into_iter().map(side).collect(),
                });
            }
        }
        Ok(out)
    }

    /// Resolves a conflict by id prefix: keep the winner's value, the (first) loser's, or a new
    /// value. The chosen value is written as a new op that supersedes every side.
    pub fn resolve_conflict(&mut self, id: &str, keep: Keep) -> Result<Conflict> {
        let wanted = id.trim().to_ascii_lowercase();
        let matching: Vec<Conflict> =
            self.conflicts()?.into_iter().filter(|c| c.id.starts_with(&wanted)).collect();
        let conflict = match matching.len() {
            1 => matching.into_iter().next().expect("one"),
            0 => return Err(Error::ConflictNotFound { id: id.into() }),
            n => {
                return Err(Error::AmbiguousId {
                    kind: crate::thing!("conflict"),
                    prefix: id.into(),
                    count: n,
                });
            }
        };
        let value = match keep {
            Keep::Winner => conflict.winner.value.clone(),
            Keep::Loser => conflict.losers[0].value.clone(),
            // A typed value must fit the field as any edit would (from the field table).
            Keep::Text(s) => fields::value_from_text(conflict.entity, &conflict.field, &s)?,
        };
        let c = conflict.clone();
        self.store.transact(|tx| {
            for loser in &c.losers {
                tx.append_with_prev(
                    c.entity,
                    c.entity_id,
                    Change::Set { field: c.field.clone(), value: value.clone() },
                    Some(loser.op_id),
                )?;
            }
            Ok(())
        })?;
        Ok(conflict)
    }
}
