//! Programmes: a city's community-safety programme groups the sessions held in its precincts.

use serde::Serialize;
use serde_json::json;

use crate::error::{OrNotFound, Result};
use crate::ids::ProgrammeId;
use crate::oplog::Entity;
use crate::validate::{self, MAX_LINE, MAX_TEXT};
use crate::{Convene, Outcome, fields};

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Programme {
    pub id: ProgrammeId,
    pub name: String,
    pub description: Option<String>,
    /// Precincts that have sessions in this programme.
    pub precincts: Vec<String>,
    pub sessions: i64,
}

impl Convene {
    pub fn create_programme(
        &mut self,
        name: &str,
        description: Option<&str>,
    ) -> Result<Outcome<ProgrammeId>> {
        let name = validate::text(crate::field!("programme-name"), name, MAX_LINE)?;
        let description = validate::optional(crate::field!("programme-description"), description, MAX_TEXT)?;
        let id = ProgrammeId::new();
        let ((), changes) = self.store.transact(|tx| {
            tx.create(Entity::Programme, id.0, fields(json!({"name": name, "description": description})))?;
            Ok(())
        })?;
        Ok(Outcome { id, changes })
    }

    pub fn programmes(&self) -> Result<Vec<Programme>> {
        let mut stmt = self.store.conn.prepare_cached(
            "SELECT p.id, p.name, p.description,
                    (SELECT json_group_array(DISTINCT precinct) FROM sessions s
                      WHERE s.programme_id = p.id AND precinct IS NOT NULL),
                    (SELECT count(*) FROM sessions s WHERE s.programme_id = p.id)
             FROM programmes p ORDER BY p.name, p.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Programme {
                id: r.get(0)?,
                name: r.get(1)?,
                description: r.get(2)?,
                precincts: crate::json_list(r.get(3)?),
                sessions: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn programme(&self, id: ProgrammeId) -> Result<Programme> {
        self.programmes()?.into_iter().find(|p| p.id == id).or_not_found(crate::thing!("programme"), id)
    }
}
