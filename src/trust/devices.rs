//! Every device whose ops this database holds or has been offered, and what was decided about
//! it: approving a device merges what it sent; revoking one refuses what it sends from now on.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::keys;
use crate::error::{Error, Result};
use crate::exchange::{BundleImport, ledger};
use crate::ids::{DeviceId, SessionId};
use crate::oplog::verdict::{SessionInfo, SessionScope, Trust, session_info};
use crate::storage::Tx;
use crate::validate::choice;
use crate::{Convene, now_rfc3339};

choice!(
    /// What this database decided about a device. Stored with these spellings (a CHECK
    /// constraint in migration 0002 holds the database to them).
    DeviceState, "device-state" {
        /// This laptop itself.
        Own = "self",
        /// The coordinator this laptop follows (from its kit).
        Coordinator = "coordinator",
        Approved = "approved",
        /// Seen, not yet decided: its bundles wait unmerged.
        Quarantined = "quarantined",
        Revoked = "revoked",
    }
);

impl DeviceState {
    /// Whether ops from a device in this state are merged.
    pub fn trusted(self) -> bool {
        matches!(self, DeviceState::Own | DeviceState::Coordinator | DeviceState::Approved)
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Device {
    pub device_id: DeviceId,
    pub name: Option<String>,
    pub public_key: String,
    pub fingerprint: String,
    pub state: DeviceState,
    pub first_seen: String,
    pub decided_at: Option<String>,
    /// Bundles from it waiting for approval.
    pub quarantined_bundles: i64,
    /// Ops of its in this database.
    pub ops: i64,
    /// Its ops from this sequence number on stopped counting.
    pub revoked_from_seq: Option<i64>,
    /// The device it took over from (restored or cloned), proven by that device's key.
    pub succeeds: Option<DeviceId>,
    /// How far its clock was off when it last sent a bundle (ms, ahead positive).
    pub clock_offset_ms: Option<i64>,
    /// The sessions it was given, when given a list rather than the coordinator's plan.
    pub sessions: Option<Vec<SessionId>>,
    /// Sessions its bundles name that it was not given and did not make: its changes there
    /// count for nothing until the coordinator gives it them (`trust approve --sessions`).
    pub asks: Vec<SessionId>,
}

/// Records a device in the trust store, in `state`, unless it is known already (then only a
/// name it did not have is added).
pub(crate) fn remember_device(
    tx: &Tx<'_>,
    device: DeviceId,
    public_key: &str,
    name: Option<&str>,
    state: DeviceState,
) -> Result<()> {
    tx.conn().execute(
        "INSERT INTO devices (device_id, public_key, fingerprint, name, state, first_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (device_id) DO UPDATE SET name = coalesce(excluded.name, devices.name)",
        params![device, public_key, keys::fingerprint(public_key), name, state, now_rfc3339()],
    )?;
    Ok(())
}

/// Records the device that signed a kit or bundle (see `remember_device`).
pub(crate) fn remember_signer(
    tx: &Tx<'_>,
    m: &crate::exchange::archive::Manifest,
    state: DeviceState,
) -> Result<()> {
    remember_device(tx, m.device_id, &m.public_key, m.device_name.as_deref(), state)
}

/// What an approval gives a device to work on (besides the sessions it makes itself).
#[derive(Clone, Copy)]
enum Grant<'a> {
    /// Every session of the coordinator's plan (`trust add` without `--sessions`).
    Plan,
    /// The coordinator's sessions its bundles name, and what it was given before.
    Named,
    /// Exactly these.
    Listed(&'a [SessionId]),
}

/// Gives `device` exactly `sessions` to work on (and the ones it makes itself).
fn delegate(tx: &Tx<'_>, device: DeviceId, sessions: &[SessionId]) -> Result<()> {
    tx.conn().execute(
        "UPDATE devices SET delegation = ?2 WHERE device_id = ?1",
        params![device, crate::oplog::verdict::DELEGATION_LISTED],
    )?;
    tx.conn().execute("DELETE FROM delegations WHERE device_id = ?1", [device])?;
    for s in sessions {
        tx.conn().execute(
            "INSERT INTO delegations (device_id, session_id, granted_at) VALUES (?1, ?2, ?3)",
            params![device, s, now_rfc3339()],
        )?;
    }
    Ok(())
}

fn decide(tx: &Tx<'_>, device: DeviceId, state: DeviceState) -> Result<()> {
    tx.conn().execute(
        "UPDATE devices SET state = ?2, decided_at = ?3 WHERE device_id = ?1 AND state != ?4",
        params![device, state, now_rfc3339(), DeviceState::Own],
    )?;
    Ok(())
}

impl Convene {
    pub fn devices(&self) -> Result<Vec<Device>> {
        let mut stmt = self.store.conn.prepare_cached(
            "SELECT d.device_id, d.name, d.public_key, d.fingerprint, d.state, d.first_seen, d.decided_at,
                    (SELECT count(*) FROM bundles b WHERE b.device_id = d.device_id AND b.status = ?2),
                    (SELECT count(*) FROM ops o WHERE o.device_id = d.device_id),
                    d.revoked_from_seq, d.succeeds, d.clock_offset_ms, d.delegation,
                    (SELECT json_group_array(session_id) FROM delegations g WHERE g.device_id = d.device_id)
             FROM devices d ORDER BY d.state = ?1 DESC, d.first_seen, d.device_id",
        )?;
        let rows =
            stmt.query_map(params![DeviceState::Own, crate::exchange::BundleStatus::Quarantined], |r| {
                let delegation: String = r.get(12)?;
                let listed: String = r.get(13)?;
                Ok(Device {
                    device_id: r.get(0)?,
                    name: r.get(1)?,
                    public_key: r.get(2)?,
                    fingerprint: r.get(3)?,
                    state: r.get(4)?,
                    first_seen: r.get(5)?,
                    decided_at: r.get(6)?,
                    quarantined_bundles: r.get(7)?,
                    ops: r.get(8)?,
                    revoked_from_seq: r.get(9)?,
                    succeeds: r.get(10)?,
                    clock_offset_ms: r.get(11)?,
                    sessions: (delegation == crate::oplog::verdict::DELEGATION_LISTED)
                        .then(|| serde_json::from_str(&listed).unwrap_or_default()),
                    asks: vec![],
                })
            })?;
        let mut devices: Vec<Device> = rows.collect::<rusqlite::Result<_>>()?;
        let trust = Trust::load(&self.store.conn, self.device_id())?;
        for d in devices.iter_mut().filter(|d| d.state != DeviceState::Own) {
            d.asks = self
                .named_sessions(d.device_id)?
                .into_iter()
                .filter(|s| matches!(trust.scope(d.device_id, s), SessionScope::NotGiven))
                .map(|s| SessionId(s.id))
                .collect();
        }
        Ok(devices)
    }

    /// The sessions this database has that `device`'s bundles name, oldest bundle first.
    fn named_sessions(&self, device: DeviceId) -> Result<Vec<SessionInfo>> {
        let mut stmt = self.store.conn.prepare_cached(
            "SELECT DISTINCT j.value FROM bundles b, json_each(b.sessions) j
             WHERE b.device_id = ?1 ORDER BY b.received_at, j.key",
        )?;
        let ids: Vec<String> = stmt.query_map([device], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        let mut out: Vec<SessionInfo> = vec![];
        for id in ids.iter().filter_map(|i| i.parse().ok()) {
            if let Some(info) = session_info(&self.store.conn, id)?
                && !out.iter().any(|o| o.id == id)
            {
                out.push(info);
            }
        }
        Ok(out)
    }

    /// A device by id prefix, fingerprint (with or without dashes) or name.
    pub fn find_device(&self, key: &str) -> Result<Device> {
        let k = key.trim().to_ascii_lowercase();
        let plain = |s: &str| s.replace('-', "").to_ascii_lowercase();
        let matches: Vec<Device> = self
            .devices()?
            .into_iter()
            .filter(|d| {
                d.device_id.to_string().starts_with(&k)
                    || (k.len() >= 4 && plain(&d.fingerprint).starts_with(&plain(&k)))
                    || d.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(key.trim()))
            })
            .collect();
        match matches.len() {
            1 => Ok(matches.into_iter().next().expect("one")),
            0 => Err(Error::UnknownDevice { id: key.into() }),
            // Most often one laptop set up again with its old key file: several ids, one key.
            n => Err(Error::AmbiguousDevice {
                key: key.into(),
                count: n,
                candidates: matches
                    .iter()
                    .map(|d| {
                        format!(
                            "{} ({}, {})",
                            d.device_id,
                            d.name.as_deref().unwrap_or("?"),
                            d.state.as_str()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            }),
        }
    }

    pub(crate) fn device_state(&self, device: DeviceId) -> Result<Option<(DeviceState, String)>> {
        Ok(self
            .store
            .conn
            .prepare_cached("SELECT state, public_key FROM devices WHERE device_id = ?1")?
            .query_row([device], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// Trusts a device before any bundle arrives, from its id and public key (as its `key show`
    /// prints them), e.g. when laptops are set up with the kit.
    ///
    /// `sessions` narrows what it may work on to those sessions; without it, the device is given
    /// the coordinator's plan (any session this coordinator made), and the sessions it makes
    /// itself.
    pub fn trust_device(
        &mut self,
        device: DeviceId,
        public_key: &str,
        name: Option<&str>,
        sessions: Option<&[SessionId]>,
    ) -> Result<Device> {
        minisign::PublicKey::from_base64(public_key.trim())
            .map_err(|e| Error::Crypto { detail: format!("not a minisign public key: {e}") })?;
        if let Some((state, known)) = self.device_state(device)?
            && known != public_key.trim()
        {
            return Err(Error::KeyMismatch {
                path: "trust add".into(),
                device: device.to_string(),
                fingerprint: format!("{} (known as {})", keys::fingerprint(public_key), state.as_str()),
            });
        }
        self.store.write(|tx| {
            remember_device(tx, device, public_key.trim(), name, DeviceState::Approved)?;
            decide(tx, device, DeviceState::Approved)
        })?;
        let grant = match sessions {
            Some(list) => Grant::Listed(list),
            None => Grant::Plan,
        };
        let (d, _) = self.approve(&device.to_string(), grant)?;
        Ok(d)
    }

    /// Approves a device after its fingerprint was compared, and merges what it sent so far.
    /// `sessions` narrows what it may work on (see `trust_device`).
    ///
    /// Without `sessions`, it is given the sessions of this coordinator's that its bundles name
    /// (as the approval screen lists them), added to what it was given before.
    pub fn approve_device(
        &mut self,
        key: &str,
        sessions: Option<&[SessionId]>,
    ) -> Result<(Device, Vec<BundleImport>)> {
        let grant = match sessions {
            Some(list) => Grant::Listed(list),
            None => Grant::Named,
        };
        self.approve(key, grant)
    }

    fn approve(&mut self, key: &str, grant: Grant<'_>) -> Result<(Device, Vec<BundleImport>)> {
        let d = self.find_device(key)?;
        if d.state == DeviceState::Own {
            return Ok((d, vec![]));
        }
        if let Grant::Listed(list) = grant {
            for s in list {
                self.session(*s)?;
            }
        }
        // Its bundles' sessions that are not its own, with what it was given before.
        let named: Vec<SessionId> = match grant {
            Grant::Named => {
                let mut list = d.sessions.clone().unwrap_or_default();
                for s in self.named_sessions(d.device_id)? {
                    if s.origin != d.device_id && !list.contains(&SessionId(s.id)) {
                        list.push(SessionId(s.id));
                    }
                }
                list
            }
            _ => vec![],
        };
        // A device given the whole plan keeps it, with the other sessions its bundles name.
        let whole_plan = d.sessions.is_none() && d.state == DeviceState::Approved;
        let list = match grant {
            Grant::Listed(list) => Some(list),
            Grant::Named if !whole_plan => Some(named.as_slice()),
            _ => None,
        };
        let added: Vec<SessionId> = match grant {
            Grant::Named if whole_plan => named.clone(),
            _ => vec![],
        };
        let changes = list.is_some_and(|l| d.sessions.as_deref() != Some(l)) || !d.asks.is_empty();
        let held = self.held_bundles(d.device_id)?;
        // The decision and the merge of every bundle it sent are one transaction: if a bundle
        // cannot merge, nothing of the approval happens, and the bundle stays held with the reason.
        let result = self.batch(|db| {
            db.store.write(|tx| {
                let was_revoked = d.state == DeviceState::Revoked;
                decide(tx, d.device_id, DeviceState::Approved)?;
                tx.conn()
                    .execute("UPDATE devices SET revoked_from_seq = NULL WHERE device_id = ?1", [d.device_id])?;
                if let Some(list) = list {
                    delegate(tx, d.device_id, list)?;
                }
                for s in &added {
                    tx.conn().execute(
                        "INSERT OR IGNORE INTO delegations (device_id, session_id, granted_at) VALUES (?1, ?2, ?3)",
                        params![d.device_id, s, now_rfc3339()],
                    )?;
                }
                // What it sent already is judged again under what it may do now.
                if was_revoked || changes {
                    super::revoke::rejudge_device(tx, d.device_id, 1)?;
                }
                Ok(())
            })?;
            let mut reports = vec![];
            for h in &held {
                // Out of quarantine first, so the import below treats it as new.
                db.store.write(|tx| ledger::release(tx, &h.hash))?;
                let label = h.file_name.clone().unwrap_or_else(|| format!("bundle {}", &h.hash[..12]));
                let mut report = BundleImport::empty(&label);
                report.device_id = Some(d.device_id);
                report.device_name = d.name.clone();
                report.fingerprint = Some(d.fingerprint.clone());
                let r = db.import_reported(report, &h.content, h.file_name.clone());
                if r.status != crate::exchange::ImportStatus::Imported {
                    let cause = r.error_detail.clone().unwrap_or(Error::Storage { detail: format!("{:?}", r.status) });
                    return Err(Error::ApprovalFailed { device: d.name.clone().unwrap_or(d.fingerprint.clone()), bundle: label, cause: Box::new(cause) });
                }
                if db.store.conn.is_autocommit() {
                    // SQLite ended the transaction itself (a full disk): nothing of it stands.
                    return Err(Error::ApprovalFailed {
                        device: d.name.clone().unwrap_or(d.fingerprint.clone()),
                        bundle: label,
                        cause: Box::new(Error::Storage { detail: "the approval's transaction was rolled back".into() }),
                    });
                }
                reports.push(r);
            }
            Ok((reports, true))
        });
        let reports = match result {
            Ok(r) => r,
            Err(e) => {
                if let Error::ApprovalFailed { cause, .. } = &e {
                    let code = cause.code();
                    let _ = self.store.write(|tx| {
                        for h in &held {
                            ledger::mark_failed(tx, &h.hash, code)?;
                        }
                        Ok(())
                    });
                }
                return Err(e);
            }
        };
        Ok((self.find_device(key)?, reports))
    }
}
crate::labels!(DeviceState, "device-state-");
