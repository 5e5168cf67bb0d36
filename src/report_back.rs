//! The report-back trace: each concern a precinct raised, where it was raised (and raised again,
//! as duplicates merged into it), and the actions that answer it.

use std::collections::HashMap;

use serde::Serialize;

use crate::Convene;
use crate::actions::Action;
use crate::board::BoardCard;
use crate::concerns::ConcernFilter;
use crate::error::Result;

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct TracedConcern {
    pub card: BoardCard,
    /// The same concern raised again elsewhere and merged into this one.
    pub also_raised: Vec<BoardCard>,
    /// The actions that answer it, with their dated updates.
    pub actions: Vec<Action>,
}

impl Convene {
    /// Every concern of a precinct (or of all), most-voted first, followed to its actions.
    pub fn report_back(&self, precinct: Option<&str>) -> Result<Vec<TracedConcern>> {
        let cards =
            self.merged_board(precinct, &ConcernFilter { include_duplicates: true, ..Default::default() })?;
        let mut answered: HashMap<_, Vec<Action>> = HashMap::new();
        for a in self.actions(None, None)? {
            for c in &a.concern_ids {
                answered.entry(*c).or_default().push(a.clone());
            }
        }
        let mut merged: HashMap<_, Vec<BoardCard>> = HashMap::new();
        let mut roots = vec![];
        for card in cards {
            match card.concern.duplicate_of {
                Some(into) => merged.entry(into).or_default().push(card),
                None => roots.push(card),
            }
        }
        // merged_board already orders by dots, most first.
        Ok(roots
            .into_iter()
            .map(|card| TracedConcern {
                also_raised: merged.remove(&card.concern.id).unwrap_or_default(),
                actions: answered.remove(&card.concern.id).unwrap_or_default(),
                card,
            })
            .collect())
    }
}
