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
                    &[
                        convene::msg!(cli_col_id),
                        convene::msg!(cli_col_kind),
                        convene::msg!(cli_col_starts),
                        convene::msg!(cli_col_precinct),
                        convene::msg!(cli_col_title),
                    ],
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
                        cli_session_agenda_booked,
                        items = s.agenda_items,
                        planned = s.planned_minutes,
                        booked = r
                    ),
                    None => {
                        tr!(out, cli_session_agenda, items = s.agenda_items, planned = s.planned_minutes)
                    }
                };
                out.fields(
                    &x.title,
                    &[
                        (convene::msg!(cli_field_id), x.id.to_string()),
                        (convene::msg!(cli_field_kind), x.kind.to_string()),
                        (convene::msg!(cli_field_precinct), opt(&x.precinct)),
                        (convene::msg!(cli_field_place), opt(&x.place)),
                        (convene::msg!(cli_field_starts), opt(&x.starts_at)),
                        (convene::msg!(cli_field_languages), x.languages.join(", ")),
                        (convene::msg!(cli_field_interpreted), x.interpreted.join(", ")),
                        (convene::msg!(cli_field_agenda), agenda),
                        (convene::msg!(cli_field_groups), s.groups.to_string()),
                        (convene::msg!(cli_field_questions), s.questions.to_string()),
                        (convene::msg!(cli_field_signins), s.signins.to_string()),
                        (convene::msg!(cli_field_concerns), s.concerns.to_string()),
                        (convene::msg!(cli_field_notes), s.notes.to_string()),
                        (convene::msg!(cli_field_ballots), s.ballots.to_string()),
                        (convene::msg!(cli_field_actions), s.actions.to_string()),
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
            out.done(o.id, || tr!(out, cli_session_updated, id = o.id.to_string()));
        }
        Cmd::Duplicate { session, title, starts } => {
            let id: SessionId = c.resolve(&session)?;
            out.created(c.duplicate_session(id, &title, starts.as_deref())?.id);
        }
    }
    Ok(())
}
