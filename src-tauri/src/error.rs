//! Errors as they cross to the UI: a stable code the UI may branch on and a message already
//! localised into the facilitator's language, saying what to do next.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct UiError {
    pub code: String,
    pub message: String,
}

impl UiError {
    pub fn from_core(e: &convene::Error, l10n: &convene::i18n::Localizer) -> UiError {
        UiError { code: e.code().to_string(), message: e.localized(l10n) }
    }

    /// A shell failure (a window that would not open, a settings file that would not save).
    pub fn shell(code: &str, message: String) -> UiError {
        UiError { code: code.to_string(), message }
    }
}
