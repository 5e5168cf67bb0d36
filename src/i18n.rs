//! Fluent localisation. `locales/<locale>/*.ftl` is the one source of user-facing text; the files
//! are compiled into the binary so the CLI and the app work from any folder.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// Every shipped locale and its Fluent sources, found in locales/ by build.rs.
const SOURCES: &[(&str, &[&str])] = include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The pseudo-locale: English, accented and lengthened, to find hard-coded and truncated text.
pub const PSEUDO_LOCALE: &str = "qps-ploc";

pub const FALLBACK_LOCALE: &str = "en";

/// Arguments for a message, owned so errors can carry them across threads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args(Vec<(&'static str, ArgValue)>);

#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    Text(String),
    Number(i64),
    /// A message naming a thing, rendered in the same language before it is inserted.
    Label(Box<crate::messages::Msg>),
}

impl From<&str> for ArgValue {
    fn from(s: &str) -> Self {
        ArgValue::Text(s.to_string())
    }
}
impl From<&String> for ArgValue {
    fn from(s: &String) -> Self {
        ArgValue::Text(s.clone())
    }
}
impl From<String> for ArgValue {
    fn from(s: String) -> Self {
        ArgValue::Text(s)
    }
}
impl From<crate::messages::Msg> for ArgValue {
    fn from(m: crate::messages::Msg) -> Self {
        ArgValue::Label(Box::new(m))
    }
}
impl From<i64> for ArgValue {
    fn from(n: i64) -> Self {
        ArgValue::Number(n)
    }
}
impl From<usize> for ArgValue {
    fn from(n: usize) -> Self {
        ArgValue::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u64> for ArgValue {
    fn from(n: u64) -> Self {
        ArgValue::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u32> for ArgValue {
    fn from(n: u32) -> Self {
        ArgValue::Number(n.into())
    }
}

impl Args {
    pub fn new() -> Self {
        Args(Vec::new())
    }
    pub fn set(&mut self, key: &'static str, value: impl Into<ArgValue>) -> &mut Self {
        self.0.push((key, value.into()));
        self
    }
    fn to_fluent(&self, l10n: &Localizer) -> FluentArgs<'_> {
        let mut out = FluentArgs::new();
        for (k, v) in &self.0 {
            match v {
                // In the pseudo-locale a value from code is marked, so it is left as it is while
                // the sentence around it is accented: English inserted by code stands out.
                ArgValue::Text(s) if l10n.pseudo => {
                    out.set(*k, FluentValue::from(format!("{KEEP_START}{s}{KEEP_END}")))
                }
                ArgValue::Text(s) => out.set(*k, FluentValue::from(s.as_str())),
                ArgValue::Number(n) => out.set(*k, FluentValue::from(*n)),
                // Rendered without the pseudo-locale's brackets: it is part of one sentence.
                ArgValue::Label(m) => out.set(*k, FluentValue::from(l10n.render(m.id, Some(&m.args), false))),
            }
        }
        out.set("surface", FluentValue::from(l10n.surface.as_str()));
        out
    }
}

/// Where a message is shown, for messages that give advice: the command line names commands
/// and flags (`convene trust list`, `--skip-invalid`), the app names its screens and buttons.
/// Messages select on it as `$surface`; the localizer supplies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Surface {
    Cli,
    App,
}

impl Surface {
    pub fn as_str(self) -> &'static str {
        match self {
            Surface::Cli => "cli",
            Surface::App => "app",
        }
    }
}

/// Renders messages in one locale, falling back to English for anything missing.
pub struct Localizer {
    bundles: Vec<FluentBundle<FluentResource>>,
    pseudo: bool,
    locale: String,
    surface: Surface,
}

impl Localizer {
    /// A localizer for `locale` (e.g. "es", "zh-Hant"); unknown locales fall back to English.
    pub fn new(locale: &str) -> Localizer {
        let pseudo = locale == PSEUDO_LOCALE;
        let mut chain = vec![];
        if locale != FALLBACK_LOCALE && SOURCES.iter().any(|(l, _)| *l == locale) {
            chain.push(locale);
        }
        chain.push(FALLBACK_LOCALE);
        let bundles = chain.into_iter().map(build_bundle).collect();
        Localizer { bundles, pseudo, locale: locale.to_string(), surface: Surface::App }
    }

    /// The same locale, for messages shown on the command line.
    pub fn for_cli(mut self) -> Localizer {
        self.surface = Surface::Cli;
        self
    }

    pub fn surface(&self) -> Surface {
        self.surface
    }

    /// A typed message (`l.m(msg::error_busy {})`, `l.m(msg!(cli_wrote, path = p, bytes = n))`).
    pub fn m(&self, msg: impl Into<crate::messages::Msg>) -> String {
        let msg = msg.into();
        self.render(msg.id, Some(&msg.args), true)
    }

    /// The locale asked for (which may have fallen back to English for some messages).
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// Whether this locale writes right to left.
    pub fn is_rtl(&self) -> bool {
        is_rtl(&self.locale)
    }

    /// A calendar date the way this locale writes it ("November 22, 2026", "22 tháng 11 năm
    /// 2026", "2026年11月22日"), from the locale's `date-format` message.
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        let bundle_format = self.bundles.iter().find_map(|b| {
            let pattern = b.get_message("date-format")?.value()?;
            Some(b.format_pattern(pattern, None, &mut vec![]).into_owned())
        });
        let format = bundle_format.unwrap_or_else(|| "%Y-%m-%d".into());
        date.format_localized(&format, chrono_locale(&self.locale)).to_string()
    }

    /// The locales compiled into this binary.
    pub fn available() -> impl Iterator<Item = &'static str> {
        SOURCES.iter().map(|(l, _)| *l)
    }

    /// What a person may choose: every shipped locale, then the pseudo-locale.
    pub fn choices() -> impl Iterator<Item = &'static str> {
        Self::available().chain([PSEUDO_LOCALE])
    }

    /// Whether `locale` is one of [`Localizer::choices`].
    pub fn is_choice(locale: &str) -> bool {
        Self::choices().any(|l| l == locale)
    }

    /// The Fluent sources of a shipped locale, for checks.
    pub fn sources(locale: &str) -> Option<&'static [&'static str]> {
        SOURCES.iter().find(|(l, _)| *l == locale).map(|(_, f)| *f)
    }

    /// Whether a message exists in this locale or in English.
    pub fn has_message(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// A message by id, for checks that walk every message; code uses [`Localizer::m`].
    pub fn message(&self, id: &str, args: Option<&Args>) -> String {
        self.render(id, args, true)
    }

    fn render(&self, id: &str, args: Option<&Args>, whole: bool) -> String {
        let empty = Args::new();
        let fargs = args.unwrap_or(&empty).to_fluent(self);
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(id, ?errors, "fluent formatting problems");
                }
                return match (self.pseudo, whole) {
                    (true, true) => pseudolocalize(&text),
                    // A label inside another message: accented now, and kept as it is after.
                    (true, false) => format!("{KEEP_START}{}{KEEP_END}", accent(&text)),
                    _ => text.into_owned(),
                };
            }
        }
        tracing::warn!(id, "missing fluent message");
        id.to_string()
    }
}

/// Languages written right to left: Arabic here, and Hebrew, Persian, Urdu, Pashto and Yiddish
/// for text people type. The UI's table is generated from this one.
pub const RTL_LANGUAGES: &[&str] = &["ar", "he", "fa", "ur", "ps", "yi"];

/// Whether a locale writes right to left.
pub fn is_rtl(locale: &str) -> bool {
    RTL_LANGUAGES.contains(&locale.split('-').next().unwrap_or(""))
}

/// The calendar data (month and day names) for a shipped locale.
fn chrono_locale(locale: &str) -> chrono::Locale {
    use chrono::Locale as L;
    match locale {
        "es" => L::es_US,
        "zh-Hant" => L::zh_TW,
        "vi" => L::vi_VN,
        "ru" => L::ru_RU,
        "so" => L::so_SO,
        "ko" => L::ko_KR,
        "am" => L::am_ET,
        "ar" => L::ar_EG,
        _ => L::en_US,
    }
}

/// Marks, in the pseudo-locale, text that code put into a message (private-use characters,
/// removed before anyone sees them).
const KEEP_START: char = '\u{E000}';
const KEEP_END: char = '\u{E001}';

/// Every Latin letter accented, except inside `code` and inside values code inserted.
fn accent(text: &str) -> String {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";
    let map: std::collections::HashMap<char, char> = FROM.chars().zip(TO.chars()).collect();
    let mut out = String::new();
    let (mut in_code, mut kept) = (false, 0usize);
    for c in text.chars() {
        match c {
            KEEP_START => kept += 1,
            KEEP_END => kept = kept.saturating_sub(1),
            '`' => {
                in_code = !in_code;
                out.push(c);
            }
            _ if in_code || kept > 0 => out.push(c),
            _ => out.push(*map.get(&c).unwrap_or(&c)),
        }
    }
    out
}

/// Accents every Latin letter and lengthens the text by about a third, keeping digits, code
/// (`convene trust list`) and values the code inserted as they are: "Type more" becomes
/// "[Ŧẏƥḗ ḿǿřḗ ~~~~]", so English that code put into a sentence stands out.
pub fn pseudolocalize(text: &str) -> String {
    let accented = accent(text);
    let extra = accented.chars().count() / 3;
    format!("[{accented} {}]", "~".repeat(extra.max(1)))
}

fn build_bundle(locale: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = locale.parse().expect("shipped locale ids are valid");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Terminal output has no bidi rendering to protect; the UI turns isolation on itself.
    bundle.set_use_isolating(false);
    let (_, files) = SOURCES.iter().find(|(l, _)| *l == locale).expect("known locale");
    for source in *files {
        let resource = FluentResource::try_new(source.to_string())
            .expect("shipped .ftl files parse (checked by tests/locales.rs)");
        bundle.add_resource(resource).expect("no duplicate message ids across .ftl files");
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_arguments_into_english() {
        let l = Localizer::new("en");
        let text = l.m(crate::msg!(error_duplicate_token, token = "T-42"));
        assert!(text.contains("T-42"), "the token must appear in the message: {text}");
    }

    #[test]
    fn the_pseudo_locale_is_accented_and_longer() {
        let l = Localizer::new(PSEUDO_LOCALE);
        let text = l.message("error-busy", None);
        let english = Localizer::new("en").message("error-busy", None);
        assert!(text.starts_with('[') && text.ends_with(']'));
        assert!(text.chars().count() > english.chars().count() * 5 / 4, "lengthened: {text}");
        assert!(!text.contains("database"), "every Latin letter is accented: {text}");
    }

    #[test]
    fn unknown_locale_falls_back_to_english() {
        let l = Localizer::new("xx");
        assert!(l.message("error-busy", None).contains("busy"));
    }
}
