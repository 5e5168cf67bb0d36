//! `convene backup` and `convene restore`: one passphrase-encrypted file with the database and
//! its keys, and a laptop brought back from it under a new identity linked to the old.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use convene::{Convene, Result};

use crate::output::{Out, tr};

#[derive(clap::Args)]
pub struct BackupArgs {
    #[arg(long)]
    out: PathBuf,
    #[arg(long)]
    passphrase_file: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct RestoreArgs {
    file: PathBuf,
    #[arg(long)]
    passphrase_file: Option<PathBuf>,
}

/// The passphrase: from a file, from `CONVENE_BACKUP_PASSPHRASE`, or the first line of stdin.
fn passphrase(file: Option<&Path>, out: &Out) -> Result<String> {
    if let Some(f) = file {
        let text = convene::files::read_capped(f, 4096)?;
        return Ok(String::from_utf8_lossy(&text).lines().next().unwrap_or_default().to_string());
    }
    if let Ok(p) = std::env::var("CONVENE_BACKUP_PASSPHRASE")
        && !p.is_empty()
    {
        return Ok(p);
    }
    eprint!("{} ", out.m(convene::msg!(cli_backup_passphrase_prompt)));
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| convene::Error::Io { path: "-".into(), detail: e.to_string() })?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

pub fn run_backup(c: &mut Convene, a: BackupArgs, out: &Out) -> Result<()> {
    let pass = passphrase(a.passphrase_file.as_deref(), out)?;
    let b = c.backup(&a.out, &pass)?;
    out.show(&b, || {
        if b.coordinator {
            tr!(out, cli_backup_written_coordinator, path = &b.path, bytes = b.bytes)
        } else {
            tr!(out, cli_backup_written, path = &b.path, bytes = b.bytes)
        }
    });
    Ok(())
}

pub fn run_restore(db: &Path, a: RestoreArgs, out: &Out) -> Result<()> {
    let pass = passphrase(a.passphrase_file.as_deref(), out)?;
    let (_, r) = Convene::restore(&a.file, &pass, db)?;
    out.show(&r, || {
        tr!(out, cli_restored, path = &r.path, old = r.old_device.to_string(), new = r.new_device.to_string())
    });
    Ok(())
}
