//! What a signed laptop may do: the verdict of every op, local or imported, from one function
//! (`authorize`), over the ops and this database's trust decisions. See docs/ARCHITECTURE.md,
//! "What a laptop may change", for the rules and why they are these.
//!
//! Verdicts are a pure function of the op set and the trust decisions, computed in op order, so
//! any import order gives the same ones and a rebuild recomputes them. They are cached in the
//! `ops` table; a merge judges its new ops against the records as they stand, and recomputes a
//! whole record where a new op changes who made it.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;
use uuid::Uuid;

use super::fields::{self, Rule};
use super::{Change, Entity, Op, clock};
use crate::error::Result;
use crate::ids::{DeviceId, OpId};
use crate::trust::DeviceState;
use crate::validate::choice;

choice!(
    /// Whether an op counts.
    Verdict, "verdict" {
        Accepted = "accepted",
        /// Waiting for the coordinator's review.
        Held = "held",
        Refused = "refused",
        /// Its device was revoked from this op's sequence number on.
        Revoked = "revoked",
    }
);

choice!(
    /// Why an op was refused (or held), as a code: `error-change-refused` words it.
    Reason, "reason" {
        /// A value that does not fit its field (the field table), or a create missing one.
        BadValue = "bad-value",
        /// A clock value before 1970 or after the year 2200.
        NotAClock = "not-a-clock",
        /// A session the device was not given and did not create.
        OutOfScope = "out-of-scope",
        /// A field or a delete its rules do not allow this device.
        NotAllowed = "not-allowed",
        /// A record another device created.
        TakenId = "taken-id",
        /// More tags than a laptop may add.
        TooManyTags = "too-many-tags",
        /// The coordinator reviewed it and said no.
        ReviewRefused = "review-refused",
        /// A change to a record of another device's that waits for the coordinator.
        NeedsReview = "needs-review",
    }
);

/// How many tags a laptop may add to the vocabulary: far more than a summit of 800 residents
/// writing through one laptop needs, far fewer than it takes to flood every kit.
pub const MAX_TAGS_PER_DEVICE: u64 = 2_000;

/// The verdict of one op and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judgement {
    pub verdict: Verdict,
    pub reason: Option<Reason>,
}

const ACCEPTED: Judgement = Judgement { verdict: Verdict::Accepted, reason: None };

fn refused(reason: Reason) -> Judgement {
    Judgement { verdict: Verdict::Refused, reason: Some(reason) }
}

#[derive(Debug, Clone, Copy)]
struct DeviceTrust {
    state: DeviceState,
    /// Delegated only the sessions listed in `delegations` (not the whole plan).
    listed: bool,
    revoked_from: Option<i64>,
}

/// This database's trust decisions: with the ops, the whole input of every verdict.
#[derive(Debug, Clone)]
pub struct Trust {
    pub own: DeviceId,
    /// Whose word is final here: this database's own device when it is a coordinator's (or
    /// follows none), otherwise the coordinator it follows.
    pub authority: DeviceId,
    /// A laptop following a coordinator: devices it never saw reach it only through that
    /// coordinator's kits, which carry only what the coordinator accepted.
    laptop: bool,
    devices: HashMap<DeviceId, DeviceTrust>,
    delegations: HashSet<(DeviceId, Uuid)>,
    reviews: HashMap<OpId, bool>,
    /// The fields a create must carry: NOT NULL columns without a default.
    required: &'static HashMap<Entity, Vec<&'static str>>,
}

impl Trust {
    /// The trust decisions of the database behind `conn`, as the device `own` sees them.
    pub fn load(conn: &Connection, own: DeviceId) -> Result<Trust> {
        let meta = |k: &str| -> Result<Option<String>> {
            Ok(conn.query_row("SELECT value FROM meta WHERE key = ?1", [k], |r| r.get(0)).optional()?)
        };
        let coordinator = meta("coordinator_recipient")?.is_some();
        let follows: Option<DeviceId> = meta("follows_coordinator")?
            .and_then(|j| serde_json::from_str::<Value>(&j).ok())
            .and_then(|v| v.get("device_id")?.as_str()?.parse().ok());
        let authority = if coordinator { own } else { follows.unwrap_or(own) };
        let mut devices = HashMap::new();
        let mut stmt =
            conn.prepare_cached("SELECT device_id, state, delegation, revoked_from_seq FROM devices")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let delegation: String = r.get(2)?;
            devices.insert(
                r.get(0)?,
                DeviceTrust {
                    state: r.get(1)?,
                    listed: delegation == DELEGATION_LISTED,
                    revoked_from: r.get(3)?,
                },
            );
        }
        drop(rows);
        let delegations = conn
            .prepare_cached("SELECT device_id, session_id FROM delegations")?
            .query_map([], |r| Ok((r.get::<_, DeviceId>(0)?, r.get::<_, String>(1)?)))?
            .filter_map(|r| r.ok())
            .filter_map(|(d, s)| Some((d, s.parse().ok()?)))
            .collect();
        let reviews = conn
            .prepare_cached("SELECT op_id, decision FROM reviews")?
            .query_map([], |r| {
                Ok((r.get::<_, OpId>(0)?, r.get::<_, String>(1)? == Verdict::Accepted.as_str()))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Trust {
            own,
            authority,
            laptop: !coordinator && follows.is_some(),
            devices,
            delegations,
            reviews,
            required: required_fields(conn)?,
        })
    }

    fn revoked(&self, device: DeviceId, seq: i64) -> bool {
        self.devices.get(&device).and_then(|d| d.revoked_from).is_some_and(|from| seq >= from)
    }

    /// Whether the per-device rules judge this device's ops: not for the authority, and not on a
    /// laptop for a device it knows only from its coordinator's kits (already judged there).
    fn rules_apply(&self, device: DeviceId) -> bool {
        device != self.authority
            && !(self.laptop && !self.devices.contains_key(&device) && device != self.own)
    }

    /// Whether `device` may work in `session`, made by `origin`.
    fn delegated(&self, device: DeviceId, session: Uuid, origin: DeviceId) -> bool {
        if origin == device || self.delegations.contains(&(device, session)) {
            return true;
        }
        // By default a device is given the coordinator's plan; `listed` narrows that.
        origin == self.authority && !self.devices.get(&device).is_some_and(|d| d.listed)
    }

    fn is_trusted(&self, device: DeviceId) -> bool {
        device == self.own
            || device == self.authority
            || self.devices.get(&device).is_none_or(|d| d.state.trusted() || d.state == DeviceState::Revoked)
    }
}

/// `devices.delegation` for a device given only the sessions listed in `delegations`.
pub(crate) const DELEGATION_LISTED: &str = "listed";

/// The fields a create must carry: NOT NULL columns without a default, from each table's own
/// definition (read once; the schema is the same for every database this binary opens).
fn required_fields(conn: &Connection) -> Result<&'static HashMap<Entity, Vec<&'static str>>> {
    static REQUIRED: OnceLock<HashMap<Entity, Vec<&'static str>>> = OnceLock::new();
    if let Some(r) = REQUIRED.get() {
        return Ok(r);
    }
    let mut map = HashMap::new();
    for e in Entity::ALL {
        let mut stmt = conn.prepare(&format!("PRAGMA table_info({})", e.table()))?;
        let mut rows = stmt.query([])?;
        let mut required = vec![];
        while let Some(r) = rows.next()? {
            let (name, notnull, default): (String, bool, Option<String>) = (r.get(1)?, r.get(3)?, r.get(4)?);
            if let Some(f) = e.fields().iter().find(|f| **f == name)
                && notnull
                && default.is_none()
            {
                required.push(*f);
            }
        }
        map.insert(e, required);
    }
    Ok(REQUIRED.get_or_init(|| map))
}

/// Who made a record: its winning create.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Creator {
    pub device: DeviceId,
    pub hlc: i64,
    pub op_id: OpId,
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
    /// How many tags the op's device created before it, in op order.
    pub tags_before: u64,
}

/// Whether create `a` wins over create `b` as a record's maker: the coordinator's over any
/// laptop's, otherwise the first in op order.
pub(crate) fn beats(a: Creator, b: Creator, trust: &Trust) -> bool {
    let rank = |c: Creator| (c.device != trust.authority, c.hlc, c.device, c.op_id);
    rank(a) < rank(b)
}

/// The session id an op names, for a create of a record that belongs to one.
pub(crate) fn session_of_create(op: &Op) -> Option<Uuid> {
    match (&op.change, op.entity) {
        (_, Entity::Session) => Some(op.entity_id),
        (Change::Create { fields }, _) => fields.get("session_id")?.as_str()?.parse().ok(),
        _ => None,
    }
}

/// Whether the op's values fit their fields, and a create carries what its table needs.
pub(crate) fn values_fit(op: &Op, trust: &Trust) -> bool {
    match &op.change {
        Change::Create { fields: f } => {
            f.iter().all(|(k, v)| fields::check_value(op.entity, k, v).is_ok())
                && trust.required[&op.entity].iter().all(|r| f.get(*r).is_some_and(|v| !v.is_null()))
        }
        Change::Set { field, value } => fields::check_value(op.entity, field, value).is_ok(),
        Change::Delete => true,
    }
}

/// The verdict of `op`, given the trust decisions and what it depends on.
pub(crate) fn authorize(op: &Op, trust: &Trust, cx: &Context) -> Judgement {
    if !values_fit(op, trust) {
        return refused(Reason::BadValue);
    }
    if !clock::is_clock(op.hlc) {
        return refused(Reason::NotAClock);
    }
    if trust.revoked(op.device_id, op.seq) {
        return Judgement { verdict: Verdict::Revoked, reason: None };
    }
    // Nobody changes a fixed field once the record exists, the coordinator included.
    if let Change::Set { field, .. } = &op.change
        && fields::def(op.entity, field).is_some_and(|d| d.rule == Rule::Fixed)
    {
        return refused(Reason::NotAllowed);
    }
    let is_create = matches!(op.change, Change::Create { .. });
    if is_create && cx.creator.is_some_and(|c| c.device != op.device_id) {
        return refused(Reason::TakenId);
    }
    if !trust.rules_apply(op.device_id) {
        return ACCEPTED;
    }
    if !trust.is_trusted(op.device_id) {
        return refused(Reason::OutOfScope);
    }
    if op.entity == Entity::Tag && is_create && cx.tags_before >= MAX_TAGS_PER_DEVICE {
        return refused(Reason::TooManyTags);
    }
    if let Some(session) = cx.session {
        let Some(s) = session else { return refused(Reason::OutOfScope) };
        if !trust.delegated(op.device_id, s.id, s.origin) {
            return refused(Reason::OutOfScope);
        }
    }
    // A record with no maker yet is one being made: its maker decides later (a recompute).
    let mine = cx.creator.is_none_or(|c| c.device == op.device_id);
    match &op.change {
        Change::Create { .. } => ACCEPTED,
        Change::Set { .. } if mine => ACCEPTED,
        Change::Set { field, .. } => match fields::def(op.entity, field).map(|d| d.rule) {
            Some(Rule::Shared) => ACCEPTED,
            Some(Rule::Reviewed) => reviewed(op, trust),
            _ => refused(Reason::NotAllowed),
        },
        Change::Delete if mine => ACCEPTED,
        Change::Delete => match op.entity {
            Entity::Concern | Entity::Session | Entity::AgendaItem | Entity::Group | Entity::Question => {
                reviewed(op, trust)
            }
            _ => refused(Reason::NotAllowed),
        },
    }
}

/// A change that needs the coordinator: what it decided, or held until it does. A laptop's own
/// such change counts on the laptop itself (the facilitator runs the meeting) and is held at the
/// coordinator.
fn reviewed(op: &Op, trust: &Trust) -> Judgement {
    match trust.reviews.get(&op.op_id) {
        Some(true) => ACCEPTED,
        Some(false) => refused(Reason::ReviewRefused),
        None if op.device_id == trust.own => ACCEPTED,
        None => Judgement { verdict: Verdict::Held, reason: Some(Reason::NeedsReview) },
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

/// How many tag creates `device` made before `op` in op order.
pub(crate) fn tags_before(conn: &Connection, op: &Op) -> Result<u64> {
    let n: i64 = conn
        .prepare_cached(
            "SELECT count(*) FROM ops WHERE entity = ?1 AND device_id = ?2 AND change ->> '$.op' = ?3
           AND (hlc, device_id, op_id) < (?4, ?2, ?5)",
        )?
        .query_row(params![Entity::Tag.as_str(), op.device_id, Change::CREATE, op.hlc, op.op_id], |r| {
            r.get(0)
        })?;
    Ok(n as u64)
}

/// Records a verdict in the log.
pub(crate) fn record(conn: &Connection, op: OpId, j: Judgement) -> Result<()> {
    conn.prepare_cached("UPDATE ops SET verdict = ?2, reason = ?3 WHERE op_id = ?1")?
        .execute(params![op, j.verdict, j.reason])?;
    Ok(())
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
        let candidate = Creator { device: op.device_id, hlc: op.hlc, op_id: op.op_id };
        if basic && creator.is_none_or(|c| beats(candidate, c, trust)) {
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
            tags_before: if entity == Entity::Tag { tags_before(conn, op)? } else { 0 },
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
        .map(|(device, hlc)| Creator { device, hlc, op_id: OpId(Uuid::nil()) }))
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
    let candidate = Creator { device: op.device_id, hlc: op.hlc, op_id: op.op_id };
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
    } else if counts && maker.is_some_and(|m| m.device != op.device_id && beats(candidate, m, trust)) {
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
    let tags_before = if op.entity == Entity::Tag && is_create && trust.rules_apply(op.device_id) {
        tags_before(conn, op)?
    } else {
        0
    };
    let judgement = authorize(op, trust, &Context { creator: maker, session, tags_before });
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
    let ops = super::fold::all_ops_for(conn, entity, id)?;
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
    super::fold::refold(conn, entity, id)?;
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
