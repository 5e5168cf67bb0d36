use clap::Args as ClapArgs;
use convene::{Convene, Result};
use serde_json::json;

use crate::output::Out;

#[derive(ClapArgs)]
pub struct Args {
    /// A name for this laptop, shown to the coordinator (e.g. "Table 3 laptop").
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
        format!(
            "Device {} ready{}.\nFingerprint: {}\nDatabase: {}\nSigning key: {}",
            c.device_id(),
            name.as_deref().map(|n| format!(" as “{n}”")).unwrap_or_default(),
            key.fingerprint,
            c.store().path(),
            key.key_file.clone().unwrap_or_default()
        )
    });
    Ok(())
}
