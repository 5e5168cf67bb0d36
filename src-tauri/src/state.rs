//! What the shell holds while it runs: the open database, the facilitator's language, and the
//! state of the two room-facing windows (projector and kiosk), which is display state on this
//! laptop, not meeting data.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use convene::Convene;
use convene::i18n::Localizer;
use convene::ids::{QuestionId, SessionId};
use convene::votes::BallotKind;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::settings::Settings;

/// What the projector shows: a session's running agenda item, a question, vote results, in one
/// or two languages side by side.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ProjectorView {
    pub session: Option<SessionId>,
    pub question: Option<QuestionId>,
    /// One or two locales, shown side by side.
    pub languages: Vec<String>,
    /// Show the live vote chart.
    pub show_results: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum KioskMode {
    /// Attendees sign themselves in.
    SignIn,
    /// Attendees cast a ranked or budget ballot.
    Ballot,
}

/// How the facilitator sets the kiosk up. The PIN stays in the shell; the kiosk window only
/// ever sees a [`KioskView`].
#[derive(Debug, Clone, Deserialize, TS)]
pub struct KioskSetup {
    pub session: SessionId,
    pub mode: KioskMode,
    /// The languages offered on the kiosk's first screen, the attendee's choice drives the form.
    pub languages: Vec<String>,
    pub ballot_kind: Option<BallotKind>,
    /// Points to spend on a budget ballot.
    pub budget: Option<i64>,
    pub pin: String,
}

/// What the kiosk window may know: no PIN and no one else's entries.
#[derive(Debug, Clone, Serialize, TS)]
pub struct KioskView {
    pub session: SessionId,
    pub session_title: String,
    pub mode: KioskMode,
    pub languages: Vec<String>,
    pub ballot_kind: Option<BallotKind>,
    pub budget: Option<i64>,
    /// How long the thank-you stays up before the next person's first screen.
    pub thanks_seconds: u32,
}

/// What the front end needs at first paint: the session to open and any problem opening the
/// database (shown in full, with what to do, instead of a window that silently fails).
#[derive(Debug, Clone, Serialize, TS)]
pub struct Startup {
    pub session: Option<SessionId>,
    pub error: Option<crate::error::UiError>,
    /// A `.convene` kit or bundle the app was opened with (double-clicked in the file manager).
    pub open_file: Option<String>,
}

pub struct AppState {
    pub convene: Mutex<Convene>,
    pub database: Mutex<PathBuf>,
    pub settings_path: PathBuf,
    pub settings: Mutex<Settings>,
    pub locale: Mutex<String>,
    pub l10n: Mutex<Localizer>,
    pub projector: Mutex<ProjectorView>,
    pub kiosk: Mutex<Option<KioskSetup>>,
    pub kiosk_thanks_seconds: u32,
    pub startup: Mutex<Startup>,
}

/// Locks, carrying on past a panic in another command: the data is in SQLite, which rolled back.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
