//! The agenda: ordered items with planned minutes, and the actual times they ran.

use rusqlite::OptionalExtension;
use serde::Serialize;
use serde_json::json;

use crate::error::{Error, OrNotFound, Result};
use crate::ids::{AgendaItemId, SessionId};
use crate::oplog::Entity;
use crate::oplog::fields::AgendaField;
use crate::validate::{self, MAX_LINE, choice};
use crate::{Convene, Outcome, fields, now_rfc3339};

choice!(
    AgendaKind, "agenda-kind" {
        Welcome = "welcome",
        Presentation = "presentation",
        Discussion = "discussion",
        Breakout = "breakout",
        ReportOut = "report-out",
        Vote = "vote",
        Break = "break",
        Closing = "closing",
    }
);

#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(optional_fields = nullable)]
pub struct NewAgendaItem {
    pub title: String,
    pub minutes: i64,
    pub presenter: Option<String>,
    pub kind: Option<AgendaKind>,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct AgendaItem {
    pub id: AgendaItemId,
    pub session_id: SessionId,
    pub title: String,
    pub kind: AgendaKind,
    pub presenter: Option<String>,
    pub planned_minutes: i64,
    /// Sort key; items are shown in this order.
    pub position: f64,
    pub started_at: Option<String>,
    pub finished_at: Option<String>,
    /// Minutes it actually took, once finished.
    pub actual_minutes: Option<i64>,
}

const COLUMNS: &str =
    "id, session_id, title, kind, presenter, planned_minutes, position, started_at, finished_at";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AgendaItem> {
    let kind: String = r.get(3)?;
    let started_at: Option<String> = r.get(7)?;
    let finished_at: Option<String> = r.get(8)?;
    let actual_minutes = match (&started_at, &finished_at) {
        (Some(s), Some(f)) => {
            let s = chrono::DateTime::parse_from_rfc3339(s).ok();
            let f = chrono::DateTime::parse_from_rfc3339(f).ok();
            s.zip(f).map(|(s, f)| ((f - s).num_seconds() as f64 / 60.0).round() as i64)
        }
        _ => None,
    };
    Ok(AgendaItem {
        id: r.get(0)?,
        session_id: r.get(1)?,
        title: r.get(2)?,
        kind: AgendaKind::parse(&kind).unwrap_or(AgendaKind::Discussion),
        presenter: r.get(4)?,
        planned_minutes: r.get(5)?,
        position: r.get(6)?,
        started_at,
        finished_at,
        actual_minutes,
    })
}

/// An agenda item that passed every check, ready to write.
pub(crate) struct CheckedAgendaItem {
    session: SessionId,
    title: String,
    minutes: i64,
    presenter: Option<String>,
    kind: AgendaKind,
}

impl Convene {
    pub fn add_agenda_item(
        &mut self,
        session: SessionId,
        new: NewAgendaItem,
    ) -> Result<Outcome<AgendaItemId>> {
        let checked = self.check_agenda_item(session, new)?;
        self.write_agenda_item(checked)
    }

    /// Every check of a new agenda item, without writing (an agenda template is checked whole
    /// before its write transaction opens).
    pub(crate) fn check_agenda_item(
        &self,
        session: SessionId,
        new: NewAgendaItem,
    ) -> Result<CheckedAgendaItem> {
        self.session(session)?;
        Ok(CheckedAgendaItem {
            session,
            title: validate::text(crate::field!("agenda-title"), &new.title, MAX_LINE)?,
            minutes: validate::number(crate::field!("agenda-planned-minutes"), new.minutes, 1, 600)?,
            presenter: validate::optional(
                crate::field!("agenda-presenter"),
                new.presenter.as_deref(),
                MAX_LINE,
            )?,
            kind: new.kind.unwrap_or(AgendaKind::Discussion),
        })
    }

    pub(crate) fn write_agenda_item(&mut self, item: CheckedAgendaItem) -> Result<Outcome<AgendaItemId>> {
        let CheckedAgendaItem { session, title, minutes, presenter, kind } = item;
        let id = AgendaItemId::new();
        let ((), changes) = self.store.transact(|tx| {
            let last: f64 = tx.conn().query_row(
                "SELECT coalesce(max(position), 0) FROM agenda_items WHERE session_id = ?1",
                [session],
                |r| r.get(0),
            )?;
            tx.create(
                Entity::AgendaItem,
                id.0,
                fields(json!({
                    "session_id": session.to_string(),
                    "title": title,
                    "kind": kind.as_str(),
                    "presenter": presenter,
                    "planned_minutes": minutes,
                    "position": last + 1.0,
                })),
            )?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn agenda(&self, session: SessionId) -> Result<Vec<AgendaItem>> {
        let mut stmt = self.store.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM agenda_items WHERE session_id = ?1 ORDER BY position, id"
        ))?;
        Ok(stmt.query_map([session], from_row)?.collect::<rusqlite::Result<_>>()?)
    }

    pub fn agenda_item(&self, id: AgendaItemId) -> Result<AgendaItem> {
        self.store
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM agenda_items WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?
            .or_not_found(crate::thing!("agenda"), id)
    }

    /// Moves an item to 1-based place `to` in its session's agenda. Only the moved item's
    /// position changes (it goes between its new neighbours), so moves on two laptops merge.
    pub fn move_agenda_item(&mut self, id: AgendaItemId, to: usize) -> Result<Outcome<AgendaItemId>> {
        let item = self.agenda_item(id)?;
        let others: Vec<AgendaItem> =
            self.agenda(item.session_id)?.into_iter().filter(|i| i.id != id).collect();
        let count = others.len() as i64 + 1;
        let to = validate::number(crate::field!("agenda-position"), to as i64, 1, count)? as usize;
        let before = to.checked_sub(2).and_then(|i| others.get(i)).map(|i| i.position);
        let after = others.get(to - 1).map(|i| i.position);
        let position = match (before, after) {
            (Some(b), Some(a)) => (a + b) / 2.0,
            (Some(b), None) => b + 1.0,
            (None, Some(a)) => a - 1.0,
            (None, None) => 1.0,
        };
        let ((), changes) = self.store.transact(|tx| {
            tx.set(id, AgendaField::Position, json!(position))?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn edit_agenda_item(
        &mut self,
        id: AgendaItemId,
        title: Option<&str>,
        minutes: Option<i64>,
        presenter: Option<&str>,
        kind: Option<AgendaKind>,
    ) -> Result<Outcome<AgendaItemId>> {
        self.agenda_item(id)?;
        let mut sets = vec![];
        if let Some(t) = title {
            sets.push((
                AgendaField::Title,
                json!(validate::text(crate::field!("agenda-title"), t, MAX_LINE)?),
            ));
        }
        if let Some(m) = minutes {
            sets.push((
                AgendaField::PlannedMinutes,
                json!(validate::number(crate::field!("agenda-planned-minutes"), m, 1, 600)?),
            ));
        }
        if let Some(p) = presenter {
            sets.push((
                AgendaField::Presenter,
                json!(validate::optional(crate::field!("agenda-presenter"), Some(p), MAX_LINE)?),
            ));
        }
        if let Some(k) = kind {
            sets.push((AgendaField::Kind, json!(k.as_str())));
        }
        let ((), changes) = self.store.transact(|tx| {
            for (f, v) in sets {
                tx.set(id, f, v)?;
            }
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn remove_agenda_item(&mut self, id: AgendaItemId) -> Result<Outcome<AgendaItemId>> {
        self.agenda_item(id)?;
        let ((), changes) = self.store.transact(|tx| {
            tx.delete(Entity::AgendaItem, id.0)?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    /// Starts an item, recording the actual start; whatever item was running is finished first,
    /// since a room runs one item at a time.
    pub fn start_agenda_item(&mut self, id: AgendaItemId) -> Result<Outcome<AgendaItemId>> {
        let item = self.agenda_item(id)?;
        let running: Vec<AgendaItemId> = self
            .agenda(item.session_id)?
            .into_iter()
            .filter(|i| i.id != id && i.started_at.is_some() && i.finished_at.is_none())
            .map(|i| i.id)
            .collect();
        let now = now_rfc3339();
        let ((), changes) = self.store.transact(|tx| {
            for r in running {
                tx.set(r, AgendaField::FinishedAt, json!(now))?;
            }
            tx.set(id, AgendaField::StartedAt, json!(now))?;
            tx.set(id, AgendaField::FinishedAt, serde_json::Value::Null)?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn finish_agenda_item(&mut self, id: AgendaItemId) -> Result<Outcome<AgendaItemId>> {
        let item = self.agenda_item(id)?;
        if item.started_at.is_none() {
            return Err(Error::AgendaNotStarted { title: item.title });
        }
        let ((), changes) = self.store.transact(|tx| {
            tx.set(id, AgendaField::FinishedAt, json!(now_rfc3339()))?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    /// The item running now, if any.
    pub fn current_agenda_item(&self, session: SessionId) -> Result<Option<AgendaItem>> {
        Ok(self.agenda(session)?.into_iter().find(|i| i.started_at.is_some() && i.finished_at.is_none()))
    }

    /// Run of show: finish the running item and start the next one not yet run. Returns the item
    /// now running, or `None` when the agenda is done.
    pub fn next_agenda_item(&mut self, session: SessionId) -> Result<Option<AgendaItemId>> {
        let agenda = self.agenda(session)?;
        let current = agenda.iter().position(|i| i.started_at.is_some() && i.finished_at.is_none());
        let next = match current {
            Some(c) => agenda.get(c + 1),
            None => agenda.iter().find(|i| i.started_at.is_none()),
        };
        match next {
            Some(n) => {
                let id = n.id;
                self.start_agenda_item(id)?;
                Ok(Some(id))
            }
            None => {
                if let Some(c) = current {
                    self.finish_agenda_item(agenda[c].id)?;
                }
                Ok(None)
            }
        }
    }

    /// Run of show, one step back: the item before the running one runs again (its original start
    /// kept, its finish cleared) and the running one goes back to not started, since stepping back
    /// means it had not really begun. With nothing running, the last item run is reopened.
    /// Returns the item now running, or `None` when nothing has run yet.
    pub fn previous_agenda_item(&mut self, session: SessionId) -> Result<Option<AgendaItemId>> {
        let agenda = self.agenda(session)?;
        let current = agenda.iter().position(|i| i.started_at.is_some() && i.finished_at.is_none());
        let back = match current {
            Some(c) => agenda[..c].iter().rposition(|i| i.started_at.is_some()),
            None => agenda.iter().rposition(|i| i.started_at.is_some()),
        };
        let undo = current.map(|c| agenda[c].id);
        let reopen = back.map(|b| agenda[b].id);
        if undo.is_none() && reopen.is_none() {
            return Ok(None);
        }
        self.store.transact(|tx| {
            if let Some(u) = undo {
                tx.set(u, AgendaField::StartedAt, serde_json::Value::Null)?;
            }
            if let Some(r) = reopen {
                tx.set(r, AgendaField::FinishedAt, serde_json::Value::Null)?;
            }
            Ok(())
        })?;
        Ok(reopen)
    }
}
