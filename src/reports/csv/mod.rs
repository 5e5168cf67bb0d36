//! CSV for spreadsheets and open-data portals, and for typing up paper sheets.
//!
//! Exports are UTF-8 (optionally with a BOM for Excel), with every text cell that a spreadsheet
//! could read as a formula neutralised as OWASP recommends. Names and contacts are included only
//! when asked. Imports check every row, report each problem by line and column, and import
//! nothing unless every row is valid or the person chose to skip the invalid ones.

mod export;
pub mod import;

pub use import::{CsvImport, RowProblem};

use crate::error::{Error, Result};
use crate::i18n::Localizer;
use crate::validate::choice;

choice!(
    CsvTable, "table" {
        Concerns = "concerns",
        Signins = "signins",
        Votes = "votes",
        Actions = "actions",
    }
);

choice!(
    CsvImportTable, "table" {
        Signins = "signins",
        Agenda = "agenda",
    }
);

#[derive(Debug, Clone, Default)]
pub struct CsvOptions {
    /// Start with a UTF-8 byte-order mark, so Excel reads the accents right.
    pub bom: bool,
    /// Include attendees' names, emails and phones (sign-ins only).
    pub personal_data: bool,
}

/// Makes a text cell safe to open in a spreadsheet: one that starts with `=`, `+`, `-`, `@`, a
/// tab, CR or LF is prefixed with `'`, so it is shown as text and never evaluated (OWASP CSV
/// injection guidance).
pub fn neutralise(cell: &str) -> String {
    // Control characters shown as U+FFFD, bidi controls isolated within the cell.
    let cell = crate::validate::safe_for_terminal(cell);
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\n') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// A cell: text is neutralised, numbers are written as numbers.
pub(crate) enum Cell {
    Text(String),
    Number(i64),
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
}
impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Text(s)
    }
}
impl From<Option<String>> for Cell {
    fn from(s: Option<String>) -> Cell {
        Cell::Text(s.unwrap_or_default())
    }
}
impl From<i64> for Cell {
    fn from(n: i64) -> Cell {
        Cell::Number(n)
    }
}

pub(crate) fn yes_no(b: bool) -> Cell {
    Cell::Text(if b { "yes" } else { "no" }.into())
}

pub(crate) fn write_csv(
    columns: &[&str],
    rows: Vec<Vec<Cell>>,
    opts: &CsvOptions,
    l10n: &Localizer,
) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    if opts.bom {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out);
    let io = |e: csv::Error| Error::Io { path: "CSV".into(), detail: e.to_string() };
    let header: Vec<String> = columns.iter().map(|c| neutralise(&l10n.m(column_label(c)))).collect();
    w.write_record(&header).map_err(io)?;
    for row in rows {
        let cells: Vec<String> = row
            .into_iter()
            .map(|c| match c {
                Cell::Text(t) => neutralise(&t),
                Cell::Number(n) => n.to_string(),
            })
            .collect();
        w.write_record(&cells).map_err(io)?;
    }
    w.into_inner().map_err(|e| Error::Io { path: "CSV".into(), detail: e.to_string() })
}

/// A column's heading (`csv-col-<key>`) in the reader's language. Every column list a sheet is
/// written or read with is checked against the messages when the core compiles
/// ([`all_labelled`]).
pub fn column_label(key: &str) -> crate::messages::Msg {
    crate::messages::Msg::lookup(&format!("csv-col-{key}"))
        .unwrap_or_else(|| crate::messages::Msg::named(key))
}

/// Whether every column key has its heading message, at compile time.
pub const fn all_labelled(keys: &[&str]) -> bool {
    let mut i = 0;
    while i < keys.len() {
        if !crate::messages::exists_exact("csv-col-", keys[i]) {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_neutralised() {
        for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\n=1", "=HYPERLINK(\"http://x\")"] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?} must become text");
        }
        // A carriage return (from data stored before control characters were refused) is shown
        // as U+FFFD, which no spreadsheet reads as the start of a formula.
        assert_eq!(neutralise("\r=1"), "\u{fffd}=1");
        assert_eq!(
            neutralise("\u{202e}evil"),
            "\u{2068}\u{202e}evil\u{2069}",
            "bidi is isolated in its cell"
        );
        assert_eq!(neutralise("Dark street"), "Dark street");
        assert_eq!(neutralise(""), "");
    }
}
