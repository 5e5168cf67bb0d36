//! Property: after any random workload through the core API, rebuilding the materialized state
//! from the op log alone gives exactly the state that was there. The workload counts what the
//! core accepted: at least 80% of its actions, refused only for the reasons `ALLOWED` names.

mod common;

use convene::Convene;
use convene::actions::{ActionStatus, NewAction, NewActionUpdate};
use convene::agenda::NewAgendaItem;
use convene::concerns::{ConcernEdit, ConcernStatus, NewConcern};
use convene::groups::NewGroup;
use convene::ids::{AgendaItemId, ConcernId, GroupId, SessionId};
use convene::sessions::NewSession;
use convene::signins::NewSignin;
use convene::votes::BallotChoices;
use proptest::prelude::*;

/// One step of a random workload; indices pick among what exists so far.
#[derive(Debug, Clone)]
enum Step {
    Session,
    Agenda(usize, i64),
    MoveAgenda(usize, usize),
    StartAgenda(usize),
    Group(usize, u8),
    Signin(usize, bool, Option<usize>),
    Concern(usize, String, Option<usize>, Vec<String>),
    Edit(usize, String),
    Tag(usize, String),
    Status(usize, u8),
    Merge(usize, usize),
    Delete(usize),
    Dots(usize, i64),
    Ballot(usize, u8, Vec<usize>),
    Action(usize, Vec<usize>),
    Update(usize, u8),
    RetireTag(u8),
}

fn step() -> impl Strategy<Value = Step> {
    let idx = 0usize..8;
    let words = "[a-z]{1,8}( [a-z]{1,8}){0,4}";
    let tag = prop::sample::select(vec!["lighting", "youth", "traffic", "new-topic", "other"])
        .prop_map(String::from);
    prop_oneof![
        1 => Just(Step::Session),
        2 => (idx.clone(), 1i64..60).prop_map(|(s, m)| Step::Agenda(s, m)),
        1 => (idx.clone(), 1usize..6).prop_map(|(a, t)| Step::MoveAgenda(a, t)),
        1 => idx.clone().prop_map(Step::StartAgenda),
        2 => (idx.clone(), 0u8..4).prop_map(|(s, l)| Step::Group(s, l)),
        3 => (idx.clone(), any::<bool>(), prop::option::of(idx.clone())).prop_map(|(s, n, g)| Step::Signin(s, n, g)),
        5 => (idx.clone(), words, prop::option::of(idx.clone()), prop::collection::vec(tag.clone(), 0..3))
            .prop_map(|(s, t, g, tags)| Step::Concern(s, t, g, tags)),
        2 => (idx.clone(), "[a-z][a-z ]{0,29}").prop_map(|(c, t)| Step::Edit(c, t)),
        2 => (idx.clone(), tag).prop_map(|(c, t)| Step::Tag(c, t)),
        2 => (idx.clone(), 0u8..6).prop_map(|(c, s)| Step::Status(c, s)),
        1 => (idx.clone(), idx.clone()).prop_map(|(a, b)| Step::Merge(a, b)),
        1 => idx.clone().prop_map(Step::Delete),
        2 => (idx.clone(), 1i64..20).prop_map(|(c, n)| Step::Dots(c, n)),
        2 => (idx.clone(), 0u8..3, prop::collection::vec(idx.clone(), 1..4)).prop_map(|(s, k, cs)| Step::Ballot(s, k, cs)),
        1 => (idx.clone(), prop::collection::vec(idx.clone(), 0..3)).prop_map(|(s, cs)| Step::Action(s, cs)),
        1 => (idx.clone(), 0u8..4).prop_map(|(a, s)| Step::Update(a, s)),
        1 => (0u8..14).prop_map(Step::RetireTag),
    ]
}

fn pick<T: Copy>(v: &[T], i: usize) -> Option<T> {
    (!v.is_empty()).then(|| v[i % v.len()])
}

/// The `i`th of the items that belong to `session` (groups, concerns), if it has any.
fn pick_in<T: Copy>(v: &[(T, SessionId)], session: SessionId, i: usize) -> Option<T> {
    let mine: Vec<T> = v.iter().filter(|(_, s)| *s == session).map(|(x, _)| *x).collect();
    pick(&mine, i)
}

#[derive(Default)]
struct World {
    sessions: Vec<SessionId>,
    agenda: Vec<(AgendaItemId, SessionId)>,
    groups: Vec<(GroupId, SessionId)>,
    concerns: Vec<(ConcernId, SessionId)>,
    actions: Vec<convene::ids::ActionId>,
    tokens: usize,
}

static WORK: common::Workload = common::Workload::new();

/// Why a step may be refused: it picked a concern deleted earlier (not found), or merged a
/// concern into itself or into one that already leads back to it, or reused a ballot token, or
/// retired a tag that was retired already (not found).
const ALLOWED: &[&str] = &["not-found", "merge-into-self", "merge-cycle", "duplicate-token"];

/// Applies a step through the core API, counting what it accepted; a step with nothing to act on
/// (no session yet) attempts nothing.
fn apply(c: &mut Convene, w: &mut World, s: Step) {
    let what = format!("{s:?}");
    let rec = |r: convene::Result<()>| {
        WORK.record(&what, r, ALLOWED);
    };
    match s {
        Step::Session => rec(c
            .create_session(NewSession { title: "S".into(), ..Default::default() })
            .map(|o| w.sessions.push(o.id))),
        Step::Agenda(s, m) => {
            if let Some(s) = pick(&w.sessions, s) {
                rec(c
                    .add_agenda_item(
                        s,
                        NewAgendaItem { title: "Item".into(), minutes: m, ..Default::default() },
                    )
                    .map(|o| w.agenda.push((o.id, s))));
            }
        }
        Step::MoveAgenda(a, t) => {
            if let Some((a, s)) = pick(&w.agenda, a) {
                // A place the session's agenda has (1 is first).
                let items = w.agenda.iter().filter(|(_, x)| *x == s).count();
                rec(c.move_agenda_item(a, 1 + t % items).map(|_| ()));
            }
        }
        Step::StartAgenda(a) => {
            if let Some((a, _)) = pick(&w.agenda, a) {
                rec(c.start_agenda_item(a).map(|_| ()));
            }
        }
        Step::Group(s, l) => {
            if let Some(s) = pick(&w.sessions, s) {
                let language = ["en", "es", "vi", "so"][l as usize].to_string();
                let name = format!("G{}", w.groups.len());
                rec(c
                    .add_group(s, NewGroup { name, language: Some(language), ..Default::default() })
                    .map(|o| w.groups.push((o.id, s))));
            }
        }
        Step::Signin(s, named, g) => {
            if let Some(s) = pick(&w.sessions, s) {
                let group = g.and_then(|g| pick_in(&w.groups, s, g));
                rec(c
                    .add_signin(
                        s,
                        NewSignin {
                            name: named.then(|| "Pat Q.".to_string()),
                            zip: Some("98122".into()),
                            group,
                            ..Default::default()
                        },
                    )
                    .map(|_| ()));
            }
        }
        Step::Concern(s, text, g, tags) => {
            if let Some(s) = pick(&w.sessions, s) {
                let group = g.and_then(|g| pick_in(&w.groups, s, g));
                rec(c
                    .add_concern(s, NewConcern { text, group, tags, ..Default::default() })
                    .map(|o| w.concerns.push((o.id, s))));
            }
        }
        Step::Edit(x, t) => {
            if let Some((x, _)) = pick(&w.concerns, x) {
                rec(c.edit_concern(x, ConcernEdit { text: Some(t), ..Default::default() }).map(|_| ()));
            }
        }
        Step::Tag(x, t) => {
            if let Some((x, _)) = pick(&w.concerns, x) {
                rec(c.tag_concern(x, &[t], &["youth".into()]).map(|_| ()));
            }
        }
        Step::Status(x, st) => {
            if let Some((x, _)) = pick(&w.concerns, x) {
                rec(c.set_concern_status(x, ConcernStatus::ALL[st as usize]).map(|_| ()));
            }
        }
        Step::Merge(a, b) => {
            if let Some((a, s)) = pick(&w.concerns, a)
                && let Some(b) = pick_in(&w.concerns, s, b)
            {
                rec(c.merge_concern(a, b).map(|_| ()));
            }
        }
        Step::Delete(x) => {
            if let Some((x, _)) = pick(&w.concerns, x) {
                rec(c.delete_concern(x).map(|_| ()));
            }
        }
        Step::Dots(x, n) => {
            if let Some((x, s)) = pick(&w.concerns, x) {
                rec(c.add_dot_count(s, x, n).map(|_| ()));
            }
        }
        Step::Ballot(s, k, cs) => {
            if let Some(s) = pick(&w.sessions, s) {
                // Concerns of this session, each once (the ballot rules refuse repeats).
                let mut picked: Vec<ConcernId> = vec![];
                for i in cs {
                    if let Some(x) = pick_in(&w.concerns, s, i)
                        && !picked.contains(&x)
                    {
                        picked.push(x);
                    }
                }
                if picked.is_empty() {
                    return;
                }
                w.tokens += 1;
                let choices = match k {
                    0 => BallotChoices::Dots(picked),
                    1 => BallotChoices::Rank(picked),
                    _ => {
                        let n = picked.len() as i64;
                        let mut allocations: Vec<(ConcernId, i64)> =
                            picked.iter().map(|c| (*c, 100 / n)).collect();
                        allocations[0].1 += 100 - (100 / n) * n;
                        BallotChoices::Budget { budget: 100, allocations }
                    }
                };
                rec(c.cast_ballot(s, &format!("T{}", w.tokens % 5), choices).map(|_| ()));
            }
        }
        Step::Action(s, cs) => {
            let session = pick(&w.sessions, s);
            // An action of a session answers that session's concerns; one without, any.
            let concerns = match session {
                Some(s) => cs.iter().filter_map(|i| pick_in(&w.concerns, s, *i)).collect(),
                None => cs.iter().filter_map(|i| pick(&w.concerns, *i)).map(|(x, _)| x).collect(),
            };
            rec(c
                .add_action(NewAction { session, title: "Do it".into(), concerns, ..Default::default() })
                .map(|o| w.actions.push(o.id)));
        }
        Step::Update(a, st) => {
            if let Some(a) = pick(&w.actions, a) {
                rec(c
                    .update_action(
                        a,
                        NewActionUpdate {
                            text: "progress".into(),
                            status: Some(ActionStatus::ALL[st as usize]),
                            ..Default::default()
                        },
                    )
                    .map(|_| ()));
            }
        }
        Step::RetireTag(t) => rec(c.remove_tag(convene::tags::SEED_VOCABULARY[t as usize].0).map(|_| ())),
    }
}

/// One workload, then the rebuild.
fn check(steps: Vec<Step>) -> Result<(), TestCaseError> {
    let mut c = Convene::open_in_memory().unwrap();
    let mut w = World::default();
    for s in steps {
        apply(&mut c, &mut w, s);
    }
    let before = c.state_hash().unwrap();
    let tally_before: Vec<_> = w.sessions.iter().map(|s| c.tally(*s).unwrap()).collect();
    let report = c.doctor(true).unwrap();
    let rebuild = report.rebuild.unwrap();
    prop_assert!(rebuild.identical, "rebuild must be identical");
    prop_assert_eq!(&rebuild.state_hash_after, &before);
    let tally_after: Vec<_> = w.sessions.iter().map(|s| c.tally(*s).unwrap()).collect();
    prop_assert_eq!(tally_before, tally_after, "tallies read the same state");
    Ok(())
}

#[test]
fn rebuilding_from_the_op_log_gives_exactly_the_materialized_state() {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64);
    let config = ProptestConfig { cases, source_file: Some(file!()), ..ProptestConfig::default() };
    let mut runner = proptest::test_runner::TestRunner::new(config);
    if let Err(e) = runner.run(&prop::collection::vec(step(), 1..80), check) {
        panic!("rebuild differs: {e}");
    }
    WORK.assert_floor("rebuild workload", 0.8);
}
