//! What a signed laptop may do: the verdict of every op, local or imported, from one function
//! (`authorize`), over the ops and this database's trust decisions. See docs/ARCHITECTURE.md,
//! "What a laptop may change", for the rules and why they are these.
//!
//! Verdicts are a pure function of the op set and the trust decisions, computed in op order, so
//! any import order gives the same ones and a rebuild recomputes them. They are cached in the
//! `ops` table; a merge judges its new ops against the records as they stand, and recomputes a
//! whole record where a new op changes who made it.

//!
//! - `trust`: this database's trust decisions, loaded once per merge;
//! - `judge`: the context of each op (who made its record, in which session) and the
//!   judging of new ops, whole records and rebuilds.

mod judge;
mod trust;

use rusqlite::{Connection, params};

use super::fields::{self, Rule};
use super::{Change, Entity, Op, clock};
use crate::error::Result;
use crate::ids::OpId;
use crate::validate::choice;

pub(crate) use judge::{Context, Pending, SessionInfo, judge_new, judge_record, rejudge, session_info};
pub(crate) use trust::DELEGATION_LISTED;
pub use trust::Trust;

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

choice!(
    /// How a session stands for a device: given it (delegated, or the coordinator's plan), made
    /// by it, or neither (its changes there count for nothing).
    SessionScope, "session-scope" {
        Given = "given",
        Own = "own",
        NotGiven = "not-given",
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

/// Whether the op's values fit their fields, and a create carries what its table needs.
pub(crate) fn values_fit(op: &Op, trust: &Trust) -> bool {
    match &op.change {
        Change::Create { fields: f } => {
            f.iter().all(|(k, v)| fields::check_value(op.entity, k, v).is_ok())
                && trust.required[&op.entity].iter().all(|r| f.get(*r).is_some_and(|v| !v.is_null()))
        }
        Change::Set { field, value } => fields::check_value(op.entity, field, value).is_ok(),
        Change::Delete => true,
        Change::Redact => super::redact::REDACTABLE.contains(&op.entity),
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
    if cx.over_tag_limit {
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
        Change::Delete | Change::Redact if mine => ACCEPTED,
        Change::Delete | Change::Redact => match op.entity {
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

/// Records a verdict in the log.
pub(crate) fn record(conn: &Connection, op: OpId, j: Judgement) -> Result<()> {
    conn.prepare_cached("UPDATE ops SET verdict = ?2, reason = ?3 WHERE op_id = ?1")?
        .execute(params![op, j.verdict, j.reason])?;
    Ok(())
}
crate::labels!(SessionScope, "session-scope-");
