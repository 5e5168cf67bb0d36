//! Checks on what people type, each failing with an error that says how to fix it.

use crate::error::{Error, Result};
use crate::labels::Field;

/// Longest free text a field accepts: generous for a paragraph of notes, far below what a
/// malicious file would need to exhaust memory.
pub const MAX_TEXT: usize = 10_000;
/// Longest single-line value (a name, a title, a place).
pub const MAX_LINE: usize = 500;

/// Trimmed, non-empty text no longer than `max` characters.
pub fn text(field: Field, value: &str, max: usize) -> Result<String> {
    let t = value.trim();
    if t.is_empty() {
        return Err(Error::EmptyText { field });
    }
    // Text that talks to the terminal (escape sequences, BEL, NUL) is refused; line breaks are
    // kept, a Windows line break becomes one. Bidi controls are kept: right-to-left text needs
    // them (they are isolated where text is printed, `safe_for_terminal`).
    let t = if t.contains('\r') {
        std::borrow::Cow::Owned(t.replace("\r\n", "\n"))
    } else {
        std::borrow::Cow::Borrowed(t)
    };
    if let Some(c) = t.chars().find(|c| is_control(*c)) {
        return Err(Error::ControlCharacter { field, code: format!("U+{:04X}", c as u32) });
    }
    let t: &str = &t;
    let length = t.chars().count();
    if length > max {
        return Err(Error::TextTooLong { field, length, max });
    }
    Ok(t.to_string())
}

/// C0 and C1 control characters, but tab and newline.
pub fn is_control(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n') || c == '\u{7f}'
}

/// The bidi controls: kept in text (right-to-left writing needs them), isolated when printed.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text as it may go to a terminal or a spreadsheet cell: control characters (from data stored
/// before they were refused) shown as U+FFFD, and text holding bidi controls isolated between
/// FSI and PDI, so it cannot reorder or hide what is printed around it.
pub fn safe_for_terminal(s: &str) -> std::borrow::Cow<'_, str> {
    let controls = s.chars().any(|c| is_control(c) && c != '\n' && c != '\t');
    let bidi = s.chars().any(is_bidi_control);
    if !controls && !bidi {
        return std::borrow::Cow::Borrowed(s);
    }
    let cleaned: String = s.chars().map(|c| if is_control(c) { '\u{fffd}' } else { c }).collect();
    std::borrow::Cow::Owned(if bidi { format!("\u{2068}{cleaned}\u{2069}") } else { cleaned })
}

/// Optional text: `None` or blank becomes `None`, anything else must pass `text`.
pub fn optional(field: Field, value: Option<&str>, max: usize) -> Result<Option<String>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => text(field, v, max).map(Some),
    }
}

/// A US ZIP code: five digits, or ZIP+4.
pub fn zip(value: &str) -> Result<String> {
    let v = value.trim();
    let bytes = v.as_bytes();
    let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    let ok = match bytes.len() {
        5 => digits(bytes),
        10 => digits(&bytes[..5]) && bytes[5] == b'-' && digits(&bytes[6..]),
        _ => false,
    };
    if ok { Ok(v.to_string()) } else { Err(Error::InvalidZip { value: value.into() }) }
}

/// A BCP 47 language tag such as `en`, `es`, `zh-Hant` or `so`.
pub fn language(value: &str) -> Result<String> {
    let v = value.trim();
    match v.parse::<unic_langid::LanguageIdentifier>() {
        Ok(id) if !v.is_empty() && id.language.as_str() != "und" => Ok(id.to_string()),
        _ => Err(Error::InvalidLanguage { value: value.into() }),
    }
}

pub fn languages(values: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for v in values.iter().flat_map(|v| v.split(',')).filter(|v| !v.trim().is_empty()) {
        let l = language(v)?;
        if !out.contains(&l) {
            out.push(l);
        }
    }
    Ok(out)
}

pub fn email(value: &str) -> Result<String> {
    let v = value.trim();
    let ok = match v.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !v.chars().any(char::is_whitespace)
                && v.len() <= 254
        }
        None => false,
    };
    if ok { Ok(v.to_string()) } else { Err(Error::InvalidEmail { value: value.into() }) }
}

pub fn phone(value: &str) -> Result<String> {
    let v = value.trim();
    let body = v.strip_prefix('+').unwrap_or(v);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    let ok = (7..=15).contains(&digits) && body.chars().all(|c| c.is_ascii_digit() || " -().".contains(c));
    if ok { Ok(v.to_string()) } else { Err(Error::InvalidPhone { value: value.into() }) }
}

/// A date and time (RFC 3339), or a date alone taken as local midnight; stored as RFC 3339.
pub fn datetime(field: Field, value: &str) -> Result<String> {
    let v = value.trim();
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(v) {
        return Ok(t.to_rfc3339());
    }
    // A local time, as a datetime-local input gives it, and as it is stored (with seconds).
    for format in ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(v, format) {
            return Ok(t.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        return Ok(d.format("%Y-%m-%dT00:00:00").to_string());
    }
    Err(Error::InvalidDate { field, value: value.into() })
}

/// A calendar date, stored as `YYYY-MM-DD`.
pub fn date(field: Field, value: &str) -> Result<String> {
    chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map(|d| d.to_string())
        .map_err(|_| Error::InvalidDate { field, value: value.into() })
}

pub fn number(field: Field, value: i64, min: i64, max: i64) -> Result<i64> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(Error::InvalidNumber { field, value: value.to_string(), min, max })
    }
}

/// The facilitator's PIN that closes the kiosk: four or more digits, so an attendee cannot
/// guess it in a few tries and anyone can type it on a touch screen's number pad.
pub fn kiosk_pin(value: &str) -> Result<String> {
    let pin = value.trim();
    if pin.len() < 4 || !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(Error::KioskPin);
    }
    Ok(pin.to_string())
}

/// A tag slug: lower case words joined by hyphens, from whatever the person typed
/// ("Mental health" and "#mental-health" are the same tag).
pub fn tag_slug(value: &str) -> Result<String> {
    let cleaned: String = value
        .trim()
        .trim_start_matches('#')
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_lowercase().next().unwrap_or(c) } else { '-' })
        .collect();
    let slug = cleaned.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    if slug.is_empty() {
        return Err(Error::EmptyText { field: crate::field!("tag-label") });
    }
    text(crate::field!("tag-label"), &slug, 60)
}

/// Declares a closed vocabulary with its stored spelling and a parser that lists the choices.
macro_rules! choice {
    ($(#[$doc:meta])* $name:ident, $field:literal { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, ts_rs::TS)]
        pub enum $name { $($(#[$vdoc])* #[serde(rename = $text)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every value as stored: what the field table checks ops against.
            pub const VALUES: &'static [&'static str] = &[$($text),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            pub fn parse(s: &str) -> $crate::error::Result<$name> {
                let t = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
                match t.as_str() {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::error::Error::InvalidChoice {
                        field: $crate::field!($field),
                        value: s.to_string(),
                        allowed: [$(concat!("`", $text, "`")),+].join(", "),
                    }),
                }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl std::str::FromStr for $name {
            type Err = $crate::error::Error;
            fn from_str(s: &str) -> $crate::error::Result<$name> {
                $name::parse(s)
            }
        }
        // Stored in SQL with the same spelling, never as a bare string.
        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }
        impl rusqlite::types::FromSql for $name {
            fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                $name::parse(v.as_str()?).map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}
pub(crate) use choice;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zip_codes() {
        assert!(zip("98122").is_ok());
        assert!(zip("98122-1234").is_ok());
        assert_eq!(zip("ABCDE").unwrap_err().code(), "invalid-zip", "letters are not a ZIP");
        assert!(zip("9812").is_err(), "four digits are not a ZIP");
    }

    #[test]
    fn languages_are_bcp47() {
        assert_eq!(language("zh-Hant").unwrap(), "zh-Hant");
        assert_eq!(language("so").unwrap(), "so");
        assert!(language("not a language").is_err());
        assert_eq!(languages(&["en,es".into(), "es".into()]).unwrap(), vec!["en", "es"]);
    }

    #[test]
    fn tag_slugs_normalise() {
        assert_eq!(tag_slug("#Mental Health").unwrap(), "mental-health");
        assert_eq!(tag_slug("trust & accountability").unwrap(), "trust-accountability");
        assert!(tag_slug("#").is_err());
    }

    #[test]
    fn text_that_talks_to_the_terminal_is_refused_and_bidi_is_kept() {
        for bad in ["ring \u{7}", "esc \u{1b}[31mred", "nul \u{0}", "c1 \u{9b}2J"] {
            assert_eq!(
                text(crate::field!("value"), bad, 100).unwrap_err().code(),
                "control-character",
                "{bad:?}"
            );
        }
        assert_eq!(
            text(crate::field!("value"), "line one\r\nline two\ttab", 100).unwrap(),
            "line one\nline two\ttab"
        );
        let rtl = "\u{202b}شارع مظلم\u{202c}";
        assert_eq!(text(crate::field!("value"), rtl, 100).unwrap(), rtl);
        assert_eq!(safe_for_terminal("plain"), "plain");
        assert_eq!(safe_for_terminal("a\u{1b}b"), "a\u{fffd}b");
        assert_eq!(safe_for_terminal("\u{202e}abc"), "\u{2068}\u{202e}abc\u{2069}");
    }

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(text(crate::field!("value"), "  hi ", 10).unwrap(), "hi");
        assert_eq!(text(crate::field!("value"), "   ", 10).unwrap_err().code(), "empty-text");
        assert_eq!(text(crate::field!("value"), &"x".repeat(11), 10).unwrap_err().code(), "text-too-long");
    }

    #[test]
    fn contacts() {
        assert!(email("ana@example.org").is_ok());
        assert!(email("ana@").is_err());
        assert!(phone("+1 (206) 555-0100").is_ok());
        assert!(phone("call me").is_err());
    }

    /// What a validator stores passes it again: the op checks run the same functions over
    /// stored values, so a value that does not reparse is refused after it was accepted.
    #[test]
    fn what_is_stored_validates_again() {
        for input in [
            "2027-09-01",
            "2027-09-01T18:30",
            "2027-09-01T18:30:15",
            "2027-09-01T18:30:00-07:00",
            "2027-09-01T18:30:00Z",
        ] {
            let stored = datetime(crate::field!("value-time"), input).unwrap();
            assert_eq!(
                datetime(crate::field!("value-time"), &stored).unwrap(),
                stored,
                "{input} stored as {stored}"
            );
        }
        let d = date(crate::field!("value-date"), " 2027-09-01 ").unwrap();
        assert_eq!(date(crate::field!("value-date"), &d).unwrap(), d);
        for s in ["#Mental Health", "lighting"] {
            let slug = tag_slug(s).unwrap();
            assert_eq!(tag_slug(&slug).unwrap(), slug);
        }
        let l = language("zh-Hant").unwrap();
        assert_eq!(language(&l).unwrap(), l);
        let t = text(crate::field!("value"), "  hi ", 10).unwrap();
        assert_eq!(text(crate::field!("value"), &t, 10).unwrap(), t);
    }
}
