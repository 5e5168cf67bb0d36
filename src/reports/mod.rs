//! Reports that go back to the community: CSV tables and PDF reports.

pub mod csv;
pub mod pdf;

use std::path::Path;

use crate::error::Result;

/// A report or export written to disk.
#[derive(Debug, Clone, serde::Serialize, PartialEq, ts_rs::TS)]
pub struct Written {
    pub path: String,
    pub bytes: u64,
}

/// Writes a report safely (`files::write_output`): to a temporary name beside `path`, flushed,
/// then renamed, so a pulled USB stick or full disk never leaves half a file under the real
/// name. `private` for one holding personal data (created 0600).
pub fn write_report(path: &Path, bytes: &[u8], private: bool) -> Result<Written> {
    crate::files::write_output(path, bytes, private)?;
    Ok(Written { path: path.display().to_string(), bytes: bytes.len() as u64 })
}
