use clap::Subcommand;
use convene::agenda::{AgendaKind, NewAgendaItem};
use convene::ids::{AgendaItemId, SessionId};
use convene::{Convene, Result};

use crate::output::{Out, opt, table};

#[derive(Subcommand)]
pub enum Cmd {
    /// Add an item at the end of a session's agenda.
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
    /// The agenda in order, planned against actual.
    List { session: String },
    /// Move an item to a place in the agenda (1 is first).
    Move {
        item: String,
        #[arg(long)]
        to: usize,
    },
    /// Start an item now (finishing whatever was running).
    Start { item: String },
    /// Finish an item now.
    Finish { item: String },
    /// Run of show: finish the current item and start the next.
    Next { session: String },
    /// Change an item.
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
    /// Take an item off the agenda.
    Remove { item: String },
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
                let mut t = table(
                    &["#", "ID", "KIND", "PLANNED", "ACTUAL", "PRESENTER", "TITLE"],
                    items
                        .iter()
                        .enumerate()
                        .map(|(n, i)| {
                            let actual = match (&i.started_at, i.actual_minutes) {
                                (_, Some(m)) => format!("{m} min"),
                                (Some(_), None) => "running".into(),
                                _ => String::new(),
                            };
                            vec![
                                (n + 1).to_string(),
                                i.id.to_string(),
                                i.kind.to_string(),
                                format!("{} min", i.planned_minutes),
                                actual,
                                opt(&i.presenter),
                                i.title.clone(),
                            ]
                        })
                        .collect(),
                );
                t.push_str(&format!("Total planned: {planned} min"));
                if let Some(r) = room {
                    t.push_str(&format!(
                        " of {r} booked{}",
                        if planned > r { " — over the room booking" } else { "" }
                    ));
                }
                t
            });
        }
        Cmd::Move { item, to } => {
            let id: AgendaItemId = c.resolve(&item)?;
            let o = c.move_agenda_item(id, to)?;
            out.done(o.id, || format!("Moved to place {to}"));
        }
        Cmd::Start { item } => {
            let id: AgendaItemId = c.resolve(&item)?;
            let o = c.start_agenda_item(id)?;
            out.done(o.id, || {
                format!("Started “{}”", c.agenda_item(id).map(|i| i.title).unwrap_or_default())
            });
        }
        Cmd::Finish { item } => {
            let id: AgendaItemId = c.resolve(&item)?;
            let o = c.finish_agenda_item(id)?;
            out.done(o.id, || "Finished".into());
        }
        Cmd::Next { session } => {
            let s: SessionId = c.resolve(&session)?;
            let now = c.next_agenda_item(s)?;
            let title = now.and_then(|id| c.agenda_item(id).ok()).map(|i| i.title);
            out.show(
                &serde_json::json!({"id": now.map(|i| i.to_string()), "title": title}),
                || match &title {
                    Some(t) => format!("Now: {t}"),
                    None => "The agenda is done.".into(),
                },
            );
        }
        Cmd::Edit { item, title, minutes, presenter, kind } => {
            let id: AgendaItemId = c.resolve(&item)?;
            let o = c.edit_agenda_item(id, title.as_deref(), minutes, presenter.as_deref(), kind)?;
            out.done(o.id, || "Updated".into());
        }
        Cmd::Remove { item } => {
            let id: AgendaItemId = c.resolve(&item)?;
            let o = c.remove_agenda_item(id)?;
            out.done(o.id, || "Removed".into());
        }
    }
    Ok(())
}
