use clap::Subcommand;
use convene::ids::{SessionId, SigninId};
use convene::messages::Msg;
use convene::signins::{NewSignin, Role};
use convene::{Convene, Result};

use crate::output::{Out, opt, tr};

#[derive(Subcommand)]
pub enum Cmd {
    Add {
        session: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        neighbourhood: Option<String>,
        #[arg(long)]
        zip: Option<String>,
        #[arg(long)]
        language: Option<String>,
        #[arg(long)]
        interpreter: bool,
        #[arg(long)]
        accessibility: Option<String>,
        #[arg(long)]
        role: Option<Role>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        consent: bool,
        #[arg(long)]
        group: Option<String>,
        #[arg(long)]
        time_in: Option<String>,
    },
    List {
        session: String,
    },
    Counts {
        session: String,
    },
    Assign {
        signin: String,
        #[arg(long)]
        group: Option<String>,
    },
    SuggestGroup {
        session: String,
        #[arg(long)]
        language: Option<String>,
    },
    // Removes the sign-in as personal information, with its name and contacts: its words are
    // blanked in the log too.
    Redact {
        signin: String,
    },
}

pub fn run(c: &mut Convene, cmd: Cmd, out: &Out) -> Result<()> {
    match cmd {
        Cmd::Add {
            session,
            name,
            neighbourhood,
            zip,
            language,
            interpreter,
            accessibility,
            role,
            email,
            phone,
            consent,
            group,
            time_in,
        } => {
            let s: SessionId = c.resolve(&session)?;
            let group = group.map(|g| c.find_group(s, &g)).transpose()?;
            let dupes = c.likely_duplicate_signins(s, name.as_deref(), email.as_deref(), phone.as_deref())?;
            let o = c.add_signin(
                s,
                NewSignin {
                    name,
                    neighbourhood,
                    zip,
                    language,
                    interpreter,
                    accessibility,
                    role,
                    email,
                    phone,
                    consent,
                    group,
                    time_in,
                },
            )?;
            if !dupes.is_empty() {
                eprintln!("convene: {}", tr!(out, cli_signin_maybe_duplicate, count = dupes.len()));
            }
            out.created(o.id);
        }
        Cmd::List { session } => {
            let s: SessionId = c.resolve(&session)?;
            let rows = c.signins(s)?;
            out.list("signins", &rows, || {
                out.table(
                    &[
                        convene::msg!(cli_col_id),
                        convene::msg!(cli_col_time_in),
                        convene::msg!(cli_col_role),
                        convene::msg!(cli_col_language),
                        convene::msg!(cli_col_interpreter),
                        convene::msg!(cli_col_neighbourhood),
                    ],
                    rows.iter()
                        .map(|r| {
                            vec![
                                r.id.to_string(),
                                r.time_in.chars().take(19).collect(),
                                r.role.to_string(),
                                opt(&r.language),
                                if r.interpreter { out.m(convene::msg!(cli_yes)) } else { String::new() },
                                r.neighbourhood.clone().or(r.zip.clone()).unwrap_or_default(),
                            ]
                        })
                        .collect(),
                )
            });
        }
        Cmd::Redact { signin } => {
            let id: convene::ids::SigninId = c.resolve(&signin)?;
            crate::redact::run(c, convene::redaction::Redaction::Signin(id), out)?;
        }
        Cmd::Counts { session } => {
            let s: SessionId = c.resolve(&session)?;
            let a = c.attendance(s)?;
            out.show(&a, || {
                // The core counts people who did not say (or are in no group) under the empty key.
                let section = |title: Msg, m: &std::collections::BTreeMap<String, i64>, none: Msg| {
                    let none = out.m(none);
                    let key = |k: &str| if k.is_empty() { none.clone() } else { k.to_string() };
                    let mut v: Vec<_> = m.iter().collect();
                    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                    format!(
                        "{}\n{}",
                        out.m(title),
                        v.iter().map(|(k, n)| format!("  {n:>4}  {}\n", key(k))).collect::<String>()
                    )
                };
                format!(
                    "{}\n{}{}{}{}",
                    tr!(
                        out,
                        cli_signin_counts,
                        total = a.total,
                        anonymous = a.anonymous,
                        interpreter = a.interpreter_needed
                    ),
                    section(
                        convene::msg!(cli_signin_by_language),
                        &a.by_language,
                        convene::msg!(signin_not_given)
                    ),
                    section(convene::msg!(cli_signin_by_role), &a.by_role, convene::msg!(signin_not_given)),
                    section(
                        convene::msg!(cli_signin_by_neighbourhood),
                        &a.by_neighbourhood,
                        convene::msg!(signin_not_given)
                    ),
                    section(
                        convene::msg!(cli_signin_by_group),
                        &a.by_group,
                        convene::msg!(cli_signin_unassigned)
                    )
                )
            });
        }
        Cmd::Assign { signin, group } => {
            let id: SigninId = c.resolve(&signin)?;
            let session: SessionId = c.signin_session(id)?;
            let group = group.map(|g| c.find_group(session, &g)).transpose()?;
            let o = c.assign_group(id, group)?;
            out.done(o.id, || out.m(convene::msg!(cli_signin_assigned)));
        }
        Cmd::SuggestGroup { session, language } => {
            let s: SessionId = c.resolve(&session)?;
            let g = c.suggest_group(s, language.as_deref())?;
            let group = g.map(|g| c.group(g)).transpose()?;
            out.show(&serde_json::json!({"id": g.map(|g| g.to_string()), "name": group.as_ref().map(|g| g.name.clone())}), || match &group {
                Some(g) => format!("{} ({})", g.name, g.language.clone().unwrap_or_default()),
                None => out.m(convene::msg!(cli_signin_no_groups)),
            });
        }
    }
    Ok(())
}
