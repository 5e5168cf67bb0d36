//! Convene's core: a precinct summit's data (agenda, breakout groups, sign-ins, concerns, notes,
//! votes, actions) in a local SQLite file, every change an op in an op log that merges across
//! laptops. The CLI and the desktop shell both call this API and nothing else.

pub mod actions;
pub mod agenda;
pub mod backup;
pub mod bench;
pub mod board;
pub mod concerns;
pub mod conflicts;
pub mod demo;
pub mod doctor;
pub mod error;
pub mod exchange;
pub mod files;
pub mod groups;
pub mod i18n;
pub mod messages;
pub use messages::generated as msg;
pub mod ids;
pub mod labels;
pub mod notes;
pub mod oplog;
pub mod programmes;
pub mod redaction;
pub mod report_back;
pub mod reports;
pub mod sessions;
pub mod signins;
pub mod storage;
pub mod tags;
pub mod tally;
pub mod trust;
pub mod validate;
pub mod votes;

use std::path::Path;

use rusqlite::OptionalExtension;
use serde_json::{Map, Value};

pub use error::{Error, Result};
use ids::{EntityId, SessionId};
pub use storage::{Changes, Store};

/// One open Convene database: the handle every capability hangs off.
pub struct Convene {
    pub(crate) store: Store,
}

/// What a write returns: the id it made or touched, and which views changed.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct Outcome<T> {
    pub id: T,
    pub changes: Changes,
}

impl Convene {
    pub fn open(path: &Path) -> Result<Convene> {
        Self::ready(Store::open(path)?)
    }

    pub fn open_in_memory() -> Result<Convene> {
        Self::ready(Store::open_in_memory()?)
    }

    fn ready(mut store: Store) -> Result<Convene> {
        // A new database starts with the seed tag vocabulary, once.
        let seeded: bool = store
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'vocabulary_seeded')", [], |r| r.get(0))
            .map_err(|e| Error::from_sqlite(e, store.path()))?;
        if seeded {
            return Ok(Convene { store });
        }
        store.transact(|tx| {
            if tx.meta("vocabulary_seeded")?.is_none() {
                tags::seed(tx)?;
                tx.set_meta("vocabulary_seeded", "1")?;
            }
            Ok(())
        })?;
        Ok(Convene { store })
    }

    /// Runs many writes as one all-or-nothing transaction. `f` uses the ordinary API (each call
    /// becomes a savepoint that rolls back alone if it fails) and returns whether to commit.
    pub fn batch<T>(&mut self, f: impl FnOnce(&mut Convene) -> Result<(T, bool)>) -> Result<T> {
        self.store.begin_batch()?;
        match f(self) {
            Ok((out, commit)) => {
                self.store.end_batch(commit)?;
                Ok(out)
            }
            Err(e) => {
                let _ = self.store.end_batch(false);
                Err(e)
            }
        }
    }

    /// Names this laptop (shown to the coordinator beside its bundles).
    pub fn set_device_name(&mut self, name: &str) -> Result<()> {
        let name = validate::text(crate::field!("device-name"), name, validate::MAX_LINE)?;
        let device = self.device_id();
        self.store.write(|tx| {
            tx.set_meta("device_name", &name)?;
            tx.conn().execute(
                "UPDATE devices SET name = ?2 WHERE device_id = ?1",
                rusqlite::params![device, name],
            )?;
            Ok(())
        })
    }

    pub fn device_name(&self) -> Result<Option<String>> {
        Ok(self
            .store
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'device_name'", [], |r| r.get(0))
            .optional()?)
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn device_id(&self) -> ids::DeviceId {
        self.store.device_id()
    }

    /// Reads the wall clock from `clock` from now on: for tests and simulations of laptops
    /// whose clocks are wrong (a laptop in real use keeps the system's).
    pub fn set_clock(&mut self, clock: oplog::clock::Clock) {
        self.store.set_clock(clock);
    }

    /// The id of the row whose id starts with `prefix` (a full id works too).
    pub fn resolve<I: EntityId>(&self, prefix: &str) -> Result<I> {
        let kind = I::ENTITY.thing();
        let p = prefix.trim().to_ascii_lowercase();
        if p.is_empty() || !p.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            return Err(Error::NotFound { kind, id: prefix.to_string() });
        }
        let table = I::ENTITY.table();
        // '~' sorts after every hex digit and '-', so this is an index range scan.
        let mut stmt = self.store.conn.prepare_cached(&format!(
            "SELECT id FROM {table} WHERE id >= ?1 AND id < ?1 || '~' ORDER BY id LIMIT 2"
        ))?;
        let ids: Vec<String> = stmt.query_map([&p], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        match ids.as_slice() {
            [one] => parse_id(one),
            [] => Err(Error::NotFound { kind, id: prefix.to_string() }),
            _ => {
                if ids.contains(&p) {
                    return parse_id(&p);
                }
                let count: i64 = self.store.conn.query_row(
                    &format!("SELECT count(*) FROM {table} WHERE id >= ?1 AND id < ?1 || '~'"),
                    [&p],
                    |r| r.get(0),
                )?;
                Err(Error::AmbiguousId { kind, prefix: prefix.to_string(), count: count as usize })
            }
        }
    }

    /// Resolves an id and checks that the row belongs to `session`.
    pub fn resolve_in<I: EntityId>(&self, session: SessionId, prefix: &str) -> Result<I> {
        let id: I = self.resolve(prefix)?;
        self.check_session(session, id)?;
        Ok(id)
    }

    pub(crate) fn check_session<I: EntityId>(&self, session: SessionId, id: I) -> Result<()> {
        let owner: Option<SessionId> = self
            .store
            .conn
            .prepare_cached(&format!("SELECT session_id FROM {} WHERE id = ?1", I::ENTITY.table()))?
            .query_row([id.to_string()], |r| r.get(0))
            .optional()?;
        match owner {
            Some(s) if s == session => Ok(()),
            Some(_) => Err(Error::WrongSession { kind: I::ENTITY.thing(), id: id.to_string() }),
            None => Err(Error::NotFound { kind: I::ENTITY.thing(), id: id.to_string() }),
        }
    }
}

fn parse_id<I: EntityId>(s: &str) -> Result<I> {
    s.parse::<I>().map_err(|_| Error::Storage { detail: format!("malformed id {s} in database") })
}

/// Builds an op's field map from `json!({...})`.
pub(crate) fn fields(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// Now, as stored in `created_at` columns.
pub(crate) fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Reads a JSON array column.
pub(crate) fn json_list(s: String) -> Vec<String> {
    serde_json::from_str(&s).unwrap_or_default()
}
