//! The look as it crosses IPC: the theme names. This mirrors `limber_core::look::Theme` (which keeps its serde
//! derive because the appearance setting is stored as JSON), so the core carries no TypeScript.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A theme: the one a person chose, or the one in force now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Theme {
    /// Light or dark, as the desktop says.
    System,
    Light,
    Dark,
    /// Dim and warm, with little blue.
    Night,
}

impl From<limber_core::look::Theme> for Theme {
    fn from(value: limber_core::look::Theme) -> Self {
        use limber_core::look::Theme as Core;
        match value {
            Core::System => Theme::System,
            Core::Light => Theme::Light,
            Core::Dark => Theme::Dark,
            Core::Night => Theme::Night,
        }
    }
}
