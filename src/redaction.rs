//! Removing what someone said or wrote because it names a person or holds their details: a
//! concern ("the officer told Maria … at 123 Oak St"), a note, or a sign-in with its name and
//! contacts. Unlike a delete, a redaction blanks the words in the op log too, here and wherever
//! the redaction travels (bundles to the coordinator, the coordinator's kits to the laptops);
//! see `oplog::redact` for how.

use rusqlite::OptionalExtension;
use serde::Serialize;
use uuid::Uuid;

use crate::Convene;
use crate::error::{OrNotFound, Result};
use crate::ids::{ConcernId, NoteId, SigninId};
use crate::oplog::Entity;
use crate::storage::Changes;

/// A record to remove as personal information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, Serialize, ts_rs::TS)]
#[serde(tag = "kind", content = "id", rename_all = "kebab-case")]
pub enum Redaction {
    Concern(ConcernId),
    Note(NoteId),
    /// The sign-in with its sealed name, contacts and accessibility needs.
    Signin(SigninId),
}

/// What a redaction did.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Redacted {
    pub redaction: Redaction,
    /// Ops of the record whose words were blanked in this database's log.
    pub ops_blanked: u64,
    /// Bundles this laptop exported before now that included the record's session: they still
    /// hold the words, and cannot be changed (delete those files, and ask the coordinator to
    /// delete theirs).
    pub bundles_before: i64,
    #[serde(skip)]
    #[ts(skip)]
    pub changes: Changes,
}

impl Convene {
    /// Removes a concern, note or sign-in as personal information (see the module docs).
    pub fn redact(&mut self, r: Redaction) -> Result<Redacted> {
        let (entity, id, table): (Entity, Uuid, &str) = match r {
            Redaction::Concern(c) => (Entity::Concern, c.0, "concerns"),
            Redaction::Note(n) => (Entity::Note, n.0, "notes"),
            Redaction::Signin(s) => (Entity::Signin, s.0, "signins"),
        };
        let session: String = self
            .store
            .conn
            .query_row(&format!("SELECT session_id FROM {table} WHERE id = ?1"), [id.to_string()], |r| {
                r.get(0)
            })
            .optional()?
            .or_not_found(entity.thing(), id)?;
        let has_contact: bool = entity == Entity::Signin
            && self
                .store
                .conn
                .query_row("SELECT 1 FROM signin_contacts WHERE id = ?1", [id.to_string()], |_| Ok(()))
                .optional()?
                .is_some();
        let (ops_blanked, changes) = self.store.transact(|tx| {
            let mut blanked = tx.redact(entity, id)?;
            if has_contact {
                blanked += tx.redact(Entity::SigninContact, id)?;
            }
            Ok(blanked)
        })?;
        let bundles_before = self.bundles_exported_with(entity, id, &session)?;
        Ok(Redacted { redaction: r, ops_blanked, bundles_before, changes })
    }

    /// How many bundles this laptop exported that carried the record: of its session, written
    /// after this laptop made it (a record another device made is in none of this laptop's
    /// bundles, which carry only its own ops).
    fn bundles_exported_with(&self, entity: Entity, id: Uuid, session: &str) -> Result<i64> {
        let conn = &self.store.conn;
        let made: Option<i64> = conn
            .query_row(
                "SELECT seq FROM ops WHERE entity = ?1 AND entity_id = ?2 AND device_id = ?3
                   AND json_extract(change, '$.op') = 'create'",
                rusqlite::params![entity.as_str(), id.to_string(), self.device_id()],
                |r| r.get(0),
            )
            .optional()?;
        let Some(made) = made else { return Ok(0) };
        let mut stmt = conn.prepare("SELECT value FROM meta WHERE key LIKE 'exported:%'")?;
        let values: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(values
            .iter()
            .filter(|v| {
                let mut parts = v.split(' ');
                let seq: i64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
                seq >= made && parts.any(|s| s == session)
            })
            .count() as i64)
    }
}
