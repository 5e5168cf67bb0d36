//! Writing kits and bundles: the ops chosen, personal data sealed, the manifest signed, and the
//! file written through one path that writes to a temporary name, renames, then reads the file
//! back and checks it, so "done" means the file on the stick is good.

use std::collections::BTreeMap;
use std::path::Path;

use super::archive::{self, BUNDLE, KIT, Manifest};
use super::select::PLAN;
use super::types::{Exported, PersonalData};
use super::{BUNDLE_ENTRIES, KIT_ENTRIES, OPS, PERSONAL_PLAIN, PERSONAL_SEALED, read_file};
use crate::error::{Error, Result};
use crate::ids::SessionId;
use crate::oplog::{Change, Op, redact};
use crate::trust::keys::{self, DeviceKey};
use crate::{Convene, now_rfc3339};

fn to_jsonl(ops: &[Op]) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(ops.len() * 256);
    for op in ops {
        serde_json::to_writer(&mut out, op)?;
        out.push(b'\n');
    }
    Ok(out)
}

/// Ops per entity kind, as a manifest lists them and an import checks them.
pub(crate) fn count_by_entity<'a>(ops: impl IntoIterator<Item = &'a Op>) -> BTreeMap<String, u64> {
    let mut counts = BTreeMap::new();
    for op in ops {
        *counts.entry(op.entity.as_str().to_string()).or_default() += 1;
    }
    counts
}

/// A built archive in memory, and what writing it will report.
struct Archive {
    bytes: Vec<u8>,
    exported: Exported,
}

impl Archive {
    fn build(
        manifest: Manifest,
        entries: BTreeMap<String, Vec<u8>>,
        key: &DeviceKey,
        exported: Exported,
    ) -> Result<Archive> {
        let bytes = archive::build(manifest, entries, key)?;
        Ok(Archive {
            exported: Exported { hash: archive::sha256_hex(&bytes), bytes: bytes.len() as u64, ..exported },
            bytes,
        })
    }

    /// Writes the archive to `out` (temporary file, fsync, rename), reads it back from the disk
    /// and checks it completely.
    fn write(self, out: &Path, format: &str, entries: &[&str]) -> Result<Exported> {
        let private = self.exported.personal_data == PersonalData::Plaintext;
        crate::files::write_output(out, &self.bytes, private)?;
        let label = out.display().to_string();
        let written = read_file(out)?;
        archive::open(&label, &written, format, entries)?;
        Ok(Exported { path: label, ..self.exported })
    }
}

impl Convene {
    fn manifest(&self, format: &str, key: &DeviceKey, sessions: &[SessionId]) -> Result<Manifest> {
        Ok(Manifest {
            format: format.into(),
            format_version: archive::FORMAT_VERSION,
            created_at: now_rfc3339(),
            device_id: self.device_id(),
            device_name: self.device_name()?,
            public_key: key.public_key(),
            sessions: sessions.to_vec(),
            seq_min: None,
            seq_max: None,
            counts: BTreeMap::new(),
            sealed_to: None,
            coordinator_recipient: None,
            entries: BTreeMap::new(),
            revoked: vec![],
            held_seqs: BTreeMap::new(),
            succeeds: None,
        })
    }

    /// Exports this laptop's work on `sessions` as a signed bundle. Attendees' names and
    /// contacts are sealed to the coordinator from the kit; with no kit they are left out unless
    /// `include_personal_plaintext` says to include them unencrypted.
    pub fn export_bundle(
        &mut self,
        sessions: &[SessionId],
        out: &Path,
        include_personal_plaintext: bool,
    ) -> Result<Exported> {
        let exported =
            self.bundle_archive(sessions, include_personal_plaintext)?.write(out, BUNDLE, BUNDLE_ENTRIES)?;
        // Remembered so a later redaction can say how many files written before it still hold
        // the words.
        // The value: the highest sequence number it carried, then its sessions.
        let seq_max: i64 = self.store.conn.query_row(
            "SELECT coalesce(max(seq), 0) FROM ops WHERE device_id = ?1",
            [self.device_id()],
            |r| r.get(0),
        )?;
        let list: Vec<String> = sessions.iter().map(|s| s.to_string()).collect();
        let value = format!("{seq_max} {}", list.join(" "));
        self.store.write(|tx| tx.set_meta(&format!("exported:{}", exported.hash), &value))?;
        Ok(exported)
    }

    /// A signed bundle in memory: what `export_bundle` writes.
    pub fn bundle_bytes(
        &mut self,
        sessions: &[SessionId],
        include_personal_plaintext: bool,
    ) -> Result<(Vec<u8>, Exported)> {
        let a = self.bundle_archive(sessions, include_personal_plaintext)?;
        Ok((a.bytes, a.exported))
    }

    fn bundle_archive(
        &mut self,
        sessions: &[SessionId],
        include_personal_plaintext: bool,
    ) -> Result<Archive> {
        for s in sessions {
            self.session(*s)?;
        }
        let key = self.device_key()?;
        let ops = self.session_ops(sessions, Some(self.device_id()), None)?;
        let (personal, public): (Vec<Op>, Vec<Op>) = ops.into_iter().partition(|o| o.entity.is_personal());
        let mut manifest = self.manifest(BUNDLE, &key, sessions)?;
        manifest.succeeds = self.succession()?;
        manifest.seq_min = public.iter().chain(&personal).map(|o| o.seq).min();
        manifest.seq_max = public.iter().chain(&personal).map(|o| o.seq).max();
        manifest.counts = count_by_entity(&public);
        let mut entries = BTreeMap::new();
        entries.insert(OPS.to_string(), to_jsonl(&public)?);
        let recipient =
            self.followed_coordinator()?.map(|c| c.recipient).or(self.meta("coordinator_recipient")?);
        let personal_data = match (&recipient, personal.is_empty()) {
            (_, true) => PersonalData::None,
            (Some(r), false) => {
                entries.insert(PERSONAL_SEALED.into(), keys::seal(r, &to_jsonl(&personal)?)?);
                manifest.sealed_to = Some(r.clone());
                PersonalData::Sealed
            }
            (None, false) if include_personal_plaintext => {
                entries.insert(PERSONAL_PLAIN.into(), to_jsonl(&personal)?);
                PersonalData::Plaintext
            }
            (None, false) => PersonalData::LeftOut,
        };
        if matches!(personal_data, PersonalData::Sealed | PersonalData::Plaintext) {
            manifest.counts.insert("personal".into(), personal.len() as u64);
        }
        let exported = Exported {
            path: String::new(),
            hash: String::new(),
            bytes: 0,
            ops: public.len() as u64,
            // Left out, these are the ops the bundle does not carry: the CLI says how many.
            personal_ops: personal.len() as u64,
            personal_data,
            sealed_to: recipient.filter(|_| personal_data == PersonalData::Sealed),
            sessions: sessions.to_vec(),
        };
        Archive::build(manifest, entries, &key, exported)
    }

    /// Writes a kit for `sessions`: their plan (agenda, groups, questions, languages), the tag
    /// vocabulary, and this coordinator's signing key and age recipient.
    pub fn export_kit(&mut self, sessions: &[SessionId], out: &Path) -> Result<Exported> {
        self.kit_archive(sessions)?.write(out, KIT, KIT_ENTRIES)
    }

    /// A signed kit in memory: what `export_kit` writes.
    pub fn kit_bytes(&mut self, sessions: &[SessionId]) -> Result<(Vec<u8>, Exported)> {
        let a = self.kit_archive(sessions)?;
        Ok((a.bytes, a.exported))
    }

    fn kit_archive(&mut self, sessions: &[SessionId]) -> Result<Archive> {
        for s in sessions {
            self.session(*s)?;
        }
        let recipient = self.coordinator_identity()?.ok_or(Error::NoCoordinatorIdentity)?.recipient();
        let key = self.device_key()?;
        let mut ops = self.session_ops(sessions, None, Some(PLAN))?;
        // Redactions travel with the plan, so each laptop blanks the words it holds too; a
        // redaction op names no words.
        ops.extend(
            self.session_ops(sessions, None, Some(redact::REDACTABLE))?
                .into_iter()
                .filter(|o| o.change == Change::Redact),
        );
        ops.sort_by_key(|o| (o.device_id, o.seq));
        let mut manifest = self.manifest(KIT, &key, sessions)?;
        manifest.coordinator_recipient = Some(recipient.clone());
        // A coordinator restored from a backup took a new identity: its kits prove the link.
        manifest.succeeds = self.succession()?;
        manifest.counts = count_by_entity(&ops);
        manifest.revoked = self.revocations()?;
        manifest.held_seqs = {
            let mut stmt = self
                .store
                .conn
                .prepare("SELECT device_id, max(seq) FROM ops WHERE device_id != ?1 GROUP BY device_id")?;
            stmt.query_map([self.device_id()], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        let mut entries = BTreeMap::new();
        entries.insert(OPS.to_string(), to_jsonl(&ops)?);
        let exported = Exported {
            path: String::new(),
            hash: String::new(),
            bytes: 0,
            ops: ops.len() as u64,
            personal_ops: 0,
            personal_data: PersonalData::None,
            sealed_to: Some(recipient),
            sessions: sessions.to_vec(),
        };
        Archive::build(manifest, entries, &key, exported)
    }
}
