//! Sessions: a precinct summit, a small-group session, a report-back meeting or a workshop.

use rusqlite::OptionalExtension;
use serde::Serialize;
use serde_json::json;

use crate::error::{OrNotFound, Result};
use crate::ids::{AgendaItemId, GroupId, ProgrammeId, QuestionId, SessionId};
use crate::oplog::Entity;
use crate::oplog::fields::SessionField;
use crate::validate::{self, MAX_LINE, choice};
use crate::{Convene, Outcome, fields, json_list};

choice!(
    /// The phases of a community-safety programme.
    SessionKind, "session-kind" {
        Summit = "summit",
        SmallGroup = "small-group",
        ReportBack = "report-back",
        Workshop = "workshop",
    }
);

#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(optional_fields = nullable)]
pub struct NewSession {
    pub title: String,
    pub kind: Option<SessionKind>,
    pub programme: Option<ProgrammeId>,
    pub precinct: Option<String>,
    pub place: Option<String>,
    pub starts_at: Option<String>,
    /// How long the room is booked for, to check the agenda against.
    pub room_minutes: Option<i64>,
    /// Languages spoken in the room.
    pub languages: Vec<String>,
    /// Languages interpreted for attendees.
    pub interpreted: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Session {
    pub id: SessionId,
    pub programme_id: Option<ProgrammeId>,
    pub title: String,
    pub kind: SessionKind,
    pub precinct: Option<String>,
    pub place: Option<String>,
    pub starts_at: Option<String>,
    pub room_minutes: Option<i64>,
    pub languages: Vec<String>,
    pub interpreted: Vec<String>,
}

/// A session with the sizes of what it holds, for `session show` and the session list.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct SessionSummary {
    #[serde(flatten)]
    pub session: Session,
    pub agenda_items: i64,
    pub planned_minutes: i64,
    pub groups: i64,
    pub questions: i64,
    pub signins: i64,
    pub concerns: i64,
    pub notes: i64,
    pub ballots: i64,
    pub actions: i64,
}

/// Session fields a facilitator may change after creating it.
#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(optional_fields = nullable)]
pub struct SessionEdit {
    pub title: Option<String>,
    pub kind: Option<SessionKind>,
    pub precinct: Option<String>,
    pub place: Option<String>,
    pub starts_at: Option<String>,
    pub room_minutes: Option<i64>,
    pub languages: Option<Vec<String>>,
    pub interpreted: Option<Vec<String>>,
}

const SESSION_COLUMNS: &str =
    "id, programme_id, title, kind, precinct, place, starts_at, room_minutes, languages, interpreted";

fn session_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Session> {
    let kind: String = r.get(3)?;
    Ok(Session {
        id: r.get(0)?,
        programme_id: r.get(1)?,
        title: r.get(2)?,
        kind: SessionKind::parse(&kind).unwrap_or(SessionKind::Summit),
        precinct: r.get(4)?,
        place: r.get(5)?,
        starts_at: r.get(6)?,
        room_minutes: r.get(7)?,
        languages: json_list(r.get(8)?),
        interpreted: json_list(r.get(9)?),
    })
}

impl Convene {
    pub fn create_session(&mut self, new: NewSession) -> Result<Outcome<SessionId>> {
        let title = validate::text(crate::field!("session-title"), &new.title, MAX_LINE)?;
        let precinct =
            validate::optional(crate::field!("session-precinct"), new.precinct.as_deref(), MAX_LINE)?;
        let place = validate::optional(crate::field!("session-place"), new.place.as_deref(), MAX_LINE)?;
        let starts_at = new
            .starts_at
            .as_deref()
            .map(|s| validate::datetime(crate::field!("session-starts-at"), s))
            .transpose()?;
        let room_minutes = new
            .room_minutes
            .map(|m| validate::number(crate::field!("session-room-minutes"), m, 1, 24 * 60))
            .transpose()?;
        let mut languages = validate::languages(&new.languages)?;
        if languages.is_empty() {
            languages.push("en".into());
        }
        let interpreted = validate::languages(&new.interpreted)?;
        if let Some(p) = new.programme {
            self.programme(p)?;
        }
        let id = SessionId::new();
        let kind = new.kind.unwrap_or(SessionKind::Summit);
        let ((), changes) = self.store.transact(|tx| {
            tx.create(
                Entity::Session,
                id.0,
                fields(json!({
                    "programme_id": new.programme.map(|p| p.to_string()),
                    "title": title,
                    "kind": kind.as_str(),
                    "precinct": precinct,
                    "place": place,
                    "starts_at": starts_at,
                    "room_minutes": room_minutes,
                    "languages": languages,
                    "interpreted": interpreted,
                })),
            )?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn edit_session(&mut self, id: SessionId, edit: SessionEdit) -> Result<Outcome<SessionId>> {
        self.session(id)?;
        let mut sets: Vec<(SessionField, serde_json::Value)> = vec![];
        if let Some(t) = &edit.title {
            sets.push((
                SessionField::Title,
                json!(validate::text(crate::field!("session-title"), t, MAX_LINE)?),
            ));
        }
        if let Some(k) = edit.kind {
            sets.push((SessionField::Kind, json!(k.as_str())));
        }
        if let Some(p) = &edit.precinct {
            sets.push((
                SessionField::Precinct,
                json!(validate::optional(crate::field!("session-precinct"), Some(p), MAX_LINE)?),
            ));
        }
        if let Some(p) = &edit.place {
            sets.push((
                SessionField::Place,
                json!(validate::optional(crate::field!("session-place"), Some(p), MAX_LINE)?),
            ));
        }
        if let Some(s) = &edit.starts_at {
            sets.push((
                SessionField::StartsAt,
                json!(validate::datetime(crate::field!("session-starts-at"), s)?),
            ));
        }
        if let Some(m) = edit.room_minutes {
            sets.push((
                SessionField::RoomMinutes,
                json!(validate::number(crate::field!("session-room-minutes"), m, 1, 1440)?),
            ));
        }
        if let Some(l) = &edit.languages {
            sets.push((SessionField::Languages, json!(validate::languages(l)?)));
        }
        if let Some(l) = &edit.interpreted {
            sets.push((SessionField::Interpreted, json!(validate::languages(l)?)));
        }
        let ((), changes) = self.store.transact(|tx| {
            for (field, value) in sets {
                tx.set(id, field, value)?;
            }
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn sessions(&self) -> Result<Vec<Session>> {
        let mut stmt = self.store.conn.prepare_cached(&format!(
            "SELECT {SESSION_COLUMNS} FROM sessions ORDER BY coalesce(starts_at, ''), created_hlc"
        ))?;
        Ok(stmt.query_map([], session_from_row)?.collect::<rusqlite::Result<_>>()?)
    }

    pub fn session(&self, id: SessionId) -> Result<Session> {
        self.store
            .conn
            .prepare_cached(&format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?1"))?
            .query_row([id], session_from_row)
            .optional()?
            .or_not_found(crate::thing!("session"), id)
    }

    pub fn session_summary(&self, id: SessionId) -> Result<SessionSummary> {
        let session = self.session(id)?;
        let count = |table: &str| -> Result<i64> {
            Ok(self.store.conn.query_row(
                &format!("SELECT count(*) FROM {table} WHERE session_id = ?1"),
                [id],
                |r| r.get(0),
            )?)
        };
        let planned_minutes = self.store.conn.query_row(
            "SELECT coalesce(sum(planned_minutes), 0) FROM agenda_items WHERE session_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        Ok(SessionSummary {
            session,
            agenda_items: count("agenda_items")?,
            planned_minutes,
            groups: count("breakout_groups")?,
            questions: count("questions")?,
            signins: count("signins")?,
            concerns: count("concerns")?,
            notes: count("notes")?,
            ballots: count("ballots")?,
            actions: count("actions")?,
        })
    }

    /// A new session with an earlier one's plan: agenda, breakout groups and questions, but no
    /// sign-ins, concerns or votes. How the second round of summits is set up from the first.
    pub fn duplicate_session(
        &mut self,
        from: SessionId,
        title: &str,
        starts_at: Option<&str>,
    ) -> Result<Outcome<SessionId>> {
        let source = self.session(from)?;
        let title = validate::text(crate::field!("session-title"), title, MAX_LINE)?;
        let starts_at =
            starts_at.map(|s| validate::datetime(crate::field!("session-starts-at"), s)).transpose()?;
        let agenda = self.agenda(from)?;
        let groups = self.groups(from)?;
        let questions = self.questions(from)?;
        let id = SessionId::new();
        let ((), changes) = self.store.transact(|tx| {
            tx.create(
                Entity::Session,
                id.0,
                fields(json!({
                    "programme_id": source.programme_id.map(|p| p.to_string()),
                    "title": title,
                    "kind": source.kind.as_str(),
                    "precinct": source.precinct,
                    "place": source.place,
                    "starts_at": starts_at,
                    "room_minutes": source.room_minutes,
                    "languages": source.languages,
                    "interpreted": source.interpreted,
                })),
            )?;
            for item in &agenda {
                tx.create(
                    Entity::AgendaItem,
                    AgendaItemId::new().0,
                    fields(json!({
                        "session_id": id.to_string(),
                        "title": item.title,
                        "kind": item.kind.as_str(),
                        "presenter": item.presenter,
                        "planned_minutes": item.planned_minutes,
                        "position": item.position,
                    })),
                )?;
            }
            for g in &groups {
                tx.create(
                    Entity::Group,
                    GroupId::new().0,
                    fields(json!({
                        "session_id": id.to_string(),
                        "name": g.name,
                        "topic": g.topic,
                        "facilitator": g.facilitator,
                        "note_taker": g.note_taker,
                        "language": g.language,
                    })),
                )?;
            }
            for q in &questions {
                tx.create(
                    Entity::Question,
                    QuestionId::new().0,
                    fields(json!({
                        "session_id": id.to_string(),
                        "text": q.text,
                        "language": q.language,
                        "position": q.position,
                    })),
                )?;
            }
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }
}
crate::labels!(SessionKind, "session-kind-");
