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
            tr!(out, cli_doctor_repaired, ops = r.ops, changed = r.verdicts_changed, hash = &r.state_hash)
        });
        return Ok(());
    }
    let r = c.doctor(a.rebuild)?;
    out.show(&r, || {
        let ok = |problems: bool, text: &str| {
            if problems { text.to_string() } else { out.m(convene::msg!(cli_doctor_ok)) }
        };
        let mut s = out.fields(
            &out.m(convene::msg!(cli_doctor_title)),
            &[
                (convene::msg!(cli_field_database), r.path.clone()),
                (convene::msg!(cli_field_schema_version), r.schema_version.to_string()),
                (convene::msg!(cli_field_integrity), ok(r.integrity != "ok", &r.integrity)),
                (
                    convene::msg!(cli_field_foreign_keys),
                    ok(
                        r.foreign_key_problems > 0,
                        &tr!(out, cli_doctor_problems, count = r.foreign_key_problems),
                    ),
                ),
                (convene::msg!(cli_field_ops), tr!(out, cli_doctor_ops, ops = r.ops, devices = r.devices)),
                (
                    convene::msg!(cli_field_not_counting),
                    tr!(
                        out,
                        cli_doctor_verdicts,
                        held = r.held_ops,
                        refused = r.refused_ops,
                        revoked = r.revoked_ops
                    ),
                ),
                (convene::msg!(cli_field_state_hash), r.state_hash.clone()),
            ],
        );
        s.push_str(&out.m(convene::msg!(cli_doctor_rows)));
        s.push('\n');
        for (t, n) in &r.rows {
            s.push_str(&format!("  {t:<16} {n}\n"));
        }
        if r.plaintext_accessibility_ops > 0 {
            s.push_str(&tr!(out, cli_doctor_plaintext_accessibility, count = r.plaintext_accessibility_ops));
            s.push('\n');
        }
        if let Some(b) = &r.rebuild {
            s.push_str(&tr!(out, cli_doctor_rebuilt, ops = b.ops_folded, hash = &b.state_hash_after));
            s.push('\n');
        }
        s
    });
    Ok(())
}
