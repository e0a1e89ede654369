//! Commands of the progress screen: the dashboard, rest days, the "progress" settings and red-flag dismissals.
//!
//! Each command reads the clock once, lets `limber_app::progress` and the core do the work, and returns the fresh
//! dashboard or settings so the screen never recounts anything. Nothing here decides what a streak or a rest day
//! means; the checks on user input (a day boundary, a goal) live in small pure functions tested below.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use limber_core::day::today as routine_today;
use limber_core::library::Library;
use limber_core::streak::{can_mark_rest_day, RestDayError};
use limber_store::{RestDay, Store};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, State};
use ts_rs::TS;

use limber_app::error::{AppError, CommandResult};
use limber_app::progress::{
    self, catalog, Dashboard, ProgressSettings, RedFlagOccurrence, LATEST_DAY_BOUNDARY,
    MAX_REST_DAYS_PER_MONTH, SETTINGS_KEY,
};
use limber_app::state::{LibraryHandle, StoreHandle};
use limber_resident::clock::{Clock, SharedClock, SystemClock};

/// The current instant and time zone, from the clock the app manages (tests and drivers may replace it),
/// or the system clock when none is managed.
pub(crate) fn now_and_zone(app: &AppHandle) -> (DateTime<Utc>, Tz) {
    match app.try_state::<SharedClock>() {
        Some(clock) => (clock.now_utc(), clock.time_zone()),
        None => {
            let clock = SystemClock::new();
            (clock.now_utc(), clock.time_zone())
        }
    }
}

/// Everything the progress screen shows, computed afresh from the store.
#[tauri::command]
pub async fn progress_dashboard(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<Dashboard> {
    let (now, tz) = now_and_zone(&app);
    Ok(progress::dashboard(&store.lock(), &library.current(), now, tz).map_err(AppError::from)?)
}

/// Marks today as a rest day for one routine and returns the updated dashboard.
#[tauri::command]
pub async fn mark_rest_day(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    routine_id: String,
) -> CommandResult<Dashboard> {
    let (now, tz) = now_and_zone(&app);
    let store = store.lock();
    mark_rest_today(&store, &library.current(), now, tz, &routine_id)?;
    Ok(progress::dashboard(&store, &library.current(), now, tz).map_err(AppError::from)?)
}

/// Undoes today's rest day for one routine and returns the updated dashboard.
#[tauri::command]
pub async fn unmark_rest_day(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    routine_id: String,
) -> CommandResult<Dashboard> {
    let (now, tz) = now_and_zone(&app);
    let store = store.lock();
    let library = library.current();
    let unmark = || -> Result<Dashboard, AppError> {
        let today = routine_today(now, tz, ProgressSettings::load(&store)?.day_boundary);
        store.remove_rest_day(&RestDay {
            routine_id,
            day: today,
        })?;
        Ok(progress::dashboard(&store, &library, now, tz)?)
    };
    Ok(unmark()?)
}

/// Hides one red-flag occurrence for good and returns the updated dashboard.
#[tauri::command]
pub async fn dismiss_red_flag(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    occurrence: RedFlagOccurrence,
) -> CommandResult<Dashboard> {
    let (now, tz) = now_and_zone(&app);
    let store = store.lock();
    let library = library.current();
    let dismiss = || -> Result<Dashboard, AppError> {
        let mut settings = ProgressSettings::load(&store)?;
        settings.dismiss(occurrence);
        store.set_setting(SETTINGS_KEY, &settings.to_value()?)?;
        Ok(progress::dashboard(&store, &library, now, tz)?)
    };
    Ok(dismiss()?)
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
/// message from [`check_settings`] instead of failing to deserialise.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProgressSettingsInput {
    pub day_boundary: String,
    pub weekly_goals: BTreeMap<String, i64>,
    pub rest_days_per_month: i64,
}

/// The settings screen's view of the stored settings.
fn settings_view(
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

/// A value the settings screen (and an import) refuses: the field it is in, as the stored "progress" value names
/// it, and why, as a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refused {
    pub field: String,
    pub sentence: String,
}

impl Refused {
    fn new(field: impl Into<String>, sentence: String) -> Self {
        Self {
            field: field.into(),
            sentence,
        }
    }
}

impl ProgressSettingsInput {
    /// The input that stands for stored settings, so stored or imported settings pass the same checks as an
    /// edit.
    pub(crate) fn of(settings: &ProgressSettings) -> Self {
        Self {
            day_boundary: settings.day_boundary.format("%H:%M").to_string(),
            weekly_goals: settings
                .weekly_goals
                .iter()
                .map(|(id, days)| (id.clone(), i64::from(*days)))
                .collect(),
            rest_days_per_month: i64::from(settings.rest_days_per_month),
        }
    }
}

/// Checks edited settings and applies them to `current`, keeping what the screen does not edit (dismissals).
/// Returns the first problem as a sentence that names the field.
pub(crate) fn check_settings(
    input: &ProgressSettingsInput,
    known_routines: &[String],
    current: &ProgressSettings,
) -> Result<ProgressSettings, Refused> {
    let boundary = NaiveTime::parse_from_str(input.day_boundary.trim(), "%H:%M").map_err(|_| {
        Refused::new(
            "dayBoundary",
            format!(
                "The day boundary must be a time such as 04:00 (got \"{}\").",
                input.day_boundary
            ),
        )
    })?;
    if boundary > LATEST_DAY_BOUNDARY {
        return Err(Refused::new(
            "dayBoundary",
            format!(
                "The day boundary must be between 00:00 and {} (got {}).",
                LATEST_DAY_BOUNDARY.format("%H:%M"),
                boundary.format("%H:%M")
            ),
        ));
    }
    let rest = u8::try_from(input.rest_days_per_month)
        .ok()
        .filter(|rest| *rest <= MAX_REST_DAYS_PER_MONTH)
        .ok_or_else(|| {
            Refused::new(
                "restDaysPerMonth",
                format!(
                    "Rest days per month must be 0–{MAX_REST_DAYS_PER_MONTH} (got {}).",
                    input.rest_days_per_month
                ),
            )
        })?;
    let mut goals = BTreeMap::new();
    for (routine_id, &days) in &input.weekly_goals {
        let field = || format!("weeklyGoals.{routine_id}");
        if !known_routines.contains(routine_id) {
            return Err(Refused::new(
                field(),
                format!("No routine called \"{routine_id}\" can have a goal."),
            ));
        }
        let days = u8::try_from(days)
            .ok()
            .filter(|days| (1..=7).contains(days))
            .ok_or_else(|| {
                Refused::new(
                    field(),
                    format!("A weekly goal must be 1–7 days (got {days})."),
                )
            })?;
        goals.insert(routine_id.clone(), days);
    }
    Ok(ProgressSettings {
        day_boundary: boundary,
        weekly_goals: goals,
        rest_days_per_month: rest,
        dismissed_red_flags: current.dismissed_red_flags.clone(),
    })
}

/// The routines a weekly goal can be set for: every routine of the library and every custom routine not deleted.
pub(crate) fn goal_routines(store: &Store, library: &Library) -> Result<Vec<String>, AppError> {
    Ok(catalog(library, store)?
        .into_iter()
        .filter(|routine| !routine.deleted)
        .map(|routine| routine.id)
        .collect())
}

/// The "progress" settings with the routines a goal can be set for.
#[tauri::command]
pub async fn progress_settings(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<ProgressSettingsView> {
    let store = store.lock();
    let settings = ProgressSettings::load(&store).map_err(AppError::from)?;
    Ok(settings_view(&store, &library.current(), &settings)?)
}

/// Checks and saves the "progress" settings; bad values change nothing.
#[tauri::command]
pub async fn set_progress_settings(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    settings: ProgressSettingsInput,
) -> CommandResult<ProgressSettingsView> {
    let store = store.lock();
    let saved = save_settings(&store, &library.current(), &settings)?;
    Ok(settings_view(&store, &library.current(), &saved)?)
}

pub(crate) fn save_settings(
    store: &Store,
    library: &Library,
    input: &ProgressSettingsInput,
) -> Result<ProgressSettings, AppError> {
    let current = ProgressSettings::load(store)?;
    let known = goal_routines(store, library)?;
    let next = check_settings(input, &known, &current)
        .map_err(|refused| AppError::InvalidInput(refused.sentence))?;
    store.set_setting(SETTINGS_KEY, &next.to_value()?)?;
    Ok(next)
}

/// Marks today's rest day after the core's checks: a known routine, not marked twice, within the monthly limit.
/// Rest days are only ever marked for today, so a missed day can never be turned into a rest day afterwards.
pub(crate) fn mark_rest_today(
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
        AppError::InvalidInput(match error {
            RestDayError::AlreadyMarked { .. } => "Today is already a rest day.".to_owned(),
            RestDayError::MonthlyLimitReached { limit, .. } => format!(
                "You have used this month's {limit} rest day{} for this routine.",
                if limit == 1 { "" } else { "s" }
            ),
        })
    })?;
    store.add_rest_day(&RestDay {
        routine_id: routine_id.to_owned(),
        day: today,
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn input(boundary: &str, goals: &[(&str, i64)], rest: i64) -> ProgressSettingsInput {
        ProgressSettingsInput {
            day_boundary: boundary.to_owned(),
            weekly_goals: goals.iter().map(|(id, n)| ((*id).to_owned(), *n)).collect(),
            rest_days_per_month: rest,
        }
    }

    /// What an accepted edit saves: the boundary as "HH:MM", the goals and the rest days per month.
    type Saved<'a> = (&'a str, &'a [(&'a str, u8)], u8);

    /// Checks one edit: `Ok` with what is saved, or the field and the message.
    fn check(edit: ProgressSettingsInput, expected: Result<Saved<'_>, (&str, &str)>) {
        let known = vec![
            "morning-mobility".to_owned(),
            "bedtime-wind-down".to_owned(),
        ];
        let mut current = ProgressSettings::default();
        current.dismiss(RedFlagOccurrence {
            rule: progress::RedFlagRule::RisingPain,
            from: NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
        });
        let got = check_settings(&edit, &known, &current);
        match expected {
            Ok((boundary, goals, rest)) => {
                let got = got.unwrap_or_else(|e| panic!("{edit:?} was refused: {e:?}"));
                assert_eq!(got.day_boundary.format("%H:%M").to_string(), boundary);
                let goals: BTreeMap<String, u8> =
                    goals.iter().map(|(id, n)| ((*id).to_owned(), *n)).collect();
                assert_eq!(got.weekly_goals, goals);
                assert_eq!(got.rest_days_per_month, rest);
                assert_eq!(
                    got.dismissed_red_flags, current.dismissed_red_flags,
                    "dismissals are kept"
                );
            }
            Err((field, message)) => {
                let refused = got.unwrap_err();
                assert_eq!(
                    (refused.field.as_str(), refused.sentence.as_str()),
                    (field, message),
                    "{edit:?}"
                );
            }
        }
    }

    #[test]
    fn settings_edits_table() {
        check(input("04:00", &[], 2), Ok(("04:00", &[], 2)));
        check(input(" 00:00 ", &[], 0), Ok(("00:00", &[], 0)));
        check(input("06:00", &[], 8), Ok(("06:00", &[], 8)));
        check(
            input(
                "03:30",
                &[("bedtime-wind-down", 5), ("morning-mobility", 7)],
                3,
            ),
            Ok((
                "03:30",
                &[("bedtime-wind-down", 5), ("morning-mobility", 7)],
                3,
            )),
        );
        check(
            input("06:01", &[], 2),
            Err((
                "dayBoundary",
                "The day boundary must be between 00:00 and 06:00 (got 06:01).",
            )),
        );
        check(
            input("4 am", &[], 2),
            Err((
                "dayBoundary",
                "The day boundary must be a time such as 04:00 (got \"4 am\").",
            )),
        );
        check(
            input("04:00", &[], 9),
            Err((
                "restDaysPerMonth",
                "Rest days per month must be 0–8 (got 9).",
            )),
        );
        check(
            input("04:00", &[], -1),
            Err((
                "restDaysPerMonth",
                "Rest days per month must be 0–8 (got -1).",
            )),
        );
        check(
            input("04:00", &[("bedtime-wind-down", 0)], 2),
            Err((
                "weeklyGoals.bedtime-wind-down",
                "A weekly goal must be 1–7 days (got 0).",
            )),
        );
        check(
            input("04:00", &[("bedtime-wind-down", 8)], 2),
            Err((
                "weeklyGoals.bedtime-wind-down",
                "A weekly goal must be 1–7 days (got 8).",
            )),
        );
        check(
            input("04:00", &[("moonwalk", 3)], 2),
            Err((
                "weeklyGoals.moonwalk",
                "No routine called \"moonwalk\" can have a goal.",
            )),
        );
    }
}
