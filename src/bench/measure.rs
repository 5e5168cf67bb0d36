//! Timing and memory figures: percentiles, spreads, and the kernel's peak-RSS counter.

use std::time::Duration;

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The `p` quantile (0–1) of `samples`, nearest rank.
pub fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i.min(samples.len() - 1)]
}

/// Several runs of one measurement: the median, and the fastest and slowest run.
#[derive(Debug, Clone, Copy)]
pub struct Samples {
    pub median: Duration,
    pub min: Duration,
    pub max: Duration,
    pub n: usize,
}

impl Samples {
    pub fn of(samples: &mut [Duration]) -> Samples {
        samples.sort();
        Samples {
            median: percentile(samples, 0.5),
            min: samples[0],
            max: samples[samples.len() - 1],
            n: samples.len(),
        }
    }
}

fn status_kb(field: &str) -> Option<f64> {
    std::fs::read_to_string("/proc/self/status")
        .ok()?
        .lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Resets the kernel's peak-RSS counter, so the next step's peak is its own. Says whether it
/// worked: after a reset the peak is the current size, give or take what the read itself takes.
/// Where it does not (another kernel, no /proc), every later peak would be the whole run's, so
/// the caller reports that instead of printing cumulative figures as per-step ones.
pub fn reset_peak() -> bool {
    if std::fs::write("/proc/self/clear_refs", "5").is_err() {
        return false;
    }
    match (status_kb("VmHWM:"), status_kb("VmRSS:")) {
        (Some(hwm), Some(rss)) => hwm <= rss * 1.05 + 2048.0,
        _ => false,
    }
}

/// The peak resident memory since the last reset, in MB.
pub fn peak_mb() -> f64 {
    status_kb("VmHWM:").map(|kb| kb / 1024.0).unwrap_or(0.0)
}
