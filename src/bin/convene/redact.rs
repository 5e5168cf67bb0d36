//! `convene concern|note|signin redact`: removing a record as personal information, and saying
//! what that cannot reach (bundles already written).

use convene::redaction::Redaction;
use convene::{Convene, Result};

use crate::output::{Out, tr};

pub fn run(c: &mut Convene, r: Redaction, out: &Out) -> Result<()> {
    let done = c.redact(r)?;
    out.show(&done, || {
        let mut s = tr!(out, cli_redacted, ops = done.ops_blanked);
        if done.bundles_before > 0 {
            s.push('\n');
            s.push_str(&tr!(out, cli_redacted_bundles_before, count = done.bundles_before));
        }
        s
    });
    Ok(())
}
