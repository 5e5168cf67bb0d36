//! Keys, trust and review: which devices' work counts here, what each was given, and the
//! coordinator's decisions on changes held for review.

use clap::Subcommand;
use convene::messages::Msg;
use convene::trust::RevokeFrom;
use convene::{Convene, Error, Result};
use serde_json::json;

use crate::exchange::{progress_line, sessions, titles};
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

pub fn run_key(c: &mut Convene, cmd: KeyCmd, out: &Out) -> Result<()> {
    if let KeyCmd::Renew { reissue_from_seq } = cmd {
        let r = c.renew_identity(reissue_from_seq)?;
        out.show(&r, || {
            tr!(
                out,
                cli_key_renewed,
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
            (convene::msg!(cli_field_device), format!("{}{name}", k.device_id)),
            (convene::msg!(cli_field_fingerprint), k.fingerprint.clone()),
            (convene::msg!(cli_field_public_key), k.public_key.clone()),
        ];
        if let Some(r) = &k.coordinator_recipient {
            rows.push((convene::msg!(cli_field_coordinator_recipient), r.clone()));
        }
        if let Some(f) = &k.follows {
            let who = f.name.clone().unwrap_or_else(|| f.device_id.to_string());
            rows.push((
                convene::msg!(cli_field_follows),
                tr!(out, cli_key_follows, coordinator = who, fingerprint = &f.fingerprint),
            ));
            rows.push((convene::msg!(cli_field_sealed_to), f.recipient.clone()));
        }
        out.fields(&out.m(convene::msg!(cli_key_title)), &rows)
    });
    Ok(())
}

pub fn run_trust(c: &mut Convene, cmd: TrustCmd, out: &Out) -> Result<()> {
    match cmd {
        TrustCmd::List => {
            let ds = c.devices()?;
            out.list("devices", &ds, || {
                out.table(
                    &[
                        convene::msg!(cli_col_state),
                        convene::msg!(cli_col_fingerprint),
                        convene::msg!(cli_col_name),
                        convene::msg!(cli_col_ops),
                        convene::msg!(cli_col_waiting),
                        convene::msg!(cli_col_device),
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
            out.show(&json!({"id": d.device_id.to_string(), "state": d.state, "sessions": d.sessions, "bundles": reports}), || {
                let who = d.name.clone().unwrap_or_else(|| d.device_id.to_string());
                let mut s = tr!(out, cli_trust_approved, device = who, fingerprint = &d.fingerprint);
                s.push('\n');
                s.push_str(&match &d.sessions {
                    Some(list) => tr!(out, cli_trust_given, sessions = titles(c, list)),
                    None => out.m(convene::msg!(cli_trust_given_plan)),
                });
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
                tr!(out, cli_trust_added, device = who, fingerprint = &d.fingerprint)
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
                let mut s = tr!(out, cli_revoke_preview, device = who.clone(), seq = p.from_seq, ops = p.ops);
                for k in &p.kinds {
                    s.push_str(&format!(
                        "\n  {}",
                        tr!(
                            out,
                            cli_revoke_kind,
                            kind = k.entity.plural(),
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
                    cli_trust_revoked,
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

pub fn run_review(c: &mut Convene, cmd: ReviewCmd, out: &Out) -> Result<()> {
    let describe = |h: &convene::trust::HeldChange| match (&h.field_message, &h.value) {
        (Some(f), Some(v)) => tr!(
            out,
            cli_review_set,
            field = Msg::named(f),
            value = clip(&v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()), 40)
        ),
        _ if h.redaction => out.m(convene::msg!(cli_review_redact)),
        _ => out.m(convene::msg!(cli_review_delete)),
    };
    match cmd {
        ReviewCmd::List => {
            let held = c.held_changes()?;
            out.list("held", &held, || {
                if held.is_empty() {
                    return out.m(convene::msg!(cli_review_none));
                }
                out.table(
                    &[
                        convene::msg!(cli_col_id),
                        convene::msg!(cli_col_device),
                        convene::msg!(cli_col_record),
                        convene::msg!(cli_col_change),
                    ],
                    held.iter()
                        .map(|h| {
                            vec![
                                h.op_id.to_string()[..13].to_string(),
                                h.device_name
                                    .clone()
                                    .unwrap_or_else(|| h.device_id.to_string()[..8].to_string()),
                                format!("{} “{}”", out.m(h.entity.plural()), clip(&h.title, 30)),
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
                tr!(out, cli_review_accepted, change = describe(&h), title = clip(&h.title, 40))
            });
        }
        ReviewCmd::Refuse { change } => {
            let h = c.review_change(&change, false)?;
            out.done(h.op_id, || {
                tr!(out, cli_review_refused, change = describe(&h), title = clip(&h.title, 40))
            });
        }
    }
    Ok(())
}
