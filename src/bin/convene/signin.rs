use clap::Subcommand;
use convene::ids::{SessionId, SigninId};
use convene::signins::{NewSignin, Role};
use convene::{Convene, Result};

use crate::output::{Out, opt, table};

#[derive(Subcommand)]
pub enum Cmd {
    /// Sign someone in. Every field is optional: an anonymous sign-in still counts.
    Add {
        session: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        neighbourhood: Option<String>,
        /// A US ZIP code (98122 or 98122-1234).
        #[arg(long)]
        zip: Option<String>,
        /// Preferred language (es, zh-Hant, vi, ...).
        #[arg(long)]
        language: Option<String>,
        /// They need an interpreter.
        #[arg(long)]
        interpreter: bool,
        #[arg(long)]
        accessibility: Option<String>,
        /// resident, business, organisation, city-staff or police.
        #[arg(long)]
        role: Option<Role>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        /// They agreed to be contacted (needed for --email or --phone).
        #[arg(long)]
        consent: bool,
        /// Breakout group, by name or id.
        #[arg(long)]
        group: Option<String>,
        /// When they arrived, if not now (typing up a paper sheet).
        #[arg(long)]
        time_in: Option<String>,
    },
    /// The sign-in sheet, without names or contacts.
    List { session: String },
    /// Live counts by language, role, neighbourhood and group.
    Counts { session: String },
    /// Put someone in a breakout group.
    Assign {
        signin: String,
        /// Group by name or id; omit to unassign.
        #[arg(long)]
        group: Option<String>,
    },
    /// Suggest a group for an attendee, matching their language.
    SuggestGroup {
        session: String,
        #[arg(long)]
        language: Option<String>,
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
                eprintln!(
                    "convene: note: this may be someone already signed in ({}); it was recorded anyway.",
                    dupes.len()
                );
            }
            out.created(o.id);
        }
        Cmd::List { session } => {
            let s: SessionId = c.resolve(&session)?;
            let rows = c.signins(s)?;
            out.list("signins", &rows, || {
                table(
                    &["ID", "TIME IN", "ROLE", "LANG", "INTERP", "NEIGHBOURHOOD/ZIP"],
                    rows.iter()
                        .map(|r| {
                            vec![
                                r.id.to_string(),
                                r.time_in.chars().take(19).collect(),
                                r.role.to_string(),
                                opt(&r.language),
                                if r.interpreter { "yes".into() } else { String::new() },
                                r.neighbourhood.clone().or(r.zip.clone()).unwrap_or_default(),
                            ]
                        })
                        .collect(),
                )
            });
        }
        Cmd::Counts { session } => {
            let s: SessionId = c.resolve(&session)?;
            let a = c.attendance(s)?;
            out.show(&a, || {
                let section = |title: &str, m: &std::collections::BTreeMap<String, i64>| {
                    let mut v: Vec<_> = m.iter().collect();
                    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                    format!(
                        "{title}:\n{}",
                        v.iter().map(|(k, n)| format!("  {n:>4}  {k}\n")).collect::<String>()
                    )
                };
                format!(
                    "Signed in: {} ({} anonymous, {} need an interpreter)\n{}{}{}{}",
                    a.total,
                    a.anonymous,
                    a.interpreter_needed,
                    section("By language", &a.by_language),
                    section("By role", &a.by_role),
                    section("By neighbourhood", &a.by_neighbourhood),
                    section("By group", &a.by_group)
                )
            });
        }
        Cmd::Assign { signin, group } => {
            let id: SigninId = c.resolve(&signin)?;
            let session: SessionId = c.signin_session(id)?;
            let group = group.map(|g| c.find_group(session, &g)).transpose()?;
            let o = c.assign_group(id, group)?;
            out.done(o.id, || "Assigned".into());
        }
        Cmd::SuggestGroup { session, language } => {
            let s: SessionId = c.resolve(&session)?;
            let g = c.suggest_group(s, language.as_deref())?;
            let group = g.map(|g| c.group(g)).transpose()?;
            out.show(&serde_json::json!({"id": g.map(|g| g.to_string()), "name": group.as_ref().map(|g| g.name.clone())}), || match &group {
                Some(g) => format!("{} ({})", g.name, g.language.clone().unwrap_or_default()),
                None => "This session has no breakout groups yet.".into(),
            });
        }
    }
    Ok(())
}
