//! The SQLite file: opening it safely, migrating it, and the one transaction wrapper every write
//! goes through.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::ids::{DeviceId, OpId};
use crate::oplog::clock::{self, Clock};
use crate::oplog::fields::Field;
use crate::oplog::{Change, Entity, Op, fold, verdict};

/// Numbered, append-only migrations. Never edit one that has shipped; add the next.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_trust_and_ledger.sql"),
    include_str!("migrations/0003_ballots_in_tally_order.sql"),
    include_str!("migrations/0004_verdicts_and_delegations.sql"),
    include_str!("migrations/0005_redactions.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// SQLite's `application_id` of a Convene database ("Conv"): `file` says so, and a file without
/// it (another program's, or not yet stamped) is recognised before Convene writes to it.
pub const APPLICATION_ID: i64 = 0x436F_6E76;

/// Which kinds of thing a write touched, so a UI can refresh just those views.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct Changes {
    pub entities: std::collections::BTreeSet<Entity>,
    pub ops: u64,
}

pub struct Store {
    pub(crate) conn: Connection,
    path: String,
    device: DeviceId,
    clock: Clock,
    /// A write redacted words: checkpoint and truncate the WAL after the commit.
    scrub: std::cell::Cell<bool>,
}

impl Store {
    /// Opens (creating if needed) the database at `path`.
    /// Opens (or creates) a Convene database. A file that is not one (another program's SQLite
    /// database, a folder, a device) is refused without being touched.
    pub fn open(path: &Path) -> Result<Store> {
        let label = path.display().to_string();
        if let Ok(meta) = std::fs::metadata(path)
            && !meta.is_file()
        {
            let kind = if meta.is_dir() { "folder" } else { "device" };
            return Err(Error::NotAFile { path: label, kind: kind.into() });
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        }
        // Names, contacts and what people said: readable by this laptop's user only. SQLite
        // gives the WAL and shared-memory files the database's own mode. A foreign file is
        // left exactly as it was (it is refused below).
        let empty = !path.exists() || std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
        if empty || Self::is_convene_file(path) {
            crate::files::make_private(path)?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|e| Error::from_sqlite(e, &label))?;
        Self::setup(conn, label)
    }

    /// A throwaway database in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        Self::setup(Connection::open_in_memory()?, ":memory:".into())
    }

    /// Whether an existing file is (most likely) a Convene database: read without writing.
    fn is_convene_file(path: &Path) -> bool {
        let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
            return false;
        };
        let id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).unwrap_or(0);
        id == APPLICATION_ID || Self::recognise(&conn).unwrap_or(false)
    }

    /// A Convene database from before `application_id` was set: its own `meta` table with this
    /// laptop's device id, and an op log.
    fn recognise(conn: &Connection) -> rusqlite::Result<bool> {
        let tables: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'ops')",
            [],
            |r| r.get(0),
        )?;
        if tables != 2 {
            return Ok(false);
        }
        conn.query_row("SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'device_id')", [], |r| r.get(0))
    }

    fn setup(conn: Connection, path: String) -> Result<Store> {
        let label = |e: rusqlite::Error| Error::from_sqlite(e, &path);
        // Reading the schema version is the first touch of the file: a file that is not SQLite
        // fails here, before anything is written to it.
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(label)?;
        if version > SCHEMA_VERSION {
            return Err(Error::NewerSchema { path, found: version, supported: SCHEMA_VERSION });
        }
        // Only Convene's own files: another program's SQLite database is refused untouched.
        let app: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).map_err(label)?;
        let empty: bool =
            conn.query_row("SELECT count(*) = 0 FROM sqlite_master", [], |r| r.get(0)).map_err(label)?;
        let ours = app == APPLICATION_ID || (app == 0 && (empty || Self::recognise(&conn).map_err(label)?));
        if !ours {
            return Err(Error::ForeignDatabase { path });
        }
        conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(label)?;
        // Every entity's fold and query has its own statement; keep them all prepared.
        conn.set_prepared_statement_cache_capacity(256);
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).map_err(label)?;
        // A larger WAL between checkpoints: imports of many bundles copy each hot page to the
        // database file far fewer times (durability is unchanged: every commit is fsynced).
        conn.execute_batch(
            "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 4096;
             PRAGMA secure_delete = ON;",
        )
        .map_err(label)?;
        let mut store = Store {
            conn,
            path,
            device: DeviceId(Uuid::nil()),
            clock: Clock::System,
            scrub: std::cell::Cell::new(false),
        };
        store.migrate(version)?;
        // Stamped now (best effort: a database on read-only media is stamped when next writable).
        if app != APPLICATION_ID {
            let _ = store.conn.pragma_update(None, "application_id", APPLICATION_ID);
        }
        store.device = store.ensure_device()?;
        Ok(store)
    }

    fn migrate(&mut self, from: i64) -> Result<()> {
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
            let version = i as i64 + 1;
            let path = self.path.clone();
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(|e| Error::from_sqlite(e, &path))?;
            tx.execute_batch(sql).map_err(|e| Error::from_sqlite(e, &path))?;
            tx.pragma_update(None, "user_version", version).map_err(|e| Error::from_sqlite(e, &path))?;
            tx.commit().map_err(|e| Error::from_sqlite(e, &path))?;
            tracing::info!(version, "migrated database");
        }
        Ok(())
    }

    /// This laptop's device id, made the first time the database is opened.
    fn ensure_device(&mut self) -> Result<DeviceId> {
        // The common case reads only, so opening never takes the write lock.
        let existing: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| r.get(0))
            .optional()
            .map_err(|e| Error::from_sqlite(e, &self.path))?;
        if let Some(id) = existing.and_then(|s| s.parse::<DeviceId>().ok()) {
            return Ok(id);
        }
        self.write(|tx| {
            if let Some(id) = tx.meta("device_id")? {
                return id
                    .parse::<DeviceId>()
                    .map_err(|e| Error::Storage { detail: format!("device id in meta is malformed: {e}") });
            }
            let id = DeviceId::new();
            tx.set_meta("device_id", &id.to_string())?;
            tx.set_meta("created_at", &chrono::Utc::now().to_rfc3339())?;
            Ok(id)
        })
    }

    pub fn device_id(&self) -> DeviceId {
        self.device
    }

    /// Where this database reads the wall clock from (the system's, unless a test says so).
    pub fn clock(&self) -> Clock {
        self.clock
    }

    pub(crate) fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    /// This database is now device `device` (after taking a new identity).
    pub(crate) fn set_device(&mut self, device: DeviceId) {
        self.device = device;
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Every write goes through here: one IMMEDIATE transaction that appends ops and updates the
    /// materialized tables together, committed (and so durable, with `synchronous=FULL`) before
    /// this returns. Any error rolls the whole thing back.
    ///
    /// Inside a `batch`, the same call is a savepoint instead: it rolls back alone on error, and
    /// nothing is durable until the batch commits.
    pub fn transact<T>(&mut self, f: impl FnOnce(&mut Tx<'_>) -> Result<T>) -> Result<(T, Changes)> {
        let path = self.path.clone();
        let device = self.device;
        let sql =
            |conn: &Connection, s: &str| conn.execute_batch(s).map_err(|e| Error::from_sqlite(e, &path));
        let nested = !self.conn.is_autocommit();
        sql(&self.conn, if nested { "SAVEPOINT convene_write" } else { "BEGIN IMMEDIATE" })?;
        let mut t = Tx {
            tx: &self.conn,
            device,
            clock: self.clock,
            scrub: &self.scrub,
            trust: None,
            changes: Changes::default(),
        };
        match f(&mut t) {
            Ok(out) => {
                let changes = t.changes;
                if let Err(e) = sql(&self.conn, if nested { "RELEASE convene_write" } else { "COMMIT" }) {
                    let _ = self.conn.execute_batch(if nested {
                        "ROLLBACK TO convene_write; RELEASE convene_write"
                    } else {
                        "ROLLBACK"
                    });
                    return Err(e);
                }
                if !nested {
                    self.scrub_if_redacted();
                }
                Ok((out, changes))
            }
            Err(e) => {
                let _ = self.conn.execute_batch(if nested {
                    "ROLLBACK TO convene_write; RELEASE convene_write"
                } else {
                    "ROLLBACK"
                });
                Err(relabel(e, &path))
            }
        }
    }

    /// Opens a batch: every `transact` until `end_batch` becomes a savepoint inside one
    /// IMMEDIATE transaction (see `Convene::batch`).
    pub(crate) fn begin_batch(&mut self) -> Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(|e| Error::from_sqlite(e, &self.path))
    }

    /// Commits (durably) or rolls back a batch.
    pub(crate) fn end_batch(&mut self, commit: bool) -> Result<()> {
        if commit {
            if let Err(e) = self.conn.execute_batch("COMMIT") {
                let _ = self.conn.execute_batch("ROLLBACK");
                return Err(Error::from_sqlite(e, &self.path));
            }
            self.scrub_if_redacted();
            Ok(())
        } else {
            self.conn.execute_batch("ROLLBACK").map_err(|e| Error::from_sqlite(e, &self.path))
        }
    }

    /// After a commit that redacted: the WAL's frames still hold the pages as they were, so
    /// they are copied into the database (where `secure_delete` has zeroed the freed space)
    /// and the WAL is truncated. Best effort: a reader holding an old snapshot delays it to
    /// the next redaction or the next checkpoint.
    fn scrub_if_redacted(&self) {
        if self.scrub.replace(false)
            && let Err(e) = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        {
            tracing::warn!("could not truncate the WAL after a redaction: {e}");
        }
    }

    /// A write that records no ops (device bookkeeping, trust state).
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&mut Tx<'_>) -> Result<T>) -> Result<T> {
        self.transact(f).map(|(t, _)| t)
    }
}

/// Errors from deep inside a transaction only knew "the database"; give them the real path.
fn relabel(e: Error, path: &str) -> Error {
    match e {
        Error::ReadOnly { path: p } if p == "the database" => Error::ReadOnly { path: path.into() },
        Error::DiskFull { path: p } if p == "the database" => Error::DiskFull { path: path.into() },
        Error::NotADatabase { path: p } if p == "the database" => Error::NotADatabase { path: path.into() },
        Error::Io { path: p, detail } if p == "the database" => Error::Io { path: path.into(), detail },
        other => other,
    }
}

fn io_error(path: &Path, e: std::io::Error) -> Error {
    let path = path.display().to_string();
    match e.kind() {
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            Error::ReadOnly { path }
        }
        std::io::ErrorKind::StorageFull => Error::DiskFull { path },
        _ => Error::Io { path, detail: e.to_string() },
    }
}

/// An open write transaction.
pub struct Tx<'a> {
    tx: &'a Connection,
    device: DeviceId,
    clock: Clock,
    /// Set when a redaction blanked words: the WAL is checkpointed and truncated on commit.
    scrub: &'a std::cell::Cell<bool>,
    /// This database's trust decisions, read on the first write that needs them.
    trust: Option<verdict::Trust>,
    changes: Changes,
}

impl Tx<'_> {
    pub fn conn(&self) -> &Connection {
        self.tx
    }

    pub fn device(&self) -> DeviceId {
        self.device
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .tx
            .prepare_cached("SELECT value FROM meta WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    pub fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO meta (key, value) VALUES (?1, ?2) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?
            .execute(params![key, value])?;
        Ok(())
    }

    fn meta_i64(&self, key: &str) -> Result<i64> {
        Ok(self.meta(key)?.and_then(|v| v.parse().ok()).unwrap_or(0))
    }

    /// Wall-clock milliseconds, as this database's laptop reads them.
    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    /// Moves this database's clock past a stamp it has seen, up to what its wall clock allows.
    pub(crate) fn observe_clock(&self, seen: i64) -> Result<()> {
        let last = self.meta_i64("last_hlc")?;
        let next = clock::observe(last, seen, self.now_ms());
        if next != last {
            self.set_meta("last_hlc", &next.to_string())?;
        }
        Ok(())
    }

    /// The ops this transaction appends from now on are `device`'s (a new identity).
    pub(crate) fn set_device(&mut self, device: DeviceId) {
        self.device = device;
        self.trust = None;
    }

    /// Makes the next op this device writes number itself after `seq`.
    /// The sequence number this device's next op will take.
    pub(crate) fn next_seq(&self) -> Result<i64> {
        Ok(self.meta_i64("next_seq")?.max(1))
    }

    pub(crate) fn move_seq_past(&self, seq: i64) -> Result<()> {
        if self.meta_i64("next_seq")? <= seq {
            self.set_meta("next_seq", &seq.saturating_add(1).to_string())?;
        }
        Ok(())
    }

    /// This database's trust decisions (read once per transaction).
    pub(crate) fn trust(&mut self) -> Result<&verdict::Trust> {
        if self.trust.is_none() {
            self.trust = Some(verdict::Trust::load(self.tx, self.device)?);
        }
        Ok(self.trust.as_ref().expect("loaded above"))
    }

    /// Forgets the trust decisions read so far: after a write that changes them.
    pub(crate) fn trust_changed(&mut self) {
        self.trust = None;
    }

    /// Appends an op made on this device and refolds the entity it touches.
    pub fn append(&mut self, entity: Entity, entity_id: Uuid, change: Change) -> Result<Op> {
        let prev = match &change {
            Change::Set { field, .. } => fold::fold(&fold::ops_for(self.tx, entity, entity_id)?)
                .and_then(|r| r.winners.get(field).copied()),
            _ => None,
        };
        self.append_with_prev(entity, entity_id, change, prev)
    }

    /// Records that a merge changed rows of `entity`.
    pub(crate) fn note_change(&mut self, entity: Entity) {
        self.changes.entities.insert(entity);
    }

    /// Appends an op that names the op it replaces: conflict resolution names the loser.
    pub(crate) fn append_with_prev(
        &mut self,
        entity: Entity,
        entity_id: Uuid,
        change: Change,
        prev: Option<OpId>,
    ) -> Result<Op> {
        let seq = self.meta_i64("next_seq")?.max(1);
        let hlc = clock::tick(self.meta_i64("last_hlc")?, self.now_ms());
        let op = Op { op_id: OpId::new(), device_id: self.device, seq, hlc, entity, entity_id, change, prev };
        // A local op passes the same checks an imported one does: what the coordinator would
        // refuse is refused here, while the person can still do something about it.
        self.insert_op(&op)?;
        let conn = self.tx;
        let judged = verdict::judge_new(conn, self.trust()?, &op, &mut verdict::Pending::default())?;
        match judged.judgement.verdict {
            verdict::Verdict::Accepted => {}
            _ => {
                return Err(Error::ChangeRefused {
                    reason: judged.judgement.reason.unwrap_or(verdict::Reason::NotAllowed),
                });
            }
        }
        self.set_meta("next_seq", &(seq + 1).to_string())?;
        self.set_meta("last_hlc", &hlc.to_string())?;
        if judged.rejudge {
            let trust = self.trust()?.clone();
            verdict::rejudge(self.tx, &trust, entity, entity_id)?;
        } else {
            fold::refold_with_new(self.tx, entity, entity_id, &[&op])?;
        }
        self.changes.entities.insert(entity);
        self.changes.ops += 1;
        Ok(op)
    }

    /// Shorthand: create an entity with these fields.
    pub fn create(&mut self, entity: Entity, id: Uuid, fields: Map<String, Value>) -> Result<Op> {
        self.append(entity, id, Change::Create { fields })
    }

    /// Sets one field of a record, unless it already holds that value (no empty ops). The
    /// field names its entity, and the id must be one of that entity's.
    pub fn set<F: Field>(&mut self, id: F::Id, field: F, value: Value) -> Result<()> {
        let (entity, id, field) = (F::ENTITY, id.into(), field.name());
        // One read gives both the current value and the op that wrote it (this edit's prev).
        let row = fold::fold(&fold::ops_for(self.tx, entity, id)?);
        let current = row.as_ref().and_then(|r| r.fields.get(field)).unwrap_or(&Value::Null);
        if *current == value {
            return Ok(());
        }
        let prev = row.as_ref().and_then(|r| r.winners.get(field).copied());
        self.append_with_prev(entity, id, Change::Set { field: field.into(), value }, prev)?;
        Ok(())
    }

    pub fn delete(&mut self, entity: Entity, id: Uuid) -> Result<Op> {
        self.append(entity, id, Change::Delete)
    }

    /// Removes a record as personal information: a redaction op, and every op of the record
    /// (and of its linked sign-in contact) blanked in the log (see `oplog::redact`). Returns
    /// how many ops had words to blank.
    pub fn redact(&mut self, entity: Entity, id: Uuid) -> Result<u64> {
        self.append(entity, id, Change::Redact)?;
        let blanked = crate::oplog::redact::apply(self.tx, entity, id)?;
        self.scrub_on_commit();
        Ok(blanked)
    }

    /// Asks for the WAL to be checkpointed and truncated once this write commits.
    pub(crate) fn scrub_on_commit(&self) {
        self.scrub.set(true);
    }

    /// Inserts a foreign op unless its (device, seq) or id is already held; says which.
    pub(crate) fn insert_op_if_new(&self, op: &Op) -> Result<bool> {
        const SQL: &str = "INSERT OR IGNORE INTO ops (op_id, device_id, seq, hlc, entity, entity_id, change, prev) \
                           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
        Ok(self.write_op(SQL, op)? == 1)
    }

    /// Inserts an op; one already held under its id or (device, seq) is an error.
    pub(crate) fn insert_op(&self, op: &Op) -> Result<()> {
        const SQL: &str = "INSERT INTO ops (op_id, device_id, seq, hlc, entity, entity_id, change, prev) \
                           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
        self.write_op(SQL, op).map(|_| ())
    }

    fn write_op(&self, sql: &'static str, op: &Op) -> Result<usize> {
        Ok(self.tx.prepare_cached(sql)?.execute(params![
            op.op_id,
            op.device_id,
            op.seq,
            op.hlc,
            op.entity.as_str(),
            op.entity_id.to_string(),
            serde_json::to_string(&op.change)?,
            op.prev,
        ])?)
    }
}

/// Where the desktop app and the CLI keep their database unless told otherwise.
pub fn default_db_path() -> PathBuf {
    directories::ProjectDirs::from("org", "Convene", "Convene")
        .map(|d| d.data_dir().join("convene.sqlite3"))
        .unwrap_or_else(|| PathBuf::from("convene.sqlite3"))
}
