//! Commands about reminders, start at login and navigation requests from Rust.
//!
//! Each command is thin: settings go through the scheduler's `save_setup` (which validates and wakes the
//! scheduler), pauses and snoozes go to the scheduler's thread as messages, and what the settings screen
//! shows comes from `limber_app::schedule::overview`.

use chrono::NaiveDate;
use tauri::{AppHandle, State};
use tauri_plugin_autostart::ManagerExt;

use crate::commands::progress::now_and_zone;
use crate::scheduler;
use crate::window::NavigateRequest;
use limber_app::error::{AppError, CommandResult};
use limber_app::schedule::{overview, ReminderOverview};
use limber_app::state::{LibraryHandle, StoreHandle};
use limber_app::wire::schedule::ReminderSetup;
use limber_resident::scheduler::{Message, Scheduler};

/// The reminder settings, one choice per routine, and where reminders stand.
#[tauri::command]
pub async fn reminder_overview(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<ReminderOverview> {
    let (now, tz) = now_and_zone(&app);
    let system = limber_resident::locale::system();
    Ok(overview(&library, &store, now, tz, &system)?)
}

/// Stores the reminder settings (validated) and wakes the scheduler; returns the new overview.
#[tauri::command]
pub async fn reminder_settings_set(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    setup: ReminderSetup,
) -> CommandResult<ReminderOverview> {
    scheduler::save_setup(&app, &setup.into())?;
    let (now, tz) = now_and_zone(&app);
    let system = limber_resident::locale::system();
    Ok(overview(&library, &store, now, tz, &system)?)
}

/// Pauses (or resumes) every reminder of today; returns the new overview once the scheduler stored it.
#[tauri::command]
pub async fn reminders_pause_today(
    app: AppHandle,
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
    let (now, tz) = now_and_zone(&app);
    let system = limber_resident::locale::system();
    Ok(overview(&library, &store, now, tz, &system)?)
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
