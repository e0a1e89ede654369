//! Commands about reminders, start at login and navigation requests from Rust.
//!
//! Each command is thin: settings go through the scheduler's `save_setup` (which validates and wakes the
//! scheduler), pauses and snoozes go to the scheduler's thread as messages, and what the settings screen
//! shows ("next reminder ...") comes from `status::report_from_store`. The UI never computes a reminder time.

use chrono::{NaiveDate, NaiveTime};
use limber_core::routine::TimeOfDay;
use limber_core::schedule::{DayOfWeek, Reminder, TimeRule};
use serde::Serialize;
use tauri::{AppHandle, State};
use tauri_plugin_autostart::ManagerExt;
use ts_rs::TS;

use crate::scheduler;
use crate::window::NavigateRequest;
use limber_app::error::{AppError, CommandResult};
use limber_app::reminders::ReminderSetup;
use limber_app::state::{LibraryHandle, StoreHandle};
use limber_app::status::{self, ReminderStatus};
use limber_resident::clock::Clock;
use limber_resident::scheduler::{Message, Scheduler};

/// A routine a reminder can be set for, with the reminder the settings screen shows for it: the stored one,
/// or a suggestion (off) when none is stored yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderChoice {
    pub routine_id: String,
    pub name: String,
    pub time_of_day: TimeOfDay,
    pub duration_secs: u32,
    pub reminder: Reminder,
    /// Whether `reminder` is stored (false: a suggestion).
    pub stored: bool,
}

/// Everything the reminder settings screen needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderOverview {
    pub setup: ReminderSetup,
    pub choices: Vec<ReminderChoice>,
    pub status: ReminderStatus,
    /// Where one routine day ends and the next begins: a set time before it belongs to the night before,
    /// which the form says in words as the person types.
    pub day_boundary: NaiveTime,
}

/// The reminder suggested for a routine that has none yet: off, every day, at a time that suits its time
/// of day.
pub fn suggested_reminder(routine_id: &str, time_of_day: TimeOfDay) -> Reminder {
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN);
    let time = match time_of_day {
        TimeOfDay::Bedtime => TimeRule::bedtime(at(22, 30)),
        TimeOfDay::Morning => TimeRule::FirstUseAfter {
            not_before: at(6, 30),
        },
        TimeOfDay::Anytime => TimeRule::Fixed { time: at(12, 30) },
    };
    Reminder {
        routine_id: routine_id.to_owned(),
        enabled: false,
        days: DayOfWeek::ALL.to_vec(),
        time,
    }
}

fn overview(library: &LibraryHandle, store: &StoreHandle) -> Result<ReminderOverview, AppError> {
    let library = library.current();
    let clock = limber_resident::clock::SystemClock::new();
    let store = store.lock();
    let setup = limber_app::reminders::load_setup(&store)?;
    let choices = limber_app::progress::catalog(&library, &store)?
        .into_iter()
        .filter(|routine| !routine.deleted)
        .map(|routine| {
            let stored = setup.schedule.reminder(&routine.id).cloned();
            let duration_secs = limber_app::reminders::routine_brief(&library, &store, &routine.id)
                .map_or(0, |brief| brief.duration_secs);
            ReminderChoice {
                reminder: stored
                    .clone()
                    .unwrap_or_else(|| suggested_reminder(&routine.id, routine.time_of_day)),
                stored: stored.is_some(),
                routine_id: routine.id,
                name: routine.name,
                time_of_day: routine.time_of_day,
                duration_secs,
            }
        })
        .collect();
    let status = status::report_from_store(&store, &library, clock.now_utc(), clock.time_zone())?;
    Ok(ReminderOverview {
        setup,
        choices,
        status,
        day_boundary: limber_app::progress::day_boundary(&store)?,
    })
}

/// The reminder settings, one choice per routine, and where reminders stand.
#[tauri::command]
pub async fn reminder_overview(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<ReminderOverview> {
    Ok(overview(&library, &store)?)
}

/// Stores the reminder settings (validated) and wakes the scheduler; returns the new overview.
#[tauri::command]
pub async fn reminder_settings_set(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    setup: ReminderSetup,
) -> CommandResult<ReminderOverview> {
    scheduler::save_setup(&app, &setup)?;
    Ok(overview(&library, &store)?)
}

/// Pauses (or resumes) every reminder of today; returns the new overview once the scheduler stored it.
#[tauri::command]
pub async fn reminders_pause_today(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    scheduler: State<'_, Scheduler>,
    paused: bool,
) -> CommandResult<ReminderOverview> {
    let scheduler = scheduler.inner().clone();
    tauri::async_runtime::spawn_blocking(move || scheduler.pause_today(paused))
        .await
        .map_err(|error| AppError::Internal(error.to_string()))?
        .map_err(AppError::from)?;
    Ok(overview(&library, &store)?)
}

/// Snoozes a reminder shown in the window's banner.
#[tauri::command]
pub async fn reminder_snooze(
    scheduler: State<'_, Scheduler>,
    routine_id: String,
    day: NaiveDate,
) -> CommandResult<()> {
    scheduler.send(Message::Snooze { routine_id, day });
    Ok(())
}

/// Whether Limber starts when the person logs in.
#[tauri::command]
pub async fn autostart_get(app: AppHandle) -> CommandResult<bool> {
    app.autolaunch().is_enabled().map_err(|error| {
        AppError::Internal(format!("start at login could not be read: {error}")).into()
    })
}

/// Turns start at login on or off; returns the state now in force.
#[tauri::command]
pub async fn autostart_set(app: AppHandle, enabled: bool) -> CommandResult<bool> {
    let autolaunch = app.autolaunch();
    let changed = if enabled {
        autolaunch.enable()
    } else {
        autolaunch.disable()
    };
    changed.map_err(|error| {
        AppError::Internal(format!("start at login could not be changed: {error}"))
    })?;
    autolaunch.is_enabled().map_err(|error| {
        AppError::Internal(format!("start at login could not be read: {error}")).into()
    })
}

/// Closes the window the way the window manager's close button does: the webview is destroyed and Limber
/// keeps running in the tray (for a Ctrl+W shortcut, and for tests, since Xvfb has no window manager).
#[tauri::command]
pub async fn window_close(app: AppHandle) -> CommandResult<()> {
    crate::window::close_main(&app);
    Ok(())
}

/// The screen Rust asked for while the window was loading, taken once.
#[tauri::command]
pub async fn navigation_take(app: AppHandle) -> CommandResult<Option<NavigateRequest>> {
    Ok(crate::window::take_navigation(&app))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_are_off_every_day_and_suit_the_time_of_day() {
        fn check(time_of_day: TimeOfDay, expected: &str) {
            let reminder = suggested_reminder("r", time_of_day);
            assert!(!reminder.enabled);
            assert_eq!(reminder.days, DayOfWeek::ALL.to_vec());
            assert_eq!(status::rule_text(&reminder), expected, "{time_of_day:?}");
        }
        check(TimeOfDay::Bedtime, "30 min before bedtime at 22:30");
        check(TimeOfDay::Morning, "first use after 06:30");
        check(TimeOfDay::Anytime, "at 12:30");
    }
}
