use clap::Args as ClapArgs;
use convene::{Convene, Result};

use crate::output::Out;

#[derive(ClapArgs)]
pub struct Args {
    /// Rebuild every table from the op log and check the result is identical.
    #[arg(long)]
    rebuild: bool,
}

pub fn run(c: &mut Convene, a: Args, out: &Out) -> Result<()> {
    let r = c.doctor(a.rebuild)?;
    out.show(&r, || {
        let mut s = format!(
            "Database:        {}\nSchema version:  {}\nIntegrity:       {}\nForeign keys:    {}\nOps:             {} from {} device(s)\nState hash:      {}\n",
            r.path,
            r.schema_version,
            r.integrity,
            if r.foreign_key_problems == 0 { "ok".to_string() } else { format!("{} problems", r.foreign_key_problems) },
            r.ops,
            r.devices,
            r.state_hash
        );
        for (t, n) in &r.rows {
            s.push_str(&format!("  {t:<16} {n}\n"));
        }
        if let Some(b) = &r.rebuild {
            s.push_str(&format!(
                "Rebuilt from {} ops: state hash {} — identical to the state before.\n",
                b.ops_folded, b.state_hash_after
            ));
        }
        s
    });
    Ok(())
}
