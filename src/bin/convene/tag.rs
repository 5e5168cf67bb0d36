use clap::Subcommand;
use convene::tags::TagKind;
use convene::{Convene, Result};

use crate::output::{Out, opt, table};

#[derive(Subcommand)]
pub enum Cmd {
    /// The vocabulary: pillars and their topics.
    List,
    /// Add a topic (or, with --kind pillar, a pillar).
    Add {
        slug: String,
        #[arg(long)]
        label: Option<String>,
        /// The pillar a topic serves.
        #[arg(long)]
        pillar: Option<String>,
        #[arg(long, default_value = "topic")]
        kind: TagKind,
    },
    /// Change a tag's label.
    Rename {
        slug: String,
        #[arg(long)]
        label: String,
    },
    /// Take a tag out of the vocabulary (concerns keep it).
    Remove { slug: String },
}

pub fn run(c: &mut Convene, cmd: Cmd, out: &Out) -> Result<()> {
    match cmd {
        Cmd::List => {
            let tags = c.tags()?;
            out.list("tags", &tags, || {
                table(
                    &["SLUG", "KIND", "PILLAR", "LABEL"],
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
            out.done(o.id, || "Renamed".into());
        }
        Cmd::Remove { slug } => {
            let o = c.remove_tag(&slug)?;
            out.done(o.id, || "Removed".into());
        }
    }
    Ok(())
}
