//! Breakout groups and the discussion questions they work through.

use rusqlite::OptionalExtension;
use serde::Serialize;
use serde_json::json;

use crate::error::{OrNotFound, Result};
use crate::ids::{GroupId, QuestionId, SessionId};
use crate::oplog::Entity;
use crate::validate::{self, MAX_LINE, MAX_TEXT};
use crate::{Convene, Outcome, fields};

#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(optional_fields = nullable)]
pub struct NewGroup {
    pub name: String,
    pub topic: Option<String>,
    pub facilitator: Option<String>,
    pub note_taker: Option<String>,
    pub language: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Group {
    pub id: GroupId,
    pub session_id: SessionId,
    pub name: String,
    pub topic: Option<String>,
    pub facilitator: Option<String>,
    pub note_taker: Option<String>,
    pub language: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Question {
    pub id: QuestionId,
    pub session_id: SessionId,
    pub text: String,
    pub language: Option<String>,
    pub position: f64,
}

fn group_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Group> {
    Ok(Group {
        id: r.get(0)?,
        session_id: r.get(1)?,
        name: r.get(2)?,
        topic: r.get(3)?,
        facilitator: r.get(4)?,
        note_taker: r.get(5)?,
        language: r.get(6)?,
    })
}

const GROUP_COLUMNS: &str = "id, session_id, name, topic, facilitator, note_taker, language";

impl Convene {
    pub fn add_group(&mut self, session: SessionId, new: NewGroup) -> Result<Outcome<GroupId>> {
        self.session(session)?;
        let name = validate::text(crate::field!("group-name"), &new.name, MAX_LINE)?;
        let topic = validate::optional(crate::field!("group-topic"), new.topic.as_deref(), MAX_LINE)?;
        let facilitator =
            validate::optional(crate::field!("group-facilitator"), new.facilitator.as_deref(), MAX_LINE)?;
        let note_taker =
            validate::optional(crate::field!("group-note-taker"), new.note_taker.as_deref(), MAX_LINE)?;
        let language = new.language.as_deref().map(validate::language).transpose()?;
        let id = GroupId::new();
        let ((), changes) = self.store.transact(|tx| {
            tx.create(
                Entity::Group,
                id.0,
                fields(json!({
                    "session_id": session.to_string(),
                    "name": name,
                    "topic": topic,
                    "facilitator": facilitator,
                    "note_taker": note_taker,
                    "language": language,
                })),
            )?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn groups(&self, session: SessionId) -> Result<Vec<Group>> {
        let mut stmt = self.store.conn.prepare_cached(&format!(
            "SELECT {GROUP_COLUMNS} FROM breakout_groups WHERE session_id = ?1 ORDER BY name, id"
        ))?;
        Ok(stmt.query_map([session], group_from_row)?.collect::<rusqlite::Result<_>>()?)
    }

    pub fn group(&self, id: GroupId) -> Result<Group> {
        self.store
            .conn
            .prepare_cached(&format!("SELECT {GROUP_COLUMNS} FROM breakout_groups WHERE id = ?1"))?
            .query_row([id], group_from_row)
            .optional()?
            .or_not_found(crate::thing!("group"), id)
    }

    /// A group by id prefix or, more naturally at a summit, by its name ("Table 3").
    pub fn find_group(&self, session: SessionId, id_or_name: &str) -> Result<GroupId> {
        let wanted = id_or_name.trim();
        if let Some(g) = self.groups(session)?.into_iter().find(|g| g.name.eq_ignore_ascii_case(wanted)) {
            return Ok(g.id);
        }
        self.resolve_in(session, wanted)
    }

    pub fn add_question(
        &mut self,
        session: SessionId,
        text: &str,
        language: Option<&str>,
    ) -> Result<Outcome<QuestionId>> {
        self.session(session)?;
        let text = validate::text(crate::field!("question-text"), text, MAX_TEXT)?;
        let language = language.map(validate::language).transpose()?;
        let id = QuestionId::new();
        let ((), changes) = self.store.transact(|tx| {
            let last: f64 = tx.conn().query_row(
                "SELECT coalesce(max(position), 0) FROM questions WHERE session_id = ?1",
                [session],
                |r| r.get(0),
            )?;
            tx.create(
                Entity::Question,
                id.0,
                fields(json!({
                    "session_id": session.to_string(),
                    "text": text,
                    "language": language,
                    "position": last + 1.0,
                })),
            )?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn questions(&self, session: SessionId) -> Result<Vec<Question>> {
        let mut stmt = self.store.conn.prepare_cached(
            "SELECT id, session_id, text, language, position FROM questions
             WHERE session_id = ?1 ORDER BY position, id",
        )?;
        let rows = stmt.query_map([session], |r| {
            Ok(Question {
                id: r.get(0)?,
                session_id: r.get(1)?,
                text: r.get(2)?,
                language: r.get(3)?,
                position: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
