//! `convene bench`: a city's programme on one laptop, measured against SQLite's and the disk's
//! own speed in the same run.
//!
//! Scale 1 is one summit (200 sign-ins, 15 groups, 600 concerns, 2,000 notes, 6,000 dots);
//! scale N is N such sessions (5 precincts × 4 phases at scale 20), each captured on four group
//! laptops that export their own bundles. Every figure is printed beside its baseline; import
//! and re-import are run several times, each into a fresh copy of the same coordinator, and
//! report their median and spread.

mod baseline;
mod city;
mod measure;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::Convene;
use crate::concerns::NewConcern;
use crate::error::{Error, Result};
use baseline::{FsyncFloor, raw_insert};
pub use city::SessionSize;
use measure::{Samples, ms, peak_mb, percentile, reset_peak};

/// One measured step.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub scale: u32,
    pub step: &'static str,
    /// Ops (or items) the step handled.
    pub ops: u64,
    pub median_ms: f64,
    /// The fastest and slowest of the runs, where a step ran more than once.
    pub min_ms: Option<f64>,
    pub max_ms: Option<f64>,
    pub runs: usize,
    pub p99_ms: Option<f64>,
    pub per_op_us: f64,
    pub peak_mb: f64,
    pub baseline: Option<&'static str>,
    pub baseline_ms: Option<f64>,
    /// This step's time over the baseline's (p99 over p99 for capture).
    pub ratio: Option<f64>,
    pub target: Option<&'static str>,
    pub met: Option<bool>,
    /// Size of what the step wrote (the summary PDF), in KiB.
    pub output_kib: Option<f64>,
}

impl Step {
    fn new(scale: u32, step: &'static str, ops: u64, time: Samples, peak_mb: f64) -> Step {
        let spread = time.n > 1;
        Step {
            scale,
            step,
            ops,
            median_ms: ms(time.median),
            min_ms: spread.then(|| ms(time.min)),
            max_ms: spread.then(|| ms(time.max)),
            runs: time.n,
            p99_ms: None,
            per_op_us: ms(time.median) * 1000.0 / ops.max(1) as f64,
            peak_mb,
            baseline: None,
            baseline_ms: None,
            ratio: None,
            target: None,
            met: None,
            output_kib: None,
        }
    }

    fn against(mut self, baseline: &'static str, baseline_ms: f64, ratio: f64) -> Step {
        (self.baseline, self.baseline_ms, self.ratio) = (Some(baseline), Some(baseline_ms), Some(ratio));
        self
    }

    /// A target, judged only on a full-size run (quick runs are too small to mean anything).
    fn target(mut self, quick: bool, applies: bool, target: &'static str, met: bool) -> Step {
        if !quick && applies {
            (self.target, self.met) = (Some(target), Some(met));
        }
        self
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub quick: bool,
    pub steps: Vec<Step>,
    /// Checks that the results make sense (not how fast they came).
    pub sane: bool,
    pub problems: Vec<String>,
}

/// The peak memory target, judged per step at scale 20.
const PEAK_MB_TARGET: f64 = 150.0;

struct Bench<'a> {
    quick: bool,
    steps: Vec<Step>,
    problems: Vec<String>,
    progress: &'a mut dyn FnMut(&str),
}

impl Bench<'_> {
    /// Resets the peak-memory counter before a step, noting once if that cannot be done.
    fn reset_peak(&mut self) {
        if !reset_peak() && !self.problems.iter().any(|p| p.starts_with("peak memory")) {
            self.problems.push(
                "peak memory could not be reset (/proc/self/clear_refs): per-step peaks would be the \
                 whole run's, so they are not per-step figures"
                    .into(),
            );
        }
    }
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::Io { path: path.display().to_string(), detail: e.to_string() }
}

/// A consistent copy of an open database at `to`, with the key files Convene keeps beside it.
fn snapshot(db: &Convene, from: &Path, to: &Path) -> Result<()> {
    let _ = std::fs::remove_file(to);
    db.store.conn.execute("VACUUM INTO ?1", [to.display().to_string()])?;
    copy_keys(from, to)
}

fn copy_keys(from: &Path, to: &Path) -> Result<()> {
    for suffix in ["device-key", "coordinator-identity"] {
        let (a, b) = (crate::trust::keys::key_path(from, suffix), crate::trust::keys::key_path(to, suffix));
        if let (Some(a), Some(b)) = (a, b)
            && a.exists()
        {
            std::fs::copy(&a, &b).map_err(io(&a))?;
        }
    }
    Ok(())
}

/// Runs every step at every scale, in `dir`.
pub fn run(dir: &Path, scales: &[u32], quick: bool, mut progress: impl FnMut(&str)) -> Result<Report> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut b = Bench { quick, steps: vec![], problems: vec![], progress: &mut progress };
    for &scale in scales {
        let work = dir.join(format!("scale-{scale}"));
        let _ = std::fs::remove_dir_all(&work);
        std::fs::create_dir_all(&work).map_err(io(&work))?;
        run_scale(&mut b, &work, scale, Some(&scale) == scales.last())?;
        if !quick {
            let _ = std::fs::remove_dir_all(&work);
        }
    }
    let sane = b.problems.is_empty();
    Ok(Report { quick, steps: b.steps, sane, problems: b.problems })
}

fn run_scale(b: &mut Bench<'_>, work: &Path, scale: u32, last: bool) -> Result<()> {
    let quick = b.quick;
    let size = if quick { SessionSize::QUICK } else { SessionSize::SUMMIT };
    let captures = if quick { 20 } else { 200 };
    // Import is the figure that moves most between runs; a quick run only checks the code.
    let runs = if quick { 2 } else { 3 };
    (b.progress)(&format!("scale {scale}: planning {scale} session(s)"));
    let coordinator_path = work.join("coordinator.sqlite3");
    let mut planner = Convene::open(&coordinator_path)?;
    planner.set_device_name("Coordinator")?;
    planner.coordinator_init()?;
    let city = city::plan(&mut planner, scale, size)?;

    // Capture on the laptops and export their bundles. At scale 1 one laptop holds the whole
    // summit, so its export is the "session bundle" measured; above that, four per session.
    let parts = if scale == 1 { 1 } else { 4 };
    let mut bundle_files: Vec<PathBuf> = vec![];
    let mut export_times = vec![];
    let mut export_peak: f64 = 0.0;
    let mut captured_ops = 0u64;
    // What the bundles carry: the captures, and the tags they use.
    let mut exported_ops = 0u64;
    let mut laptops = vec![];
    for (n, (session, groups)) in city.sessions.iter().enumerate() {
        for part in 0..parts {
            let mut laptop = Convene::open_in_memory()?;
            laptop.set_device_name(&format!("Session {n} laptop {part}"))?;
            laptop.import_kit_bytes("kit", &city.kit, false)?;
            captured_ops += city::capture(&mut laptop, *session, groups, size, part, parts)?;
            b.reset_peak();
            let t = Instant::now();
            let path = work.join(format!("s{n:03}-l{part}.convene"));
            let e = laptop.export_bundle(&[*session], &path, false)?;
            exported_ops += e.ops + e.personal_ops;
            export_times.push(t.elapsed());
            export_peak = export_peak.max(peak_mb());
            if e.personal_data != crate::exchange::PersonalData::Sealed && e.personal_ops > 0 {
                b.problems.push(format!("{}: personal data was not sealed", e.path));
            }
            let key = laptop.key_info()?;
            laptops.push((key.device_id, key.public_key));
            bundle_files.push(path);
        }
    }
    (b.progress)(&format!("scale {scale}: {} bundles, {captured_ops} ops captured", bundle_files.len()));
    let per_bundle = captured_ops / bundle_files.len() as u64;
    let export = Samples::of(&mut export_times);
    let mut step = Step::new(scale, "export (sign + seal)", per_bundle, export, export_peak).target(
        quick,
        scale == 1,
        "< 200 ms at scale 1",
        ms(export.median) < 200.0,
    );
    step.p99_ms = Some(ms(percentile(&mut export_times, 0.99)));
    b.steps.push(step);

    // The coordinator as it stands before any bundle arrives, trusting every laptop: each import
    // run starts from a fresh copy of it.
    for (device, key) in &laptops {
        planner.trust_device(*device, key, None, None)?;
    }
    let before_import = work.join("before-import.sqlite3");
    snapshot(&planner, &coordinator_path, &before_import)?;
    drop(planner);
    let paths: Vec<&Path> = bundle_files.iter().map(|p| p.as_path()).collect();
    let expected = exported_ops;
    if exported_ops < captured_ops {
        b.problems
            .push(format!("scale {scale}: bundles carry {exported_ops} ops of {captured_ops} captured"));
    }
    let (mut import_times, mut import_peak, mut raw_times) = (vec![], 0f64, vec![]);
    let mut coordinator = None;
    for run in 0..runs {
        let path = work.join(format!("import-{run}.sqlite3"));
        std::fs::copy(&before_import, &path).map_err(io(&before_import))?;
        copy_keys(&before_import, &path)?;
        let mut c = Convene::open(&path)?;
        b.reset_peak();
        let t = Instant::now();
        let summary = c.import_bundles(&paths, |_, _| {})?;
        import_times.push(t.elapsed());
        import_peak = import_peak.max(peak_mb());
        let merged: u64 = summary.bundles.iter().map(|r| r.new_ops).sum();
        if summary.imported as usize != paths.len() {
            b.problems.push(format!(
                "scale {scale}: only {} of {} bundles imported",
                summary.imported,
                paths.len()
            ));
        }
        if merged != expected {
            b.problems.push(format!("scale {scale}: merged {merged} ops, expected {expected}"));
        }
        raw_times.push(raw_insert(&c, work)?);
        (b.progress)(&format!(
            "scale {scale}: import run {} of {runs}: {:.0} ms",
            run + 1,
            ms(import_times[run])
        ));
        if coordinator.is_none() {
            coordinator = Some(c);
        } else {
            drop(c);
            for ext in ["", "-wal", "-shm", ".device-key", ".coordinator-identity"] {
                let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
            }
        }
    }
    let mut coordinator = coordinator.expect("at least one import run");
    let import = Samples::of(&mut import_times);
    let raw = Samples::of(&mut raw_times);
    let ops_per_s = expected as f64 / import.median.as_secs_f64();
    let ratio = import.median.as_secs_f64() / raw.median.as_secs_f64();
    b.steps.push(
        Step::new(scale, "import + verify + merge", expected, import, import_peak)
            .against("raw INSERT of the op log, store's schema", ms(raw.median), ratio)
            .target(quick, true, ">= 100k ops/s and <= 3x raw", ops_per_s >= 100_000.0 && ratio <= 3.0),
    );

    let mut reimport_times = vec![];
    b.reset_peak();
    for _ in 0..runs {
        let t = Instant::now();
        let again = coordinator.import_bundles(&paths, |_, _| {})?;
        reimport_times.push(t.elapsed());
        if again.already_had as usize != paths.len() {
            b.problems.push(format!("scale {scale}: re-import was not all no-ops"));
        }
    }
    let reimport = Samples::of(&mut reimport_times);
    let speedup = import.median.as_secs_f64() / reimport.median.as_secs_f64();
    b.steps.push(
        Step::new(scale, "re-import (all no-ops)", expected, reimport, peak_mb())
            .against(
                "first import",
                ms(import.median),
                reimport.median.as_secs_f64() / import.median.as_secs_f64(),
            )
            .target(quick, true, ">= 10x faster than first import", speedup >= 10.0),
    );

    // Tally every session's votes. Nine runs: one tally is a few milliseconds, so a median of
    // three moved with the machine.
    b.reset_peak();
    let mut tally_times = vec![];
    let mut dots = 0;
    for _ in 0..if quick { 3 } else { 9 } {
        let t = Instant::now();
        dots = 0;
        for (s, _) in &city.sessions {
            dots += coordinator.tally(*s)?.dots.iter().map(|d| d.score).sum::<i64>();
        }
        tally_times.push(t.elapsed());
    }
    let expected_dots = (size.dot_ballots * 3 * city.sessions.len()) as i64;
    if dots != expected_dots {
        b.problems.push(format!("scale {scale}: tally counted {dots} dots, expected {expected_dots}"));
    }
    let tally = Samples::of(&mut tally_times);
    b.steps.push(
        Step::new(
            scale,
            "tally (all sessions)",
            (size.dot_ballots * city.sessions.len()) as u64,
            tally,
            peak_mb(),
        )
        .target(quick, scale == 20, "< 20 ms at scale 20", ms(tally.median) < 20.0),
    );

    // Rebuild everything from the op log.
    let before = coordinator.state_hash()?;
    b.reset_peak();
    let t = Instant::now();
    let folded = coordinator.rebuild()?;
    let rebuild = t.elapsed();
    if coordinator.state_hash()? != before {
        b.problems.push(format!("scale {scale}: rebuild changed the state"));
    }
    b.steps.push(
        Step::new(scale, "rebuild from op log", folded, Samples::of(&mut [rebuild]), peak_mb()).against(
            "raw INSERT of the op log, store's schema",
            ms(raw.median),
            rebuild.as_secs_f64() / raw.median.as_secs_f64(),
        ),
    );

    capture_steps(b, &mut coordinator, &city, work, scale, captures)?;

    // The session summary PDF of one summit (600 concerns at full size), beside the CSV export
    // of the same concerns. Last of all, so the memory it leaves with the allocator does not
    // count against any other step.
    if last {
        pdf_step(b, &coordinator, &city, scale)?;
    }
    memory_verdict(b, scale);
    Ok(())
}

/// Captures: one durable add-concern at a time, each followed by one write of the disk's fsync
/// floor of each shape (they take turns, so all meet the same disk: a virtual disk's flush
/// latency drifts by a factor of two over seconds). Each capture is sorted by whether its
/// commit lengthened the write-ahead log or wrote over space the log already had, and compared
/// with the floor of the same shape; where both happened, both are reported.
fn capture_steps(
    b: &mut Bench<'_>,
    coordinator: &mut Convene,
    city: &city::City,
    work: &Path,
    scale: u32,
    captures: usize,
) -> Result<()> {
    let quick = b.quick;
    let (s, groups) = &city.sessions[0];
    let wal = PathBuf::from(format!("{}-wal", coordinator.store.path()));
    let wal_len = || std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    b.reset_peak();
    let mut floor = FsyncFloor::open(work)?;
    let (mut reused, mut grew, mut over, mut extend) = (vec![], vec![], vec![], vec![]);
    for i in 0..captures {
        let before = wal_len();
        let t = Instant::now();
        coordinator.add_concern(
            *s,
            NewConcern {
                text: format!("Captured live {i} #lighting"),
                group: groups.first().copied(),
                ..Default::default()
            },
        )?;
        let took = t.elapsed();
        if wal_len() > before {
            grew.push(took)
        } else {
            reused.push(took)
        }
        over.push(floor.overwrite(i)?);
        extend.push(floor.extend()?);
    }
    let peak = peak_mb();
    drop(floor);
    let f_over = percentile(&mut over, 0.99);
    let f_extend = percentile(&mut extend, 0.99);
    for (name, samples, floor_name, f99) in [
        ("capture (durable add, log space reused)", &mut reused, "4 KiB overwrite + fdatasync", f_over),
        ("capture (durable add, log grows)", &mut grew, "4 KiB append + fdatasync", f_extend),
    ] {
        if samples.is_empty() {
            continue;
        }
        let p99 = percentile(samples, 0.99);
        let ratio = p99.as_secs_f64() / f99.as_secs_f64();
        // A p99 means little over a handful of samples: those are reported, not judged.
        let judged = samples.len() * 5 >= captures;
        let mut step = Step::new(scale, name, samples.len() as u64, Samples::of(samples), peak)
            .against(floor_name, ms(f99), ratio)
            .target(quick, judged, "p99 <= 2x floor p99", ratio <= 2.0);
        step.p99_ms = Some(ms(p99));
        step.per_op_us = step.median_ms * 1000.0;
        b.steps.push(step);
    }
    Ok(())
}

fn pdf_step(b: &mut Bench<'_>, coordinator: &Convene, city: &city::City, scale: u32) -> Result<()> {
    // The last session: a whole summit no capture above has added to (at scale 1 it is the only
    // one, with the live captures added).
    let (s, _) = city.sessions.last().expect("every scale plans a session");
    let concerns = coordinator.concerns(*s, &crate::concerns::ConcernFilter::default())?.len();
    let opts = crate::reports::pdf::PdfOptions {
        kind: crate::reports::pdf::PdfKind::Summary,
        locale: "en".into(),
        second_locale: None,
        paper: None,
    };
    let l10n = crate::i18n::Localizer::new("en");
    let csv_opts = crate::reports::csv::CsvOptions::default();
    let (mut pdf_times, mut csv_times) = (vec![], vec![]);
    let mut bytes = 0;
    b.reset_peak();
    for _ in 0..5 {
        let t = Instant::now();
        let pdf = coordinator.report_pdf(*s, &opts)?;
        pdf_times.push(t.elapsed());
        if !pdf.starts_with(b"%PDF-") {
            b.problems.push(format!("scale {scale}: the summary is not a PDF"));
        }
        bytes = pdf.len();
        let t = Instant::now();
        coordinator.export_csv(*s, crate::reports::csv::CsvTable::Concerns, &csv_opts, &l10n)?;
        csv_times.push(t.elapsed());
    }
    let pdf = Samples::of(&mut pdf_times);
    let csv: Duration = Samples::of(&mut csv_times).median;
    let mut step = Step::new(scale, "summary PDF (one summit)", concerns as u64, pdf, peak_mb())
        .against(
            "CSV export of the concerns",
            ms(csv),
            pdf.median.as_secs_f64() / csv.as_secs_f64().max(1e-9),
        )
        .target(b.quick, true, "< 1 s and < 2 MB", pdf.median.as_secs_f64() < 1.0 && bytes < 2 * 1024 * 1024);
    step.output_kib = Some(bytes as f64 / 1024.0);
    b.steps.push(step);
    Ok(())
}

/// The memory target, judged like the time targets: the largest peak of any step at scale 20.
fn memory_verdict(b: &mut Bench<'_>, scale: u32) {
    let at_scale: Vec<&Step> = b.steps.iter().filter(|s| s.scale == scale).collect();
    let Some(worst) = at_scale.iter().max_by(|a, c| a.peak_mb.total_cmp(&c.peak_mb)) else { return };
    let (peak, ops) = (worst.peak_mb, worst.ops);
    let reset_works = !b.problems.iter().any(|p| p.starts_with("peak memory"));
    let mut step =
        Step::new(scale, "peak memory (largest step)", ops, Samples::of(&mut [Duration::ZERO]), peak).target(
            b.quick,
            scale == 20 && reset_works,
            "< 150 MB at scale 20",
            peak < PEAK_MB_TARGET,
        );
    step.per_op_us = 0.0;
    b.steps.push(step);
}
