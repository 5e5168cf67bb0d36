//! Kits (coordinator → laptops, before the event) and bundles (laptop → coordinator, after it):
//! signed archives of ops, checked completely before anything is merged.
//!
//! - `archive`: the signed zip both share, and how it is read (paranoid, before any parsing);
//! - `select`: which ops leave this laptop for which sessions;
//! - `export`: writing bundles and kits;
//! - `import`: reading bundles, checking their payload, batching their commits, holding
//!   bundles from devices not yet approved;
//! - `kit`: importing a coordinator's kit;
//! - `ledger`: every bundle offered, by hash;
//! - `clocks`: how far each bundle's clock was off, and times corrected by it;
//! - `merge`: checking foreign ops and folding them in;
//! - `types`: what crosses the boundary;
//! - `fuzz`: the fuzzing entry points.
//!
//! Device trust and approval live in `crate::trust`.

pub mod archive;
pub(crate) mod clocks;
mod export;
pub mod fuzz;
mod import;
mod kit;
pub(crate) mod ledger;
pub(crate) mod merge;
mod select;
mod types;

use std::path::Path;

pub use import::IMPORT_BATCH_OPS;
pub use types::{
    BundleCheck, BundleImport, BundleStatus, Exported, ImportStatus, ImportSummary, KitImport, LedgerDetail,
    LedgerEntry, PersonalData,
};

use crate::error::Result;

pub(crate) const OPS: &str = "ops.jsonl";
pub(crate) const PERSONAL_SEALED: &str = "personal.age";
pub(crate) const PERSONAL_PLAIN: &str = "personal.jsonl";
/// The entries a bundle may hold besides its manifest and signature.
pub(crate) const BUNDLE_ENTRIES: &[&str] = &[OPS, PERSONAL_SEALED, PERSONAL_PLAIN];
/// The entries a kit may hold: the plan's ops only.
pub(crate) const KIT_ENTRIES: &[&str] = &[OPS];

/// Reads a kit or bundle, refusing anything over the size limit before reading it.
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>> {
    crate::files::read_capped(path, archive::MAX_FILE_BYTES)
}
