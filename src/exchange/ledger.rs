//! The ledger: every bundle offered to this database, by the SHA-256 of the whole file, so a
//! repeat is a no-op, a held bundle can be merged once its device is approved, and a different
//! bundle reusing a device's sequence numbers stays visible as an alarm.

use rusqlite::{OptionalExtension, params};

use super::archive::Manifest;
use super::types::{BundleStatus, LedgerDetail, LedgerEntry};
use crate::error::Result;
use crate::ids::DeviceId;
use crate::oplog::verdict::{Trust, session_info};
use crate::storage::Tx;
use crate::trust::DeviceState;
use crate::{Convene, now_rfc3339};

/// One bundle's row, as an import records it.
pub(crate) struct LedgerRow<'a> {
    pub hash: &'a str,
    pub manifest: &'a Manifest,
    /// Ops it held, and how many of them were new here.
    pub ops: i64,
    pub new_ops: i64,
    pub status: BundleStatus,
    pub detail: Option<LedgerDetail>,
    pub file_name: Option<&'a str>,
    /// The file itself, kept while it waits (quarantined, or an alarm to look at).
    pub content: Option<&'a [u8]>,
    pub held_ops: i64,
    pub refused_ops: i64,
    pub clock_offset_ms: Option<i64>,
}

/// A held bundle, waiting for its device to be approved.
pub(crate) struct Held {
    pub hash: String,
    pub file_name: Option<String>,
    pub content: Vec<u8>,
}

pub(crate) fn record(tx: &Tx<'_>, row: LedgerRow<'_>) -> Result<()> {
    let m = row.manifest;
    tx.conn().execute(
        "INSERT INTO bundles (hash, device_id, device_name, sessions, seq_min, seq_max, ops, new_ops, status, detail,
                              file_name, received_at, content, held_ops, refused_ops, clock_offset_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
         ON CONFLICT (hash) DO UPDATE SET status = excluded.status, ops = excluded.ops, new_ops = excluded.new_ops,
           detail = excluded.detail, content = excluded.content, held_ops = excluded.held_ops,
           refused_ops = excluded.refused_ops, clock_offset_ms = excluded.clock_offset_ms",
        params![
            row.hash,
            m.device_id,
            m.device_name,
            serde_json::to_string(&m.sessions)?,
            m.seq_min,
            m.seq_max,
            row.ops,
            row.new_ops,
            row.status,
            row.detail.map(|d| d.as_str()),
            row.file_name,
            now_rfc3339(),
            row.content,
            row.held_ops,
            row.refused_ops,
            row.clock_offset_ms,
        ],
    )?;
    Ok(())
}

/// Takes a held bundle out of the ledger, so importing it again treats it as new.
pub(crate) fn release(tx: &Tx<'_>, hash: &str) -> Result<()> {
    tx.conn().execute(
        "DELETE FROM bundles WHERE hash = ?1 AND status = ?2",
        params![hash, BundleStatus::Quarantined],
    )?;
    Ok(())
}

/// A held bundle whose merge failed at approval: it stays held, with why.
pub(crate) fn mark_failed(tx: &Tx<'_>, hash: &str, code: crate::error::ErrorCode) -> Result<()> {
    tx.conn().execute(
        "UPDATE bundles SET detail = ?2, error_code = ?3 WHERE hash = ?1 AND status = ?4",
        params![hash, LedgerDetail::MergeFailed.as_str(), code.as_str(), BundleStatus::Quarantined],
    )?;
    Ok(())
}

/// Forgets the files held from a revoked device: they will never be merged.
pub(crate) fn drop_held(tx: &Tx<'_>, device: DeviceId) -> Result<()> {
    tx.conn().execute(
        "UPDATE bundles SET content = NULL, detail = ?3 WHERE device_id = ?1 AND status = ?2",
        params![device, BundleStatus::Quarantined, LedgerDetail::DeviceRevoked.as_str()],
    )?;
    Ok(())
}

/// Rows written before details were codes held English text; what they meant follows from the
/// row's state.
fn detail_of(status: BundleStatus, text: Option<String>) -> Option<LedgerDetail> {
    let text = text?;
    LedgerDetail::parse(&text).ok().or(match status {
        BundleStatus::Alarm => Some(LedgerDetail::SeqAlarm),
        BundleStatus::Quarantined => Some(LedgerDetail::DeviceRevoked),
        BundleStatus::Imported => None,
    })
}

impl Convene {
    /// What the ledger says of a bundle already offered, by its hash.
    pub(crate) fn ledger_status(&self, hash: &str) -> Result<Option<BundleStatus>> {
        Ok(self
            .store
            .conn
            .prepare_cached("SELECT status FROM bundles WHERE hash = ?1")?
            .query_row([hash], |r| r.get(0))
            .optional()?)
    }

    /// The bundles held from `device`, oldest first.
    pub(crate) fn held_bundles(&self, device: DeviceId) -> Result<Vec<Held>> {
        let mut stmt = self.store.conn.prepare(
            "SELECT hash, file_name, content FROM bundles
             WHERE device_id = ?1 AND status = ?2 AND content IS NOT NULL ORDER BY received_at, hash",
        )?;
        let rows = stmt.query_map(params![device, BundleStatus::Quarantined], |r| {
            Ok(Held { hash: r.get(0)?, file_name: r.get(1)?, content: r.get(2)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every bundle offered to this database.
    pub fn ledger(&self) -> Result<Vec<LedgerEntry>> {
        let mut stmt = self.store.conn.prepare(
            "SELECT b.hash, b.device_id, coalesce(b.device_name, d.name), d.state, b.sessions, b.seq_min, b.seq_max,
                    b.ops, b.new_ops, b.status, b.detail, b.file_name, b.received_at, b.held_ops, b.refused_ops,
                    b.clock_offset_ms, b.error_code
             FROM bundles b LEFT JOIN devices d ON d.device_id = b.device_id ORDER BY b.received_at, b.hash",
        )?;
        let rows = stmt.query_map([], |r| {
            let sessions: String = r.get(4)?;
            let status: BundleStatus = r.get(9)?;
            Ok(LedgerEntry {
                hash: r.get(0)?,
                device_id: r.get(1)?,
                device_name: r.get(2)?,
                device_state: r.get::<_, Option<DeviceState>>(3)?,
                sessions: serde_json::from_str(&sessions).unwrap_or_default(),
                scopes: vec![],
                seq_min: r.get(5)?,
                seq_max: r.get(6)?,
                ops: r.get(7)?,
                new_ops: r.get(8)?,
                status,
                detail: detail_of(status, r.get(10)?),
                file_name: r.get(11)?,
                received_at: r.get(12)?,
                held_ops: r.get(13)?,
                refused_ops: r.get(14)?,
                clock_offset_ms: r.get(15)?,
                error_code: r
                    .get::<_, Option<String>>(16)?
                    .and_then(|c| crate::error::ErrorCode::parse(&c).ok()),
            })
        })?;
        let mut rows: Vec<LedgerEntry> = rows.collect::<rusqlite::Result<_>>()?;
        let trust = Trust::load(&self.store.conn, self.device_id())?;
        for row in &mut rows {
            row.scopes = row
                .sessions
                .iter()
                .map(|s| {
                    Ok(session_info(&self.store.conn, s.0)?.map(|info| trust.scope(row.device_id, &info)))
                })
                .collect::<Result<_>>()?;
        }
        Ok(rows)
    }
}
