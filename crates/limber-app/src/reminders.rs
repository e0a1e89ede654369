//! The reminder setup a person chooses and what Limber remembers of past reminders, as they are stored: the
//! "reminders" settings key (the core's `ReminderSettings` plus the snooze length) with the rules a setup must
//! follow, and the persisted part of the core's `ReminderLedger` (fired and missed days in the store's
//! `reminder_occurrences` table; snoozes, "pause today" and the last activity under the "reminder-state"
//! key). The scheduler's thread (`limber-resident`) and the commands read and write reminders only through
//! this module. It never reads a clock and never shows anything.

use chrono::{Days, NaiveDate, NaiveTime};
use limber_core::library::Library;
use limber_core::schedule::{
    HandledDay, Outcome, ReminderLedger, ReminderSettings, Snooze, CATCH_UP_LIMIT,
};
use limber_core::settings::{check_reminder_setup, ReminderSetupError};
use limber_store::{ReminderState, SettingKey, Store, StoreError};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::wire::schedule as wire;
use limber_core::settings::DEFAULT_SNOOZE_MINUTES;

/// The key the reminder setup is stored under (this module is its only writer); the store's registry
/// declares it.
pub const SETTINGS_KEY: SettingKey = SettingKey::Reminders;

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

/// The setup as the settings screen reads it.
impl From<&ReminderSetup> for wire::ReminderSetup {
    fn from(value: &ReminderSetup) -> Self {
        wire::ReminderSetup {
            schedule: wire::ReminderSettings::from(&value.schedule),
            snooze_minutes: value.snooze_minutes,
        }
    }
}

/// The setup the settings screen sends back.
impl From<wire::ReminderSetup> for ReminderSetup {
    fn from(value: wire::ReminderSetup) -> Self {
        ReminderSetup {
            schedule: value.schedule.into(),
            snooze_minutes: value.snooze_minutes,
        }
    }
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
    #[error(transparent)]
    Setup(#[from] ReminderSetupError),
    #[error("the reminder scheduler is not running")]
    NotRunning,
}

impl From<ReminderError> for AppError {
    fn from(error: ReminderError) -> Self {
        match error {
            ReminderError::Store(error) => AppError::Store(error),
            ReminderError::Setup(ReminderSetupError::UnknownRoutine(id)) => AppError::NotFound {
                what: "routine",
                id,
            },
            ReminderError::NotRunning => AppError::Internal(error.to_string()),
            other => AppError::InvalidInput(other.to_string()),
        }
    }
}

impl From<ReminderSetupError> for AppError {
    fn from(error: ReminderSetupError) -> Self {
        ReminderError::Setup(error).into()
    }
}

impl ReminderSetup {
    /// Checks a setup a person edited, with the core's rules (`check_reminder_setup`): the schedule's own
    /// rules, a sane snooze and grace, and routines `known` accepts.
    pub fn validate(&self, known: impl Fn(&str) -> bool) -> Result<(), ReminderSetupError> {
        check_reminder_setup(&self.schedule, self.snooze_minutes, known)
    }
}

/// Checks and stores a setup the person edited at `now` in `tz`. Changed reminder days are recorded in the
/// schedule history from today's routine day (a change made after midnight but before the day boundary
/// belongs to the routine day still in progress), so that the days before keep the days they were judged
/// by.
pub fn save_setup(
    store: &Store,
    library: &Library,
    setup: &ReminderSetup,
    now: chrono::DateTime<chrono::Utc>,
    tz: chrono_tz::Tz,
) -> Result<(), AppError> {
    setup.validate(|id| routine_exists(library, store, id))?;
    let today = limber_core::day::today(now, tz, day_boundary(store));
    crate::progress::saving_schedule(store, today, || store.save_setting(setup))?;
    Ok(())
}

/// Reads the stored setup. A missing value means no reminders; an unreadable one is logged and treated the
/// same way, because a broken setting must not stop the app (the settings screen shows what is in force).
pub fn load_setup(store: &Store) -> Result<ReminderSetup, StoreError> {
    store.load_setting()
}

/// The part of the ledger kept under the "reminder-state" key (`SettingKey::ReminderState`; this module is
/// its only writer).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HeldState {
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
    let held: HeldState = store.load_setting()?;
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
    store.save_setting(&held)
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
/// library's planned duration, computed from the doses; the name is in `language` for a built-in routine.
pub fn routine_brief(
    library: &Library,
    store: &Store,
    id: &str,
    language: &str,
) -> Option<RoutineBrief> {
    let brief = |routine: &limber_core::routine::Routine| RoutineBrief {
        name: crate::content::routine_name(language, library, routine),
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
