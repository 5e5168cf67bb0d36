//! The merged issue board: concerns from every session this database holds, each with where it
//! came from (session, precinct, group, and the laptop that captured it).

use std::collections::HashMap;

use serde::Serialize;

use crate::Convene;
use crate::concerns::{Concern, ConcernFilter};
use crate::error::Result;
use crate::ids::SessionId;
use crate::sessions::{Session, SessionKind};

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct BoardCard {
    #[serde(flatten)]
    pub concern: Concern,
    pub session_title: String,
    pub session_kind: SessionKind,
    pub precinct: Option<String>,
    pub group_name: Option<String>,
    pub device_name: Option<String>,
    /// self, coordinator, approved, revoked...: merged work from a revoked device stays, marked.
    pub device_state: Option<crate::trust::DeviceState>,
    pub dots: i64,
}

impl Convene {
    /// Every concern across sessions (optionally one precinct's), most-voted first.
    pub fn merged_board(&self, precinct: Option<&str>, filter: &ConcernFilter) -> Result<Vec<BoardCard>> {
        let sessions = self.sessions()?.into_iter().filter(|s| {
            precinct.is_none_or(|p| s.precinct.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(p)))
        });
        self.board_cards(sessions, filter)
    }

    /// One session's board: its concerns with their groups, capturing laptops and dots.
    pub fn session_board(&self, session: SessionId, filter: &ConcernFilter) -> Result<Vec<BoardCard>> {
        self.board_cards(std::iter::once(self.session(session)?), filter)
    }

    fn board_cards(
        &self,
        sessions: impl Iterator<Item = Session>,
        filter: &ConcernFilter,
    ) -> Result<Vec<BoardCard>> {
        let devices: HashMap<String, (Option<String>, crate::trust::DeviceState)> =
            self.devices()?.into_iter().map(|d| (d.device_id.to_string(), (d.name, d.state))).collect();
        let mut cards = vec![];
        for s in sessions {
            let groups: HashMap<_, _> = self.groups(s.id)?.into_iter().map(|g| (g.id, g.name)).collect();
            let tally = self.tally(s.id)?;
            let dots: HashMap<_, _> = tally.dots.iter().map(|d| (d.concern, d.score)).collect();
            for c in self.concerns(s.id, filter)? {
                let (device_name, device_state) = match devices.get(&c.origin_device) {
                    Some((n, st)) => (n.clone(), Some(*st)),
                    None => (None, None),
                };
                cards.push(BoardCard {
                    session_title: s.title.clone(),
                    session_kind: s.kind,
                    precinct: s.precinct.clone(),
                    group_name: c.group_id.and_then(|g| groups.get(&g).cloned()),
                    device_name,
                    device_state,
                    dots: dots.get(&c.id).copied().unwrap_or(0),
                    concern: c,
                });
            }
        }
        cards.sort_by(|a, b| b.dots.cmp(&a.dots).then(a.concern.created_at.cmp(&b.concern.created_at)));
        Ok(cards)
    }
}
