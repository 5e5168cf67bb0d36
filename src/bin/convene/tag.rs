use clap::Subcommand;
use convene::tags::TagKind;
use convene::{Convene, Result};

use crate::output::{Out, opt};

#[derive(Subcommand)]
pub enum Cmd {
    List,
    Add {
        slug: String,
        #[arg(long)]
        label: Option<String>,
        #[arg(long)]
        pillar: Option<String>,
        #[arg(long, default_value = "topic")]
        kind: TagKind,
    },
    Rename {
        slug: String,
        #[arg(long)]
        label: String,
    },
    Remove {
        slug: String,
    },
}

pub fn run(c: &mut Convene, cmd: Cmd, out: &Out) -> Result<()> {
    match cmd {
        Cmd::List => {
            let tags = c.tags()?;
            out.list("tags", &tags, || {
                out.table(
                    &[
                        convene::msg!(cli_col_slug),
                        convene::msg!(cli_col_kind),
                        convene::msg!(cli_col_pillar),
                        convene::msg!(cli_col_label),
                    ],
                    tags.iter()
                        .map(|t| vec![t.slug.clone(), t.kind.to_string(), opt(&t.pillar), t.label.clone()])
                        .collect(),
                )
            });
        }
        Cmd::Add { slug, label, pillar, kind } => {
            out.created(c.add_tag(&slug, label.as_deref(), kind, pillar.as_deref())?.id);
        }
        Cmd::Rename { slug, label } => {
            let o = c.relabel_tag(&slug, &label)?;
            out.done(o.id, || out.m(convene::msg!(cli_tag_renamed)));
        }
        Cmd::Remove { slug } => {
            let o = c.remove_tag(&slug)?;
            out.done(o.id, || out.m(convene::msg!(cli_removed)));
        }
    }
    Ok(())
}
