//! Materialized state as a pure function of the op set.
//!
//! A row is the fold of its entity's ops in `(hlc, device_id, op_id)` order: the first `Create`
//! makes it, every later `Create`/`Set` overwrites the fields it names (last writer wins), and
//! any `Delete` removes it for good. Because the order is a total order on the ops themselves and
//! not on their arrival, the same set of ops gives the same rows however and however often they
//! arrive. Local writes and merges both fold through `refold_with_new` (which falls back to the
//! full `refold` for anything unusual), and a rebuild through `rebuild_all`: the same `fold_with`
//! underneath all three.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use rusqlite::types::{ToSqlOutput, Value as SqlValue, ValueRef};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::{Change, Entity, Op, verdict};
use crate::error::Result;
use crate::ids::{DeviceId, OpId};

/// One materialized row.
#[derive(Debug, Clone, PartialEq)]
pub struct FoldedRow {
    pub origin_device: DeviceId,
    pub created_hlc: i64,
    pub fields: Map<String, Value>,
    /// For each field, the op whose value it holds: the `prev` of the next edit.
    pub winners: std::collections::BTreeMap<String, OpId>,
}

/// Folds one entity's accepted ops, which must be sorted by `(hlc, device_id, op_id)`.
pub fn fold<'a>(ops: impl IntoIterator<Item = &'a Op>) -> Option<FoldedRow> {
    fold_with(ops, true)
}

/// `fold`, optionally without recording which op wrote each field (only a local edit needs
/// that, for its `prev`; merges and rebuilds do not).
///
/// An edit made after seeing a value (it names that value's op as its `prev`) supersedes it
/// whatever their clocks say: superseded values are dropped before the last writer is chosen
/// among the rest. With clocks that agree this changes nothing (the edit is the later one); with
/// a laptop's clock in 2035, it keeps today's correction of that laptop's text from losing to it.
pub(crate) fn fold_with<'a>(ops: impl IntoIterator<Item = &'a Op>, track_winners: bool) -> Option<FoldedRow> {
    let ops: Vec<&Op> = ops.into_iter().collect();
    let superseded: std::collections::HashSet<(&str, OpId)> = ops
        .iter()
        .filter_map(|o| match &o.change {
            Change::Set { field, .. } => Some((field.as_str(), o.prev?)),
            _ => None,
        })
        .collect();
    let mut row: Option<FoldedRow> = None;
    let mut deleted = false;
    for op in ops {
        match &op.change {
            Change::Create { fields } => {
                let r = row.get_or_insert_with(|| FoldedRow {
                    origin_device: op.device_id,
                    created_hlc: op.hlc,
                    fields: Map::new(),
                    winners: Default::default(),
                });
                // A row pending from edits stamped before it (a clock behind): this is its maker.
                if r.created_hlc == i64::MIN {
                    r.origin_device = op.device_id;
                    r.created_hlc = op.hlc;
                }
                for (k, v) in fields {
                    if superseded.contains(&(k.as_str(), op.op_id)) {
                        continue;
                    }
                    r.fields.insert(k.clone(), v.clone());
                    if track_winners {
                        r.winners.insert(k.clone(), op.op_id);
                    }
                }
            }
            Change::Set { field, .. } if superseded.contains(&(field.as_str(), op.op_id)) => {}
            Change::Set { field, value } => {
                // A set may sort before the create it edits only if clocks disagree; it still
                // applies once the row exists, so keep it in a pending row.
                let r = row.get_or_insert_with(|| FoldedRow {
                    origin_device: op.device_id,
                    created_hlc: i64::MIN,
                    fields: Map::new(),
                    winners: Default::default(),
                });
                r.fields.insert(field.clone(), value.clone());
                if track_winners {
                    r.winners.insert(field.clone(), op.op_id);
                }
            }
            Change::Delete | Change::Redact => deleted = true,
        }
    }
    // A row exists only once some op created it.
    row.filter(|r| !deleted && r.created_hlc != i64::MIN)
}

macro_rules! op_columns {
    () => {
        "op_id, device_id, seq, hlc, entity, entity_id, change, prev"
    };
}

pub(crate) fn op_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Op> {
    let entity: String = r.get(4)?;
    let change: String = r.get(6)?;
    let bad = |e: Box<dyn std::error::Error + Send + Sync>| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e)
    };
    Ok(Op {
        op_id: r.get(0)?,
        device_id: r.get(1)?,
        seq: r.get(2)?,
        hlc: r.get(3)?,
        entity: Entity::parse(&entity).ok_or_else(|| bad(format!("unknown entity {entity}").into()))?,
        entity_id: Uuid::parse_str(&r.get::<_, String>(5)?).map_err(|e| bad(Box::new(e)))?,
        change: serde_json::from_str(&change).map_err(|e| bad(Box::new(e)))?,
        prev: r.get::<_, Option<OpId>>(7)?,
    })
}

/// The accepted ops of one entity in fold order: what its row is a fold of.
pub fn ops_for(conn: &Connection, entity: Entity, id: Uuid) -> Result<Vec<Op>> {
    let mut stmt = conn.prepare_cached(concat!(
        "SELECT ",
        op_columns!(),
        " FROM ops WHERE entity = ?1 AND entity_id = ?2 AND verdict = 'accepted' ORDER BY hlc, device_id, op_id"
    ))?;
    let ops = stmt
        .query_map(params![entity.as_str(), id.to_string()], op_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ops)
}

/// Every op of one entity in fold order, whatever its verdict: what its verdicts are judged from.
pub fn all_ops_for(conn: &Connection, entity: Entity, id: Uuid) -> Result<Vec<Op>> {
    let mut stmt = conn.prepare_cached(concat!(
        "SELECT ",
        op_columns!(),
        " FROM ops WHERE entity = ?1 AND entity_id = ?2 ORDER BY hlc, device_id, op_id"
    ))?;
    let ops = stmt
        .query_map(params![entity.as_str(), id.to_string()], op_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ops)
}

/// Recomputes one entity's row from its ops and writes it.
pub fn refold(conn: &Connection, entity: Entity, id: Uuid) -> Result<Option<FoldedRow>> {
    let ops = ops_for(conn, entity, id)?;
    let row = fold_with(&ops, false);
    write_row(conn, entity, id, row.as_ref())?;
    Ok(row)
}

/// Refolds an entity after `new` ops (already in the log) arrived for it, giving the same row as
/// `refold` without reading its whole history when it has a row already.
///
/// A stored row says what its older ops add up to: none of them is a tombstone, and the first
/// that created or edited it is the `Create` that `(created_hlc, origin_device)` names. So only
/// the new ops can delete it or move its creation earlier, and each field is the value of the
/// newest op that names it: walking the log newest first, the walk stops once every field is
/// decided. An entity edited from many laptops (the tag vocabulary every laptop seeds) costs the
/// few newest ops per merge, not its whole history, which made imports grow quadratically with
/// the number of laptops. Anything unusual (no row yet, a tie with the creating op) takes the
/// full refold.
pub fn refold_with_new(conn: &Connection, entity: Entity, id: Uuid, new: &[&Op]) -> Result<()> {
    if new.iter().any(|o| o.change.removes()) {
        return write_row(conn, entity, id, None);
    }
    // An edit decides by what it saw (its prev), not by its clock alone; and a create another
    // accepted edit already named was superseded before it arrived. The full fold sorts both
    // out; they are a record's few edits, not the vocabulary's many creates.
    let superseding = |o: &&&Op| -> Result<bool> {
        Ok(match o.change {
            Change::Set { .. } => o.prev.is_some(),
            Change::Create { .. } => conn
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM ops WHERE prev = ?1 AND verdict = 'accepted')")?
                .query_row([o.op_id], |r| r.get(0))?,
            Change::Delete | Change::Redact => false,
        })
    };
    for o in new.iter() {
        if superseding(&o)? {
            return refold(conn, entity, id).map(|_| ());
        }
    }
    let id_text = id.to_string();
    let stored: Option<(DeviceId, i64)> = conn
        .prepare_cached(created_sql(entity))?
        .query_row([&id_text], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((mut origin, mut created)) = stored else {
        return refold(conn, entity, id).map(|_| ());
    };
    // The earliest new op that creates or edits; it takes over the row's creation only if it
    // sorts before the stored creator (a strict tie needs op ids, which the row does not keep).
    if let Some(first) = new.iter().min_by_key(|o| (o.hlc, o.device_id, o.op_id)) {
        match (first.hlc, first.device_id).cmp(&(created, origin)) {
            std::cmp::Ordering::Greater => {}
            std::cmp::Ordering::Equal => return refold(conn, entity, id).map(|_| ()),
            std::cmp::Ordering::Less => match first.change {
                Change::Create { .. } => (origin, created) = (first.device_id, first.hlc),
                // An edit ordered before every create: the full fold decides what that means.
                _ => return refold(conn, entity, id).map(|_| ()),
            },
        }
    }
    let wanted = entity.fields();
    let mut fields = Map::new();
    let mut decided = 0;
    let mut stmt = conn.prepare_cached(
        "SELECT change FROM ops WHERE entity = ?1 AND entity_id = ?2 AND verdict = 'accepted'
         ORDER BY hlc DESC, device_id DESC, op_id DESC",
    )?;
    let mut rows = stmt.query(params![entity.as_str(), id_text])?;
    while decided < wanted.len()
        && let Some(r) = rows.next()?
    {
        let change: Change = serde_json::from_slice(r.get_ref(0)?.as_bytes()?)?;
        let mut decide = |k: &str, v: &Value| {
            if wanted.contains(&k) && !fields.contains_key(k) {
                fields.insert(k.to_string(), v.clone());
                decided += 1;
            }
        };
        match &change {
            Change::Create { fields: f } => f.iter().for_each(|(k, v)| decide(k, v)),
            Change::Set { field, value } => decide(field, value),
            // A stored row has no tombstone behind it; if one is there after all, fold it all.
            Change::Delete | Change::Redact => {
                drop(rows);
                return refold(conn, entity, id).map(|_| ());
            }
        }
    }
    drop(rows);
    let row = FoldedRow { origin_device: origin, created_hlc: created, fields, winners: Default::default() };
    write_row(conn, entity, id, Some(&row))
}

/// Replaces an entity's materialized row (or removes it, for `None`).
pub fn write_row(conn: &Connection, entity: Entity, id: Uuid, row: Option<&FoldedRow>) -> Result<()> {
    let id_text = id.to_string();
    let Some(row) = row else {
        conn.prepare_cached(delete_sql(entity))?.execute([&id_text])?;
        return Ok(());
    };
    let origin = row.origin_device.to_string();
    // Every field is bound, in `fields()` order; the statement turns a missing one into the
    // column's default. Only whitelisted fields are ever read from an op.
    let mut values: Vec<ToSqlOutput<'_>> = Vec::with_capacity(entity.fields().len() + 3);
    values.push(ToSqlOutput::Borrowed(ValueRef::Text(id_text.as_bytes())));
    values.push(ToSqlOutput::Borrowed(ValueRef::Text(origin.as_bytes())));
    values.push(ToSqlOutput::Owned(SqlValue::Integer(row.created_hlc)));
    for field in entity.fields() {
        values.push(match row.fields.get(*field) {
            None | Some(Value::Null) => ToSqlOutput::Owned(SqlValue::Null),
            Some(Value::String(s)) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Some(Value::Bool(b)) => ToSqlOutput::Owned(SqlValue::Integer(*b as i64)),
            Some(Value::Number(n)) => ToSqlOutput::Owned(match n.as_i64() {
                Some(i) => SqlValue::Integer(i),
                None => SqlValue::Real(n.as_f64().unwrap_or(0.0)),
            }),
            Some(v @ (Value::Array(_) | Value::Object(_))) => {
                ToSqlOutput::Owned(SqlValue::Text(v.to_string()))
            }
        });
    }
    let sql = insert_sql(conn, entity)?;
    conn.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(values))?;
    Ok(())
}

/// One statement per entity's table, written once from `template` (`{table}` stands for it).
fn table_sql(
    cache: &'static OnceLock<HashMap<Entity, String>>,
    template: &str,
    entity: Entity,
) -> &'static str {
    cache
        .get_or_init(|| Entity::ALL.iter().map(|e| (*e, template.replace("{table}", e.table()))).collect())
        .get(&entity)
        .map(String::as_str)
        .expect("every entity")
}

fn delete_sql(entity: Entity) -> &'static str {
    static SQL: OnceLock<HashMap<Entity, String>> = OnceLock::new();
    table_sql(&SQL, "DELETE FROM {table} WHERE id = ?1", entity)
}

fn created_sql(entity: Entity) -> &'static str {
    static SQL: OnceLock<HashMap<Entity, String>> = OnceLock::new();
    table_sql(&SQL, "SELECT origin_device, created_hlc FROM {table} WHERE id = ?1", entity)
}

/// `INSERT OR REPLACE` of every column, with `coalesce(?, default)` for columns that have a
/// default: built once per entity from the table's own definition.
fn insert_sql(conn: &Connection, entity: Entity) -> Result<String> {
    static SQL: OnceLock<Mutex<HashMap<Entity, String>>> = OnceLock::new();
    let cache = SQL.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(sql) = cache.lock().expect("not poisoned").get(&entity) {
        return Ok(sql.clone());
    }
    let table = entity.table();
    let mut defaults: HashMap<String, Option<String>> = HashMap::new();
    let mut stmt = conn.prepare(&format!("PRAGMA table_info({table})"))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        defaults.insert(r.get(1)?, r.get(4)?);
    }
    let mut columns = vec!["id", "origin_device", "created_hlc"];
    let mut values = vec!["?1".to_string(), "?2".to_string(), "?3".to_string()];
    for (i, field) in entity.fields().iter().enumerate() {
        columns.push(field);
        let p = i + 4;
        values.push(match defaults.get(*field).cloned().flatten() {
            Some(d) => format!("coalesce(?{p}, {d})"),
            None => format!("?{p}"),
        });
    }
    let sql =
        format!("INSERT OR REPLACE INTO {table} ({}) VALUES ({})", columns.join(", "), values.join(", "));
    cache.lock().expect("not poisoned").insert(entity, sql.clone());
    Ok(sql)
}

/// Judges every op again and folds the whole op log: the materialized state from nothing but
/// the ops and the trust decisions. Entities go in the field table's order, sessions before what
/// belongs to them and actions before their updates, so each verdict can read the session it is
/// scoped by; within an entity the log is streamed in fold order, so memory stays bounded by the
/// largest single record's history.
pub fn rebuild_all(conn: &Connection, trust: &verdict::Trust) -> Result<Rebuilt> {
    for entity in Entity::ALL {
        conn.execute(&format!("DELETE FROM {}", entity.table()), [])?;
    }
    let mut count = 0u64;
    let mut verdicts_changed = 0u64;
    for entity in Entity::ALL {
        let mut stmt = conn.prepare(concat!(
            "SELECT ",
            op_columns!(),
            ", verdict, reason FROM ops WHERE entity = ?1 ORDER BY entity_id, hlc, device_id, op_id"
        ))?;
        let mut rows = stmt.query([entity.as_str()])?;
        let mut batch: Vec<(Op, verdict::Judgement)> = Vec::new();
        // Verdicts that changed, written once the stream is done with the table.
        let mut changed: Vec<(OpId, verdict::Judgement)> = Vec::new();
        let mut flush = |batch: &mut Vec<(Op, verdict::Judgement)>| -> Result<()> {
            if batch.is_empty() {
                return Ok(());
            }
            let ops: Vec<Op> = batch.iter().map(|(op, _)| op.clone()).collect();
            let judged = verdict::judge_record(conn, trust, &ops)?;
            for ((op, was), now) in batch.iter().zip(&judged) {
                if was != now {
                    changed.push((op.op_id, *now));
                }
            }
            let keep = ops
                .iter()
                .zip(&judged)
                .filter(|(_, j)| j.verdict == verdict::Verdict::Accepted)
                .map(|(o, _)| o);
            if let Some(row) = fold_with(keep, false) {
                write_row(conn, ops[0].entity, ops[0].entity_id, Some(&row))?;
            }
            batch.clear();
            Ok(())
        };
        while let Some(r) = rows.next()? {
            let op = op_from_row(r)?;
            let was = verdict::Judgement { verdict: r.get(8)?, reason: r.get(9)? };
            count += 1;
            if let Some((first, _)) = batch.first()
                && first.entity_id != op.entity_id
            {
                flush(&mut batch)?;
            }
            batch.push((op, was));
        }
        flush(&mut batch)?;
        drop(rows);
        verdicts_changed += changed.len() as u64;
        for (id, j) in changed {
            verdict::record(conn, id, j)?;
        }
    }
    Ok(Rebuilt { ops: count, verdicts_changed })
}

/// What a rebuild did: how many ops it folded, and how many verdicts it found different from
/// the ones stored (ops stored before today's checks, which no longer pass them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rebuilt {
    pub ops: u64,
    pub verdicts_changed: u64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn op(hlc: i64, device: u128, change: Change) -> Op {
        Op {
            op_id: OpId(Uuid::from_u128(hlc as u128 * 1000 + device)),
            device_id: DeviceId(Uuid::from_u128(device)),
            seq: 1,
            hlc,
            entity: Entity::Concern,
            entity_id: Uuid::from_u128(7),
            change,
            prev: None,
        }
    }

    fn create(text: &str) -> Change {
        let mut fields = Map::new();
        fields.insert("text".into(), json!(text));
        fields.insert("status".into(), json!("new"));
        Change::Create { fields }
    }

    fn set(field: &str, v: Value) -> Change {
        Change::Set { field: field.into(), value: v }
    }

    /// A laptop whose clock is behind edits a record it received: its edit sorts before the
    /// create, names it as seen, and the record exists with the edit's value and its maker.
    #[test]
    fn an_edit_stamped_before_its_create_still_applies() {
        let made = op(100, 1, create("Summit"));
        let mut edit = op(5, 2, set("text", json!("Summit, moved")));
        edit.prev = Some(made.op_id);
        let row = fold([&edit, &made]).expect("the record exists");
        assert_eq!(row.fields["text"], json!("Summit, moved"), "the edit saw the create");
        assert_eq!((row.origin_device, row.created_hlc), (made.device_id, 100), "the create made it");
    }

    #[test]
    fn last_writer_wins_per_field() {
        let ops = [
            op(1, 1, create("broken light")),
            op(5, 2, set("status", json!("done"))),
            op(3, 1, set("text", json!("broken street light"))),
        ];
        let mut sorted = ops.to_vec();
        sorted.sort_by_key(|o| (o.hlc, o.device_id, o.op_id));
        let row = fold(&sorted).expect("created");
        assert_eq!(row.fields["text"], json!("broken street light"), "the later text edit wins");
        assert_eq!(row.fields["status"], json!("done"), "edits of other fields are kept");
    }

    #[test]
    fn equal_clocks_break_ties_by_device() {
        let a = [
            op(1, 1, create("x")),
            op(2, 1, set("text", json!("from 1"))),
            op(2, 2, set("text", json!("from 2"))),
        ];
        let row = fold(&a).unwrap();
        assert_eq!(row.fields["text"], json!("from 2"), "the higher device id wins a tie");
    }

    #[test]
    fn a_tombstone_wins_over_later_edits() {
        let ops = [op(1, 1, create("x")), op(2, 1, Change::Delete), op(3, 2, set("text", json!("y")))];
        assert!(fold(&ops).is_none(), "deletes are tombstones");
    }

    /// The concern's stored row, column by column.
    fn stored(conn: &Connection) -> Vec<SqlValue> {
        let mut stmt = conn.prepare("SELECT * FROM concerns").unwrap();
        let n = stmt.column_count();
        let rows: Vec<Vec<SqlValue>> = stmt
            .query_map([], |r| (0..n).map(|i| r.get::<_, SqlValue>(i)).collect())
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        rows.into_iter().flatten().collect()
    }

    fn full_create(text: &str) -> Change {
        let Change::Create { mut fields } = create(text) else { unreachable!() };
        fields.insert("session_id".into(), json!("s"));
        fields.insert("created_at".into(), json!("2027-03-11T18:00:00Z"));
        Change::Create { fields }
    }

    proptest::proptest! {
        /// Folding new ops onto a stored row gives exactly the row a full refold gives, whatever
        /// order the ops were made and arrived in: newer or older edits, later or earlier
        /// creates, tombstones, edits that came before any create.
        #[test]
        fn folding_onto_the_stored_row_is_a_full_refold(
            made in proptest::collection::vec((1i64..12, 1u128..4, 0u8..6), 1..10),
            split in 0usize..10,
        ) {
            let store = crate::storage::Store::open_in_memory().unwrap();
            let conn = store.connection();
            let ops: Vec<Op> = made
                .iter()
                .enumerate()
                .map(|(i, &(hlc, device, kind))| {
                    let change = match kind {
                        0 | 1 => full_create(&format!("create {i}")),
                        2 => set("text", json!(format!("text {i}"))),
                        3 => set("status", json!(format!("status {i}"))),
                        4 => set("location", json!(null)),
                        _ => Change::Delete,
                    };
                    Op { op_id: OpId(Uuid::from_u128(i as u128 + 1)), seq: i as i64 + 1, ..op(hlc, device, change) }
                })
                .collect();
            let insert = |o: &Op| {
                conn.execute(
                    "INSERT INTO ops (op_id, device_id, seq, hlc, entity, entity_id, change, prev) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL)",
                    params![o.op_id, o.device_id, o.seq, o.hlc, o.entity.as_str(), o.entity_id.to_string(), serde_json::to_string(&o.change).unwrap()],
                )
                .unwrap();
            };
            let (old, new) = ops.split_at(split.min(ops.len()));
            old.iter().for_each(insert);
            refold(conn, Entity::Concern, Uuid::from_u128(7)).unwrap();
            new.iter().for_each(insert);
            let new: Vec<&Op> = new.iter().collect();
            refold_with_new(conn, Entity::Concern, Uuid::from_u128(7), &new).unwrap();
            let onto = stored(conn);
            refold(conn, Entity::Concern, Uuid::from_u128(7)).unwrap();
            proptest::prop_assert_eq!(onto, stored(conn), "the stored row must not depend on how it was folded");
        }
    }

    #[test]
    fn an_edit_without_its_create_makes_no_row() {
        let ops = [op(3, 2, set("text", json!("y")))];
        assert!(fold(&ops).is_none(), "a row exists only once created");
    }
}
