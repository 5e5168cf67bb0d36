//! Materialized state as a pure function of the op set.
//!
//! A row is the fold of its entity's ops in `(hlc, device_id, op_id)` order: the first `Create`
//! makes it, every later `Create`/`Set` overwrites the fields it names (last writer wins), and
//! any `Delete` removes it for good. Because the order is a total order on the ops themselves and
//! not on their arrival, the same set of ops gives the same rows however and however often they
//! arrive. Local writes and merges both go through `refold`, so there is one code path.

use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, params};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::{Change, Entity, Op};
use crate::error::Result;
use crate::ids::{DeviceId, OpId};

/// One materialized row.
#[derive(Debug, Clone, PartialEq)]
pub struct FoldedRow {
    pub origin_device: DeviceId,
    pub created_hlc: i64,
    pub fields: Map<String, Value>,
    /// For each field, the op whose value it holds: the `prev` of the next edit.
    pub winners: Map<String, Value>,
}

/// Folds one entity's ops, which must be sorted by `(hlc, device_id, op_id)`.
pub fn fold<'a>(ops: impl IntoIterator<Item = &'a Op>) -> Option<FoldedRow> {
    let mut row: Option<FoldedRow> = None;
    let mut deleted = false;
    for op in ops {
        match &op.change {
            Change::Create { fields } => {
                let r = row.get_or_insert_with(|| FoldedRow {
                    origin_device: op.device_id,
                    created_hlc: op.hlc,
                    fields: Map::new(),
                    winners: Map::new(),
                });
                for (k, v) in fields {
                    r.fields.insert(k.clone(), v.clone());
                    r.winners.insert(k.clone(), Value::String(op.op_id.to_string()));
                }
            }
            Change::Set { field, value } => {
                // A set may sort before the create it edits only if clocks disagree; it still
                // applies once the row exists, so keep it in a pending row.
                let r = row.get_or_insert_with(|| FoldedRow {
                    origin_device: op.device_id,
                    created_hlc: i64::MIN,
                    fields: Map::new(),
                    winners: Map::new(),
                });
                r.fields.insert(field.clone(), value.clone());
                r.winners.insert(field.clone(), Value::String(op.op_id.to_string()));
            }
            Change::Delete => deleted = true,
        }
    }
    // A row exists only once some op created it.
    row.filter(|r| !deleted && r.created_hlc != i64::MIN)
}

const OP_COLUMNS: &str = "op_id, device_id, seq, hlc, entity, entity_id, change, prev";

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

/// The ops of one entity in fold order.
pub fn ops_for(conn: &Connection, entity: Entity, id: Uuid) -> Result<Vec<Op>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {OP_COLUMNS} FROM ops WHERE entity = ?1 AND entity_id = ?2 \
         ORDER BY hlc, device_id, op_id"
    ))?;
    let ops = stmt
        .query_map(params![entity.as_str(), id.to_string()], op_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ops)
}

/// Recomputes one entity's row from its ops and writes it.
pub fn refold(conn: &Connection, entity: Entity, id: Uuid) -> Result<Option<FoldedRow>> {
    let ops = ops_for(conn, entity, id)?;
    let row = fold(&ops);
    write_row(conn, entity, id, row.as_ref())?;
    Ok(row)
}

/// Replaces an entity's materialized row (or removes it, for `None`).
pub fn write_row(conn: &Connection, entity: Entity, id: Uuid, row: Option<&FoldedRow>) -> Result<()> {
    let table = entity.table();
    conn.prepare_cached(&format!("DELETE FROM {table} WHERE id = ?1"))?.execute([id.to_string()])?;
    let Some(row) = row else { return Ok(()) };
    // Only whitelisted fields become columns; anything else was refused when the op was made
    // or imported, and is skipped here as a second line of defence.
    let allowed = entity.fields();
    let mut columns = vec!["id", "origin_device", "created_hlc"];
    let mut values: Vec<SqlValue> = vec![
        SqlValue::Text(id.to_string()),
        SqlValue::Text(row.origin_device.to_string()),
        SqlValue::Integer(row.created_hlc),
    ];
    for field in allowed {
        if let Some(v) = row.fields.get(*field) {
            if v.is_null() {
                continue; // leave the column's default
            }
            columns.push(field);
            values.push(to_sql(field, v));
        }
    }
    let placeholders = (1..=columns.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
    let sql = format!("INSERT INTO {table} ({}) VALUES ({placeholders})", columns.join(", "));
    conn.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(values))?;
    Ok(())
}

fn to_sql(field: &str, v: &Value) -> SqlValue {
    match v {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(*b as i64),
        Value::Number(n) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => SqlValue::Real(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) if Entity::is_json_field(field) => SqlValue::Text(s.clone()),
        Value::String(s) => SqlValue::Text(s.clone()),
        Value::Array(_) | Value::Object(_) => SqlValue::Text(v.to_string()),
    }
}

/// Empties every materialized table and folds the whole op log again. Streams the log in entity
/// order, so memory stays bounded by the largest single entity's history.
pub fn rebuild_all(conn: &Connection) -> Result<u64> {
    for entity in Entity::ALL {
        conn.execute(&format!("DELETE FROM {}", entity.table()), [])?;
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT {OP_COLUMNS} FROM ops ORDER BY entity, entity_id, hlc, device_id, op_id"
    ))?;
    let mut rows = stmt.query([])?;
    let mut batch: Vec<Op> = Vec::new();
    let mut count = 0u64;
    let flush = |batch: &mut Vec<Op>| -> Result<()> {
        if let Some(first) = batch.first()
            && let Some(row) = fold(batch.iter())
        {
            write_row(conn, first.entity, first.entity_id, Some(&row))?;
        }
        batch.clear();
        Ok(())
    };
    while let Some(r) = rows.next()? {
        let op = op_from_row(r)?;
        count += 1;
        if let Some(first) = batch.first()
            && (first.entity != op.entity || first.entity_id != op.entity_id)
        {
            flush(&mut batch)?;
        }
        batch.push(op);
    }
    flush(&mut batch)?;
    Ok(count)
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

    #[test]
    fn an_edit_without_its_create_makes_no_row() {
        let ops = [op(3, 2, set("text", json!("y")))];
        assert!(fold(&ops).is_none(), "a row exists only once created");
    }
}
