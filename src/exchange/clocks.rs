//! Laptops' wrong clocks: how far off each bundle's clock was, measured at import, and the
//! times shown for what it captured, corrected by that measure and marked as approximate.
//!
//! A clock is measured against two bounds. *Ahead*: stamps later than this database's clock
//! (plus the tolerance) cannot be true, since the bundle was made before it arrived. *Behind*:
//! stamps earlier than the creation of a session the laptop worked in, or than an edit it had
//! already seen (its `prev`), cannot be true either. Both give a lower bound of the error, so a
//! corrected time is nearer the truth but not exact: it is marked wherever it is shown.

use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::archive;
use super::merge;
use crate::error::Result;
use crate::ids::DeviceId;
use crate::oplog::{Entity, clock};
use crate::storage::Tx;

/// How far a bundle's laptop's clock was off, in ms, where it was beyond the tolerance: ahead
/// when its stamps are later than this clock, behind when they come before the creation of a
/// session of this database's own it worked on (nothing can be done in a session before it
/// exists), or than an edit of ours it had seen.
pub(crate) fn clock_offset(
    tx: &Tx<'_>,
    m: &archive::Manifest,
    merged: &merge::Merged,
) -> Result<Option<i64>> {
    let tolerance = clock::CLOCK_TOLERANCE_MS;
    if let Some(latest) = merged.latest_ms {
        let ahead = latest - tx.now_ms();
        if ahead > tolerance {
            return Ok(Some(ahead));
        }
    }
    let Some(earliest) = merged.earliest_ms else { return Ok(None) };
    let mut behind = merged.behind_prev_ms;
    for s in &m.sessions {
        if let Some(info) = crate::oplog::verdict::session_info(tx.conn(), s.0)?
            && info.origin == tx.device()
        {
            behind = behind.max(clock::wall_ms(info.created_hlc) - earliest);
        }
    }
    Ok((behind > tolerance).then_some(-behind))
}

/// The clock offsets measured for bundles, by device and the sequence numbers each carried.
#[derive(Debug, Default)]
pub(crate) struct Offsets {
    bundles: Vec<(DeviceId, i64, i64, i64)>,
}

impl Offsets {
    pub(crate) fn is_empty(&self) -> bool {
        self.bundles.is_empty()
    }

    pub(crate) fn load(conn: &rusqlite::Connection) -> Result<Offsets> {
        let mut stmt = conn.prepare_cached(
            "SELECT device_id, seq_min, seq_max, clock_offset_ms FROM bundles
             WHERE clock_offset_ms IS NOT NULL AND seq_min IS NOT NULL AND seq_max IS NOT NULL",
        )?;
        let bundles = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Offsets { bundles })
    }

    /// The offset measured for the bundle that carried `device`'s op `seq`.
    fn of_op(&self, device: DeviceId, seq: i64) -> Option<i64> {
        self.bundles.iter().find(|(d, lo, hi, _)| *d == device && (*lo..=*hi).contains(&seq)).map(|b| b.3)
    }

    /// The offset of the clock that made a record (its create), where one was measured.
    pub(crate) fn of_record(
        &self,
        conn: &rusqlite::Connection,
        entity: Entity,
        id: Uuid,
        device: &str,
    ) -> Result<Option<i64>> {
        let Ok(device) = device.parse::<DeviceId>() else { return Ok(None) };
        if !self.bundles.iter().any(|b| b.0 == device) {
            return Ok(None);
        }
        let seq: Option<i64> = conn
            .prepare_cached(
                "SELECT seq FROM ops WHERE entity = ?1 AND entity_id = ?2 AND device_id = ?3
                 AND change ->> '$.op' = 'create' ORDER BY hlc LIMIT 1",
            )?
            .query_row(params![entity.as_str(), id.to_string(), device], |r| r.get(0))
            .optional()?;
        Ok(seq.and_then(|s| self.of_op(device, s)))
    }
}

/// A time written by a clock `offset_ms` off, as the true clock would have said it (RFC 3339,
/// UTC); the time unchanged where it cannot be read.
pub(crate) fn corrected(time: &str, offset_ms: i64) -> String {
    let parsed = chrono::DateTime::parse_from_rfc3339(time)
        .map(|t| t.with_timezone(&chrono::Utc))
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(time, "%Y-%m-%dT%H:%M:%S").map(|t| t.and_utc()));
    match parsed {
        Ok(t) => {
            (t - chrono::Duration::milliseconds(offset_ms)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        }
        Err(_) => time.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_from_a_clock_eight_years_ahead_comes_back() {
        let eight_years = 8 * 365 * 86_400_000i64;
        assert_eq!(corrected("2035-06-01T19:00:00Z", eight_years), "2027-06-03T19:00:00Z");
        assert_eq!(corrected("2001-01-01T00:00:00+00:00", -86_400_000), "2001-01-02T00:00:00Z");
        assert_eq!(corrected("not a time", 5), "not a time");
    }
}
