//! Imports: a typed-up paper sign-in sheet or an agenda template, every row checked, each
//! problem reported by line and column, and nothing saved unless every row is valid or the
//! person chose to skip the invalid ones.

use std::collections::HashMap;

use serde::Serialize;

use super::CsvImportTable;
use crate::Convene;
use crate::agenda::{AgendaKind, NewAgendaItem};
use crate::error::{Error, Result};
use crate::i18n::Localizer;
use crate::ids::SessionId;
use crate::messages::Msg;
use crate::msg;
use crate::signins::{NewSignin, Role};

/// The largest sheet read: a city's sign-in sheets for a whole programme fit many times over.
pub const MAX_SHEET_BYTES: u64 = 16 * 1024 * 1024;
/// The most rows a sheet may have: a summit's sign-in sheet is hundreds of rows, a city's
/// programme about 10^5 records. More is refused before anything is read into the database.
pub const MAX_SHEET_ROWS: usize = 100_000;
/// The most problems a report lists; the rest are counted (`more_problems`).
pub const MAX_PROBLEMS: usize = 200;

/// One problem found in an imported sheet.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct RowProblem {
    /// Line in the file (the header is line 1).
    pub line: u64,
    /// The column's key (`time_in`), or the heading as the sheet wrote it for a column the
    /// import does not know: for scripts.
    pub column: String,
    /// The column's heading in the person's language, for people.
    pub heading: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Default, ts_rs::TS)]
pub struct CsvImport {
    pub rows: u64,
    pub imported: u64,
    pub skipped: u64,
    /// The first `MAX_PROBLEMS` problems, by line.
    pub problems: Vec<RowProblem>,
    /// How many more problems there were than `problems` lists.
    pub more_problems: u64,
    /// Whether the valid rows were saved: false when there were problems and invalid rows
    /// were not to be skipped (then nothing was imported).
    pub committed: bool,
}

impl CsvImport {
    /// The error to report for an import that saved nothing.
    pub fn failure(&self, label: &str) -> Option<Error> {
        (!self.committed).then(|| Error::CsvInvalid {
            path: label.into(),
            problems: self.problems.len() + self.more_problems as usize,
        })
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
const _: () = assert!(super::all_labelled(SIGNIN_COLUMNS) && super::all_labelled(AGENDA_COLUMNS));

/// The words for yes and for no, in every shipped language, case-folded: a sheet typed in one
/// language may be imported by someone using another. English is always among them (exports
/// write it). A word that meant yes in one language and no in another would be neither.
fn yes_no_words() -> (Vec<String>, Vec<String>) {
    let split = |s: String| {
        s.split(',').map(|w| w.trim().to_lowercase()).filter(|w| !w.is_empty()).collect::<Vec<_>>()
    };
    let (mut yes, mut no) = (vec![], vec![]);
    for locale in Localizer::available() {
        let l = Localizer::new(locale);
        yes.extend(split(l.m(msg!(csv_yes_words))));
        no.extend(split(l.m(msg!(csv_no_words))));
    }
    let both: Vec<String> = yes.iter().filter(|w| no.contains(w)).cloned().collect();
    yes.retain(|w| !both.contains(w));
    no.retain(|w| !both.contains(w));
    (yes, no)
}

/// A yes or a no as a sheet wrote it, in any shipped language; `None` for anything else.
pub fn parse_yes_no(value: &str) -> Option<bool> {
    static WORDS: std::sync::OnceLock<(Vec<String>, Vec<String>)> = std::sync::OnceLock::new();
    let (yes, no) = WORDS.get_or_init(yes_no_words);
    let v = value.trim().to_lowercase();
    if yes.contains(&v) {
        Some(true)
    } else if no.contains(&v) {
        Some(false)
    } else {
        None
    }
}

/// Which column a validation error is about, for the row report.
fn error_column(e: &Error) -> &'static str {
    match e {
        Error::InvalidZip { .. } => "zip",
        Error::InvalidLanguage { .. } => "language",
        Error::InvalidEmail { .. } => "email",
        Error::InvalidPhone { .. } => "phone",
        Error::ConsentRequired => "consent",
        Error::InvalidDate { .. } => "time_in",
        Error::InvalidChoice { field, .. } if field.key() == "signin-role" => "role",
        Error::InvalidChoice { field, .. } if field.key() == "agenda-kind" => "kind",
        Error::InvalidNumber { field, .. } if field.key() == "agenda-planned-minutes" => "minutes",
        Error::EmptyText { field } | Error::TextTooLong { field, .. } => match field.key() {
            "agenda-title" => "title",
            "agenda-presenter" => "presenter",
            "signin-neighbourhood" => "neighbourhood",
            "signin-accessibility" => "accessibility",
            _ => "name",
        },
        _ => "",
    }
}

impl Convene {
    /// Imports a sheet from a file (see `import_csv`).
    pub fn import_csv_file(
        &mut self,
        session: SessionId,
        table: CsvImportTable,
        path: &std::path::Path,
        skip_invalid: bool,
        l10n: &Localizer,
    ) -> Result<CsvImport> {
        let label = path.display().to_string();
        let data = crate::files::read_capped(path, MAX_SHEET_BYTES)?;
        self.import_csv(session, table, &label, &data, skip_invalid, l10n)
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
        // A known column is named by its heading in the person's language.
        let heading = |column: &str| {
            if known.contains(&column) { l10n.m(super::column_label(column)) } else { column.to_string() }
        };
        let problem = |line: u64, column: &str, m: Msg| RowProblem {
            line,
            column: column.into(),
            heading: heading(column),
            message: l10n.m(m),
        };
        let first_word = |m: Msg| l10n.m(m).split(',').next().unwrap_or_default().trim().to_string();
        let (yes, no) = (first_word(msg!(csv_yes_words)), first_word(msg!(csv_no_words)));
        // Headings may be the column keys or their labels in the person's language.
        let norm = |s: &str| s.trim().to_lowercase().replace([' ', '-'], "_");
        let mut index: HashMap<&str, usize> = HashMap::new();
        let headers = reader
            .headers()
            .map_err(|e| Error::Malformed { path: label.into(), detail: e.to_string() })?
            .clone();
        for (i, h) in headers.iter().enumerate() {
            let h = norm(h);
            let found = known.iter().find(|k| **k == h || norm(&l10n.m(super::column_label(k))) == h);
            match found {
                Some(k) if index.contains_key(k) => {
                    // `name,email,name`: which one is meant cannot be guessed.
                    let column = headers.get(i).unwrap_or_default();
                    report.problems.push(problem(
                        1,
                        column,
                        msg!(csv_problem_duplicate_column, heading = column),
                    ));
                }
                Some(k) => {
                    index.insert(k, i);
                }
                None if h.is_empty() => {}
                None => {
                    let column = headers.get(i).unwrap_or_default();
                    let allowed: Vec<String> =
                        known.iter().map(|k| format!("“{}”", l10n.m(super::column_label(k)))).collect();
                    report.problems.push(problem(
                        1,
                        column,
                        msg!(csv_problem_unknown_column, heading = column, allowed = allowed.join(", ")),
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
                report.problems.push(problem(
                    1,
                    r,
                    msg!(csv_problem_missing_column, column = super::column_label(r)),
                ));
            }
        }
        let header_problems = !report.problems.is_empty();
        let groups: HashMap<String, crate::ids::GroupId> =
            self.groups(session)?.into_iter().map(|g| (g.name.to_lowercase(), g.id)).collect();
        let records: Vec<(u64, std::result::Result<csv::StringRecord, csv::Error>)> = reader
            .records()
            .take(MAX_SHEET_ROWS + 1)
            .map(|r| (r.as_ref().ok().and_then(|r| r.position()).map(|p| p.line()).unwrap_or(0), r))
            .collect();
        if records.len() > MAX_SHEET_ROWS {
            return Err(Error::SheetTooLong { path: label.into(), max: MAX_SHEET_ROWS as u64 });
        }
        // Every row is read and checked before the write transaction opens, so the database is
        // locked only for the writes (a capture on this laptop waits at most for those).
        let mut checked: Vec<Checked> = vec![];
        {
            for (n, (line, record)) in records.into_iter().enumerate() {
                let line = if line == 0 { n as u64 + 2 } else { line };
                report.rows += 1;
                let record = match record {
                    Ok(r) => r,
                    Err(e) => {
                        report.problems.push(problem(
                            line,
                            "",
                            msg!(csv_problem_unreadable, detail = e.to_string()),
                        ));
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
                let flag = |k: &str, row_problems: &mut Vec<RowProblem>| match get(k) {
                    None => false,
                    Some(v) => parse_yes_no(&v).unwrap_or_else(|| {
                        let m = msg!(csv_problem_not_yes_no, value = v, yes = yes.as_str(), no = no.as_str());
                        row_problems.push(problem(line, k, m));
                        false
                    }),
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
                                    row_problems.push(problem(
                                        line,
                                        "group",
                                        msg!(csv_problem_unknown_group, value = g),
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
                                    heading: heading("role"),
                                    message: e.localized(l10n),
                                });
                                None
                            }
                        };
                        if !row_problems.is_empty() {
                            report.problems.extend(row_problems);
                            continue;
                        }
                        self.check_signin(
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
                        .map(Checked::Signin)
                    }
                    CsvImportTable::Agenda => {
                        let minutes = match get("minutes").map(|m| m.parse::<i64>()) {
                            Some(Ok(m)) => m,
                            other => {
                                if other.is_some() {
                                    let m = msg!(
                                        csv_problem_not_a_number,
                                        value = get("minutes").unwrap_or_default()
                                    );
                                    row_problems.push(problem(line, "minutes", m));
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
                                    heading: heading("kind"),
                                    message: e.localized(l10n),
                                });
                                None
                            }
                        };
                        if !row_problems.is_empty() {
                            report.problems.extend(row_problems);
                            continue;
                        }
                        self.check_agenda_item(
                            session,
                            NewAgendaItem {
                                title: get("title").unwrap_or_default(),
                                minutes,
                                presenter: get("presenter"),
                                kind,
                            },
                        )
                        .map(Checked::Agenda)
                    }
                };
                match result {
                    Ok(row) => checked.push(row),
                    Err(e) => report.problems.push(RowProblem {
                        line,
                        column: error_column(&e).into(),
                        heading: heading(error_column(&e)),
                        message: e.localized(l10n),
                    }),
                }
            }
        }
        let bad_rows: std::collections::BTreeSet<u64> =
            report.problems.iter().filter(|p| p.line > 1).map(|p| p.line).collect();
        report.skipped = bad_rows.len() as u64;
        if report.problems.len() > MAX_PROBLEMS {
            report.more_problems = (report.problems.len() - MAX_PROBLEMS) as u64;
            report.problems.truncate(MAX_PROBLEMS);
        }
        let commit = !header_problems && (report.problems.is_empty() || skip_invalid);
        report.committed = commit;
        if commit && !checked.is_empty() {
            // All or nothing: one transaction for every row.
            let n = checked.len() as u64;
            self.batch(|c| {
                for row in checked {
                    match row {
                        Checked::Signin(s) => c.write_signin(s).map(|_| ())?,
                        Checked::Agenda(a) => c.write_agenda_item(a).map(|_| ())?,
                    }
                }
                Ok(((), true))
            })?;
            report.imported = n;
        }
        Ok(report)
    }
}

/// A row that passed every check, ready to write.
enum Checked {
    Signin(crate::signins::CheckedSignin),
    Agenda(crate::agenda::CheckedAgendaItem),
}
