use clap::Subcommand;
use convene::ids::{ProgrammeId, SessionId};
use convene::sessions::{NewSession, SessionEdit, SessionKind};
use convene::{Convene, Result};

use crate::output::{Out, opt, tr};

#[derive(Subcommand)]
pub enum Cmd {
    Create {
        #[arg(long)]
        title: String,
        #[arg(long, default_value = "summit")]
        kind: SessionKind,
        #[arg(long)]
        precinct: Option<String>,
        #[arg(long)]
        place: Option<String>,
        #[arg(long)]
        starts: Option<String>,
        #[arg(long)]
        room_minutes: Option<i64>,
        #[arg(long, value_delimiter = ',')]
        languages: Vec<String>,
        #[arg(long, value_delimiter = ',')]
        interpreted: Vec<String>,
        #[arg(long)]
        programme: Option<String>,
    },
    List,
    Show {
        session: String,
    },
    Edit {
        session: String,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        kind: Option<SessionKind>,
        #[arg(long)]
        precinct: Option<String>,
        #[arg(long)]
        place: Option<String>,
        #[arg(long)]
        starts: Option<String>,
        #[arg(long)]
        room_minutes: Option<i64>,
        #[arg(long, value_delimiter = ',')]
        languages: Option<Vec<String>>,
        #[arg(long, value_delimiter = ',')]
        interpreted: Option<Vec<String>>,
    },
    Duplicate {
        session: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        starts: Option<String>,
    },
}

pub fn run(c: &mut Convene, cmd: Cmd, out: &Out) -> Result<()> {
    match cmd {
        Cmd::Create {
            title,
            kind,
            precinct,
            place,
            starts,
            room_minutes,
            languages,
            interpreted,
            programme,
        } => {
            let programme = programme.map(|p| c.resolve::<ProgrammeId>(&p)).transpose()?;
            let o = c.create_session(NewSession {
                title,
                kind: Some(kind),
                programme,
                precinct,
                place,
                starts_at: starts,
                room_minutes,
                languages,
                interpreted,
            })?;
            out.created(o.id);
        }
        Cmd::List => {
            let ss = c.sessions()?;
            out.list("sessions", &ss, || {
                out.table(
                    &["cli-col-id", "cli-col-kind", "cli-col-starts", "cli-col-precinct", "cli-col-title"],
                    ss.iter()
                        .map(|s| {
                            vec![
                                s.id.to_string(),
                                s.kind.to_string(),
                                opt(&s.starts_at),
                                opt(&s.precinct),
                                s.title.clone(),
                            ]
                        })
                        .collect(),
                )
            });
        }
        Cmd::Show { session } => {
            let id: SessionId = c.resolve(&session)?;
            let s = c.session_summary(id)?;
            out.show(&s, || {
                let x = &s.session;
                let agenda = match x.room_minutes {
                    Some(r) => tr!(
                        out,
                        "cli-session-agenda-booked",
                        items = s.agenda_items,
                        planned = s.planned_minutes,
                        booked = r
                    ),
                    None => {
                        tr!(out, "cli-session-agenda", items = s.agenda_items, planned = s.planned_minutes)
                    }
                };
                out.fields(
                    &x.title,
                    &[
                        ("cli-field-id", x.id.to_string()),
                        ("cli-field-kind", x.kind.to_string()),
                        ("cli-field-precinct", opt(&x.precinct)),
                        ("cli-field-place", opt(&x.place)),
                        ("cli-field-starts", opt(&x.starts_at)),
                        ("cli-field-languages", x.languages.join(", ")),
                        ("cli-field-interpreted", x.interpreted.join(", ")),
                        ("cli-field-agenda", agenda),
                        ("cli-field-groups", s.groups.to_string()),
                        ("cli-field-questions", s.questions.to_string()),
                        ("cli-field-signins", s.signins.to_string()),
                        ("cli-field-concerns", s.concerns.to_string()),
                        ("cli-field-notes", s.notes.to_string()),
                        ("cli-field-ballots", s.ballots.to_string()),
                        ("cli-field-actions", s.actions.to_string()),
                    ],
                )
            });
        }
        Cmd::Edit { session, title, kind, precinct, place, starts, room_minutes, languages, interpreted } => {
            let id: SessionId = c.resolve(&session)?;
            let o = c.edit_session(
                id,
                SessionEdit {
                    title,
                    kind,
                    precinct,
                    place,
                    starts_at: starts,
                    room_minutes,
                    languages,
                    interpreted,
                },
            )?;
            out.done(o.id, || tr!(out, "cli-session-updated", id = o.id.to_string()));
        }
        Cmd::Duplicate { session, title, starts } => {
            let id: SessionId = c.resolve(&session)?;
            out.created(c.duplicate_session(id, &title, starts.as_deref())?.id);
        }
    }
    Ok(())
}
