//! The semi-annual Community Policing Plan update for a precinct, across its sessions: community
//! feedback and priorities, how effective current efforts are, new or modified responses (each
//! marked result-based or based on community input), and what was shared with the community.

use super::Report;
use super::summary::{concern_lines, tag_table};
use super::writer::{BODY, Cell, Column, SECOND};
use crate::Convene;
use crate::actions::ActionStatus;
use crate::concerns::ConcernFilter;
use crate::error::Result;
use crate::sessions::{Session, SessionKind};

pub(super) fn write(c: &Convene, s: &Session, r: &mut Report) -> Result<()> {
    let precinct = s.precinct.as_deref();
    let (sessions, people) = super::precinct_sessions(c, precinct)?;
    let mut title = r.l.t(crate::msg!(pdf_kind_cpp));
    let place = match precinct {
        Some(p) => r.l.t(crate::msg!(pdf_precinct, precinct = p)),
        None => r.l.t(crate::msg!(pdf_all_precincts)),
    };
    title = format!("{title}: {place}");
    r.w.title(&title)?;
    if let Some(second) = &r.l.second {
        r.w.text(&second.m(crate::msg!(pdf_kind_cpp)), super::writer::HEADING.grey(0.3))?;
    }
    let dates: Vec<&str> = sessions.iter().filter_map(|x| x.starts_at.as_deref()).collect();
    let period = r.l.t(crate::msg!(
        pdf_cpp_period,
        sessions = sessions.len() as i64,
        from = dates.first().map(|d| r.l.date(d)).unwrap_or_default(),
        to = dates.last().map(|d| r.l.date(d)).unwrap_or_default()
    ));
    r.w.text(&period, SECOND.grey(0.25))?;

    // 1. Community feedback and priorities
    let cards = c.merged_board(precinct, &ConcernFilter::default())?;
    r.w.heading(&r.l.both(crate::msg!(pdf_cpp_feedback)))?;
    let intro = r.l.t(crate::msg!(pdf_cpp_feedback_intro, people = people, concerns = cards.len() as i64));
    r.w.text(&intro, BODY)?;
    r.w.space(4.0);
    let voted: Vec<_> = cards
        .iter()
        .take(12)
        .map(|card| {
            let (text, interp) = concern_lines(r, card);
            (format!("{text} ({})", card.session_title), interp, card.dots)
        })
        .collect();
    if !voted.is_empty() {
        r.w.bars(&voted)?;
    }
    tag_table(r, &c.tags()?, &cards)?;

    // 2. How effective current efforts are
    let actions = c.actions(None, precinct)?;
    r.w.heading(&r.l.both(crate::msg!(pdf_cpp_effectiveness)))?;
    let count = |s: ActionStatus| actions.iter().filter(|a| a.status == s).count() as i64;
    let counts = r.l.t(crate::msg!(
        pdf_cpp_effectiveness_counts,
        done = count(ActionStatus::Done),
        progress = count(ActionStatus::InProgress),
        planned = count(ActionStatus::Planned),
        dropped = count(ActionStatus::Dropped)
    ));
    r.w.text(&counts, BODY)?;
    r.w.space(4.0);
    if !actions.is_empty() {
        let cols = [
            Column::new(r.l.both(crate::msg!(pdf_col_action)), 3.0),
            Column::new(r.l.both(crate::msg!(pdf_col_status)), 1.3),
            Column::new(r.l.both(crate::msg!(pdf_col_owner)), 1.5),
        ];
        let rows: Vec<Vec<Cell>> = actions
            .iter()
            .map(|a| {
                let second =
                    a.updates.iter().map(|u| format!("{}: {}", r.l.date(&u.on_date), u.text)).collect();
                vec![
                    Cell { main: a.title.clone(), second, style: None },
                    r.l.t(a.status.label()).into(),
                    a.owner.clone().unwrap_or_default().into(),
                ]
            })
            .collect();
        r.w.table(&cols, &rows)?;
    }

    // 3. New or modified responses
    r.w.heading(&r.l.both(crate::msg!(pdf_cpp_responses)))?;
    super::summary::actions_table(r, &actions)?;

    // 4. What was shared with the community
    r.w.heading(&r.l.both(crate::msg!(pdf_cpp_shared)))?;
    let shared: Vec<&Session> = sessions.iter().filter(|x| x.kind == SessionKind::ReportBack).collect();
    if shared.is_empty() {
        let none = r.l.t(crate::msg!(pdf_cpp_no_sharing));
        r.w.text(&none, BODY)?;
    } else {
        let cols = [
            Column::new(r.l.both(crate::msg!(pdf_col_session)), 4.0),
            Column::new(r.l.both(crate::msg!(pdf_col_date)), 2.0),
            Column::numeric(r.l.both(crate::msg!(pdf_col_people)), 1.0),
        ];
        let mut rows: Vec<Vec<Cell>> = vec![];
        for x in shared {
            rows.push(vec![
                Cell { main: x.title.clone(), second: x.place.iter().cloned().collect(), style: None },
                x.starts_at.as_deref().map(|d| r.l.date(d)).unwrap_or_default().into(),
                c.attendance(x.id)?.total.into(),
            ]);
        }
        r.w.table(&cols, &rows)?;
    }
    Ok(())
}
