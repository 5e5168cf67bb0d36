//! Keys, kits, bundles, trust and conflicts: moving work between laptops and the coordinator.

use std::path::PathBuf;

use clap::Subcommand;
use convene::conflicts::Keep;
use convene::exchange::{BundleImport, ImportStatus};
use convene::ids::SessionId;
use convene::{Convene, Error, Result};
use serde_json::json;

use crate::output::{Out, clip, opt, table};

#[derive(Subcommand)]
pub enum KeyCmd {
    /// This device's id, public key and fingerprint (and the coordinator's recipient, if any).
    Show,
}

#[derive(Subcommand)]
pub enum CoordinatorCmd {
    /// Make this database a coordinator's: adds an age identity for attendees' personal data.
    Init,
    /// Install a coordinator identity from its file (a backup, or a second coordinator machine).
    Restore {
        #[arg(long)]
        identity: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum KitCmd {
    /// Write a signed kit with the sessions' plans and this coordinator's keys.
    Export {
        #[arg(required = true)]
        sessions: Vec<String>,
        #[arg(long)]
        out: PathBuf,
    },
    /// Load a coordinator's kit on this laptop.
    Import {
        file: PathBuf,
        /// Accept a kit from a different coordinator than the one this laptop follows.
        #[arg(long)]
        new_coordinator: bool,
    },
}

#[derive(Subcommand)]
pub enum BundleCmd {
    /// Write this laptop's work on sessions as a signed bundle.
    Export {
        #[arg(required = true)]
        sessions: Vec<String>,
        #[arg(long)]
        out: PathBuf,
        /// With no kit, include names and contacts unencrypted (they are otherwise left out).
        #[arg(long)]
        include_personal_data: bool,
    },
    /// Check a bundle without importing it.
    Verify { file: PathBuf },
    /// Import bundles; each is all or nothing.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// The ledger: every bundle offered to this database.
    List,
}

#[derive(Subcommand)]
pub enum TrustCmd {
    /// Devices with their fingerprints and state.
    List,
    /// Approve a device after comparing its fingerprint; merges its quarantined bundles.
    Approve { device: String },
    /// Refuse a device's bundles from now on (what was merged stays, marked).
    Revoke { device: String },
    /// Trust a laptop before its bundles arrive, from the id and key its `key show` prints.
    Add {
        device_id: String,
        #[arg(long)]
        key: String,
        #[arg(long)]
        name: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum ConflictsCmd {
    /// Open conflicts: concurrent edits of one field.
    List,
    /// Resolve a conflict.
    Resolve {
        id: String,
        /// winner or loser.
        #[arg(long, conflicts_with = "text")]
        keep: Option<String>,
        /// A new value instead.
        #[arg(long)]
        text: Option<String>,
    },
}

pub fn run_key(c: &mut Convene, _cmd: KeyCmd, out: &Out) -> Result<()> {
    let k = c.key_info()?;
    out.show(&k, || {
        let mut s = format!(
            "Device:       {}{}\nFingerprint:  {}\nPublic key:   {}\n",
            k.device_id,
            k.device_name.as_ref().map(|n| format!(" ({n})")).unwrap_or_default(),
            k.fingerprint,
            k.public_key
        );
        if let Some(r) = &k.coordinator_recipient {
            s.push_str(&format!("Coordinator recipient (age): {r}\n"));
        }
        if let Some(f) = &k.follows {
            s.push_str(&format!(
                "Follows coordinator {} — fingerprint {}\n  personal data is sealed to {}\n",
                f.name.clone().unwrap_or_else(|| f.device_id.to_string()),
                f.fingerprint,
                f.recipient
            ));
        }
        s
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
    out.show(&json!({"recipient": recipient, "fingerprint": k.fingerprint, "device_id": k.device_id}), || {
        format!("Coordinator identity ready.\nRecipient (age): {recipient}\nFingerprint: {}\nNext: convene kit export SESSION --out kit.convene", k.fingerprint)
    });
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
            out.show(&e, || format!("Kit written to {} ({} ops, {} bytes).\nLaptops will see the coordinator fingerprint {fp}.", e.path, e.ops, e.bytes));
        }
        KitCmd::Import { file, new_coordinator } => {
            let k = c.import_kit(&file, new_coordinator)?;
            out.show(&k, || {
                format!(
                    "Kit from coordinator {}.\nCompare this fingerprint with the coordinator before the event: {}\nSessions: {}\nFrom now on, this laptop's bundles seal attendees' personal data to that coordinator.",
                    k.coordinator.name.clone().unwrap_or_else(|| k.coordinator.device_id.to_string()),
                    k.coordinator.fingerprint,
                    k.sessions.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join(", ")
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
            if e.personal_data == "left-out" {
                eprintln!(
                    "convene: the names and contacts of {} sign-ins were left out: this laptop has no coordinator key to seal them to. Import the coordinator's kit first, or add --include-personal-data to include them unencrypted.",
                    e.personal_ops
                );
            }
            out.show(&e, || {
                format!(
                    "Bundle written and checked: {} ({} ops, {} bytes; personal data {}).\nIt is safe to remove the drive.",
                    e.path, e.ops, e.bytes, e.personal_data
                )
            });
        }
        BundleCmd::Verify { file } => {
            let v = c.verify_bundle(&file)?;
            out.show(&v, || {
                format!(
                    "{}: signature and hashes OK.\nDevice {} ({}) — fingerprint {} — {}\nSessions: {}\nOps: {}",
                    v.file,
                    v.manifest.device_id,
                    opt(&v.manifest.device_name),
                    v.fingerprint,
                    v.device_state,
                    v.manifest.sessions.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", "),
                    v.manifest.counts.values().sum::<u64>()
                )
            });
        }
        BundleCmd::Import { files } => {
            let paths: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
            let total = paths.len();
            let quiet = out.is_json();
            let summary = c.import_bundles(&paths, |i, r| {
                if !quiet {
                    eprintln!("[{}/{total}] {}", i + 1, progress_line(r));
                }
            })?;
            let text = || {
                let mut s = format!(
                    "Imported {}, already had {}, quarantined {}, rejected {}, new conflicts {}.",
                    summary.imported,
                    summary.already_had,
                    summary.quarantined,
                    summary.rejected,
                    summary.conflicts
                );
                if summary.alarms > 0 {
                    s.push_str(&format!("\nALARM: {} bundle(s) reuse sequence numbers of a device; see `convene bundle list`.", summary.alarms));
                }
                if summary.quarantined > 0 {
                    s.push_str("\nCompare the quarantined devices' fingerprints with their facilitators, then run `convene trust approve DEVICE`.");
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
                table(
                    &["STATUS", "DEVICE", "STATE", "OPS", "NEW", "SEQ", "RECEIVED", "FILE"],
                    l.iter()
                        .map(|b| {
                            vec![
                                b.status.clone(),
                                b.device_name
                                    .clone()
                                    .unwrap_or_else(|| b.device_id.to_string()[..13].to_string()),
                                opt(&b.device_state),
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

fn progress_line(r: &BundleImport) -> String {
    let who = format!(
        "{} {}",
        r.device_name.clone().unwrap_or_default(),
        r.fingerprint.as_ref().map(|f| format!("[{f}]")).unwrap_or_default()
    );
    match r.status {
        ImportStatus::Imported => format!("{}: imported {} new ops from {who}", r.file, r.new_ops),
        ImportStatus::AlreadyHad => format!("{}: already imported, nothing to do", r.file),
        ImportStatus::Quarantined => format!(
            "{}: QUARANTINED — unknown device {who}; compare the fingerprint, then `convene trust approve`",
            r.file
        ),
        ImportStatus::Rejected => format!("{}: REJECTED — {}", r.file, r.error.clone().unwrap_or_default()),
    }
}

pub fn run_trust(c: &mut Convene, cmd: TrustCmd, out: &Out) -> Result<()> {
    match cmd {
        TrustCmd::List => {
            let ds = c.devices()?;
            out.list("devices", &ds, || {
                table(
                    &["STATE", "FINGERPRINT", "NAME", "OPS", "WAITING", "DEVICE"],
                    ds.iter()
                        .map(|d| {
                            vec![
                                d.state.as_str().into(),
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
        TrustCmd::Approve { device } => {
            let (d, reports) = c.approve_device(&device)?;
            out.show(&json!({"id": d.device_id.to_string(), "state": d.state, "bundles": reports}), || {
                let mut s = format!(
                    "Approved {} [{}].\n",
                    d.name.clone().unwrap_or_else(|| d.device_id.to_string()),
                    d.fingerprint
                );
                for r in &reports {
                    s.push_str(&format!("  {}\n", progress_line(r)));
                }
                s
            });
        }
        TrustCmd::Add { device_id, key, name } => {
            let id: convene::ids::DeviceId =
                device_id.trim().parse().map_err(|_| Error::UnknownDevice { id: device_id.clone() })?;
            let d = c.trust_device(id, &key, name.as_deref())?;
            out.done(d.device_id, || {
                format!(
                    "Trusted {} [{}].",
                    d.name.clone().unwrap_or_else(|| d.device_id.to_string()),
                    d.fingerprint
                )
            });
        }
        TrustCmd::Revoke { device } => {
            let d = c.revoke_device(&device)?;
            out.done(d.device_id, || format!("Revoked {} [{}]. Its bundles will be refused; what was merged stays, marked as from a revoked device.", d.name.clone().unwrap_or_else(|| d.device_id.to_string()), d.fingerprint));
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
                    return "No open conflicts.".into();
                }
                let show = |v: &serde_json::Value| {
                    clip(&v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()), 40)
                };
                table(
                    &["ID", "RECORD", "FIELD", "KEPT (WINNER)", "ALSO WRITTEN (LOSER)"],
                    cs.iter()
                        .map(|x| {
                            vec![
                                x.id.clone(),
                                format!("{} “{}”", x.entity, clip(&x.title, 30)),
                                x.field.clone(),
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
            let how = match (keep.as_deref(), text) {
                (_, Some(t)) => Keep::Value(serde_json::Value::String(t)),
                (Some("winner"), None) => Keep::Winner,
                (Some("loser"), None) => Keep::Loser,
                (other, None) => {
                    return Err(Error::InvalidChoice {
                        field: "resolution",
                        value: other.unwrap_or("").into(),
                        allowed: "--keep winner, --keep loser, --text \"...\"".into(),
                    });
                }
            };
            let x = c.resolve_conflict(&id, how)?;
            out.done(&x.id, || {
                format!("Resolved conflict {} on {} “{}”.", x.id, x.field, clip(&x.title, 40))
            });
        }
    }
    Ok(())
}
