//! The report-back handout, bilingual: what the precinct raised (most voted first, with how often
//! it was raised), what was done, and what comes next.

use super::Report;
use super::summary::concern_lines;
use super::writer::{BODY, Cell, Column, SECOND, SMALL};
use crate::Convene;
use crate::actions::{Action, ActionStatus};
use crate::error::Result;
use crate::sessions::Session;

/// How many concerns the handout lists: it is a handout, not the full record.
const RAISED: usize = 15;

pub(super) fn write(c: &Convene, s: &Session, r: &mut Report) -> Result<()> {
    let precinct = s.precinct.as_deref();
    let (sessions, people) = super::precinct_sessions(c, precinct)?;
    let traced = c.report_back(precinct)?;
    r.w.bilingual(
        &r.l.both(crate::msg!(pdf_kind_report_back)),
        super::writer::TITLE,
        super::writer::HEADING.grey(0.3),
    )?;
    let mut where_ = vec![];
    if let Some(p) = precinct {
        where_.push(r.l.t(crate::msg!(pdf_precinct, precinct = p)));
    }
    where_.push(s.title.clone());
    r.w.text(&super::join_isolated(&where_), SECOND.grey(0.25))?;
    r.w.space(6.0);
    r.w.bilingual(
        &r.l.both(crate::msg!(
            pdf_handout_intro,
            sessions = sessions.len() as i64,
            people = people,
            concerns = traced.len() as i64
        )),
        BODY,
        SECOND,
    )?;

    r.w.heading(&r.l.both(crate::msg!(pdf_handout_raised)))?;
    if traced.is_empty() {
        let none = r.l.t(crate::msg!(pdf_none_yet));
        r.w.text(&none, BODY)?;
    }
    for t in traced.iter().take(RAISED) {
        let (text, interp) = concern_lines(r, &t.card);
        r.w.bullet(&text, BODY)?;
        if let Some(i) = interp {
            r.w.text_at(&i, SECOND, 12.0, r.w.width() - 12.0)?;
        }
        let counts = r
            .l
            .both(crate::msg!(pdf_raised_count, count = 1 + t.also_raised.len() as i64, dots = t.card.dots))
            .join(" / ");
        r.w.text_at(&counts, SMALL, 12.0, r.w.width() - 12.0)?;
        r.w.space(3.0);
    }

    let mut actions: Vec<Action> = c.actions(None, precinct)?;
    actions.sort_by(|a, b| a.due.cmp(&b.due).then(a.title.cmp(&b.title)));
    let (done, next): (Vec<_>, Vec<_>) =
        actions.into_iter().partition(|a| matches!(a.status, ActionStatus::Done | ActionStatus::Dropped));
    r.w.heading(&r.l.both(crate::msg!(pdf_handout_done)))?;
    action_list(r, &done, crate::msg!(pdf_handout_nothing_done))?;
    r.w.heading(&r.l.both(crate::msg!(pdf_handout_next)))?;
    action_list(r, &next, crate::msg!(pdf_handout_nothing_next))?;
    Ok(())
}

fn action_list(r: &mut Report, actions: &[Action], none: crate::messages::Msg) -> Result<()> {
    if actions.is_empty() {
        return r.w.bilingual(&r.l.both(none), BODY, SECOND);
    }
    let cols = [
        Column::new(r.l.both(crate::msg!(pdf_col_action)), 5.0),
        Column::new(r.l.both(crate::msg!(pdf_col_status)), 1.6),
        Column::new(r.l.both(crate::msg!(pdf_col_due)), 1.6),
    ];
    let rows: Vec<Vec<Cell>> = actions
        .iter()
        .map(|a| {
            let mut second: Vec<String> = a.response.iter().cloned().collect();
            if let Some(owner) = &a.owner {
                second.push(r.l.t(crate::msg!(pdf_action_lead, owner = owner)));
            }
            if let Some(u) = a.updates.last() {
                second.push(r.l.t(crate::msg!(
                    pdf_action_latest,
                    date = r.l.date(&u.on_date),
                    text = u.text.as_str()
                )));
            }
            vec![
                Cell { main: a.title.clone(), second, style: None },
                r.l.both(a.status.label()).join(" / ").into(),
                a.due.as_deref().map(|d| r.l.date(d)).unwrap_or_default().into(),
            ]
        })
        .collect();
    r.w.table(&cols, &rows)
}
