use clap::Subcommand;
use convene::actions::{ActionStatus, ChangeBasis, NewAction, NewActionUpdate};
use convene::ids::{ActionId, ConcernId, SessionId};
use convene::{Convene, Result};

use crate::output::{Out, clip, opt};

#[derive(Subcommand)]
pub enum Cmd {
    Add {
        #[arg(long)]
        title: String,
        #[arg(long)]
        session: Option<String>,
        #[arg(long)]
        precinct: Option<String>,
        #[arg(long)]
        response: Option<String>,
        #[arg(long)]
        owner: Option<String>,
        #[arg(long)]
        due: Option<String>,
        #[arg(long = "concern")]
        concerns: Vec<String>,
        #[arg(long)]
        basis: Option<ChangeBasis>,
    },
    Update {
        action: String,
        #[arg(long)]
        text: String,
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        status: Option<ActionStatus>,
        #[arg(long)]
        basis: Option<ChangeBasis>,
    },
    Edit {
        action: String,
        #[arg(long)]
        owner: Option<String>,
        #[arg(long)]
        due: Option<String>,
        #[arg(long)]
        response: Option<String>,
    },
    List {
        #[arg(long)]
        session: Option<String>,
        #[arg(long)]
        precinct: Option<String>,
    },
    Show {
        action: String,
    },
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
            out.done(o.id, || out.m(convene::msg!(cli_updated)));
        }
        Cmd::List { session, precinct } => {
            let session = session.map(|s| c.resolve::<SessionId>(&s)).transpose()?;
            let list = c.actions(session, precinct.as_deref())?;
            out.list("actions", &list, || {
                out.table(
                    &[
                        convene::msg!(cli_col_id),
                        convene::msg!(cli_col_status),
                        convene::msg!(cli_col_due),
                        convene::msg!(cli_col_owner),
                        convene::msg!(cli_col_basis),
                        convene::msg!(cli_col_concerns),
                        convene::msg!(cli_col_title),
                    ],
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
                let mut s = out.fields(
                    &a.title,
                    &[
                        (convene::msg!(cli_field_id), a.id.to_string()),
                        (convene::msg!(cli_field_status), out.m(a.status.label())),
                        (convene::msg!(cli_field_basis), out.m(a.basis.label())),
                        (convene::msg!(cli_field_owner), opt(&a.owner)),
                        (convene::msg!(cli_field_due), opt(&a.due)),
                        (convene::msg!(cli_field_response), opt(&a.response)),
                        (convene::msg!(cli_field_concerns), a.concern_ids.len().to_string()),
                    ],
                );
                if !a.updates.is_empty() {
                    s.push_str(&out.m(convene::msg!(cli_action_updates)));
                    s.push('\n');
                }
                for u in &a.updates {
                    let status = u.status.map(|x| format!(" [{x}]")).unwrap_or_default();
                    s.push_str(&format!("  {}  {}{status}\n", u.on_date, u.text));
                }
                s
            });
        }
    }
    Ok(())
}
