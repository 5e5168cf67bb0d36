//! One place that decides how results are printed: text for people, or exactly one JSON object
//! for scripts.

use convene::Error;
use convene::i18n::Localizer;
use serde::Serialize;
use serde_json::json;

pub struct Out {
    json: bool,
    /// Set when a command has printed its own JSON result for a failure, so the error is not
    /// printed as a second object.
    reported: std::cell::Cell<bool>,
}

impl Out {
    pub fn new(json: bool) -> Out {
        Out { json, reported: std::cell::Cell::new(false) }
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
            let t = text();
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

    pub fn error(&self, e: &Error, l10n: &Localizer) {
        let message = e.localized(l10n);
        eprintln!("convene: {message}");
        if self.json && !self.reported.get() {
            println!("{}", json!({ "error": { "code": e.code(), "message": message } }));
        }
    }
}

/// Pads columns for a plain-text table.
pub fn table(headers: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |cells: Vec<String>| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                s.push_str(&format!("{c}{}  ", " ".repeat(widths[i] - c.chars().count())));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(headers.iter().map(|h| h.to_string()).collect());
    for r in rows {
        out.push_str(&line(r));
    }
    out
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
