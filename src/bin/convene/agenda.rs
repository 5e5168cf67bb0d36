use clap::Subcommand;
use convene::agenda::{AgendaKind, NewAgendaItem};
use convene::ids::{AgendaItemId, SessionId};
use convene::{Convene, Result};

use crate::output::{Out, opt, tr};

#[derive(Subcommand)]
pub enum Cmd {
    Add {
        session: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        minutes: i64,
        #[arg(long)]
        presenter: Option<String>,
        #[arg(long)]
        kind: Option<AgendaKind>,
    },
    List {
        session: String,
    },
    Move {
        item: String,
        #[arg(long)]
        to: usize,
    },
    Start {
        item: String,
    },
    Finish {
        item: String,
    },
    Next {
        session: String,
    },
    Edit {
        item: String,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        minutes: Option<i64>,
        #[arg(long)]
        presenter: Option<String>,
        #[arg(long)]
        kind: Option<AgendaKind>,
    },
    Remove {
        item: String,
    },
}

pub fn run(c: &mut Convene, cmd: Cmd, out: &Out) -> Result<()> {
    match cmd {
        Cmd::Add { session, title, minutes, presenter, kind } => {
            let s: SessionId = c.resolve(&session)?;
            out.created(c.add_agenda_item(s, NewAgendaItem { title, minutes, presenter, kind })?.id);
        }
        Cmd::List { session } => {
            let s: SessionId = c.resolve(&session)?;
            let items = c.agenda(s)?;
            let room = c.session(s)?.room_minutes;
            out.list("agenda", &items, || {
                let planned: i64 = items.iter().map(|i| i.planned_minutes).sum();
                let mut t = out.table(
                    &[
                        convene::msg!(cli_col_place),
                        convene::msg!(cli_col_id),
                        convene::msg!(cli_col_kind),
                        convene::msg!(cli_col_planned),
                        convene::msg!(cli_col_actual),
                        convene::msg!(cli_col_presenter),
                        convene::msg!(cli_col_title),
                    ],
                    items
                        .iter()
                        .enumerate()
                        .map(|(n, i)| {
                            let actual = match (&i.started_at, i.actual_minutes) {
                                (_, Some(m)) => tr!(out, cli_minutes, minutes = m),
                                (Some(_), None) => out.m(convene::msg!(cli_agenda_running)),
                                _ => String::new(),
                            };
                            vec![
                                (n + 1).to_string(),
                                i.id.to_string(),
                                i.kind.to_string(),
                                tr!(out, cli_minutes, minutes = i.planned_minutes),
                                actual,
                                opt(&i.presenter),
                                i.title.clone(),
                            ]
                        })
                        .collect(),
                );
                t.push_str(&match room {
                    None => tr!(out, cli_agenda_total, planned = planned),
                    Some(r) if planned > r => {
                        tr!(out, cli_agenda_total_over, planned = planned, booked = r)
                    }
                    Some(r) => tr!(out, cli_agenda_total_booked, planned = planned, booked = r),
                });
                t
            });
        }
        Cmd::Move { item, to } => {
            let id: AgendaItemId = c.resolve(&item)?;
            let o = c.move_agenda_item(id, to)?;
            out.done(o.id, || tr!(out, cli_agenda_moved, place = to));
        }
        Cmd::Start { item } => {
            let id: AgendaItemId = c.resolve(&item)?;
            let o = c.start_agenda_item(id)?;
            out.done(o.id, || {
                tr!(out, cli_agenda_started, title = c.agenda_item(id).map(|i| i.title).unwrap_or_default())
            });
        }
        Cmd::Finish { item } => {
            let id: AgendaItemId = c.resolve(&item)?;
            let o = c.finish_agenda_item(id)?;
            out.done(o.id, || out.m(convene::msg!(cli_agenda_finished)));
        }
        Cmd::Next { session } => {
            let s: SessionId = c.resolve(&session)?;
            let now = c.next_agenda_item(s)?;
            let title = now.and_then(|id| c.agenda_item(id).ok()).map(|i| i.title);
            out.show(
                &serde_json::json!({"id": now.map(|i| i.to_string()), "title": title}),
                || match &title {
                    Some(t) => tr!(out, cli_agenda_now, title = t),
                    None => out.m(convene::msg!(cli_agenda_done)),
                },
            );
        }
        Cmd::Edit { item, title, minutes, presenter, kind } => {
            let id: AgendaItemId = c.resolve(&item)?;
            let o = c.edit_agenda_item(id, title.as_deref(), minutes, presenter.as_deref(), kind)?;
            out.done(o.id, || out.m(convene::msg!(cli_updated)));
        }
        Cmd::Remove { item } => {
            let id: AgendaItemId = c.resolve(&item)?;
            let o = c.remove_agenda_item(id)?;
            out.done(o.id, || out.m(convene::msg!(cli_removed)));
        }
    }
    Ok(())
}
