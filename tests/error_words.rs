//! No English inside other languages. Every error is built with every kind of argument code
//! supplies (each field, each kind of record and file, every refusal reason, real vocabulary
//! parse failures) and rendered:
//! - in the pseudo-locale, where every letter of translated text is accented, so a word left
//!   plain came from code. Only what the person typed (the values below), the commands and
//!   flags kept on purpose (in backticks or starting with `--`) and the system's own detail text
//!   may stay plain;
//! - in every shipped locale, where no English field or kind name may appear.

use convene::Error;
use convene::i18n::{Localizer, PSEUDO_LOCALE, Surface};
use convene::labels::{Field, Thing};
use convene::messages::generated::IDS;

/// What a person typed or a file is called: shown as it is, on purpose.
const TYPED: &[&str] = &["Qzx", "Wvq", "Kxj"];
/// The system's own words (SQLite, the OS): kept as a detail after the explanation.
const DETAIL: &str = "Dtl";

fn fields() -> Vec<Field> {
    IDS.iter().filter_map(|id| id.strip_prefix("field-")).map(Field::checked).collect()
}

fn things() -> Vec<Thing> {
    IDS.iter().filter_map(|id| id.strip_prefix("kind-")).map(Thing::checked).collect()
}

fn errors() -> Vec<Error> {
    let (v, p) = (TYPED[0].to_string(), TYPED[1].to_string());
    let d = DETAIL.to_string();
    let mut out = vec![];
    for field in fields() {
        out.push(Error::EmptyText { field });
        out.push(Error::TextTooLong { field, length: 12, max: 10 });
        out.push(Error::InvalidNumber { field, value: v.clone(), min: 1, max: 9 });
        out.push(Error::InvalidDate { field, value: v.clone() });
        out.push(Error::ControlCharacter { field, code: "U+0007".into() });
    }
    for kind in things() {
        out.push(Error::NotFound { kind, id: v.clone() });
        out.push(Error::AmbiguousId { kind, prefix: v.clone(), count: 3 });
        out.push(Error::WrongSession { kind, id: v.clone() });
        for expected in things() {
            out.push(Error::WrongFileKind { path: p.clone(), found: kind, expected });
        }
    }
    // Choices refused by the real vocabularies, with the codes they list.
    out.push(convene::signins::Role::parse(&v).unwrap_err());
    out.push(convene::sessions::SessionKind::parse(&v).unwrap_err());
    out.push(convene::actions::ActionStatus::parse(&v).unwrap_err());
    out.push(convene::concerns::ConcernStatus::parse(&v).unwrap_err());
    out.push(convene::agenda::AgendaKind::parse(&v).unwrap_err());
    out.push(convene::tags::TagKind::parse(&v).unwrap_err());
    for reason in convene::oplog::verdict::Reason::ALL {
        out.push(Error::ChangeRefused { reason: *reason });
    }
    for kind in ["folder", "device", "pipe", "socket"] {
        out.push(Error::NotAFile { path: p.clone(), kind: kind.into() });
    }
    out.extend([
        Error::InvalidZip { value: v.clone() },
        Error::InvalidLanguage { value: v.clone() },
        Error::InvalidEmail { value: v.clone() },
        Error::InvalidPhone { value: v.clone() },
        Error::ConsentRequired,
        Error::DuplicateToken { token: v.clone() },
        Error::EmptyBallot,
        Error::RepeatedChoice { id: v.clone() },
        Error::BudgetMismatch { spent: 7, budget: 5 },
        Error::NegativeAllocation { value: -2 },
        Error::MergeIntoSelf,
        Error::MergeCycle { id: v.clone() },
        Error::AgendaNotStarted { title: v.clone() },
        Error::TagExists { slug: v.clone() },
        Error::NotADatabase { path: p.clone() },
        Error::NewerSchema { path: p.clone(), found: 9, supported: 5 },
        Error::ReadOnly { path: p.clone() },
        Error::DiskFull { path: p.clone() },
        Error::Busy,
        Error::Storage { detail: d.clone() },
        Error::Io { path: p.clone(), detail: d.clone() },
        Error::RebuildMismatch { tables: v.clone() },
        Error::FileTooLarge { path: p.clone(), size: 900, max: 100 },
        Error::Malformed { path: p.clone(), detail: d.clone() },
        Error::UnexpectedEntry { path: p.clone(), entry: v.clone() },
        Error::EntryTooLarge { path: p.clone(), entry: v.clone(), max: 100 },
        Error::BadSignature { path: p.clone() },
        Error::HashMismatch { path: p.clone(), entry: v.clone() },
        Error::KeyMismatch { path: p.clone(), device: v.clone(), fingerprint: TYPED[2].into() },
        Error::RevokedDevice { path: p.clone(), device: v.clone(), fingerprint: TYPED[2].into() },
        Error::SeqAlarm { path: p.clone(), device: v.clone(), seq: 4 },
        Error::NotSealedForUs { path: p.clone() },
        Error::ForeignCoordinator { expected: v.clone(), got: TYPED[2].into() },
        Error::NoCoordinatorIdentity,
        Error::DeviceKeyMissing { path: p.clone() },
        Error::Crypto { detail: d.clone() },
        Error::UnknownDevice { id: v.clone() },
        Error::ConflictNotFound { id: v.clone() },
        Error::CsvInvalid { path: p.clone(), problems: 3 },
        Error::UnknownLocale { locale: v.clone() },
        Error::FontMissing { file: v.clone(), package: TYPED[2].into() },
        Error::KioskClosed,
        Error::KioskPin,
        Error::KioskPinWrong,
        Error::ChecksChanged { ops: 3 },
        Error::WeakPassphrase { min: 12 },
        Error::WrongPassphrase { path: p.clone() },
        Error::RestoreTargetExists { path: p.clone() },
        Error::AmbiguousDevice { key: v.clone(), count: 2, candidates: TYPED[2].into() },
        Error::OpIdReused { path: p.clone(), op: v.clone() },
        Error::OpDoesNotFit { path: p.clone(), detail: d.clone() },
        Error::SheetTooLong { path: p.clone(), max: 100 },
        Error::TargetReadOnly { path: p.clone() },
        Error::ForeignDatabase { path: p.clone() },
        Error::ApprovalFailed { device: v.clone(), bundle: p.clone(), cause: Box::new(Error::Busy) },
    ]);
    out
}

/// Text with the commands, flags and codes kept on purpose taken out: what is in backticks,
/// `--flags`, and words written in capitals (`CONVENE_FONT_DIR`, `CONCERN=POINTS`, `PIN`).
fn prose(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 0 {
            out.push_str(part);
            out.push(' ');
        }
    }
    out.split_whitespace()
        .filter(|w| !w.starts_with("--") && !w.starts_with("‎--"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn ascii_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .filter(|w| !w.chars().all(|c| c.is_ascii_uppercase()))
        .map(str::to_string)
        .collect()
}

#[test]
fn errors_in_the_pseudo_locale_show_no_english_that_code_put_in() {
    let mut wrong = vec![];
    for surface in [Surface::App, Surface::Cli] {
        let l = Localizer::new(PSEUDO_LOCALE);
        let l = if surface == Surface::Cli { l.for_cli() } else { l };
        for e in errors() {
            let text = e.localized(&l);
            for w in ascii_words(&prose(&text)) {
                // Product and format names are names in every language.
                if TYPED.contains(&w.as_str())
                    || w == DETAIL
                    || ["Convene", "CSV", "SQLite", "Enter"].contains(&w.as_str())
                {
                    continue;
                }
                wrong.push(format!("{:?} {:?}: “{w}” in {text}", surface, e.code()));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "{} errors carry English from code:\n{}", wrong.len(), wrong.join("\n"));
}

/// The English names of fields and kinds, as words.
fn english_names() -> Vec<String> {
    let en = Localizer::new("en");
    let mut names: Vec<String> = IDS
        .iter()
        .filter(|id| id.starts_with("field-") || id.starts_with("kind-"))
        .map(|id| en.message(id, None))
        .collect();
    // The codes code used to pass before labels existed.
    names.extend(["concern text", "agenda item", "held change", "sign-in", "signin"].map(String::from));
    names.sort();
    names.dedup();
    names
}

#[test]
fn no_locale_shows_an_english_field_or_kind_name() {
    let names = english_names();
    let mut wrong = vec![];
    for locale in Localizer::available().filter(|l| *l != "en") {
        // Words the language shares with English ("kit" in Spanish) are its own.
        let own: Vec<String> = IDS
            .iter()
            .filter(|id| id.starts_with("field-") || id.starts_with("kind-"))
            .map(|id| Localizer::new(locale).message(id, None).to_lowercase())
            .collect();
        for surface in [Surface::App, Surface::Cli] {
            let l = Localizer::new(locale);
            let l = if surface == Surface::Cli { l.for_cli() } else { l };
            for e in errors() {
                let text = format!(" {} ", prose(&e.localized(&l)).to_lowercase());
                for name in &names {
                    // A whole name, as words: "role" inside another word is not it.
                    let lower = name.to_lowercase();
                    let hit = text.match_indices(&lower).any(|(i, _)| {
                        let before = text[..i].chars().next_back().unwrap_or(' ');
                        let after = text[i + lower.len()..].chars().next().unwrap_or(' ');
                        !before.is_alphanumeric() && !after.is_alphanumeric()
                    });
                    if hit && !own.iter().any(|w| w.contains(&lower)) && lower.len() > 2 {
                        wrong.push(format!("{locale} {:?}: “{name}” in {text}", e.code()));
                    }
                }
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "{} errors show English names:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn the_check_sees_english_that_code_inserts() {
    // A value code puts in as it is stays plain in the pseudo-locale: the check above finds it.
    let l = Localizer::new(PSEUDO_LOCALE);
    let text = l.m(convene::msg!(error_tag_exists, slug = "lighting"));
    assert!(ascii_words(&prose(&text)).contains(&"lighting".to_string()), "{text}");
    // A label is translated text, accented like the sentence around it.
    let text = Error::EmptyText { field: convene::field!("concern-text") }.localized(&l);
    assert!(!text.contains("words") && ascii_words(&prose(&text)).is_empty(), "{text}");
}
