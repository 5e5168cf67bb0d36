//! `convene bench`: a city's programme on one laptop, measured against SQLite's and the disk's
//! own speed in the same run.
//!
//! Scale 1 is one summit (200 sign-ins, 15 groups, 600 concerns, 2,000 notes, 6,000 dots);
//! scale N is N such sessions (5 precincts × 4 phases at scale 20), each captured on four group
//! laptops that export their own bundles. Every figure is printed beside its baseline.

use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::Convene;
use crate::concerns::NewConcern;
use crate::error::{Error, Result};
use crate::groups::NewGroup;
use crate::ids::{ConcernId, GroupId, SessionId};
use crate::sessions::{NewSession, SessionKind};
use crate::signins::NewSignin;
use crate::votes::BallotChoices;

/// How much one session holds.
#[derive(Debug, Clone, Copy)]
pub struct SessionSize {
    pub signins: usize,
    pub groups: usize,
    pub concerns: usize,
    pub notes: usize,
    /// Dot ballots of three dots each.
    pub dot_ballots: usize,
}

impl SessionSize {
    pub const SUMMIT: SessionSize =
        SessionSize { signins: 200, groups: 15, concerns: 600, notes: 2000, dot_ballots: 2000 };
    /// For `--quick`: the same shape, a twentieth of the size.
    pub const QUICK: SessionSize =
        SessionSize { signins: 10, groups: 4, concerns: 30, notes: 100, dot_ballots: 100 };
}

/// One measured step.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub scale: u32,
    pub step: &'static str,
    /// Ops (or items) the step handled.
    pub ops: u64,
    pub median_ms: f64,
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

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub quick: bool,
    pub steps: Vec<Step>,
    /// Checks that the results make sense (not how fast they came).
    pub sane: bool,
    pub problems: Vec<String>,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i.min(samples.len() - 1)]
}

/// Resets the kernel's peak-RSS counter, so each step's peak is its own.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(str::to_string))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|k| k.parse::<f64>().ok()))
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

/// The physical floor of a durable write: one 4 KiB write and fdatasync to a file beside the
/// database.
struct FsyncFloor {
    path: PathBuf,
    file: std::fs::File,
}

impl FsyncFloor {
    fn open(dir: &Path) -> Result<FsyncFloor> {
        let path = dir.join("fsync-floor.bin");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(true)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| Error::Io { path: path.display().to_string(), detail: e.to_string() })?;
        Ok(FsyncFloor { path, file })
    }

    /// Writes the `i`th block (of 256, round and round) and waits for it to reach the disk.
    fn write(&mut self, i: usize) -> Result<Duration> {
        let block = [0x5au8; 4096];
        let t = Instant::now();
        (|| {
            self.file.seek(SeekFrom::Start((i as u64 % 256) * 4096))?;
            self.file.write_all(&block)?;
            self.file.sync_data()
        })()
        .map_err(|e| Error::Io { path: self.path.display().to_string(), detail: e.to_string() })?;
        Ok(t.elapsed())
    }
}

impl Drop for FsyncFloor {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

struct City {
    kit: Vec<u8>,
    sessions: Vec<(SessionId, Vec<GroupId>)>,
}

/// The coordinator's plan: `n` sessions across 5 precincts and 4 phases, each with its groups.
fn plan(coordinator: &mut Convene, n: u32, size: SessionSize) -> Result<City> {
    const PRECINCTS: [&str; 5] = ["North", "South", "East", "West", "Southwest"];
    const PHASES: [SessionKind; 4] =
        [SessionKind::Summit, SessionKind::SmallGroup, SessionKind::Summit, SessionKind::ReportBack];
    let mut sessions = vec![];
    for i in 0..n as usize {
        let s = coordinator
            .create_session(NewSession {
                title: format!("{} precinct, phase {}", PRECINCTS[i % 5], i / 5 % 4 + 1),
                kind: Some(PHASES[i / 5 % 4]),
                precinct: Some(PRECINCTS[i % 5].into()),
                languages: vec!["en".into()],
                interpreted: vec!["es".into(), "vi".into()],
                ..Default::default()
            })?
            .id;
        let groups = (0..size.groups)
            .map(|g| {
                coordinator
                    .add_group(s, NewGroup { name: format!("Table {}", g + 1), ..Default::default() })
                    .map(|o| o.id)
            })
            .collect::<Result<Vec<_>>>()?;
        sessions.push((s, groups));
    }
    let ids: Vec<SessionId> = sessions.iter().map(|(s, _)| *s).collect();
    let (kit, _) = coordinator.kit_bytes(&ids)?;
    Ok(City { kit, sessions })
}

/// One laptop's share (`part` of `parts`) of a session: sign-ins, concerns, notes and dots.
fn capture(
    laptop: &mut Convene,
    session: SessionId,
    groups: &[GroupId],
    size: SessionSize,
    part: usize,
    parts: usize,
) -> Result<u64> {
    let share = |n: usize| (n * (part + 1) / parts) - (n * part / parts);
    let mine: Vec<GroupId> =
        groups.iter().enumerate().filter(|(i, _)| i % parts == part).map(|(_, g)| *g).collect();
    let group = |i: usize| mine.get(i % mine.len().max(1)).copied();
    let mut ops = 0;
    for i in 0..share(size.signins) {
        let named = i % 3 != 0;
        laptop.add_signin(
            session,
            NewSignin {
                name: named.then(|| format!("Attendee {part}-{i}")),
                zip: Some(format!("981{:02}", i % 40)),
                language: Some(["en", "es", "vi", "so"][i % 4].into()),
                interpreter: i % 4 != 0,
                group: group(i),
                ..Default::default()
            },
        )?;
        ops += 1 + named as u64;
    }
    let mut concerns: Vec<ConcernId> = vec![];
    const TOPICS: [&str; 6] =
        ["lighting", "traffic", "youth", "homelessness", "property-crime", "language-access"];
    for i in 0..share(size.concerns) {
        concerns.push(
            laptop
                .add_concern(
                    session,
                    NewConcern {
                        text: format!(
                            "Concern {i} from laptop {part}: street lights out near the bus stop on block {}",
                            i % 50
                        ),
                        group: group(i),
                        tags: vec![TOPICS[i % 6].into()],
                        ..Default::default()
                    },
                )?
                .id,
        );
        ops += 1;
    }
    for i in 0..share(size.notes) {
        laptop.add_note(
            session,
            &format!("Note {i}: the table discussed lighting and traffic calming"),
            group(i),
            None,
            Some("en"),
        )?;
        ops += 1;
    }
    if !concerns.is_empty() {
        for i in 0..share(size.dot_ballots) {
            let pick = |k: usize| concerns[(i * 7 + k * 13) % concerns.len()];
            laptop.cast_ballot(
                session,
                &format!("L{part}-D{i}"),
                BallotChoices::Dots(vec![pick(0), pick(1), pick(2)]),
            )?;
            ops += 1;
        }
    }
    Ok(ops)
}

/// Runs every step at every scale, in `dir`.
pub fn run(dir: &Path, scales: &[u32], quick: bool, mut progress: impl FnMut(&str)) -> Result<Report> {
    let size = if quick { SessionSize::QUICK } else { SessionSize::SUMMIT };
    let captures = if quick { 20 } else { 200 };
    let mut steps = vec![];
    let mut problems = vec![];
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::Io { path: dir.display().to_string(), detail: e.to_string() })?;
    for &scale in scales {
        let work = dir.join(format!("scale-{scale}"));
        let _ = std::fs::remove_dir_all(&work);
        std::fs::create_dir_all(&work)
            .map_err(|e| Error::Io { path: work.display().to_string(), detail: e.to_string() })?;
        progress(&format!("scale {scale}: planning {scale} session(s)"));
        let mut coordinator = Convene::open(&work.join("coordinator.sqlite3"))?;
        coordinator.set_device_name("Coordinator")?;
        coordinator.coordinator_init()?;
        let city = plan(&mut coordinator, scale, size)?;

        // Capture on the laptops and export their bundles. At scale 1 one laptop holds the whole
        // summit, so its export is the "session bundle" measured; above that, four per session.
        let parts = if scale == 1 { 1 } else { 4 };
        let mut bundle_files: Vec<PathBuf> = vec![];
        let mut export_times = vec![];
        let mut export_peak: f64 = 0.0;
        let mut captured_ops = 0u64;
        let mut laptops = vec![];
        for (n, (session, groups)) in city.sessions.iter().enumerate() {
            for part in 0..parts {
                let mut laptop = Convene::open_in_memory()?;
                laptop.set_device_name(&format!("Session {n} laptop {part}"))?;
                laptop.import_kit_bytes("kit", &city.kit, false)?;
                captured_ops += capture(&mut laptop, *session, groups, size, part, parts)?;
                reset_peak();
                let t = Instant::now();
                let path = work.join(format!("s{n:03}-l{part}.convene"));
                let e = laptop.export_bundle(&[*session], &path, false)?;
                export_times.push(t.elapsed());
                export_peak = export_peak.max(peak_mb());
                if e.personal_data != "sealed" && e.personal_ops > 0 {
                    problems.push(format!("{}: personal data was not sealed", e.path));
                }
                let key = laptop.key_info()?;
                laptops.push((key.device_id, key.public_key));
                bundle_files.push(path);
            }
        }
        progress(&format!("scale {scale}: {} bundles, {captured_ops} ops captured", bundle_files.len()));
        let export_median = percentile(&mut export_times, 0.5);
        steps.push(Step {
            scale,
            step: "export (sign + seal)",
            ops: captured_ops / bundle_files.len() as u64,
            median_ms: ms(export_median),
            p99_ms: Some(ms(percentile(&mut export_times, 0.99))),
            per_op_us: ms(export_median) * 1000.0
                / (captured_ops as f64 / bundle_files.len() as f64).max(1.0),
            peak_mb: export_peak,
            baseline: None,
            baseline_ms: None,
            ratio: None,
            target: (scale == 1 && !quick).then_some("< 200 ms at scale 1"),
            met: (scale == 1 && !quick).then(|| ms(export_median) < 200.0),
            output_kib: None,
        });

        // Import, verify and merge everything, against the same rows inserted raw.
        for (device, key) in &laptops {
            coordinator.trust_device(*device, key, None)?;
        }
        let paths: Vec<&Path> = bundle_files.iter().map(|p| p.as_path()).collect();
        reset_peak();
        let t = Instant::now();
        let summary = coordinator.import_bundles(&paths, |_, _| {})?;
        let import = t.elapsed();
        let import_peak = peak_mb();
        let merged: u64 = summary.bundles.iter().map(|b| b.new_ops).sum();
        if summary.imported as usize != paths.len() {
            problems.push(format!(
                "scale {scale}: only {} of {} bundles imported",
                summary.imported,
                paths.len()
            ));
        }
        if merged != captured_ops + tag_ops(&laptops) {
            problems.push(format!(
                "scale {scale}: merged {merged} ops, expected {}",
                captured_ops + tag_ops(&laptops)
            ));
        }
        let raw = raw_insert(&coordinator, &work)?;
        let ops_per_s = merged as f64 / import.as_secs_f64();
        steps.push(Step {
            scale,
            step: "import + verify + merge",
            ops: merged,
            median_ms: ms(import),
            p99_ms: None,
            per_op_us: ms(import) * 1000.0 / merged.max(1) as f64,
            peak_mb: import_peak,
            baseline: Some("raw INSERT, one transaction"),
            baseline_ms: Some(ms(raw)),
            ratio: Some(import.as_secs_f64() / raw.as_secs_f64()),
            target: (!quick).then_some(">= 100k ops/s and <= 3x raw"),
            met: (!quick)
                .then_some(ops_per_s >= 100_000.0 && import.as_secs_f64() <= 3.0 * raw.as_secs_f64()),
            output_kib: None,
        });

        reset_peak();
        let t = Instant::now();
        let again = coordinator.import_bundles(&paths, |_, _| {})?;
        let reimport = t.elapsed();
        if again.already_had as usize != paths.len() {
            problems.push(format!("scale {scale}: re-import was not all no-ops"));
        }
        steps.push(Step {
            scale,
            step: "re-import (all no-ops)",
            ops: merged,
            median_ms: ms(reimport),
            p99_ms: None,
            per_op_us: ms(reimport) * 1000.0 / merged.max(1) as f64,
            peak_mb: peak_mb(),
            baseline: Some("first import"),
            baseline_ms: Some(ms(import)),
            ratio: Some(reimport.as_secs_f64() / import.as_secs_f64()),
            target: (!quick).then_some(">= 10x faster than first import"),
            met: (!quick).then_some(import.as_secs_f64() >= 10.0 * reimport.as_secs_f64()),
            output_kib: None,
        });

        // Tally every session's votes.
        reset_peak();
        let mut tally_times = vec![];
        let mut dots = 0;
        // Nine runs: one tally is a few milliseconds, so a median of three moved with the machine.
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
            problems.push(format!("scale {scale}: tally counted {dots} dots, expected {expected_dots}"));
        }
        let tally = percentile(&mut tally_times, 0.5);
        steps.push(Step {
            scale,
            step: "tally (all sessions)",
            ops: (size.dot_ballots * city.sessions.len()) as u64,
            median_ms: ms(tally),
            p99_ms: None,
            per_op_us: ms(tally) * 1000.0 / (size.dot_ballots * city.sessions.len()) as f64,
            peak_mb: peak_mb(),
            baseline: None,
            baseline_ms: None,
            ratio: None,
            target: (scale == 20 && !quick).then_some("< 20 ms at scale 20"),
            met: (scale == 20 && !quick).then(|| ms(tally) < 20.0),
            output_kib: None,
        });

        // Rebuild everything from the op log.
        let before = coordinator.state_hash()?;
        reset_peak();
        let t = Instant::now();
        let folded = coordinator.rebuild()?;
        let rebuild = t.elapsed();
        if coordinator.state_hash()? != before {
            problems.push(format!("scale {scale}: rebuild changed the state"));
        }
        steps.push(Step {
            scale,
            step: "rebuild from op log",
            ops: folded,
            median_ms: ms(rebuild),
            p99_ms: None,
            per_op_us: ms(rebuild) * 1000.0 / folded.max(1) as f64,
            peak_mb: peak_mb(),
            baseline: Some("raw INSERT, one transaction"),
            baseline_ms: Some(ms(raw)),
            ratio: Some(rebuild.as_secs_f64() / raw.as_secs_f64()),
            target: None,
            met: None,
            output_kib: None,
        });

        // Capture: one durable add-concern at a time, beside the disk's fsync floor. The two
        // take turns, so both meet the same disk: a virtual disk's flush latency drifts by a
        // factor of two over seconds, and measuring one after the other compared the drift.
        let (s, groups) = &city.sessions[0];
        reset_peak();
        let mut floor_file = FsyncFloor::open(&work)?;
        let (mut adds, mut floor) = (vec![], vec![]);
        for i in 0..captures {
            let t = Instant::now();
            coordinator.add_concern(
                *s,
                NewConcern {
                    text: format!("Captured live {i} #lighting"),
                    group: groups.first().copied(),
                    ..Default::default()
                },
            )?;
            adds.push(t.elapsed());
            floor.push(floor_file.write(i)?);
        }
        let capture_peak = peak_mb();
        drop(floor_file);
        let (p50, p99) = (percentile(&mut adds, 0.5), percentile(&mut adds, 0.99));
        let f99 = percentile(&mut floor, 0.99);
        steps.push(Step {
            scale,
            step: "capture (durable add)",
            ops: captures as u64,
            median_ms: ms(p50),
            p99_ms: Some(ms(p99)),
            per_op_us: ms(p50) * 1000.0,
            peak_mb: capture_peak,
            baseline: Some("4 KiB write + fdatasync"),
            baseline_ms: Some(ms(f99)),
            ratio: Some(p99.as_secs_f64() / f99.as_secs_f64()),
            target: (!quick).then_some("p99 <= 2x floor p99"),
            met: (!quick).then_some(p99.as_secs_f64() <= 2.0 * f99.as_secs_f64()),
            output_kib: None,
        });
        // The session summary PDF of one summit (600 concerns at full size), beside the CSV
        // export of the same concerns. Last of all, so the memory it leaves with the allocator
        // does not count against any other step.
        if Some(&scale) == scales.last() {
            // The last session: a whole summit no capture below has added to (at scale 1 it is
            // the only one, with the 200 live captures added).
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
            reset_peak();
            for _ in 0..5 {
                let t = Instant::now();
                let pdf = coordinator.report_pdf(*s, &opts)?;
                pdf_times.push(t.elapsed());
                if !pdf.starts_with(b"%PDF-") {
                    problems.push(format!("scale {scale}: the summary is not a PDF"));
                }
                bytes = pdf.len();
                let t = Instant::now();
                coordinator.export_csv(*s, crate::reports::csv::CsvTable::Concerns, &csv_opts, &l10n)?;
                csv_times.push(t.elapsed());
            }
            let (pdf_ms, csv_ms) = (percentile(&mut pdf_times, 0.5), percentile(&mut csv_times, 0.5));
            steps.push(Step {
                scale,
                step: "summary PDF (one summit)",
                ops: concerns as u64,
                median_ms: ms(pdf_ms),
                p99_ms: None,
                per_op_us: ms(pdf_ms) * 1000.0 / concerns.max(1) as f64,
                peak_mb: peak_mb(),
                baseline: Some("CSV export of the concerns"),
                baseline_ms: Some(ms(csv_ms)),
                ratio: Some(pdf_ms.as_secs_f64() / csv_ms.as_secs_f64().max(1e-9)),
                target: (!quick).then_some("< 1 s and < 2 MB"),
                met: (!quick).then_some(pdf_ms.as_secs_f64() < 1.0 && bytes < 2 * 1024 * 1024),
                output_kib: Some(bytes as f64 / 1024.0),
            });
        }

        drop(coordinator);
        if !quick {
            let _ = std::fs::remove_dir_all(&work);
        }
    }
    let sane = problems.is_empty();
    Ok(Report { quick, steps, sane, problems })
}

/// Each laptop seeds the 14-tag vocabulary on creation; those ops travel in its bundle.
fn tag_ops(laptops: &[(crate::ids::DeviceId, String)]) -> u64 {
    laptops.len() as u64 * crate::tags::SEED_VOCABULARY.len() as u64
}

/// The same op rows the coordinator holds, inserted raw into a fresh SQLite file in one
/// transaction, with the same pragmas and indexes: SQLite's own speed for this data. The rows
/// are first streamed to a file, and read back from it inside the timing (as an import reads
/// bundles), so the baseline holds one row in memory at a time.
fn raw_insert(coordinator: &Convene, work: &Path) -> Result<Duration> {
    use std::io::{BufRead, BufWriter};
    let io = |e: std::io::Error| Error::Io { path: work.display().to_string(), detail: e.to_string() };
    let rows_path = work.join("raw-rows.tsv");
    {
        let mut out = BufWriter::new(std::fs::File::create(&rows_path).map_err(io)?);
        let mut stmt = coordinator
            .store
            .conn
            .prepare("SELECT op_id, device_id, seq, hlc, entity, entity_id, change, prev FROM ops")?;
        let mut q = stmt.query([])?;
        while let Some(r) = q.next()? {
            // JSON text never holds a raw tab or newline, so TSV is safe here.
            let prev: Option<String> = r.get(7)?;
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                prev.unwrap_or_default()
            )
            .map_err(io)?;
        }
        out.flush().map_err(io)?;
    }
    let path = work.join("raw.sqlite3");
    let _ = std::fs::remove_file(&path);
    let mut conn = rusqlite::Connection::open(&path)?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -32768;
         CREATE TABLE ops (op_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, seq INTEGER NOT NULL, hlc INTEGER NOT NULL,
           entity TEXT NOT NULL, entity_id TEXT NOT NULL, change TEXT NOT NULL, prev TEXT, UNIQUE (device_id, seq)) STRICT;
         CREATE INDEX ops_by_entity ON ops (entity, entity_id, hlc, device_id, op_id);",
    )?;
    let t = Instant::now();
    let tx = conn.transaction()?;
    {
        let mut ins = tx.prepare("INSERT INTO ops VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
        let reader = std::io::BufReader::new(std::fs::File::open(&rows_path).map_err(io)?);
        for line in reader.lines() {
            let line = line.map_err(io)?;
            let f: Vec<&str> = line.split('\t').collect();
            let seq: i64 = f[2].parse().unwrap_or(0);
            let hlc: i64 = f[3].parse().unwrap_or(0);
            let prev = (!f[7].is_empty()).then_some(f[7]);
            ins.execute(rusqlite::params![f[0], f[1], seq, hlc, f[4], f[5], f[6], prev])?;
        }
    }
    tx.commit()?;
    let took = t.elapsed();
    drop(conn);
    for f in ["raw.sqlite3", "raw.sqlite3-wal", "raw.sqlite3-shm", "raw-rows.tsv"] {
        let _ = std::fs::remove_file(work.join(f));
    }
    Ok(took)
}
