//! Property: after any random workload through the core API, rebuilding the materialized state
//! from the op log alone gives exactly the state that was there.

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
        2 => (idx.clone(), "[a-z ]{1,30}").prop_map(|(c, t)| Step::Edit(c, t)),
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

#[derive(Default)]
struct World {
    sessions: Vec<SessionId>,
    agenda: Vec<AgendaItemId>,
    groups: Vec<GroupId>,
    concerns: Vec<ConcernId>,
    actions: Vec<convene::ids::ActionId>,
    tokens: usize,
}

/// Applies a step; refusals (a concern from another session, say) are part of the workload.
fn apply(c: &mut Convene, w: &mut World, s: Step) {
    let _ = (|| -> convene::Result<()> {
        match s {
            Step::Session => {
                w.sessions.push(c.create_session(NewSession { title: "S".into(), ..Default::default() })?.id)
            }
            Step::Agenda(s, m) => {
                if let Some(s) = pick(&w.sessions, s) {
                    w.agenda.push(
                        c.add_agenda_item(
                            s,
                            NewAgendaItem { title: "Item".into(), minutes: m, ..Default::default() },
                        )?
                        .id,
                    );
                }
            }
            Step::MoveAgenda(a, t) => {
                if let Some(a) = pick(&w.agenda, a) {
                    c.move_agenda_item(a, t)?;
                }
            }
            Step::StartAgenda(a) => {
                if let Some(a) = pick(&w.agenda, a) {
                    c.start_agenda_item(a)?;
                }
            }
            Step::Group(s, l) => {
                if let Some(s) = pick(&w.sessions, s) {
                    let language = ["en", "es", "vi", "so"][l as usize].to_string();
                    w.groups.push(
                        c.add_group(
                            s,
                            NewGroup {
                                name: format!("G{}", w.groups.len()),
                                language: Some(language),
                                ..Default::default()
                            },
                        )?
                        .id,
                    );
                }
            }
            Step::Signin(s, named, g) => {
                if let Some(s) = pick(&w.sessions, s) {
                    let group = g.and_then(|g| pick(&w.groups, g));
                    c.add_signin(
                        s,
                        NewSignin {
                            name: named.then(|| "Pat Q.".to_string()),
                            zip: Some("98122".into()),
                            group,
                            ..Default::default()
                        },
                    )?;
                }
            }
            Step::Concern(s, text, g, tags) => {
                if let Some(s) = pick(&w.sessions, s) {
                    let group = g.and_then(|g| pick(&w.groups, g));
                    w.concerns
                        .push(c.add_concern(s, NewConcern { text, group, tags, ..Default::default() })?.id);
                }
            }
            Step::Edit(x, t) => {
                if let Some(x) = pick(&w.concerns, x) {
                    c.edit_concern(x, ConcernEdit { text: Some(t), ..Default::default() })?;
                }
            }
            Step::Tag(x, t) => {
                if let Some(x) = pick(&w.concerns, x) {
                    c.tag_concern(x, &[t], &["youth".into()])?;
                }
            }
            Step::Status(x, st) => {
                if let Some(x) = pick(&w.concerns, x) {
                    c.set_concern_status(x, ConcernStatus::ALL[st as usize])?;
                }
            }
            Step::Merge(a, b) => {
                if let (Some(a), Some(b)) = (pick(&w.concerns, a), pick(&w.concerns, b)) {
                    c.merge_concern(a, b)?;
                }
            }
            Step::Delete(x) => {
                if let Some(x) = pick(&w.concerns, x) {
                    c.delete_concern(x)?;
                }
            }
            Step::Dots(x, n) => {
                if let Some(x) = pick(&w.concerns, x) {
                    let s = c.concern(x)?.session_id;
                    c.add_dot_count(s, x, n)?;
                }
            }
            Step::Ballot(s, k, cs) => {
                if let Some(s) = pick(&w.sessions, s) {
                    let cs: Vec<ConcernId> = cs.iter().filter_map(|i| pick(&w.concerns, *i)).collect();
                    w.tokens += 1;
                    let choices = match k {
                        0 => BallotChoices::Dots(cs),
                        1 => BallotChoices::Rank(cs),
                        _ => {
                            let n = cs.len().max(1) as i64;
                            let mut allocations: Vec<(ConcernId, i64)> =
                                cs.iter().map(|c| (*c, 100 / n)).collect();
                            if let Some(first) = allocations.first_mut() {
                                first.1 += 100 - (100 / n) * n;
                            }
                            BallotChoices::Budget { budget: 100, allocations }
                        }
                    };
                    c.cast_ballot(s, &format!("T{}", w.tokens % 5), choices)?;
                }
            }
            Step::Action(s, cs) => {
                let session = pick(&w.sessions, s);
                let concerns = cs.iter().filter_map(|i| pick(&w.concerns, *i)).collect();
                w.actions.push(
                    c.add_action(NewAction {
                        session,
                        title: "Do it".into(),
                        concerns,
                        ..Default::default()
                    })?
                    .id,
                );
            }
            Step::Update(a, st) => {
                if let Some(a) = pick(&w.actions, a) {
                    c.update_action(
                        a,
                        NewActionUpdate {
                            text: "progress".into(),
                            status: Some(ActionStatus::ALL[st as usize]),
                            ..Default::default()
                        },
                    )?;
                }
            }
            Step::RetireTag(t) => {
                let _ = c.remove_tag(convene::tags::SEED_VOCABULARY[t as usize].0);
            }
        }
        Ok(())
    })();
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64),
        ..ProptestConfig::default()
    })]

    #[test]
    fn rebuilding_from_the_op_log_gives_exactly_the_materialized_state(steps in prop::collection::vec(step(), 1..80)) {
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
    }
}
