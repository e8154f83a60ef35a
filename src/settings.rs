//! The user's own settings, remembered between runs: theme and bell. Owns the small
//! settings file in the user's config folder (`$XDG_CONFIG_HOME/yeji/settings.ron`,
//! else `~/.config/yeji/settings.ron`). A missing or unreadable file means the
//! defaults; it is never a reason not to start.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::model::{Display, ThemeName};
use crate::storage::atomic::{RealFiles, save};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub theme: ThemeName,
    pub bell: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            theme: ThemeName::Dark,
            bell: true,
        }
    }
}

impl Settings {
    pub fn of(display: Display) -> Settings {
        Settings {
            theme: display.theme,
            bell: display.bell,
        }
    }
}

/// Where the settings live, if the environment says where home is.
pub fn path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|value| !value.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))?;
    Some(base.join("yeji").join("settings.ron"))
}

pub fn load() -> Settings {
    path()
        .and_then(|path| std::fs::read_to_string(path).ok())
        .and_then(|text| ron::from_str(&text).ok())
        .unwrap_or_default()
}

pub fn store(settings: Settings) -> std::io::Result<()> {
    let Some(path) = path() else {
        return Ok(());
    };
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    let text = ron::ser::to_string_pretty(&settings, ron::ser::PrettyConfig::new().new_line("\n"))
        .map_err(std::io::Error::other)?;
    save(&mut RealFiles, &path, format!("{text}\n").as_bytes(), false)
}
