//! Redaction: a concern, note or sign-in removed because it holds personal information ("the
//! officer told Maria … at 123 Oak St") loses its words in the op log, not only in its table.
//!
//! A `Change::Redact` op is a tombstone (the fold treats it as a delete) that names no words
//! itself. Wherever it counts (here, at the coordinator, on the laptops that take the
//! coordinator's next kit), every op of the record has each text field blanked in place: a
//! nullable text becomes null, a required one `BLANK`. Ids, times, languages, tags and the
//! record's session stay, so the log still says that something was removed, by whom and when.
//! Ops of the record that arrive later are blanked before they are stored, and a bundle that
//! carries the blanked (or the full) version of an op held in the other form is the same op,
//! not an alarm. The database runs with `secure_delete`, and a write that redacted checkpoints
//! and truncates the WAL when it commits, so the words are left in neither free pages nor the
//! WAL. Bundles exported before the redaction cannot change; the app says so.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;
use uuid::Uuid;

use super::fields::{self, FieldType};
use super::{Change, Entity};
use crate::error::Result;

/// The records a person can remove as personal information.
pub const REDACTABLE: &[Entity] = &[Entity::Concern, Entity::Note, Entity::Signin, Entity::SigninContact];

/// What a required text field holds once redacted.
pub const BLANK: &str = "[removed]";

/// The records whose words go together: a sign-in and its sealed contact share an id.
fn linked(entity: Entity) -> &'static [Entity] {
    match entity {
        Entity::Signin | Entity::SigninContact => &[Entity::Signin, Entity::SigninContact],
        Entity::Concern => &[Entity::Concern],
        Entity::Note => &[Entity::Note],
        _ => &[],
    }
}

/// The blanked value of `field`, or None when the field holds no words.
fn blank_value(entity: Entity, field: &str) -> Option<Value> {
    let def = fields::def(entity, field)?;
    matches!(def.ty, FieldType::Text(_)).then(|| if def.nullable { Value::Null } else { Value::from(BLANK) })
}

/// `change` with its words blanked (unchanged for an entity that cannot be redacted).
pub fn blank(entity: Entity, change: &Change) -> Change {
    if !REDACTABLE.contains(&entity) {
        return change.clone();
    }
    match change {
        Change::Create { fields } => Change::Create {
            fields: fields
                .iter()
                .map(|(k, v)| {
                    let b = if v.is_null() { None } else { blank_value(entity, k) };
                    (k.clone(), b.unwrap_or_else(|| v.clone()))
                })
                .collect(),
        },
        Change::Set { field, value } => Change::Set {
            field: field.clone(),
            value: if value.is_null() {
                Value::Null
            } else {
                blank_value(entity, field).unwrap_or(value.clone())
            },
        },
        other => other.clone(),
    }
}

/// Whether two versions of one op are the same op, one of them perhaps redacted.
pub fn same_op(entity: Entity, held: &Change, offered: &Change) -> bool {
    held == offered || blank(entity, held) == *offered || blank(entity, offered) == *held
}

/// Whether the record (or a record linked to it) has a redaction that counts.
pub fn is_redacted(conn: &Connection, entity: Entity, id: Uuid) -> Result<bool> {
    let mut stmt = conn.prepare_cached(
        "SELECT 1 FROM ops WHERE entity = ?1 AND entity_id = ?2
           AND json_extract(change, '$.op') = 'redact' AND verdict = 'accepted' LIMIT 1",
    )?;
    for e in linked(entity) {
        if stmt.query_row(params![e.as_str(), id.to_string()], |_| Ok(())).optional()?.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether the record's create is here and counts: its maker, and so who may redact it, is
/// known.
pub fn has_maker(conn: &Connection, entity: Entity, id: Uuid) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM ops WHERE entity = ?1 AND entity_id = ?2
               AND json_extract(change, '$.op') = 'create' AND verdict = 'accepted' LIMIT 1",
        )?
        .query_row(params![entity.as_str(), id.to_string()], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Whether any redaction counts in this database (most have none: merges skip the checks).
pub fn any(conn: &Connection) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM ops WHERE json_extract(change, '$.op') = 'redact' LIMIT 1")?
        .query_row([], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Blanks the words of every op of the record and of the records linked to it, in place.
/// Returns how many ops changed.
pub fn apply(conn: &Connection, entity: Entity, id: Uuid) -> Result<u64> {
    let mut changed = 0;
    for e in linked(entity) {
        let ops: Vec<(String, String)> = conn
            .prepare_cached("SELECT op_id, change FROM ops WHERE entity = ?1 AND entity_id = ?2")?
            .query_map(params![e.as_str(), id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (op_id, text) in ops {
            let Ok(change) = serde_json::from_str::<Change>(&text) else { continue };
            let blanked = blank(*e, &change);
            if blanked != change {
                conn.prepare_cached("UPDATE ops SET change = ?2 WHERE op_id = ?1")?
                    .execute(params![op_id, serde_json::to_string(&blanked)?])?;
                changed += 1;
            }
        }
    }
    Ok(changed)
}

/// Blanks the record's ops if a redaction of it counts: after its verdicts change (a held
/// redaction approved). Returns how many ops changed.
pub fn apply_if_redacted(conn: &Connection, entity: Entity, id: Uuid) -> Result<u64> {
    if REDACTABLE.contains(&entity) && is_redacted(conn, entity, id)? {
        apply(conn, entity, id)
    } else {
        Ok(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn words_are_blanked_and_the_rest_kept() {
        let create = Change::Create {
            fields: serde_json::from_value(json!({
                "session_id": "01a2343d-631a-713a-8368-4ceda3086da5",
                "text": "Officer told Maria at 123 Oak St",
                "location": "123 Oak St",
                "language": "en",
                "tags": ["traffic"],
                "status": "new",
            }))
            .unwrap(),
        };
        let Change::Create { fields } = blank(Entity::Concern, &create) else { panic!() };
        assert_eq!(fields["text"], BLANK, "a required text is a marker");
        assert_eq!(fields["location"], Value::Null, "an optional one is empty");
        assert_eq!(fields["language"], "en");
        assert_eq!(fields["tags"], json!(["traffic"]));
        assert_eq!(fields["session_id"], "01a2343d-631a-713a-8368-4ceda3086da5");
        let b = blank(Entity::Concern, &create);
        assert_eq!(blank(Entity::Concern, &b), b, "blanking twice is blanking once");
        assert!(same_op(Entity::Concern, &create, &b) && same_op(Entity::Concern, &b, &create));
        let other =
            Change::Create { fields: serde_json::from_value(json!({"text": "Something else"})).unwrap() };
        assert!(!same_op(Entity::Concern, &create, &other), "a different op is still different");
        let set = Change::Set { field: "name".into(), value: json!("Maria Lopez") };
        assert_eq!(
            blank(Entity::SigninContact, &set),
            Change::Set { field: "name".into(), value: Value::Null }
        );
        let tag = Change::Set { field: "label".into(), value: json!("Traffic") };
        assert_eq!(blank(Entity::Tag, &tag), tag, "only redactable records are blanked");
    }
}
