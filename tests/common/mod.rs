//! Shared helpers for the integration tests: run the real `convene` binary against a temp
//! database.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Cli {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    /// Runs each command under Debian's `faketime` at this time (a laptop whose clock is wrong).
    pub faketime: Option<String>,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(self.stdout.trim()).unwrap_or_else(|e| {
            panic!("stdout must be one JSON object ({e}): {:?} / stderr {:?}", self.stdout, self.stderr)
        })
    }
    pub fn id(&self) -> String {
        assert_eq!(self.code, 0, "command failed: {}", self.stderr);
        self.json()["id"].as_str().expect("an id").to_string()
    }
}

impl Cli {
    pub fn new() -> Cli {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("convene.sqlite3");
        Cli { dir, db, faketime: None }
    }

    /// A laptop whose clock says `time` (as `faketime` reads it: "2035-06-01 19:00:00").
    pub fn at(time: &str) -> Cli {
        Cli { faketime: Some(time.into()), ..Cli::new() }
    }

    pub fn with_db(db: &Path) -> Cli {
        let dir = tempfile::tempdir().expect("temp dir");
        Cli { dir, db: db.to_path_buf(), faketime: None }
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let mut cmd = match &self.faketime {
            Some(t) => {
                let mut c = Command::new("faketime");
                c.arg(t).arg(env!("CARGO_BIN_EXE_convene"));
                c
            }
            None => Command::new(env!("CARGO_BIN_EXE_convene")),
        };
        let out: Output = cmd
            .arg("--db")
            .arg(&self.db)
            .args(args)
            .env_remove("CONVENE_DB")
            .env("CONVENE_LOCALE", "en")
            .output()
            .expect("convene runs");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs with --json and expects success.
    pub fn ok(&self, args: &[&str]) -> serde_json::Value {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        let r = self.run(&a);
        assert_eq!(r.code, 0, "`convene {}` failed: {}", args.join(" "), r.stderr);
        r.json()
    }

    /// Runs with --json and expects an id back.
    pub fn id(&self, args: &[&str]) -> String {
        self.ok(args)["id"].as_str().expect("an id").to_string()
    }

    /// Runs with --json, expects exit 1, and returns the error code.
    pub fn fails(&self, args: &[&str]) -> (String, String) {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        let r = self.run(&a);
        assert_eq!(r.code, 1, "`convene {}` should fail with 1: {} {}", args.join(" "), r.stdout, r.stderr);
        assert!(!r.stderr.trim().is_empty(), "a failure explains itself on stderr");
        let v = r.json();
        (v["error"]["code"].as_str().unwrap().to_string(), r.stderr)
    }

    /// A sha of the whole materialized state, to prove a failed command changed nothing.
    pub fn state(&self) -> String {
        self.ok(&["doctor"])["state_hash"].as_str().unwrap().to_string()
    }

    pub fn ops(&self) -> i64 {
        self.ok(&["doctor"])["ops"].as_i64().unwrap()
    }
}

/// A summit on `coordinator` and `laptops` laptops that took its kit, each capturing `concerns`
/// concerns (the `i`th of laptop `n` says `text(n, i)`) and exporting its bundle into `dir`.
/// The coordinator trusts the laptops; nothing is imported yet.
pub fn summit_with_bundles(
    coordinator: &mut convene::Convene,
    laptops: usize,
    concerns: usize,
    text: impl Fn(usize, usize) -> String,
    dir: &Path,
) -> (convene::ids::SessionId, Vec<PathBuf>) {
    use convene::concerns::NewConcern;
    coordinator.coordinator_init().unwrap();
    let session = coordinator
        .create_session(convene::sessions::NewSession { title: "Summit".into(), ..Default::default() })
        .unwrap()
        .id;
    let (kit, _) = coordinator.kit_bytes(&[session]).unwrap();
    let mut files = vec![];
    for n in 0..laptops {
        let mut laptop = convene::Convene::open_in_memory().unwrap();
        laptop.import_kit_bytes("kit", &kit, false).unwrap();
        for i in 0..concerns {
            laptop.add_concern(session, NewConcern { text: text(n, i), ..Default::default() }).unwrap();
        }
        let path = dir.join(format!("laptop-{n}.convene"));
        laptop.export_bundle(&[session], &path, false).unwrap();
        let key = laptop.key_info().unwrap();
        coordinator.trust_device(key.device_id, &key.public_key, None, None).unwrap();
        files.push(path);
    }
    (session, files)
}

/// Whether a check that needs something this machine may lack (root and a mount for the disk
/// tests, LibreOffice, a browser, faketime) can run here. When `present` is false: under the
/// test command, which sets `CONVENE_REQUIRE_<WHAT>=1`, the test fails with `missing`; in a
/// plain `cargo test` it is skipped, and says so on the terminal. The line is written to the
/// real stderr, past the test harness's capture, so a skip is never silent.
pub fn available(what: &str, present: bool, missing: &str) -> bool {
    if present {
        return true;
    }
    let var = format!("CONVENE_REQUIRE_{what}");
    if std::env::var_os(&var).is_some_and(|v| !v.is_empty() && v != "0") {
        panic!("{missing} ({var} is set: scripts/test.sh requires this check to run)");
    }
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "\n*** SKIPPED a test: {missing}. `bash scripts/test.sh` installs what it needs and runs it \
         ({var}=1 makes this a failure). ***\n"
    );
    false
}

/// What a generated workload did: how many actions reached the core, how many it accepted, and
/// which refusals it met. A workload whose actions are mostly refused proves nothing, so tests
/// assert a floor on the accepted share, and a refusal for a reason the test did not name fails
/// at once.
pub struct Workload {
    attempted: std::sync::atomic::AtomicU64,
    accepted: std::sync::atomic::AtomicU64,
    refused: std::sync::Mutex<std::collections::BTreeMap<&'static str, u64>>,
}

impl Workload {
    pub const fn new() -> Workload {
        Workload {
            attempted: std::sync::atomic::AtomicU64::new(0),
            accepted: std::sync::atomic::AtomicU64::new(0),
            refused: std::sync::Mutex::new(std::collections::BTreeMap::new()),
        }
    }

    /// Counts one action's outcome; `allowed` names the error codes it may be refused with.
    pub fn record<T>(&self, what: &str, r: convene::Result<T>, allowed: &[&'static str]) -> Option<T> {
        use std::sync::atomic::Ordering::Relaxed;
        self.attempted.fetch_add(1, Relaxed);
        match r {
            Ok(v) => {
                self.accepted.fetch_add(1, Relaxed);
                Some(v)
            }
            Err(e) => {
                let code = allowed.iter().find(|c| **c == e.code().as_str()).unwrap_or_else(|| {
                    panic!("{what} was refused for a reason the test does not name: {} ({e})", e.code())
                });
                *self.refused.lock().unwrap().entry(code).or_default() += 1;
                None
            }
        }
    }

    /// Checks that at least `floor` of the attempted actions were accepted, and says how many.
    pub fn assert_floor(&self, name: &str, floor: f64) {
        use std::sync::atomic::Ordering::Relaxed;
        let (attempted, accepted) = (self.attempted.load(Relaxed), self.accepted.load(Relaxed));
        let refused = self.refused.lock().unwrap().clone();
        let share = accepted as f64 / attempted.max(1) as f64;
        eprintln!(
            "{name}: {accepted} of {attempted} actions accepted ({:.1}%), refused: {refused:?}",
            share * 100.0
        );
        assert!(attempted > 0, "{name}: the workload attempted nothing");
        assert!(
            share >= floor,
            "{name}: only {:.1}% of the actions were accepted (floor {:.0}%): {refused:?}",
            share * 100.0,
            floor * 100.0
        );
    }
}

/// Every op in `from`'s log, copied into `into`'s (ops already there are skipped): the set union
/// of two logs, written without any of the import path's checks or folding.
pub fn copy_ops(from: &rusqlite::Connection, into: &rusqlite::Connection) {
    let mut read =
        from.prepare("SELECT op_id, device_id, seq, hlc, entity, entity_id, change, prev FROM ops").unwrap();
    let mut write = into
        .prepare(
            "INSERT OR IGNORE INTO ops (op_id, device_id, seq, hlc, entity, entity_id, change, prev)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .unwrap();
    let mut rows = read.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        let v: Vec<rusqlite::types::Value> = (0..8).map(|i| r.get(i).unwrap()).collect();
        write.execute(rusqlite::params_from_iter(v)).unwrap();
    }
}

/// The trust decisions of `from` (its devices, delegations, reviews and the meta that says whose
/// word is final), copied into `into`: with the ops, the whole input of the verdicts.
pub fn copy_trust(from: &rusqlite::Connection, into: &rusqlite::Connection) {
    for table in ["devices", "delegations", "reviews", "meta"] {
        let mut read = from.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let n = read.column_count();
        let marks = (1..=n).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
        let mut write = into.prepare(&format!("INSERT OR REPLACE INTO {table} VALUES ({marks})")).unwrap();
        let mut rows = read.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let v: Vec<rusqlite::types::Value> = (0..n).map(|i| r.get(i).unwrap()).collect();
            write.execute(rusqlite::params_from_iter(v)).unwrap();
        }
    }
}
