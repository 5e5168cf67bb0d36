//! Merge laws: any set of laptops' bundles, imported in any order, any number of times, gives
//! byte-identical materialized state and tallies. Runs 5,000 cases in the full suite
//! (MERGE_CASES=5000 from scripts/test.sh) and 50,000 in scripts/long-checks.sh.
//!
//! Two orders agreeing is not enough: a merge that drops the same op in both would pass. So each
//! case also builds an oracle: one database holding the union of every laptop's op log, copied
//! in raw and folded in op order. The imported state must equal it. This guards the import path
//! (verification, ledger, batching, refolding what a bundle touches), not the fold itself, which
//! both sides share; `fold.rs` and `tests/rebuild.rs` test the fold.
//!
//! The laptops' workload counts what the core accepted: a generator whose actions were mostly
//! refused would prove nothing, so at least 80% must be accepted, and a refusal is allowed only
//! for the reasons `ALLOWED` names.
//!
//! Honest laptops' clocks may be off by ten years either way, or at the BIOS default of 2001.
//! A quarter of the cases add an adversarial laptop, approved like the others, whose second bundle is
//! crafted and signed with its own key: work in sessions it was not given, values that do not
//! fit, overflowing counts, deletes of others' concerns, the coordinator's title, ballots
//! stamped at the dawn of time under honest tokens, stamps that cannot be clocks. Besides the
//! laws, each such case checks that the honest laptops' records and tallies are exactly what
//! they are without it, that revoking it gives exactly the state without it, and that no
//! receiver's clock ran ahead of its own wall clock.

mod common;

use convene::Convene;
use convene::concerns::{ConcernStatus, NewConcern};
use convene::exchange::ImportStatus;
use convene::groups::NewGroup;
use convene::ids::{AgendaItemId, ConcernId, GroupId, SessionId};
use convene::oplog::clock::Clock;
use convene::oplog::{Change, Entity, Op};
use convene::sessions::{NewSession, SessionEdit};
use convene::signins::NewSignin;
use convene::votes::BallotChoices;
use proptest::prelude::*;
use serde_json::json;

struct Coordinator {
    session: SessionId,
    /// Another session of the coordinator's, in no kit: nobody is given it.
    other: SessionId,
    agenda: AgendaItemId,
    groups: Vec<GroupId>,
    kit: Vec<u8>,
    identity: String,
}

fn coordinator() -> Coordinator {
    let mut c = Convene::open_in_memory().unwrap();
    c.set_device_name("Coordinator").unwrap();
    c.coordinator_init().unwrap();
    let session = c
        .create_session(NewSession {
            title: "Summit".into(),
            precinct: Some("East".into()),
            ..Default::default()
        })
        .unwrap()
        .id;
    let agenda = c
        .add_agenda_item(
            session,
            convene::agenda::NewAgendaItem { title: "Breakouts".into(), minutes: 40, ..Default::default() },
        )
        .unwrap()
        .id;
    let groups = ["Table 1", "Table 2"]
        .iter()
        .map(|n| c.add_group(session, NewGroup { name: n.to_string(), ..Default::default() }).unwrap().id)
        .collect();
    let other =
        c.create_session(NewSession { title: "Second summit".into(), ..Default::default() }).unwrap().id;
    let (kit, _) = c.kit_bytes(&[session]).unwrap();
    let identity = c.coordinator_identity_text().unwrap().unwrap();
    Coordinator { session, other, agenda, groups, kit, identity }
}

#[derive(Debug, Clone)]
enum Act {
    Concern(u8, u8),
    AgendaMinutes(i64),
    SessionTitle(u8),
    Status(usize, u8),
    Text(usize, u8),
    Dots(usize, i64),
    Ballot(u8, u8, Vec<usize>),
    Signin(bool),
    /// One of its concerns removed as personal information.
    Redact(usize),
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        4 => (0u8..6, 0u8..2).prop_map(|(t, g)| Act::Concern(t, g)),
        2 => (5i64..60).prop_map(Act::AgendaMinutes),
        1 => (0u8..3).prop_map(Act::SessionTitle),
        2 => (0usize..8, 0u8..6).prop_map(|(c, s)| Act::Status(c, s)),
        1 => (0usize..8, 0u8..3).prop_map(|(c, t)| Act::Text(c, t)),
        2 => (0usize..8, 1i64..9).prop_map(|(c, n)| Act::Dots(c, n)),
        2 => (0u8..3, 0u8..3, prop::collection::vec(0usize..8, 1..4)).prop_map(|(t, k, cs)| Act::Ballot(t, k, cs)),
        2 => any::<bool>().prop_map(Act::Signin),
        1 => (0usize..8).prop_map(Act::Redact),
    ]
}

const TEXTS: [&str; 6] =
    ["Dark streets", "Speeding", "Youth programs", "Interpreters at 911", "Car break-ins", "Park lighting"];

static WORK: common::Workload = common::Workload::new();

/// Why an honest laptop's action may be refused: a ballot token it already used for that kind of
/// ballot (tokens are shared on purpose, so the merge meets repeats).
const ALLOWED: &[&str] = &["duplicate-token"];

const YEAR_MS: i64 = 365 * 86_400_000;

/// A laptop's clock: right, ten years ahead, ten years behind, or reset to 2001.
fn clock_of(k: u8) -> Clock {
    match k % 4 {
        0 => Clock::System,
        1 => Clock::Offset(10 * YEAR_MS),
        2 => Clock::Offset(-10 * YEAR_MS),
        _ => Clock::Fixed(978_307_200_000 + 3_600_000 * k as i64),
    }
}

/// One laptop's evening: its bundle, and its whole op log for the oracle.
fn laptop(co: &Coordinator, n: usize, acts: &[Act], clock: Clock) -> (Vec<u8>, Convene) {
    let mut c = Convene::open_in_memory().unwrap();
    c.set_clock(clock);
    c.set_device_name(&format!("Laptop {n}")).unwrap();
    c.import_kit_bytes("kit", &co.kit, false).unwrap();
    let s = co.session;
    let mut mine: Vec<ConcernId> = vec![];
    for a in acts {
        let pick = |i: &usize| (!mine.is_empty()).then(|| mine[i % mine.len()]);
        let done: Option<convene::Result<()>> = match a {
            Act::Concern(t, g) => Some(
                c.add_concern(
                    s,
                    NewConcern {
                        text: TEXTS[*t as usize].into(),
                        group: Some(co.groups[*g as usize]),
                        tags: vec!["lighting".into()],
                        ..Default::default()
                    },
                )
                .map(|o| mine.push(o.id)),
            ),
            Act::AgendaMinutes(m) => {
                Some(c.edit_agenda_item(co.agenda, None, Some(*m), None, None).map(|_| ()))
            }
            Act::SessionTitle(t) => Some(
                c.edit_session(s, SessionEdit { title: Some(format!("Summit {t}")), ..Default::default() })
                    .map(|_| ()),
            ),
            Act::Status(i, st) => {
                pick(i).map(|x| c.set_concern_status(x, ConcernStatus::ALL[*st as usize]).map(|_| ()))
            }
            Act::Text(i, t) => pick(i).map(|x| {
                c.edit_concern(
                    x,
                    convene::concerns::ConcernEdit {
                        text: Some(format!("{} (edited {t})", TEXTS[*t as usize])),
                        ..Default::default()
                    },
                )
                .map(|_| ())
            }),
            Act::Dots(i, k) => pick(i).map(|x| c.add_dot_count(s, x, *k).map(|_| ())),
            Act::Ballot(token, kind, cs) => {
                let cs: Vec<ConcernId> = cs.iter().filter_map(pick).collect();
                let empty = cs.is_empty();
                // A ranked or budget ballot names each concern once: keep first occurrences.
                let mut dedup: Vec<ConcernId> = vec![];
                for c in &cs {
                    if !dedup.contains(c) {
                        dedup.push(*c);
                    }
                }
                let choices = match kind {
                    0 => BallotChoices::Dots(cs),
                    1 => BallotChoices::Rank(dedup),
                    _ => BallotChoices::Budget {
                        budget: 10,
                        allocations: dedup.first().map(|c| vec![(*c, 10)]).unwrap_or_default(),
                    },
                };
                // Tokens are shared across laptops: the merge keeps the first ballot per token.
                (!empty).then(|| c.cast_ballot(s, &format!("T{token}"), choices).map(|_| ()))
            }
            Act::Redact(i) => pick(i).map(|x| {
                let r = c.redact(convene::redaction::Redaction::Concern(x)).map(|_| ());
                if r.is_ok() {
                    mine.retain(|m| *m != x);
                }
                r
            }),
            Act::Signin(named) => Some(
                c.add_signin(
                    s,
                    NewSignin {
                        name: named.then(|| format!("Person {n}")),
                        zip: Some("98122".into()),
                        ..Default::default()
                    },
                )
                .map(|_| ()),
            ),
        };
        if let Some(r) = done {
            WORK.record(&format!("{a:?}"), r, ALLOWED);
        }
    }
    (c.bundle_bytes(&[s], false).unwrap().0, c)
}

#[derive(Debug, Clone)]
enum Attack {
    /// A concern in the coordinator's session it was not given.
    OutOfScope,
    /// A concern in a session nobody has.
    UnknownSession,
    /// A value that does not fit on an honest concern.
    BadValue(usize, u8),
    /// A dot count of `i64::MAX` for an honest concern.
    Overflow(usize),
    /// Deleting an honest concern (held, then refused on review).
    Delete(usize),
    /// Renaming the coordinator's session (held).
    SessionTitle,
    /// A ballot under an honest token, stamped `hlc = 1`.
    EarlyBallot(usize),
    /// Its own concern stamped ten years ahead or behind (reported, counted).
    FarClock(bool),
    /// A stamp that cannot be a clock.
    NotAClock,
}

fn attack() -> impl Strategy<Value = Attack> {
    prop_oneof![
        Just(Attack::OutOfScope),
        Just(Attack::UnknownSession),
        (0usize..8, 0u8..4).prop_map(|(c, k)| Attack::BadValue(c, k)),
        (0usize..8).prop_map(Attack::Overflow),
        (0usize..8).prop_map(Attack::Delete),
        Just(Attack::SessionTitle),
        (0usize..8).prop_map(Attack::EarlyBallot),
        any::<bool>().prop_map(Attack::FarClock),
        Just(Attack::NotAClock),
    ]
}

/// The adversary: a genuine first bundle (so it is approved like any laptop), then one crafted
/// from `attacks`, signed with its own key. The honest laptops' concerns and the tokens of those
/// whose clocks are right are what it aims at (it saw their stick).
fn adversary(
    co: &Coordinator,
    attacks: &[Attack],
    honest: &[Convene],
    clocks: &[u8],
) -> (Vec<Vec<u8>>, Convene) {
    let mut c = Convene::open_in_memory().unwrap();
    c.set_device_name("Table 9").unwrap();
    c.import_kit_bytes("kit", &co.kit, false).unwrap();
    let s = co.session;
    c.add_concern(s, NewConcern { text: "Its own concern".into(), ..Default::default() }).unwrap();
    let (genuine, _) = c.bundle_bytes(&[s], false).unwrap();
    let concerns: Vec<ConcernId> =
        honest.iter().flat_map(|h| h.concerns(s, &Default::default()).unwrap()).map(|x| x.id).collect();
    let tokens: Vec<String> = honest
        .iter()
        .zip(clocks)
        .filter(|(_, k)| clock_of(**k) == Clock::System)
        .flat_map(|(h, _)| h.ballots(s).unwrap())
        // Dot ballots: a ballot of another kind under the same token is another ballot.
        .filter(|b| b.kind == convene::votes::BallotKind::Dots)
        .map(|b| b.token)
        .collect();
    let device = c.device_id();
    let mut seq: i64 = c
        .store()
        .connection()
        .query_row("SELECT value FROM meta WHERE key = 'next_seq'", [], |r| r.get::<_, String>(0))
        .unwrap()
        .parse()
        .unwrap();
    let now = chrono::Utc::now().timestamp_millis() << 16;
    let mut ops = vec![];
    let mut op = |entity: Entity, id: uuid::Uuid, change: Change, hlc: i64| {
        ops.push(Op {
            op_id: convene::ids::OpId::new(),
            device_id: device,
            seq,
            hlc,
            entity,
            entity_id: id,
            change,
            prev: None,
        });
        seq += 1;
    };
    let create = |v: serde_json::Value| match v {
        serde_json::Value::Object(fields) => Change::Create { fields },
        _ => unreachable!(),
    };
    let concern = |session: SessionId, text: &str| {
        create(json!({"session_id": session.to_string(), "text": text, "tags": [], "status": "new",
                      "created_at": "2027-03-11T19:00:00Z"}))
    };
    let set = |field: &str, value: serde_json::Value| Change::Set { field: field.into(), value };
    for a in attacks {
        let pick = |i: &usize| (!concerns.is_empty()).then(|| concerns[i % concerns.len()]);
        match a {
            Attack::OutOfScope => {
                op(Entity::Concern, uuid::Uuid::now_v7(), concern(co.other, "Planted"), now)
            }
            Attack::UnknownSession => {
                op(Entity::Concern, uuid::Uuid::now_v7(), concern(SessionId::new(), "Nowhere"), now)
            }
            Attack::BadValue(i, k) => {
                if let Some(x) = pick(i) {
                    let (field, value) = match k {
                        0 => ("duplicate_of", json!("not-a-uuid")),
                        1 => ("group_id", json!("table seven")),
                        2 => ("status", json!("zzz")),
                        _ => ("tags", json!("not a list")),
                    };
                    op(Entity::Concern, x.0, set(field, value), now);
                }
            }
            Attack::Overflow(i) => {
                if let Some(x) = pick(i) {
                    op(
                        Entity::DotCount,
                        uuid::Uuid::now_v7(),
                        create(json!({"session_id": s.to_string(), "concern_id": x.to_string(),
                                      "count": i64::MAX, "created_at": "2027-03-11T19:00:00Z"})),
                        now,
                    );
                }
            }
            Attack::Delete(i) => {
                if let Some(x) = pick(i) {
                    op(Entity::Concern, x.0, Change::Delete, now);
                }
            }
            Attack::SessionTitle => op(Entity::Session, s.0, set("title", json!("Cancelled")), now),
            Attack::EarlyBallot(i) => {
                if let (false, Some(x)) = (tokens.is_empty(), pick(i)) {
                    op(
                        Entity::Ballot,
                        uuid::Uuid::now_v7(),
                        create(
                            json!({"session_id": s.to_string(), "kind": "dots", "token": tokens[i % tokens.len()],
                                      "choices": [x.to_string()], "created_at": "1970-01-01T00:00:00Z"}),
                        ),
                        1 << 16,
                    );
                }
            }
            Attack::FarClock(ahead) => {
                let years = if *ahead { 10 } else { -10 };
                let hlc = (chrono::Utc::now().timestamp_millis() + years * YEAR_MS) << 16;
                op(Entity::Concern, uuid::Uuid::now_v7(), concern(s, "Far off"), hlc);
            }
            Attack::NotAClock => op(Entity::Concern, uuid::Uuid::now_v7(), concern(s, "Never"), i64::MAX),
        }
    }
    let mut payload = vec![];
    for o in &ops {
        payload.extend(serde_json::to_vec(o).unwrap());
        payload.push(b'\n');
    }
    let key = c.device_key().unwrap();
    let crafted = convene::exchange::fuzz::signed_bundle(&payload, &key, device, "Table 9").unwrap();
    (vec![genuine, crafted], c)
}

/// The state dump without the rows a device made (its own records).
fn without_rows_of(c: &Convene, device: convene::ids::DeviceId) -> Vec<String> {
    let d = format!("Text(\"{device}\")");
    convene::doctor::state_dump(c.store().connection())
        .unwrap()
        .into_iter()
        .map(|(e, text)| {
            let rows: Vec<&str> = text.lines().filter(|l| !l.contains(&d)).collect();
            format!("{e:?}\n{}", rows.join("\n"))
        })
        .collect()
}

/// A coordinator database that receives `bundles` in `order` (indices may repeat): its state
/// hash and tally, and itself (its own ops are part of what the oracle folds).
fn receive(co: &Coordinator, bundles: &[Vec<u8>], order: &[usize]) -> (String, String, Convene) {
    let mut c = Convene::open_in_memory().unwrap();
    c.coordinator_restore(&co.identity).unwrap();
    c.import_kit_bytes("kit", &co.kit, false).unwrap();
    for &i in order {
        let r = c.import_bundle_bytes(&format!("laptop-{i}"), &bundles[i]);
        match r.status {
            ImportStatus::Quarantined => {
                let device = r.device_id.unwrap().to_string();
                // Given the summit, as a coordinator approving a laptop of that evening does (the
                // default, the sessions its bundles name so far, depends on which came first).
                let (_, merged) = c.approve_device(&device, Some(&[co.session])).unwrap();
                assert!(
                    merged.iter().all(|m| m.status == ImportStatus::Imported),
                    "approval merges: {merged:?}"
                );
            }
            ImportStatus::Imported | ImportStatus::AlreadyHad => {}
            ImportStatus::Rejected => panic!("a genuine bundle was rejected: {:?}", r.error),
        }
    }
    let tally = serde_json::to_string(&c.tally(co.session).unwrap()).unwrap();
    let report = c.doctor(true).unwrap();
    assert!(report.rebuild.unwrap().identical, "merged state is still a pure fold of the op log");
    (c.state_hash().unwrap(), tally, c)
}

/// The oracle: the union of the logs copied raw into one fresh database with the receiver's
/// trust decisions, judged and folded in op order.
fn oracle(receiver: &Convene, logs: &[&Convene]) -> String {
    let store = convene::Store::open_in_memory().unwrap();
    for log in logs {
        common::copy_ops(log.store().connection(), store.connection());
    }
    common::copy_trust(receiver.store().connection(), store.connection());
    let trust = convene::oplog::verdict::Trust::load(store.connection(), receiver.device_id()).unwrap();
    convene::oplog::fold::rebuild_all(store.connection(), &trust).unwrap();
    convene::doctor::state_hash(&convene::doctor::state_dump(store.connection()).unwrap())
}

/// Half the cases each: the two halves run on both cores at once.
fn cases() -> u32 {
    std::env::var("MERGE_CASES").ok().and_then(|c| c.parse::<u32>().ok()).unwrap_or(48).div_ceil(2)
}

thread_local! {
    /// The coordinator's plan and kit, the same for every case: made once per test thread.
    static COORDINATOR: Coordinator = coordinator();
}

fn check(
    evenings: Vec<Vec<Act>>,
    clocks: Vec<u8>,
    attacks: Option<Vec<Attack>>,
    seed: u64,
) -> Result<(), TestCaseError> {
    COORDINATOR.with(|co| check_with(co, evenings, clocks, attacks, seed))
}

fn check_with(
    co: &Coordinator,
    evenings: Vec<Vec<Act>>,
    clocks: Vec<u8>,
    attacks: Option<Vec<Attack>>,
    seed: u64,
) -> Result<(), TestCaseError> {
    {
        let (mut bundles, mut laptops): (Vec<Vec<u8>>, Vec<Convene>) = evenings
            .iter()
            .enumerate()
            .map(|(n, a)| laptop(co, n, a, clock_of(clocks[n % clocks.len()])))
            .unzip();
        let honest = bundles.len();
        let adversary_id = if let Some(attacks) = &attacks {
            let (extra, adv) = adversary(co, attacks, &laptops, &clocks);
            bundles.extend(extra);
            let id = adv.device_id();
            laptops.push(adv);
            Some(id)
        } else {
            None
        };
        // Two orders: each laptop 1-3 times, shuffled by the seed.
        let order = |seed: u64| {
            let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(seed);
            let mut o: Vec<usize> = vec![];
            for i in 0..bundles.len() {
                for _ in 0..rand::RngExt::random_range(&mut rng, 1..=3) {
                    o.push(i);
                }
            }
            rand::seq::SliceRandom::shuffle(o.as_mut_slice(), &mut rng);
            o
        };
        let (a_order, b_order) = (order(seed), order(seed.wrapping_mul(6364136223846793005).wrapping_add(1)));
        let a = receive(co, &bundles, &a_order);
        let b = receive(co, &bundles, &b_order);
        prop_assert_eq!(&a.0, &b.0, "state differs between orders {:?} and {:?}", a_order, b_order);
        prop_assert_eq!(&a.1, &b.1, "tallies differ");
        // Every log that holds ops the coordinator received: its own (the vocabulary it seeded
        // on opening, and the kit) and each laptop's. Not the kit's author's: it holds a session
        // no kit carried.
        let mut logs: Vec<&Convene> = vec![&a.2];
        logs.extend(laptops.iter());
        prop_assert_eq!(&a.0, &oracle(&a.2, &logs), "the import differs from folding the union of the logs");
        // No receiver's clock ran ahead of its own wall clock, whatever the laptops' said.
        for r in [&a.2, &b.2] {
            let last: i64 = r
                .store()
                .connection()
                .query_row("SELECT value FROM meta WHERE key = 'last_hlc'", [], |x| x.get::<_, String>(0))
                .unwrap()
                .parse()
                .unwrap();
            let limit = chrono::Utc::now().timestamp_millis() + convene::oplog::clock::CLOCK_TOLERANCE_MS;
            prop_assert!(last >> 16 <= limit, "a receiver's clock ran ahead: {} > {}", last >> 16, limit);
        }
        if let Some(adv) = adversary_id {
            // The same import without the adversary's bundles.
            let honest_order: Vec<usize> = a_order.iter().copied().filter(|i| *i < honest).collect();
            let clean = receive(co, &bundles, &honest_order);
            prop_assert_eq!(
                without_rows_of(&a.2, adv),
                without_rows_of(&clean.2, adv),
                "the adversary changed honest records"
            );
            // Its early ballots count as repeats of honest tokens; the results are the same.
            let results = |t: &str| {
                let mut v: serde_json::Value = serde_json::from_str(t).unwrap();
                v.as_object_mut().unwrap().remove("repeated_tokens");
                v
            };
            prop_assert_eq!(results(&a.1), results(&clean.1), "the adversary changed the tally");
            let mut revoked = a.2;
            revoked.revoke_device(&adv.to_string(), &convene::trust::RevokeFrom::All).unwrap();
            prop_assert_eq!(revoked.state_hash().unwrap(), clean.0, "revoking it gives the state without it");
        }
    }
    Ok(())
}

/// Runs half the cases. A `TestRunner` is driven directly because the `proptest!` macro lets
/// PROPTEST_CASES (set for the quicker property tests) override the case count.
fn run_half() {
    let config = ProptestConfig {
        cases: cases(),
        max_shrink_iters: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    let mut runner = proptest::test_runner::TestRunner::new(config);
    let strategy = (
        prop::collection::vec(prop::collection::vec(act(), 0..10), 2..=5),
        prop::collection::vec(any::<u8>(), 1..=5),
        // An adversary in a quarter of the cases.
        prop::option::weighted(0.25, prop::collection::vec(attack(), 1..8)),
        any::<u64>(),
    );
    let started = std::time::Instant::now();
    if let Err(e) =
        runner.run(&strategy, |(evenings, clocks, attacks, seed)| check(evenings, clocks, attacks, seed))
    {
        panic!("merge law broken: {e}");
    }
    eprintln!("merge laws: {} cases in {:?}, each against the oracle", cases(), started.elapsed());
}

/// Each half, once done, judges how much of the workload the core accepted so far (both halves
/// count into the same tally).
fn run_half_and_judge() {
    run_half();
    WORK.assert_floor("merge laws, honest laptops", 0.8);
}

#[test]
fn any_order_any_repeats_same_state() {
    run_half_and_judge();
}

#[test]
fn any_order_any_repeats_same_state_second_half() {
    run_half_and_judge();
}
