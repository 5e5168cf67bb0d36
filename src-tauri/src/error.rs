//! Errors as they cross to the UI: a stable code the UI may branch on (a generated union of the
//! core's codes and the shell's own) and a message already localised into the facilitator's
//! language, saying what to do next.

use serde::Serialize;
use ts_rs::TS;

use convene::error::ErrorCode;
use convene::i18n::Localizer;

/// Failures of the shell itself, not of the core.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ShellErrorCode {
    /// A window (projector, kiosk) would not open, hide or close.
    Window,
    /// A command the window that called it may not use (the kiosk asking for the board).
    NotForThisWindow,
}

/// The core's codes and the shell's, as one string union in TypeScript.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(untagged)]
pub enum UiErrorCode {
    Core(ErrorCode),
    Shell(ShellErrorCode),
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct UiError {
    pub code: UiErrorCode,
    pub message: String,
}

impl UiError {
    pub fn from_core(e: &convene::Error, l10n: &Localizer) -> UiError {
        UiError { code: UiErrorCode::Core(e.code()), message: e.localized(l10n) }
    }

    /// A shell failure, with the system's own words (`detail`) after the explanation.
    pub fn shell(code: ShellErrorCode, l10n: &Localizer, detail: Option<String>) -> UiError {
        let detail = detail.unwrap_or_default();
        let message = match code {
            ShellErrorCode::Window => l10n.m(convene::msg!(error_window, detail = detail)),
            ShellErrorCode::NotForThisWindow => l10n.m(convene::msg!(error_not_for_this_window)),
        };
        UiError { code: UiErrorCode::Shell(code), message }
    }
}
