//! Notes taken in breakout groups, per group and per discussion question.

use serde::Serialize;
use serde_json::json;

use crate::error::Result;
use crate::ids::{GroupId, NoteId, QuestionId, SessionId};
use crate::oplog::Entity;
use crate::validate::{self, MAX_TEXT};
use crate::{Convene, Outcome, fields, now_rfc3339};

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Note {
    pub id: NoteId,
    pub session_id: SessionId,
    pub group_id: Option<GroupId>,
    pub question_id: Option<QuestionId>,
    pub text: String,
    pub language: Option<String>,
    pub created_at: String,
}

impl Convene {
    pub fn add_note(
        &mut self,
        session: SessionId,
        text: &str,
        group: Option<GroupId>,
        question: Option<QuestionId>,
        language: Option<&str>,
    ) -> Result<Outcome<NoteId>> {
        self.session(session)?;
        let text = validate::text(crate::field!("note-text"), text, MAX_TEXT)?;
        let language = language.map(validate::language).transpose()?;
        if let Some(g) = group {
            self.check_session(session, g)?;
        }
        if let Some(q) = question {
            self.check_session(session, q)?;
        }
        let id = NoteId::new();
        let ((), changes) = self.store.transact(|tx| {
            tx.create(
                Entity::Note,
                id.0,
                fields(json!({
                    "session_id": session.to_string(),
                    "group_id": group.map(|g| g.to_string()),
                    "question_id": question.map(|q| q.to_string()),
                    "text": text,
                    "language": language,
                    "created_at": now_rfc3339(),
                })),
            )?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn notes(&self, session: SessionId, group: Option<GroupId>) -> Result<Vec<Note>> {
        self.session(session)?;
        let mut stmt = self.store.conn.prepare_cached(
            "SELECT id, session_id, group_id, question_id, text, language, created_at FROM notes
             WHERE session_id = ?1 AND (?2 IS NULL OR group_id = ?2) ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map(rusqlite::params![session, group], |r| {
            Ok(Note {
                id: r.get(0)?,
                session_id: r.get(1)?,
                group_id: r.get(2)?,
                question_id: r.get(3)?,
                text: r.get(4)?,
                language: r.get(5)?,
                created_at: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
