//! The laptop's own preferences: which data folder, which language. They are not meeting data,
//! so they live in a small JSON file in the user's config folder, not in the op log.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Settings {
    /// The database file; the platform's data folder when unset.
    pub database: Option<String>,
    /// The facilitator's language for the app's own screens.
    pub locale: Option<String>,
}

impl Settings {
    pub fn load(path: &Path) -> Settings {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                tracing::warn!("ignoring unreadable settings {}: {e}", path.display());
                Settings::default()
            }),
            Err(_) => Settings::default(),
        }
    }

    pub fn save(&self, path: &Path) -> convene::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| convene::Error::Io { path: dir.display().to_string(), detail: e.to_string() })?;
        }
        let bytes = serde_json::to_vec_pretty(self).expect("settings serialize");
        convene::files::write_output(path, &bytes, true)
    }
}

pub fn settings_path() -> PathBuf {
    directories::ProjectDirs::from("org", "Convene", "Convene")
        .map(|d| d.config_dir().join("settings.json"))
        .unwrap_or_else(|| PathBuf::from("convene-settings.json"))
}
