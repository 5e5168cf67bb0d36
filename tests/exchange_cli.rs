//! End to end through the CLI: a coordinator and three laptops as separate databases. Kit, then
//! capture, then bundles; the coordinator's work imported in two different orders gives the
//! same tallies and the same state.

mod common;
use common::Cli;

fn first_id(v: &serde_json::Value, key: &str) -> String {
    v[key][0]["id"].as_str().unwrap().to_string()
}

#[test]
fn coordinator_and_three_laptops() {
    let coord = Cli::new();
    coord.ok(&["init", "--device-name", "Coordinator"]);
    coord.ok(&["coordinator", "init"]);
    let s = coord.id(&[
        "session",
        "create",
        "--title",
        "North Precinct Summit",
        "--precinct",
        "North",
        "--languages",
        "en",
        "--interpreted",
        "es,vi",
    ]);
    for (name, lang) in [("Table 1", "en"), ("Mesa 2", "es"), ("Bàn 3", "vi")] {
        coord.id(&["group", "add", &s, "--name", name, "--language", lang]);
    }
    coord.id(&["agenda", "add", &s, "--title", "Breakouts", "--minutes", "40"]);
    coord.id(&["question", "add", &s, "--text", "What matters most for safety here?"]);
    let kit = coord.dir.path().join("north.convene");
    let k = coord.ok(&["kit", "export", &s, "--out", kit.to_str().unwrap()]);
    assert!(k["ops"].as_u64().unwrap() > 5);
    let coordinator_fp = coord.ok(&["key", "show"])["fingerprint"].as_str().unwrap().to_string();

    let laptops: Vec<Cli> = (1..=3).map(|_| Cli::new()).collect();
    let groups = ["Table 1", "Mesa 2", "Bàn 3"];
    let mut bundles = vec![];
    for (i, l) in laptops.iter().enumerate() {
        l.ok(&["init", "--device-name", &format!("Laptop {}", i + 1)]);
        let imported = l.ok(&["kit", "import", kit.to_str().unwrap()]);
        assert_eq!(
            imported["coordinator"]["fingerprint"],
            coordinator_fp.as_str(),
            "the laptop shows the coordinator's fingerprint to compare"
        );
        // Capture: sign-ins (some named), concerns with tags, dots, ballots with shared tokens.
        for n in 0..4 {
            let name = format!("Attendee {i}-{n}");
            let mut args = vec!["signin", "add", &s, "--zip", "98103", "--group", groups[i]];
            if n % 2 == 0 {
                args.extend(["--name", &name]);
            }
            l.id(&args);
        }
        let mut concerns = vec![];
        for (n, text) in [
            "Dark streets near the light rail #lighting",
            "Speeding on Aurora #traffic",
            "Interpreters at 911 #language-access",
        ]
        .iter()
        .enumerate()
        {
            let c = l.id(&[
                "concern",
                "add",
                &s,
                "--text",
                &format!("{text} (table {})", i + 1),
                "--group",
                groups[i],
            ]);
            l.id(&["vote", "dots", &s, "--concern", &c, "--count", &(3 + n + i).to_string()]);
            concerns.push(c);
        }
        l.id(&[
            "ballot",
            "cast",
            &s,
            "--kind",
            "rank",
            "--token",
            &format!("R{i}"),
            "--choice",
            &concerns[0],
            "--choice",
            &concerns[2],
        ]);
        // The same token at two tables: only the first ballot counts after the merge.
        l.id(&["ballot", "cast", &s, "--kind", "dots", "--token", "SHARED", "--choice", &concerns[1]]);
        // Everyone edits the shared agenda item: a conflict for the coordinator.
        let item = first_id(&l.ok(&["agenda", "list", &s]), "agenda");
        l.ok(&["agenda", "edit", &item, "--minutes", &(20 + 5 * i).to_string()]);
        let out = l.dir.path().join(format!("laptop{}.convene", i + 1));
        let e = l.ok(&["bundle", "export", &s, "--out", out.to_str().unwrap()]);
        assert_eq!(e["personal_data"], "sealed", "names are sealed to the coordinator from the kit");
        let bytes = std::fs::read(&out).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains("Attendee"), "no name in plaintext in the bundle");
        assert_eq!(l.ok(&["bundle", "verify", out.to_str().unwrap()])["device_state"], "self");
        bundles.push(out);
    }
    let b: Vec<&str> = bundles.iter().map(|p| p.to_str().unwrap()).collect();

    // Two copies of the coordinator: one imports 1,2,3; the other 3,1,2 then everything again.
    let copy = Cli::new();
    for suffix in ["", ".device-key", ".coordinator-identity"] {
        let from = format!("{}{suffix}", coord.db.display());
        let to = format!("{}{suffix}", copy.db.display());
        std::fs::copy(&from, &to).unwrap();
    }
    let first = coord.ok(&["bundle", "import", b[0], b[1], b[2]]);
    assert_eq!(first["quarantined"], 3, "unknown laptops wait for approval");
    let devices = coord.ok(&["trust", "list"]);
    for d in devices["devices"].as_array().unwrap().iter().filter(|d| d["state"] == "quarantined") {
        coord.ok(&["trust", "approve", d["fingerprint"].as_str().unwrap()]);
    }
    let second = copy.ok(&["bundle", "import", b[2], b[0], b[1]]);
    assert_eq!(second["quarantined"], 3);
    for d in copy.ok(&["trust", "list"])["devices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["state"] == "quarantined")
        .rev()
    {
        copy.ok(&["trust", "approve", d["device_id"].as_str().unwrap()]);
    }
    let again = copy.ok(&["bundle", "import", b[1], b[2], b[0]]);
    assert_eq!(again["already_had"], 3, "a repeat is a no-op");

    let tally_a = coord.ok(&["tally", &s]);
    let tally_b = copy.ok(&["tally", &s]);
    assert_eq!(tally_a, tally_b, "the same tallies whatever the import order");
    assert_eq!(coord.state(), copy.state(), "the same state whatever the import order");
    assert_eq!(tally_a["dot_ballots"], 1, "one ballot per token across laptops");
    assert_eq!(tally_a["ranked"]["ballots"], 3);

    // The merged board shows all three laptops' concerns, with where each came from.
    let board = coord.ok(&["board", "--precinct", "North"]);
    let cards = board["concerns"].as_array().unwrap();
    assert_eq!(cards.len(), 9);
    let devices: std::collections::BTreeSet<&str> =
        cards.iter().map(|c| c["device_name"].as_str().unwrap()).collect();
    assert_eq!(devices.len(), 3, "every laptop's concerns: {devices:?}");
    assert!(
        cards.iter().all(|c| c["group_name"].is_string() && c["session_title"] == "North Precinct Summit")
    );

    // The concurrent agenda edits are one conflict; resolving it settles the value everywhere.
    let conflicts = coord.ok(&["conflicts", "list"]);
    assert_eq!(conflicts["conflicts"].as_array().unwrap().len(), 1, "{conflicts}");
    let c = &conflicts["conflicts"][0];
    assert_eq!(c["field"], "planned_minutes");
    assert_eq!(c["losers"].as_array().unwrap().len(), 2, "three laptops, one winner, two kept losers");
    assert_eq!(
        conflicts,
        copy.ok(&["conflicts", "list"]),
        "every coordinator sees the same conflict and winner"
    );
    coord.ok(&["conflicts", "resolve", c["id"].as_str().unwrap(), "--text", "45"]);
    assert!(coord.ok(&["conflicts", "list"])["conflicts"].as_array().unwrap().is_empty());
    let item = first_id(&coord.ok(&["agenda", "list", &s]), "agenda");
    assert_eq!(coord.ok(&["agenda", "list", &s])["agenda"][0]["planned_minutes"], 45);
    let _ = item;
    // The coordinator opened the sealed names.
    let contacts = coord.ok(&["doctor"])["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r[0] == "signin_contacts")
        .cloned()
        .unwrap();
    assert_eq!(contacts[1], 6, "two named sign-ins per laptop, decrypted at the coordinator");
    assert_eq!(coord.ok(&["doctor", "--rebuild"])["rebuild"]["identical"], true);

    // Revoking a laptop refuses its later bundles, and undoes what it did (its ops stay, marked).
    let l1 = coord.ok(&["trust", "list"])["devices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == "Laptop 1")
        .cloned()
        .unwrap();
    coord.ok(&["trust", "revoke", l1["device_id"].as_str().unwrap()]);
    laptops[0].id(&["concern", "add", &s, "--text", "Late concern"]);
    let late = laptops[0].dir.path().join("late.convene");
    laptops[0].ok(&["bundle", "export", &s, "--out", late.to_str().unwrap()]);
    let (code, msg) = coord.fails(&["bundle", "import", late.to_str().unwrap()]);
    assert_eq!(code, "revoked-device", "{msg}");
    let board = coord.ok(&["board"]);
    let cards = board["concerns"].as_array().unwrap();
    assert_eq!(cards.len(), 6, "Laptop 1's three concerns no longer count");
    assert!(cards.iter().all(|c| c["device_name"] != "Laptop 1"), "{board}");
    assert_eq!(coord.ok(&["doctor", "--rebuild"])["rebuild"]["identical"], true);
}

#[test]
fn a_bundle_export_without_a_kit_explains_what_it_left_out() {
    let l = Cli::new();
    let s = l.id(&["session", "create", "--title", "Workshop", "--kind", "workshop"]);
    l.id(&["signin", "add", &s, "--name", "Quinn Z."]);
    let out = l.dir.path().join("b.convene");
    let r = l.run(&["bundle", "export", &s, "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("left out") && r.stderr.contains("--include-personal-data"), "{}", r.stderr);
    assert!(!String::from_utf8_lossy(&std::fs::read(&out).unwrap()).contains("Quinn"));
}

#[test]
fn keys_are_private_files_beside_the_database() {
    use std::os::unix::fs::PermissionsExt;
    let c = Cli::new();
    let init = c.ok(&["init", "--device-name", "Door laptop"]);
    assert!(init["fingerprint"].as_str().unwrap().len() == 19, "init shows the fingerprint: {init}");
    c.ok(&["coordinator", "init"]);
    for suffix in ["device-key", "coordinator-identity"] {
        let path = format!("{}.{suffix}", c.db.display());
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{path} must be readable by its owner only");
    }
    let shown = c.ok(&["key", "show"]);
    assert_eq!(shown["fingerprint"], init["fingerprint"], "the same key on every run");
    assert!(shown["coordinator_recipient"].as_str().unwrap().starts_with("age1"));
    // Losing the key file is reported, not papered over with a new key.
    std::fs::remove_file(format!("{}.device-key", c.db.display())).unwrap();
    let (code, msg) = c.fails(&["key", "show"]);
    assert_eq!(code, "device-key-missing", "{msg}");
}
