//! Votes: dots counted off the flip chart, and ballots cast by attendees (dots, ranked or budget),
//! one ballot per token.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::error::{Error, Result};
use crate::ids::{BallotId, ConcernId, DotCountId, SessionId};
use crate::oplog::Entity;
use crate::validate::{self, choice};
use crate::{Convene, Outcome, fields, now_rfc3339};

choice!(
    BallotKind, "ballot-kind" {
        Dots = "dots",
        Rank = "rank",
        Budget = "budget",
    }
);

/// The default number of points on a budget-allocation ballot.
pub const DEFAULT_BUDGET: i64 = 100;

/// What a ballot says, by kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum BallotChoices {
    /// One entry per dot; a concern may get several.
    Dots(Vec<ConcernId>),
    /// Best first.
    Rank(Vec<ConcernId>),
    /// Points given to each concern, adding up to `budget`.
    Budget { budget: i64, allocations: Vec<(ConcernId, i64)> },
}

impl BallotChoices {
    pub fn kind(&self) -> BallotKind {
        match self {
            BallotChoices::Dots(_) => BallotKind::Dots,
            BallotChoices::Rank(_) => BallotKind::Rank,
            BallotChoices::Budget { .. } => BallotKind::Budget,
        }
    }

    fn concerns(&self) -> Vec<ConcernId> {
        match self {
            BallotChoices::Dots(c) | BallotChoices::Rank(c) => c.clone(),
            BallotChoices::Budget { allocations, .. } => allocations.iter().map(|(c, _)| *c).collect(),
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Ballot {
    pub id: BallotId,
    pub session_id: SessionId,
    pub kind: BallotKind,
    pub token: String,
    pub choices: BallotChoices,
    pub created_at: String,
    pub(crate) created_hlc: i64,
    pub(crate) origin_device: String,
}

impl Convene {
    /// Adds dots counted on a concern's card (several entries add up).
    pub fn add_dot_count(
        &mut self,
        session: SessionId,
        concern: ConcernId,
        count: i64,
    ) -> Result<Outcome<DotCountId>> {
        self.session(session)?;
        self.check_session(session, concern)?;
        let count = validate::number(crate::field!("dot-count"), count, 1, 100_000)?;
        let id = DotCountId::new();
        let ((), changes) = self.store.transact(|tx| {
            tx.create(
                Entity::DotCount,
                id.0,
                fields(json!({
                    "session_id": session.to_string(),
                    "concern_id": concern.to_string(),
                    "count": count,
                    "created_at": now_rfc3339(),
                })),
            )?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    /// Casts one attendee's ballot. A token casts one ballot of each kind per session.
    pub fn cast_ballot(
        &mut self,
        session: SessionId,
        token: &str,
        choices: BallotChoices,
    ) -> Result<Outcome<BallotId>> {
        self.session(session)?;
        let token = validate::text(crate::field!("ballot-token"), token, 100)?;
        let kind = choices.kind();
        let concerns = choices.concerns();
        if concerns.is_empty() {
            return Err(Error::EmptyBallot);
        }
        for c in &concerns {
            self.check_session(session, *c)?;
        }
        let (stored, budget) = match &choices {
            BallotChoices::Dots(c) => (json!(c), None),
            BallotChoices::Rank(c) => {
                let mut seen = HashSet::new();
                if let Some(dup) = c.iter().find(|id| !seen.insert(**id)) {
                    return Err(Error::RepeatedChoice { id: dup.to_string() });
                }
                (json!(c), None)
            }
            BallotChoices::Budget { budget, allocations } => {
                let budget = validate::number(crate::field!("ballot-budget"), *budget, 1, 1_000_000)?;
                if let Some((_, v)) = allocations.iter().find(|(_, v)| *v < 0) {
                    return Err(Error::NegativeAllocation { value: *v });
                }
                let mut seen = HashSet::new();
                if let Some((dup, _)) = allocations.iter().find(|(id, _)| !seen.insert(*id)) {
                    return Err(Error::RepeatedChoice { id: dup.to_string() });
                }
                let spent: i64 = allocations.iter().map(|(_, v)| v).sum();
                if spent != budget {
                    return Err(Error::BudgetMismatch { spent, budget });
                }
                let map: serde_json::Map<String, serde_json::Value> =
                    allocations.iter().map(|(c, v)| (c.to_string(), json!(v))).collect();
                (serde_json::Value::Object(map), Some(budget))
            }
        };
        let id = BallotId::new();
        let ((), changes) = self.store.transact(|tx| {
            // Checked inside the write transaction, so two windows cannot both use a token.
            let used: bool = tx.conn().query_row(
                "SELECT EXISTS (SELECT 1 FROM ballots WHERE session_id = ?1 AND kind = ?2 AND token = ?3)",
                rusqlite::params![session, kind.as_str(), token],
                |r| r.get(0),
            )?;
            if used {
                return Err(Error::DuplicateToken { token: token.clone() });
            }
            tx.create(
                Entity::Ballot,
                id.0,
                fields(json!({
                    "session_id": session.to_string(),
                    "kind": kind.as_str(),
                    "token": token,
                    "choices": stored,
                    "budget": budget,
                    "created_at": now_rfc3339(),
                })),
            )?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    /// Every ballot in the session, including any that a merge found sharing a token (the tally
    /// counts only the first of those).
    pub fn ballots(&self, session: SessionId) -> Result<Vec<Ballot>> {
        let mut stmt = self.store.conn.prepare_cached(
            "SELECT id, session_id, kind, token, choices, budget, created_at, created_hlc, origin_device
             FROM ballots WHERE session_id = ?1 ORDER BY created_hlc, origin_device, id",
        )?;
        let rows = stmt.query_map([session], |r| {
            let kind: String = r.get(2)?;
            let choices: String = r.get(4)?;
            let budget: Option<i64> = r.get(5)?;
            Ok((r.get(0)?, r.get(1)?, kind, r.get(3)?, choices, budget, r.get(6)?, r.get(7)?, r.get(8)?))
        })?;
        let mut out = vec![];
        for row in rows {
            let (id, session_id, kind, token, choices, budget, created_at, created_hlc, origin_device): (
                BallotId,
                SessionId,
                String,
                String,
                String,
                Option<i64>,
                String,
                i64,
                String,
            ) = row?;
            let kind = BallotKind::parse(&kind)?;
            let choices = match kind {
                BallotKind::Dots => BallotChoices::Dots(serde_json::from_str(&choices)?),
                BallotKind::Rank => BallotChoices::Rank(serde_json::from_str(&choices)?),
                BallotKind::Budget => {
                    let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&choices)?;
                    let allocations =
                        map.into_iter().filter_map(|(k, v)| Some((k.parse().ok()?, v.as_i64()?))).collect();
                    BallotChoices::Budget { budget: budget.unwrap_or(DEFAULT_BUDGET), allocations }
                }
            };
            out.push(Ballot { id, session_id, kind, token, choices, created_at, created_hlc, origin_device });
        }
        Ok(out)
    }

    /// Dots counted per concern, as entered (before duplicates are rolled up).
    pub(crate) fn dot_count_entries(&self, session: SessionId) -> Result<Vec<(ConcernId, i64)>> {
        let mut stmt = self.store.conn.prepare_cached(
            "SELECT concern_id, sum(count) FROM dot_counts WHERE session_id = ?1 GROUP BY concern_id",
        )?;
        let rows = stmt.query_map([session], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
