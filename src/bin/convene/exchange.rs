//! Keys, kits, bundles, trust and conflicts: moving work between laptops and the coordinator.

use std::path::PathBuf;

use clap::Subcommand;
use convene::conflicts::Keep;
use convene::exchange::{BundleImport, ImportStatus, PersonalData};
use convene::ids::SessionId;
use convene::trust::RevokeFrom;
use convene::{Convene, Error, Result};
use serde_json::json;

use crate::output::{Out, clip, opt, tr};

#[derive(Subcommand)]
pub enum KeyCmd {
    Show,
    Renew {
        #[arg(long)]
        reissue_from_seq: Option<i64>,
    },
}

#[derive(Subcommand)]
pub enum ReviewCmd {
    List,
    Accept { change: String },
    Refuse { change: String },
}

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
pub enum TrustCmd {
    List,
    Approve {
        device: String,
        #[arg(long, value_delimiter = ',')]
        sessions: Vec<String>,
    },
    Revoke {
        device: String,
        #[arg(long, conflicts_with = "from_seq")]
        from_bundle: Option<String>,
        #[arg(long)]
        from_seq: Option<i64>,
        #[arg(long)]
        dry_run: bool,
    },
    Add {
        device_id: String,
        #[arg(long)]
        key: String,
        #[arg(long, allow_hyphen_values = true)]
        name: Option<String>,
        #[arg(long, value_delimiter = ',')]
        sessions: Vec<String>,
    },
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

pub fn run_key(c: &mut Convene, cmd: KeyCmd, out: &Out) -> Result<()> {
    if let KeyCmd::Renew { reissue_from_seq } = cmd {
        let r = c.renew_identity(reissue_from_seq)?;
        out.show(&r, || {
            tr!(
                out,
                "cli-key-renewed",
                device = r.new_device.to_string(),
                fingerprint = &r.fingerprint,
                old = r.old_device.to_string(),
                reissued = r.reissued
            )
        });
        return Ok(());
    }
    let k = c.key_info()?;
    out.show(&k, || {
        let name = k.device_name.as_ref().map(|n| format!(" ({n})")).unwrap_or_default();
        let mut rows = vec![
            ("cli-field-device", format!("{}{name}", k.device_id)),
            ("cli-field-fingerprint", k.fingerprint.clone()),
            ("cli-field-public-key", k.public_key.clone()),
        ];
        if let Some(r) = &k.coordinator_recipient {
            rows.push(("cli-field-coordinator-recipient", r.clone()));
        }
        if let Some(f) = &k.follows {
            let who = f.name.clone().unwrap_or_else(|| f.device_id.to_string());
            rows.push((
                "cli-field-follows",
                tr!(out, "cli-key-follows", coordinator = who, fingerprint = &f.fingerprint),
            ));
            rows.push(("cli-field-sealed-to", f.recipient.clone()));
        }
        out.fields(&out.t("cli-key-title"), &rows)
    });
    Ok(())
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
                &out.t("cli-coordinator-ready"),
                &[
                    ("cli-field-coordinator-recipient", recipient.clone()),
                    ("cli-field-fingerprint", k.fingerprint.clone()),
                    ("cli-field-next", out.t("cli-coordinator-next")),
                ],
            )
        },
    );
    Ok(())
}

fn sessions(c: &Convene, ids: &[String]) -> Result<Vec<SessionId>> {
    ids.iter().map(|s| c.resolve::<SessionId>(s)).collect()
}

pub fn run_kit(c: &mut Convene, cmd: KitCmd, out: &Out) -> Result<()> {
    match cmd {
        KitCmd::Export { sessions: ids, out: file } => {
            let s = sessions(c, &ids)?;
            let e = c.export_kit(&s, &file)?;
            let fp = c.key_info()?.fingerprint;
            out.show(&e, || {
                tr!(out, "cli-kit-written", path = &e.path, ops = e.ops, bytes = e.bytes, fingerprint = fp)
            });
        }
        KitCmd::Import { file, new_coordinator } => {
            let k = c.import_kit(&file, new_coordinator)?;
            out.show(&k, || {
                tr!(
                    out,
                    "cli-kit-imported",
                    coordinator =
                        k.coordinator.name.clone().unwrap_or_else(|| k.coordinator.device_id.to_string()),
                    fingerprint = &k.coordinator.fingerprint,
                    sessions = k.sessions.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join(", ")
                )
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
                eprintln!("convene: {}", tr!(out, "cli-bundle-personal-left-out", count = e.personal_ops));
            }
            out.show(&e, || {
                tr!(
                    out,
                    "cli-bundle-written",
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
                    &tr!(out, "cli-bundle-verified", file = &v.file),
                    &[
                        (
                            "cli-field-device",
                            format!("{} ({})", v.manifest.device_id, opt(&v.manifest.device_name)),
                        ),
                        ("cli-field-fingerprint", v.fingerprint.clone()),
                        ("cli-field-state", out.device_state(v.device_state)),
                        (
                            "cli-field-sessions",
                            v.manifest.sessions.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", "),
                        ),
                        ("cli-field-ops", v.manifest.counts.values().sum::<u64>().to_string()),
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
                    "cli-bundle-import-summary",
                    imported = summary.imported,
                    already_had = summary.already_had,
                    quarantined = summary.quarantined,
                    rejected = summary.rejected,
                    conflicts = summary.conflicts
                );
                if summary.alarms > 0 {
                    s.push('\n');
                    s.push_str(&tr!(out, "cli-bundle-alarm", count = summary.alarms));
                }
                if summary.held > 0 {
                    s.push('\n');
                    s.push_str(&tr!(out, "cli-bundle-held", count = summary.held));
                }
                if summary.refused > 0 {
                    s.push('\n');
                    s.push_str(&tr!(out, "cli-bundle-refused", count = summary.refused));
                }
                for b in &summary.bundles {
                    if let Some(o) = b.clock_offset_ms {
                        let who = b.device_name.clone().unwrap_or_else(|| b.file.clone());
                        s.push('\n');
                        s.push_str(&out.clock_off(&who, o));
                    }
                }
                if summary.quarantined > 0 {
                    s.push('\n');
                    s.push_str(&out.t("cli-bundle-compare-quarantined"));
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
                        "cli-col-status",
                        "cli-col-device",
                        "cli-col-state",
                        "cli-col-ops",
                        "cli-col-new",
                        "cli-col-seq",
                        "cli-col-received",
                        "cli-col-file",
                    ],
                    l.iter()
                        .map(|b| {
                            let status = match b.detail {
                                Some(d) => {
                                    format!("{} ({})", out.bundle_status(b.status), out.ledger_detail(d))
                                }
                                None => out.bundle_status(b.status),
                            };
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
                            ]
                        })
                        .collect(),
                )
            });
        }
    }
    Ok(())
}

fn progress_line(out: &Out, r: &BundleImport) -> String {
    let who = format!(
        "{} {}",
        r.device_name.clone().unwrap_or_default(),
        r.fingerprint.as_ref().map(|f| format!("[{f}]")).unwrap_or_default()
    );
    let who = who.trim().to_string();
    match r.status {
        ImportStatus::Imported => {
            tr!(out, "cli-progress-imported", file = &r.file, ops = r.new_ops, device = who)
        }
        ImportStatus::AlreadyHad => tr!(out, "cli-progress-already-had", file = &r.file),
        ImportStatus::Quarantined => tr!(out, "cli-progress-quarantined", file = &r.file, device = who),
        ImportStatus::Rejected => {
            let problem = r.error_detail.as_ref().map(|e| e.localized(out.l10n())).unwrap_or_default();
            tr!(out, "cli-progress-rejected", file = &r.file, problem = problem)
        }
    }
}

pub fn run_trust(c: &mut Convene, cmd: TrustCmd, out: &Out) -> Result<()> {
    match cmd {
        TrustCmd::List => {
            let ds = c.devices()?;
            out.list("devices", &ds, || {
                out.table(
                    &[
                        "cli-col-state",
                        "cli-col-fingerprint",
                        "cli-col-name",
                        "cli-col-ops",
                        "cli-col-waiting",
                        "cli-col-device",
                    ],
                    ds.iter()
                        .map(|d| {
                            vec![
                                out.device_state(Some(d.state)),
                                d.fingerprint.clone(),
                                opt(&d.name),
                                d.ops.to_string(),
                                d.quarantined_bundles.to_string(),
                                d.device_id.to_string(),
                            ]
                        })
                        .collect(),
                )
            });
        }
        TrustCmd::Approve { device, sessions: ids } => {
            let list = (!ids.is_empty()).then(|| sessions(c, &ids)).transpose()?;
            let (d, mut reports) = c.approve_device(&device, list.as_deref())?;
            reports.iter_mut().for_each(|b| b.localize(out.l10n()));
            out.show(&json!({"id": d.device_id.to_string(), "state": d.state, "bundles": reports}), || {
                let who = d.name.clone().unwrap_or_else(|| d.device_id.to_string());
                let mut s = tr!(out, "cli-trust-approved", device = who, fingerprint = &d.fingerprint);
                s.push('\n');
                for r in &reports {
                    s.push_str(&format!("  {}\n", progress_line(out, r)));
                }
                s
            });
        }
        TrustCmd::Add { device_id, key, name, sessions: ids } => {
            let id: convene::ids::DeviceId =
                device_id.trim().parse().map_err(|_| Error::UnknownDevice { id: device_id.clone() })?;
            let list = (!ids.is_empty()).then(|| sessions(c, &ids)).transpose()?;
            let d = c.trust_device(id, &key, name.as_deref(), list.as_deref())?;
            out.done(d.device_id, || {
                let who = d.name.clone().unwrap_or_else(|| d.device_id.to_string());
                tr!(out, "cli-trust-added", device = who, fingerprint = &d.fingerprint)
            });
        }
        TrustCmd::Revoke { device, from_bundle, from_seq, dry_run } => {
            let from = match (from_bundle, from_seq) {
                (Some(b), _) => RevokeFrom::Bundle(b),
                (None, Some(n)) => RevokeFrom::Seq(n),
                (None, None) => RevokeFrom::All,
            };
            // What it will undo, first: with --dry-run, that is all.
            let p = c.revoke_preview(&device, &from)?;
            let who = p.device.name.clone().unwrap_or_else(|| p.device.device_id.to_string());
            let preview = || {
                let mut s =
                    tr!(out, "cli-revoke-preview", device = who.clone(), seq = p.from_seq, ops = p.ops);
                for k in &p.kinds {
                    s.push_str(&format!(
                        "\n  {}",
                        tr!(
                            out,
                            "cli-revoke-kind",
                            kind = out.t(&format!("entity-{}", k.entity.as_str())),
                            restored = k.restored,
                            removed = k.removed,
                            changed = k.changed
                        )
                    ));
                }
                s
            };
            if dry_run {
                out.show(&p, preview);
                return Ok(());
            }
            let d = c.revoke_device(&device, &from)?;
            out.show(&serde_json::json!({"id": d.device_id.to_string(), "preview": p}), || {
                let mut s = preview();
                s.push('\n');
                s.push_str(&tr!(
                    out,
                    "cli-trust-revoked",
                    device = who.clone(),
                    fingerprint = &d.fingerprint,
                    seq = p.from_seq
                ));
                s
            });
        }
    }
    Ok(())
}

pub fn run_conflicts(c: &mut Convene, cmd: ConflictsCmd, out: &Out) -> Result<()> {
    match cmd {
        ConflictsCmd::List => {
            let cs = c.conflicts()?;
            out.list("conflicts", &cs, || {
                if cs.is_empty() {
                    return out.t("cli-conflicts-none");
                }
                let show = |v: &serde_json::Value| {
                    clip(&v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()), 40)
                };
                out.table(
                    &[
                        "cli-col-id",
                        "cli-col-record",
                        "cli-col-field",
                        "cli-col-kept",
                        "cli-col-also-written",
                    ],
                    cs.iter()
                        .map(|x| {
                            vec![
                                x.id.clone(),
                                format!("{} “{}”", x.entity, clip(&x.title, 30)),
                                out.t(&x.field_message),
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
                    "cli-conflict-resolved",
                    id = &x.id,
                    field = out.t(&x.field_message),
                    title = clip(&x.title, 40)
                )
            });
        }
    }
    Ok(())
}

pub fn run_review(c: &mut Convene, cmd: ReviewCmd, out: &Out) -> Result<()> {
    let describe = |h: &convene::trust::HeldChange| match (&h.field_message, &h.value) {
        (Some(f), Some(v)) => tr!(
            out,
            "cli-review-set",
            field = out.t(f),
            value = clip(&v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()), 40)
        ),
        _ => out.t("cli-review-delete"),
    };
    match cmd {
        ReviewCmd::List => {
            let held = c.held_changes()?;
            out.list("held", &held, || {
                if held.is_empty() {
                    return out.t("cli-review-none");
                }
                out.table(
                    &["cli-col-id", "cli-col-device", "cli-col-record", "cli-col-change"],
                    held.iter()
                        .map(|h| {
                            vec![
                                h.op_id.to_string()[..13].to_string(),
                                h.device_name
                                    .clone()
                                    .unwrap_or_else(|| h.device_id.to_string()[..8].to_string()),
                                format!(
                                    "{} “{}”",
                                    out.t(&format!("entity-{}", h.entity.as_str())),
                                    clip(&h.title, 30)
                                ),
                                describe(h),
                            ]
                        })
                        .collect(),
                )
            });
        }
        ReviewCmd::Accept { change } => {
            let h = c.review_change(&change, true)?;
            out.done(h.op_id, || {
                tr!(out, "cli-review-accepted", change = describe(&h), title = clip(&h.title, 40))
            });
        }
        ReviewCmd::Refuse { change } => {
            let h = c.review_change(&change, false)?;
            out.done(h.op_id, || {
                tr!(out, "cli-review-refused", change = describe(&h), title = clip(&h.title, 40))
            });
        }
    }
    Ok(())
}
