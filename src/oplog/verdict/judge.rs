//! What each op's verdict depends on besides the op itself: who made its record (the winning
//! create), which session it is in and who made that, how many tags its device added; and the
//! judging of an op new to this database, of a whole record again, and of a record's refold.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use super::{Judgement, Trust, Verdict, authorize, record, values_fit};
use crate::error::Result;
use crate::ids::{DeviceId, OpId};
use crate::oplog::{Change, Entity, Op, clock};

/// Who made a record: its winning create.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Creator {
    pub device: DeviceId,
    pub hlc: i64,
    pub op_id: OpId,
    /// When its create reached this database (`ops.arrival`); `i64::MAX` for one arriving now.
    pub arrival: i64,
}

/// The session a record belongs to, and who made it when.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct SessionInfo {
    pub id: Uuid,
    pub origin: DeviceId,
    pub created_hlc: i64,
}

/// What one op's verdict depends on besides the op and the trust decisions.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Context {
    pub creator: Option<Creator>,
    /// The record's session; `Some(None)` for a session the database does not have.
    pub session: Option<Option<SessionInfo>>,
    /// For a tag create: whether its device already made `MAX_TAGS_PER_DEVICE` tags before it
    /// (by sequence number).
    pub over_tag_limit: bool,
}

/// Whether create `a` wins over create `b` as the maker of record `id`: the coordinator's over
/// any laptop's; otherwise, for an id that names a thing (a tag's, derived from its words, which
/// any laptop may make), the first by the clock, and for a random id (which a second device can
/// only have copied) the first to reach this database, so a create stamped early cannot take
/// over a record.
pub(crate) fn beats(a: Creator, b: Creator, trust: &Trust, id: Uuid) -> bool {
    let coordinator = |c: Creator| !trust.is_authority(c.device);
    if named_id(id) {
        let rank = |c: Creator| (coordinator(c), c.hlc, c.device, c.op_id);
        rank(a) < rank(b)
    } else {
        let rank = |c: Creator| (coordinator(c), c.arrival, c.op_id);
        rank(a) < rank(b)
    }
}

/// Whether an id is derived from what it names (UUIDv5), rather than drawn at random.
fn named_id(id: Uuid) -> bool {
    id.get_version() == Some(uuid::Version::Sha1)
}

fn arrival(conn: &Connection, op: OpId) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT arrival FROM ops WHERE op_id = ?1")?
        .query_row([op], |r| r.get(0))
        .optional()?
        .unwrap_or(i64::MAX))
}

/// The session id an op names, for a create of a record that belongs to one.
pub(crate) fn session_of_create(op: &Op) -> Option<Uuid> {
    match (&op.change, op.entity) {
        (_, Entity::Session) => Some(op.entity_id),
        (Change::Create { fields }, _) => fields.get("session_id")?.as_str()?.parse().ok(),
        _ => None,
    }
}

/// A session's maker and creation stamp, as its materialized row holds them.
pub(crate) fn session_info(conn: &Connection, session: Uuid) -> Result<Option<SessionInfo>> {
    Ok(conn
        .prepare_cached("SELECT origin_device, created_hlc FROM sessions WHERE id = ?1")?
        .query_row([session.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .map(|(origin, created_hlc)| SessionInfo { id: session, origin, created_hlc }))
}

/// The session a stored record belongs to (through its action, for an action's update).
pub(crate) fn session_of_record(conn: &Connection, entity: Entity, id: Uuid) -> Result<Option<Uuid>> {
    let (table, key) = match entity {
        Entity::Session => return Ok(Some(id)),
        Entity::Tag | Entity::Programme => return Ok(None),
        Entity::ActionUpdate => {
            let action: Option<String> = conn
                .prepare_cached("SELECT action_id FROM action_updates WHERE id = ?1")?
                .query_row([id.to_string()], |r| r.get(0))
                .optional()?;
            match action.and_then(|a| a.parse().ok()) {
                Some(a) => (Entity::Action.table(), a),
                None => return Ok(None),
            }
        }
        e => (e.table(), id),
    };
    let session: Option<Option<String>> = conn
        .prepare_cached(&format!("SELECT session_id FROM {table} WHERE id = ?1"))?
        .query_row([key.to_string()], |r| r.get(0))
        .optional()?;
    Ok(session.flatten().and_then(|s| s.parse().ok()))
}

/// The session of the action an action update's create names.
pub(crate) fn session_of_update(conn: &Connection, op: &Op) -> Result<Option<Uuid>> {
    let Change::Create { fields } = &op.change else { return Ok(None) };
    let Some(action) = fields.get("action_id").and_then(|a| a.as_str()) else { return Ok(None) };
    let session: Option<Option<String>> = conn
        .prepare_cached("SELECT session_id FROM actions WHERE id = ?1")?
        .query_row([action], |r| r.get(0))
        .optional()?;
    Ok(session.flatten().and_then(|s| s.parse().ok()))
}

/// Whether `op`, a tag create, comes after its device's `MAX_TAGS_PER_DEVICE`-th tag create in
/// sequence order (so the limit does not depend on the order bundles arrive in). The cut, the
/// sequence number of that last allowed create, is read once per device from the
/// `ops_tag_creates` index and kept in `trust` until a merge inserts a tag create before it.
pub(crate) fn over_tag_limit(conn: &Connection, trust: &Trust, op: &Op) -> Result<bool> {
    if op.entity != Entity::Tag
        || !matches!(op.change, Change::Create { .. })
        || !trust.rules_apply(op.device_id)
    {
        return Ok(false);
    }
    let cached = trust.tag_cuts.borrow().get(&op.device_id).copied();
    let cut = match cached {
        Some(cut) => cut,
        None => {
            let cut: Option<i64> = conn
                .prepare_cached(
                    "SELECT seq FROM ops INDEXED BY ops_tag_creates
                     WHERE device_id = ?1 AND entity = 'tag' AND change ->> '$.op' = 'create'
                     ORDER BY seq LIMIT 1 OFFSET ?2",
                )?
                .query_row(params![op.device_id, super::MAX_TAGS_PER_DEVICE as i64 - 1], |r| r.get(0))
                .optional()?;
            trust.tag_cuts.borrow_mut().insert(op.device_id, cut);
            cut
        }
    };
    Ok(cut.is_some_and(|c| op.seq > c))
}

/// A tag create of `device` with this sequence number was just added to the log: a cut read
/// before it may have moved.
pub(crate) fn tag_create_added(trust: &Trust, device: DeviceId, seq: i64) {
    let mut cuts = trust.tag_cuts.borrow_mut();
    if cuts.get(&device).is_some_and(|cut| cut.is_none_or(|c| seq <= c)) {
        cuts.remove(&device);
    }
}

/// Judges every op of one record again, in op order, and records what changed: when a merge
/// brings a create that changes who made it, and for a rebuild. Returns the ops' judgements.
pub(crate) fn judge_record(conn: &Connection, trust: &Trust, ops: &[Op]) -> Result<Vec<Judgement>> {
    let Some(first) = ops.first() else { return Ok(vec![]) };
    let (entity, id) = (first.entity, first.entity_id);
    // The maker: the winning create among those that could count at all.
    let mut creator: Option<Creator> = None;
    for op in ops.iter().filter(|o| matches!(o.change, Change::Create { .. })) {
        let basic = values_fit(op, trust) && clock::is_clock(op.hlc) && !trust.revoked(op.device_id, op.seq);
        if !basic {
            continue;
        }
        let candidate =
            Creator { device: op.device_id, hlc: op.hlc, op_id: op.op_id, arrival: arrival(conn, op.op_id)? };
        if creator.is_none_or(|c| beats(candidate, c, trust, id)) {
            creator = Some(candidate);
        }
    }
    let maker = creator.and_then(|c| ops.iter().find(|o| o.op_id == c.op_id));
    let of = |op: &Op| -> Result<Option<Uuid>> {
        match entity {
            Entity::Session => Ok(Some(id)),
            Entity::ActionUpdate => session_of_update(conn, op),
            _ => Ok(session_of_create(op)),
        }
    };
    let record_session = match maker {
        Some(m) => of(m)?,
        None => None,
    };
    let mut out = Vec::with_capacity(ops.len());
    for op in ops {
        // A create is judged in the session it names; an edit in its record's.
        let session = match op.change {
            Change::Create { .. } => of(op)?,
            _ => record_session,
        };
        let scoped = !matches!(entity, Entity::Tag | Entity::Programme) && session.is_some();
        let cx = Context {
            creator,
            session: if scoped {
                Some(session.map(|s| session_info(conn, s)).transpose()?.flatten())
            } else {
                None
            },
            over_tag_limit: over_tag_limit(conn, trust, op)?,
        };
        // A session's own ops are scoped by the session itself, made by its maker.
        let cx = if entity == Entity::Session {
            Context {
                session: Some(creator.map(|c| SessionInfo { id, origin: c.device, created_hlc: c.hlc })),
                ..cx
            }
        } else {
            cx
        };
        out.push(authorize(op, trust, &cx));
    }
    Ok(out)
}

/// The maker of a stored record, as its materialized row holds it (`None` when it has no row:
/// not made yet, or deleted).
fn stored_maker(conn: &Connection, entity: Entity, id: Uuid) -> Result<Option<Creator>> {
    Ok(conn
        .prepare_cached(&format!("SELECT origin_device, created_hlc FROM {} WHERE id = ?1", entity.table()))?
        .query_row([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .map(|(device, hlc)| Creator { device, hlc, op_id: OpId(Uuid::nil()), arrival: 0 }))
}

/// What a merge (or a local write) has made so far that the tables do not show yet.
#[derive(Default)]
pub(crate) struct Pending {
    makers: HashMap<(Entity, Uuid), (Creator, Option<Uuid>)>,
    sessions: HashMap<Uuid, SessionInfo>,
}

/// What judging a new op found.
pub(crate) struct Judged {
    pub judgement: Judgement,
    /// The op changes who made its record (or its record's history is unusual): judge the whole
    /// record again once the merge's ops are in.
    pub rejudge: bool,
}

/// Judges an op new to this database, already in the log, against the records as they stand
/// and what this merge made before it (`pending`, in op order).
pub(crate) fn judge_new(conn: &Connection, trust: &Trust, op: &Op, pending: &mut Pending) -> Result<Judged> {
    let key = (op.entity, op.entity_id);
    let (maker, maker_session) = match pending.makers.get(&key) {
        Some((c, s)) => (Some(*c), *s),
        None => match stored_maker(conn, op.entity, op.entity_id)? {
            Some(c) => (Some(c), session_of_record(conn, op.entity, op.entity_id)?),
            None => (None, None),
        },
    };
    let mut rejudge = false;
    let candidate = Creator { device: op.device_id, hlc: op.hlc, op_id: op.op_id, arrival: i64::MAX };
    let is_create = matches!(op.change, Change::Create { .. });
    let counts =
        is_create && values_fit(op, trust) && clock::is_clock(op.hlc) && !trust.revoked(op.device_id, op.seq);
    if maker.is_none() {
        // Ops before this one but no row: a deleted record, or one whose creates were refused.
        let earlier: bool = conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM ops WHERE entity = ?1 AND entity_id = ?2 AND op_id != ?3)",
            )?
            .query_row(params![op.entity.as_str(), op.entity_id.to_string(), op.op_id], |r| r.get(0))?;
        rejudge |= earlier && !pending.makers.contains_key(&key);
    } else if counts
        && maker.is_some_and(|m| m.device != op.device_id && beats(candidate, m, trust, op.entity_id))
    {
        rejudge = true;
    }
    let maker = match maker {
        None if counts => Some(candidate),
        m => m,
    };
    let own_session = match op.entity {
        Entity::Session => Some(op.entity_id),
        Entity::ActionUpdate if is_create => session_of_update(conn, op)?,
        _ if is_create => session_of_create(op),
        _ => maker_session,
    };
    let scoped = !matches!(op.entity, Entity::Tag | Entity::Programme) && own_session.is_some();
    let session = if op.entity == Entity::Session {
        Some(maker.map(|c| SessionInfo { id: op.entity_id, origin: c.device, created_hlc: c.hlc }))
    } else if scoped {
        let s = own_session.expect("scoped");
        Some(match pending.sessions.get(&s) {
            Some(info) => Some(*info),
            None => session_info(conn, s)?,
        })
    } else {
        None
    };
    if is_create && op.entity == Entity::Tag {
        tag_create_added(trust, op.device_id, op.seq);
    }
    let over_tag_limit = over_tag_limit(conn, trust, op)?;
    let judgement = authorize(op, trust, &Context { creator: maker, session, over_tag_limit });
    if judgement.verdict == Verdict::Accepted
        && counts
        && !pending.makers.contains_key(&key)
        && maker == Some(candidate)
    {
        pending.makers.insert(key, (candidate, own_session));
        if op.entity == Entity::Session {
            pending.sessions.insert(
                op.entity_id,
                SessionInfo { id: op.entity_id, origin: op.device_id, created_hlc: op.hlc },
            );
        }
    }
    Ok(Judged { judgement, rejudge })
}

/// Judges every op of one record again and refolds it: after a merge brought a create that
/// changes who made it, a revocation, or a review.
pub(crate) fn rejudge(conn: &Connection, trust: &Trust, entity: Entity, id: Uuid) -> Result<()> {
    let ops = crate::oplog::fold::all_ops_for(conn, entity, id)?;
    let verdicts: HashMap<OpId, Judgement> = {
        let mut stmt = conn
            .prepare_cached("SELECT op_id, verdict, reason FROM ops WHERE entity = ?1 AND entity_id = ?2")?;
        stmt.query_map(params![entity.as_str(), id.to_string()], |r| {
            Ok((r.get(0)?, Judgement { verdict: r.get(1)?, reason: r.get(2)? }))
        })?
        .collect::<rusqlite::Result<_>>()?
    };
    for (op, j) in ops.iter().zip(judge_record(conn, trust, &ops)?) {
        if verdicts.get(&op.op_id) != Some(&j) {
            record(conn, op.op_id, j)?;
        }
    }
    // A redaction approved now blanks the record's words.
    crate::oplog::redact::apply_if_redacted(conn, entity, id)?;
    crate::oplog::fold::refold(conn, entity, id)?;
    // A session's maker scopes everything in it: what belongs to it is judged again too.
    if entity == Entity::Session {
        for e in Entity::ALL.into_iter().filter(|e| e.fields().contains(&"session_id")) {
            let ids: Vec<String> = conn
                .prepare("SELECT DISTINCT entity_id FROM ops WHERE entity = ?1 AND change ->> '$.fields.session_id' = ?2")?
                .query_map(params![e.as_str(), id.to_string()], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for r in ids.iter().filter_map(|i| i.parse().ok()) {
                rejudge(conn, trust, e, r)?;
            }
        }
    }
    Ok(())
}
