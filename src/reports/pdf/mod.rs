//! PDF reports that go back to the community: the session summary, the printable sign-in sheet,
//! the bilingual report-back handout and the semi-annual Community Policing Plan update.
//!
//! Every report works in any shipped locale, and in two at once where it helps (headings in
//! both; the handout and sign-in sheet are meant to be bilingual). Text is shaped and laid out
//! here ([`text`]), fonts are found on the system and embedded as subsets ([`fonts`]), and pages
//! flow through a small writer that mirrors itself for right-to-left documents ([`writer`]).

mod cpp;
mod fonts;
mod handout;
mod signin_sheet;
mod summary;
pub use summary::PDF_FIELD_CHARS;
mod text;
mod writer;

use chrono::NaiveDate;

use crate::Convene;
use crate::error::{Error, Result};
use crate::i18n::Localizer;
use crate::ids::SessionId;
use crate::messages::Msg;
use crate::sessions::Session;
use crate::validate::choice;
use text::Typesetter;
use writer::{Paper, Writer};

choice!(
    /// Which report.
    PdfKind, "report-kind" {
        Summary = "summary",
        SigninSheet = "signin-sheet",
        ReportBack = "report-back",
        Cpp = "cpp",
    }
);

choice!(
    PaperSize, "paper-size" {
        Letter = "letter",
        A4 = "a4",
    }
);

/// What to print, and in which language(s).
#[derive(Debug, Clone, serde::Deserialize, ts_rs::TS)]
#[ts(optional_fields = nullable)]
pub struct PdfOptions {
    pub kind: PdfKind,
    pub locale: String,
    /// A second language for headings and labels, printed beneath the first.
    pub second_locale: Option<String>,
    pub paper: Option<PaperSize>,
}

/// The languages of one report: the first, and the optional second beneath it.
pub(crate) struct Langs {
    pub first: Localizer,
    pub second: Option<Localizer>,
}

impl Langs {
    pub fn t(&self, m: impl Into<Msg>) -> String {
        self.first.m(m)
    }
    /// The message in each language, first then second.
    pub fn both(&self, m: impl Into<Msg>) -> Vec<String> {
        let m = m.into();
        let mut out = vec![self.first.m(m.clone())];
        if let Some(s) = &self.second {
            let t = s.m(m);
            if t != out[0] {
                out.push(t);
            }
        }
        out
    }
    /// One line with both languages, for table headings and short labels.
    pub fn pair(&self, m: impl Into<Msg>) -> String {
        self.both(m).join(" / ")
    }
    pub fn language(&self, code: &str) -> String {
        self.first.m(crate::msg!(language_name, code = code))
    }
    pub fn date(&self, iso: &str) -> String {
        parse_date(iso).map(|d| self.first.date(d)).unwrap_or_else(|| iso.to_string())
    }
}

/// Parts of one line ("Precinct East · Miller Community Center · March 11"), each isolated
/// (FSI…PDI) so an English place name in an Arabic line, or a number beside it, keeps to its own
/// part instead of joining its neighbours in one left-to-right run.
pub(crate) fn join_isolated(parts: &[String]) -> String {
    parts.iter().map(|p| format!("\u{2068}{p}\u{2069}")).collect::<Vec<_>>().join(" · ")
}

/// A precinct's sessions (all, without one), earliest first, and how many signed in at them.
fn precinct_sessions(c: &Convene, precinct: Option<&str>) -> Result<(Vec<Session>, i64)> {
    let mut sessions: Vec<Session> = c
        .sessions()?
        .into_iter()
        .filter(|x| precinct.is_none() || x.precinct.as_deref() == precinct)
        .collect();
    sessions.sort_by(|a, b| a.starts_at.cmp(&b.starts_at));
    let mut people = 0;
    for x in &sessions {
        people += c.attendance(x.id)?.total;
    }
    Ok((sessions, people))
}

/// The date part of an ISO date or timestamp.
fn parse_date(iso: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(iso.get(..10)?, "%Y-%m-%d").ok()
}

fn locale_checked(locale: &str) -> Result<&str> {
    if Localizer::is_choice(locale) {
        Ok(locale)
    } else {
        Err(Error::UnknownLocale { locale: locale.to_string() })
    }
}

/// A report in progress: its languages and its pages.
pub(crate) struct Report {
    pub l: Langs,
    pub w: Writer,
}

impl Report {
    /// The session's kind, precinct, place and date, under its title.
    fn session_header(&mut self, session: &Session) -> Result<()> {
        let mut parts = vec![self.l.t(session.kind.label())];
        if let Some(p) = &session.precinct {
            parts.push(self.l.t(crate::msg!(pdf_precinct, precinct = p)));
        }
        if let Some(p) = &session.place {
            parts.push(p.clone());
        }
        if let Some(d) = &session.starts_at {
            parts.push(self.l.date(d));
        }
        self.w.text(&join_isolated(&parts), writer::SECOND.grey(0.25))?;
        Ok(())
    }
}

impl Convene {
    /// Renders a PDF report of `session` (for the CPP update and the handout, of its precinct).
    pub fn report_pdf(&self, session: SessionId, opts: &PdfOptions) -> Result<Vec<u8>> {
        let first = locale_checked(&opts.locale)?;
        let second = opts.second_locale.as_deref().map(locale_checked).transpose()?;
        let s = self.session(session)?;
        let l = Langs { first: Localizer::new(first), second: second.map(Localizer::new) };
        let title = l.t(opts.kind.label());
        let paper = match opts.paper.unwrap_or(PaperSize::Letter) {
            PaperSize::Letter => Paper::LETTER,
            PaperSize::A4 => Paper::A4,
        };
        // The sign-in sheet has seven columns to write in by hand: it is printed landscape.
        let paper = if opts.kind == PdfKind::SigninSheet {
            Paper { width: paper.height, height: paper.width }
        } else {
            paper
        };
        let ts = Typesetter::new(&format!("{title}: {}", s.title), first);
        let running_head = format!("{} · {}", s.title, title);
        let mut r = Report { w: Writer::new(ts, paper, l.first.is_rtl(), running_head), l };
        match opts.kind {
            PdfKind::Summary => summary::write(self, &s, &mut r)?,
            PdfKind::SigninSheet => signin_sheet::write(&s, &mut r)?,
            PdfKind::ReportBack => handout::write(self, &s, &mut r)?,
            PdfKind::Cpp => cpp::write(self, &s, &mut r)?,
        }
        let Report { l, w } = r;
        let today = l.first.date(chrono::Local::now().date_naive());
        w.finish(|page, pages| {
            format!(
                "{} · {}",
                l.first.m(crate::msg!(pdf_page, page = page as i64, pages = pages as i64)),
                l.first.m(crate::msg!(pdf_prepared, date = today.as_str()))
            )
        })
    }
}
crate::labels!(PdfKind, "pdf-kind-");
