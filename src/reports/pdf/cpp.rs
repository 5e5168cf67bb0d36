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
use crate::i18n::Args;
use crate::sessions::{Session, SessionKind};

pub(super) fn write(c: &Convene, s: &Session, r: &mut Report) -> Result<()> {
    let precinct = s.precinct.as_deref();
    let (sessions, people) = super::precinct_sessions(c, precinct)?;
    let mut title = r.l.t("pdf-kind-cpp");
    let place = match precinct {
        Some(p) => {
            let mut a = Args::new();
            a.set("precinct", p);
            r.l.ta("pdf-precinct", &a)
        }
        None => r.l.t("pdf-all-precincts"),
    };
    title = format!("{title}: {place}");
    r.w.title(&title)?;
    if let Some(second) = &r.l.second {
        r.w.text(&second.message("pdf-kind-cpp", None), super::writer::HEADING.grey(0.3))?;
    }
    let dates: Vec<&str> = sessions.iter().filter_map(|x| x.starts_at.as_deref()).collect();
    let mut a = Args::new();
    a.set("sessions", sessions.len() as i64)
        .set("from", dates.first().map(|d| r.l.date(d)).unwrap_or_default())
        .set("to", dates.last().map(|d| r.l.date(d)).unwrap_or_default());
    let period = r.l.ta("pdf-cpp-period", &a);
    r.w.text(&period, SECOND.grey(0.25))?;

    // 1. Community feedback and priorities
    let cards = c.merged_board(precinct, &ConcernFilter::default())?;
    r.w.heading(&r.l.both("pdf-cpp-feedback"))?;
    let mut a = Args::new();
    a.set("people", people).set("concerns", cards.len() as i64);
    let intro = r.l.ta("pdf-cpp-feedback-intro", &a);
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
    r.w.heading(&r.l.both("pdf-cpp-effectiveness"))?;
    let count = |s: ActionStatus| actions.iter().filter(|a| a.status == s).count() as i64;
    let mut a = Args::new();
    a.set("done", count(ActionStatus::Done))
        .set("progress", count(ActionStatus::InProgress))
        .set("planned", count(ActionStatus::Planned))
        .set("dropped", count(ActionStatus::Dropped));
    let counts = r.l.ta("pdf-cpp-effectiveness-counts", &a);
    r.w.text(&counts, BODY)?;
    r.w.space(4.0);
    if !actions.is_empty() {
        let cols = [
            Column::new(r.l.both("pdf-col-action"), 3.0),
            Column::new(r.l.both("pdf-col-status"), 1.3),
            Column::new(r.l.both("pdf-col-owner"), 1.5),
        ];
        let rows: Vec<Vec<Cell>> = actions
            .iter()
            .map(|a| {
                let second =
                    a.updates.iter().map(|u| format!("{}: {}", r.l.date(&u.on_date), u.text)).collect();
                vec![
                    Cell { main: a.title.clone(), second, style: None },
                    r.l.t(&format!("action-status-{}", a.status.as_str())).into(),
                    a.owner.clone().unwrap_or_default().into(),
                ]
            })
            .collect();
        r.w.table(&cols, &rows)?;
    }

    // 3. New or modified responses
    r.w.heading(&r.l.both("pdf-cpp-responses"))?;
    super::summary::actions_table(r, &actions)?;

    // 4. What was shared with the community
    r.w.heading(&r.l.both("pdf-cpp-shared"))?;
    let shared: Vec<&Session> = sessions.iter().filter(|x| x.kind == SessionKind::ReportBack).collect();
    if shared.is_empty() {
        let none = r.l.t("pdf-cpp-no-sharing");
        r.w.text(&none, BODY)?;
    } else {
        let cols = [
            Column::new(r.l.both("pdf-col-session"), 4.0),
            Column::new(r.l.both("pdf-col-date"), 2.0),
            Column::numeric(r.l.both("pdf-col-people"), 1.0),
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
