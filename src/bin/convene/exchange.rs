//! Kits, bundles and conflicts: moving work between laptops and the coordinator.

use convene::messages::Msg;
use std::path::PathBuf;

use clap::Subcommand;
use convene::conflicts::Keep;
use convene::exchange::{BundleImport, ImportStatus, PersonalData};
use convene::ids::SessionId;
use convene::{Convene, Error, Result};
use serde_json::json;

use crate::output::{Out, clip, opt, tr};

#[derive(Subcommand)]
pub enum CoordinatorCmd {
    Init,
    Restore {
        #[arg(long)]
        identity: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum KitCmd {
    Export {
        #[arg(required = true)]
        sessions: Vec<String>,
        #[arg(long)]
        out: PathBuf,
    },
    Import {
        file: PathBuf,
        #[arg(long)]
        new_coordinator: bool,
    },
}

#[derive(Subcommand)]
pub enum BundleCmd {
    Export {
        #[arg(required = true)]
        sessions: Vec<String>,
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        include_personal_data: bool,
    },
    Verify {
        file: PathBuf,
    },
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    List,
}

#[derive(Subcommand)]
pub enum ConflictsCmd {
    List,
    #[command(group(clap::ArgGroup::new("how").required(true).args(["keep", "text"])))]
    Resolve {
        id: String,
        #[arg(long, value_enum)]
        keep: Option<KeepSide>,
        #[arg(long, allow_hyphen_values = true)]
        text: Option<String>,
    },
}

/// Which side of a conflict `--keep` keeps.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum KeepSide {
    Winner,
    Loser,
}

pub fn run_coordinator(c: &mut Convene, cmd: CoordinatorCmd, out: &Out) -> Result<()> {
    let recipient = match cmd {
        CoordinatorCmd::Init => c.coordinator_init()?,
        CoordinatorCmd::Restore { identity } => {
            let text = std::fs::read_to_string(&identity)
                .map_err(|e| Error::Io { path: identity.display().to_string(), detail: e.to_string() })?;
            c.coordinator_restore(&text)?
        }
    };
    let k = c.key_info()?;
    out.show(
        &json!({"recipient": recipient, "fingerprint": k.fingerprint, "device_id": k.device_id}),
        || {
            out.fields(
                &out.m(convene::msg!(cli_coordinator_ready)),
                &[
                    (convene::msg!(cli_field_coordinator_recipient), recipient.clone()),
                    (convene::msg!(cli_field_fingerprint), k.fingerprint.clone()),
                    (convene::msg!(cli_field_next), out.m(convene::msg!(cli_coordinator_next))),
                ],
            )
        },
    );
    Ok(())
}

/// Sessions by title, for a sentence ("Summit, Group 3"); an id where a title is not known.
pub(crate) fn titles(c: &Convene, ids: &[SessionId]) -> String {
    if ids.is_empty() {
        return "—".into();
    }
    ids.iter()
        .map(|s| c.session(*s).map(|x| format!("“{}”", x.title)).unwrap_or_else(|_| s.to_string()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// That a device wrote in sessions it was not given, and the command that gives it them.
fn not_given(
    c: &Convene,
    out: &Out,
    device: convene::ids::DeviceId,
    who: &str,
    sessions: &[SessionId],
) -> String {
    let Ok(d) = c.find_device(&device.to_string()) else { return String::new() };
    tr!(out, cli_bundle_not_given, device = who, sessions = titles(c, sessions), fingerprint = d.fingerprint)
}

pub(crate) fn sessions(c: &Convene, ids: &[String]) -> Result<Vec<SessionId>> {
    ids.iter().map(|s| c.resolve::<SessionId>(s)).collect()
}

pub fn run_kit(c: &mut Convene, cmd: KitCmd, out: &Out) -> Result<()> {
    match cmd {
        KitCmd::Export { sessions: ids, out: file } => {
            let s = sessions(c, &ids)?;
            let e = c.export_kit(&s, &file)?;
            let fp = c.key_info()?.fingerprint;
            out.show(&e, || {
                tr!(out, cli_kit_written, path = &e.path, ops = e.ops, bytes = e.bytes, fingerprint = fp)
            });
        }
        KitCmd::Import { file, new_coordinator } => {
            let k = c.import_kit(&file, new_coordinator)?;
            out.show(&k, || {
                let mut s = tr!(
                    out,
                    cli_kit_imported,
                    coordinator =
                        k.coordinator.name.clone().unwrap_or_else(|| k.coordinator.device_id.to_string()),
                    fingerprint = &k.coordinator.fingerprint,
                    sessions = k.sessions.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join(", ")
                );
                if k.own_changes_elsewhere > 0 {
                    s.push('\n');
                    s.push_str(&tr!(out, exchange_kit_own_elsewhere, count = k.own_changes_elsewhere));
                }
                s
            });
        }
    }
    Ok(())
}

pub fn run_bundle(c: &mut Convene, cmd: BundleCmd, out: &Out) -> Result<()> {
    match cmd {
        BundleCmd::Export { sessions: ids, out: file, include_personal_data } => {
            let s = sessions(c, &ids)?;
            let e = c.export_bundle(&s, &file, include_personal_data)?;
            if e.personal_data == PersonalData::LeftOut {
                eprintln!("convene: {}", tr!(out, cli_bundle_personal_left_out, count = e.personal_ops));
            }
            out.show(&e, || {
                tr!(
                    out,
                    cli_bundle_written,
                    path = &e.path,
                    ops = e.ops,
                    bytes = e.bytes,
                    personal = out.personal_data(e.personal_data)
                )
            });
        }
        BundleCmd::Verify { file } => {
            let v = c.verify_bundle(&file)?;
            out.show(&v, || {
                out.fields(
                    &tr!(out, cli_bundle_verified, file = &v.file),
                    &[
                        (
                            convene::msg!(cli_field_device),
                            format!("{} ({})", v.manifest.device_id, opt(&v.manifest.device_name)),
                        ),
                        (convene::msg!(cli_field_fingerprint), v.fingerprint.clone()),
                        (convene::msg!(cli_field_state), out.device_state(v.device_state)),
                        (
                            convene::msg!(cli_field_sessions),
                            v.manifest.sessions.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", "),
                        ),
                        (convene::msg!(cli_field_ops), v.manifest.counts.values().sum::<u64>().to_string()),
                    ],
                )
            });
        }
        BundleCmd::Import { files } => {
            let paths: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
            let total = paths.len();
            let quiet = out.is_json();
            let mut summary = c.import_bundles(&paths, |i, r| {
                if !quiet {
                    eprintln!("[{}/{total}] {}", i + 1, progress_line(out, r));
                }
            })?;
            summary.bundles.iter_mut().for_each(|b| b.localize(out.l10n()));
            let text = || {
                let mut s = tr!(
                    out,
                    cli_bundle_import_summary,
                    imported = summary.imported,
                    already_had = summary.already_had,
                    quarantined = summary.quarantined,
                    rejected = summary.rejected,
                    conflicts = summary.conflicts
                );
                if summary.alarms > 0 {
                    s.push('\n');
                    s.push_str(&tr!(out, cli_bundle_alarm, count = summary.alarms));
                }
                if summary.held > 0 {
                    s.push('\n');
                    s.push_str(&tr!(out, cli_bundle_held, count = summary.held));
                }
                if summary.refused > 0 {
                    s.push('\n');
                    s.push_str(&tr!(out, cli_bundle_refused, count = summary.refused));
                }
                for b in &summary.bundles {
                    let who = b.device_name.clone().unwrap_or_else(|| b.file.clone());
                    if let Some(o) = b.clock_offset_ms {
                        s.push('\n');
                        s.push_str(&out.clock_off(&who, o));
                    }
                    if let (false, Some(device)) = (b.not_given.is_empty(), b.device_id) {
                        s.push('\n');
                        s.push_str(&not_given(c, out, device, &who, &b.not_given));
                    }
                }
                if summary.quarantined > 0 {
                    s.push('\n');
                    s.push_str(&out.m(convene::msg!(cli_bundle_compare_quarantined)));
                }
                s
            };
            // Any rejected bundle makes the command fail (exit 1) after reporting every bundle.
            match summary.bundles.iter().find_map(|b| b.error_detail.clone()) {
                Some(e) => {
                    out.show_failure(&summary, &e, text);
                    return Err(e);
                }
                None => out.show(&summary, text),
            }
        }
        BundleCmd::List => {
            let l = c.ledger()?;
            out.list("bundles", &l, || {
                out.table(
                    &[
                        convene::msg!(cli_col_status),
                        convene::msg!(cli_col_device),
                        convene::msg!(cli_col_state),
                        convene::msg!(cli_col_ops),
                        convene::msg!(cli_col_new),
                        convene::msg!(cli_col_seq),
                        convene::msg!(cli_col_received),
                        convene::msg!(cli_col_file),
                        convene::msg!(cli_col_sessions),
                    ],
                    l.iter()
                        .map(|b| {
                            let mut status = match b.detail {
                                Some(d) => {
                                    format!("{} ({})", out.bundle_status(b.status), out.ledger_detail(d))
                                }
                                None => out.bundle_status(b.status),
                            };
                            if b.held_ops > 0 || b.refused_ops > 0 {
                                status.push_str(&format!(
                                    "; {}",
                                    tr!(
                                        out,
                                        cli_bundle_list_held_refused,
                                        held = b.held_ops,
                                        refused = b.refused_ops
                                    )
                                ));
                            }
                            if let Some(o) = b.clock_offset_ms {
                                let who = b.device_name.clone().unwrap_or_else(|| b.device_id.to_string());
                                status.push_str(&format!("; {}", out.clock_off(&who, o)));
                            }
                            let sessions = b
                                .sessions
                                .iter()
                                .zip(&b.scopes)
                                .map(|(s, scope)| {
                                    let title =
                                        c.session(*s).map(|x| x.title).unwrap_or_else(|_| s.to_string());
                                    match scope {
                                        Some(sc) => format!("{title} ({})", out.m(sc.label())),
                                        None => title,
                                    }
                                })
                                .collect::<Vec<_>>()
                                .join(", ");
                            vec![
                                status,
                                b.device_name
                                    .clone()
                                    .unwrap_or_else(|| b.device_id.to_string()[..13].to_string()),
                                out.device_state(b.device_state),
                                b.ops.to_string(),
                                b.new_ops.to_string(),
                                format!("{}–{}", b.seq_min.unwrap_or(0), b.seq_max.unwrap_or(0)),
                                b.received_at.chars().take(19).collect(),
                                opt(&b.file_name),
                                sessions,
                            ]
                        })
                        .collect(),
                )
            });
        }
    }
    Ok(())
}

pub(crate) fn progress_line(out: &Out, r: &BundleImport) -> String {
    let who = format!(
        "{} {}",
        r.device_name.clone().unwrap_or_default(),
        r.fingerprint.as_ref().map(|f| format!("[{f}]")).unwrap_or_default()
    );
    let who = who.trim().to_string();
    match r.status {
        ImportStatus::Imported => {
            tr!(out, cli_progress_imported, file = &r.file, ops = r.new_ops, device = who)
        }
        ImportStatus::AlreadyHad => tr!(out, cli_progress_already_had, file = &r.file),
        ImportStatus::Quarantined => tr!(out, cli_progress_quarantined, file = &r.file, device = who),
        ImportStatus::Rejected => {
            let problem = r.error_detail.as_ref().map(|e| e.localized(out.l10n())).unwrap_or_default();
            tr!(out, cli_progress_rejected, file = &r.file, problem = problem)
        }
    }
}

pub fn run_conflicts(c: &mut Convene, cmd: ConflictsCmd, out: &Out) -> Result<()> {
    match cmd {
        ConflictsCmd::List => {
            let cs = c.conflicts()?;
            out.list("conflicts", &cs, || {
                if cs.is_empty() {
                    return out.m(convene::msg!(cli_conflicts_none));
                }
                let show = |v: &serde_json::Value| {
                    clip(&v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()), 40)
                };
                out.table(
                    &[
                        convene::msg!(cli_col_id),
                        convene::msg!(cli_col_record),
                        convene::msg!(cli_col_field),
                        convene::msg!(cli_col_kept),
                        convene::msg!(cli_col_also_written),
                    ],
                    cs.iter()
                        .map(|x| {
                            vec![
                                x.id.clone(),
                                format!("{} “{}”", x.entity, clip(&x.title, 30)),
                                out.m(Msg::named(&x.field_message)),
                                format!(
                                    "{} — {}",
                                    show(&x.winner.value),
                                    x.winner.device_name.clone().unwrap_or_default()
                                ),
                                x.losers
                                    .iter()
                                    .map(|l| {
                                        format!(
                                            "{} — {}",
                                            show(&l.value),
                                            l.device_name.clone().unwrap_or_default()
                                        )
                                    })
                                    .collect::<Vec<_>>()
                                    .join("; "),
                            ]
                        })
                        .collect(),
                )
            });
        }
        ConflictsCmd::Resolve { id, keep, text } => {
            let how = match (keep, text) {
                (_, Some(t)) => Keep::Text(t),
                (Some(KeepSide::Winner), None) => Keep::Winner,
                (Some(KeepSide::Loser), None) => Keep::Loser,
                (None, None) => unreachable!("clap requires --keep or --text"),
            };
            let x = c.resolve_conflict(&id, how)?;
            out.done(&x.id, || {
                tr!(
                    out,
                    cli_conflict_resolved,
                    id = &x.id,
                    field = Msg::named(&x.field_message),
                    title = clip(&x.title, 40)
                )
            });
        }
    }
    Ok(())
}
