use clap::Args as ClapArgs;
use convene::{Convene, Result};
use serde_json::json;

use crate::output::{Out, tr};

#[derive(ClapArgs)]
pub struct Args {
    #[arg(long)]
    device_name: Option<String>,
}

pub fn run(c: &mut Convene, a: Args, out: &Out) -> Result<()> {
    if let Some(n) = &a.device_name {
        c.set_device_name(n)?;
    }
    let name = c.device_name()?;
    let key = c.key_info()?;
    let v = json!({
        "id": c.device_id().to_string(),
        "device_name": name,
        "db": c.store().path(),
        "fingerprint": key.fingerprint,
        "key_file": key.key_file,
    });
    out.show(&v, || {
        let title = match &name {
            Some(n) => tr!(out, cli_init_ready_named, device = c.device_id().to_string(), name = n),
            None => tr!(out, cli_init_ready, device = c.device_id().to_string()),
        };
        out.fields(
            &title,
            &[
                (convene::msg!(cli_field_fingerprint), key.fingerprint.clone()),
                (convene::msg!(cli_field_database), c.store().path().to_string()),
                (convene::msg!(cli_field_signing_key), key.key_file.clone().unwrap_or_default()),
            ],
        )
    });
    Ok(())
}
