//! CSV for spreadsheets and open-data portals, and for typing up paper sheets.
//!
//! Exports are UTF-8 (optionally with a BOM for Excel), with every text cell that a spreadsheet
//! could read as a formula neutralised as OWASP recommends. Names and contacts are included only
//! when asked. Imports check every row, report each problem by line and column, and import
//! nothing unless every row is valid or the person chose to skip the invalid ones.

use std::collections::HashMap;

use serde::Serialize;

use crate::Convene;
use crate::agenda::{AgendaKind, NewAgendaItem};
use crate::error::{Error, Result};
use crate::i18n::{Args, Localizer};
use crate::ids::SessionId;
use crate::signins::{NewSignin, Role};
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
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\n') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// A cell: text is neutralised, numbers are written as numbers.
enum Cell {
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

fn yes_no(b: bool) -> Cell {
    Cell::Text(if b { "yes" } else { "no" }.into())
}

fn write_csv(columns: &[&str], rows: Vec<Vec<Cell>>, opts: &CsvOptions, l10n: &Localizer) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    if opts.bom {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out);
    let io = |e: csv::Error| Error::Io { path: "CSV".into(), detail: e.to_string() };
    let header: Vec<String> =
        columns.iter().map(|c| neutralise(&l10n.message(&format!("csv-col-{c}"), None))).collect();
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

/// One problem found in an imported sheet.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct RowProblem {
    /// Line in the file (the header is line 1).
    pub line: u64,
    pub column: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Default, ts_rs::TS)]
pub struct CsvImport {
    pub rows: u64,
    pub imported: u64,
    pub skipped: u64,
    pub problems: Vec<RowProblem>,
    /// Whether the valid rows were saved: false when there were problems and invalid rows
    /// were not to be skipped (then nothing was imported).
    pub committed: bool,
}

impl CsvImport {
    /// The error to report for an import that saved nothing.
    pub fn failure(&self, label: &str) -> Option<Error> {
        (!self.committed).then(|| Error::CsvInvalid { path: label.into(), problems: self.problems.len() })
    }
}

const SIGNIN_COLUMNS: &[&str] = &[
    "name",
    "neighbourhood",
    "zip",
    "language",
    "interpreter",
    "accessibility",
    "role",
    "email",
    "phone",
    "consent",
    "group",
    "time_in",
];
const AGENDA_COLUMNS: &[&str] = &["title", "minutes", "presenter", "kind"];

/// Which column a validation error is about, for the row report.
fn error_column(e: &Error) -> &'static str {
    match e {
        Error::InvalidZip { .. } => "zip",
        Error::InvalidLanguage { .. } => "language",
        Error::InvalidEmail { .. } => "email",
        Error::InvalidPhone { .. } => "phone",
        Error::ConsentRequired => "consent",
        Error::InvalidDate { .. } => "time_in",
        Error::InvalidChoice { field, .. } if *field == "role" => "role",
        Error::InvalidChoice { field, .. } if *field == "agenda item kind" => "kind",
        Error::InvalidNumber { field, .. } if *field == "planned minutes" => "minutes",
        Error::EmptyText { field } | Error::TextTooLong { field, .. } => match *field {
            "agenda item title" => "title",
            "presenter" => "presenter",
            "neighbourhood" => "neighbourhood",
            "accessibility needs" => "accessibility",
            _ => "name",
        },
        _ => "",
    }
}

impl Convene {
    /// One of the session's tables as CSV. Headings are in `l10n`'s language.
    pub fn export_csv(
        &self,
        session: SessionId,
        table: CsvTable,
        opts: &CsvOptions,
        l10n: &Localizer,
    ) -> Result<Vec<u8>> {
        let s = self.session(session)?;
        let groups: HashMap<_, _> = self.groups(session)?.into_iter().map(|g| (g.id, g.name)).collect();
        let group_name = |g: Option<crate::ids::GroupId>| Cell::from(g.and_then(|g| groups.get(&g).cloned()));
        match table {
            CsvTable::Concerns => {
                let tally = self.tally(session)?;
                let dots: HashMap<_, _> = tally.dots.iter().map(|d| (d.concern, d.score)).collect();
                let concerns = self.concerns(
                    session,
                    &crate::concerns::ConcernFilter { include_duplicates: true, ..Default::default() },
                )?;
                let rows = concerns
                    .into_iter()
                    .map(|c| {
                        vec![
                            c.id.to_string().into(),
                            s.title.clone().into(),
                            group_name(c.group_id),
                            c.status.as_str().into(),
                            c.text.into(),
                            c.language.into(),
                            c.interpretation.into(),
                            c.interpretation_language.into(),
                            c.tags.join(" ").into(),
                            c.location.into(),
                            c.duplicate_of.map(|d| d.to_string()).into(),
                            dots.get(&c.id).copied().unwrap_or(0).into(),
                            c.created_at.into(),
                        ]
                    })
                    .collect();
                write_csv(
                    &[
                        "id",
                        "session",
                        "group",
                        "status",
                        "text",
                        "language",
                        "interpretation",
                        "interpretation_language",
                        "tags",
                        "location",
                        "duplicate_of",
                        "dots",
                        "created_at",
                    ],
                    rows,
                    opts,
                    l10n,
                )
            }
            CsvTable::Signins => {
                let contacts: HashMap<_, _> = if opts.personal_data {
                    self.signin_contacts(session)?.into_iter().map(|c| (c.signin_id, c)).collect()
                } else {
                    HashMap::new()
                };
                let mut columns = vec![
                    "id",
                    "time_in",
                    "role",
                    "language",
                    "interpreter",
                    "neighbourhood",
                    "zip",
                    "accessibility",
                    "group",
                    "consent",
                ];
                if opts.personal_data {
                    columns.extend(["name", "email", "phone"]);
                }
                let rows = self
                    .signins(session)?
                    .into_iter()
                    .map(|x| {
                        let mut row: Vec<Cell> = vec![
                            x.id.to_string().into(),
                            x.time_in.into(),
                            x.role.as_str().into(),
                            x.language.into(),
                            yes_no(x.interpreter),
                            x.neighbourhood.into(),
                            x.zip.into(),
                            x.accessibility.into(),
                            group_name(x.group_id),
                            yes_no(x.consent_to_contact),
                        ];
                        if opts.personal_data {
                            let c = contacts.get(&x.id);
                            row.push(c.and_then(|c| c.name.clone()).into());
                            row.push(c.and_then(|c| c.email.clone()).into());
                            row.push(c.and_then(|c| c.phone.clone()).into());
                        }
                        row
                    })
                    .collect();
                write_csv(&columns, rows, opts, l10n)
            }
            CsvTable::Votes => {
                let t = self.tally(session)?;
                let mut by: HashMap<crate::ids::ConcernId, [i64; 4]> = HashMap::new();
                let mut text: HashMap<crate::ids::ConcernId, String> = HashMap::new();
                let mut runoff: HashMap<crate::ids::ConcernId, String> = HashMap::new();
                for d in &t.dots {
                    by.entry(d.concern).or_default()[0] = d.score;
                    text.insert(d.concern, d.text.clone());
                }
                if let Some(r) = &t.ranked {
                    for b in &r.borda {
                        by.entry(b.concern).or_default()[1] = b.score;
                        text.insert(b.concern, b.text.clone());
                    }
                    if let Some(first) = r.irv_rounds.first() {
                        for c in &first.counts {
                            by.entry(c.concern).or_default()[2] = c.score;
                        }
                    }
                    for (i, round) in r.irv_rounds.iter().enumerate() {
                        for c in &round.eliminated {
                            let mut a = Args::new();
                            a.set("round", i as i64 + 1);
                            runoff.insert(*c, l10n.message("csv-runoff-out", Some(&a)));
                        }
                    }
                    if let Some(w) = r.irv_winner {
                        runoff.insert(w, l10n.message("csv-runoff-winner", None));
                    }
                }
                for b in t.budget.iter().flatten() {
                    by.entry(b.concern).or_default()[3] = b.score;
                    text.insert(b.concern, b.text.clone());
                }
                let mut ids: Vec<_> = by.keys().copied().collect();
                ids.sort_by_key(|c| (std::cmp::Reverse(by[c][0]), std::cmp::Reverse(by[c][1]), *c));
                let rows = ids
                    .into_iter()
                    .map(|c| {
                        let v = by[&c];
                        vec![
                            c.to_string().into(),
                            text.get(&c).cloned().unwrap_or_default().into(),
                            v[0].into(),
                            v[1].into(),
                            v[2].into(),
                            runoff.get(&c).cloned().unwrap_or_default().into(),
                            v[3].into(),
                        ]
                    })
                    .collect();
                write_csv(
                    &["concern", "text", "dots", "borda", "first_choices", "runoff", "budget"],
                    rows,
                    opts,
                    l10n,
                )
            }
            CsvTable::Actions => {
                let rows = self
                    .actions(Some(session), None)?
                    .into_iter()
                    .map(|a| {
                        let latest = a.updates.last().map(|u| format!("{} {}", u.on_date, u.text));
                        vec![
                            a.id.to_string().into(),
                            a.title.into(),
                            a.status.as_str().into(),
                            a.basis.as_str().into(),
                            a.owner.into(),
                            a.due.into(),
                            a.response.into(),
                            a.concern_ids.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(" ").into(),
                            (a.updates.len() as i64).into(),
                            latest.into(),
                        ]
                    })
                    .collect();
                write_csv(
                    &[
                        "id",
                        "title",
                        "status",
                        "basis",
                        "owner",
                        "due",
                        "response",
                        "concerns",
                        "updates",
                        "latest_update",
                    ],
                    rows,
                    opts,
                    l10n,
                )
            }
        }
    }

    /// Imports a typed-up sign-in sheet or an agenda template. Every row is checked; with any
    /// problem nothing is imported unless `skip_invalid`, and the report lists each problem
    /// (`committed` says whether anything was saved).
    pub fn import_csv(
        &mut self,
        session: SessionId,
        table: CsvImportTable,
        label: &str,
        data: &[u8],
        skip_invalid: bool,
        l10n: &Localizer,
    ) -> Result<CsvImport> {
        self.session(session)?;
        let data = data.strip_prefix("\u{feff}".as_bytes()).unwrap_or(data);
        let known: &[&str] = match table {
            CsvImportTable::Signins => SIGNIN_COLUMNS,
            CsvImportTable::Agenda => AGENDA_COLUMNS,
        };
        let mut reader = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(data);
        let mut report = CsvImport::default();
        let problem = |line: u64, column: &str, id: &str, args: Option<&Args>| RowProblem {
            line,
            column: column.into(),
            message: l10n.message(id, args),
        };
        // Headings may be the column keys or their labels in the person's language.
        let norm = |s: &str| s.trim().to_lowercase().replace([' ', '-'], "_");
        let mut index: HashMap<&str, usize> = HashMap::new();
        let headers = reader
            .headers()
            .map_err(|e| Error::Malformed { path: label.into(), detail: e.to_string() })?
            .clone();
        for (i, h) in headers.iter().enumerate() {
            let h = norm(h);
            let found =
                known.iter().find(|k| **k == h || norm(&l10n.message(&format!("csv-col-{k}"), None)) == h);
            match found {
                Some(k) => {
                    index.insert(k, i);
                }
                None if h.is_empty() => {}
                None => {
                    let mut a = Args::new();
                    a.set("column", headers.get(i).unwrap_or_default()).set("allowed", known.join(", "));
                    report.problems.push(problem(
                        1,
                        headers.get(i).unwrap_or_default(),
                        "csv-problem-unknown-column",
                        Some(&a),
                    ));
                }
            }
        }
        let required: &[&str] = match table {
            CsvImportTable::Signins => &[],
            CsvImportTable::Agenda => &["title", "minutes"],
        };
        for r in required {
            if !index.contains_key(r) {
                let mut a = Args::new();
                a.set("column", *r);
                report.problems.push(problem(1, r, "csv-problem-missing-column", Some(&a)));
            }
        }
        let header_problems = !report.problems.is_empty();
        let groups: HashMap<String, crate::ids::GroupId> =
            self.groups(session)?.into_iter().map(|g| (g.name.to_lowercase(), g.id)).collect();
        let records: Vec<(u64, std::result::Result<csv::StringRecord, csv::Error>)> = reader
            .records()
            .map(|r| (r.as_ref().ok().and_then(|r| r.position()).map(|p| p.line()).unwrap_or(0), r))
            .collect();
        let outcome = self.batch(|c| {
            for (n, (line, record)) in records.into_iter().enumerate() {
                let line = if line == 0 { n as u64 + 2 } else { line };
                report.rows += 1;
                let record = match record {
                    Ok(r) => r,
                    Err(e) => {
                        let mut a = Args::new();
                        a.set("detail", e.to_string());
                        report.problems.push(problem(line, "", "csv-problem-unreadable", Some(&a)));
                        continue;
                    }
                };
                let get = |k: &str| {
                    index
                        .get(k)
                        .and_then(|i| record.get(*i))
                        .map(str::trim)
                        .filter(|v| !v.is_empty())
                        .map(str::to_string)
                };
                let mut row_problems = vec![];
                let flag =
                    |k: &str, row_problems: &mut Vec<RowProblem>| match get(k).map(|v| v.to_lowercase()) {
                        None => false,
                        Some(v) if ["yes", "y", "true", "1", "x", "sí", "si"].contains(&v.as_str()) => true,
                        Some(v) if ["no", "n", "false", "0"].contains(&v.as_str()) => false,
                        Some(v) => {
                            let mut a = Args::new();
                            a.set("value", v);
                            row_problems.push(problem(line, k, "csv-problem-not-yes-no", Some(&a)));
                            false
                        }
                    };
                let result = match table {
                    CsvImportTable::Signins => {
                        let interpreter = flag("interpreter", &mut row_problems);
                        let consent = flag("consent", &mut row_problems);
                        let group = match get("group") {
                            None => None,
                            Some(g) => match groups.get(&g.to_lowercase()) {
                                Some(id) => Some(*id),
                                None => {
                                    let mut a = Args::new();
                                    a.set("value", g);
                                    row_problems.push(problem(
                                        line,
                                        "group",
                                        "csv-problem-unknown-group",
                                        Some(&a),
                                    ));
                                    None
                                }
                            },
                        };
                        let role = match get("role").map(|r| Role::parse(&r)).transpose() {
                            Ok(r) => r,
                            Err(e) => {
                                row_problems.push(RowProblem {
                                    line,
                                    column: "role".into(),
                                    message: e.localized(l10n),
                                });
                                None
                            }
                        };
                        if !row_problems.is_empty() {
                            report.problems.extend(row_problems);
                            continue;
                        }
                        c.add_signin(
                            session,
                            NewSignin {
                                name: get("name"),
                                neighbourhood: get("neighbourhood"),
                                zip: get("zip"),
                                language: get("language"),
                                interpreter,
                                accessibility: get("accessibility"),
                                role,
                                email: get("email"),
                                phone: get("phone"),
                                consent,
                                group,
                                time_in: get("time_in"),
                            },
                        )
                        .map(|_| ())
                    }
                    CsvImportTable::Agenda => {
                        let minutes = match get("minutes").map(|m| m.parse::<i64>()) {
                            Some(Ok(m)) => m,
                            other => {
                                let mut a = Args::new();
                                a.set("value", get("minutes").unwrap_or_default());
                                if other.is_some() {
                                    row_problems.push(problem(
                                        line,
                                        "minutes",
                                        "csv-problem-not-a-number",
                                        Some(&a),
                                    ));
                                }
                                0
                            }
                        };
                        let kind = match get("kind").map(|k| AgendaKind::parse(&k)).transpose() {
                            Ok(k) => k,
                            Err(e) => {
                                row_problems.push(RowProblem {
                                    line,
                                    column: "kind".into(),
                                    message: e.localized(l10n),
                                });
                                None
                            }
                        };
                        if !row_problems.is_empty() {
                            report.problems.extend(row_problems);
                            continue;
                        }
                        c.add_agenda_item(
                            session,
                            NewAgendaItem {
                                title: get("title").unwrap_or_default(),
                                minutes,
                                presenter: get("presenter"),
                                kind,
                            },
                        )
                        .map(|_| ())
                    }
                };
                match result {
                    Ok(()) => report.imported += 1,
                    // Only this row's savepoint was rolled back.
                    Err(e) => report.problems.push(RowProblem {
                        line,
                        column: error_column(&e).into(),
                        message: e.localized(l10n),
                    }),
                }
            }
            let bad_rows: std::collections::BTreeSet<u64> =
                report.problems.iter().filter(|p| p.line > 1).map(|p| p.line).collect();
            report.skipped = bad_rows.len() as u64;
            let commit = !header_problems && (report.problems.is_empty() || skip_invalid);
            if !commit {
                report.imported = 0;
            }
            report.committed = commit;
            Ok(((), commit))
        });
        outcome?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_neutralised() {
        for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "=HYPERLINK(\"http://x\")"] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?} must become text");
        }
        assert_eq!(neutralise("Dark street"), "Dark street");
        assert_eq!(neutralise(""), "");
    }
}
