//! What an import asks of the app about settings. Which keys are the person's (exported, and
//! checked when imported), which are bookkeeping (never exported, left out of an import) and which
//! are unknown (an import that has them is refused) is the settings registry's to say
//! ([`crate::SettingKey`]). The store keeps each setting as opaque JSON and must never learn the
//! app's types, so the app hands an import a [`SettingsPolicy`] that checks each of the person's
//! settings with the same rules its screens apply.

use std::collections::BTreeSet;

/// Whose a settings key is.
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

/// The app's rules for the settings an import brings (see the module's documentation).
pub trait SettingsPolicy {
    /// Checks the JSON text of one of the person's settings from an
    /// import file with the same rules the settings screens apply, and returns the value to
    /// store (the app may normalise it), or what is wrong with it. `key` is one the registry calls
    /// [`SettingKind::Owned`].
    fn check(
        &self,
        key: &str,
        json: &str,
        file: &ImportedFile,
    ) -> Result<serde_json::Value, SettingProblem>;
}
