use clap::Subcommand;
use convene::{Convene, Result};

use crate::output::{Out, opt};

#[derive(Subcommand)]
pub enum Cmd {
    Create {
        #[arg(long)]
        name: String,
        #[arg(long)]
        description: Option<String>,
    },
    List,
}

pub fn run(c: &mut Convene, cmd: Cmd, out: &Out) -> Result<()> {
    match cmd {
        Cmd::Create { name, description } => {
            out.created(c.create_programme(&name, description.as_deref())?.id);
        }
        Cmd::List => {
            let ps = c.programmes()?;
            out.list("programmes", &ps, || {
                out.table(
                    &[
                        convene::msg!(cli_col_id),
                        convene::msg!(cli_col_name),
                        convene::msg!(cli_col_sessions),
                        convene::msg!(cli_col_precincts),
                    ],
                    ps.iter()
                        .map(|p| {
                            vec![
                                p.id.to_string(),
                                p.name.clone(),
                                p.sessions.to_string(),
                                p.precincts.join(", "),
                            ]
                        })
                        .collect(),
                ) + &ps
                    .iter()
                    .filter_map(|p| p.description.as_ref().map(|_| opt(&p.description)))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
    }
    Ok(())
}
