use clap::Subcommand;
use convene::ids::{ProgrammeId, SessionId};
use convene::sessions::{NewSession, SessionEdit, SessionKind};
use convene::{Convene, Result};

use crate::output::{Out, opt, table};

#[derive(Subcommand)]
pub enum Cmd {
    /// Create a session.
    Create {
        #[arg(long)]
        title: String,
        #[arg(long, default_value = "summit")]
        kind: SessionKind,
        #[arg(long)]
        precinct: Option<String>,
        #[arg(long)]
        place: Option<String>,
        /// Start date and time, RFC 3339 (2027-03-14T18:30:00-07:00) or a date.
        #[arg(long)]
        starts: Option<String>,
        /// Minutes the room is booked for.
        #[arg(long)]
        room_minutes: Option<i64>,
        /// Languages spoken, comma-separated (en,es).
        #[arg(long, value_delimiter = ',')]
        languages: Vec<String>,
        /// Languages interpreted, comma-separated.
        #[arg(long, value_delimiter = ',')]
        interpreted: Vec<String>,
        /// Programme id (prefix).
        #[arg(long)]
        programme: Option<String>,
    },
    /// List sessions.
    List,
    /// Show a session and what it holds.
    Show { session: String },
    /// Change a session's details.
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
    /// A new session with an earlier one's agenda, groups and questions.
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
                table(
                    &["ID", "KIND", "STARTS", "PRECINCT", "TITLE"],
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
                format!(
                    "{title}\n  id:          {id}\n  kind:        {kind}\n  precinct:    {precinct}\n  place:       {place}\n  starts:      {starts}\n  languages:   {langs}\n  interpreted: {interp}\n  agenda:      {items} items, {planned} min planned{room}\n  groups:      {groups}\n  questions:   {questions}\n  sign-ins:    {signins}\n  concerns:    {concerns}\n  notes:       {notes}\n  ballots:     {ballots}\n  actions:     {actions}",
                    title = x.title,
                    id = x.id,
                    kind = x.kind,
                    precinct = opt(&x.precinct),
                    place = opt(&x.place),
                    starts = opt(&x.starts_at),
                    langs = x.languages.join(", "),
                    interp = x.interpreted.join(", "),
                    items = s.agenda_items,
                    planned = s.planned_minutes,
                    room = x.room_minutes.map(|m| format!(" of {m} booked")).unwrap_or_default(),
                    groups = s.groups,
                    questions = s.questions,
                    signins = s.signins,
                    concerns = s.concerns,
                    notes = s.notes,
                    ballots = s.ballots,
                    actions = s.actions,
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
            out.done(o.id, || format!("Updated session {}", o.id));
        }
        Cmd::Duplicate { session, title, starts } => {
            let id: SessionId = c.resolve(&session)?;
            out.created(c.duplicate_session(id, &title, starts.as_deref())?.id);
        }
    }
    Ok(())
}
