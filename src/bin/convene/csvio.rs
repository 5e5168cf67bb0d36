//! `convene export csv` and `convene import csv`.

use std::path::PathBuf;

use clap::Subcommand;
use convene::ids::SessionId;
use convene::reports::csv::{CsvImportTable, CsvOptions, CsvTable};
use convene::{Convene, Result};

use crate::output::{Out, tr};

#[derive(Subcommand)]
pub enum ExportCmd {
    Csv {
        session: String,
        #[arg(long)]
        table: CsvTable,
        #[arg(long)]
        bom: bool,
        #[arg(long)]
        with_personal_data: bool,
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum ImportCmd {
    Csv {
        session: String,
        #[arg(long)]
        table: CsvImportTable,
        #[arg(long)]
        file: PathBuf,
        #[arg(long)]
        skip_invalid: bool,
    },
}

pub fn run_export(c: &mut Convene, cmd: ExportCmd, out: &Out) -> Result<()> {
    let ExportCmd::Csv { session, table: t, bom, with_personal_data, out: file } = cmd;
    let s: SessionId = c.resolve(&session)?;
    let bytes = c.export_csv(s, t, &CsvOptions { bom, personal_data: with_personal_data }, out.l10n())?;
    let written = convene::reports::write_report(&file, &bytes, with_personal_data)?;
    let path = written.path;
    out.show(&serde_json::json!({"path": path, "bytes": bytes.len(), "table": t.as_str()}), || {
        tr!(out, cli_wrote, path = &path, bytes = bytes.len())
    });
    Ok(())
}

pub fn run_import(c: &mut Convene, cmd: ImportCmd, out: &Out) -> Result<()> {
    let ImportCmd::Csv { session, table: t, file, skip_invalid } = cmd;
    let s: SessionId = c.resolve(&session)?;
    let label = file.display().to_string();
    let report = c.import_csv_file(s, t, &file, skip_invalid, out.l10n())?;
    let text = || {
        let mut o = tr!(
            out,
            cli_import_summary,
            rows = report.rows,
            imported = report.imported,
            problems = report.skipped
        );
        o.push('\n');
        if !report.problems.is_empty() {
            o.push_str(
                &out.table(
                    &[
                        convene::msg!(cli_col_line),
                        convene::msg!(cli_col_column),
                        convene::msg!(cli_col_problem),
                    ],
                    report
                        .problems
                        .iter()
                        .map(|p| vec![p.line.to_string(), p.heading.clone(), p.message.clone()])
                        .collect(),
                ),
            );
        }
        o
    };
    match report.failure(&label) {
        Some(e) => {
            out.show_failure(&report, &e, text);
            Err(e)
        }
        None => {
            out.show(&report, text);
            Ok(())
        }
    }
}
