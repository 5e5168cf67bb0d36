//! Every entity and rule of the meeting, through the core API.

use convene::Convene;
use convene::actions::{ActionStatus, ChangeBasis, NewAction, NewActionUpdate};
use convene::agenda::NewAgendaItem;
use convene::concerns::{ConcernFilter, ConcernStatus, NewConcern};
use convene::groups::NewGroup;
use convene::ids::SessionId;
use convene::sessions::{NewSession, SessionKind};
use convene::signins::{NewSignin, Role};
use convene::tags::TagKind;
use convene::votes::BallotChoices;

fn db() -> Convene {
    Convene::open_in_memory().unwrap()
}

fn session(c: &mut Convene) -> SessionId {
    c.create_session(NewSession {
        title: "West Precinct Summit".into(),
        kind: Some(SessionKind::Summit),
        precinct: Some("West".into()),
        room_minutes: Some(90),
        languages: vec!["en".into()],
        interpreted: vec!["es".into(), "vi".into()],
        ..Default::default()
    })
    .unwrap()
    .id
}

fn concern(c: &mut Convene, s: SessionId, text: &str) -> convene::ids::ConcernId {
    c.add_concern(s, NewConcern { text: text.into(), ..Default::default() }).unwrap().id
}

#[test]
fn programmes_group_sessions_by_precinct() {
    let mut c = db();
    let p = c.create_programme("Safe Communities 2027", None).unwrap().id;
    for precinct in ["North", "East", "East"] {
        c.create_session(NewSession {
            title: "Summit".into(),
            programme: Some(p),
            precinct: Some(precinct.into()),
            ..Default::default()
        })
        .unwrap();
    }
    let p = c.programme(p).unwrap();
    assert_eq!(p.sessions, 3);
    assert_eq!(p.precincts.len(), 2, "each precinct listed once: {:?}", p.precincts);
}

#[test]
fn sessions_keep_languages_and_duplicate_their_plan() {
    let mut c = db();
    let s = session(&mut c);
    c.add_agenda_item(s, NewAgendaItem { title: "Welcome".into(), minutes: 10, ..Default::default() })
        .unwrap();
    c.add_group(s, NewGroup { name: "Table 1".into(), language: Some("es".into()), ..Default::default() })
        .unwrap();
    c.add_question(s, "What matters most?", None).unwrap();
    let x = c.session(s).unwrap();
    assert_eq!(x.interpreted, vec!["es", "vi"]);
    concern(&mut c, s, "Not copied");
    let second = c.duplicate_session(s, "West Precinct Summit, round 2", Some("2027-09-01")).unwrap().id;
    let sum = c.session_summary(second).unwrap();
    assert_eq!(
        (sum.agenda_items, sum.groups, sum.questions, sum.concerns),
        (1, 1, 1, 0),
        "the plan is copied, what was said is not"
    );
    assert_eq!(sum.session.interpreted, vec!["es", "vi"]);
}

#[test]
fn agenda_orders_moves_and_records_actual_times() {
    let mut c = db();
    let s = session(&mut c);
    let ids: Vec<_> = ["Welcome", "Presentation", "Breakouts", "Closing"]
        .iter()
        .map(|t| {
            c.add_agenda_item(s, NewAgendaItem { title: t.to_string(), minutes: 15, ..Default::default() })
                .unwrap()
                .id
        })
        .collect();
    c.move_agenda_item(ids[3], 1).unwrap();
    let titles: Vec<String> = c.agenda(s).unwrap().into_iter().map(|i| i.title).collect();
    assert_eq!(titles, ["Closing", "Welcome", "Presentation", "Breakouts"]);
    c.move_agenda_item(ids[3], 4).unwrap();
    c.move_agenda_item(ids[0], 2).unwrap();
    let titles: Vec<String> = c.agenda(s).unwrap().into_iter().map(|i| i.title).collect();
    assert_eq!(titles, ["Presentation", "Welcome", "Breakouts", "Closing"]);
    assert!(c.move_agenda_item(ids[0], 9).is_err(), "there is no ninth place");

    assert_eq!(c.finish_agenda_item(ids[1]).unwrap_err().code(), "agenda-not-started");
    let first = c.next_agenda_item(s).unwrap().unwrap();
    assert_eq!(c.agenda_item(first).unwrap().title, "Presentation");
    let second = c.next_agenda_item(s).unwrap().unwrap();
    let items = c.agenda(s).unwrap();
    assert!(items[0].finished_at.is_some(), "moving on finishes the running item");
    assert_eq!(c.current_agenda_item(s).unwrap().unwrap().id, second);
    let started_first = c.agenda_item(first).unwrap().started_at;
    assert_eq!(c.previous_agenda_item(s).unwrap(), Some(first), "stepping back reopens the item before");
    assert_eq!(c.current_agenda_item(s).unwrap().unwrap().id, first);
    assert_eq!(c.agenda_item(first).unwrap().started_at, started_first, "its real start is kept");
    assert_eq!(c.agenda_item(second).unwrap().started_at, None, "the item stepped back from had not begun");
    assert_eq!(c.next_agenda_item(s).unwrap(), Some(second));
    c.next_agenda_item(s).unwrap();
    c.next_agenda_item(s).unwrap();
    assert_eq!(c.next_agenda_item(s).unwrap(), None, "after the last item the agenda is done");
    assert!(c.agenda(s).unwrap().iter().all(|i| i.actual_minutes.is_some()), "every item has an actual time");
}

#[test]
fn sign_ins_count_anonymous_people_and_keep_contacts_apart() {
    let mut c = db();
    let s = session(&mut c);
    let es = c
        .add_group(s, NewGroup { name: "Mesa 2".into(), language: Some("es".into()), ..Default::default() })
        .unwrap()
        .id;
    c.add_group(s, NewGroup { name: "Table 1".into(), language: Some("en".into()), ..Default::default() })
        .unwrap();
    c.add_signin(s, NewSignin::default()).unwrap();
    c.add_signin(
        s,
        NewSignin {
            name: Some("Marisol T.".into()),
            zip: Some("98106".into()),
            language: Some("es".into()),
            interpreter: true,
            role: Some(Role::Business),
            email: Some("marisol@example.org".into()),
            consent: true,
            group: Some(es),
            ..Default::default()
        },
    )
    .unwrap();
    let a = c.attendance(s).unwrap();
    assert_eq!((a.total, a.anonymous, a.interpreter_needed), (2, 1, 1), "an anonymous sign-in still counts");
    assert_eq!(a.by_role["business"], 1);
    assert_eq!(a.by_group["Mesa 2"], 1);
    let listed = serde_json::to_string(&c.signins(s).unwrap()).unwrap();
    assert!(
        !listed.contains("Marisol") && !listed.contains("example.org"),
        "the sheet shows no names: {listed}"
    );
    assert_eq!(c.signin_contacts(s).unwrap()[0].email.as_deref(), Some("marisol@example.org"));
    assert_eq!(
        c.suggest_group(s, Some("es-MX")).unwrap(),
        Some(es),
        "a Spanish speaker is offered the Spanish table"
    );
    let dupes = c.likely_duplicate_signins(s, Some("  marisol t. "), None, None).unwrap();
    assert_eq!(dupes.len(), 1, "the same name, spaced and cased differently, is flagged");
    assert_eq!(
        c.add_signin(s, NewSignin { phone: Some("206 555 0100".into()), ..Default::default() })
            .unwrap_err()
            .code(),
        "consent-required"
    );
}

#[test]
fn concerns_keep_original_and_interpretation_and_both_are_searchable() {
    let mut c = db();
    let s = session(&mut c);
    let id = c
        .add_concern(
            s,
            NewConcern {
                text: "Las calles están muy oscuras #lighting".into(),
                language: Some("es".into()),
                interpretation: Some("The streets are very dark".into()),
                interpretation_language: Some("en".into()),
                location: Some("Delridge Way".into()),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
    let x = c.concern(id).unwrap();
    assert_eq!(x.text, "Las calles están muy oscuras");
    assert_eq!(x.tags, vec!["lighting"]);
    for q in ["oscuras", "dark streets", "delridge"] {
        let found = c.concerns(s, &ConcernFilter { search: Some(q.into()), ..Default::default() }).unwrap();
        assert_eq!(found.len(), 1, "search for {q:?} finds it in the original, interpretation or place");
    }
    c.tag_concern(id, &["#Youth".into()], &["lighting".into()]).unwrap();
    assert_eq!(c.concern(id).unwrap().tags, vec!["youth"]);
    c.set_concern_status(id, ConcernStatus::UnderReview).unwrap();
    let by_status = c
        .concerns(s, &ConcernFilter { status: Some(ConcernStatus::UnderReview), ..Default::default() })
        .unwrap();
    assert_eq!(by_status.len(), 1);
    let unknown = c
        .add_concern(
            s,
            NewConcern { text: "Scooters on sidewalks #micromobility".into(), ..Default::default() },
        )
        .unwrap();
    assert!(c.tag("micromobility").is_ok(), "a new #tag joins the vocabulary");
    let _ = unknown;
}

#[test]
fn merged_duplicates_pool_their_votes_and_cannot_loop() {
    let mut c = db();
    let s = session(&mut c);
    let a = concern(&mut c, s, "Street lights out on Alki Ave");
    let b = concern(&mut c, s, "Alki Ave street lights are out");
    let other = concern(&mut c, s, "Speeding on Admiral Way");
    c.add_dot_count(s, a, 4).unwrap();
    c.add_dot_count(s, b, 3).unwrap();
    c.add_dot_count(s, other, 5).unwrap();
    let suggestions = c.duplicate_suggestions(s, 0.5).unwrap();
    assert_eq!(suggestions.len(), 1, "the two lighting concerns are suggested: {suggestions:?}");
    assert_eq!((suggestions[0].concern, suggestions[0].likely_duplicate_of), (b, a));
    c.merge_concern(b, a).unwrap();
    assert_eq!(c.merge_concern(a, b).unwrap_err().code(), "merge-cycle", "a loop of duplicates is refused");
    let t = c.tally(s).unwrap();
    assert_eq!(t.dots[0].concern, a);
    assert_eq!(t.dots[0].score, 7, "the duplicate's 3 dots count for the original");
    assert_eq!(
        c.concerns(s, &ConcernFilter::default()).unwrap().len(),
        2,
        "the board hides merged duplicates"
    );
    c.unmerge_concern(b).unwrap();
    assert_eq!(c.tally(s).unwrap().dots[0].concern, other, "unmerged, the votes split again");
}

#[test]
fn ballots_of_every_kind_one_per_token() {
    let mut c = db();
    let s = session(&mut c);
    let [x, y, z] = ["Lighting", "Youth programs", "Interpreters"].map(|t| concern(&mut c, s, t));
    c.cast_ballot(s, "A1", BallotChoices::Dots(vec![x, x, y])).unwrap();
    c.cast_ballot(s, "A1", BallotChoices::Rank(vec![y, x])).unwrap();
    c.cast_ballot(s, "A2", BallotChoices::Rank(vec![x, y, z])).unwrap();
    c.cast_ballot(s, "A3", BallotChoices::Rank(vec![x, z])).unwrap();
    c.cast_ballot(s, "A1", BallotChoices::Budget { budget: 100, allocations: vec![(z, 70), (x, 30)] })
        .unwrap();
    assert_eq!(c.cast_ballot(s, "A2", BallotChoices::Rank(vec![z])).unwrap_err().code(), "duplicate-token");
    assert_eq!(c.cast_ballot(s, "A4", BallotChoices::Rank(vec![])).unwrap_err().code(), "empty-ballot");
    assert_eq!(
        c.cast_ballot(s, "A5", BallotChoices::Budget { budget: 100, allocations: vec![(z, -10), (x, 110)] })
            .unwrap_err()
            .code(),
        "negative-allocation"
    );
    let t = c.tally(s).unwrap();
    assert_eq!(t.dots.iter().map(|d| d.score).collect::<Vec<_>>(), vec![2, 1]);
    let r = t.ranked.unwrap();
    assert_eq!(r.ballots, 3);
    // Borda with 3 candidates: x = 1 + 2 + 2 = 5, y = 2 + 1 = 3, z = 0 + 1 + 0... z = 0 (A2 third) + 1 (A3 second) = 1.
    assert_eq!(
        r.borda.iter().map(|b| (b.concern, b.score)).collect::<Vec<_>>(),
        vec![(x, 5), (y, 3), (z, 1)]
    );
    assert_eq!(r.irv_winner, Some(x), "x has 2 of 3 first choices");
    assert_eq!(t.budget.unwrap()[0].score, 70);
}

#[test]
fn a_vote_on_another_sessions_concern_is_refused() {
    let mut c = db();
    let s = session(&mut c);
    let other = session(&mut c);
    let elsewhere = concern(&mut c, other, "Graffiti");
    assert_eq!(c.add_dot_count(s, elsewhere, 2).unwrap_err().code(), "wrong-session");
    assert_eq!(
        c.cast_ballot(s, "T", BallotChoices::Dots(vec![elsewhere])).unwrap_err().code(),
        "wrong-session"
    );
}

#[test]
fn actions_answer_concerns_with_dated_updates_and_a_basis() {
    let mut c = db();
    let s = session(&mut c);
    let lights = concern(&mut c, s, "Dark streets");
    let a = c
        .add_action(NewAction {
            session: Some(s),
            title: "Fix the lights".into(),
            owner: Some("City Light".into()),
            due: Some("2027-05-01".into()),
            concerns: vec![lights],
            basis: Some(ChangeBasis::CommunityInput),
            ..Default::default()
        })
        .unwrap()
        .id;
    assert_eq!(
        c.concern(lights).unwrap().status,
        ConcernStatus::ActionPlanned,
        "a concern with an action is no longer new"
    );
    c.update_action(
        a,
        NewActionUpdate {
            on_date: Some("2027-04-02".into()),
            text: "Survey done".into(),
            status: Some(ActionStatus::InProgress),
            ..Default::default()
        },
    )
    .unwrap();
    c.update_action(
        a,
        NewActionUpdate {
            on_date: Some("2027-04-20".into()),
            text: "All 14 lights fixed".into(),
            status: Some(ActionStatus::Done),
            basis: Some(ChangeBasis::ResultBased),
        },
    )
    .unwrap();
    let x = c.action(a).unwrap();
    assert_eq!(x.status, ActionStatus::Done);
    assert_eq!(x.basis, ChangeBasis::ResultBased);
    assert_eq!(
        x.updates.iter().map(|u| u.on_date.as_str()).collect::<Vec<_>>(),
        ["2027-04-02", "2027-04-20"]
    );
    assert_eq!(
        c.concern(lights).unwrap().status,
        ConcernStatus::Done,
        "finishing the action closes its concern"
    );
    assert_eq!(c.actions(None, Some("West")).unwrap().len(), 1, "actions take the session's precinct");
    assert_eq!(
        c.update_action(
            a,
            NewActionUpdate { on_date: Some("April".into()), text: "x".into(), ..Default::default() }
        )
        .unwrap_err()
        .code(),
        "invalid-date"
    );
}

#[test]
fn the_vocabulary_is_seeded_and_editable() {
    let mut c = db();
    let tags = c.tags().unwrap();
    let pillars: Vec<&str> =
        tags.iter().filter(|t| t.kind == TagKind::Pillar).map(|t| t.slug.as_str()).collect();
    assert_eq!(pillars.len(), 4, "the four pillars: {pillars:?}");
    for topic in [
        "traffic",
        "lighting",
        "youth",
        "homelessness",
        "mental-health",
        "domestic-violence",
        "property-crime",
        "drugs",
        "trust-and-accountability",
        "language-access",
    ] {
        let t = c.tag(topic).unwrap();
        assert!(t.pillar.is_some(), "{topic} is filed under a pillar");
    }
    c.add_tag("noise", Some("Noise"), TagKind::Topic, Some("healthy-places")).unwrap();
    assert_eq!(c.add_tag("noise", None, TagKind::Topic, None).unwrap_err().code(), "tag-exists");
    c.relabel_tag("noise", "Noise at night").unwrap();
    assert_eq!(c.tag("noise").unwrap().label, "Noise at night");
    c.remove_tag("noise").unwrap();
    assert!(c.tag("noise").is_err());
    c.add_tag("noise", None, TagKind::Topic, None).unwrap();
    assert!(c.tag("noise").is_ok(), "a removed tag can come back");
    assert_eq!(
        c.add_tag("x", None, TagKind::Topic, Some("traffic")).unwrap_err().code(),
        "invalid-choice",
        "a topic's pillar must be a pillar"
    );
}

#[test]
fn a_database_reopens_with_its_device_and_state() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.sqlite3");
    let (device, hash) = {
        let mut c = Convene::open(&path).unwrap();
        c.set_device_name("Table 3 laptop").unwrap();
        c.create_demo(7).unwrap();
        (c.device_id(), c.state_hash().unwrap())
    };
    let c = Convene::open(&path).unwrap();
    assert_eq!(c.device_id(), device, "the device keeps its identity");
    assert_eq!(c.device_name().unwrap().as_deref(), Some("Table 3 laptop"));
    assert_eq!(c.state_hash().unwrap(), hash, "reopening changes nothing");
}

#[test]
fn the_demo_is_a_plausible_summit() {
    let mut c = db();
    let s = c.create_demo(2027).unwrap();
    let sum = c.session_summary(s).unwrap();
    assert!(sum.signins >= 50 && sum.concerns >= 30 && sum.groups >= 6, "{sum:?}");
    assert!(sum.planned_minutes <= sum.session.room_minutes.unwrap(), "the agenda fits the room booking");
    let a = c.attendance(s).unwrap();
    assert!(a.by_language.len() >= 5, "an interpreted summit: {:?}", a.by_language);
    let t = c.tally(s).unwrap();
    assert!(t.dots.len() >= 20 && t.dots[0].score >= t.dots[t.dots.len() - 1].score);
    let r = t.ranked.expect("ranked ballots");
    assert_eq!(r.ballots, 25);
    assert!(r.irv_winner.is_some());
    assert_eq!(t.budget_ballots, 15);
    assert!(c.actions(Some(s), None).unwrap().len() >= 3);
}

#[test]
fn a_version_1_database_upgrades_and_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    // What a person sees: every table but the sign-ins' (whose accessibility needs version 4
    // moved into the sealed contacts), and the sign-ins as the app lists them.
    let seen = |c: &Convene| {
        let dump = convene::doctor::state_dump(c.store().connection()).unwrap();
        let rest: Vec<_> = dump
            .into_iter()
            .filter(|(e, _)| {
                !matches!(e, convene::oplog::Entity::Signin | convene::oplog::Entity::SigninContact)
            })
            .collect();
        let signins: Vec<_> = c.sessions().unwrap().iter().map(|s| c.signins(s.id).unwrap()).collect();
        (convene::doctor::state_hash(&rest), format!("{signins:?}"))
    };
    let hash = {
        let mut c = Convene::open(&path).unwrap();
        c.create_demo(1).unwrap();
        seen(&c)
    };
    // Turn it back into what version 1 wrote: no trust store, no ledger, no verdicts.
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE ops_v1 (op_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, seq INTEGER NOT NULL CHECK (seq > 0),
               hlc INTEGER NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL,
               change TEXT NOT NULL CHECK (json_valid(change)), prev TEXT, UNIQUE (device_id, seq)) STRICT;
             INSERT INTO ops_v1 SELECT op_id, device_id, seq, hlc, entity, entity_id, change, prev FROM ops ORDER BY arrival;
             DROP TABLE ops; ALTER TABLE ops_v1 RENAME TO ops;
             CREATE INDEX ops_by_entity ON ops (entity, entity_id, hlc, device_id, op_id);
             DROP TABLE delegations; DROP TABLE reviews;
             UPDATE signins SET accessibility = (SELECT c.accessibility FROM signin_contacts c WHERE c.id = signins.id);
             ALTER TABLE signin_contacts DROP COLUMN accessibility;
             DROP TABLE bundles; DROP TABLE devices; PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let mut c = Convene::open(&path).unwrap();
    assert_eq!(seen(&c), hash, "the meeting survives the upgrade");
    let v: i64 = c.store().connection().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, convene::storage::SCHEMA_VERSION, "the file records its new schema version");
    assert!(c.devices().is_ok() && c.key_info().is_ok(), "the new tables work");
}

#[test]
fn report_back_follows_a_concern_to_its_action() {
    let mut c = db();
    let s = session(&mut c);
    let concern = |c: &mut Convene, text: &str| {
        c.add_concern(s, NewConcern { text: text.into(), ..Default::default() }).unwrap().id
    };
    let lights = concern(&mut c, "Street lights out on 23rd Ave");
    let again = concern(&mut c, "Lights out on 23rd again");
    let parking = concern(&mut c, "Parking on the sidewalk");
    c.merge_concern(again, lights).unwrap();
    c.add_dot_count(s, lights, 5).unwrap();
    c.add_action(NewAction {
        title: "Repair the 23rd Ave lights".into(),
        concerns: vec![lights],
        ..Default::default()
    })
    .unwrap();

    let trace = c.report_back(None).unwrap();
    assert_eq!(trace.len(), 2, "a merged duplicate is part of its concern's trace, not a row of its own");
    assert_eq!(trace[0].card.concern.id, lights, "most-voted first");
    assert_eq!(trace[0].card.session_kind, SessionKind::Summit, "where it was raised");
    assert_eq!(trace[0].also_raised.len(), 1, "the duplicate shows as raised again");
    assert_eq!(trace[0].actions.len(), 1, "and its action follows it");
    assert_eq!(trace[1].card.concern.id, parking);
    assert!(trace[1].actions.is_empty(), "a concern without an action says so");
    assert!(c.report_back(Some("Nowhere")).unwrap().is_empty(), "another precinct's trace is its own");
}
