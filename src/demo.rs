//! `convene demo`: a realistic precinct summit to explore, show and test with. Every person in it
//! is invented.

use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use serde_json::json;

use crate::Convene;
use crate::actions::{ActionStatus, ChangeBasis, NewAction, NewActionUpdate};
use crate::agenda::{AgendaKind, NewAgendaItem};
use crate::concerns::NewConcern;
use crate::error::Result;
use crate::groups::NewGroup;
use crate::ids::{ConcernId, GroupId, SessionId};
use crate::oplog::fields::AgendaField;

use crate::sessions::{NewSession, SessionKind};
use crate::signins::{NewSignin, Role};
use crate::votes::BallotChoices;

const GROUPS: &[(&str, &str, &str, &str, &str)] = &[
    // name, language, topic, facilitator, note-taker (invented)
    ("Table 1", "en", "Safety on the street", "Dana Whitfield", "Marcus Lee"),
    ("Table 2", "es", "Seguridad en el barrio", "Lucía Herrera", "Tomás Ruiz"),
    ("Table 3", "zh-Hant", "社區安全", "Grace Lin", "Kevin Chou"),
    ("Table 4", "vi", "An toàn khu phố", "Linh Tran", "Bao Nguyen"),
    ("Table 5", "so", "Amniga xaafadda", "Hodan Abdi", "Yusuf Warsame"),
    ("Table 6", "am", "የሰፈር ደህንነት", "Selam Bekele", "Dawit Haile"),
    ("Table 7", "en", "Youth and schools", "Priya Raman", "Jordan Ellis"),
];

/// (group index, language, text, interpretation, tags, location)
type Said =
    (usize, &'static str, &'static str, Option<&'static str>, &'static [&'static str], Option<&'static str>);

pub const DEMO_TITLE: &str = "East Precinct Community Safety Summit";

const CONCERNS: &[Said] = &[
    (
        0,
        "en",
        "Street lights on 23rd Ave have been out for months; the walk from the bus stop feels unsafe at night",
        None,
        &["lighting"],
        Some("23rd Ave & E Union St"),
    ),
    (
        0,
        "en",
        "Car break-ins on my block almost every week and nobody follows up",
        None,
        &["property-crime"],
        Some("E Spruce St"),
    ),
    (
        0,
        "en",
        "Response is slow when we call about someone in a mental health crisis",
        None,
        &["mental-health", "effective-response"],
        None,
    ),
    (
        0,
        "en",
        "We want officers who walk the neighbourhood and know people by name",
        None,
        &["trust-and-accountability"],
        None,
    ),
    (0, "en", "Open drug use in the park next to the playground", None, &["drugs"], Some("Judkins Park")),
    (0, "en", "More outreach workers for people living in tents, not sweeps", None, &["homelessness"], None),
    (
        0,
        "en",
        "The precinct should report back on what happened with our ideas from the last summit",
        None,
        &["trust-and-accountability"],
        None,
    ),
    (
        0,
        "en",
        "Business owners on Jackson St see repeated burglaries",
        None,
        &["property-crime"],
        Some("S Jackson St"),
    ),
    (
        6,
        "en",
        "Cars speed down Cherry St where kids cross for school",
        None,
        &["traffic", "youth"],
        Some("Cherry St & 25th Ave"),
    ),
    (6, "en", "Need more youth programs after school and in the summer", None, &["youth"], None),
    (
        6,
        "en",
        "Street lights out on 23rd Ave, scary walking home from the bus stop at night",
        None,
        &["lighting"],
        Some("23rd Ave"),
    ),
    (
        6,
        "en",
        "Domestic violence survivors need advocates who speak their language",
        None,
        &["domestic-violence", "language-access"],
        None,
    ),
    (
        6,
        "en",
        "Street racing at night on Rainier Ave keeps families awake",
        None,
        &["traffic"],
        Some("Rainier Ave S"),
    ),
    (
        1,
        "es",
        "Las calles están muy oscuras cerca de la parada del autobús",
        Some("The streets are very dark near the bus stop"),
        &["lighting"],
        Some("MLK Jr Way S"),
    ),
    (
        1,
        "es",
        "Necesitamos intérpretes cuando llamamos al 911",
        Some("We need interpreters when we call 911"),
        &["language-access"],
        None,
    ),
    (
        1,
        "es",
        "Los jóvenes no tienen adónde ir después de la escuela",
        Some("Young people have nowhere to go after school"),
        &["youth"],
        None,
    ),
    (
        1,
        "es",
        "Tenemos miedo de reportar delitos por el estatus migratorio",
        Some("We are afraid to report crimes because of immigration status"),
        &["trust-and-accountability"],
        None,
    ),
    (
        1,
        "es",
        "Roban autos en el estacionamiento del edificio",
        Some("Cars are stolen from the building's parking lot"),
        &["property-crime"],
        None,
    ),
    (
        2,
        "zh-Hant",
        "晚上街燈太暗，老人不敢出門",
        Some("Street lights are too dim at night; elderly people are afraid to go out"),
        &["lighting"],
        Some("International District"),
    ),
    (
        2,
        "zh-Hant",
        "希望警察局有會說中文的聯絡人",
        Some("We want a Chinese-speaking liaison at the precinct"),
        &["language-access"],
        None,
    ),
    (
        2,
        "zh-Hant",
        "商店經常被偷竊",
        Some("Shops are often hit by theft"),
        &["property-crime"],
        Some("S King St"),
    ),
    (
        2,
        "zh-Hant",
        "針對亞裔長者的騷擾事件增加",
        Some("Harassment of Asian elders is increasing"),
        &["trust-and-accountability"],
        None,
    ),
    (
        3,
        "vi",
        "Cần thêm đèn đường ở khu chợ",
        Some("Need more street lights around the market"),
        &["lighting"],
        Some("Little Saigon"),
    ),
    (
        3,
        "vi",
        "Xe chạy quá nhanh trước trường học",
        Some("Cars drive too fast in front of the school"),
        &["traffic", "youth"],
        None,
    ),
    (
        3,
        "vi",
        "Cần thông dịch viên tiếng Việt tại các cuộc họp",
        Some("Need Vietnamese interpreters at meetings"),
        &["language-access"],
        None,
    ),
    (
        3,
        "vi",
        "Nhiều vụ trộm xe đạp và đồ trong xe",
        Some("Many thefts of bicycles and from cars"),
        &["property-crime"],
        None,
    ),
    (
        4,
        "so",
        "Dhalinyaradu waxay u baahan yihiin barnaamijyo ciyaaraha",
        Some("Young people need sports programs"),
        &["youth"],
        None,
    ),
    (
        4,
        "so",
        "Waxaan rabnaa in booliisku ay na dhageystaan",
        Some("We want the police to listen to us"),
        &["trust-and-accountability"],
        None,
    ),
    (
        4,
        "so",
        "Baabuurtu si xawli ah ayey xaafadda ugu socdaan",
        Some("Cars go too fast through the neighbourhood"),
        &["traffic"],
        None,
    ),
    (
        4,
        "so",
        "Hooyooyinku waxay u baahan yihiin taageero caafimaadka maskaxda",
        Some("Mothers need mental health support"),
        &["mental-health"],
        None,
    ),
    (5, "am", "በመንገዳችን ላይ መብራት የለም", Some("There are no lights on our street"), &["lighting"], None),
    (5, "am", "ለወጣቶች የሥራ ዕድል ያስፈልጋል", Some("Young people need job opportunities"), &["youth"], None),
    (
        5,
        "am",
        "የቤት ውስጥ ጥቃት ሰለባዎች ድጋፍ ይፈልጋሉ",
        Some("Survivors of domestic violence need support"),
        &["domestic-violence"],
        None,
    ),
];

const FIRST: &[&str] = &[
    "Ana", "Ben", "Chen", "Dalia", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jae", "Kofi", "Lena", "Mai",
    "Nuno", "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tuyet", "Uma", "Vik", "Wen", "Yara",
];
const LAST: &[&str] =
    &["A.", "B.", "C.", "D.", "F.", "G.", "H.", "K.", "M.", "N.", "P.", "R.", "S.", "T.", "W."];
const PLACES: &[(&str, &str)] = &[
    ("Central District", "98122"),
    ("Capitol Hill", "98102"),
    ("Judkins Park", "98144"),
    ("Madison Valley", "98112"),
    ("Squire Park", "98122"),
    ("Yesler Terrace", "98104"),
    ("Little Saigon", "98144"),
];

impl Convene {
    /// Creates a sample East Precinct summit and returns its id. The same seed gives the same
    /// meeting (ids and clock times aside).
    /// The demo summit, made once: asking again opens the same session.
    pub fn demo_session(&mut self, seed: u64) -> Result<SessionId> {
        match self.sessions()?.into_iter().find(|s| s.title == DEMO_TITLE) {
            Some(s) => Ok(s.id),
            None => self.create_demo(seed),
        }
    }

    /// Adds `count` more concerns to a session, spread over its groups and drawn from the demo's
    /// words, so the board can be tried (and measured) at the size of a whole city's summit.
    pub fn add_sample_concerns(&mut self, session: SessionId, count: usize, seed: u64) -> Result<usize> {
        let mut rng = StdRng::seed_from_u64(seed);
        let groups: Vec<GroupId> = self.groups(session)?.into_iter().map(|g| g.id).collect();
        self.batch(|c| {
            for n in 0..count {
                let (_, language, text, interpretation, tags, location) =
                    *CONCERNS.choose(&mut rng).expect("non-empty");
                c.add_concern(
                    session,
                    NewConcern {
                        text: format!("{text} ({})", n + 1),
                        language: Some(language.into()),
                        interpretation: interpretation.map(String::from),
                        interpretation_language: interpretation.map(|_| "en".to_string()),
                        group: groups.choose(&mut rng).copied(),
                        tags: tags.iter().map(|t| t.to_string()).collect(),
                        location: location.map(String::from),
                        ..Default::default()
                    },
                )?;
            }
            Ok((count, true))
        })
    }

    pub fn create_demo(&mut self, seed: u64) -> Result<SessionId> {
        let mut rng = StdRng::seed_from_u64(seed);
        let programme = match self.programmes()?.into_iter().find(|p| p.name == "Safe Communities 2027") {
            Some(p) => p.id,
            None => {
                self.create_programme(
                    "Safe Communities 2027",
                    Some(
                        "Precinct summits, small groups and a report-back across the city's five precincts.",
                    ),
                )?
                .id
            }
        };
        let starts = "2027-03-11T19:00:00-08:00";
        let session = self
            .create_session(NewSession {
                title: DEMO_TITLE.into(),
                kind: Some(SessionKind::Summit),
                programme: Some(programme),
                precinct: Some("East".into()),
                place: Some("Miller Community Center, 330 19th Ave E".into()),
                starts_at: Some(starts.into()),
                room_minutes: Some(120),
                languages: vec!["en".into()],
                interpreted: ["es", "zh-Hant", "vi", "so", "am"].map(String::from).to_vec(),
            })?
            .id;

        let agenda = [
            ("Welcome and ground rules", 10, AgendaKind::Welcome, Some("Dana Whitfield"), 12),
            (
                "Why we are here: the Safe Communities programme",
                10,
                AgendaKind::Presentation,
                Some("Captain R. Alvarez"),
                14,
            ),
            ("What we heard in the last round", 10, AgendaKind::Presentation, Some("Community liaison"), 9),
            ("Breakout discussions at tables", 40, AgendaKind::Breakout, None, 45),
            ("Report-out from each table", 20, AgendaKind::ReportOut, None, 22),
            ("Dot voting on priorities", 10, AgendaKind::Vote, None, 10),
            ("Next steps and closing", 10, AgendaKind::Closing, Some("Captain R. Alvarez"), 0),
        ];
        let start = chrono::DateTime::parse_from_rfc3339(starts).expect("valid constant");
        let mut clock = start;
        for (title, minutes, kind, presenter, actual) in agenda {
            let id = self
                .add_agenda_item(
                    session,
                    NewAgendaItem {
                        title: title.into(),
                        minutes,
                        presenter: presenter.map(String::from),
                        kind: Some(kind),
                    },
                )?
                .id;
            if actual > 0 {
                // The evening as it ran: actual times recorded from the session's start.
                let end = clock + chrono::Duration::minutes(actual);
                let (s, e) = (clock.to_rfc3339(), end.to_rfc3339());
                self.store.transact(|tx| {
                    tx.set(id, AgendaField::StartedAt, json!(s))?;
                    tx.set(id, AgendaField::FinishedAt, json!(e))
                })?;
                clock = end;
            }
        }

        let mut groups: Vec<GroupId> = vec![];
        for (name, language, topic, facilitator, note_taker) in GROUPS {
            groups.push(
                self.add_group(
                    session,
                    NewGroup {
                        name: (*name).into(),
                        topic: Some((*topic).into()),
                        facilitator: Some((*facilitator).into()),
                        note_taker: Some((*note_taker).into()),
                        language: Some((*language).into()),
                    },
                )?
                .id,
            );
        }
        let q1 = self
            .add_question(
                session,
                "What do you see as most important to prioritise for safety in your neighbourhood?",
                Some("en"),
            )?
            .id;
        let q2 = self
            .add_question(session, "What is working well between the community and the police?", Some("en"))?
            .id;
        self.add_question(
            session,
            "What groups or organisations can help us reach more neighbours?",
            Some("en"),
        )?;

        // Sign-ins: 64 people, about a third in a language other than English.
        for n in 0..64 {
            let g = *[0, 0, 6, 6, 1, 1, 2, 3, 4, 5].choose(&mut rng).expect("non-empty");
            let language = GROUPS[g].1;
            let (place, zip) = *PLACES.choose(&mut rng).expect("non-empty");
            let anonymous = rng.random_bool(0.2);
            let name = (!anonymous).then(|| {
                format!("{} {}", FIRST.choose(&mut rng).expect("x"), LAST.choose(&mut rng).expect("x"))
            });
            let role = match rng.random_range(0..20) {
                0..=13 => Role::Resident,
                14 | 15 => Role::Business,
                16 | 17 => Role::Organisation,
                18 => Role::CityStaff,
                _ => Role::Police,
            };
            let consent = name.is_some() && rng.random_bool(0.4);
            let time_in = start - chrono::Duration::minutes(20) + chrono::Duration::minutes(n / 2);
            self.add_signin(
                session,
                NewSignin {
                    email: consent.then(|| format!("attendee{n}@example.org")),
                    name,
                    neighbourhood: rng.random_bool(0.6).then(|| place.to_string()),
                    zip: Some(zip.into()),
                    language: Some(language.into()),
                    interpreter: language != "en",
                    accessibility: (n % 17 == 3).then(|| "Wheelchair access".to_string()),
                    role: Some(role),
                    consent,
                    group: Some(groups[g]),
                    time_in: Some(time_in.to_rfc3339()),
                    ..Default::default()
                },
            )?;
        }

        let mut concerns: Vec<ConcernId> = vec![];
        for (g, language, text, interpretation, tags, location) in CONCERNS {
            let id = self
                .add_concern(
                    session,
                    NewConcern {
                        text: (*text).into(),
                        language: Some((*language).into()),
                        interpretation: interpretation.map(String::from),
                        interpretation_language: interpretation.map(|_| "en".to_string()),
                        group: Some(groups[*g]),
                        question: Some(q1),
                        tags: tags.iter().map(|t| t.to_string()).collect(),
                        location: location.map(String::from),
                    },
                )?
                .id;
            concerns.push(id);
        }
        // Table 7 heard the same lighting concern as Table 1.
        self.merge_concern(concerns[10], concerns[0])?;

        for (i, g) in groups.iter().enumerate() {
            let first = CONCERNS.iter().position(|c| c.0 == i).unwrap_or(0);
            self.add_note(
                session,
                &format!(
                    "Table agreed the top priority is: {}",
                    CONCERNS[first].3.unwrap_or(CONCERNS[first].2)
                ),
                Some(*g),
                Some(q1),
                Some("en"),
            )?;
            self.add_note(session, "Several people said the precinct's community liaison has been responsive when reached directly.", Some(*g), Some(q2), Some("en"))?;
        }

        // Counted dots from the flip charts, then ballots cast at the kiosk.
        let open: Vec<ConcernId> =
            concerns.iter().enumerate().filter(|(i, _)| *i != 10).map(|(_, c)| *c).collect();
        for c in &open {
            let dots = rng.random_range(0..12);
            if dots > 0 {
                self.add_dot_count(session, *c, dots)?;
            }
        }
        // Lighting, youth and language access are what this room cared about most.
        let favourites = [concerns[0], concerns[9], concerns[14], concerns[8], concerns[3]];
        for n in 0..20 {
            let picks = (0..3)
                .map(|_| {
                    if rng.random_bool(0.6) {
                        *favourites.choose(&mut rng).expect("x")
                    } else {
                        *open.choose(&mut rng).expect("x")
                    }
                })
                .collect();
            self.cast_ballot(session, &format!("D-{n:03}"), BallotChoices::Dots(picks))?;
        }
        for n in 0..25 {
            let mut ranking: Vec<ConcernId> = favourites.to_vec();
            // Each person orders the favourites their own way and may add one more.
            for i in (1..ranking.len()).rev() {
                let j = rng.random_range(0..=i);
                if rng.random_bool(0.5) {
                    ranking.swap(i, j);
                }
            }
            ranking.truncate(rng.random_range(2..=5));
            let extra = *open.choose(&mut rng).expect("x");
            if !ranking.contains(&extra) {
                ranking.push(extra);
            }
            self.cast_ballot(session, &format!("R-{n:03}"), BallotChoices::Rank(ranking))?;
        }
        for n in 0..15 {
            let a = rng.random_range(20..=60);
            let b = rng.random_range(0..=(100 - a));
            let picks = [favourites[n % 5], favourites[(n + 1) % 5], favourites[(n + 2) % 5]];
            let allocations = vec![(picks[0], a), (picks[1], b), (picks[2], 100 - a - b)];
            self.cast_ballot(
                session,
                &format!("B-{n:03}"),
                BallotChoices::Budget { budget: 100, allocations },
            )?;
        }

        let lights = self.add_action(NewAction {
            session: Some(session),
            precinct: None,
            title: "Repair and add street lighting on the 23rd Ave corridor".into(),
            response: Some(
                "Walk the corridor with City Light, report every outage, and add lights near bus stops."
                    .into(),
            ),
            owner: Some("East Precinct community liaison with Seattle City Light".into()),
            due: Some("2027-05-31".into()),
            concerns: vec![concerns[0], concerns[13], concerns[22]],
            basis: Some(ChangeBasis::CommunityInput),
        })?;
        self.update_action(
            lights.id,
            NewActionUpdate {
                on_date: Some("2027-03-25".into()),
                text: "Night walk done with residents: 14 outages reported.".into(),
                status: Some(ActionStatus::InProgress),
                basis: None,
            },
        )?;
        self.add_action(NewAction {
            session: Some(session),
            title: "Language access: interpreters on 911 calls and a multilingual liaison".into(),
            response: Some("Publish the interpreter line, train call-takers, and name liaisons for Chinese, Vietnamese, Somali and Amharic speakers.".into()),
            owner: Some("Community Outreach Unit".into()),
            due: Some("2027-06-30".into()),
            concerns: vec![concerns[14], concerns[19], concerns[24]],
            basis: Some(ChangeBasis::CommunityInput),
            ..Default::default()
        })?;
        self.add_action(NewAction {
            session: Some(session),
            title: "Speed enforcement and radar signs near schools".into(),
            response: Some("Collision data showed speeding near schools; emphasis patrols at arrival and dismissal, radar feedback signs on Cherry St.".into()),
            owner: Some("Traffic Section".into()),
            due: Some("2027-04-15".into()),
            concerns: vec![concerns[8], concerns[23]],
            basis: Some(ChangeBasis::ResultBased),
            ..Default::default()
        })?;
        Ok(session)
    }
}
