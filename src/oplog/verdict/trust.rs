//! This database's trust decisions, as every verdict reads them: which devices it trusts,
//! what each was given, which were revoked from where, and the coordinator's reviews.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use rusqlite::{Connection, OptionalExtension};
use serde_json::Value;
use uuid::Uuid;

use super::{SessionInfo, SessionScope, Verdict};
use crate::error::Result;
use crate::ids::{DeviceId, OpId};
use crate::oplog::Entity;
use crate::trust::DeviceState;

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
    pub(super) reviews: HashMap<OpId, bool>,
    /// Per device, the sequence number of its last tag create within the limit (`None`: it has
    /// not reached the limit), as read so far (see `judge::over_tag_limit`).
    pub(super) tag_cuts: std::cell::RefCell<HashMap<DeviceId, Option<i64>>>,
    /// The fields a create must carry: NOT NULL columns without a default.
    pub(super) required: &'static HashMap<Entity, Vec<&'static str>>,
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
            tag_cuts: Default::default(),
            required: required_fields(conn)?,
        })
    }

    /// Whether `device` speaks for the coordinator here: the authority itself, or a device this
    /// database knows as its coordinator's (from a kit: the coordinator's earlier laptop, whose
    /// identity a restored coordinator carries on).
    pub(crate) fn is_authority(&self, device: DeviceId) -> bool {
        device == self.authority
            || self.devices.get(&device).is_some_and(|d| d.state == DeviceState::Coordinator)
    }

    pub(super) fn revoked(&self, device: DeviceId, seq: i64) -> bool {
        self.devices.get(&device).and_then(|d| d.revoked_from).is_some_and(|from| seq >= from)
    }

    /// Whether the per-device rules judge this device's ops: not for the authority, and not on a
    /// laptop for a device it knows only from its coordinator's kits (already judged there).
    pub(super) fn rules_apply(&self, device: DeviceId) -> bool {
        let via_coordinator = self.laptop && !self.devices.contains_key(&device) && device != self.own;
        !(self.is_authority(device) || via_coordinator)
    }

    /// Whether `device` may work in `session`, made by `origin`.
    pub(super) fn delegated(&self, device: DeviceId, session: Uuid, origin: DeviceId) -> bool {
        if origin == device || self.delegations.contains(&(device, session)) {
            return true;
        }
        // By default a device is given the coordinator's plan; `listed` narrows that.
        self.is_authority(origin) && !self.devices.get(&device).is_some_and(|d| d.listed)
    }

    /// How `session` stands for `device`.
    pub(crate) fn scope(&self, device: DeviceId, session: &SessionInfo) -> SessionScope {
        if session.origin == device {
            SessionScope::Own
        } else if !self.rules_apply(device) || self.delegated(device, session.id, session.origin) {
            SessionScope::Given
        } else {
            SessionScope::NotGiven
        }
    }

    pub(super) fn is_trusted(&self, device: DeviceId) -> bool {
        device == self.own
            || self.is_authority(device)
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
