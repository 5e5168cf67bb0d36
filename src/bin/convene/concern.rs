use clap::Subcommand;
use convene::concerns::{ConcernEdit, ConcernFilter, ConcernStatus, NewConcern};
use convene::ids::{ConcernId, QuestionId, SessionId};
use convene::{Convene, Result};

use crate::output::{Out, clip, opt, table};

#[derive(Subcommand)]
pub enum Cmd {
    /// Capture a concern. `#tags` in the text become tags.
    Add {
        session: String,
        #[arg(long)]
        text: String,
        /// Breakout group, by name or id.
        #[arg(long)]
        group: Option<String>,
        #[arg(long)]
        question: Option<String>,
        #[arg(long = "tag")]
        tags: Vec<String>,
        /// The language the concern was raised in.
        #[arg(long)]
        language: Option<String>,
        /// Its interpretation into the working language.
        #[arg(long)]
        interpretation: Option<String>,
        #[arg(long)]
        interpretation_language: Option<String>,
        /// Where: a street, a corner, a park.
        #[arg(long)]
        location: Option<String>,
    },
    /// The issue board.
    List {
        session: String,
        #[arg(long)]
        status: Option<ConcernStatus>,
        #[arg(long)]
        tag: Option<String>,
        #[arg(long)]
        group: Option<String>,
        /// Words to find in the text, its interpretation or location.
        #[arg(long)]
        search: Option<String>,
        /// Include concerns merged into others.
        #[arg(long)]
        all: bool,
    },
    /// One concern in full.
    Show { concern: String },
    /// Change a concern's text, interpretation, language, location or group.
    Edit {
        concern: String,
        #[arg(long)]
        text: Option<String>,
        #[arg(long)]
        language: Option<String>,
        #[arg(long)]
        interpretation: Option<String>,
        #[arg(long)]
        interpretation_language: Option<String>,
        #[arg(long)]
        location: Option<String>,
        #[arg(long)]
        group: Option<String>,
    },
    /// Add or remove tags.
    Tag {
        concern: String,
        #[arg(long = "add")]
        add: Vec<String>,
        #[arg(long = "remove")]
        remove: Vec<String>,
    },
    /// Set the status: new, under-review, action-planned, in-progress, done, not-pursued.
    Status { concern: String, status: ConcernStatus },
    /// Mark a concern as a duplicate of another; its votes count for the other.
    Merge {
        concern: String,
        #[arg(long)]
        into: String,
    },
    /// Undo a merge.
    Unmerge { concern: String },
    /// Delete a concern captured by mistake.
    Delete { concern: String },
    /// Likely duplicates, by shared words in text and interpretation.
    Duplicates {
        session: String,
        /// Share of words in common, 0 to 1.
        #[arg(long, default_value_t = 0.5)]
        threshold: f64,
    },
}

pub fn run(c: &mut Convene, cmd: Cmd, out: &Out) -> Result<()> {
    match cmd {
        Cmd::Add {
            session,
            text,
            group,
            question,
            tags,
            language,
            interpretation,
            interpretation_language,
            location,
        } => {
            let s: SessionId = c.resolve(&session)?;
            let group = group.map(|g| c.find_group(s, &g)).transpose()?;
            let question = question.map(|q| c.resolve_in::<QuestionId>(s, &q)).transpose()?;
            let o = c.add_concern(
                s,
                NewConcern {
                    text,
                    language,
                    interpretation,
                    interpretation_language,
                    group,
                    question,
                    tags,
                    location,
                },
            )?;
            out.created(o.id);
        }
        Cmd::List { session, status, tag, group, search, all } => {
            let s: SessionId = c.resolve(&session)?;
            let group = group.map(|g| c.find_group(s, &g)).transpose()?;
            let list =
                c.concerns(s, &ConcernFilter { status, tag, group, search, include_duplicates: all })?;
            let groups: std::collections::HashMap<_, _> =
                c.groups(s)?.into_iter().map(|g| (g.id, g.name)).collect();
            out.list("concerns", &list, || {
                table(
                    &["ID", "STATUS", "GROUP", "TAGS", "TEXT"],
                    list.iter()
                        .map(|x| {
                            let mut text = clip(&x.text, 60);
                            if let Some(i) = &x.interpretation {
                                text.push_str(&format!(" [{}]", clip(i, 40)));
                            }
                            if x.duplicate_of.is_some() {
                                text.push_str(" (duplicate)");
                            }
                            vec![
                                x.id.to_string(),
                                x.status.to_string(),
                                x.group_id.and_then(|g| groups.get(&g).cloned()).unwrap_or_default(),
                                x.tags.join(" "),
                                text,
                            ]
                        })
                        .collect(),
                )
            });
        }
        Cmd::Show { concern } => {
            let id: ConcernId = c.resolve(&concern)?;
            let x = c.concern(id)?;
            out.show(&x, || {
                format!(
                    "{}\n  id:             {}\n  language:       {}\n  interpretation: {}{}\n  status:         {}\n  tags:           {}\n  location:       {}\n  duplicate of:   {}\n  captured:       {} on device {}",
                    x.text,
                    x.id,
                    opt(&x.language),
                    opt(&x.interpretation),
                    x.interpretation_language.as_ref().map(|l| format!(" ({l})")).unwrap_or_default(),
                    x.status,
                    x.tags.join(", "),
                    opt(&x.location),
                    x.duplicate_of.map(|d| d.to_string()).unwrap_or_default(),
                    x.created_at,
                    x.origin_device
                )
            });
        }
        Cmd::Edit { concern, text, language, interpretation, interpretation_language, location, group } => {
            let id: ConcernId = c.resolve(&concern)?;
            let session = c.concern(id)?.session_id;
            let group = match group.as_deref() {
                None => None,
                Some("") => Some(None),
                Some(g) => Some(Some(c.find_group(session, g)?)),
            };
            let o = c.edit_concern(
                id,
                ConcernEdit { text, language, interpretation, interpretation_language, location, group },
            )?;
            out.done(o.id, || "Updated".into());
        }
        Cmd::Tag { concern, add, remove } => {
            let id: ConcernId = c.resolve(&concern)?;
            let o = c.tag_concern(id, &add, &remove)?;
            let tags = c.concern(id)?.tags;
            out.done(o.id, || format!("Tags: {}", tags.join(", ")));
        }
        Cmd::Status { concern, status } => {
            let id: ConcernId = c.resolve(&concern)?;
            let o = c.set_concern_status(id, status)?;
            out.done(o.id, || format!("Status: {status}"));
        }
        Cmd::Merge { concern, into } => {
            let id: ConcernId = c.resolve(&concern)?;
            let into: ConcernId = c.resolve(&into)?;
            let o = c.merge_concern(id, into)?;
            out.done(o.id, || format!("Merged into {into}"));
        }
        Cmd::Unmerge { concern } => {
            let id: ConcernId = c.resolve(&concern)?;
            let o = c.unmerge_concern(id)?;
            out.done(o.id, || "Unmerged".into());
        }
        Cmd::Delete { concern } => {
            let id: ConcernId = c.resolve(&concern)?;
            let o = c.delete_concern(id)?;
            out.done(o.id, || "Deleted".into());
        }
        Cmd::Duplicates { session, threshold } => {
            let s: SessionId = c.resolve(&session)?;
            let list = c.duplicate_suggestions(s, threshold)?;
            out.list("suggestions", &list, || {
                let rows = list
                    .iter()
                    .map(|d| {
                        let a = c.concern(d.concern).map(|x| x.text).unwrap_or_default();
                        let b = c.concern(d.likely_duplicate_of).map(|x| x.text).unwrap_or_default();
                        vec![
                            format!("{:.2}", d.similarity),
                            d.concern.to_string(),
                            clip(&a, 40),
                            d.likely_duplicate_of.to_string(),
                            clip(&b, 40),
                        ]
                    })
                    .collect();
                table(&["SIMILARITY", "CONCERN", "TEXT", "LIKELY DUPLICATE OF", "TEXT"], rows)
            });
        }
    }
    Ok(())
}
