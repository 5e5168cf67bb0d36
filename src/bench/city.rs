//! The city a benchmark measures: a coordinator's plan of sessions across precincts and phases,
//! and each session's evening captured on group laptops.

use crate::Convene;
use crate::concerns::NewConcern;
use crate::error::Result;
use crate::groups::NewGroup;
use crate::ids::{ConcernId, GroupId, SessionId};
use crate::sessions::{NewSession, SessionKind};
use crate::signins::NewSignin;
use crate::votes::BallotChoices;

/// How much one session holds.
#[derive(Debug, Clone, Copy)]
pub struct SessionSize {
    pub signins: usize,
    pub groups: usize,
    pub concerns: usize,
    pub notes: usize,
    /// Dot ballots of three dots each.
    pub dot_ballots: usize,
}

impl SessionSize {
    pub const SUMMIT: SessionSize =
        SessionSize { signins: 200, groups: 15, concerns: 600, notes: 2000, dot_ballots: 2000 };
    /// For `--quick`: the same shape, a twentieth of the size.
    pub const QUICK: SessionSize =
        SessionSize { signins: 10, groups: 4, concerns: 30, notes: 100, dot_ballots: 100 };
}

pub struct City {
    pub kit: Vec<u8>,
    pub sessions: Vec<(SessionId, Vec<GroupId>)>,
}

/// The coordinator's plan: `n` sessions across 5 precincts and 4 phases, each with its groups.
pub fn plan(coordinator: &mut Convene, n: u32, size: SessionSize) -> Result<City> {
    const PRECINCTS: [&str; 5] = ["North", "South", "East", "West", "Southwest"];
    const PHASES: [SessionKind; 4] =
        [SessionKind::Summit, SessionKind::SmallGroup, SessionKind::Summit, SessionKind::ReportBack];
    let mut sessions = vec![];
    for i in 0..n as usize {
        let s = coordinator
            .create_session(NewSession {
                title: format!("{} precinct, phase {}", PRECINCTS[i % 5], i / 5 % 4 + 1),
                kind: Some(PHASES[i / 5 % 4]),
                precinct: Some(PRECINCTS[i % 5].into()),
                languages: vec!["en".into()],
                interpreted: vec!["es".into(), "vi".into()],
                ..Default::default()
            })?
            .id;
        let groups = (0..size.groups)
            .map(|g| {
                coordinator
                    .add_group(s, NewGroup { name: format!("Table {}", g + 1), ..Default::default() })
                    .map(|o| o.id)
            })
            .collect::<Result<Vec<_>>>()?;
        sessions.push((s, groups));
    }
    let ids: Vec<SessionId> = sessions.iter().map(|(s, _)| *s).collect();
    let (kit, _) = coordinator.kit_bytes(&ids)?;
    Ok(City { kit, sessions })
}

/// One laptop's share (`part` of `parts`) of a session: sign-ins, concerns, notes and dots.
pub fn capture(
    laptop: &mut Convene,
    session: SessionId,
    groups: &[GroupId],
    size: SessionSize,
    part: usize,
    parts: usize,
) -> Result<u64> {
    let share = |n: usize| (n * (part + 1) / parts) - (n * part / parts);
    let mine: Vec<GroupId> =
        groups.iter().enumerate().filter(|(i, _)| i % parts == part).map(|(_, g)| *g).collect();
    let group = |i: usize| mine.get(i % mine.len().max(1)).copied();
    let mut ops = 0;
    for i in 0..share(size.signins) {
        let named = i % 3 != 0;
        laptop.add_signin(
            session,
            NewSignin {
                name: named.then(|| format!("Attendee {part}-{i}")),
                zip: Some(format!("981{:02}", i % 40)),
                language: Some(["en", "es", "vi", "so"][i % 4].into()),
                interpreter: i % 4 != 0,
                group: group(i),
                ..Default::default()
            },
        )?;
        ops += 1 + named as u64;
    }
    let mut concerns: Vec<ConcernId> = vec![];
    const TOPICS: [&str; 6] =
        ["lighting", "traffic", "youth", "homelessness", "property-crime", "language-access"];
    for i in 0..share(size.concerns) {
        concerns.push(
            laptop
                .add_concern(
                    session,
                    NewConcern {
                        text: format!(
                            "Concern {i} from laptop {part}: street lights out near the bus stop on block {}",
                            i % 50
                        ),
                        group: group(i),
                        tags: vec![TOPICS[i % 6].into()],
                        ..Default::default()
                    },
                )?
                .id,
        );
        ops += 1;
    }
    for i in 0..share(size.notes) {
        laptop.add_note(
            session,
            &format!("Note {i}: the table discussed lighting and traffic calming"),
            group(i),
            None,
            Some("en"),
        )?;
        ops += 1;
    }
    if !concerns.is_empty() {
        for i in 0..share(size.dot_ballots) {
            let pick = |k: usize| concerns[(i * 7 + k * 13) % concerns.len()];
            laptop.cast_ballot(
                session,
                &format!("L{part}-D{i}"),
                BallotChoices::Dots(vec![pick(0), pick(1), pick(2)]),
            )?;
            ops += 1;
        }
    }
    Ok(ops)
}
