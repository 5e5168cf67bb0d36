use clap::Subcommand;
use convene::actions::{ActionStatus, ChangeBasis, NewAction, NewActionUpdate};
use convene::ids::{ActionId, ConcernId, SessionId};
use convene::{Convene, Result};

use crate::output::{Out, clip, opt, table};

#[derive(Subcommand)]
pub enum Cmd {
    /// Plan an action in answer to concerns.
    Add {
        #[arg(long)]
        title: String,
        #[arg(long)]
        session: Option<String>,
        #[arg(long)]
        precinct: Option<String>,
        /// The planned response.
        #[arg(long)]
        response: Option<String>,
        #[arg(long)]
        owner: Option<String>,
        /// Due date, YYYY-MM-DD.
        #[arg(long)]
        due: Option<String>,
        /// A concern it answers (repeat for several).
        #[arg(long = "concern")]
        concerns: Vec<String>,
        /// result-based or community-input.
        #[arg(long)]
        basis: Option<ChangeBasis>,
    },
    /// Record a dated update, optionally changing status or basis.
    Update {
        action: String,
        #[arg(long)]
        text: String,
        /// YYYY-MM-DD; today if omitted.
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        status: Option<ActionStatus>,
        #[arg(long)]
        basis: Option<ChangeBasis>,
    },
    /// Change owner, due date or planned response.
    Edit {
        action: String,
        #[arg(long)]
        owner: Option<String>,
        #[arg(long)]
        due: Option<String>,
        #[arg(long)]
        response: Option<String>,
    },
    /// Actions for a session, a precinct, or all.
    List {
        #[arg(long)]
        session: Option<String>,
        #[arg(long)]
        precinct: Option<String>,
    },
    /// One action with its updates.
    Show { action: String },
}

pub fn run(c: &mut Convene, cmd: Cmd, out: &Out) -> Result<()> {
    match cmd {
        Cmd::Add { title, session, precinct, response, owner, due, concerns, basis } => {
            let session = session.map(|s| c.resolve::<SessionId>(&s)).transpose()?;
            let concerns = concerns.iter().map(|x| c.resolve::<ConcernId>(x)).collect::<Result<Vec<_>>>()?;
            out.created(
                c.add_action(NewAction { session, precinct, title, response, owner, due, concerns, basis })?
                    .id,
            );
        }
        Cmd::Update { action, text, date, status, basis } => {
            let id: ActionId = c.resolve(&action)?;
            out.created(c.update_action(id, NewActionUpdate { on_date: date, text, status, basis })?.id);
        }
        Cmd::Edit { action, owner, due, response } => {
            let id: ActionId = c.resolve(&action)?;
            let o = c.edit_action(id, owner.as_deref(), due.as_deref(), response.as_deref())?;
            out.done(o.id, || "Updated".into());
        }
        Cmd::List { session, precinct } => {
            let session = session.map(|s| c.resolve::<SessionId>(&s)).transpose()?;
            let list = c.actions(session, precinct.as_deref())?;
            out.list("actions", &list, || {
                table(
                    &["ID", "STATUS", "DUE", "OWNER", "BASIS", "CONCERNS", "TITLE"],
                    list.iter()
                        .map(|a| {
                            vec![
                                a.id.to_string(),
                                a.status.to_string(),
                                opt(&a.due),
                                opt(&a.owner),
                                a.basis.to_string(),
                                a.concern_ids.len().to_string(),
                                clip(&a.title, 50),
                            ]
                        })
                        .collect(),
                )
            });
        }
        Cmd::Show { action } => {
            let id: ActionId = c.resolve(&action)?;
            let a = c.action(id)?;
            out.show(&a, || {
                let mut s = format!(
                    "{}\n  id:        {}\n  status:    {}\n  basis:     {}\n  owner:     {}\n  due:       {}\n  response:  {}\n  concerns:  {}\n",
                    a.title,
                    a.id,
                    a.status,
                    a.basis,
                    opt(&a.owner),
                    opt(&a.due),
                    opt(&a.response),
                    a.concern_ids.len()
                );
                for u in &a.updates {
                    s.push_str(&format!("  {}  {}{}\n", u.on_date, u.text, u.status.map(|x| format!(" [{x}]")).unwrap_or_default()));
                }
                s
            });
        }
    }
    Ok(())
}
