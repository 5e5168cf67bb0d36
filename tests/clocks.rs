//! Laptops with wrong clocks: a dead CMOS battery (2001), a clock set years ahead (2035), and
//! one that is right. Run through the real CLI under Debian's `faketime`, and as a property
//! over injected clocks: the coordinator's clock stays its own, every import names the wrong
//! clocks, and an edit made after seeing another wins over it whatever the stamps say.

mod common;
use common::Cli;

use convene::Convene;
use convene::agenda::NewAgendaItem;
use convene::oplog::clock::{CLOCK_TOLERANCE_MS, Clock};
use convene::sessions::NewSession;
use proptest::prelude::*;

const YEAR_MS: i64 = 365 * 86_400_000;

fn faketime_works() -> bool {
    std::process::Command::new("faketime")
        .args(["2035-06-01 19:00:00", "date", "+%Y"])
        .output()
        .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).trim() == "2035")
}

/// The wall-clock ms of the newest op a database made itself.
fn newest_own_stamp(cli: &Cli) -> i64 {
    let device = cli.ok(&["key", "show"])["device_id"].as_str().unwrap().to_string();
    let conn = rusqlite::Connection::open(&cli.db).unwrap();
    let hlc: i64 =
        conn.query_row("SELECT max(hlc) FROM ops WHERE device_id = ?1", [device], |r| r.get(0)).unwrap();
    hlc >> 16
}

#[test]
fn laptops_in_2035_and_2001_are_named_and_drag_nobody_along() {
    if !common::available("FAKETIME", faketime_works(), "Debian's faketime is not installed") {
        return;
    }
    let coord = Cli::new();
    coord.ok(&["coordinator", "init"]);
    let s = coord.id(&["session", "create", "--title", "North Precinct Summit"]);
    let kit = coord.dir.path().join("summit.convene-kit");
    coord.ok(&["kit", "export", &s, "--out", kit.to_str().unwrap()]);
    let laptops = [
        ("Table 7", Some("2035-06-01 19:00:00")),
        ("Table 9", Some("2001-01-01 00:00:00")),
        ("Table 2", None),
    ];
    let (mut bundles, mut keep) = (vec![], vec![]);
    for (name, time) in laptops {
        let l = match time {
            Some(t) => Cli::at(t),
            None => Cli::new(),
        };
        l.ok(&["init", "--device-name", name]);
        l.ok(&["kit", "import", kit.to_str().unwrap()]);
        l.id(&["concern", "add", &s, "--text", &format!("Dark street by the school ({name})")]);
        let key = l.ok(&["key", "show"]);
        coord.ok(&[
            "trust",
            "add",
            key["device_id"].as_str().unwrap(),
            "--key",
            key["public_key"].as_str().unwrap(),
            "--name",
            name,
        ]);
        let out = l.dir.path().join(format!("{name}.convene"));
        l.ok(&["bundle", "export", &s, "--out", out.to_str().unwrap()]);
        bundles.push(out);
        keep.push(l);
    }
    let paths: Vec<&str> = bundles.iter().map(|p| p.to_str().unwrap()).collect();
    let mut args = vec!["bundle", "import"];
    args.extend(paths.iter());
    let summary = coord.ok(&args);
    let offsets: Vec<Option<i64>> =
        summary["bundles"].as_array().unwrap().iter().map(|b| b["clock_offset_ms"].as_i64()).collect();
    assert!(offsets[0].is_some_and(|o| o > 8 * YEAR_MS), "2035 is about 8 years ahead: {offsets:?}");
    assert!(offsets[1].is_some_and(|o| o < -24 * YEAR_MS), "2001 is about 25 years behind: {offsets:?}");
    assert_eq!(offsets[2], None, "the right clock is not named: {offsets:?}");

    // The ledger, as a person reads it, names both.
    let list = coord.run(&["bundle", "list"]);
    assert!(list.stdout.contains("The clock on Table 7 was about 8 years ahead"), "{}", list.stdout);
    assert!(list.stdout.contains("The clock on Table 9 was about 25 years behind"), "{}", list.stdout);

    // The coordinator's later edits are stamped today, not in 2035.
    coord.id(&["concern", "add", &s, "--text", "Added at the desk"]);
    let now = chrono::Utc::now().timestamp_millis();
    assert!(newest_own_stamp(&coord) <= now + CLOCK_TOLERANCE_MS, "the coordinator's clock is its own");
    // Its next kit is stamped today too, and a laptop importing it keeps its own clock.
    let kit2 = coord.dir.path().join("second.convene-kit");
    coord.ok(&["kit", "export", &s, "--out", kit2.to_str().unwrap()]);
    let fresh = Cli::new();
    fresh.ok(&["init", "--device-name", "Table 4"]);
    fresh.ok(&["kit", "import", kit2.to_str().unwrap()]);
    fresh.id(&["concern", "add", &s, "--text", "After the kit"]);
    assert!(newest_own_stamp(&fresh) <= chrono::Utc::now().timestamp_millis() + CLOCK_TOLERANCE_MS);

    // What the wrong clocks captured is shown at about the right time, and marked.
    let concerns = coord.ok(&["concern", "list", &s]);
    let far = concerns["concerns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("Table 7"))
        .unwrap()
        .clone();
    assert!(far["clock_offset_ms"].as_i64().is_some(), "{far}");
    let year: i32 = far["created_at"].as_str().unwrap()[..4].parse().unwrap();
    assert!(year < 2030, "corrected from 2035: {far}");
}

/// A coordinator and a laptop with their own clocks; returns the agenda title each ends with
/// after: the coordinator sets it, the laptop (having seen that) sets it again, the coordinator
/// imports, then (having seen the laptop's) sets it a third time, and the laptop takes a kit.
fn edits_after_seeing(coordinator_clock: Clock, laptop_clock: Clock) -> (String, String) {
    let mut co = Convene::open_in_memory().unwrap();
    co.set_clock(coordinator_clock);
    co.coordinator_init().unwrap();
    let s = co.create_session(NewSession { title: "Summit".into(), ..Default::default() }).unwrap().id;
    let item = co
        .add_agenda_item(s, NewAgendaItem { title: "Welcome".into(), minutes: 10, ..Default::default() })
        .unwrap()
        .id;
    co.edit_agenda_item(item, Some("First"), None, None, None).unwrap();
    let (kit, _) = co.kit_bytes(&[s]).unwrap();
    let mut l = Convene::open_in_memory().unwrap();
    l.set_clock(laptop_clock);
    l.import_kit_bytes("kit", &kit, false).unwrap();
    l.edit_agenda_item(item, Some("Second, after seeing the first"), None, None, None).unwrap();
    let (b, _) = l.bundle_bytes(&[s], false).unwrap();
    let r = co.import_bundle_bytes("laptop", &b);
    co.approve_device(&r.device_id.unwrap().to_string(), None).unwrap();
    let after_laptop = co.agenda(s).unwrap()[0].title.clone();
    assert_eq!(after_laptop, "Second, after seeing the first", "the laptop saw the first");
    co.edit_agenda_item(item, Some("Third, after seeing the second"), None, None, None).unwrap();
    let (kit, _) = co.kit_bytes(&[s]).unwrap();
    l.import_kit_bytes("kit 2", &kit, false).unwrap();
    (co.agenda(s).unwrap()[0].title.clone(), l.agenda(s).unwrap()[0].title.clone())
}

fn clock(k: u8) -> Clock {
    match k % 5 {
        0 => Clock::System,
        1 => Clock::Offset(10 * YEAR_MS),
        2 => Clock::Offset(-10 * YEAR_MS),
        3 => Clock::Fixed(978_307_200_000),
        _ => Clock::Offset(-(k as i64) * 60_000),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn an_edit_made_after_seeing_another_always_wins(c in any::<u8>(), l in any::<u8>()) {
        let (at_coordinator, at_laptop) = edits_after_seeing(clock(c), clock(l));
        prop_assert_eq!(&at_coordinator, "Third, after seeing the second");
        prop_assert_eq!(&at_laptop, "Third, after seeing the second");
    }

    #[test]
    fn no_merge_moves_a_clock_past_its_own_wall_clock(offset_years in -10i64..=10, own in any::<u8>()) {
        let mut co = Convene::open_in_memory().unwrap();
        co.set_clock(clock(own));
        co.coordinator_init().unwrap();
        let s = co.create_session(NewSession { title: "Summit".into(), ..Default::default() }).unwrap().id;
        let (kit, _) = co.kit_bytes(&[s]).unwrap();
        let mut l = Convene::open_in_memory().unwrap();
        l.set_clock(Clock::Offset(offset_years * YEAR_MS));
        l.import_kit_bytes("kit", &kit, false).unwrap();
        l.add_concern(s, convene::concerns::NewConcern { text: "Off".into(), ..Default::default() }).unwrap();
        let (b, _) = l.bundle_bytes(&[s], false).unwrap();
        let r = co.import_bundle_bytes("laptop", &b);
        co.approve_device(&r.device_id.unwrap().to_string(), None).unwrap();
        co.add_concern(s, convene::concerns::NewConcern { text: "Desk".into(), ..Default::default() }).unwrap();
        let last: i64 = co
            .store()
            .connection()
            .query_row("SELECT value FROM meta WHERE key = 'last_hlc'", [], |x| x.get::<_, String>(0))
            .unwrap()
            .parse()
            .unwrap();
        prop_assert!(last >> 16 <= clock(own).now_ms() + CLOCK_TOLERANCE_MS);
    }
}
