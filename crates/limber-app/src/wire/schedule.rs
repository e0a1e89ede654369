//! Reminders as they cross IPC: the days, the time rules, quiet hours and the whole setup the settings screen
//! reads and sends back. These mirror `limber_core::schedule`'s values (which keep their serde derives because
//! the store keeps the setup as JSON), so the core's types carry no TypeScript and a change to the wire is made
//! here.

use chrono::NaiveTime;
use limber_core::schedule::{self as core, DEFAULT_GRACE_MINUTES, DEFAULT_LEAD_MINUTES};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

fn default_lead_minutes() -> u16 {
    DEFAULT_LEAD_MINUTES
}

fn default_grace_minutes() -> u32 {
    DEFAULT_GRACE_MINUTES
}

fn default_snooze_minutes() -> u32 {
    limber_core::settings::DEFAULT_SNOOZE_MINUTES
}

/// A day of the week, as the settings name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DayOfWeek {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

/// When on a scheduled day a routine's reminder falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum TimeRule {
    /// At a fixed local time, for example a morning reminder a little after the usual wake time.
    Fixed { time: NaiveTime },
    /// A number of minutes before bedtime; see the module notes for which day a bedtime after midnight
    /// belongs to.
    Bedtime {
        bedtime: NaiveTime,
        #[serde(default = "default_lead_minutes")]
        lead_minutes: u16,
    },
    /// On the first use of the computer (unlock, wake or input) at or after a local time.
    FirstUseAfter { not_before: NaiveTime },
}

/// One routine's reminder settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Reminder {
    /// The routine the reminder is for.
    pub routine_id: String,
    /// A disabled reminder keeps its settings but never falls due.
    pub enabled: bool,
    /// The scheduled routine days; for a bedtime rule or a time before the day boundary, the evenings.
    pub days: Vec<DayOfWeek>,
    /// When on a scheduled day the reminder falls.
    pub time: TimeRule,
}

/// A local wall-clock window in which no reminder fires. A window whose start is later than its end spans
/// midnight (22:00 to 07:00 covers the night); the start is inside the window and the end is not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

/// Every routine's reminder, and the rules shared by all of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderSettings {
    pub reminders: Vec<Reminder>,
    /// How late a reminder may still be delivered, in minutes; later than that it is recorded as missed.
    #[serde(default = "default_grace_minutes")]
    pub grace_minutes: u32,
    /// An optional nightly window in which nothing fires.
    #[serde(default)]
    pub quiet_hours: Option<QuietHours>,
}

impl From<&core::DayOfWeek> for DayOfWeek {
    fn from(value: &core::DayOfWeek) -> Self {
        match value {
            core::DayOfWeek::Monday => DayOfWeek::Monday,
            core::DayOfWeek::Tuesday => DayOfWeek::Tuesday,
            core::DayOfWeek::Wednesday => DayOfWeek::Wednesday,
            core::DayOfWeek::Thursday => DayOfWeek::Thursday,
            core::DayOfWeek::Friday => DayOfWeek::Friday,
            core::DayOfWeek::Saturday => DayOfWeek::Saturday,
            core::DayOfWeek::Sunday => DayOfWeek::Sunday,
        }
    }
}

impl From<DayOfWeek> for core::DayOfWeek {
    fn from(value: DayOfWeek) -> Self {
        match value {
            DayOfWeek::Monday => core::DayOfWeek::Monday,
            DayOfWeek::Tuesday => core::DayOfWeek::Tuesday,
            DayOfWeek::Wednesday => core::DayOfWeek::Wednesday,
            DayOfWeek::Thursday => core::DayOfWeek::Thursday,
            DayOfWeek::Friday => core::DayOfWeek::Friday,
            DayOfWeek::Saturday => core::DayOfWeek::Saturday,
            DayOfWeek::Sunday => core::DayOfWeek::Sunday,
        }
    }
}

impl From<&core::TimeRule> for TimeRule {
    fn from(value: &core::TimeRule) -> Self {
        match value {
            core::TimeRule::Fixed { time } => TimeRule::Fixed { time: *time },
            core::TimeRule::Bedtime {
                bedtime,
                lead_minutes,
            } => TimeRule::Bedtime {
                bedtime: *bedtime,
                lead_minutes: *lead_minutes,
            },
            core::TimeRule::FirstUseAfter { not_before } => TimeRule::FirstUseAfter {
                not_before: *not_before,
            },
        }
    }
}

impl From<TimeRule> for core::TimeRule {
    fn from(value: TimeRule) -> Self {
        match value {
            TimeRule::Fixed { time } => core::TimeRule::Fixed { time },
            TimeRule::Bedtime {
                bedtime,
                lead_minutes,
            } => core::TimeRule::Bedtime {
                bedtime,
                lead_minutes,
            },
            TimeRule::FirstUseAfter { not_before } => core::TimeRule::FirstUseAfter { not_before },
        }
    }
}

impl From<&core::Reminder> for Reminder {
    fn from(value: &core::Reminder) -> Self {
        Reminder {
            routine_id: value.routine_id.clone(),
            enabled: value.enabled,
            days: value.days.iter().map(DayOfWeek::from).collect(),
            time: TimeRule::from(&value.time),
        }
    }
}

impl From<Reminder> for core::Reminder {
    fn from(value: Reminder) -> Self {
        core::Reminder {
            routine_id: value.routine_id,
            enabled: value.enabled,
            days: value.days.into_iter().map(Into::into).collect(),
            time: value.time.into(),
        }
    }
}

impl From<&core::QuietHours> for QuietHours {
    fn from(value: &core::QuietHours) -> Self {
        QuietHours {
            start: value.start,
            end: value.end,
        }
    }
}

impl From<QuietHours> for core::QuietHours {
    fn from(value: QuietHours) -> Self {
        core::QuietHours {
            start: value.start,
            end: value.end,
        }
    }
}

impl From<&core::ReminderSettings> for ReminderSettings {
    fn from(value: &core::ReminderSettings) -> Self {
        ReminderSettings {
            reminders: value.reminders.iter().map(Reminder::from).collect(),
            grace_minutes: value.grace_minutes,
            quiet_hours: value.quiet_hours.as_ref().map(QuietHours::from),
        }
    }
}

impl From<ReminderSettings> for core::ReminderSettings {
    fn from(value: ReminderSettings) -> Self {
        core::ReminderSettings {
            reminders: value.reminders.into_iter().map(Into::into).collect(),
            grace_minutes: value.grace_minutes,
            quiet_hours: value.quiet_hours.map(Into::into),
        }
    }
}

/// The reminder setup as stored under [`SETTINGS_KEY`]: the core's settings, flattened so that readers of
/// `ReminderSettings` read the same value, plus the snooze length.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderSetup {
    #[serde(flatten)]
    pub schedule: ReminderSettings,
    #[serde(default = "default_snooze_minutes")]
    pub snooze_minutes: u32,
}
