use clap::Subcommand;
use convene::concerns::{ConcernEdit, ConcernFilter, ConcernStatus, NewConcern};
use convene::ids::{ConcernId, QuestionId, SessionId};
use convene::{Convene, Result};

use crate::output::{Out, clip, opt, tr};

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
        #[arg(long = "tag")]
        tags: Vec<String>,
        #[arg(long)]
        language: Option<String>,
        #[arg(long)]
        interpretation: Option<String>,
        #[arg(long)]
        interpretation_language: Option<String>,
        #[arg(long)]
        location: Option<String>,
    },
    List {
        session: String,
        #[arg(long)]
        status: Option<ConcernStatus>,
        #[arg(long)]
        tag: Option<String>,
        #[arg(long)]
        group: Option<String>,
        #[arg(long)]
        search: Option<String>,
        #[arg(long)]
        all: bool,
    },
    Show {
        concern: String,
    },
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
    Tag {
        concern: String,
        #[arg(long = "add")]
        add: Vec<String>,
        #[arg(long = "remove")]
        remove: Vec<String>,
    },
    Status {
        concern: String,
        status: ConcernStatus,
    },
    Merge {
        concern: String,
        #[arg(long)]
        into: String,
    },
    Unmerge {
        concern: String,
    },
    Delete {
        concern: String,
    },
    // Removes it as personal information: its words are blanked in the log too.
    Redact {
        concern: String,
    },
    Duplicates {
        session: String,
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
                out.table(
                    &[
                        convene::msg!(cli_col_id),
                        convene::msg!(cli_col_status),
                        convene::msg!(cli_col_group),
                        convene::msg!(cli_col_tags),
                        convene::msg!(cli_col_text),
                    ],
                    list.iter()
                        .map(|x| {
                            let mut text = clip(&x.text, 60);
                            if let Some(i) = &x.interpretation {
                                text.push_str(&format!(" [{}]", clip(i, 40)));
                            }
                            if x.duplicate_of.is_some() {
                                text.push_str(&format!(" ({})", out.m(convene::msg!(cli_concern_duplicate))));
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
                let interpretation_language =
                    x.interpretation_language.as_ref().map(|l| format!(" ({l})")).unwrap_or_default();
                out.fields(
                    &x.text,
                    &[
                        (convene::msg!(cli_field_id), x.id.to_string()),
                        (convene::msg!(cli_field_language), opt(&x.language)),
                        (
                            convene::msg!(cli_field_interpretation),
                            format!("{}{interpretation_language}", opt(&x.interpretation)),
                        ),
                        (convene::msg!(cli_field_status), x.status.to_string()),
                        (convene::msg!(cli_field_tags), x.tags.join(", ")),
                        (convene::msg!(cli_field_location), opt(&x.location)),
                        (
                            convene::msg!(cli_field_duplicate_of),
                            x.duplicate_of.map(|d| d.to_string()).unwrap_or_default(),
                        ),
                        (
                            convene::msg!(cli_field_captured),
                            tr!(
                                out,
                                cli_concern_captured,
                                at = &x.created_at,
                                device = x.origin_device.to_string()
                            ),
                        ),
                    ],
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
            out.done(o.id, || out.m(convene::msg!(cli_updated)));
        }
        Cmd::Tag { concern, add, remove } => {
            let id: ConcernId = c.resolve(&concern)?;
            let o = c.tag_concern(id, &add, &remove)?;
            let tags = c.concern(id)?.tags;
            out.done(o.id, || tr!(out, cli_concern_tags, tags = tags.join(", ")));
        }
        Cmd::Status { concern, status } => {
            let id: ConcernId = c.resolve(&concern)?;
            let o = c.set_concern_status(id, status)?;
            out.done(o.id, || tr!(out, cli_concern_status, status = status.label()));
        }
        Cmd::Merge { concern, into } => {
            let id: ConcernId = c.resolve(&concern)?;
            let into: ConcernId = c.resolve(&into)?;
            let o = c.merge_concern(id, into)?;
            out.done(o.id, || tr!(out, cli_concern_merged, into = into.to_string()));
        }
        Cmd::Unmerge { concern } => {
            let id: ConcernId = c.resolve(&concern)?;
            let o = c.unmerge_concern(id)?;
            out.done(o.id, || out.m(convene::msg!(cli_concern_unmerged)));
        }
        Cmd::Delete { concern } => {
            let id: ConcernId = c.resolve(&concern)?;
            let o = c.delete_concern(id)?;
            out.done(o.id, || out.m(convene::msg!(cli_concern_deleted)));
        }
        Cmd::Redact { concern } => {
            let id: ConcernId = c.resolve(&concern)?;
            crate::redact::run(c, convene::redaction::Redaction::Concern(id), out)?;
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
                out.table(
                    &[
                        convene::msg!(cli_col_similarity),
                        convene::msg!(cli_col_concern),
                        convene::msg!(cli_col_text),
                        convene::msg!(cli_col_likely_duplicate_of),
                        convene::msg!(cli_col_text),
                    ],
                    rows,
                )
            });
        }
    }
    Ok(())
}
