//! Shared helpers for the integration tests: run the real `convene` binary against a temp
//! database.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Cli {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
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
        Cli { dir, db }
    }

    pub fn with_db(db: &Path) -> Cli {
        let dir = tempfile::tempdir().expect("temp dir");
        Cli { dir, db: db.to_path_buf() }
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let out: Output = Command::new(env!("CARGO_BIN_EXE_convene"))
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
        coordinator.trust_device(key.device_id, &key.public_key, None).unwrap();
        files.push(path);
    }
    (session, files)
}
