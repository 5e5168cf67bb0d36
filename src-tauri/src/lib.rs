//! Convene's desktop shell: windows, menus and dialogs over the core. It holds no domain logic;
//! every command in [`api`] is a thin call into `convene`.

pub mod api;
pub mod bindings;
pub mod error;
pub mod settings;
pub mod state;
pub mod windows;

use std::path::PathBuf;
use std::sync::Mutex;

use convene::Convene;
use convene::i18n::Localizer;
use tauri::{Manager, WindowEvent};

use crate::error::UiError;
use crate::settings::Settings;
use crate::state::{AppState, Startup, lock};

/// How the app was started: `convene-app [--db FILE] [--demo] [--locale L]
/// [--kiosk-thanks-seconds N]`.
#[derive(Debug, Default)]
struct Args {
    db: Option<PathBuf>,
    demo: bool,
    locale: Option<String>,
    /// How long the kiosk's thank-you stays up before the next person (tests use 1 s).
    kiosk_thanks_seconds: Option<u32>,
    /// A kit or bundle to open (the file association passes it as the only argument).
    open_file: Option<String>,
}

fn parse_args() -> Args {
    let mut args = Args::default();
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--db" => args.db = it.next().map(PathBuf::from),
            "--demo" => args.demo = true,
            "--locale" => args.locale = it.next(),
            "--kiosk-thanks-seconds" => {
                args.kiosk_thanks_seconds =
                    it.next().and_then(|n| n.parse().ok()).filter(|n| (1..=60).contains(n))
            }
            other if other.ends_with(".convene") => args.open_file = Some(other.to_string()),
            other => tracing::warn!("ignoring argument {other}"),
        }
    }
    if args.db.is_none() {
        args.db = std::env::var_os("CONVENE_DB").map(PathBuf::from);
    }
    args
}

pub fn run() {
    let args = parse_args();
    let settings_path = settings::settings_path();
    let settings = Settings::load(&settings_path);
    let locale = args
        .locale
        .clone()
        .or_else(|| settings.locale.clone())
        .filter(|l| Localizer::is_choice(l))
        .unwrap_or_else(|| "en".to_string());
    let l10n = Localizer::new(&locale);
    let database = args
        .db
        .clone()
        .or_else(|| settings.database.clone().map(PathBuf::from))
        .unwrap_or_else(convene::storage::default_db_path);

    let mut startup = Startup { session: None, error: None, open_file: args.open_file.clone() };
    let convene = match Convene::open(&database) {
        Ok(mut c) => {
            if args.demo {
                match c.demo_session(2027) {
                    Ok(s) => startup.session = Some(s),
                    Err(e) => startup.error = Some(UiError::from_core(&e, &l10n)),
                }
            }
            c
        }
        Err(e) => {
            // Nothing is touched: the app opens on an empty in-memory database and says why.
            startup.error = Some(UiError::from_core(&e, &l10n));
            Convene::open_in_memory().expect("an in-memory database opens")
        }
    };

    let state = AppState {
        convene: Mutex::new(convene),
        database: Mutex::new(database),
        settings_path,
        settings: Mutex::new(settings),
        locale: Mutex::new(locale),
        l10n: Mutex::new(l10n),
        projector: Mutex::new(Default::default()),
        kiosk: Mutex::new(None),
        kiosk_thanks_seconds: args.kiosk_thanks_seconds.unwrap_or(4),
        startup: Mutex::new(startup),
    };

    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(api::handler())
        .on_window_event(|window, event| {
            if window.label() == windows::KIOSK
                && let WindowEvent::CloseRequested { api, .. } = event
                && lock(&window.state::<AppState>().kiosk).is_some()
            {
                // Only the facilitator's PIN (close_kiosk) ends the kiosk.
                api.prevent_close();
            }
        })
        .run(tauri::generate_context!())
        .expect("the Convene window opens");
}
