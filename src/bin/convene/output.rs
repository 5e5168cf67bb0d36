//! One place that decides how results are printed: text for people, or exactly one JSON object
//! for scripts.

use convene::Error;
use convene::i18n::Localizer;
use convene::messages::Msg;
use serde::Serialize;
use serde_json::json;
use unicode_width::UnicodeWidthStr;

/// A typed message from `locales/<locale>/cli.ftl` with named arguments:
/// `tr!(out, cli_wrote, path = p, bytes = n)`.
macro_rules! tr {
    ($out:expr, $id:ident $(, $key:ident = $value:expr)* $(,)?) => {
        $out.m(convene::msg!($id $(, $key = $value)*))
    };
}
pub(crate) use tr;

pub struct Out {
    json: bool,
    /// Set when a command has printed its own JSON result for a failure, so the error is not
    /// printed as a second object.
    reported: std::cell::Cell<bool>,
    /// Every word the CLI prints for people comes from here (`locales/<locale>/cli.ftl`).
    l10n: Localizer,
}

impl Out {
    pub fn new(json: bool, l10n: Localizer) -> Out {
        Out { json, reported: std::cell::Cell::new(false), l10n }
    }

    pub fn l10n(&self) -> &Localizer {
        &self.l10n
    }

    /// What this database decided about a device, or that it has never seen it.
    pub fn device_state(&self, state: Option<convene::trust::DeviceState>) -> String {
        match state {
            Some(s) => self.m(s.label()),
            None => self.m(convene::msg!(device_state_unknown)),
        }
    }

    /// A ledger row's status, as the coordinator's screen words it.
    pub fn bundle_status(&self, status: convene::exchange::BundleStatus) -> String {
        self.m(status.label())
    }

    /// A length of time in words, in the largest unit that fits ("about 8 years").
    pub fn duration(&self, ms: i64) -> String {
        let (minute, hour, day) = (60_000i64, 3_600_000i64, 86_400_000i64);
        let ms = ms.saturating_abs();
        if ms >= 365 * day {
            tr!(self, duration_years, count = ms / (365 * day))
        } else if ms >= day {
            tr!(self, duration_days, count = ms / day)
        } else if ms >= hour {
            tr!(self, duration_hours, count = ms / hour)
        } else {
            tr!(self, duration_minutes, count = (ms / minute).max(1))
        }
    }

    /// That a laptop's clock was off, and by how much (ahead when positive).
    pub fn clock_off(&self, device: &str, offset_ms: i64) -> String {
        let duration = self.duration(offset_ms);
        if offset_ms > 0 {
            tr!(self, clock_ahead, device = device, duration = duration)
        } else {
            tr!(self, clock_behind, device = device, duration = duration)
        }
    }

    /// Why a ledger row is not a plain import.
    pub fn ledger_detail(&self, d: convene::exchange::LedgerDetail) -> String {
        self.m(d.label())
    }

    /// Where an export put attendees' personal data.
    pub fn personal_data(&self, p: convene::exchange::PersonalData) -> String {
        self.m(p.label())
    }

    /// A typed message (see [`tr!`]).
    pub fn m(&self, m: impl Into<convene::messages::Msg>) -> String {
        self.l10n.m(m)
    }

    /// A plain-text table with these headers.
    pub fn table(&self, header_ids: &[Msg], rows: Vec<Vec<String>>) -> String {
        let headers: Vec<String> = header_ids.iter().map(|m| self.m(m.clone())).collect();
        table(&headers, rows.into_iter().map(|r| r.into_iter().map(safe).collect()).collect())
    }

    /// A record shown as a title and labelled lines, labels aligned in any language:
    /// `fields(title, &[(convene::msg!(cli_field_id), id), ...])`.
    pub fn fields(&self, title: &str, rows: &[(Msg, String)]) -> String {
        // "id:", "編號：", "መለያ፦": each language writes the colon its own way.
        let labels: Vec<String> =
            rows.iter().map(|(m, _)| tr!(self, cli_field_label, label = self.m(m.clone()))).collect();
        let width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
        let mut s = format!("{title}\n");
        for (label, (_, value)) in labels.iter().zip(rows) {
            let pad = " ".repeat(width - label.width());
            let value = safe(value.clone());
            s.push_str(format!("  {label}{pad} {value}").trim_end());
            s.push('\n');
        }
        s
    }

    /// Prints a result that describes a failure (the command will still exit 1).
    pub fn show_failure<T: Serialize>(&self, value: &T, e: &Error, l10n_free: impl FnOnce() -> String) {
        if self.json {
            let mut v = serde_json::to_value(value).expect("serializable");
            v["error"] = json!({ "code": e.code() });
            println!("{v}");
            self.reported.set(true);
        } else {
            println!("{}", l10n_free());
        }
    }

    pub fn is_json(&self) -> bool {
        self.json
    }

    /// A command that made something prints its id: `{"id": "..."}` in JSON.
    pub fn created(&self, id: impl std::fmt::Display) {
        if self.json {
            println!("{}", json!({ "id": id.to_string() }));
        } else {
            println!("{id}");
        }
    }

    /// A result: `value` as JSON, or `text` for people.
    pub fn show<T: Serialize>(&self, value: &T, text: impl FnOnce() -> String) {
        if self.json {
            println!("{}", serde_json::to_string(value).expect("serializable"));
        } else {
            // Stored text never talks to the terminal: control characters (kept from before they
            // were refused) are shown as U+FFFD; each table cell and field isolates its bidi.
            let t: String = text()
                .chars()
                .map(|c| if convene::validate::is_control(c) { '\u{fffd}' } else { c })
                .collect();
            if t.ends_with('\n') {
                print!("{t}");
            } else {
                println!("{t}");
            }
        }
    }

    /// A list, wrapped as `{"<key>": [...]}` so JSON output stays one object.
    pub fn list<T: Serialize>(&self, key: &str, items: &[T], text: impl FnOnce() -> String) {
        let mut m = serde_json::Map::new();
        m.insert(key.into(), serde_json::to_value(items).expect("serializable"));
        self.show(&m, text)
    }

    /// An acknowledgement for a command that changed something it did not create.
    pub fn done(&self, id: impl std::fmt::Display, text: impl FnOnce() -> String) {
        self.show(&json!({ "id": id.to_string(), "ok": true }), text)
    }

    pub fn error(&self, e: &Error) {
        let message = e.localized(&self.l10n);
        eprintln!("convene: {message}");
        if self.json && !self.reported.get() {
            println!("{}", json!({ "error": { "code": e.code(), "message": message } }));
        }
    }
}

/// Pads columns for a plain-text table, by the width each character takes in a terminal (a
/// Chinese or Korean character takes two columns).
fn table(headers: &[String], rows: Vec<Vec<String>>) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.width());
        }
    }
    let line = |cells: Vec<String>| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                s.push_str(&format!("{c}{}  ", " ".repeat(widths[i] - c.width())));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(headers.to_vec());
    for r in rows {
        out.push_str(&line(r));
    }
    out
}

/// A cell or value of user text as it may be printed (see `validate::safe_for_terminal`).
fn safe(s: String) -> String {
    match convene::validate::safe_for_terminal(&s) {
        std::borrow::Cow::Borrowed(_) => s,
        std::borrow::Cow::Owned(o) => o,
    }
}

/// Shortens text for one table cell.
pub fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n.saturating_sub(1)).collect::<String>() + "…"
    }
}

pub fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}
