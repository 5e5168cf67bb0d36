//! PDF reports, read back the way a person's tools read them: `pdftotext` finds the localised
//! headings and every concern's words (Vietnamese, Cyrillic, Han, Hangul, Ethiopic, Arabic) in
//! every report kind and every shipped locale; `pdffonts` shows each script's font embedded as a
//! subset; `pdftotext -bbox` shows an Arabic report laid out from the right.

use std::path::Path;
use std::process::Command;

use convene::Convene;
use convene::actions::{ActionStatus, ChangeBasis, NewAction, NewActionUpdate};
use convene::agenda::NewAgendaItem;
use convene::concerns::NewConcern;
use convene::groups::NewGroup;
use convene::i18n::Localizer;
use convene::ids::SessionId;
use convene::reports::pdf::{PdfKind, PdfOptions};
use convene::sessions::{NewSession, SessionKind};
use convene::signins::{NewSignin, Role};

/// Concerns in each script the reports must print, with their language.
const CONCERNS: &[(&str, &str, Option<&str>)] = &[
    ("Street lights on 23rd Ave are out", "en", None),
    ("Xe chạy quá nhanh trước trường học", "vi", Some("Cars drive too fast by the school")),
    ("Нужно больше освещения в парке", "ru", Some("The park needs more lighting")),
    ("希望警察局有會說中文的聯絡人", "zh-Hant", Some("We want a Chinese-speaking liaison")),
    ("공원에 조명이 필요합니다", "ko", Some("The park needs lights")),
    ("በመንገዳችን ላይ መብራት የለም", "am", Some("There are no lights on our street")),
    ("الشارع مظلم قرب محطة الحافلات", "ar", Some("The street is dark near the bus stop")),
    ("Dhalinyaradu waxay u baahan yihiin garoon", "so", Some("Young people need a playing field")),
];

fn summit(c: &mut Convene) -> SessionId {
    let s = c
        .create_session(NewSession {
            title: "East Precinct Summit".into(),
            kind: Some(SessionKind::Summit),
            precinct: Some("East".into()),
            place: Some("Miller Community Center".into()),
            starts_at: Some("2027-03-11T19:00:00-08:00".into()),
            languages: vec!["en".into()],
            interpreted: vec!["es".into(), "vi".into(), "ar".into()],
            ..Default::default()
        })
        .unwrap()
        .id;
    let g = c.add_group(s, NewGroup { name: "Table 1".into(), ..Default::default() }).unwrap().id;
    for (i, (title, minutes)) in [("Welcome", 10), ("Breakout discussions", 40)].into_iter().enumerate() {
        let item = c.add_agenda_item(s, NewAgendaItem { title: title.into(), minutes, ..Default::default() });
        let item = item.unwrap().id;
        if i == 0 {
            c.start_agenda_item(item).unwrap();
            c.finish_agenda_item(item).unwrap();
        }
    }
    for (i, lang) in ["en", "es", "vi", "ar", "am"].iter().enumerate() {
        c.add_signin(
            s,
            NewSignin {
                name: Some(format!("Person {i}")),
                neighbourhood: Some("Squire Park".into()),
                language: Some((*lang).into()),
                role: Some(Role::Resident),
                ..Default::default()
            },
        )
        .unwrap();
    }
    let mut first = None;
    for (n, (text, lang, interp)) in CONCERNS.iter().enumerate() {
        let id = c
            .add_concern(
                s,
                NewConcern {
                    text: (*text).into(),
                    language: Some((*lang).into()),
                    interpretation: interp.map(Into::into),
                    interpretation_language: interp.map(|_| "en".into()),
                    group: Some(g),
                    tags: vec!["lighting".into()],
                    ..Default::default()
                },
            )
            .unwrap()
            .id;
        c.add_dot_count(s, id, 10 - n as i64).unwrap();
        first.get_or_insert(id);
    }
    c.add_note(s, "Table agreed lighting comes first", Some(g), None, Some("en")).unwrap();
    let a = c
        .add_action(NewAction {
            session: Some(s),
            title: "Repair the street lights on 23rd Ave".into(),
            owner: Some("Seattle City Light".into()),
            due: Some("2027-05-01".into()),
            concerns: first.into_iter().collect(),
            basis: Some(ChangeBasis::CommunityInput),
            ..Default::default()
        })
        .unwrap()
        .id;
    c.update_action(
        a,
        NewActionUpdate {
            on_date: Some("2027-04-02".into()),
            text: "Twelve lights replaced".into(),
            status: Some(ActionStatus::Done),
            ..Default::default()
        },
    )
    .unwrap();
    s
}

fn pdftotext(pdf: &[u8], dir: &Path, args: &[&str]) -> String {
    let path = dir.join("report.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(args)
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/test.sh");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Text with all whitespace removed, so words wrapped across lines or cells still match, and
/// NFKC-normalised as search and copy do (a lam-alef ligature comes out as its presentation form).
fn squash(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // Arabic vowel marks (harakat, tanween) are drawn on their letters, but pdftotext lifts them
    // onto a line of their own; they are left out of the comparison.
    s.nfkc()
        .filter(|c| !c.is_whitespace())
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}'))
        .collect()
}

fn render(c: &Convene, s: SessionId, kind: PdfKind, locale: &str, second: Option<&str>) -> Vec<u8> {
    let opts = PdfOptions { kind, locale: locale.into(), second_locale: second.map(Into::into), paper: None };
    c.report_pdf(s, &opts).unwrap_or_else(|e| panic!("{kind} in {locale}: {e}"))
}

#[test]
fn every_report_in_every_locale_has_its_headings_and_every_script() {
    let mut c = Convene::open_in_memory().unwrap();
    let s = summit(&mut c);
    let dir = tempfile::tempdir().unwrap();
    let locales: Vec<&str> = Localizer::available().collect();
    assert!(locales.len() >= 2);
    let headings: &[(PdfKind, &[&str])] = &[
        (
            PdfKind::Summary,
            &["pdf-attendance", "pdf-agenda", "pdf-top-concerns", "pdf-by-tag", "pdf-notes", "pdf-actions"],
        ),
        (PdfKind::SigninSheet, &["pdf-kind-signin-sheet", "pdf-signin-name", "pdf-signin-consent"]),
        (
            PdfKind::ReportBack,
            &["pdf-kind-report-back", "pdf-handout-raised", "pdf-handout-done", "pdf-handout-next"],
        ),
        (PdfKind::Cpp, &["pdf-cpp-feedback", "pdf-cpp-effectiveness", "pdf-cpp-responses", "pdf-cpp-shared"]),
    ];
    for locale in &locales {
        let l = Localizer::new(locale);
        for (kind, ids) in headings {
            let text = squash(&pdftotext(&render(&c, s, *kind, locale, None), dir.path(), &[]));
            for id in *ids {
                let want = squash(&l.message(id, None));
                assert!(text.contains(&want), "{kind} in {locale} lacks its heading {id} ({want})");
            }
            if *kind == PdfKind::SigninSheet {
                continue; // blank by design
            }
            for (concern, lang, interp) in CONCERNS {
                assert!(
                    text.contains(&squash(concern)),
                    "{kind} in {locale} lacks the {lang} concern {concern}"
                );
                if let Some(i) = interp.filter(|_| *kind != PdfKind::Cpp) {
                    assert!(text.contains(&squash(i)), "{kind} in {locale} lacks the interpretation {i}");
                }
            }
        }
    }
}

#[test]
fn two_languages_print_each_heading_in_both() {
    let mut c = Convene::open_in_memory().unwrap();
    let s = summit(&mut c);
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = ("en", Localizer::available().find(|l| *l != "en").unwrap());
    for kind in [PdfKind::SigninSheet, PdfKind::ReportBack, PdfKind::Summary] {
        let text = squash(&pdftotext(&render(&c, s, kind, first, Some(second)), dir.path(), &[]));
        let head = if kind == PdfKind::SigninSheet { "pdf-signin-consent" } else { "pdf-col-status" };
        for locale in [first, second] {
            let want = squash(&Localizer::new(locale).message(head, None));
            assert!(text.contains(&want), "{kind} in {first}+{second} lacks {head} in {locale}");
        }
    }
}

#[test]
fn every_script_has_its_font_embedded_as_a_subset() {
    let mut c = Convene::open_in_memory().unwrap();
    let s = summit(&mut c);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("summary.pdf");
    std::fs::write(&path, render(&c, s, PdfKind::Summary, "en", None)).unwrap();
    let out = Command::new("pdffonts").arg(&path).output().expect("pdffonts (poppler-utils)");
    let listing = String::from_utf8(out.stdout).unwrap();
    for family in ["NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic", "NotoSansEthiopic", "NotoSansCJK"] {
        let line = listing
            .lines()
            .find(|l| l.contains(family))
            .unwrap_or_else(|| panic!("{family} not embedded:\n{listing}"));
        // name+subset tag "ABCDEF+", and the emb, sub and uni columns all "yes"
        assert!(line.split_whitespace().next().unwrap().contains('+'), "{family} is a subset: {line}");
        assert!(line.contains("yes yes yes"), "{family} embedded, subset, with a Unicode map: {line}");
    }
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(size < 400_000, "subset fonts keep a small summary small: {size} bytes");
}

#[test]
fn a_right_to_left_report_is_laid_out_from_the_right() {
    let Some(rtl) = Localizer::available().find(|l| convene::i18n::is_rtl(l)) else {
        // Arabic is a shipped locale: this must not pass by finding none.
        panic!("no right-to-left locale ships; Arabic should");
    };
    let mut c = Convene::open_in_memory().unwrap();
    let s = summit(&mut c);
    let dir = tempfile::tempdir().unwrap();
    let html =
        pdftotext(&render(&c, s, PdfKind::Summary, rtl, None), dir.path(), &["-bbox", "-f", "1", "-l", "1"]);
    let heading = Localizer::new(rtl).message("pdf-attendance", None);
    let first_word = heading.split_whitespace().next().unwrap();
    // pdftotext -bbox spells right-to-left words in visual order.
    let visual: String = first_word.chars().rev().collect();
    let word = html
        .lines()
        .find(|l| l.contains(&format!(">{first_word}<")) || l.contains(&format!(">{visual}<")))
        .unwrap_or_else(|| panic!("heading word {first_word} not found"));
    let x_max: f32 = attr(word, "xMax");
    // Letter is 612 pt wide with 48 pt margins: a heading at the start of a right-to-left line
    // ends at the right margin.
    assert!((x_max - 564.0).abs() < 2.0, "the {rtl} heading ends at the right margin: {word}");
}

fn attr(line: &str, name: &str) -> f32 {
    let at = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    line[at..].split('"').next().unwrap().parse().unwrap()
}

#[test]
fn an_unknown_language_is_refused_with_a_clear_error() {
    let mut c = Convene::open_in_memory().unwrap();
    let s = summit(&mut c);
    let opts = PdfOptions { kind: PdfKind::Summary, locale: "xx".into(), second_locale: None, paper: None };
    let e = c.report_pdf(s, &opts).unwrap_err();
    assert_eq!(e.code(), "unknown-locale");
}

/// A 10,000-character concern prints its first `PDF_FIELD_CHARS` characters, cut at a word,
/// with the note that the rest is in the CSV; the word after the cut is not in the PDF, and a
/// short concern is printed whole.
#[test]
fn a_very_long_concern_is_cut_with_a_note_and_a_short_one_is_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Convene::open_in_memory().unwrap();
    let s = c.create_session(NewSession { title: "Long".into(), ..Default::default() }).unwrap().id;
    let cap = convene::reports::pdf::PDF_FIELD_CHARS;
    // Numbered words, so where the cut fell can be read back.
    let mut long = String::new();
    let mut n = 0;
    while long.chars().count() < 10_000 - 12 {
        long.push_str(&format!("w{n:05} "));
        n += 1;
    }
    c.add_concern(s, NewConcern { text: long.trim_end().into(), ..Default::default() }).unwrap();
    c.add_concern(s, NewConcern { text: "Short and whole".into(), ..Default::default() }).unwrap();
    let text = squash(&pdftotext(&render(&c, s, PdfKind::Summary, "en", None), dir.path(), &[]));
    let last_whole = cap / 7 - 1; // each word is 7 characters with its space
    assert!(text.contains(&format!("w{:05}", last_whole - 1)), "the words before the cut are printed");
    assert!(!text.contains(&format!("w{:05}", last_whole + 2)), "the words after it are not");
    assert!(
        text.contains(&squash("(cut here: the whole text is in the CSV export)")),
        "the note says where the rest is"
    );
    assert!(text.contains("Shortandwhole"));
    let es = squash(&pdftotext(&render(&c, s, PdfKind::Summary, "es", None), dir.path(), &[]));
    assert!(es.contains(&squash("el texto completo está en la exportación CSV")), "in the report's language");
}
