//! Checking foreign ops and merging them: a union of op sets, then a refold of every entity the
//! new ops touch. Because rows are folds over a total order of ops, the result is the same for
//! any order of bundles, and a repeat adds nothing.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{OptionalExtension, params};
use serde_json::Value;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::ids::{DeviceId, OpId};
use crate::oplog::redact;
use crate::oplog::{Change, Entity, Op, clock, fold, verdict};
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
    // A stamp that cannot be a clock (negative, or after the year 2200) is the op's verdict to
    // give (`not-a-clock`): the rest of the bundle merges.
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
        Change::Redact => {
            if !crate::oplog::redact::REDACTABLE.contains(&op.entity) {
                return Err(format!("{} records cannot be redacted", op.entity));
            }
        }
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
    /// New ops waiting for the coordinator's review, and new ops refused (they are kept in the
    /// log, marked, and count for nothing).
    pub held: u64,
    pub refused: u64,
    /// The earliest and latest clock readings (wall-clock ms) among the new ops.
    pub earliest_ms: Option<i64>,
    pub latest_ms: Option<i64>,
    /// The most an op's stamp came before that of the coordinator's edit it names as seen
    /// (`prev`): its clock was behind by at least this.
    pub behind_prev_ms: i64,
}

/// Adds ops to the log, judges each (`verdict::judge_new`), and refolds what they touch, inside
/// the caller's transaction. A different op under a (device, seq) already held is an alarm:
/// nothing is merged.
///
/// Ops are taken in op order, sessions first, so a laptop's own new session scopes what it
/// made in it, and a record's maker is known before its edits are judged.
pub(crate) fn merge(tx: &mut Tx<'_>, path: &str, ops: &[Op]) -> Result<Merged> {
    let mut merged = Merged::default();
    let trust = verdict::Trust::load(tx.conn(), tx.device())?;
    // Ops of a record already redacted here are stored blanked: its words never come back. Only
    // once the record's maker is known: a redaction judged before that (by someone who copied
    // the id) is judged again when the create arrives, and blanks nothing unless it still counts.
    let redacting = redact::any(tx.conn())?;
    let ops: Vec<std::borrow::Cow<'_, Op>> = if redacting {
        let mut redacted: BTreeMap<(Entity, Uuid), bool> = BTreeMap::new();
        let mut out = Vec::with_capacity(ops.len());
        for op in ops {
            let key = (op.entity, op.entity_id);
            let is = match redacted.get(&key) {
                Some(is) => *is,
                None => {
                    let is = redact::is_redacted(tx.conn(), op.entity, op.entity_id)?
                        && redact::has_maker(tx.conn(), op.entity, op.entity_id)?;
                    redacted.insert(key, is);
                    is
                }
            };
            out.push(if is {
                std::borrow::Cow::Owned(Op { change: redact::blank(op.entity, &op.change), ..op.clone() })
            } else {
                std::borrow::Cow::Borrowed(op)
            });
        }
        out
    } else {
        ops.iter().map(std::borrow::Cow::Borrowed).collect()
    };
    let mut redactions: BTreeSet<(Entity, Uuid)> = BTreeSet::new();
    let mut order: Vec<&Op> = ops.iter().map(|o| o.as_ref()).collect();
    order.sort_by_key(|o| (o.entity != Entity::Session, o.hlc, o.device_id, o.op_id));
    let mut pending = verdict::Pending::default();
    let mut rejudge: BTreeSet<(Entity, Uuid)> = BTreeSet::new();
    // The new accepted ops of each entity they touch, and whether that entity had accepted ops
    // before this merge. Entities new to the database fold from the bundle's ops alone, without
    // reading back and parsing what was just inserted; known ones fold their new ops onto the
    // stored row.
    let mut touched: BTreeMap<(Entity, Uuid), (bool, Vec<&Op>)> = BTreeMap::new();
    for op in order {
        // Insert first; only when the (device, seq) or op id is already held do we look closer.
        let inserted = tx.insert_op_if_new(op)?;
        if !inserted {
            let held: Option<(OpId, String)> = tx
                .conn()
                .prepare_cached("SELECT op_id, change FROM ops WHERE device_id = ?1 AND seq = ?2")?
                .query_row(params![op.device_id, op.seq], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            // The blanked and the full version of an op are one op (a redaction on one side).
            let same = held.as_ref().is_some_and(|(id, change)| {
                *id == op.op_id
                    && serde_json::from_str::<Change>(change)
                        .is_ok_and(|c| redact::same_op(op.entity, &c, &op.change))
            });
            if held.is_none() {
                // Its (device, seq) is new, so its op id is what is already held: another change.
                return Err(Error::OpIdReused { path: path.into(), op: op.op_id.to_string() });
            }
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
        merged.new_ops += 1;
        let wall = clock::wall_ms(op.hlc);
        merged.earliest_ms = Some(merged.earliest_ms.map_or(wall, |e| e.min(wall)));
        merged.latest_ms = Some(merged.latest_ms.map_or(wall, |l| l.max(wall)));
        // Only the coordinator's own stamps are a yardstick: another laptop's clock may be off too.
        if let Some(prev) = op.prev {
            let seen: Option<i64> = tx
                .conn()
                .prepare_cached("SELECT hlc, device_id FROM ops WHERE op_id = ?1")?
                .query_row(params![prev], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, DeviceId>(1)?)))
                .optional()?
                .filter(|(_, d)| trust.is_authority(*d))
                .map(|(h, _)| h);
            if let Some(seen) = seen.filter(|h| clock::is_clock(*h)) {
                merged.behind_prev_ms = merged.behind_prev_ms.max(clock::wall_ms(seen) - wall);
            }
        }
        let key = (op.entity, op.entity_id);
        let judged = verdict::judge_new(tx.conn(), &trust, op, &mut pending)?;
        if judged.rejudge {
            rejudge.insert(key);
        }
        match judged.judgement.verdict {
            verdict::Verdict::Accepted => {}
            v => {
                verdict::record(tx.conn(), op.op_id, judged.judgement)?;
                merged.held += (v == verdict::Verdict::Held) as u64;
                merged.refused += (v != verdict::Verdict::Held) as u64;
                continue;
            }
        }
        if op.change == Change::Redact {
            redactions.insert(key);
        }
        match touched.get_mut(&key) {
            Some((_, list)) => list.push(op),
            None => {
                // Any accepted op of this entity other than the one just inserted?
                let known: bool = tx
                    .conn()
                    .prepare_cached(
                        "SELECT EXISTS (SELECT 1 FROM ops WHERE entity = ?1 AND entity_id = ?2 AND op_id != ?3
                           AND verdict = 'accepted')",
                    )?
                    .query_row(params![op.entity.as_str(), op.entity_id.to_string(), op.op_id], |r| r.get(0))?;
                touched.insert(key, (known, vec![op]));
            }
        }
    }
    let fits = |e: Error| match e {
        Error::Storage { detail } => Error::OpDoesNotFit { path: path.into(), detail },
        other => other,
    };
    // Where a redaction counts once this merge is judged, every op of its record is blanked,
    // those this merge brought included.
    let mut scrub: BTreeSet<(Entity, Uuid)> = redactions;
    if redacting {
        scrub.extend(touched.keys().copied().filter(|(e, _)| redact::REDACTABLE.contains(e)));
        scrub.extend(rejudge.iter().copied().filter(|(e, _)| redact::REDACTABLE.contains(e)));
    }
    for ((entity, id), (known, mut list)) in touched {
        if rejudge.contains(&(entity, id)) {
            continue;
        }
        let written = if known {
            fold::refold_with_new(tx.conn(), entity, id, &list)
        } else {
            list.sort_by_key(|o| (o.hlc, o.device_id, o.op_id));
            let row = fold::fold_with(list.iter().copied(), false);
            fold::write_row(tx.conn(), entity, id, row.as_ref())
        };
        written.map_err(fits)?;
        tx.note_change(entity);
    }
    for (entity, id) in rejudge {
        verdict::rejudge(tx.conn(), &trust, entity, id).map_err(fits)?;
        tx.note_change(entity);
    }
    for (entity, id) in scrub {
        if redact::apply_if_redacted(tx.conn(), entity, id)? > 0 {
            tx.scrub_on_commit();
        }
    }
    // Our clock moves past everything we have seen, so our next edit wins over it; but never
    // further than our own wall clock allows, so one laptop's clock in 2035 drags nobody along.
    if let Some(latest) = ops.iter().map(|o| o.hlc).max() {
        tx.observe_clock(latest)?;
    }
    // Our own ops that came back from elsewhere (a kit, after a restore from an older backup):
    // our next op numbers itself past them, so no sequence number is used twice.
    if let Some(highest) = ops.iter().filter(|o| o.device_id == tx.device()).map(|o| o.seq).max() {
        tx.move_seq_past(highest)?;
    }
    Ok(merged)
}
