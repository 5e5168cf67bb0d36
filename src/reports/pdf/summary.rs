//! The session summary: attendance as counts (never names), the agenda planned against actual,
//! the top concerns by votes as a bar chart, concerns by pillar and topic, notes per group,
//! actions, and every concern raised with its interpretation.

use std::collections::BTreeMap;

use super::Report;
use super::writer::{BODY, Cell, Column, SMALL};
use crate::Convene;
use crate::actions::Action;
use crate::board::BoardCard;
use crate::concerns::ConcernFilter;
use crate::error::Result;
use crate::sessions::Session;
use crate::tags::{Tag, TagKind};

pub(super) fn write(c: &Convene, s: &Session, r: &mut Report) -> Result<()> {
    let title = r.l.t(crate::msg!(pdf_kind_summary));
    r.w.title(&s.title)?;
    r.w.text(&title, super::writer::HEADING2)?;
    r.session_header(s)?;
    attendance(c, s, r)?;
    agenda(c, s, r)?;
    let cards = c.session_board(s.id, &ConcernFilter::default())?;
    top_concerns(r, &cards)?;
    r.w.heading(&r.l.both(crate::msg!(pdf_by_tag)))?;
    tag_table(r, &c.tags()?, &cards)?;
    notes(c, s, r)?;
    r.w.heading(&r.l.both(crate::msg!(pdf_actions)))?;
    actions_table(r, &c.actions(Some(s.id), None)?)?;
    r.w.heading(&r.l.both(crate::msg!(pdf_all_concerns)))?;
    concern_table(r, &cards)?;
    Ok(())
}

fn attendance(c: &Convene, s: &Session, r: &mut Report) -> Result<()> {
    let a = c.attendance(s.id)?;
    r.w.heading(&r.l.both(crate::msg!(pdf_attendance)))?;
    for line in [
        r.l.t(crate::msg!(pdf_attendance_total, count = a.total)),
        r.l.t(crate::msg!(pdf_attendance_interpreter, count = a.interpreter_needed)),
        r.l.t(crate::msg!(pdf_attendance_anonymous, count = a.anonymous)),
    ] {
        r.w.text(&line, BODY)?;
    }
    let privacy = r.l.t(crate::msg!(pdf_attendance_privacy));
    r.w.text(&privacy, SMALL)?;
    let people = r.l.pair(crate::msg!(pdf_col_people));
    let sorted = |m: &BTreeMap<String, i64>| {
        let mut v: Vec<(String, i64)> = m.iter().map(|(k, v)| (k.clone(), *v)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    };
    let unknown = r.l.t(crate::msg!(pdf_not_given));
    let by_language: Vec<Vec<Cell>> = sorted(&a.by_language)
        .into_iter()
        .map(|(k, n)| vec![if k.is_empty() { unknown.clone() } else { r.l.language(&k) }.into(), n.into()])
        .collect();
    let by_role: Vec<Vec<Cell>> = sorted(&a.by_role)
        .into_iter()
        .map(|(k, n)| {
            let role = crate::signins::Role::parse(&k).map(|x| r.l.t(x.label())).unwrap_or(k);
            vec![role.into(), n.into()]
        })
        .collect();
    let by_place: Vec<Vec<Cell>> = sorted(&a.by_neighbourhood)
        .into_iter()
        .map(|(k, n)| vec![if k.is_empty() { unknown.clone() } else { k }.into(), n.into()])
        .collect();
    for (head, rows) in [
        (crate::msg!(pdf_by_language), by_language),
        (crate::msg!(pdf_by_role), by_role),
        (crate::msg!(pdf_by_neighbourhood), by_place),
    ] {
        if rows.is_empty() {
            continue;
        }
        let cols = [Column::new(r.l.both(head), 3.0), Column::numeric(vec![people.clone()], 1.0)];
        r.w.space(4.0);
        r.w.table(&cols, &rows)?;
    }
    Ok(())
}

fn agenda(c: &Convene, s: &Session, r: &mut Report) -> Result<()> {
    let items = c.agenda(s.id)?;
    if items.is_empty() {
        return Ok(());
    }
    r.w.heading(&r.l.both(crate::msg!(pdf_agenda)))?;
    let cols = [
        Column::new(r.l.both(crate::msg!(pdf_col_item)), 4.0),
        Column::new(r.l.both(crate::msg!(pdf_col_presenter)), 2.0),
        Column::numeric(r.l.both(crate::msg!(pdf_col_planned)), 1.2),
        Column::numeric(r.l.both(crate::msg!(pdf_col_actual)), 1.2),
        Column::numeric(r.l.both(crate::msg!(pdf_col_difference)), 1.2),
    ];
    let not_run = r.l.t(crate::msg!(pdf_agenda_not_run));
    let (mut planned, mut actual) = (0, 0);
    let mut rows: Vec<Vec<Cell>> = items
        .iter()
        .map(|i| {
            planned += i.planned_minutes;
            actual += i.actual_minutes.unwrap_or(0);
            vec![
                i.title.clone().into(),
                i.presenter.clone().unwrap_or_default().into(),
                i.planned_minutes.into(),
                i.actual_minutes.map(Cell::from).unwrap_or_else(|| not_run.as_str().into()),
                i.actual_minutes.map(|a| signed(a - i.planned_minutes)).unwrap_or_default().into(),
            ]
        })
        .collect();
    let bold = Some(super::text::Style::new(9.0).bold());
    rows.push(vec![
        Cell { main: r.l.t(crate::msg!(pdf_agenda_total)), style: bold, ..Default::default() },
        "".into(),
        planned.into(),
        actual.into(),
        signed(actual - planned).into(),
    ]);
    r.w.table(&cols, &rows)
}

fn signed(n: i64) -> String {
    if n > 0 { format!("+{n}") } else { n.to_string() }
}

/// The most characters of one concern's text (and of its interpretation) a PDF prints; the
/// rest is marked as cut, and is whole in the CSV export and the app. A report is read on
/// paper: a 10,000-character concern is four pages of one table cell. The cap also bounds the
/// report's memory (printpdf keeps every page until it saves): see docs/PERFORMANCE.md.
pub const PDF_FIELD_CHARS: usize = 1_000;

/// `text` cut to `PDF_FIELD_CHARS` characters, at a space where one is near the end, with
/// the note that says where the rest is.
pub(super) fn capped(r: &Report, text: &str) -> String {
    let Some((cut, _)) = text.char_indices().nth(PDF_FIELD_CHARS) else {
        return text.to_string();
    };
    let head = &text[..cut];
    let floor = text.char_indices().nth(PDF_FIELD_CHARS * 4 / 5).map_or(0, |(i, _)| i);
    let head = match head.rfind(char::is_whitespace) {
        Some(i) if i >= floor => &head[..i],
        _ => head,
    };
    format!("{}… {}", head.trim_end(), r.l.t(crate::msg!(pdf_text_cut)))
}

/// The concern's own words, and its interpretation with the language each is in, each capped
/// at `PDF_FIELD_CHARS`.
pub(super) fn concern_lines(r: &Report, card: &BoardCard) -> (String, Option<String>) {
    let c = &card.concern;
    let interp = c.interpretation.as_ref().map(|i| {
        let i = capped(r, i);
        match c.interpretation_language.as_deref() {
            Some(code) => {
                format!("{}: {i}", r.l.t(crate::msg!(pdf_interpreted, language = r.l.language(code))))
            }
            None => format!("{}: {i}", r.l.t(crate::msg!(pdf_interpretation))),
        }
    });
    (capped(r, &c.text), interp)
}

pub(super) fn top_concerns(r: &mut Report, cards: &[BoardCard]) -> Result<()> {
    r.w.heading(&r.l.both(crate::msg!(pdf_top_concerns)))?;
    let voted: Vec<_> = cards.iter().filter(|c| c.dots > 0).take(10).collect();
    if voted.is_empty() {
        let none = r.l.t(crate::msg!(pdf_no_votes));
        return r.w.text(&none, BODY);
    }
    let items: Vec<_> = voted
        .into_iter()
        .map(|card| {
            let (text, interp) = concern_lines(r, card);
            (text, interp, card.dots)
        })
        .collect();
    r.w.bars(&items)
}

/// Concerns counted by pillar and topic, from the tag vocabulary.
pub(super) fn tag_table(r: &mut Report, tags: &[Tag], cards: &[BoardCard]) -> Result<()> {
    let by_slug: BTreeMap<&str, &Tag> = tags.iter().map(|t| (t.slug.as_str(), t)).collect();
    let untagged = r.l.t(crate::msg!(pdf_untagged));
    let mut counts: BTreeMap<(String, String), i64> = BTreeMap::new();
    for card in cards {
        if card.concern.tags.is_empty() {
            *counts.entry((untagged.clone(), String::new())).or_default() += 1;
        }
        for slug in &card.concern.tags {
            let key = match by_slug.get(slug.as_str()) {
                Some(t) if t.kind == TagKind::Pillar => (t.label.clone(), String::new()),
                Some(t) => {
                    let pillar = t.pillar.as_deref().and_then(|p| by_slug.get(p)).map(|p| p.label.clone());
                    (pillar.unwrap_or_else(|| untagged.clone()), t.label.clone())
                }
                None => (untagged.clone(), slug.clone()),
            };
            *counts.entry(key).or_default() += 1;
        }
    }
    if counts.is_empty() {
        let none = r.l.t(crate::msg!(pdf_none_yet));
        return r.w.text(&none, BODY);
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| a.0.0.cmp(&b.0.0).then(b.1.cmp(&a.1)).then(a.0.1.cmp(&b.0.1)));
    let cols = [
        Column::new(r.l.both(crate::msg!(pdf_col_pillar)), 3.0),
        Column::new(r.l.both(crate::msg!(pdf_col_topic)), 3.0),
        Column::numeric(r.l.both(crate::msg!(pdf_col_concerns)), 1.2),
    ];
    let rows: Vec<Vec<Cell>> =
        rows.into_iter().map(|((pillar, topic), n)| vec![pillar.into(), topic.into(), n.into()]).collect();
    r.w.table(&cols, &rows)
}

fn notes(c: &Convene, s: &Session, r: &mut Report) -> Result<()> {
    let notes = c.notes(s.id, None)?;
    if notes.is_empty() {
        return Ok(());
    }
    r.w.heading(&r.l.both(crate::msg!(pdf_notes)))?;
    let mut groups: Vec<(Option<crate::ids::GroupId>, String)> =
        c.groups(s.id)?.into_iter().map(|g| (Some(g.id), g.name)).collect();
    groups.push((None, r.l.t(crate::msg!(pdf_whole_room))));
    for (id, name) in groups {
        let mine: Vec<_> = notes.iter().filter(|n| n.group_id == id).collect();
        if mine.is_empty() {
            continue;
        }
        r.w.subheading(&[name])?;
        for n in mine {
            r.w.bullet(&n.text, BODY)?;
        }
    }
    Ok(())
}

pub(super) fn actions_table(r: &mut Report, actions: &[Action]) -> Result<()> {
    if actions.is_empty() {
        let none = r.l.t(crate::msg!(pdf_none_yet));
        return r.w.text(&none, BODY);
    }
    let cols = [
        Column::new(r.l.both(crate::msg!(pdf_col_action)), 4.0),
        Column::new(r.l.both(crate::msg!(pdf_col_owner)), 1.6),
        Column::new(r.l.both(crate::msg!(pdf_col_due)), 1.5),
        Column::new(r.l.both(crate::msg!(pdf_col_status)), 1.3),
        Column::new(r.l.both(crate::msg!(pdf_col_basis)), 1.6),
    ];
    let rows: Vec<Vec<Cell>> = actions
        .iter()
        .map(|a| {
            vec![
                Cell { main: a.title.clone(), second: a.response.iter().cloned().collect(), style: None },
                a.owner.clone().unwrap_or_default().into(),
                a.due.as_deref().map(|d| r.l.date(d)).unwrap_or_default().into(),
                r.l.t(a.status.label()).into(),
                r.l.t(a.basis.label()).into(),
            ]
        })
        .collect();
    r.w.table(&cols, &rows)
}

fn concern_table(r: &mut Report, cards: &[BoardCard]) -> Result<()> {
    if cards.is_empty() {
        let none = r.l.t(crate::msg!(pdf_none_yet));
        return r.w.text(&none, BODY);
    }
    let cols = [
        Column::new(r.l.both(crate::msg!(pdf_col_concern)), 5.0),
        Column::new(r.l.both(crate::msg!(pdf_col_group)), 1.6),
        Column::new(r.l.both(crate::msg!(pdf_col_status)), 1.4),
        Column::numeric(r.l.both(crate::msg!(pdf_col_dots)), 0.8),
    ];
    let rows: Vec<Vec<Cell>> = cards
        .iter()
        .map(|card| {
            let (text, interp) = concern_lines(r, card);
            vec![
                Cell { main: text, second: interp.into_iter().collect(), style: None },
                card.group_name.clone().unwrap_or_default().into(),
                r.l.t(card.concern.status.label()).into(),
                card.dots.into(),
            ]
        })
        .collect();
    r.w.table(&cols, &rows)
}
