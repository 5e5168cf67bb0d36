use clap::Args as ClapArgs;
use convene::{Convene, Result};

use crate::output::Out;

#[derive(ClapArgs)]
pub struct Args {
    #[arg(long, default_value_t = 2027)]
    seed: u64,
    #[arg(long, default_value_t = 0)]
    concerns: usize,
}

pub fn run(c: &mut Convene, a: Args, out: &Out) -> Result<()> {
    let id = c.create_demo(a.seed)?;
    if a.concerns > 0 {
        c.add_sample_concerns(id, a.concerns, a.seed)?;
    }
    out.created(id);
    Ok(())
}
