//! Actions: what the department and the city do about concerns, tracked with dated updates for
//! the report-back meeting and the semi-annual Community Policing Plan update.

use rusqlite::OptionalExtension;
use serde::Serialize;
use serde_json::json;

use crate::concerns::ConcernStatus;
use crate::error::{OrNotFound, Result};
use crate::ids::{ActionId, ActionUpdateId, ConcernId, SessionId};
use crate::oplog::Entity;
use crate::oplog::fields::{ActionField, ConcernField};
use crate::validate::{self, MAX_LINE, MAX_TEXT, choice};
use crate::{Convene, Outcome, fields, json_list, now_rfc3339};

choice!(
    ActionStatus, "action-status" {
        Planned = "planned",
        InProgress = "in-progress",
        Done = "done",
        Dropped = "dropped",
    }
);

choice!(
    /// Why a response was new or changed: the Community Policing Plan asks which.
    ChangeBasis, "action-basis" {
        ResultBased = "result-based",
        CommunityInput = "community-input",
    }
);

#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(optional_fields = nullable)]
pub struct NewAction {
    pub session: Option<SessionId>,
    pub precinct: Option<String>,
    pub title: String,
    pub response: Option<String>,
    pub owner: Option<String>,
    pub due: Option<String>,
    pub concerns: Vec<ConcernId>,
    pub basis: Option<ChangeBasis>,
}

#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(optional_fields = nullable)]
pub struct NewActionUpdate {
    /// The day it happened; today if not given.
    pub on_date: Option<String>,
    pub text: String,
    pub status: Option<ActionStatus>,
    pub basis: Option<ChangeBasis>,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct ActionUpdate {
    pub id: ActionUpdateId,
    pub on_date: String,
    pub text: String,
    pub status: Option<ActionStatus>,
    pub basis: Option<ChangeBasis>,
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Action {
    pub id: ActionId,
    pub session_id: Option<SessionId>,
    pub precinct: Option<String>,
    pub title: String,
    pub response: Option<String>,
    pub owner: Option<String>,
    pub due: Option<String>,
    pub status: ActionStatus,
    pub basis: ChangeBasis,
    pub concern_ids: Vec<ConcernId>,
    pub created_at: String,
    pub updates: Vec<ActionUpdate>,
}

const COLUMNS: &str =
    "id, session_id, precinct, title, response, owner, due, status, basis, concern_ids, created_at";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Action> {
    let status: String = r.get(7)?;
    let basis: String = r.get(8)?;
    Ok(Action {
        id: r.get(0)?,
        session_id: r.get(1)?,
        precinct: r.get(2)?,
        title: r.get(3)?,
        response: r.get(4)?,
        owner: r.get(5)?,
        due: r.get(6)?,
        status: ActionStatus::parse(&status).unwrap_or(ActionStatus::Planned),
        basis: ChangeBasis::parse(&basis).unwrap_or(ChangeBasis::CommunityInput),
        concern_ids: json_list(r.get(9)?).into_iter().filter_map(|s| s.parse().ok()).collect(),
        created_at: r.get(10)?,
        updates: vec![],
    })
}

impl Convene {
    pub fn add_action(&mut self, new: NewAction) -> Result<Outcome<ActionId>> {
        let title = validate::text(crate::field!("action-title"), &new.title, MAX_LINE)?;
        let response =
            validate::optional(crate::field!("action-response"), new.response.as_deref(), MAX_TEXT)?;
        let owner = validate::optional(crate::field!("action-owner"), new.owner.as_deref(), MAX_LINE)?;
        let due = new.due.as_deref().map(|d| validate::date(crate::field!("action-due"), d)).transpose()?;
        let mut precinct =
            validate::optional(crate::field!("action-precinct"), new.precinct.as_deref(), MAX_LINE)?;
        if let Some(s) = new.session {
            let session = self.session(s)?;
            precinct = precinct.or(session.precinct);
        }
        // The concerns it answers: each must exist, and if the action belongs to a session,
        // in that session.
        let mut to_plan = vec![];
        for c in &new.concerns {
            let concern = self.concern(*c)?;
            if let Some(s) = new.session {
                self.check_session(s, *c)?;
            }
            if matches!(concern.status, ConcernStatus::New | ConcernStatus::UnderReview) {
                to_plan.push(*c);
            }
        }
        let id = ActionId::new();
        let ((), changes) = self.store.transact(|tx| {
            tx.create(
                Entity::Action,
                id.0,
                fields(json!({
                    "session_id": new.session.map(|s| s.to_string()),
                    "precinct": precinct,
                    "title": title,
                    "response": response,
                    "owner": owner,
                    "due": due,
                    "status": ActionStatus::Planned.as_str(),
                    "basis": new.basis.unwrap_or(ChangeBasis::CommunityInput).as_str(),
                    "concern_ids": new.concerns.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
                    "created_at": now_rfc3339(),
                })),
            )?;
            // A concern with an action is no longer just "new" on the board.
            for c in &to_plan {
                tx.set(*c, ConcernField::Status, json!(ConcernStatus::ActionPlanned.as_str()))?;
            }
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    /// Records a dated update; a status or basis given with it becomes the action's own.
    pub fn update_action(
        &mut self,
        id: ActionId,
        update: NewActionUpdate,
    ) -> Result<Outcome<ActionUpdateId>> {
        let action = self.action(id)?;
        let text = validate::text(crate::field!("action-update-text"), &update.text, MAX_TEXT)?;
        let on_date = match update.on_date.as_deref() {
            Some(d) => validate::date(crate::field!("action-update-date"), d)?,
            None => chrono::Local::now().date_naive().to_string(),
        };
        let uid = ActionUpdateId::new();
        let ((), changes) = self.store.transact(|tx| {
            tx.create(
                Entity::ActionUpdate,
                uid.0,
                fields(json!({
                    "action_id": id.to_string(),
                    "on_date": on_date,
                    "text": text,
                    "status": update.status.map(|s| s.as_str()),
                    "basis": update.basis.map(|b| b.as_str()),
                })),
            )?;
            if let Some(s) = update.status {
                tx.set(id, ActionField::Status, json!(s.as_str()))?;
                // Done actions mark the concerns they answer as done too.
                let concern_status = match s {
                    ActionStatus::InProgress => Some(ConcernStatus::InProgress),
                    ActionStatus::Done => Some(ConcernStatus::Done),
                    _ => None,
                };
                if let Some(cs) = concern_status {
                    for c in &action.concern_ids {
                        let exists: bool = tx.conn().query_row(
                            "SELECT EXISTS (SELECT 1 FROM concerns WHERE id = ?1)",
                            [c],
                            |r| r.get(0),
                        )?;
                        if exists {
                            tx.set(*c, ConcernField::Status, json!(cs.as_str()))?;
                        }
                    }
                }
            }
            if let Some(b) = update.basis {
                tx.set(id, ActionField::Basis, json!(b.as_str()))?;
            }
            Ok(())
        })?;
        Ok(Outcome { id: uid, changes })
    }

    pub fn edit_action(
        &mut self,
        id: ActionId,
        owner: Option<&str>,
        due: Option<&str>,
        response: Option<&str>,
    ) -> Result<Outcome<ActionId>> {
        self.action(id)?;
        let mut sets = vec![];
        if let Some(o) = owner {
            sets.push((
                ActionField::Owner,
                json!(validate::optional(crate::field!("action-owner"), Some(o), MAX_LINE)?),
            ));
        }
        if let Some(d) = due {
            sets.push((ActionField::Due, json!(validate::date(crate::field!("action-due"), d)?)));
        }
        if let Some(r) = response {
            sets.push((
                ActionField::Response,
                json!(validate::optional(crate::field!("action-response"), Some(r), MAX_TEXT)?),
            ));
        }
        let ((), changes) = self.store.transact(|tx| {
            for (f, v) in sets {
                tx.set(id, f, v)?;
            }
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn action(&self, id: ActionId) -> Result<Action> {
        let mut a = self
            .store
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM actions WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?
            .or_not_found(crate::thing!("action"), id)?;
        a.updates = self.action_updates(id)?;
        Ok(a)
    }

    /// Actions for a session, for a precinct, or all of them.
    pub fn actions(&self, session: Option<SessionId>, precinct: Option<&str>) -> Result<Vec<Action>> {
        if let Some(s) = session {
            self.session(s)?;
        }
        let mut stmt = self.store.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM actions
             WHERE (?1 IS NULL OR session_id = ?1) AND (?2 IS NULL OR precinct = ?2)
             ORDER BY created_at, id"
        ))?;
        let mut out = stmt
            .query_map(rusqlite::params![session, precinct], from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for a in &mut out {
            a.updates = self.action_updates(a.id)?;
        }
        Ok(out)
    }

    fn action_updates(&self, id: ActionId) -> Result<Vec<ActionUpdate>> {
        let mut stmt = self.store.conn.prepare_cached(
            "SELECT id, on_date, text, status, basis FROM action_updates
             WHERE action_id = ?1 ORDER BY on_date, created_hlc, id",
        )?;
        let rows = stmt.query_map([id], |r| {
            let status: Option<String> = r.get(3)?;
            let basis: Option<String> = r.get(4)?;
            Ok(ActionUpdate {
                id: r.get(0)?,
                on_date: r.get(1)?,
                text: r.get(2)?,
                status: status.and_then(|s| ActionStatus::parse(&s).ok()),
                basis: basis.and_then(|b| ChangeBasis::parse(&b).ok()),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
crate::labels!(ActionStatus, "action-status-");
crate::labels!(ChangeBasis, "basis-");
