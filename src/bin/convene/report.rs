//! `convene report pdf`: the session summary, sign-in sheet, report-back handout and CPP update.

use std::path::PathBuf;

use clap::Subcommand;
use convene::ids::SessionId;
use convene::reports::pdf::{PaperSize, PdfKind, PdfOptions};
use convene::{Convene, Result};

use crate::output::{Out, tr};

#[derive(Subcommand)]
pub enum Cmd {
    Pdf {
        session: String,
        #[arg(long)]
        kind: PdfKind,
        #[arg(long, default_value = "en")]
        locale: String,
        #[arg(long)]
        second_locale: Option<String>,
        #[arg(long)]
        paper: Option<PaperSize>,
        #[arg(long)]
        out: PathBuf,
    },
}

pub fn run(c: &mut Convene, cmd: Cmd, out: &Out) -> Result<()> {
    let Cmd::Pdf { session, kind, locale, second_locale, paper, out: file } = cmd;
    let s: SessionId = c.resolve(&session)?;
    let bytes = c.report_pdf(s, &PdfOptions { kind, locale, second_locale, paper })?;
    let written = convene::reports::write_report(&file, &bytes, false)?;
    let path = written.path;
    out.show(&serde_json::json!({"path": path, "bytes": bytes.len(), "kind": kind.as_str()}), || {
        tr!(out, cli_wrote, path = &path, bytes = bytes.len())
    });
    Ok(())
}
