//! Choosing the ops that leave this laptop: those of the sessions asked for (and the records
//! that hang off them), optionally only one device's, optionally only some kinds.

use std::collections::{HashMap, HashSet};

use uuid::Uuid;

use crate::Convene;
use crate::error::Result;
use crate::ids::{DeviceId, SessionId};
use crate::oplog::{Change, Entity, Op, fold};

/// The entities a kit may carry: the plan, never what was said or who came.
pub(crate) const PLAN: &[Entity] =
    &[Entity::Programme, Entity::Session, Entity::AgendaItem, Entity::Group, Entity::Question, Entity::Tag];

impl Convene {
    /// Which session each entity belongs to, from the ops that created them.
    fn session_owners(&self) -> Result<HashMap<Uuid, SessionId>> {
        let mut stmt = self.store.conn.prepare(
            "SELECT entity, entity_id, change ->> '$.fields.session_id', change ->> '$.fields.action_id'
             FROM ops WHERE change ->> '$.op' = ?1",
        )?;
        let mut owner: HashMap<Uuid, SessionId> = HashMap::new();
        let mut updates: Vec<(Uuid, Uuid)> = vec![];
        let mut rows = stmt.query([Change::CREATE])?;
        while let Some(r) = rows.next()? {
            let entity: String = r.get(0)?;
            let id: Option<Uuid> = r.get::<_, String>(1)?.parse().ok();
            let session: Option<SessionId> = r.get::<_, Option<String>>(2)?.and_then(|s| s.parse().ok());
            let action: Option<Uuid> = r.get::<_, Option<String>>(3)?.and_then(|s| s.parse().ok());
            let Some(id) = id else { continue };
            if Entity::parse(&entity) == Some(Entity::Session) {
                owner.insert(id, SessionId(id));
            } else if let Some(s) = session {
                owner.insert(id, s);
            } else if let Some(a) = action {
                updates.push((id, a));
            }
        }
        for (update, action) in updates {
            if let Some(s) = owner.get(&action).copied() {
                owner.insert(update, s);
            }
        }
        Ok(owner)
    }

    /// The tags a kit for `sessions` carries: those this coordinator made, and those the
    /// sessions' concerns use.
    fn kit_tags(&self, sessions: &[SessionId]) -> Result<HashSet<Uuid>> {
        let mut out: HashSet<Uuid> = HashSet::new();
        let mut mine = self.store.conn.prepare("SELECT id FROM tags WHERE origin_device = ?1")?;
        for id in mine.query_map([self.device_id()], |r| r.get::<_, String>(0))? {
            out.extend(id?.parse::<Uuid>().ok());
        }
        let mut used = self.store.conn.prepare(
            "SELECT DISTINCT j.value FROM concerns c, json_each(c.tags) j WHERE c.session_id = ?1",
        )?;
        for s in sessions {
            for slug in used.query_map([s], |r| r.get::<_, String>(0))? {
                out.insert(crate::ids::TagId::for_slug(&slug?).0);
            }
        }
        Ok(out)
    }

    /// Ops for `sessions`, optionally only those made by `device` and of `entities`, in
    /// sequence order. Tags travel with every session; a programme with its sessions.
    pub(crate) fn session_ops(
        &self,
        sessions: &[SessionId],
        device: Option<DeviceId>,
        entities: Option<&[Entity]>,
    ) -> Result<Vec<Op>> {
        let owner = self.session_owners()?;
        let wanted: HashSet<SessionId> = sessions.iter().copied().collect();
        let programmes: HashSet<Uuid> = sessions
            .iter()
            .filter_map(|s| self.session(*s).ok().and_then(|s| s.programme_id))
            .map(|p| p.0)
            .collect();
        // A kit carries the coordinator's vocabulary and the tags its sessions' concerns use, not
        // every tag every laptop ever added.
        let kit_tags: Option<HashSet<Uuid>> = match entities {
            Some(e) if e == PLAN => Some(self.kit_tags(sessions)?),
            _ => None,
        };
        // Only what counts here leaves: never a held, refused or revoked op.
        let mut stmt = self.store.conn.prepare(
            "SELECT op_id, device_id, seq, hlc, entity, entity_id, change, prev FROM ops
             WHERE (?1 IS NULL OR device_id = ?1) AND verdict = 'accepted' ORDER BY device_id, seq",
        )?;
        let mut out = vec![];
        let mut rows = stmt.query([device])?;
        while let Some(r) = rows.next()? {
            let op = fold::op_from_row(r)?;
            if entities.is_some_and(|e| !e.contains(&op.entity)) {
                continue;
            }
            let keep = match op.entity {
                Entity::Tag => kit_tags.as_ref().is_none_or(|k| k.contains(&op.entity_id)),
                Entity::Programme => programmes.contains(&op.entity_id),
                _ => owner.get(&op.entity_id).is_some_and(|s| wanted.contains(s)),
            };
            if keep {
                out.push(op);
            }
        }
        Ok(out)
    }
}
