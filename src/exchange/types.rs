//! What crosses the exchange's boundary: what an export wrote, what an import did with each
//! bundle, what the ledger holds. Every status is an enum, in Rust, in SQL and in TypeScript.

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::i18n::{FALLBACK_LOCALE, Localizer};
use crate::ids::{DeviceId, SessionId};
use crate::trust::{CoordinatorRef, DeviceState};
use crate::validate::choice;

use super::archive::Manifest;

choice!(
    /// Where an export put attendees' names and contacts.
    PersonalData, "personal-data" {
        /// The bundle held none.
        None = "none",
        /// Sealed to the coordinator's age recipient.
        Sealed = "sealed",
        /// Included unencrypted, because the person asked (no coordinator key yet).
        Plaintext = "plaintext",
        /// Left out: no coordinator key, and plaintext was not asked for.
        LeftOut = "left-out",
    }
);

choice!(
    /// A bundle's row in the ledger. Stored with these spellings (a CHECK constraint in
    /// migration 0002 holds the database to them).
    BundleStatus, "bundle-status" {
        Imported = "imported",
        /// From a device not yet approved: kept, unmerged, until a coordinator decides.
        Quarantined = "quarantined",
        /// Reuses a device's sequence numbers for different ops: kept for a person to look at.
        Alarm = "alarm",
    }
);

/// What an export wrote.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Exported {
    pub path: String,
    pub hash: String,
    pub bytes: u64,
    pub ops: u64,
    pub personal_ops: u64,
    pub personal_data: PersonalData,
    pub sealed_to: Option<String>,
    pub sessions: Vec<SessionId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ImportStatus {
    Imported,
    AlreadyHad,
    Quarantined,
    Rejected,
}

/// One bundle's fate in an import.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct BundleImport {
    pub file: String,
    pub status: ImportStatus,
    pub device_id: Option<DeviceId>,
    pub device_name: Option<String>,
    pub fingerprint: Option<String>,
    pub ops: u64,
    pub new_ops: u64,
    /// Open conflicts this bundle added.
    pub conflicts: i64,
    /// Its changes that wait for the coordinator's review, and those refused (kept in the log,
    /// counting for nothing: see `convene review list` and the ledger).
    pub held: u64,
    pub refused: u64,
    /// Sessions the bundle names that its device was not given and did not make: its changes
    /// there are refused until the coordinator gives it them.
    pub not_given: Vec<SessionId>,
    /// How far the laptop's clock was off, in ms (ahead positive), where it was beyond the
    /// tolerance.
    pub clock_offset_ms: Option<i64>,
    /// For rejected bundles: the error code and the person's message.
    pub error_code: Option<crate::error::ErrorCode>,
    pub error: Option<String>,
    #[serde(skip)]
    pub error_detail: Option<Error>,
}

impl BundleImport {
    /// A bundle not yet read, as `label` names it.
    pub(crate) fn empty(label: &str) -> BundleImport {
        BundleImport {
            file: label.to_string(),
            status: ImportStatus::Rejected,
            device_id: None,
            device_name: None,
            fingerprint: None,
            ops: 0,
            new_ops: 0,
            conflicts: 0,
            held: 0,
            refused: 0,
            not_given: vec![],
            clock_offset_ms: None,
            error_code: None,
            error: None,
            error_detail: None,
        }
    }

    /// This bundle, refused with `e` (in English until a surface calls `localize`).
    pub(crate) fn rejected(mut self, e: Error) -> BundleImport {
        self.status = ImportStatus::Rejected;
        self.error_code = Some(e.code());
        self.error = Some(e.localized(&Localizer::new(FALLBACK_LOCALE)));
        self.error_detail = Some(e);
        self
    }

    /// Puts the refusal's message in the person's language.
    pub fn localize(&mut self, l10n: &Localizer) {
        if let Some(e) = &self.error_detail {
            self.error = Some(e.localized(l10n));
        }
    }

    /// Whether the bundle reused a device's sequence numbers for different ops.
    pub fn is_alarm(&self) -> bool {
        matches!(self.error_detail, Some(Error::SeqAlarm { .. }))
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Default, ts_rs::TS)]
pub struct ImportSummary {
    pub imported: u64,
    pub already_had: u64,
    pub quarantined: u64,
    pub rejected: u64,
    pub conflicts: i64,
    pub alarms: u64,
    /// Changes held for review and changes refused, over every bundle.
    pub held: u64,
    pub refused: u64,
    pub bundles: Vec<BundleImport>,
}

impl ImportSummary {
    /// Adds one bundle's report to the counts.
    pub(crate) fn add(&mut self, r: BundleImport) {
        match r.status {
            ImportStatus::Imported => self.imported += 1,
            ImportStatus::AlreadyHad => self.already_had += 1,
            ImportStatus::Quarantined => self.quarantined += 1,
            ImportStatus::Rejected => {
                self.rejected += 1;
                self.alarms += r.is_alarm() as u64;
            }
        }
        self.conflicts += r.conflicts;
        self.held += r.held;
        self.refused += r.refused;
        self.bundles.push(r);
    }
}

/// A bundle as `bundle verify` reports it.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct BundleCheck {
    pub file: String,
    pub hash: String,
    pub manifest: Manifest,
    pub fingerprint: String,
    /// What this database knows of the signer; `None` for a device it has never seen.
    pub device_state: Option<DeviceState>,
}

/// A row of the ledger.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct LedgerEntry {
    pub hash: String,
    pub device_id: DeviceId,
    pub device_name: Option<String>,
    pub device_state: Option<DeviceState>,
    pub sessions: Vec<SessionId>,
    /// How each of `sessions` stands for the bundle's device (given it, made by it, or
    /// neither); `None` for a session this database does not hold.
    pub scopes: Vec<Option<crate::oplog::verdict::SessionScope>>,
    pub seq_min: Option<i64>,
    pub seq_max: Option<i64>,
    pub ops: i64,
    pub new_ops: i64,
    pub status: BundleStatus,
    /// Why the bundle is in this state, when it is not simply imported.
    pub detail: Option<LedgerDetail>,
    pub file_name: Option<String>,
    pub received_at: String,
    /// Its changes held for review and refused.
    pub held_ops: i64,
    pub refused_ops: i64,
    /// How far its laptop's clock was off, in ms (ahead positive), beyond the tolerance.
    pub clock_offset_ms: Option<i64>,
    /// For a held bundle whose merge failed at approval: why.
    pub error_code: Option<crate::error::ErrorCode>,
}

choice!(
    /// Why a ledger row is not a plain import, stored as this code and shown in the person's
    /// language (`ledger-detail-<code>` in ui.ftl and cli.ftl).
    LedgerDetail, "ledger-detail" {
        /// Sequence numbers already used for other ops.
        SeqAlarm = "seq-alarm",
        /// Held from a device that was then revoked: it will never be merged.
        DeviceRevoked = "device-revoked",
        /// An alarm its laptop resolved by taking a new identity and sending its work again.
        Resolved = "resolved",
        /// Still held: its merge failed when its laptop was approved (`error_code` says why).
        MergeFailed = "merge-failed",
    }
);

#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct KitImport {
    pub coordinator: CoordinatorRef,
    pub sessions: Vec<(SessionId, String)>,
    pub new_ops: u64,
    /// How many of this laptop's own changes the coordinator holds that this laptop does not
    /// (it was restored from an older backup): they are safe at the coordinator, and the
    /// laptop's next changes are numbered past them.
    pub own_changes_elsewhere: i64,
}
crate::labels!(BundleStatus, "coordinator-status-");
crate::labels!(LedgerDetail, "ledger-detail-");
crate::labels!(PersonalData, "exchange-personal-");
