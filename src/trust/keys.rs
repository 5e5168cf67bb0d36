//! Key material: each laptop's Ed25519 signing key (in minisign's formats, so anyone can check a
//! bundle with the standard `minisign` tool) and the coordinator's age X25519 identity for
//! attendees' personal data (so `age -d -i` opens it).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::ExposeSecret;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

fn crypto(e: impl std::fmt::Display) -> Error {
    Error::Crypto { detail: e.to_string() }
}

/// The untrusted comment Convene writes on every signature. It is not covered by the signature,
/// so readers insist on exactly this text: a changed byte there is a changed file.
pub const UNTRUSTED_COMMENT: &str = "signature from a Convene device key";

pub struct DeviceKey {
    pk: minisign::PublicKey,
    sk: minisign::SecretKey,
}

impl DeviceKey {
    pub fn generate() -> Result<DeviceKey> {
        let kp = minisign::KeyPair::generate_unencrypted_keypair().map_err(crypto)?;
        Ok(DeviceKey { pk: kp.pk, sk: kp.sk })
    }

    /// Reads a key written by `to_file_text`.
    pub fn from_file_text(text: &str) -> Result<DeviceKey> {
        let sk = minisign::SecretKey::from_unencrypted_box(
            minisign::SecretKeyBox::from_string(text).map_err(crypto)?,
        )
        .map_err(crypto)?;
        let pk = minisign::PublicKey::from_secret_key(&sk).map_err(crypto)?;
        Ok(DeviceKey { pk, sk })
    }

    pub fn to_file_text(&self) -> Result<String> {
        Ok(self
            .sk
            .to_box(Some("Convene device signing key: keep this file private"))
            .map_err(crypto)?
            .into_string())
    }

    /// The public key as minisign prints it: `minisign -P <this>` checks our signatures.
    pub fn public_key(&self) -> String {
        self.pk.to_base64()
    }

    pub fn fingerprint(&self) -> String {
        fingerprint(&self.public_key())
    }

    /// A minisign signature of `data` (prehashed, as minisign ≥ 0.8 writes by default).
    pub fn sign(&self, data: &[u8], trusted_comment: &str) -> Result<String> {
        let sig =
            minisign::sign(Some(&self.pk), &self.sk, data, Some(trusted_comment), Some(UNTRUSTED_COMMENT))
                .map_err(crypto)?;
        Ok(sig.into_string())
    }
}

/// Checks a minisign signature written by `DeviceKey::sign`, insisting on its canonical form.
/// Returns the trusted comment.
pub fn verify(public_key: &str, data: &[u8], signature: &str) -> std::result::Result<String, String> {
    let pk = minisign::PublicKey::from_base64(public_key).map_err(|e| e.to_string())?;
    let sig = minisign::SignatureBox::from_string(signature).map_err(|e| e.to_string())?;
    if sig.to_string() != signature {
        return Err("the signature file is not in canonical form".into());
    }
    if sig.untrusted_comment().map_err(|e| e.to_string())? != UNTRUSTED_COMMENT {
        return Err("the signature's comment was changed".into());
    }
    if !sig.is_prehashed() {
        return Err("legacy signatures are not accepted".into());
    }
    minisign::verify(&pk, &sig, std::io::Cursor::new(data), true, false, false).map_err(|e| e.to_string())?;
    sig.trusted_comment().map_err(|e| e.to_string())
}

/// A fingerprint short enough to read aloud and compare: 16 hex digits in four groups, from the
/// SHA-256 of the public key.
pub fn fingerprint(public_key: &str) -> String {
    let digest = Sha256::digest(public_key.trim().as_bytes());
    let hex = hex::encode_upper(&digest[..8]);
    hex.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).expect("ascii")).collect::<Vec<_>>().join("-")
}

/// The coordinator's age identity.
pub struct CoordinatorIdentity {
    identity: age::x25519::Identity,
}

impl CoordinatorIdentity {
    pub fn generate() -> CoordinatorIdentity {
        CoordinatorIdentity { identity: age::x25519::Identity::generate() }
    }

    /// Reads an identity file as age writes it (comments, then `AGE-SECRET-KEY-1...`).
    pub fn from_file_text(text: &str) -> Result<CoordinatorIdentity> {
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with("AGE-SECRET-KEY-"))
            .ok_or_else(|| crypto("no AGE-SECRET-KEY line in the identity file"))?;
        Ok(CoordinatorIdentity { identity: age::x25519::Identity::from_str(line).map_err(crypto)? })
    }

    /// The identity file, readable by `age -d -i FILE`.
    pub fn to_file_text(&self) -> String {
        format!(
            "# Convene coordinator identity: attendees' personal data is sealed to this key.\n# created: {}\n# public key: {}\n{}\n",
            chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            self.recipient(),
            self.identity.to_string().expose_secret()
        )
    }

    /// The recipient (`age1...`) laptops seal personal data to.
    pub fn recipient(&self) -> String {
        self.identity.to_public().to_string()
    }

    pub fn decrypt(&self, ciphertext: &[u8]) -> std::result::Result<Vec<u8>, String> {
        age::decrypt(&self.identity, ciphertext).map_err(|e| e.to_string())
    }
}

/// Seals `plaintext` to an age recipient (`age1...`).
pub fn seal(recipient: &str, plaintext: &[u8]) -> Result<Vec<u8>> {
    let r = age::x25519::Recipient::from_str(recipient).map_err(crypto)?;
    age::encrypt(&r, plaintext).map_err(crypto)
}

pub fn valid_recipient(recipient: &str) -> bool {
    age::x25519::Recipient::from_str(recipient).is_ok()
}

/// Where a database's key files live: beside it, named after it, so two databases in one
/// folder (a coordinator's and a test laptop's) never share a key.
pub fn key_path(db: &Path, suffix: &str) -> Option<PathBuf> {
    if db.as_os_str() == ":memory:" {
        return None;
    }
    let name = db.file_name()?.to_string_lossy().to_string();
    Some(db.with_file_name(format!("{name}.{suffix}")))
}

/// Writes a secret file with mode 0600, via a temporary name and a rename, so a crash leaves
/// either no key or the whole key.
pub fn write_secret(path: &Path, text: &str) -> Result<()> {
    let io = |e: std::io::Error| Error::Io { path: path.display().to_string(), detail: e.to_string() };
    let tmp = path.with_extension("tmp");
    {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&tmp).map_err(io)?;
        f.write_all(text.as_bytes()).map_err(io)?;
        f.sync_all().map_err(io)?;
    }
    std::fs::rename(&tmp, path).map_err(io)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_verify_and_resist_changes() {
        let k = DeviceKey::generate().unwrap();
        let sig = k.sign(b"manifest", "convene bundle").unwrap();
        assert_eq!(verify(&k.public_key(), b"manifest", &sig).unwrap(), "convene bundle");
        assert!(verify(&k.public_key(), b"manifesT", &sig).is_err(), "changed data fails");
        let other = DeviceKey::generate().unwrap();
        assert!(verify(&other.public_key(), b"manifest", &sig).is_err(), "another key fails");
        let reloaded = DeviceKey::from_file_text(&k.to_file_text().unwrap()).unwrap();
        assert_eq!(reloaded.public_key(), k.public_key(), "the key file round-trips");
    }

    #[test]
    fn fingerprints_are_short_and_stable() {
        let f = fingerprint("RWQabc");
        assert_eq!(f.len(), 19, "four groups of four: {f}");
        assert_eq!(f, fingerprint("RWQabc"));
    }

    #[test]
    fn sealed_data_opens_only_with_the_identity() {
        let id = CoordinatorIdentity::generate();
        let sealed = seal(&id.recipient(), b"Ana B.").unwrap();
        assert!(!sealed.windows(6).any(|w| w == b"Ana B."), "no plaintext in the sealed bytes");
        assert_eq!(id.decrypt(&sealed).unwrap(), b"Ana B.");
        let again = CoordinatorIdentity::from_file_text(&id.to_file_text()).unwrap();
        assert_eq!(again.recipient(), id.recipient());
        assert!(CoordinatorIdentity::generate().decrypt(&sealed).is_err());
    }
}
