//! `convene report pdf`: the session summary, sign-in sheet, report-back handout and CPP update.

use std::path::PathBuf;

use clap::Subcommand;
use convene::ids::SessionId;
use convene::reports::pdf::{PaperSize, PdfKind, PdfOptions};
use convene::{Convene, Result};

use crate::output::Out;

#[derive(Subcommand)]
pub enum Cmd {
    /// A PDF report of a session (the handout and CPP update cover its precinct).
    Pdf {
        session: String,
        #[arg(long)]
        kind: PdfKind,
        /// The report's language.
        #[arg(long, default_value = "en")]
        locale: String,
        /// A second language for headings and labels, beneath the first.
        #[arg(long)]
        second_locale: Option<String>,
        /// letter or a4.
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
    let written = convene::reports::write_report(&file, &bytes)?;
    let path = written.path;
    out.show(&serde_json::json!({"path": path, "bytes": bytes.len(), "kind": kind.as_str()}), || {
        format!("Wrote {path} ({} bytes).", bytes.len())
    });
    Ok(())
}
