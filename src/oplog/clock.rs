//! A hybrid logical clock: wall-clock milliseconds in the high bits, a counter in the low 16.
//! It never goes backwards on one device, and after a merge it is ahead of every op seen, so an
//! edit made after reading someone's change always wins over that change.

const LOGICAL_BITS: u32 = 16;

/// The next clock value after `last`, given the wall clock `now_ms`.
pub fn tick(last: i64, now_ms: i64) -> i64 {
    (now_ms << LOGICAL_BITS).max(last + 1)
}

/// Wall-clock milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// The wall-clock time an HLC value was made, for display.
pub fn to_datetime(hlc: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(hlc >> LOGICAL_BITS).unwrap_or_default()
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
}
