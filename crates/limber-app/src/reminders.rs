//! The reminder setup a person chooses and what Limber remembers of past reminders, as they are stored: the
//! "reminders" settings key (the core's `ReminderSettings` plus the snooze length) with the rules a setup must
//! follow, and the persisted part of the core's `ReminderLedger` (fired and missed days in the store's
//! `reminder_occurrences` table; snoozes, "pause today" and the last activity under the "reminder-state"
//! key). The scheduler's thread (`limber-resident`) and the commands read and write reminders only through
//! this module. It never reads a clock and never shows anything.

use chrono::{Days, NaiveDate, NaiveTime};
use limber_core::library::Library;
use limber_core::schedule::{
    HandledDay, Outcome, ReminderLedger, ReminderSettings, ScheduleError, Snooze, CATCH_UP_LIMIT,
};
use limber_store::{ReminderState, Store, StoreError};
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// The settings key of the reminder setup (this module is its only writer).
pub const SETTINGS_KEY: &str = "reminders";

/// The settings key of the snoozes waiting to fire and the paused day (this module is its only writer).
pub const STATE_KEY: &str = "reminder-state";

/// The snooze length when the settings do not name one, in minutes.
pub const DEFAULT_SNOOZE_MINUTES: u32 = 10;

/// The longest snooze the settings accept, in minutes.
pub const MAX_SNOOZE_MINUTES: u32 = 120;

/// The longest grace period the settings accept, in minutes: a reminder later than twelve hours is no
/// longer about the same evening or morning.
pub const MAX_GRACE_MINUTES: u32 = 12 * 60;

/// The reminder setup as stored under [`SETTINGS_KEY`]: the core's settings, flattened so that readers of
/// `ReminderSettings` read the same value, plus the snooze length.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReminderSetup {
    #[serde(flatten)]
    pub schedule: ReminderSettings,
    #[serde(default = "default_snooze_minutes")]
    pub snooze_minutes: u32,
}

fn default_snooze_minutes() -> u32 {
    DEFAULT_SNOOZE_MINUTES
}

impl Default for ReminderSetup {
    fn default() -> Self {
        ReminderSetup {
            schedule: ReminderSettings::default(),
            snooze_minutes: DEFAULT_SNOOZE_MINUTES,
        }
    }
}

/// What can go wrong with reminders.
#[derive(Debug, thiserror::Error)]
pub enum ReminderError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Schedule(#[from] ScheduleError),
    #[error("a snooze must last between 1 and {MAX_SNOOZE_MINUTES} minutes, not {0}")]
    SnoozeLength(u32),
    #[error("reminders may be at most {MAX_GRACE_MINUTES} minutes late, not {0}")]
    GraceTooLong(u32),
    #[error("a reminder names a routine Limber does not know: \"{0}\"")]
    UnknownRoutine(String),
    #[error("the reminder scheduler is not running")]
    NotRunning,
}

impl From<ReminderError> for AppError {
    fn from(error: ReminderError) -> Self {
        match error {
            ReminderError::Store(error) => AppError::Store(error),
            ReminderError::UnknownRoutine(id) => AppError::NotFound {
                what: "routine",
                id,
            },
            ReminderError::NotRunning => AppError::Internal(error.to_string()),
            other => AppError::InvalidInput(other.to_string()),
        }
    }
}

impl ReminderError {
    /// The field of `setup` this error is about, as a path inside the stored "reminders" value (`graceMinutes`,
    /// `reminders[1].routineId`), so a refused import can say where the problem is; `None` when no field is to
    /// blame.
    pub fn field(&self, setup: &ReminderSetup) -> Option<String> {
        // The index of the `nth` reminder (from 0) for a routine.
        let index = |routine_id: &str, nth: usize| {
            setup
                .schedule
                .reminders
                .iter()
                .enumerate()
                .filter(|(_, reminder)| reminder.routine_id == routine_id)
                .nth(nth)
                .map(|(i, _)| i)
        };
        match self {
            ReminderError::SnoozeLength(_) => Some("snoozeMinutes".to_owned()),
            ReminderError::GraceTooLong(_)
            | ReminderError::Schedule(ScheduleError::GraceTooShort(_)) => {
                Some("graceMinutes".to_owned())
            }
            ReminderError::Schedule(ScheduleError::EmptyQuietHours) => {
                Some("quietHours".to_owned())
            }
            ReminderError::UnknownRoutine(id) => {
                index(id, 0).map(|i| format!("reminders[{i}].routineId"))
            }
            // The second reminder for the routine is the one too many.
            ReminderError::Schedule(ScheduleError::DuplicateRoutine(id)) => {
                index(id, 1).map(|i| format!("reminders[{i}].routineId"))
            }
            ReminderError::Schedule(ScheduleError::LeadTooLong { routine_id, .. }) => {
                index(routine_id, 0).map(|i| format!("reminders[{i}].time.leadMinutes"))
            }
            ReminderError::Store(_) | ReminderError::NotRunning => None,
        }
    }
}

impl ReminderSetup {
    /// Checks a setup a person edited: the core's rules, a sane snooze and grace, and known routines.
    pub fn validate(&self, known: impl Fn(&str) -> bool) -> Result<(), ReminderError> {
        self.schedule.validate()?;
        if !(1..=MAX_SNOOZE_MINUTES).contains(&self.snooze_minutes) {
            return Err(ReminderError::SnoozeLength(self.snooze_minutes));
        }
        if self.schedule.grace_minutes > MAX_GRACE_MINUTES {
            return Err(ReminderError::GraceTooLong(self.schedule.grace_minutes));
        }
        if let Some(unknown) = self
            .schedule
            .reminders
            .iter()
            .find(|reminder| !known(&reminder.routine_id))
        {
            return Err(ReminderError::UnknownRoutine(unknown.routine_id.clone()));
        }
        Ok(())
    }
}

/// Reads the stored setup. A missing value means no reminders; an unreadable one is logged and treated the
/// same way, because a broken setting must not stop the app (the settings screen shows what is in force).
pub fn load_setup(store: &Store) -> Result<ReminderSetup, StoreError> {
    Ok(match store.setting(SETTINGS_KEY)? {
        None => ReminderSetup::default(),
        Some(value) => serde_json::from_value(value).unwrap_or_else(|error| {
            log::warn!(
                "the stored reminder settings are unreadable ({error}); no reminders are set"
            );
            ReminderSetup::default()
        }),
    })
}

/// The part of the ledger kept under [`STATE_KEY`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct HeldState {
    #[serde(default)]
    snoozes: Vec<Snooze>,
    #[serde(default)]
    paused_day: Option<NaiveDate>,
    /// The last activity seen, so that activity held by quiet hours still counts after a hand-over.
    #[serde(default)]
    active_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// How many days of fired and missed reminders the ledger keeps in memory: enough for the core never to
/// decide on a day twice (its catch-up window plus a margin for travel across the date line).
pub fn ledger_from(today: NaiveDate) -> NaiveDate {
    let days = u64::try_from(CATCH_UP_LIMIT.num_days()).unwrap_or(7) + 3;
    today.checked_sub_days(Days::new(days)).unwrap_or(today)
}

/// Loads the ledger: the days decided from `today` minus the catch-up window on, the snoozes and the pause.
pub fn load_ledger(store: &Store, today: NaiveDate) -> Result<ReminderLedger, StoreError> {
    let handled = store
        .reminder_occurrences_since(ledger_from(today))?
        .into_iter()
        .map(|record| HandledDay {
            routine_id: record.routine_id,
            day: record.day,
            outcome: match record.state {
                ReminderState::Fired => Outcome::Fired,
                ReminderState::Missed => Outcome::Missed,
            },
        })
        .collect();
    let held: HeldState = match store.setting(STATE_KEY)? {
        None => HeldState::default(),
        Some(value) => serde_json::from_value(value).unwrap_or_else(|error| {
            log::warn!("the stored snoozes are unreadable ({error}); they are dropped");
            HeldState::default()
        }),
    };
    Ok(ReminderLedger {
        handled,
        snoozes: held.snoozes,
        paused_day: held.paused_day,
        active_at: held.active_at,
    })
}

/// Stores the snoozes and the pause of `ledger` (its fired and missed days are stored one by one, as they
/// are decided).
pub fn save_held(store: &Store, ledger: &ReminderLedger) -> Result<(), StoreError> {
    let held = HeldState {
        snoozes: ledger.snoozes.clone(),
        paused_day: ledger.paused_day,
        active_at: ledger.active_at,
    };
    store.set_setting(STATE_KEY, &serde_json::to_value(held)?)
}

/// The day boundary the progress settings name (a 00:40 wind-down counts for the evening before); the
/// scheduler uses it only to say which day "today" is for "pause today" and the status.
pub fn day_boundary(store: &Store) -> NaiveTime {
    crate::progress::day_boundary(store).unwrap_or_else(|error| {
        log::warn!("the day boundary could not be read ({error}); using the default");
        limber_core::day::DEFAULT_DAY_BOUNDARY
    })
}

/// Whether a routine id names a routine of the library or one the user built.
pub fn routine_exists(library: &Library, store: &Store, id: &str) -> bool {
    library.routine(id).is_some()
        || store
            .custom_routines(false)
            .is_ok_and(|routines| routines.iter().any(|routine| routine.id == id))
}

/// A routine as a reminder names it: its name, planned length and time of day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutineBrief {
    pub name: String,
    pub duration_secs: u32,
    pub time_of_day: limber_core::routine::TimeOfDay,
}

/// Looks a routine up in the library, then among the routines the user built. The length is always the
/// library's planned duration, computed from the doses.
pub fn routine_brief(library: &Library, store: &Store, id: &str) -> Option<RoutineBrief> {
    let brief = |routine: &limber_core::routine::Routine| RoutineBrief {
        name: routine.name.clone(),
        duration_secs: library.planned_duration_secs(routine),
        time_of_day: routine.time_of_day,
    };
    if let Some(routine) = library.routine(id) {
        return Some(brief(routine));
    }
    store
        .custom_routines(true)
        .ok()?
        .into_iter()
        .find(|record| record.id == id)
        .and_then(|record| serde_json::from_value(record.routine).ok())
        .map(|routine| brief(&routine))
}
