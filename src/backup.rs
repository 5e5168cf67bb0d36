//! Backing up a laptop and bringing it back: one file holding a consistent copy of the database
//! (taken while the app runs) with the keys beside it (the device key and, on a coordinator's
//! laptop, the coordinator identity), encrypted with a passphrase (age's scrypt recipient).
//!
//! A restore takes a new device identity, linked to the old one by the old key's signature, so
//! a sequence number is never used twice (the old self may have sent work the backup never
//! saw); the coordinator sees the two linked and carries the old one's trust over. The
//! coordinator identity comes back as it was, so bundles sealed to it still open.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;

use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};

use crate::Convene;
use crate::error::{Error, Result};
use crate::ids::DeviceId;
use crate::trust::keys;

/// What a backup file holds besides the database and keys.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupManifest {
    format: String,
    format_version: u32,
    created_at: String,
    device_id: DeviceId,
    device_name: Option<String>,
    coordinator: bool,
}

const FORMAT: &str = "convene-backup";
const MANIFEST: &str = "manifest.json";
const DATABASE: &str = "convene.sqlite3";
const DEVICE_KEY: &str = "device-key";
const IDENTITY: &str = "coordinator-identity";
/// The largest backup read back: a city's whole programme is a few hundred megabytes.
pub const MAX_BACKUP_BYTES: u64 = 2 * 1024 * 1024 * 1024;
/// The shortest passphrase accepted: the file holds names, and may be lost with its stick.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// A backup written.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct BackupInfo {
    pub path: String,
    pub bytes: u64,
    pub device_id: DeviceId,
    /// Whether it holds the coordinator identity too.
    pub coordinator: bool,
}

/// A laptop brought back from a backup.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Restored {
    pub path: String,
    /// The identity the backup was taken under, and the new one this laptop goes on as.
    pub old_device: DeviceId,
    pub new_device: DeviceId,
    pub coordinator: bool,
}

fn passphrase(p: &str) -> Result<SecretString> {
    if p.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::WeakPassphrase { min: MIN_PASSPHRASE_CHARS as u64 });
    }
    Ok(SecretString::from(p.to_string()))
}

fn crypto(e: impl std::fmt::Display) -> Error {
    Error::Crypto { detail: e.to_string() }
}

impl Convene {
    /// Writes a backup of this laptop to `out`, encrypted with `pass`.
    pub fn backup(&mut self, out: &Path, pass: &str) -> Result<BackupInfo> {
        let secret = passphrase(pass)?;
        crate::files::check_target(out)?;
        let key = self.device_key()?.to_file_text()?;
        let identity = self.coordinator_identity_text()?;
        // A consistent copy while the app may be writing: VACUUM INTO reads one snapshot.
        let dir =
            tempfile::tempdir().map_err(|e| Error::Io { path: "temp".into(), detail: e.to_string() })?;
        let copy = dir.path().join(DATABASE);
        self.store
            .conn
            .execute("VACUUM INTO ?1", [copy.display().to_string()])
            .map_err(|e| Error::from_sqlite(e, &copy.display().to_string()))?;
        let db = std::fs::read(&copy)
            .map_err(|e| Error::Io { path: copy.display().to_string(), detail: e.to_string() })?;
        let manifest = BackupManifest {
            format: FORMAT.into(),
            format_version: 1,
            created_at: crate::now_rfc3339(),
            device_id: self.device_id(),
            device_name: self.device_name()?,
            coordinator: identity.is_some(),
        };
        let mut entries: BTreeMap<&str, Vec<u8>> = BTreeMap::new();
        entries.insert(MANIFEST, serde_json::to_vec_pretty(&manifest)?);
        entries.insert(DATABASE, db);
        entries.insert(DEVICE_KEY, key.into_bytes());
        if let Some(i) = identity {
            entries.insert(IDENTITY, i.into_bytes());
        }
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts =
            zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        for (name, data) in &entries {
            zip.start_file(*name, opts).map_err(crypto)?;
            zip.write_all(data)
                .map_err(|e| Error::Io { path: out.display().to_string(), detail: e.to_string() })?;
        }
        let plain = zip.finish().map_err(crypto)?.into_inner();
        let encryptor = age::Encryptor::with_user_passphrase(secret);
        let mut sealed = vec![];
        let mut w = encryptor.wrap_output(&mut sealed).map_err(crypto)?;
        w.write_all(&plain).map_err(crypto)?;
        w.finish().map_err(crypto)?;
        crate::files::write_output(out, &sealed, true)?;
        Ok(BackupInfo {
            path: out.display().to_string(),
            bytes: sealed.len() as u64,
            device_id: manifest.device_id,
            coordinator: manifest.coordinator,
        })
    }

    /// Brings a laptop back from `backup` into a new database at `db` (which must not exist yet,
    /// or be empty), with its keys beside it, under a new device identity linked to the old.
    pub fn restore(backup: &Path, pass: &str, db: &Path) -> Result<(Convene, Restored)> {
        let secret = SecretString::from(pass.to_string());
        if std::fs::metadata(db).is_ok_and(|m| m.len() > 0) {
            return Err(Error::RestoreTargetExists { path: db.display().to_string() });
        }
        let label = backup.display().to_string();
        let sealed = crate::files::read_capped(backup, MAX_BACKUP_BYTES)?;
        let not_backup = |detail: String| Error::Malformed { path: label.clone(), detail };
        let decryptor = age::Decryptor::new(&sealed[..]).map_err(|e| not_backup(e.to_string()))?;
        if !decryptor.is_scrypt() {
            return Err(not_backup("not sealed with a passphrase".into()));
        }
        let identity = age::scrypt::Identity::new(secret);
        let mut plain = vec![];
        decryptor
            .decrypt(std::iter::once(&identity as &dyn age::Identity))
            .map_err(|_| Error::WrongPassphrase { path: label.clone() })?
            .take(MAX_BACKUP_BYTES + 1)
            .read_to_end(&mut plain)
            .map_err(|e| not_backup(e.to_string()))?;
        let mut zip =
            zip::ZipArchive::new(std::io::Cursor::new(plain)).map_err(|e| not_backup(e.to_string()))?;
        let mut entries: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).map_err(|e| not_backup(e.to_string()))?;
            let name = f.name().map_err(|e| not_backup(e.to_string()))?.to_string();
            if ![MANIFEST, DATABASE, DEVICE_KEY, IDENTITY].contains(&name.as_str()) {
                return Err(Error::UnexpectedEntry { path: label.clone(), entry: name });
            }
            let mut data = vec![];
            (&mut f)
                .take(MAX_BACKUP_BYTES + 1)
                .read_to_end(&mut data)
                .map_err(|e| not_backup(e.to_string()))?;
            entries.insert(name, data);
        }
        let manifest: BackupManifest = entries
            .get(MANIFEST)
            .and_then(|m| serde_json::from_slice(m).ok())
            .filter(|m: &BackupManifest| m.format == FORMAT)
            .ok_or_else(|| not_backup("no backup manifest".into()))?;
        let (Some(database), Some(key)) = (entries.get(DATABASE), entries.get(DEVICE_KEY)) else {
            return Err(not_backup("no database or device key".into()));
        };
        keys::DeviceKey::from_file_text(&String::from_utf8_lossy(key))?;
        // From here files are written: if any later step fails, none of them is left behind, so
        // the restore can simply be tried again.
        let key_path = keys::key_path(db, "device-key").expect("a file path");
        let identity_path = keys::key_path(db, "coordinator-identity").expect("a file path");
        let existed: Vec<bool> = [db, &key_path, &identity_path].iter().map(|p| p.exists()).collect();
        let written = (|| -> Result<(Convene, Restored)> {
            crate::files::write_output(db, database, true)?;
            keys::write_secret(&key_path, &String::from_utf8_lossy(key))?;
            if let Some(i) = entries.get(IDENTITY) {
                keys::write_secret(&identity_path, &String::from_utf8_lossy(i))?;
            }
            let mut c = Convene::open(db)?;
            if c.device_id() != manifest.device_id {
                return Err(not_backup("its database and manifest name different devices".into()));
            }
            c.device_key()?;
            let renewed = c.renew_identity(None)?;
            let restored = Restored {
                path: db.display().to_string(),
                old_device: renewed.old_device,
                new_device: renewed.new_device,
                coordinator: manifest.coordinator,
            };
            Ok((c, restored))
        })();
        if written.is_err() {
            let paths = [db.to_path_buf(), key_path, identity_path];
            for f in paths.iter().zip(existed).filter(|(_, was)| !was).map(|(f, _)| f) {
                let _ = std::fs::remove_file(f);
                for suffix in ["-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", f.display()));
                }
            }
        }
        written
    }

    /// What this database was made with but cannot find beside it now (a copied database
    /// without its key files): each as the path it is missing at.
    pub fn missing_keys(&mut self) -> Result<Vec<MissingKey>> {
        let mut out = vec![];
        if self.meta("device_public_key")?.is_some()
            && let Err(Error::DeviceKeyMissing { path }) = self.device_key()
        {
            out.push(MissingKey { kind: KeyKind::Device, path });
        }
        if let Err(Error::DeviceKeyMissing { path }) = self.coordinator_identity() {
            out.push(MissingKey { kind: KeyKind::CoordinatorIdentity, path });
        }
        Ok(out)
    }
}

crate::validate::choice!(
    /// Which key a database is missing.
    KeyKind, "key-kind" {
        Device = "device-key",
        CoordinatorIdentity = "coordinator-identity",
    }
);

/// A key this database was made with that is not beside it.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct MissingKey {
    pub kind: KeyKind,
    pub path: String,
}
