//! Who this database trusts: its own device key, the coordinator it follows (from a kit), and
//! every device whose bundles it has been offered, approved, quarantined or revoked.

mod devices;
mod identity;
pub mod keys;
mod review;
mod revoke;

pub use devices::{Device, DeviceState};
pub(crate) use devices::{remember_device, remember_signer};
pub use identity::Renewed;
pub(crate) use identity::proves as proves_succession;
pub use review::HeldChange;
pub(crate) use revoke::apply as revoke_from;
pub use revoke::{RevokeFrom, RevokePreview, RevokedKind};

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::ids::DeviceId;
use crate::{Convene, now_rfc3339};
use keys::{CoordinatorIdentity, DeviceKey};

/// What `convene key show` prints.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct KeyInfo {
    pub device_id: DeviceId,
    pub device_name: Option<String>,
    pub public_key: String,
    pub fingerprint: String,
    pub key_file: Option<String>,
    /// Set once `convene coordinator init` has run on this database.
    pub coordinator_recipient: Option<String>,
    /// The coordinator this laptop follows, from the last kit it imported.
    pub follows: Option<CoordinatorRef>,
}

#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, ts_rs::TS)]
pub struct CoordinatorRef {
    pub device_id: DeviceId,
    pub name: Option<String>,
    pub public_key: String,
    pub fingerprint: String,
    pub recipient: String,
}

impl Convene {
    /// This device's signing key, made (and recorded in the trust store) on first use.
    pub fn device_key(&mut self) -> Result<DeviceKey> {
        let path = keys::key_path(std::path::Path::new(self.store.path()), "device-key");
        let recorded: Option<String> = self.meta("device_public_key")?;
        // A new identity whose key was written but not yet moved into place when the laptop
        // stopped: the database already names it, so finish the move.
        if let (Some(p), Some(pk)) = (&path, &recorded) {
            let pending = p.with_extension("device-key.new");
            if let Ok(text) = std::fs::read_to_string(&pending)
                && DeviceKey::from_file_text(&text).is_ok_and(|k| k.public_key() == *pk)
            {
                std::fs::rename(&pending, p)
                    .map_err(|e| Error::Io { path: p.display().to_string(), detail: e.to_string() })?;
            }
        }
        let existing = match &path {
            Some(p) if p.exists() => {
                let text = std::fs::read_to_string(p)
                    .map_err(|e| Error::Io { path: p.display().to_string(), detail: e.to_string() })?;
                Some(DeviceKey::from_file_text(&text)?)
            }
            Some(_) => None,
            None => self.meta("device_key_text")?.map(|t| DeviceKey::from_file_text(&t)).transpose()?,
        };
        match (existing, recorded) {
            (Some(k), Some(pk)) if k.public_key() == pk => Ok(k),
            (Some(_), Some(_)) | (None, Some(_)) => Err(Error::DeviceKeyMissing {
                path: path.map(|p| p.display().to_string()).unwrap_or_else(|| "(in memory)".into()),
            }),
            (existing, None) => {
                let key = match existing {
                    Some(k) => k,
                    None => DeviceKey::generate()?,
                };
                let text = key.to_file_text()?;
                if let Some(p) = &path {
                    keys::write_secret(p, &text)?;
                }
                let (pk, fp, device, name) =
                    (key.public_key(), key.fingerprint(), self.device_id(), self.device_name()?);
                self.store.write(|tx| {
                    if path.is_none() {
                        tx.set_meta("device_key_text", &text)?;
                    }
                    tx.set_meta("device_public_key", &pk)?;
                    tx.conn().execute(
                        "INSERT INTO devices (device_id, public_key, fingerprint, name, state, first_seen)
                         VALUES (?1, ?2, ?3, ?4, ?6, ?5)
                         ON CONFLICT (device_id) DO UPDATE SET public_key = excluded.public_key,
                           fingerprint = excluded.fingerprint, state = excluded.state",
                        params![device, pk, fp, name, now_rfc3339(), DeviceState::Own],
                    )?;
                    Ok(())
                })?;
                Ok(key)
            }
        }
    }

    pub(crate) fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .store
            .conn
            .prepare_cached("SELECT value FROM meta WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    /// Makes this database a coordinator's: an age identity that laptops seal personal data to.
    /// Running it again keeps the existing identity.
    pub fn coordinator_init(&mut self) -> Result<String> {
        if let Some(id) = self.coordinator_identity()? {
            return Ok(id.recipient());
        }
        self.install_coordinator_identity(CoordinatorIdentity::generate())
    }

    /// Installs a coordinator identity from its file (a backup, or a second coordinator machine),
    /// so bundles sealed to it can be opened here.
    pub fn coordinator_restore(&mut self, identity_file_text: &str) -> Result<String> {
        let id = CoordinatorIdentity::from_file_text(identity_file_text)?;
        if let Some(current) = self.meta("coordinator_recipient")?
            && current != id.recipient()
        {
            return Err(Error::InvalidChoice {
                field: crate::field!("coordinator-identity"),
                value: id.recipient(),
                allowed: format!("the identity this database already has ({current})"),
            });
        }
        self.install_coordinator_identity(id)
    }

    /// Stores a coordinator identity beside the database (0600) and records its recipient.
    fn install_coordinator_identity(&mut self, id: CoordinatorIdentity) -> Result<String> {
        self.device_key()?;
        let text = id.to_file_text();
        let path = keys::key_path(std::path::Path::new(self.store.path()), "coordinator-identity");
        if let Some(p) = &path {
            keys::write_secret(p, &text)?;
        }
        let recipient = id.recipient();
        self.store.write(|tx| {
            if path.is_none() {
                tx.set_meta("coordinator_identity_text", &text)?;
            }
            tx.set_meta("coordinator_recipient", &recipient)
        })?;
        Ok(recipient)
    }

    /// The identity file's text, to back it up or restore it elsewhere.
    pub fn coordinator_identity_text(&self) -> Result<Option<String>> {
        Ok(self.coordinator_identity()?.map(|i| i.to_file_text()))
    }

    pub(crate) fn coordinator_identity(&self) -> Result<Option<CoordinatorIdentity>> {
        let Some(recipient) = self.meta("coordinator_recipient")? else { return Ok(None) };
        let path = keys::key_path(std::path::Path::new(self.store.path()), "coordinator-identity");
        let text = match &path {
            Some(p) => std::fs::read_to_string(p).ok(),
            None => self.meta("coordinator_identity_text")?,
        };
        let id = text.map(|t| CoordinatorIdentity::from_file_text(&t)).transpose()?;
        match id {
            Some(id) if id.recipient() == recipient => Ok(Some(id)),
            _ => Err(Error::DeviceKeyMissing {
                path: path.map(|p| p.display().to_string()).unwrap_or_else(|| "(in memory)".into()),
            }),
        }
    }

    /// The coordinator this laptop follows, if it has imported a kit.
    pub fn followed_coordinator(&self) -> Result<Option<CoordinatorRef>> {
        let Some(json) = self.meta("follows_coordinator")? else { return Ok(None) };
        Ok(serde_json::from_str(&json).ok())
    }

    pub fn key_info(&mut self) -> Result<KeyInfo> {
        let key = self.device_key()?;
        Ok(KeyInfo {
            device_id: self.device_id(),
            device_name: self.device_name()?,
            public_key: key.public_key(),
            fingerprint: key.fingerprint(),
            key_file: keys::key_path(std::path::Path::new(self.store.path()), "device-key")
                .map(|p| p.display().to_string()),
            coordinator_recipient: self.meta("coordinator_recipient")?,
            follows: self.followed_coordinator()?,
        })
    }
}
