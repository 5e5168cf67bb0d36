use clap::Args as ClapArgs;
use convene::{Convene, Result};

use crate::output::{Out, tr};

#[derive(ClapArgs)]
pub struct Args {
    #[arg(long, conflicts_with = "repair")]
    rebuild: bool,
    #[arg(long)]
    repair: bool,
}

pub fn run(c: &mut Convene, a: Args, out: &Out) -> Result<()> {
    if a.repair {
        let r = c.repair()?;
        out.show(&r, || {
            tr!(out, "cli-doctor-repaired", ops = r.ops, changed = r.verdicts_changed, hash = &r.state_hash)
        });
        return Ok(());
    }
    let r = c.doctor(a.rebuild)?;
    out.show(&r, || {
        let ok =
            |problems: bool, text: &str| if problems { text.to_string() } else { out.t("cli-doctor-ok") };
        let mut s = out.fields(
            &out.t("cli-doctor-title"),
            &[
                ("cli-field-database", r.path.clone()),
                ("cli-field-schema-version", r.schema_version.to_string()),
                ("cli-field-integrity", ok(r.integrity != "ok", &r.integrity)),
                (
                    "cli-field-foreign-keys",
                    ok(
                        r.foreign_key_problems > 0,
                        &tr!(out, "cli-doctor-problems", count = r.foreign_key_problems),
                    ),
                ),
                ("cli-field-ops", tr!(out, "cli-doctor-ops", ops = r.ops, devices = r.devices)),
                (
                    "cli-field-not-counting",
                    tr!(
                        out,
                        "cli-doctor-verdicts",
                        held = r.held_ops,
                        refused = r.refused_ops,
                        revoked = r.revoked_ops
                    ),
                ),
                ("cli-field-state-hash", r.state_hash.clone()),
            ],
        );
        s.push_str(&out.t("cli-doctor-rows"));
        s.push('\n');
        for (t, n) in &r.rows {
            s.push_str(&format!("  {t:<16} {n}\n"));
        }
        if r.plaintext_accessibility_ops > 0 {
            s.push_str(&tr!(
                out,
                "cli-doctor-plaintext-accessibility",
                count = r.plaintext_accessibility_ops
            ));
            s.push('\n');
        }
        if let Some(b) = &r.rebuild {
            s.push_str(&tr!(out, "cli-doctor-rebuilt", ops = b.ops_folded, hash = &b.state_hash_after));
            s.push('\n');
        }
        s
    });
    Ok(())
}
