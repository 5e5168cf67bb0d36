//! A hybrid logical clock: wall-clock milliseconds in the high bits, a counter in the low 16.
//! It never goes backwards on one device while the wall clock is sane, and after a merge it is
//! ahead of every op seen, so an edit made after reading someone's change sorts after it. It is
//! bounded: it never runs more than `CLOCK_TOLERANCE_MS` ahead of this laptop's own wall clock,
//! whatever a bundle carried (Actual Budget refuses the same way, `ClockDriftError`), so one
//! laptop whose clock says 2035 cannot drag every other into 2035. Where the two disagree, the
//! fold still lets an edit win over what it saw (its `prev`), whatever the stamps.

const LOGICAL_BITS: u32 = 16;

/// How far ahead of this laptop's wall clock its hybrid clock may run, and how far another
/// laptop's clock may be off before an import reports it.
pub const CLOCK_TOLERANCE_MS: i64 = 5 * 60 * 1000;

/// 2200-01-01T00:00:00Z: no laptop's clock says anything later (a clock ten years off is
/// reported, not refused; this is a value that cannot be a clock at all).
pub const LATEST_CLOCK_MS: i64 = 7_258_118_400_000;

/// Where this database's wall clock comes from: the system's, or (for tests and simulations of
/// a room full of laptops) the system's moved by an offset, or a fixed instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Clock {
    #[default]
    System,
    /// The system clock plus this many milliseconds (a laptop whose clock is wrong).
    Offset(i64),
    /// Always this instant (ms since the Unix epoch).
    Fixed(i64),
}

impl Clock {
    /// Wall-clock milliseconds since the Unix epoch, as this database's laptop reads them.
    pub fn now_ms(self) -> i64 {
        match self {
            Clock::System => now_ms(),
            Clock::Offset(d) => now_ms().saturating_add(d),
            Clock::Fixed(t) => t,
        }
    }
}

/// The largest clock value allowed at wall time `now_ms`.
pub fn bound(now_ms: i64) -> i64 {
    now_ms.saturating_add(CLOCK_TOLERANCE_MS).clamp(0, LATEST_CLOCK_MS) << LOGICAL_BITS
}

/// The next clock value after `last`, given the wall clock `now_ms`: past `last` where the
/// bound allows, and never beyond the bound.
pub fn tick(last: i64, now_ms: i64) -> i64 {
    let now = now_ms.clamp(0, LATEST_CLOCK_MS) << LOGICAL_BITS;
    now.max(last.saturating_add(1).min(bound(now_ms)))
}

/// The clock after seeing an op stamped `seen`, at wall time `now_ms`: past it, up to the bound.
pub fn observe(last: i64, seen: i64, now_ms: i64) -> i64 {
    last.max(seen.min(bound(now_ms)))
}

/// Whether a stamp can be a clock's at all: not before 1970, not after the year 2200.
pub fn is_clock(hlc: i64) -> bool {
    hlc >= 0 && wall_ms(hlc) < LATEST_CLOCK_MS
}

/// The wall-clock milliseconds a stamp was made at.
pub fn wall_ms(hlc: i64) -> i64 {
    hlc >> LOGICAL_BITS
}

/// Wall-clock milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// The wall-clock time an HLC value was made, for display.
pub fn to_datetime(hlc: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(wall_ms(hlc)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_goes_backwards_when_the_wall_clock_does() {
        let a = tick(0, 1_000);
        let b = tick(a, 900); // the laptop's clock was set back
        assert!(b > a, "a later op must sort after an earlier one on the same device");
    }

    #[test]
    fn follows_the_wall_clock_when_it_moves_on() {
        let a = tick(0, 1_000);
        let b = tick(a, 2_000);
        assert_eq!(to_datetime(b).timestamp_millis(), 2_000);
    }

    #[test]
    fn a_stamp_from_2035_drags_the_clock_no_further_than_the_tolerance() {
        let now = 1_790_000_000_000; // 2026
        let from_2035 = 2_064_000_000_000i64 << LOGICAL_BITS;
        let after = observe(tick(0, now), from_2035, now);
        assert!(wall_ms(after) <= now + CLOCK_TOLERANCE_MS, "bounded by our own clock");
        assert!(wall_ms(tick(after, now)) <= now + CLOCK_TOLERANCE_MS, "and so is the next edit");
    }

    #[test]
    fn overflowing_stamps_neither_panic_nor_count_as_clocks() {
        assert_eq!(wall_ms(tick(i64::MAX, 1_000)), 1_000 + CLOCK_TOLERANCE_MS, "i64::MAX is not followed");
        assert!(!is_clock(i64::MAX) && !is_clock(-1), "no clock says that");
        assert!(is_clock(978_307_200_000 << LOGICAL_BITS), "the BIOS default of 2001 is a (wrong) clock");
    }
}
