//! Every write in the core API, made on a laptop as a facilitator would, makes ops the
//! coordinator accepts: a laptop never writes locally what its coordinator will refuse hours
//! later, when nothing can be redone. Local writes pass the same `authorize()` as imported
//! ones, so each call below would have failed here first; the import proves the two agree.

use convene::Convene;
use convene::actions::{NewAction, NewActionUpdate};
use convene::agenda::NewAgendaItem;
use convene::concerns::{ConcernEdit, ConcernStatus, NewConcern};
use convene::exchange::ImportStatus;
use convene::groups::NewGroup;
use convene::i18n::Localizer;
use convene::reports::csv::CsvImportTable;
use convene::sessions::{NewSession, SessionEdit};
use convene::signins::NewSignin;
use convene::tags::TagKind;
use convene::votes::BallotChoices;

#[test]
fn every_core_write_makes_ops_the_coordinator_accepts() {
    let mut co = Convene::open_in_memory().unwrap();
    co.coordinator_init().unwrap();
    let plan = co
        .create_session(NewSession {
            title: "Summit".into(),
            precinct: Some("East".into()),
            ..Default::default()
        })
        .unwrap()
        .id;
    let planned = co
        .add_agenda_item(plan, NewAgendaItem { title: "Breakouts".into(), minutes: 40, ..Default::default() })
        .unwrap()
        .id;
    let table = co.add_group(plan, NewGroup { name: "Table 1".into(), ..Default::default() }).unwrap().id;
    co.add_question(plan, "What matters most?", Some("en")).unwrap();
    let (kit, _) = co.kit_bytes(&[plan]).unwrap();

    let mut l = Convene::open_in_memory().unwrap();
    l.set_device_name("Table 1 laptop").unwrap();
    l.import_kit_bytes("kit", &kit, false).unwrap();
    let mut writes = 0;
    let mut w = |r: convene::Result<()>, what: &str| {
        r.unwrap_or_else(|e| panic!("{what}: {e:?}"));
        writes += 1;
    };

    // Its own small group, run offline.
    let own = l
        .create_session(NewSession {
            title: "Small group 3".into(),
            starts_at: Some("2027-04-02T18:30".into()),
            room_minutes: Some(90),
            languages: vec!["en".into(), "so".into()],
            interpreted: vec!["so".into()],
            ..Default::default()
        })
        .unwrap()
        .id;
    w(
        l.edit_session(
            own,
            SessionEdit {
                title: Some("Small group 3, Rainier".into()),
                place: Some("Library".into()),
                starts_at: Some("2027-04-02".into()),
                ..Default::default()
            },
        )
        .map(|_| ()),
        "edit own session",
    );
    let copy = l.duplicate_session(own, "Small group 3, round 2", Some("2027-05-02T18:30")).unwrap().id;
    for s in [plan, own, copy] {
        let item = l
            .add_agenda_item(
                s,
                NewAgendaItem {
                    title: "Welcome".into(),
                    minutes: 10,
                    presenter: Some("Ana".into()),
                    ..Default::default()
                },
            )
            .unwrap()
            .id;
        w(
            l.edit_agenda_item(item, Some("Welcome and grounding"), Some(12), Some("Ana M."), None)
                .map(|_| ()),
            "edit item",
        );
        w(l.move_agenda_item(item, 1).map(|_| ()), "move item");
        w(l.start_agenda_item(item).map(|_| ()), "start");
        w(l.finish_agenda_item(item).map(|_| ()), "finish");
        w(l.next_agenda_item(s).map(|_| ()), "next");
        w(l.previous_agenda_item(s).map(|_| ()), "previous");
        let group = if s == plan {
            table
        } else {
            l.add_group(
                s,
                NewGroup { name: "Table A".into(), language: Some("so".into()), ..Default::default() },
            )
            .unwrap()
            .id
        };
        let q = l.add_question(s, "What would make you feel safer?", Some("en")).unwrap().id;
        let a = l
            .add_concern(
                s,
                NewConcern { text: "Dark alley #lighting".into(), group: Some(group), ..Default::default() },
            )
            .unwrap()
            .id;
        let b = l
            .add_concern(
                s,
                NewConcern {
                    text: "Waa in la iftiimiyo".into(),
                    language: Some("so".into()),
                    interpretation: Some("It should be lit".into()),
                    interpretation_language: Some("en".into()),
                    location: Some("MLK & Othello".into()),
                    tags: vec!["lighting".into()],
                    ..Default::default()
                },
            )
            .unwrap()
            .id;
        w(
            l.edit_concern(
                a,
                ConcernEdit {
                    text: Some("Dark alley by the library".into()),
                    location: Some("Library".into()),
                    group: Some(None),
                    ..Default::default()
                },
            )
            .map(|_| ()),
            "edit concern",
        );
        w(l.tag_concern(a, &["youth".into()], &["lighting".into()]).map(|_| ()), "tag");
        w(l.set_concern_status(a, ConcernStatus::UnderReview).map(|_| ()), "status");
        w(l.merge_concern(b, a).map(|_| ()), "merge");
        w(l.unmerge_concern(b).map(|_| ()), "unmerge");
        let gone = l
            .add_concern(s, NewConcern { text: "Typed by mistake".into(), ..Default::default() })
            .unwrap()
            .id;
        w(l.delete_concern(gone).map(|_| ()), "delete own concern");
        w(l.add_note(s, "Several people agreed", Some(group), Some(q), Some("en")).map(|_| ()), "note");
        w(l.add_dot_count(s, a, 12).map(|_| ()), "dots");
        w(l.cast_ballot(s, "D1", BallotChoices::Dots(vec![a, b])).map(|_| ()), "dot ballot");
        w(l.cast_ballot(s, "R1", BallotChoices::Rank(vec![b, a])).map(|_| ()), "ranked ballot");
        let budget = BallotChoices::Budget { budget: 1_000, allocations: vec![(a, 300), (b, 700)] };
        w(l.cast_ballot(s, "B1", budget).map(|_| ()), "budget ballot");
        let si = l
            .add_signin(
                s,
                NewSignin {
                    name: Some("Hodan".into()),
                    phone: Some("+1 206 555 0100".into()),
                    consent: true,
                    language: Some("so".into()),
                    interpreter: true,
                    zip: Some("98118".into()),
                    ..Default::default()
                },
            )
            .unwrap()
            .id;
        w(l.assign_group(si, Some(group)).map(|_| ()), "assign");
        w(l.add_signin(s, NewSignin::default()).map(|_| ()), "anonymous sign-in");
        let sheet =
            b"name,neighbourhood,zip,language\nAbdi,Rainier Beach,98118,so\n,Columbia City,98118,vi\n";
        w(
            l.import_csv(s, CsvImportTable::Signins, "sheet.csv", sheet, false, &Localizer::new("en"))
                .map(|_| ()),
            "sign-in sheet",
        );
        w(
            l.import_csv(
                s,
                CsvImportTable::Agenda,
                "agenda.csv",
                b"title,minutes\nClosing,10\n",
                false,
                &Localizer::new("en"),
            )
            .map(|_| ()),
            "agenda sheet",
        );
        let action = l
            .add_action(NewAction {
                session: Some(s),
                title: "Walk the alley with SDOT".into(),
                owner: Some("Lt. Chen".into()),
                due: Some("2027-06-01".into()),
                concerns: vec![a],
                ..Default::default()
            })
            .unwrap()
            .id;
        w(
            l.edit_action(action, Some("Sgt. Diaz"), Some("2027-06-15"), Some("A night walk")).map(|_| ()),
            "edit action",
        );
        w(
            l.update_action(
                action,
                NewActionUpdate { text: "Walk done; two lights out".into(), ..Default::default() },
            )
            .map(|_| ()),
            "action update",
        );
    }
    // The run of show on the coordinator's item, a shared field; the session's title, reviewed.
    w(l.edit_agenda_item(planned, None, Some(45), None, None).map(|_| ()), "planned minutes");
    w(
        l.edit_session(plan, SessionEdit { title: Some("Summit (moved)".into()), ..Default::default() })
            .map(|_| ()),
        "plan title",
    );
    w(l.add_tag("bus-stops", Some("Bus stops"), TagKind::Topic, Some("healthy-places")).map(|_| ()), "tag");
    w(l.relabel_tag("bus-stops", "Bus stops and shelters").map(|_| ()), "relabel");
    l.add_tag("typo", None, TagKind::Topic, None).unwrap();
    w(l.remove_tag("typo").map(|_| ()), "remove own tag");
    assert!(writes >= 75, "the walk made {writes} writes");

    let (bundle, e) = l.bundle_bytes(&[plan, own, copy], true).unwrap();
    let r = co.import_bundle_bytes("laptop", &bundle);
    assert_eq!(r.status, ImportStatus::Quarantined);
    let (_, merged) = co.approve_device(&r.device_id.unwrap().to_string(), None).unwrap();
    let m = &merged[0];
    assert_eq!(m.status, ImportStatus::Imported, "{m:?}");
    assert_eq!(m.new_ops, e.ops + e.personal_ops, "every op arrived");
    assert_eq!(m.refused, 0, "no op the laptop made is refused: {m:?}");
    let held = co.held_changes().unwrap();
    let fields: Vec<Option<&str>> = held.iter().map(|h| h.field.as_deref()).collect();
    assert_eq!(fields, vec![Some("title")], "only the plan's title waits for review: {held:?}");
    assert!(co.doctor(true).unwrap().rebuild.unwrap().identical);
}
