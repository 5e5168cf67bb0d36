//! The signed archive that kits and bundles share: a zip of stored entries holding
//! `manifest.json`, its minisign signature `manifest.json.minisig`, and the entries the manifest
//! lists with their SHA-256. Anyone can check one with unzip, minisign and sha256sum.
//!
//! Reading is paranoid and in this order, before any payload is parsed: the file's size; the
//! entry count, names and kinds (no paths, no symlinks, no directories); each entry's size,
//! streamed with a hard cap (no zip bombs); the whole file against its canonical re-encoding (so
//! no byte of zip framing can change unnoticed); the signature; the hashes.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use crate::error::{Error, Result};
use crate::ids::{DeviceId, SessionId};
use crate::trust::keys::{self, DeviceKey};

pub const MANIFEST: &str = "manifest.json";
pub const SIGNATURE: &str = "manifest.json.minisig";

/// The largest file accepted. A summit group's bundle is a few hundred kilobytes; a whole
/// precinct's coordinator kit a few megabytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
pub const MAX_ENTRIES: usize = 8;
const MAX_MANIFEST_BYTES: u64 = 1024 * 1024;
const MAX_SIGNATURE_BYTES: u64 = 4096;
/// Stored entries cannot be larger than the file itself.
const MAX_ENTRY_BYTES: u64 = MAX_FILE_BYTES;

pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct EntryInfo {
    pub sha256: String,
    pub size: u64,
}

/// The signed description of a kit or bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// "convene-bundle" or "convene-kit".
    pub format: String,
    pub format_version: u32,
    pub created_at: String,
    pub device_id: DeviceId,
    pub device_name: Option<String>,
    /// The signer's minisign public key.
    pub public_key: String,
    pub sessions: Vec<SessionId>,
    /// The signer's own ops in it: lowest and highest sequence numbers.
    pub seq_min: Option<i64>,
    pub seq_max: Option<i64>,
    /// Ops per entity kind, and `personal` for sealed personal-data ops.
    pub counts: BTreeMap<String, u64>,
    /// The age recipient personal data is sealed to, if any.
    pub sealed_to: Option<String>,
    /// For kits: the recipient laptops seal personal data to from now on.
    pub coordinator_recipient: Option<String>,
    pub entries: BTreeMap<String, EntryInfo>,
    /// For kits: the devices the coordinator revoked, so laptops that hold their ops drop them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revoked: Vec<Revocation>,
    /// For kits: the highest sequence number the coordinator holds from each other device, so a
    /// laptop restored from an older backup numbers its next ops past the work it lost.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub held_seqs: BTreeMap<DeviceId, i64>,
    /// For bundles from a laptop that took a new identity (restored or cloned): the device it
    /// took over from, and that device's signature naming this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub succeeds: Option<Succession>,
}

/// A device whose ops stopped counting from `from_seq` on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Revocation {
    pub device_id: DeviceId,
    pub public_key: String,
    pub from_seq: i64,
}

/// A statement by an old device key that a new device continues its work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Succession {
    pub device_id: DeviceId,
    pub public_key: String,
    /// A minisign signature by `public_key` of `succession_statement(device_id, new id, new key)`.
    pub signature: String,
    /// The first of the old device's sequence numbers this device issued again as its own.
    pub reissued_from_seq: Option<i64>,
}

/// What an old device key signs to name its successor.
pub fn succession_statement(old: DeviceId, new: DeviceId, new_public_key: &str) -> String {
    format!("convene-succession {old} {new} {new_public_key}")
}

pub const BUNDLE: &str = "convene-bundle";
pub const KIT: &str = "convene-kit";

/// A checked archive: signature valid for the manifest's key, every entry matching its hash.
#[derive(Debug)]
pub struct Verified {
    pub manifest: Manifest,
    pub entries: BTreeMap<String, Vec<u8>>,
    /// SHA-256 of the whole file: its identity in the ledger.
    pub hash: String,
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

fn options() -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644)
}

/// Writes the canonical zip: manifest, signature, then the other entries by name.
pub fn encode(manifest: &[u8], signature: &[u8], entries: &BTreeMap<String, Vec<u8>>) -> Result<Vec<u8>> {
    let zerr =
        |e: zip::result::ZipError| Error::Malformed { path: "(writing)".into(), detail: e.to_string() };
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    let mut put = |name: &str, data: &[u8]| -> Result<()> {
        w.start_file(name, options()).map_err(zerr)?;
        w.write_all(data).map_err(|e| Error::Malformed { path: "(writing)".into(), detail: e.to_string() })
    };
    put(MANIFEST, manifest)?;
    put(SIGNATURE, signature)?;
    for (name, data) in entries {
        put(name, data)?;
    }
    Ok(w.finish().map_err(zerr)?.into_inner())
}

/// Builds and signs an archive. `manifest.entries` is filled in here.
pub fn build(mut manifest: Manifest, entries: BTreeMap<String, Vec<u8>>, key: &DeviceKey) -> Result<Vec<u8>> {
    manifest.entries = entries
        .iter()
        .map(|(n, d)| (n.clone(), EntryInfo { sha256: sha256_hex(d), size: d.len() as u64 }))
        .collect();
    let manifest_bytes = serde_json::to_vec_pretty(&manifest)?;
    let trusted = format!("{} {} device {}", manifest.format, manifest.created_at, manifest.device_id);
    let signature = key.sign(&manifest_bytes, &trusted)?;
    encode(&manifest_bytes, signature.as_bytes(), &entries)
}

/// Reads and checks an archive of the expected `format`; `allowed` names the payload entries
/// that may appear besides the manifest and its signature.
pub fn open(path: &str, bytes: &[u8], format: &str, allowed: &[&str]) -> Result<Verified> {
    let malformed = |detail: String| Error::Malformed { path: path.into(), detail };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::FileTooLarge { path: path.into(), size: bytes.len() as u64, max: MAX_FILE_BYTES });
    }
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| malformed(e.to_string()))?;
    if zip.len() > MAX_ENTRIES {
        return Err(malformed(format!("{} entries; a Convene file has at most {MAX_ENTRIES}", zip.len())));
    }
    let mut raw: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).map_err(|e| malformed(e.to_string()))?;
        let name = f.name().map_err(|e| malformed(e.to_string()))?.to_string();
        let known = name == MANIFEST || name == SIGNATURE || allowed.contains(&name.as_str());
        if !known || f.is_dir() || f.is_symlink() || raw.contains_key(&name) {
            return Err(Error::UnexpectedEntry { path: path.into(), entry: name });
        }
        let cap = match name.as_str() {
            MANIFEST => MAX_MANIFEST_BYTES,
            SIGNATURE => MAX_SIGNATURE_BYTES,
            _ => MAX_ENTRY_BYTES,
        };
        if f.size() > cap {
            return Err(Error::EntryTooLarge { path: path.into(), entry: name, max: cap });
        }
        // Read at most one byte past the cap: a header that lies about the size cannot make us
        // inflate more than that.
        let mut data = Vec::with_capacity(f.size() as usize);
        (&mut f).take(cap + 1).read_to_end(&mut data).map_err(|e| malformed(format!("{name}: {e}")))?;
        if data.len() as u64 > cap {
            return Err(Error::EntryTooLarge { path: path.into(), entry: name, max: cap });
        }
        raw.insert(name, data);
    }
    let manifest_bytes = raw.remove(MANIFEST).ok_or_else(|| malformed(format!("no {MANIFEST}")))?;
    let signature = raw.remove(SIGNATURE).ok_or_else(|| malformed(format!("no {SIGNATURE}")))?;
    // Every byte of the file must be the one Convene would write for these entries: timestamps,
    // attributes, comments and padding cannot be altered unnoticed.
    if encode(&manifest_bytes, &signature, &raw)? != bytes {
        return Err(malformed(
            "the zip framing was altered (it is not the canonical encoding of its entries)".into(),
        ));
    }
    let manifest: Manifest =
        serde_json::from_slice(&manifest_bytes).map_err(|e| malformed(format!("manifest: {e}")))?;
    let signature = String::from_utf8(signature).map_err(|_| Error::BadSignature { path: path.into() })?;
    keys::verify(&manifest.public_key, &manifest_bytes, &signature).map_err(|detail| {
        tracing::warn!(path, detail, "signature rejected");
        Error::BadSignature { path: path.into() }
    })?;
    if manifest.format != format {
        let name = |f: &str| {
            if f == KIT {
                crate::thing!("kit")
            } else if f == BUNDLE {
                crate::thing!("bundle")
            } else {
                crate::thing!("unknown-file")
            }
        };
        return Err(Error::WrongFileKind {
            path: path.into(),
            found: name(&manifest.format),
            expected: name(format),
        });
    }
    if manifest.format_version != FORMAT_VERSION {
        return Err(malformed(format!(
            "format version {} (this Convene reads {FORMAT_VERSION})",
            manifest.format_version
        )));
    }
    let listed: Vec<&String> = manifest.entries.keys().collect();
    let present: Vec<&String> = raw.keys().collect();
    if listed != present {
        let entry = raw
            .keys()
            .find(|k| !manifest.entries.contains_key(*k))
            .or_else(|| manifest.entries.keys().find(|k| !raw.contains_key(*k)))
            .cloned()
            .unwrap_or_default();
        return Err(Error::HashMismatch { path: path.into(), entry });
    }
    for (name, data) in &raw {
        let info = &manifest.entries[name];
        if info.size != data.len() as u64 || info.sha256 != sha256_hex(data) {
            return Err(Error::HashMismatch { path: path.into(), entry: name.clone() });
        }
    }
    Ok(Verified { manifest, entries: raw, hash: sha256_hex(bytes) })
}
