use clap::Subcommand;
use convene::ids::{QuestionId, SessionId};
use convene::{Convene, Result};

use crate::output::Out;

#[derive(Subcommand)]
pub enum Cmd {
    Add {
        session: String,
        #[arg(long)]
        text: String,
        #[arg(long)]
        group: Option<String>,
        #[arg(long)]
        question: Option<String>,
        #[arg(long)]
        language: Option<String>,
    },
    List {
        session: String,
        #[arg(long)]
        group: Option<String>,
    },
    // Removes it as personal information: its words are blanked in the log too.
    Redact {
        note: String,
    },
}

pub fn run(c: &mut Convene, cmd: Cmd, out: &Out) -> Result<()> {
    match cmd {
        Cmd::Add { session, text, group, question, language } => {
            let s: SessionId = c.resolve(&session)?;
            let group = group.map(|g| c.find_group(s, &g)).transpose()?;
            let question = question.map(|q| c.resolve_in::<QuestionId>(s, &q)).transpose()?;
            out.created(c.add_note(s, &text, group, question, language.as_deref())?.id);
        }
        Cmd::Redact { note } => {
            let id: convene::ids::NoteId = c.resolve(&note)?;
            crate::redact::run(c, convene::redaction::Redaction::Note(id), out)?;
        }
        Cmd::List { session, group } => {
            let s: SessionId = c.resolve(&session)?;
            let group = group.map(|g| c.find_group(s, &g)).transpose()?;
            let notes = c.notes(s, group)?;
            let groups: std::collections::HashMap<_, _> =
                c.groups(s)?.into_iter().map(|g| (g.id, g.name)).collect();
            out.list("notes", &notes, || {
                out.table(
                    &[convene::msg!(cli_col_group), convene::msg!(cli_col_note)],
                    notes
                        .iter()
                        .map(|n| {
                            vec![
                                n.group_id.and_then(|g| groups.get(&g).cloned()).unwrap_or_default(),
                                n.text.clone(),
                            ]
                        })
                        .collect(),
                )
            });
        }
    }
    Ok(())
}
