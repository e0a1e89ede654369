//! The settings registry: every key of the `settings` table, declared once, with whose it is (the person's,
//! exported and imported; or bookkeeping that never leaves this computer), the value it holds, its default
//! and the ranges its value must keep.
//!
//! The store reads and writes settings only by [`SettingKey`], so a key's spelling exists in exactly one
//! place and a typo cannot create a second setting. The values are the app's types (`limber-app`'s
//! `settings` module implements [`Setting`] for each of them, one impl per key); their ranges are the core's
//! (`limber_core::settings`), checked by the same functions whether a screen or an import sets them. The
//! store itself never looks inside a value.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::policy::SettingKind;

/// A key of the settings table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SettingKey {
    /// The sound settings: cues, voice and a volume in `limber_core::settings::VOLUME`. Default: cues on,
    /// no voice, 0.7. Exported.
    Audio,
    /// Whether the first run is done and the safety note was read. Default: neither. Exported.
    Onboarding,
    /// The accepted first-run answers (at least one day, `limber_core::settings::plan_days`), the plan's
    /// routines and the guide's preferences. Default: no plan. Exported.
    Plan,
    /// The day boundary (00:00 to `LATEST_DAY_BOUNDARY`, default 04:00), weekly goals (1–7 days), rest days
    /// per month (0–8, default 2) and dismissed red flags. Exported.
    Progress,
    /// The reminder setup: reminders for known routines, a grace of 1–720 minutes (default 60), quiet
    /// hours and a snooze of 1–120 minutes (default 10); `limber_core::settings::check_reminder_setup`.
    /// Default: no reminders. Exported.
    Reminders,
    /// Each routine's schedule history: the routine day each change of reminder days or weekly goal took
    /// effect, with the days and the goal (`limber_core::schedule_history`), so that streaks judge every
    /// day by the schedule in force on it. Default: none (every day uses the current setup). Exported.
    ScheduleHistory,
    /// Each routine's dose history: the dose changes the person accepted from a suggestion and undid, each
    /// with the instant it took effect, and the last offer declined (`limber_core::dose_history`), so that
    /// the history names each session's dose and suggestions come at most once a week. Default: none.
    /// Exported.
    DoseHistory,
    /// The look: a theme (the system's, light, dark or night) and whether the night look follows bedtime.
    /// Default: the system's, no night look. Exported, but never synced: a look belongs to a computer.
    Appearance,
    /// The language a person chose for this computer, or none to follow the system (`limber_app::i18n`).
    /// Default: the system's. Exported, but never synced: a language belongs to a computer, like its look.
    Language,
    /// Snoozes waiting to fire, the paused day and the last activity seen. Default: none. Bookkeeping.
    ReminderState,
    /// A notice about a recovery or a moved data folder that the person has not read yet. Default: none.
    /// Bookkeeping.
    RecoveryPending,
    /// The store's own backup sequence number (see `backup.rs`). Bookkeeping.
    Backup,
    /// Sync through a folder: the folder chosen, this computer's device id and name, the last pass and
    /// what it skipped. Stays with this computer (a copied id would make two computers one). Bookkeeping.
    Sync,
}

impl SettingKey {
    /// Every key, in the table's order.
    pub const ALL: [SettingKey; 13] = [
        SettingKey::Audio,
        SettingKey::Onboarding,
        SettingKey::Plan,
        SettingKey::Progress,
        SettingKey::Reminders,
        SettingKey::ScheduleHistory,
        SettingKey::DoseHistory,
        SettingKey::Appearance,
        SettingKey::Language,
        SettingKey::ReminderState,
        SettingKey::RecoveryPending,
        SettingKey::Backup,
        SettingKey::Sync,
    ];

    /// The key as the table and an export file spell it.
    pub const fn name(self) -> &'static str {
        match self {
            SettingKey::Audio => "audio",
            SettingKey::Onboarding => "onboarding",
            SettingKey::Plan => "plan",
            SettingKey::Progress => "progress",
            SettingKey::Reminders => "reminders",
            SettingKey::ScheduleHistory => "schedule-history",
            SettingKey::DoseHistory => "dose-history",
            SettingKey::Appearance => "appearance",
            SettingKey::Language => "language",
            SettingKey::ReminderState => "reminder-state",
            SettingKey::RecoveryPending => "recovery-pending",
            SettingKey::Backup => "backup",
            SettingKey::Sync => "sync",
        }
    }

    /// Whose the setting is: the person's own choices travel in an export; bookkeeping never does.
    pub const fn kind(self) -> SettingKind {
        match self {
            SettingKey::Audio
            | SettingKey::Onboarding
            | SettingKey::Plan
            | SettingKey::Progress
            | SettingKey::Reminders
            | SettingKey::ScheduleHistory
            | SettingKey::DoseHistory
            | SettingKey::Appearance
            | SettingKey::Language => SettingKind::Owned,
            SettingKey::ReminderState
            | SettingKey::RecoveryPending
            | SettingKey::Backup
            | SettingKey::Sync => SettingKind::Internal,
        }
    }

    /// Whether an export carries the setting.
    pub const fn exported(self) -> bool {
        matches!(self.kind(), SettingKind::Owned)
    }

    /// The key a name spells, exactly (case included); `None` for a name Limber does not know.
    pub fn from_name(name: &str) -> Option<SettingKey> {
        SettingKey::ALL.into_iter().find(|key| key.name() == name)
    }

    /// What a name in the table or in an import file is: [`SettingKind::Unknown`] when no key spells it.
    pub fn kind_of(name: &str) -> SettingKind {
        SettingKey::from_name(name).map_or(SettingKind::Unknown, SettingKey::kind)
    }
}

impl std::fmt::Display for SettingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A setting's value type, bound to its key. Each key has one such type (the app declares them side by
/// side); its `Default` is what a missing setting reads as.
pub trait Setting: Serialize + DeserializeOwned + Default {
    const KEY: SettingKey;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_table() {
        fn check(name: &str, expected: Option<SettingKey>, kind: SettingKind) {
            assert_eq!(SettingKey::from_name(name), expected, "{name}");
            assert_eq!(SettingKey::kind_of(name), kind, "{name}");
        }
        use SettingKind::*;
        check("audio", Some(SettingKey::Audio), Owned);
        check("onboarding", Some(SettingKey::Onboarding), Owned);
        check("plan", Some(SettingKey::Plan), Owned);
        check("progress", Some(SettingKey::Progress), Owned);
        check("reminders", Some(SettingKey::Reminders), Owned);
        check("schedule-history", Some(SettingKey::ScheduleHistory), Owned);
        check("dose-history", Some(SettingKey::DoseHistory), Owned);
        check("appearance", Some(SettingKey::Appearance), Owned);
        check("language", Some(SettingKey::Language), Owned);
        check("reminder-state", Some(SettingKey::ReminderState), Internal);
        check(
            "recovery-pending",
            Some(SettingKey::RecoveryPending),
            Internal,
        );
        check("backup", Some(SettingKey::Backup), Internal);
        check("sync", Some(SettingKey::Sync), Internal);
        check("theme", None, Unknown);
        check("Reminders", None, Unknown);
        check("reminders ", None, Unknown);
        check("", None, Unknown);
    }

    /// Each key is spelled once: no two keys share a name, and every name reads back as its key.
    #[test]
    fn every_key_has_its_own_name() {
        for key in SettingKey::ALL {
            assert_eq!(SettingKey::from_name(key.name()), Some(key));
            assert_eq!(key.exported(), key.kind() == SettingKind::Owned);
        }
        let mut names: Vec<&str> = SettingKey::ALL.iter().map(|key| key.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), SettingKey::ALL.len());
    }
}
