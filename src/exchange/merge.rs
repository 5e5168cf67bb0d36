//! Checking foreign ops and merging them: a union of op sets, then a refold of every entity the
//! new ops touch. Because rows are folds over a total order of ops, the result is the same for
//! any order of bundles, and a repeat adds nothing.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};
use serde_json::Value;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::ids::OpId;
use crate::oplog::{Change, Entity, Op, fold};
use crate::storage::Tx;
use crate::validate::MAX_TEXT;

/// Longest list an op may carry (tags, ballot choices, an action's concerns).
const MAX_LIST: usize = 1000;

/// Parses `ops.jsonl`: one op per line, every line checked.
pub(crate) fn parse_ops(path: &str, entry: &str, data: &[u8]) -> Result<Vec<Op>> {
    let text = std::str::from_utf8(data)
        .map_err(|_| Error::Malformed { path: path.into(), detail: format!("{entry} is not UTF-8") })?;
    let mut ops = Vec::with_capacity(text.len() / 200);
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let op: Op = serde_json::from_str(line).map_err(|e| Error::Malformed {
            path: path.into(),
            detail: format!("{entry} line {}: {e}", i + 1),
        })?;
        check_op(&op).map_err(|detail| Error::Malformed {
            path: path.into(),
            detail: format!("{entry} line {}: {detail}", i + 1),
        })?;
        ops.push(op);
    }
    Ok(ops)
}

/// An op is well formed when it names only its entity's fields, with values of sane size.
fn check_op(op: &Op) -> std::result::Result<(), String> {
    if op.seq < 1 {
        return Err(format!("sequence number {} is not positive", op.seq));
    }
    if op.hlc < 0 {
        return Err("negative clock".into());
    }
    let fields = op.entity.fields();
    let check_value = |field: &str, v: &Value| -> std::result::Result<(), String> {
        if !fields.contains(&field) {
            return Err(format!("{} has no field {field:?}", op.entity));
        }
        check_size(field, v, 0)
    };
    match &op.change {
        Change::Create { fields } => {
            for (k, v) in fields {
                check_value(k, v)?;
            }
        }
        Change::Set { field, value } => {
            if op.entity.is_fact() {
                return Err(format!("{} records cannot be edited", op.entity));
            }
            check_value(field, value)?;
        }
        Change::Delete => {}
    }
    Ok(())
}

fn check_size(field: &str, v: &Value, depth: usize) -> std::result::Result<(), String> {
    match v {
        Value::String(s) if s.len() > MAX_TEXT * 4 => Err(format!("{field} is {} bytes long", s.len())),
        Value::Array(a) if a.len() > MAX_LIST => Err(format!("{field} lists {} items", a.len())),
        Value::Object(o) if o.len() > MAX_LIST => Err(format!("{field} has {} entries", o.len())),
        Value::Array(_) | Value::Object(_) if depth > 1 => Err(format!("{field} is nested too deeply")),
        Value::Array(a) => a.iter().try_for_each(|x| check_size(field, x, depth + 1)),
        Value::Object(o) => o.values().try_for_each(|x| check_size(field, x, depth + 1)),
        _ => Ok(()),
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Merged {
    pub new_ops: u64,
    pub already_had: u64,
}

/// Adds ops to the log and refolds what they touch, inside the caller's transaction. A
/// different op under a (device, seq) already held is an alarm: nothing is merged.
pub(crate) fn merge(tx: &mut Tx<'_>, path: &str, ops: &[Op]) -> Result<Merged> {
    let mut merged = Merged::default();
    // The new ops of each entity they touch, and whether that entity had any ops before this
    // merge. Entities new to the database fold from the bundle's ops alone, without reading back
    // and parsing what was just inserted; known ones fold their new ops onto the stored row.
    let mut touched: BTreeMap<(Entity, Uuid), (bool, Vec<&Op>)> = BTreeMap::new();
    let mut max_hlc = i64::MIN;
    for op in ops {
        // Insert first; only when the (device, seq) or op id is already held do we look closer.
        let inserted = tx.insert_op_if_new(op)?;
        if !inserted {
            let held: Option<(OpId, String)> = tx
                .conn()
                .prepare_cached("SELECT op_id, change FROM ops WHERE device_id = ?1 AND seq = ?2")?
                .query_row(params![op.device_id, op.seq], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let same = held.is_some_and(|(id, change)| {
                id == op.op_id && serde_json::from_str::<Change>(&change).ok().as_ref() == Some(&op.change)
            });
            if !same {
                return Err(Error::SeqAlarm {
                    path: path.into(),
                    device: op.device_id.to_string(),
                    seq: op.seq,
                });
            }
            merged.already_had += 1;
            continue;
        }
        let key = (op.entity, op.entity_id);
        match touched.get_mut(&key) {
            Some((_, list)) => list.push(op),
            None => {
                // Any op of this entity other than the one just inserted?
                let known: bool = tx
                    .conn()
                    .prepare_cached(
                        "SELECT EXISTS (SELECT 1 FROM ops WHERE entity = ?1 AND entity_id = ?2 AND op_id != ?3)",
                    )?
                    .query_row(params![op.entity.as_str(), op.entity_id.to_string(), op.op_id], |r| {
                        r.get(0)
                    })?;
                touched.insert(key, (known, vec![op]));
            }
        }
        max_hlc = max_hlc.max(op.hlc);
        merged.new_ops += 1;
    }
    for ((entity, id), (known, mut list)) in touched {
        let written = if known {
            fold::refold_with_new(tx.conn(), entity, id, &list)
        } else {
            list.sort_by_key(|o| (o.hlc, o.device_id, o.op_id));
            let row = fold::fold_with(list.iter().copied(), false);
            fold::write_row(tx.conn(), entity, id, row.as_ref())
        };
        written.map_err(|e| match e {
            Error::Storage { detail } => Error::Malformed {
                path: path.into(),
                detail: format!("an op does not fit its table: {detail}"),
            },
            other => other,
        })?;
        tx.note_change(entity);
    }
    // Our clock moves past everything we have seen, so our next edit wins over it.
    if max_hlc > i64::MIN {
        let last: i64 = tx.meta("last_hlc")?.and_then(|v| v.parse().ok()).unwrap_or(0);
        if max_hlc > last {
            tx.set_meta("last_hlc", &max_hlc.to_string())?;
        }
    }
    Ok(merged)
}
