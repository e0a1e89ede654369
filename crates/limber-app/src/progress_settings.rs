//! The progress screen's use cases beyond the dashboard: marking and unmarking today's rest day, dismissing a
//! red flag, and the "progress" settings (day boundary, weekly goals, rest days per month) as the settings screen
//! edits them.
//!
//! Time is passed in. The checks on what a person typed (`limber_core::settings::check_progress`) and what a
//! streak or a rest day means are the core's.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use limber_core::day::today as routine_today;
use limber_core::library::Library;
use limber_core::streak::{can_mark_rest_day, RestDayError};
use limber_store::{RestDay, Store};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::AppError;
use crate::progress::{
    self, catalog, goal_routines, Dashboard, ProgressSettings, RedFlagOccurrence,
    LATEST_DAY_BOUNDARY, MAX_REST_DAYS_PER_MONTH,
};
use limber_core::settings::{ProgressEdit, ProgressRefusal};

use crate::words::Words;

/// Why the streak settings refused a value, in the catalogue's words.
pub fn refusal_words(reason: &ProgressRefusal) -> Words {
    match reason {
        ProgressRefusal::BoundaryNotATime { got } => {
            Words::new("streak-refused-boundary-time").with("got", got.as_str())
        }
        ProgressRefusal::BoundaryTooLate { latest, got } => {
            Words::new("streak-refused-boundary-late")
                .with("latest", latest.format("%H:%M").to_string())
                .with("got", got.format("%H:%M").to_string())
        }
        ProgressRefusal::RestDays { max, got } => Words::new("streak-refused-rest-days")
            .with("max", u32::from(*max))
            .with("got", *got),
        ProgressRefusal::UnknownRoutine { routine_id } => {
            Words::new("streak-refused-unknown-routine").with("routine", routine_id.as_str())
        }
        ProgressRefusal::WeeklyGoal { min, max, got } => Words::new("streak-refused-goal")
            .with("min", u32::from(*min))
            .with("max", u32::from(*max))
            .with("got", *got),
    }
}

/// A routine a weekly goal can be set for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GoalRoutine {
    pub id: String,
    pub name: String,
}

/// The "progress" settings as the settings screen edits them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProgressSettingsView {
    /// "HH:MM", as a time input shows it.
    pub day_boundary: String,
    pub latest_day_boundary: String,
    /// Days per week by routine id; a routine without a goal is absent.
    pub weekly_goals: BTreeMap<String, u8>,
    pub rest_days_per_month: u8,
    pub max_rest_days_per_month: u8,
    /// The routines a goal can be set for, in the library's order.
    pub routines: Vec<GoalRoutine>,
}

/// What the settings screen sends back. Numbers are wide on purpose, so that a wrong value gets a clear
/// message from the core's `check_progress` instead of failing to deserialise.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProgressSettingsInput {
    pub day_boundary: String,
    pub weekly_goals: BTreeMap<String, i64>,
    pub rest_days_per_month: i64,
}

/// The settings screen's view of the stored settings.
pub fn settings_view(
    store: &Store,
    library: &Library,
    settings: &ProgressSettings,
) -> Result<ProgressSettingsView, AppError> {
    Ok(ProgressSettingsView {
        day_boundary: settings.day_boundary.format("%H:%M").to_string(),
        latest_day_boundary: LATEST_DAY_BOUNDARY.format("%H:%M").to_string(),
        weekly_goals: settings.weekly_goals.clone(),
        rest_days_per_month: settings.rest_days_per_month,
        max_rest_days_per_month: MAX_REST_DAYS_PER_MONTH,
        routines: catalog(library, store)?
            .into_iter()
            .filter(|routine| !routine.deleted)
            .map(|routine| GoalRoutine {
                id: routine.id,
                name: routine.name,
            })
            .collect(),
    })
}

impl ProgressSettingsInput {
    /// The edit as the core's rules read it.
    fn edit(&self) -> ProgressEdit {
        ProgressEdit {
            day_boundary: self.day_boundary.clone(),
            weekly_goals: self.weekly_goals.clone(),
            rest_days_per_month: self.rest_days_per_month,
        }
    }
}

/// Checks and saves edited "progress" settings at `now` in `tz`. A changed weekly goal is recorded in the
/// schedule history from today's routine day, by the day boundary in force before the edit (the day the
/// person made the change in), so that the weeks before keep the goal they were held to.
pub fn save_settings(
    store: &Store,
    library: &Library,
    input: &ProgressSettingsInput,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<ProgressSettings, AppError> {
    let current = ProgressSettings::load(store)?;
    let known = goal_routines(store, library)?;
    let next = current
        .with_edit(&input.edit(), &known)
        .map_err(|refused| AppError::Refused(refusal_words(&refused.reason)))?;
    let today = routine_today(now, tz, current.day_boundary);
    progress::saving_schedule(store, today, || next.save(store))?;
    Ok(next)
}

/// Marks today's rest day after the core's checks: a known routine, not marked twice, within the monthly limit.
/// Rest days are only ever marked for today, so a missed day can never be turned into a rest day afterwards.
pub fn mark_rest_today(
    store: &Store,
    library: &Library,
    now: DateTime<Utc>,
    tz: Tz,
    routine_id: &str,
) -> Result<(), AppError> {
    let settings = ProgressSettings::load(store)?;
    if !catalog(library, store)?
        .iter()
        .any(|routine| routine.id == routine_id && !routine.deleted)
    {
        return Err(AppError::NotFound {
            what: "routine",
            id: routine_id.to_owned(),
        });
    }
    let today = routine_today(now, tz, settings.day_boundary);
    let existing: Vec<_> = store
        .rest_days()?
        .into_iter()
        .filter(|rest| rest.routine_id == routine_id)
        .map(|rest| rest.day)
        .collect();
    can_mark_rest_day(&existing, today, settings.rest_days_per_month).map_err(|error| {
        AppError::Refused(match error {
            RestDayError::AlreadyMarked { .. } => Words::new("rest-day-refused-already"),
            RestDayError::MonthlyLimitReached { limit, .. } => {
                Words::new("rest-day-refused-limit").with("limit", u32::from(limit))
            }
        })
    })?;
    store.add_rest_day(&RestDay {
        routine_id: routine_id.to_owned(),
        day: today,
    })?;
    Ok(())
}

/// Undoes today's rest day for one routine and returns the updated dashboard.
pub fn unmark_rest_today(
    store: &Store,
    library: &Library,
    now: DateTime<Utc>,
    tz: Tz,
    routine_id: String,
) -> Result<Dashboard, AppError> {
    let today = routine_today(now, tz, ProgressSettings::load(store)?.day_boundary);
    store.remove_rest_day(&RestDay {
        routine_id,
        day: today,
    })?;
    Ok(progress::dashboard(store, library, now, tz)?)
}

/// Hides one red-flag occurrence for good and returns the updated dashboard.
pub fn dismiss_red_flag(
    store: &Store,
    library: &Library,
    now: DateTime<Utc>,
    tz: Tz,
    occurrence: RedFlagOccurrence,
) -> Result<Dashboard, AppError> {
    let mut settings = ProgressSettings::load(store)?;
    settings.dismiss(occurrence);
    settings.save(store)?;
    Ok(progress::dashboard(store, library, now, tz)?)
}

/// The settings screen's view of the stored "progress" settings.
pub fn current_settings(
    store: &Store,
    library: &Library,
) -> Result<ProgressSettingsView, AppError> {
    settings_view(store, library, &ProgressSettings::load(store)?)
}

/// Checks and saves edited "progress" settings (bad values change nothing) and returns the saved view.
pub fn set_settings(
    store: &Store,
    library: &Library,
    input: &ProgressSettingsInput,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<ProgressSettingsView, AppError> {
    let saved = save_settings(store, library, input, now, tz)?;
    settings_view(store, library, &saved)
}
