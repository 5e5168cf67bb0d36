//! The one boundary between the UI and the core: each command is a domain verb that calls the
//! core API and nothing else. The `commands!` list is also what generates `ui/src/bindings.ts`,
//! so the TypeScript side cannot drift from it.

use convene::actions::{Action, NewAction, NewActionUpdate};
use convene::agenda::{AgendaItem, AgendaKind, NewAgendaItem};
use convene::backup::{BackupInfo, MissingKey, Restored};
use convene::board::BoardCard;
use convene::concerns::{
    Concern, ConcernEdit, ConcernFilter, ConcernStatus, DuplicateSuggestion, NewConcern,
};
use convene::conflicts::{Conflict, Keep};
use convene::exchange::{BundleCheck, BundleImport, Exported, ImportSummary, KitImport, LedgerEntry};
use convene::groups::{Group, NewGroup, Question};
use convene::i18n::Localizer;
use convene::ids::{ActionId, ActionUpdateId};
use convene::ids::{
    AgendaItemId, BallotId, ConcernId, DotCountId, GroupId, NoteId, QuestionId, SessionId, SigninId, TagId,
};
use convene::notes::Note;
use convene::redaction::{Redacted, Redaction};
use convene::report_back::TracedConcern;
use convene::reports::Written;
use convene::reports::csv::{CsvImport, CsvImportTable, CsvOptions, CsvTable};
use convene::reports::pdf::PdfOptions;
use convene::sessions::{NewSession, Session, SessionEdit, SessionSummary};
use convene::signins::{Attendance, DuplicateSignin, NewSignin, Signin};
use convene::tags::{Tag, TagKind};
use convene::tally::Tally;
use convene::trust::{Device, HeldChange, KeyInfo, RevokeFrom, RevokePreview};
use convene::votes::BallotChoices;
use convene::{Convene, Outcome, oplog::Entity};
use serde::Serialize;
use tauri::{AppHandle, Emitter};
use ts_rs::TS;

use crate::error::{ShellErrorCode, UiError};
use crate::state::{AppState, KioskSetup, KioskView, ProjectorView, Startup, lock};
use crate::windows;

/// Sent to every window after a write: which kinds of thing changed (all, when `None`).
#[derive(Debug, Clone, Serialize, TS)]
pub struct Changed {
    pub entities: Option<Vec<Entity>>,
}

pub const CHANGED: &str = "convene://changed";
pub const VIEW_CHANGED: &str = "convene://view-changed";
pub const LOCALE_CHANGED: &str = "convene://locale-changed";

/// This laptop, as the settings screen shows it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppInfo {
    pub device_id: String,
    pub device_name: Option<String>,
    pub fingerprint: String,
    pub database: String,
    pub locale: String,
    pub locales: Vec<String>,
    pub version: String,
}

/// Progress of a long job (importing many bundles), sent as it goes.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Progress {
    pub job: String,
    pub done: usize,
    pub total: usize,
    pub item: Option<String>,
}

pub const PROGRESS: &str = "convene://progress";

/// Every event the shell sends, by the name `bindings.ts` gives it, so the UI never spells one.
pub const EVENTS: &[(&str, &str)] = &[
    ("changed", CHANGED),
    ("viewChanged", VIEW_CHANGED),
    ("localeChanged", LOCALE_CHANGED),
    ("progress", PROGRESS),
];

/// An approval: the device, and what its waiting bundles did once merged.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Approval {
    pub device: Device,
    pub merged: Vec<BundleImport>,
}

/// What a command body sees: the running app and its state.
pub struct Ctx<'a> {
    app: &'a AppHandle,
    state: &'a AppState,
}

impl Ctx<'_> {
    fn err(&self, e: convene::Error) -> UiError {
        UiError::from_core(&e, &lock(&self.state.l10n))
    }

    fn read<T>(&self, f: impl FnOnce(&Convene) -> convene::Result<T>) -> Result<T, UiError> {
        let c = lock(&self.state.convene);
        f(&c).map_err(|e| self.err(e))
    }

    /// A write that returns what it changed; every window hears which views to refresh.
    fn write<T>(
        &self,
        f: impl FnOnce(&mut Convene) -> convene::Result<Outcome<T>>,
    ) -> Result<Outcome<T>, UiError> {
        let out = {
            let mut c = lock(&self.state.convene);
            f(&mut c).map_err(|e| self.err(e))?
        };
        self.changed(Some(out.changes.entities.iter().copied().collect()));
        Ok(out)
    }

    /// A write whose changes are not itemised (it may touch several kinds): every view refreshes.
    fn write_any<T>(&self, f: impl FnOnce(&mut Convene) -> convene::Result<T>) -> Result<T, UiError> {
        let out = {
            let mut c = lock(&self.state.convene);
            f(&mut c).map_err(|e| self.err(e))?
        };
        self.changed(None);
        Ok(out)
    }

    fn changed(&self, entities: Option<Vec<Entity>>) {
        if let Err(e) = self.app.emit(CHANGED, Changed { entities }) {
            tracing::warn!("could not tell the windows about a change: {e}");
        }
    }

    /// A window that would not open or close, in the facilitator's language.
    fn window_error(&self, e: tauri::Error) -> UiError {
        UiError::shell(ShellErrorCode::Window, &lock(&self.state.l10n), Some(e.to_string()))
    }

    fn info(&self) -> Result<AppInfo, UiError> {
        let locale = lock(&self.state.locale).clone();
        let database = lock(&self.state.database).display().to_string();
        let mut c = lock(&self.state.convene);
        let key = c.key_info().map_err(|e| self.err(e))?;
        Ok(AppInfo {
            device_id: key.device_id.to_string(),
            device_name: key.device_name,
            fingerprint: key.fingerprint,
            database,
            locale,
            locales: Localizer::choices().map(str::to_string).collect(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        })
    }

    fn kiosk(&self) -> Result<KioskSetup, UiError> {
        lock(&self.state.kiosk).as_ref().cloned().ok_or_else(|| self.err(convene::Error::KioskClosed))
    }
}

/// Declares the commands. A command the attendees' kiosk window may call is marked `@kiosk`
/// where it is declared; any other command called from that window is refused.
macro_rules! commands {
    ($( $(#[$doc:meta])* $(@$kiosk:ident)? fn $name:ident($ctx:ident $(, $arg:ident : $ty:ty)* $(,)?) -> $ret:ty $body:block )*) => {
        $(
            $(#[$doc])*
            #[tauri::command(rename_all = "snake_case")]
            #[allow(clippy::too_many_arguments)] // the window, the state, then the verb's own arguments
            pub async fn $name(
                app: AppHandle,
                webview: tauri::WebviewWindow,
                state: tauri::State<'_, AppState>,
                $($arg: $ty),*
            ) -> Result<$ret, UiError> {
                let $ctx = Ctx { app: &app, state: &state };
                let for_kiosk = false $(|| { let _ = stringify!($kiosk); true })?;
                if webview.label() == windows::KIOSK && !for_kiosk {
                    // The attendees' window sees no one else's entries and changes nothing else.
                    return Err(UiError::shell(ShellErrorCode::NotForThisWindow, &lock(&$ctx.state.l10n), None));
                }
                $body
            }
        )*

        pub fn handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }

        /// Every command's name, arguments and result, for `bindings.ts`.
        pub fn describe(b: &mut crate::bindings::Bindings) {
            $(
                b.command::<$ret>(stringify!($name), &[$((stringify!($arg), <$ty as TS>::name())),*]);
                $( b.visit::<$ty>(); )*
            )*
        }
    };
}

commands! {
    // ---- this laptop ----
    fn startup(ctx) -> Startup {
        Ok(lock(&ctx.state.startup).clone())
    }

    fn app_info(ctx) -> AppInfo {
        ctx.info()
    }

    fn set_device_name(ctx, name: String) -> () {
        ctx.write_any(|c| c.set_device_name(&name))
    }

    /// Switches the facilitator's language at once; every window re-renders, nothing restarts.
    fn set_locale(ctx, locale: String) -> () {
        if !Localizer::is_choice(&locale) {
            return Err(ctx.err(convene::Error::UnknownLocale { locale }));
        }
        *lock(&ctx.state.l10n) = Localizer::new(&locale);
        *lock(&ctx.state.locale) = locale.clone();
        let mut settings = lock(&ctx.state.settings);
        settings.locale = Some(locale.clone());
        settings.save(&ctx.state.settings_path).map_err(|e| ctx.err(e))?;
        let _ = ctx.app.emit(LOCALE_CHANGED, locale);
        Ok(())
    }

    /// Opens another database file (a new data folder); the app carries on with it at once.
    fn open_database(ctx, path: String) -> AppInfo {
        let path = std::path::PathBuf::from(path.trim());
        let opened = Convene::open(&path).map_err(|e| ctx.err(e))?;
        *lock(&ctx.state.convene) = opened;
        *lock(&ctx.state.database) = path.clone();
        {
            let mut settings = lock(&ctx.state.settings);
            settings.database = Some(path.display().to_string());
            settings.save(&ctx.state.settings_path).map_err(|e| ctx.err(e))?;
        }
        ctx.changed(None);
        ctx.info()
    }

    /// Writes a passphrase-encrypted backup of this laptop (database and keys) to `path`.
    fn backup_laptop(ctx, path: String, passphrase: String) -> BackupInfo {
        ctx.write_any(|c| c.backup(std::path::Path::new(path.trim()), &passphrase))
    }

    /// Brings a laptop back from a backup into a new database at `database`, and opens it.
    fn restore_backup(ctx, backup: String, passphrase: String, database: String) -> Restored {
        let path = std::path::PathBuf::from(database.trim());
        let (opened, restored) =
            Convene::restore(std::path::Path::new(backup.trim()), &passphrase, &path).map_err(|e| ctx.err(e))?;
        *lock(&ctx.state.convene) = opened;
        *lock(&ctx.state.database) = path.clone();
        {
            let mut settings = lock(&ctx.state.settings);
            settings.database = Some(path.display().to_string());
            settings.save(&ctx.state.settings_path).map_err(|e| ctx.err(e))?;
        }
        ctx.changed(None);
        Ok(restored)
    }

    /// Keys this database was made with that are not beside it (a database copied alone).
    fn missing_keys(ctx) -> Vec<MissingKey> {
        let mut c = lock(&ctx.state.convene);
        c.missing_keys().map_err(|e| ctx.err(e))
    }

    /// Makes the demo summit (invented people) and returns its id.
    fn create_demo(ctx) -> SessionId {
        ctx.write_any(|c| c.demo_session(2027))
    }

    // ---- sessions ----
    fn sessions(ctx) -> Vec<SessionSummary> {
        ctx.read(|c| c.sessions()?.into_iter().map(|s| c.session_summary(s.id)).collect())
    }

    fn session(ctx, session: SessionId) -> Session {
        ctx.read(|c| c.session(session))
    }

    fn create_session(ctx, details: NewSession) -> Outcome<SessionId> {
        ctx.write(|c| c.create_session(details))
    }

    fn edit_session(ctx, session: SessionId, edit: SessionEdit) -> Outcome<SessionId> {
        ctx.write(|c| c.edit_session(session, edit))
    }

    /// A new session with an earlier one's agenda, groups and questions.
    fn duplicate_session(ctx, from: SessionId, title: String, starts_at: Option<String>) -> Outcome<SessionId> {
        ctx.write(|c| c.duplicate_session(from, &title, starts_at.as_deref()))
    }

    // ---- agenda and run of show ----
    fn agenda(ctx, session: SessionId) -> Vec<AgendaItem> {
        ctx.read(|c| c.agenda(session))
    }

    fn add_agenda_item(ctx, session: SessionId, details: NewAgendaItem) -> Outcome<AgendaItemId> {
        ctx.write(|c| c.add_agenda_item(session, details))
    }

    fn edit_agenda_item(
        ctx,
        item: AgendaItemId,
        title: Option<String>,
        minutes: Option<i64>,
        presenter: Option<String>,
        kind: Option<AgendaKind>,
    ) -> Outcome<AgendaItemId> {
        ctx.write(|c| c.edit_agenda_item(item, title.as_deref(), minutes, presenter.as_deref(), kind))
    }

    /// Moves an item to a 1-based place in the agenda.
    fn move_agenda_item(ctx, item: AgendaItemId, to: usize) -> Outcome<AgendaItemId> {
        ctx.write(|c| c.move_agenda_item(item, to))
    }

    fn remove_agenda_item(ctx, item: AgendaItemId) -> Outcome<AgendaItemId> {
        ctx.write(|c| c.remove_agenda_item(item))
    }

    fn start_agenda_item(ctx, item: AgendaItemId) -> Outcome<AgendaItemId> {
        ctx.write(|c| c.start_agenda_item(item))
    }

    fn next_agenda_item(ctx, session: SessionId) -> Option<AgendaItemId> {
        ctx.write_any(|c| c.next_agenda_item(session))
    }

    fn previous_agenda_item(ctx, session: SessionId) -> Option<AgendaItemId> {
        ctx.write_any(|c| c.previous_agenda_item(session))
    }

    /// Adds the rows of an agenda template (CSV) to the session; a bad row imports nothing and
    /// the report lists every problem.
    fn import_agenda_template(ctx, session: SessionId, path: String) -> CsvImport {
        let l10n = Localizer::new(&lock(&ctx.state.locale));
        ctx.write_any(|c| c.import_csv_file(session, CsvImportTable::Agenda, std::path::Path::new(path.trim()), false, &l10n))
    }

    // ---- reports and exports ----
    /// Writes a PDF report of the session (the handout and CPP update cover its precinct).
    fn report_pdf(ctx, session: SessionId, options: PdfOptions, path: String) -> Written {
        ctx.read(|c| {
            let bytes = c.report_pdf(session, &options)?;
            convene::reports::write_report(std::path::Path::new(path.trim()), &bytes, false)
        })
    }

    /// Writes one of the session's tables as CSV, safe to open in a spreadsheet.
    fn export_csv(ctx, session: SessionId, table: CsvTable, bom: bool, personal_data: bool, path: String) -> Written {
        let l10n = Localizer::new(&lock(&ctx.state.locale));
        ctx.read(|c| {
            let bytes = c.export_csv(session, table, &CsvOptions { bom, personal_data }, &l10n)?;
            convene::reports::write_report(std::path::Path::new(path.trim()), &bytes, personal_data)
        })
    }

    /// Imports a typed-up sign-in sheet or agenda template; with problems, nothing is imported
    /// unless `skip_invalid`, and the report lists each one.
    fn import_csv(ctx, session: SessionId, table: CsvImportTable, path: String, skip_invalid: bool) -> CsvImport {
        let l10n = Localizer::new(&lock(&ctx.state.locale));
        ctx.write_any(|c| c.import_csv_file(session, table, std::path::Path::new(path.trim()), skip_invalid, &l10n))
    }

    // ---- groups, questions, vocabulary ----
    fn groups(ctx, session: SessionId) -> Vec<Group> {
        ctx.read(|c| c.groups(session))
    }

    fn add_group(ctx, session: SessionId, details: NewGroup) -> Outcome<GroupId> {
        ctx.write(|c| c.add_group(session, details))
    }

    fn questions(ctx, session: SessionId) -> Vec<Question> {
        ctx.read(|c| c.questions(session))
    }

    fn add_question(ctx, session: SessionId, text: String, language: Option<String>) -> Outcome<QuestionId> {
        ctx.write(|c| c.add_question(session, &text, language.as_deref()))
    }

    @kiosk fn tags(ctx) -> Vec<Tag> {
        ctx.read(|c| c.tags())
    }

    fn add_tag(ctx, slug: String, label: Option<String>, kind: TagKind, pillar: Option<String>) -> Outcome<TagId> {
        ctx.write(|c| c.add_tag(&slug, label.as_deref(), kind, pillar.as_deref()))
    }

    fn remove_tag(ctx, slug: String) -> Outcome<TagId> {
        ctx.write(|c| c.remove_tag(&slug))
    }

    // ---- sign-in sheet ----
    fn signins(ctx, session: SessionId) -> Vec<Signin> {
        ctx.read(|c| c.signins(session))
    }

    fn attendance(ctx, session: SessionId) -> Attendance {
        ctx.read(|c| c.attendance(session))
    }

    fn add_signin(ctx, session: SessionId, details: NewSignin) -> Outcome<SigninId> {
        ctx.write(|c| c.add_signin(session, details))
    }

    fn assign_group(ctx, signin: SigninId, group: Option<GroupId>) -> Outcome<SigninId> {
        ctx.write(|c| c.assign_group(signin, group))
    }

    fn suggest_group(ctx, session: SessionId, language: Option<String>) -> Option<GroupId> {
        ctx.read(|c| c.suggest_group(session, language.as_deref()))
    }

    fn likely_duplicate_signins(
        ctx,
        session: SessionId,
        name: Option<String>,
        email: Option<String>,
        phone: Option<String>,
    ) -> Vec<DuplicateSignin> {
        ctx.read(|c| c.likely_duplicate_signins(session, name.as_deref(), email.as_deref(), phone.as_deref()))
    }

    // ---- concerns and the board ----
    fn add_concern(ctx, session: SessionId, details: NewConcern) -> Outcome<ConcernId> {
        ctx.write(|c| c.add_concern(session, details))
    }

    fn concern(ctx, concern: ConcernId) -> Concern {
        ctx.read(|c| c.concern(concern))
    }

    fn concerns(ctx, session: SessionId, filter: ConcernFilter) -> Vec<Concern> {
        ctx.read(|c| c.concerns(session, &filter))
    }

    fn board(ctx, session: SessionId, filter: ConcernFilter) -> Vec<BoardCard> {
        ctx.read(|c| c.session_board(session, &filter))
    }

    fn edit_concern(ctx, concern: ConcernId, edit: ConcernEdit) -> Outcome<ConcernId> {
        ctx.write(|c| c.edit_concern(concern, edit))
    }

    fn tag_concern(ctx, concern: ConcernId, add: Vec<String>, remove: Vec<String>) -> Outcome<ConcernId> {
        ctx.write(|c| c.tag_concern(concern, &add, &remove))
    }

    fn set_concern_status(ctx, concern: ConcernId, status: ConcernStatus) -> Outcome<ConcernId> {
        ctx.write(|c| c.set_concern_status(concern, status))
    }

    fn merge_concern(ctx, duplicate: ConcernId, into: ConcernId) -> Outcome<ConcernId> {
        ctx.write(|c| c.merge_concern(duplicate, into))
    }

    fn unmerge_concern(ctx, concern: ConcernId) -> Outcome<ConcernId> {
        ctx.write(|c| c.unmerge_concern(concern))
    }

    fn delete_concern(ctx, concern: ConcernId) -> Outcome<ConcernId> {
        ctx.write(|c| c.delete_concern(concern))
    }

    /// Removes a concern, note or sign-in as personal information: its words are blanked in
    /// the log too, and wherever the redaction travels.
    fn redact(ctx, redaction: Redaction) -> Redacted {
        ctx.write_any(|c| c.redact(redaction))
    }

    /// Likely duplicates across groups, by text similarity (0–1).
    fn duplicate_suggestions(ctx, session: SessionId, threshold: f64) -> Vec<DuplicateSuggestion> {
        ctx.read(|c| c.duplicate_suggestions(session, threshold))
    }

    fn notes(ctx, session: SessionId, group: Option<GroupId>) -> Vec<Note> {
        ctx.read(|c| c.notes(session, group))
    }

    fn add_note(
        ctx,
        session: SessionId,
        text: String,
        group: Option<GroupId>,
        question: Option<QuestionId>,
        language: Option<String>,
    ) -> Outcome<NoteId> {
        ctx.write(|c| c.add_note(session, &text, group, question, language.as_deref()))
    }

    // ---- voting ----
    fn add_dot_count(ctx, session: SessionId, concern: ConcernId, count: i64) -> Outcome<DotCountId> {
        ctx.write(|c| c.add_dot_count(session, concern, count))
    }

    fn cast_ballot(ctx, session: SessionId, token: String, choices: BallotChoices) -> Outcome<BallotId> {
        ctx.write(|c| c.cast_ballot(session, &token, choices))
    }

    fn tally(ctx, session: SessionId) -> Tally {
        ctx.read(|c| c.tally(session))
    }

    // ---- kits, bundles and the coordinator's desk ----
    fn key_info(ctx) -> KeyInfo {
        let mut c = lock(&ctx.state.convene);
        c.key_info().map_err(|e| ctx.err(e))
    }

    /// Makes this laptop the coordinator's: an encryption identity for attendees' personal data.
    fn coordinator_init(ctx) -> String {
        ctx.write_any(|c| c.coordinator_init())
    }

    fn export_kit(ctx, sessions: Vec<SessionId>, path: String) -> Exported {
        ctx.write_any(|c| c.export_kit(&sessions, std::path::Path::new(path.trim())))
    }

    fn import_kit(ctx, path: String, new_coordinator: bool) -> KitImport {
        ctx.write_any(|c| c.import_kit(std::path::Path::new(path.trim()), new_coordinator))
    }

    /// Writes this laptop's bundle: temporary file, fsync, rename, then read back and verified,
    /// so when this returns the file on the stick is good and the stick may be removed.
    fn export_bundle(ctx, sessions: Vec<SessionId>, path: String, include_personal_plaintext: bool) -> Exported {
        ctx.write_any(|c| c.export_bundle(&sessions, std::path::Path::new(path.trim()), include_personal_plaintext))
    }

    fn verify_bundle(ctx, path: String) -> BundleCheck {
        ctx.read(|c| c.verify_bundle(std::path::Path::new(path.trim())))
    }

    /// Imports many bundles, each all-or-nothing, reporting progress after each.
    fn import_bundles(ctx, paths: Vec<String>) -> ImportSummary {
        let files: Vec<std::path::PathBuf> = paths.iter().map(|p| std::path::PathBuf::from(p.trim())).collect();
        let refs: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
        let total = refs.len();
        let app = ctx.app.clone();
        let mut summary = ctx.write_any(|c| {
            c.import_bundles(&refs, |i, r| {
                let _ = app.emit(
                    PROGRESS,
                    Progress { job: "import".into(), done: i + 1, total, item: Some(r.file.clone()) },
                );
            })
        })?;
        let l10n = lock(&ctx.state.l10n);
        summary.bundles.iter_mut().for_each(|b| b.localize(&l10n));
        Ok(summary)
    }

    fn ledger(ctx) -> Vec<LedgerEntry> {
        ctx.read(|c| c.ledger())
    }

    fn devices(ctx) -> Vec<Device> {
        ctx.read(|c| c.devices())
    }

    /// Approves a device (by id, fingerprint or name) and merges the bundles it had waiting;
    /// `sessions` narrows what it may work on (the coordinator's plan otherwise).
    fn approve_device(ctx, device: String, sessions: Option<Vec<SessionId>>) -> Approval {
        let mut approval = ctx.write_any(|c| {
            c.approve_device(&device, sessions.as_deref()).map(|(device, merged)| Approval { device, merged })
        })?;
        let l10n = lock(&ctx.state.l10n);
        approval.merged.iter_mut().for_each(|b| b.localize(&l10n));
        Ok(approval)
    }

    /// What revoking a device from `from` on would undo, without doing it.
    fn revoke_preview(ctx, device: String, from: RevokeFrom) -> RevokePreview {
        let mut c = lock(&ctx.state.convene);
        c.revoke_preview(&device, &from).map_err(|e| ctx.err(e))
    }

    /// Rejects (revokes) a device: its bundles are refused from now on, and what it did from
    /// `from` on is undone.
    fn revoke_device(ctx, device: String, from: RevokeFrom) -> Device {
        ctx.write_any(|c| c.revoke_device(&device, &from))
    }

    /// Changes other laptops made to records that are not theirs, waiting for review.
    fn held_changes(ctx) -> Vec<HeldChange> {
        ctx.read(|c| c.held_changes())
    }

    /// Accepts or refuses a held change.
    fn review_change(ctx, change: String, accept: bool) -> HeldChange {
        ctx.write_any(|c| c.review_change(&change, accept))
    }

    fn conflicts(ctx) -> Vec<Conflict> {
        ctx.read(|c| c.conflicts())
    }

    fn resolve_conflict(ctx, conflict: String, keep: Keep) -> Conflict {
        ctx.write_any(|c| c.resolve_conflict(&conflict, keep))
    }

    /// Concerns across sessions (one precinct's, or all), each with where it came from.
    fn merged_board(ctx, precinct: Option<String>, filter: ConcernFilter) -> Vec<BoardCard> {
        ctx.read(|c| c.merged_board(precinct.as_deref(), &filter))
    }

    fn actions(ctx, session: Option<SessionId>, precinct: Option<String>) -> Vec<Action> {
        ctx.read(|c| c.actions(session, precinct.as_deref()))
    }

    /// The report-back trace: each concern of a precinct (or all), where it was raised, and its actions.
    fn report_back(ctx, precinct: Option<String>) -> Vec<TracedConcern> {
        ctx.read(|c| c.report_back(precinct.as_deref()))
    }

    fn add_action(ctx, details: NewAction) -> Outcome<ActionId> {
        ctx.write(|c| c.add_action(details))
    }

    fn update_action(ctx, action: ActionId, details: NewActionUpdate) -> Outcome<ActionUpdateId> {
        ctx.write(|c| c.update_action(action, details))
    }

    // ---- the projector ----
    fn projector_view(ctx) -> ProjectorView {
        Ok(lock(&ctx.state.projector).clone())
    }

    fn set_projector_view(ctx, view: ProjectorView) -> ProjectorView {
        *lock(&ctx.state.projector) = view.clone();
        let _ = ctx.app.emit(VIEW_CHANGED, ());
        Ok(view)
    }

    fn open_projector(ctx) -> () {
        windows::open_projector(ctx.app).map_err(|e| ctx.window_error(e))
    }

    // ---- the kiosk ----
    /// Opens the kiosk window for attendees; only the PIN closes it again.
    fn open_kiosk(ctx, setup: KioskSetup) -> () {
        convene::validate::kiosk_pin(&setup.pin).map_err(|e| ctx.err(e))?;
        ctx.read(|c| c.session(setup.session))?;
        *lock(&ctx.state.kiosk) = Some(setup);
        let _ = ctx.app.emit(VIEW_CHANGED, ());
        windows::open_kiosk(ctx.app).map_err(|e| ctx.window_error(e))
    }

    @kiosk fn kiosk_view(ctx) -> KioskView {
        let setup = ctx.kiosk()?;
        windows::hide_main(ctx.app).map_err(|e| ctx.window_error(e))?;
        let title = ctx.read(|c| c.session(setup.session))?.title;
        Ok(KioskView {
            session: setup.session,
            session_title: title,
            mode: setup.mode,
            languages: setup.languages,
            ballot_kind: setup.ballot_kind,
            budget: setup.budget,
            thanks_seconds: ctx.state.kiosk_thanks_seconds,
        })
    }

    /// An attendee signs themselves in; the kiosk learns nothing back but that it worked.
    @kiosk fn kiosk_sign_in(ctx, details: NewSignin) -> () {
        let setup = ctx.kiosk()?;
        ctx.write(|c| c.add_signin(setup.session, details)).map(|_| ())
    }

    /// The concerns an attendee may vote on at the kiosk (text only, no one's identity).
    @kiosk fn kiosk_concerns(ctx) -> Vec<Concern> {
        let setup = ctx.kiosk()?;
        ctx.read(|c| c.concerns(setup.session, &ConcernFilter::default()))
    }

    /// One sitting at the kiosk, one ballot: each gets a fresh random token.
    @kiosk fn kiosk_cast_ballot(ctx, choices: BallotChoices) -> () {
        let setup = ctx.kiosk()?;
        let token = format!("kiosk-{}", BallotId::new());
        ctx.write(|c| c.cast_ballot(setup.session, &token, choices)).map(|_| ())
    }

    /// Closes the kiosk if the PIN is right.
    @kiosk fn close_kiosk(ctx, pin: String) -> () {
        let right = lock(&ctx.state.kiosk).as_ref().is_some_and(|k| k.pin.trim() == pin.trim());
        if !right {
            return Err(ctx.err(convene::Error::KioskPinWrong));
        }
        *lock(&ctx.state.kiosk) = None;
        windows::close_kiosk(ctx.app).map_err(|e| ctx.window_error(e))
    }
}
