//! Durability under SIGKILL: a loop of `convene concern add` is killed at 200 random moments.
//! Every add that reported success must be there afterwards, and the file must be intact.

mod common;
use common::Cli;
use rand::{RngExt, SeedableRng};
use std::process::{Command, Stdio};
use std::time::Instant;

const KILLS: usize = 200;

#[test]
fn every_confirmed_add_survives_sigkill_at_random_moments() {
    let cli = Cli::new();
    let s = cli.id(&["session", "create", "--title", "Crash-test summit"]);
    let spawn = |n: usize| {
        Command::new(env!("CARGO_BIN_EXE_convene"))
            .arg("--db")
            .arg(&cli.db)
            .args([
                "--json",
                "concern",
                "add",
                &s,
                "--text",
                &format!("crash concern {n}"),
                "--tag",
                "lighting",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn convene")
    };
    // How long one add takes here, so kills land across the whole of its life.
    let mut lives = vec![];
    for n in 0..5 {
        let t = Instant::now();
        assert!(spawn(1_000_000 + n).wait_with_output().unwrap().status.success());
        lives.push(t.elapsed());
    }
    lives.sort();
    let life = lives[2];
    let seed: u64 =
        std::env::var("CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(rand::random);
    eprintln!("crash test: seed {seed} (rerun with CRASH_SEED={seed}), one add takes {life:?}");
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);

    let mut confirmed: Vec<String> = vec![];
    let (mut kills, mut n) = (0, 0);
    while kills < KILLS {
        n += 1;
        assert!(n < KILLS * 20, "too few kills landed mid-run; the machine may be too fast for this timing");
        let mut child = spawn(n);
        let delay = life.mul_f64(rng.random_range(0.0..1.1));
        std::thread::sleep(delay);
        if child.try_wait().unwrap().is_none() {
            child.kill().expect("SIGKILL");
            kills += 1;
        }
        let out = child.wait_with_output().unwrap();
        // The id is printed only after the commit: seeing it is the add reporting success,
        // even if the process died before it could exit.
        if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&out.stdout)
            && let Some(id) = v["id"].as_str()
        {
            confirmed.push(id.to_string());
        }
    }
    eprintln!("crash test: {n} runs, {kills} killed mid-run, {} confirmed", confirmed.len());

    let v = cli.ok(&["doctor", "--rebuild"]);
    assert_eq!(v["integrity"], "ok", "PRAGMA integrity_check after {KILLS} kills");
    assert_eq!(v["rebuild"]["identical"], true, "the materialized state still folds from the op log");
    let listed = cli.ok(&["concern", "list", &s]);
    let present: std::collections::HashSet<&str> =
        listed["concerns"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    for id in &confirmed {
        assert!(present.contains(id.as_str()), "confirmed add {id} was lost");
    }
    assert!(confirmed.len() > 10, "enough adds completed to prove something");
}
