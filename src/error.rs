//! The core's one error type. Each variant has a stable `code` the UI may branch on and a
//! message rendered through Fluent (`locales/<locale>/errors.ftl`), so no caller ever matches on
//! English text.

use crate::i18n::{Args, Localizer};
use crate::labels::{Field, Thing};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error, Clone, PartialEq)]
pub enum Error {
    #[error("no {kind} matches {id}")]
    NotFound { kind: Thing, id: String },
    #[error("{prefix} matches {count} {kind} records")]
    AmbiguousId { kind: Thing, prefix: String, count: usize },
    #[error("the {field} is empty")]
    EmptyText { field: Field },
    #[error("the {field} is {length} characters long (max {max})")]
    TextTooLong { field: Field, length: usize, max: usize },
    #[error("{value} is not a ZIP code")]
    InvalidZip { value: String },
    #[error("“{value}” is not a valid {field}; use one of: {allowed}")]
    InvalidChoice { field: Field, value: String, allowed: String },
    #[error("{value} is not a valid {field} ({min}..={max})")]
    InvalidNumber { field: Field, value: String, min: i64, max: i64 },
    #[error("{value} is not a valid {field}")]
    InvalidDate { field: Field, value: String },
    #[error("{value} is not a language tag")]
    InvalidLanguage { value: String },
    #[error("{value} is not an email address")]
    InvalidEmail { value: String },
    #[error("{value} is not a phone number")]
    InvalidPhone { value: String },
    #[error("contact details need consent")]
    ConsentRequired,
    #[error("{kind} {id} belongs to another session")]
    WrongSession { kind: Thing, id: String },
    #[error("ballot token {token} already used")]
    DuplicateToken { token: String },
    #[error("empty ballot")]
    EmptyBallot,
    #[error("concern {id} ranked twice")]
    RepeatedChoice { id: String },
    #[error("allocations add up to {spent}, budget is {budget}")]
    BudgetMismatch { spent: i64, budget: i64 },
    #[error("negative allocation {value}")]
    NegativeAllocation { value: i64 },
    #[error("a concern cannot duplicate itself")]
    MergeIntoSelf,
    #[error("{id} is already a duplicate of the concern being merged")]
    MergeCycle { id: String },
    #[error("agenda item {title} has not started")]
    AgendaNotStarted { title: String },
    #[error("tag {slug} exists")]
    TagExists { slug: String },
    #[error("{path} is not a Convene database")]
    NotADatabase { path: String },
    #[error("{path} has schema {found}, newer than {supported}")]
    NewerSchema { path: String, found: i64, supported: i64 },
    #[error("{path} is read-only")]
    ReadOnly { path: String },
    #[error("disk full writing {path}")]
    DiskFull { path: String },
    #[error("database busy")]
    Busy,
    #[error("storage error: {detail}")]
    Storage { detail: String },
    #[error("{path}: {detail}")]
    Io { path: String, detail: String },
    #[error("rebuild differs in {tables}")]
    RebuildMismatch { tables: String },
    #[error("{path} is {size} bytes, over the {max} byte limit")]
    FileTooLarge { path: String, size: u64, max: u64 },
    #[error("{path} is not a readable Convene file: {detail}")]
    Malformed { path: String, detail: String },
    #[error("{path} holds an unexpected entry {entry}")]
    UnexpectedEntry { path: String, entry: String },
    #[error("{path}: entry {entry} expands past {max} bytes")]
    EntryTooLarge { path: String, entry: String, max: u64 },
    #[error("{path}: the signature does not verify")]
    BadSignature { path: String },
    #[error("{path}: entry {entry} does not match its hash in the manifest")]
    HashMismatch { path: String, entry: String },
    #[error("{path}: device {device} is known with another key")]
    KeyMismatch { path: String, device: String, fingerprint: String },
    #[error("{path}: device {device} is revoked")]
    RevokedDevice { path: String, device: String, fingerprint: String },
    #[error("{path}: device {device} reused sequence number {seq}")]
    SeqAlarm { path: String, device: String, seq: i64 },
    #[error("{path}: personal data sealed to a key this database does not hold")]
    NotSealedForUs { path: String },
    #[error("kit from coordinator {got}, but this laptop follows {expected}")]
    ForeignCoordinator { expected: String, got: String },
    #[error("no coordinator identity")]
    NoCoordinatorIdentity,
    #[error("device key file {path} is missing or does not match")]
    DeviceKeyMissing { path: String },
    #[error("crypto failure: {detail}")]
    Crypto { detail: String },
    #[error("no device {id}")]
    UnknownDevice { id: String },
    #[error("no conflict {id}")]
    ConflictNotFound { id: String },
    #[error("{path} is a {found}, not a {expected}")]
    WrongFileKind { path: String, found: Thing, expected: Thing },
    #[error("{path}: {problems} problems, nothing imported")]
    CsvInvalid { path: String, problems: usize },
    #[error("{locale} is not a shipped language")]
    UnknownLocale { locale: String },
    #[error("font {file} is missing (package {package})")]
    FontMissing { file: String, package: String },
    #[error("the kiosk is not open")]
    KioskClosed,
    #[error("a kiosk PIN is at least four digits")]
    KioskPin,
    #[error("wrong kiosk PIN")]
    KioskPinWrong,
    #[error("change refused: {reason}")]
    ChangeRefused { reason: crate::oplog::verdict::Reason },
    #[error("{ops} stored changes no longer pass today's checks")]
    ChecksChanged { ops: u64 },
    #[error("a backup passphrase has at least {min} characters")]
    WeakPassphrase { min: u64 },
    #[error("{path}: wrong passphrase")]
    WrongPassphrase { path: String },
    #[error("{path} already holds a database")]
    RestoreTargetExists { path: String },
    #[error("{key} names {count} devices: {candidates}")]
    AmbiguousDevice { key: String, count: usize, candidates: String },
    #[error("{path}: change {op} is already held as a different change")]
    OpIdReused { path: String, op: String },
    #[error("{path}: a change does not fit this database: {detail}")]
    OpDoesNotFit { path: String, detail: String },
    #[error("the {field} holds a control character ({code})")]
    ControlCharacter { field: Field, code: String },
    #[error("{path} has more than {max} rows")]
    SheetTooLong { path: String, max: u64 },
    #[error("{path} is a {kind}, not a file")]
    NotAFile { path: String, kind: String },
    #[error("{path} is read-only")]
    TargetReadOnly { path: String },
    #[error("{path} is not a Convene database")]
    ForeignDatabase { path: String },
    #[error("approving {device} did not merge {bundle}: {cause}")]
    ApprovalFailed { device: String, bundle: String, cause: Box<Error> },
}

crate::validate::choice!(
    /// The stable code of every kind of failure: what the UI and scripts may branch on (the
    /// generated TypeScript has it as a union, so the UI can only compare against codes that
    /// exist), and the Fluent id of its message (`error-<code>`).
    ErrorCode, "error-code" {
        NotFound = "not-found",
        AmbiguousId = "ambiguous-id",
        EmptyText = "empty-text",
        TextTooLong = "text-too-long",
        InvalidZip = "invalid-zip",
        InvalidChoice = "invalid-choice",
        InvalidNumber = "invalid-number",
        InvalidDate = "invalid-date",
        InvalidLanguage = "invalid-language",
        InvalidEmail = "invalid-email",
        InvalidPhone = "invalid-phone",
        ConsentRequired = "consent-required",
        WrongSession = "wrong-session",
        DuplicateToken = "duplicate-token",
        EmptyBallot = "empty-ballot",
        RepeatedChoice = "repeated-choice",
        BudgetMismatch = "budget-mismatch",
        NegativeAllocation = "negative-allocation",
        MergeIntoSelf = "merge-into-self",
        MergeCycle = "merge-cycle",
        AgendaNotStarted = "agenda-not-started",
        TagExists = "tag-exists",
        NotADatabase = "not-a-database",
        NewerSchema = "newer-schema",
        ReadOnly = "read-only",
        DiskFull = "disk-full",
        Busy = "busy",
        Storage = "storage",
        Io = "io",
        RebuildMismatch = "rebuild-mismatch",
        FileTooLarge = "file-too-large",
        Malformed = "malformed",
        UnexpectedEntry = "unexpected-entry",
        EntryTooLarge = "entry-too-large",
        BadSignature = "bad-signature",
        HashMismatch = "hash-mismatch",
        KeyMismatch = "key-mismatch",
        RevokedDevice = "revoked-device",
        SeqAlarm = "seq-alarm",
        NotSealedForUs = "not-sealed-for-us",
        ForeignCoordinator = "foreign-coordinator",
        NoCoordinatorIdentity = "no-coordinator-identity",
        DeviceKeyMissing = "device-key-missing",
        Crypto = "crypto",
        UnknownDevice = "unknown-device",
        ConflictNotFound = "conflict-not-found",
        WrongFileKind = "wrong-file-kind",
        CsvInvalid = "csv-invalid",
        UnknownLocale = "unknown-locale",
        FontMissing = "font-missing",
        KioskClosed = "kiosk-closed",
        KioskPin = "kiosk-pin",
        KioskPinWrong = "kiosk-pin-wrong",
        ChangeRefused = "change-refused",
        ChecksChanged = "checks-changed",
        ApprovalFailed = "approval-failed",
        NotAFile = "not-a-file",
        SheetTooLong = "sheet-too-long",
        ControlCharacter = "control-character",
        AmbiguousDevice = "ambiguous-device",
        WeakPassphrase = "weak-passphrase",
        WrongPassphrase = "wrong-passphrase",
        RestoreTargetExists = "restore-target-exists",
        OpIdReused = "op-id-reused",
        OpDoesNotFit = "op-does-not-fit",
        TargetReadOnly = "target-read-only",
        ForeignDatabase = "foreign-database",
    }
);

crate::labels!(ErrorCode, "error-");

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Error {
    /// A short, stable identifier for the kind of failure: part of the UI boundary.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::AmbiguousId { .. } => ErrorCode::AmbiguousId,
            Error::EmptyText { .. } => ErrorCode::EmptyText,
            Error::TextTooLong { .. } => ErrorCode::TextTooLong,
            Error::InvalidZip { .. } => ErrorCode::InvalidZip,
            Error::InvalidChoice { .. } => ErrorCode::InvalidChoice,
            Error::InvalidNumber { .. } => ErrorCode::InvalidNumber,
            Error::InvalidDate { .. } => ErrorCode::InvalidDate,
            Error::InvalidLanguage { .. } => ErrorCode::InvalidLanguage,
            Error::InvalidEmail { .. } => ErrorCode::InvalidEmail,
            Error::InvalidPhone { .. } => ErrorCode::InvalidPhone,
            Error::ConsentRequired => ErrorCode::ConsentRequired,
            Error::WrongSession { .. } => ErrorCode::WrongSession,
            Error::DuplicateToken { .. } => ErrorCode::DuplicateToken,
            Error::EmptyBallot => ErrorCode::EmptyBallot,
            Error::RepeatedChoice { .. } => ErrorCode::RepeatedChoice,
            Error::BudgetMismatch { .. } => ErrorCode::BudgetMismatch,
            Error::NegativeAllocation { .. } => ErrorCode::NegativeAllocation,
            Error::MergeIntoSelf => ErrorCode::MergeIntoSelf,
            Error::MergeCycle { .. } => ErrorCode::MergeCycle,
            Error::AgendaNotStarted { .. } => ErrorCode::AgendaNotStarted,
            Error::TagExists { .. } => ErrorCode::TagExists,
            Error::NotADatabase { .. } => ErrorCode::NotADatabase,
            Error::NewerSchema { .. } => ErrorCode::NewerSchema,
            Error::ReadOnly { .. } => ErrorCode::ReadOnly,
            Error::DiskFull { .. } => ErrorCode::DiskFull,
            Error::Busy => ErrorCode::Busy,
            Error::Storage { .. } => ErrorCode::Storage,
            Error::Io { .. } => ErrorCode::Io,
            Error::RebuildMismatch { .. } => ErrorCode::RebuildMismatch,
            Error::FileTooLarge { .. } => ErrorCode::FileTooLarge,
            Error::Malformed { .. } => ErrorCode::Malformed,
            Error::UnexpectedEntry { .. } => ErrorCode::UnexpectedEntry,
            Error::EntryTooLarge { .. } => ErrorCode::EntryTooLarge,
            Error::BadSignature { .. } => ErrorCode::BadSignature,
            Error::HashMismatch { .. } => ErrorCode::HashMismatch,
            Error::KeyMismatch { .. } => ErrorCode::KeyMismatch,
            Error::RevokedDevice { .. } => ErrorCode::RevokedDevice,
            Error::SeqAlarm { .. } => ErrorCode::SeqAlarm,
            Error::NotSealedForUs { .. } => ErrorCode::NotSealedForUs,
            Error::ForeignCoordinator { .. } => ErrorCode::ForeignCoordinator,
            Error::NoCoordinatorIdentity => ErrorCode::NoCoordinatorIdentity,
            Error::DeviceKeyMissing { .. } => ErrorCode::DeviceKeyMissing,
            Error::Crypto { .. } => ErrorCode::Crypto,
            Error::UnknownDevice { .. } => ErrorCode::UnknownDevice,
            Error::ConflictNotFound { .. } => ErrorCode::ConflictNotFound,
            Error::WrongFileKind { .. } => ErrorCode::WrongFileKind,
            Error::CsvInvalid { .. } => ErrorCode::CsvInvalid,
            Error::UnknownLocale { .. } => ErrorCode::UnknownLocale,
            Error::FontMissing { .. } => ErrorCode::FontMissing,
            Error::KioskClosed => ErrorCode::KioskClosed,
            Error::KioskPin => ErrorCode::KioskPin,
            Error::KioskPinWrong => ErrorCode::KioskPinWrong,
            Error::ChangeRefused { .. } => ErrorCode::ChangeRefused,
            Error::ChecksChanged { .. } => ErrorCode::ChecksChanged,
            Error::ApprovalFailed { .. } => ErrorCode::ApprovalFailed,
            Error::NotAFile { .. } => ErrorCode::NotAFile,
            Error::SheetTooLong { .. } => ErrorCode::SheetTooLong,
            Error::ControlCharacter { .. } => ErrorCode::ControlCharacter,
            Error::AmbiguousDevice { .. } => ErrorCode::AmbiguousDevice,
            Error::WeakPassphrase { .. } => ErrorCode::WeakPassphrase,
            Error::WrongPassphrase { .. } => ErrorCode::WrongPassphrase,
            Error::RestoreTargetExists { .. } => ErrorCode::RestoreTargetExists,
            Error::OpIdReused { .. } => ErrorCode::OpIdReused,
            Error::OpDoesNotFit { .. } => ErrorCode::OpDoesNotFit,
            Error::TargetReadOnly { .. } => ErrorCode::TargetReadOnly,
            Error::ForeignDatabase { .. } => ErrorCode::ForeignDatabase,
        }
    }

    /// The message (checked to exist for every code when the core compiles) and its arguments.
    fn fluent(&self) -> (crate::messages::Msg, Args) {
        let mut a = Args::new();
        match self {
            Error::NotFound { kind, id } => {
                a.set("kind", kind.label()).set("id", id).set("command", kind.command().unwrap_or(""))
            }
            Error::AmbiguousId { kind, prefix, count } => {
                a.set("kind", kind.label()).set("prefix", prefix).set("count", *count as i64)
            }
            Error::EmptyText { field } => a.set("field", field.label()),
            Error::TextTooLong { field, length, max } => {
                a.set("field", field.label()).set("length", *length as i64).set("max", *max as i64)
            }
            Error::InvalidZip { value }
            | Error::InvalidLanguage { value }
            | Error::InvalidEmail { value }
            | Error::InvalidPhone { value } => a.set("value", value),
            Error::InvalidChoice { field, value, allowed } => {
                a.set("field", field.label()).set("value", value).set("allowed", allowed)
            }
            Error::InvalidNumber { field, value, min, max } => {
                a.set("field", field.label()).set("value", value).set("min", *min).set("max", *max)
            }
            Error::InvalidDate { field, value } => a.set("field", field.label()).set("value", value),
            Error::WrongSession { kind, id } => a.set("kind", kind.label()).set("id", id),
            Error::DuplicateToken { token } => a.set("token", token),
            Error::RepeatedChoice { id } | Error::MergeCycle { id } => a.set("id", id),
            Error::BudgetMismatch { spent, budget } => a.set("spent", *spent).set("budget", *budget),
            Error::NegativeAllocation { value } => a.set("value", *value),
            Error::AgendaNotStarted { title } => a.set("title", title),
            Error::TagExists { slug } => a.set("slug", slug),
            Error::NotADatabase { path }
            | Error::ReadOnly { path }
            | Error::DiskFull { path }
            | Error::TargetReadOnly { path }
            | Error::ForeignDatabase { path } => a.set("path", path),
            Error::NotAFile { path, kind } => a.set("path", path).set("kind", kind),
            Error::SheetTooLong { path, max } => a.set("path", path).set("max", *max as i64),
            Error::ControlCharacter { field, code } => a.set("field", field.label()).set("code", code),
            Error::AmbiguousDevice { key, count, candidates } => {
                a.set("key", key).set("count", *count as i64).set("candidates", candidates)
            }
            Error::OpIdReused { path, op } => a.set("path", path).set("op", op),
            Error::WeakPassphrase { min } => a.set("min", *min as i64),
            Error::WrongPassphrase { path } | Error::RestoreTargetExists { path } => a.set("path", path),
            Error::OpDoesNotFit { path, detail } => a.set("path", path).set("detail", detail),
            Error::NewerSchema { path, found, supported } => {
                a.set("path", path).set("found", *found).set("supported", *supported)
            }
            Error::Storage { detail } => a.set("detail", detail),
            Error::Io { path, detail } => a.set("path", path).set("detail", detail),
            Error::RebuildMismatch { tables } => a.set("tables", tables),
            Error::FileTooLarge { path, size, max } => {
                a.set("path", path).set("size", *size as i64).set("max", *max as i64)
            }
            Error::Malformed { path, detail } => a.set("path", path).set("detail", detail),
            Error::UnexpectedEntry { path, entry } | Error::HashMismatch { path, entry } => {
                a.set("path", path).set("entry", entry)
            }
            Error::EntryTooLarge { path, entry, max } => {
                a.set("path", path).set("entry", entry).set("max", *max as i64)
            }
            Error::BadSignature { path }
            | Error::NotSealedForUs { path }
            | Error::DeviceKeyMissing { path } => a.set("path", path),
            Error::KeyMismatch { path, device, fingerprint }
            | Error::RevokedDevice { path, device, fingerprint } => {
                a.set("path", path).set("device", device).set("fingerprint", fingerprint)
            }
            Error::SeqAlarm { path, device, seq } => {
                a.set("path", path).set("device", device).set("seq", *seq)
            }
            Error::ForeignCoordinator { expected, got } => a.set("expected", expected).set("got", got),
            Error::Crypto { detail } => a.set("detail", detail),
            Error::UnknownDevice { id } | Error::ConflictNotFound { id } => a.set("id", id),
            Error::CsvInvalid { path, problems } => a.set("path", path).set("problems", *problems as i64),
            Error::FontMissing { file, package } => a.set("file", file).set("package", package),
            Error::WrongFileKind { path, found, expected } => {
                a.set("path", path).set("found", found.label()).set("expected", expected.label())
            }
            Error::UnknownLocale { locale } => a.set("locale", locale),
            Error::ChangeRefused { reason } => a.set("reason", reason.as_str()),
            Error::ChecksChanged { ops } => a.set("ops", *ops),
            // The cause is worded in `localized`, in the same language.
            Error::ApprovalFailed { device, bundle, .. } => a.set("device", device).set("bundle", bundle),
            Error::ConsentRequired
            | Error::KioskClosed
            | Error::KioskPin
            | Error::KioskPinWrong
            | Error::EmptyBallot
            | Error::MergeIntoSelf
            | Error::NoCoordinatorIdentity
            | Error::Busy => &mut a,
        };
        (self.code().label(), a)
    }

    /// The message in the person's language, saying what to do next.
    pub fn localized(&self, l10n: &Localizer) -> String {
        let (mut m, mut args) = self.fluent();
        if let Error::ApprovalFailed { cause, .. } = self {
            args.set("cause", cause.localized(l10n));
        }
        m.args = args;
        l10n.m(m)
    }

    /// Turns a SQLite failure into the error a person can act on.
    pub(crate) fn from_sqlite(e: rusqlite::Error, path: &str) -> Error {
        use rusqlite::ffi::ErrorCode;
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            match f.code {
                ErrorCode::NotADatabase => return Error::NotADatabase { path: path.into() },
                ErrorCode::DatabaseCorrupt => return Error::NotADatabase { path: path.into() },
                ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied => {
                    return Error::ReadOnly { path: path.into() };
                }
                ErrorCode::DiskFull => return Error::DiskFull { path: path.into() },
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => return Error::Busy,
                // SQLITE_IOERR covers a full disk on some file systems (ENOSPC during fsync).
                ErrorCode::SystemIoFailure => {
                    return Error::Io { path: path.into(), detail: e.to_string() };
                }
                _ => {}
            }
        }
        Error::Storage { detail: e.to_string() }
    }
}

/// `rusqlite` errors raised inside the core, where the database path is not at hand; the
/// storage layer re-labels them with the path before they leave (`storage::relabel`).
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::from_sqlite(e, "the database")
    }
}

impl From<rusqlite::types::FromSqlError> for Error {
    fn from(e: rusqlite::types::FromSqlError) -> Self {
        Error::Storage { detail: format!("unexpected stored value: {e}") }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Storage { detail: format!("malformed stored JSON: {e}") }
    }
}

/// `.or_not_found(kind, id)?` for lookups that may come back empty.
pub trait OrNotFound<T> {
    fn or_not_found(self, kind: Thing, id: impl ToString) -> Result<T>;
}

impl<T> OrNotFound<T> for Option<T> {
    fn or_not_found(self, kind: Thing, id: impl ToString) -> Result<T> {
        self.ok_or_else(|| Error::NotFound { kind, id: id.to_string() })
    }
}
