//! Approving a laptop merges what it sent in the same transaction as the decision: a bundle
//! held for approval is always either still held or merged, never gone, whatever happens in
//! between (the coordinator identity missing, the process killed).

mod common;
use common::Cli;
use rand::{RngExt, SeedableRng};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const SUFFIXES: [&str; 5] = ["", "-wal", "-shm", ".device-key", ".coordinator-identity"];

/// A coordinator holding one laptop's bundle (with sealed names) for approval, and the
/// laptop's fingerprint. The bundle file is deleted: approval must not need it.
fn held_bundle(concerns: usize) -> (Cli, String) {
    let coord = Cli::new();
    coord.ok(&["coordinator", "init"]);
    let s = coord.id(&["session", "create", "--title", "Summit"]);
    let kit = coord.dir.path().join("kit.convene");
    coord.ok(&["kit", "export", &s, "--out", kit.to_str().unwrap()]);
    let l = Cli::new();
    l.ok(&["init", "--device-name", "Table 5"]);
    l.ok(&["kit", "import", kit.to_str().unwrap()]);
    for i in 0..concerns {
        l.id(&["concern", "add", &s, "--text", &format!("Concern {i} about lighting on Rainier")]);
    }
    l.id(&["signin", "add", &s, "--name", "Hodan Ali", "--email", "hodan@example.org", "--consent"]);
    let bundle = l.dir.path().join("table5.convene");
    l.ok(&["bundle", "export", &s, "--out", bundle.to_str().unwrap()]);
    let r = coord.ok(&["bundle", "import", bundle.to_str().unwrap()]);
    assert_eq!(r["quarantined"], 1);
    std::fs::remove_file(&bundle).unwrap();
    let fp = coord.ok(&["trust", "list"])["devices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["state"] == "quarantined")
        .unwrap()["fingerprint"]
        .as_str()
        .unwrap()
        .to_string();
    (coord, fp)
}

fn ledger_statuses(cli: &Cli) -> Vec<String> {
    cli.ok(&["bundle", "list"])["bundles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["status"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_failed_approval_leaves_the_bundle_held_and_a_second_one_merges_it_without_the_file() {
    let (coord, fp) = held_bundle(3);
    let identity = PathBuf::from(format!("{}.coordinator-identity", coord.db.display()));
    let saved = coord.dir.path().join("identity-backup.txt");
    std::fs::rename(&identity, &saved).unwrap();
    let before = coord.state();
    let (code, msg) = coord.fails(&["trust", "approve", &fp]);
    assert_eq!(code, "approval-failed", "{msg}");
    assert!(msg.contains("still held") && msg.contains("approve again"), "the message names the fix: {msg}");
    assert_eq!(coord.state(), before, "nothing of the approval happened");
    assert_eq!(ledger_statuses(&coord), vec!["quarantined"], "the bundle is still held");
    let listed = coord.ok(&["bundle", "list"]);
    assert_eq!(listed["bundles"][0]["detail"], "merge-failed", "{listed}");
    let devices = coord.ok(&["trust", "list"]);
    assert!(
        devices["devices"].as_array().unwrap().iter().any(|d| d["state"] == "quarantined"),
        "not approved"
    );

    coord.ok(&["coordinator", "restore", "--identity", saved.to_str().unwrap()]);
    let r = coord.ok(&["trust", "approve", &fp]);
    assert_eq!(r["bundles"][0]["status"], "imported", "{r}");
    assert_eq!(ledger_statuses(&coord), vec!["imported"]);
    let v = coord.ok(&["doctor"]);
    let contacts = v["rows"].as_array().unwrap().iter().find(|r| r[0] == "signin_contacts").unwrap().clone();
    assert_eq!(contacts[1], 1, "the sealed name was opened with the restored identity");
}

fn copy_db(from: &Path, to: &Path) {
    for s in SUFFIXES {
        let f = PathBuf::from(format!("{}{s}", from.display()));
        let t = PathBuf::from(format!("{}{s}", to.display()));
        let _ = std::fs::remove_file(&t);
        if f.exists() {
            std::fs::copy(&f, &t).unwrap();
        }
    }
}

const ROUNDS: usize = 50;

/// SIGKILL at random moments of `trust approve`: afterwards the bundle is either still held
/// (and a second approval merges it) or merged whole, and the file is intact.
#[test]
fn a_bundle_survives_sigkill_at_any_moment_of_its_approval() {
    let (coord, fp) = held_bundle(150);
    let pristine = coord.dir.path().join("pristine.sqlite3");
    coord.ok(&["doctor"]);
    copy_db(&coord.db, &pristine);
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_convene"))
            .arg("--db")
            .arg(&coord.db)
            .args(["--json", "trust", "approve", &fp])
            .env("CONVENE_LOCALE", "en")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let t = Instant::now();
    assert!(spawn().wait().unwrap().success());
    let life = t.elapsed();
    let merged_concerns = coord.ok(&["board"])["concerns"].as_array().unwrap().len();
    assert_eq!(merged_concerns, 150);
    let seed: u64 =
        std::env::var("CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(rand::random);
    eprintln!("approval crash test: seed {seed}, one approval takes {life:?}");
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let (mut held, mut merged) = (0, 0);
    for _ in 0..ROUNDS {
        copy_db(&pristine, &coord.db);
        let mut child = spawn();
        std::thread::sleep(life.mul_f64(rng.random_range(0.0..1.0)));
        let _ = child.kill();
        let _ = child.wait();
        let statuses = ledger_statuses(&coord);
        let concerns = coord.ok(&["board"])["concerns"].as_array().unwrap().len();
        match statuses.as_slice() {
            [s] if s == "quarantined" => {
                assert_eq!(concerns, 0, "held: nothing of it merged");
                held += 1;
            }
            [s] if s == "imported" => {
                assert_eq!(concerns, 150, "merged: all of it");
                merged += 1;
            }
            other => panic!("the bundle must be held or merged, never gone: {other:?}"),
        }
        let v = coord.ok(&["doctor", "--rebuild"]);
        assert_eq!(v["integrity"], "ok");
        assert_eq!(v["rebuild"]["identical"], true);
    }
    eprintln!("approval crash test: {held} rounds left it held, {merged} merged");
    // A held one is merged by approving again, without the file.
    copy_db(&pristine, &coord.db);
    assert_eq!(coord.ok(&["trust", "approve", &fp])["bundles"][0]["status"], "imported");
}
