//! What the settings table's keys mean for export and import. The store keeps each setting as
//! opaque JSON and must never learn the app's types, so the app that gives the settings their
//! meaning hands the store a [`SettingsPolicy`]: which keys are the person's (exported, and
//! checked by the app's own rules when imported), which are the app's bookkeeping (never
//! exported, left out of an import), and which are unknown (an import that has them is refused).

use std::collections::BTreeSet;

/// What a settings key is, as the app sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingKind {
    /// The person's own choice (sound, reminders, plan…): exported, and imported after the app's
    /// checks.
    Owned,
    /// The app's own state (a pending notice, snoozes): never exported; an import that carries
    /// it (an export made before this rule existed does) leaves it out.
    Internal,
    /// A key the app does not know: an import that has it is refused.
    Unknown,
}

/// Why an imported setting was refused: the field inside its value, when one is to blame, and
/// the rule it broke in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingProblem {
    /// A path inside the setting's value, such as `graceMinutes` or `reminders[1].routineId`.
    pub field: Option<String>,
    pub message: String,
}

impl SettingProblem {
    pub fn new(field: Option<String>, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}

/// What an import file brings besides its settings, which a setting's rules may need: the ids of
/// the custom routines it holds, so a reminder or a goal may name one of them. Deleted ones count
/// too: deleting a routine leaves its reminder and goal in place, so a person's own export names
/// them, and it must import.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportedFile {
    pub custom_routine_ids: BTreeSet<String>,
}

/// The app's rules for the settings table (see the module's documentation).
pub trait SettingsPolicy {
    /// What `key` is.
    fn kind(&self, key: &str) -> SettingKind;

    /// Checks the JSON text of one of the person's settings ([`SettingKind::Owned`]) from an
    /// import file with the same rules the settings screens apply, and returns the value to
    /// store (the app may normalise it), or what is wrong with it.
    fn check(
        &self,
        key: &str,
        json: &str,
        file: &ImportedFile,
    ) -> Result<serde_json::Value, SettingProblem>;
}
