use clap::Subcommand;
use convene::groups::NewGroup;
use convene::ids::SessionId;
use convene::{Convene, Result};

use crate::output::{Out, opt};

#[derive(Subcommand)]
pub enum GroupCmd {
    Add {
        session: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        topic: Option<String>,
        #[arg(long)]
        facilitator: Option<String>,
        #[arg(long)]
        note_taker: Option<String>,
        #[arg(long)]
        language: Option<String>,
    },
    List {
        session: String,
    },
}

#[derive(Subcommand)]
pub enum QuestionCmd {
    Add {
        session: String,
        #[arg(long)]
        text: String,
        #[arg(long)]
        language: Option<String>,
    },
    List {
        session: String,
    },
}

pub fn run_group(c: &mut Convene, cmd: GroupCmd, out: &Out) -> Result<()> {
    match cmd {
        GroupCmd::Add { session, name, topic, facilitator, note_taker, language } => {
            let s: SessionId = c.resolve(&session)?;
            out.created(c.add_group(s, NewGroup { name, topic, facilitator, note_taker, language })?.id);
        }
        GroupCmd::List { session } => {
            let s: SessionId = c.resolve(&session)?;
            let gs = c.groups(s)?;
            out.list("groups", &gs, || {
                out.table(
                    &[
                        convene::msg!(cli_col_id),
                        convene::msg!(cli_col_name),
                        convene::msg!(cli_col_language),
                        convene::msg!(cli_col_facilitator),
                        convene::msg!(cli_col_note_taker),
                        convene::msg!(cli_col_topic),
                    ],
                    gs.iter()
                        .map(|g| {
                            vec![
                                g.id.to_string(),
                                g.name.clone(),
                                opt(&g.language),
                                opt(&g.facilitator),
                                opt(&g.note_taker),
                                opt(&g.topic),
                            ]
                        })
                        .collect(),
                )
            });
        }
    }
    Ok(())
}

pub fn run_question(c: &mut Convene, cmd: QuestionCmd, out: &Out) -> Result<()> {
    match cmd {
        QuestionCmd::Add { session, text, language } => {
            let s: SessionId = c.resolve(&session)?;
            out.created(c.add_question(s, &text, language.as_deref())?.id);
        }
        QuestionCmd::List { session } => {
            let s: SessionId = c.resolve(&session)?;
            let qs = c.questions(s)?;
            out.list("questions", &qs, || {
                out.table(
                    &[
                        convene::msg!(cli_col_id),
                        convene::msg!(cli_col_language),
                        convene::msg!(cli_col_question),
                    ],
                    qs.iter().map(|q| vec![q.id.to_string(), opt(&q.language), q.text.clone()]).collect(),
                )
            });
        }
    }
    Ok(())
}
