//! Commands of the progress screen: the dashboard, rest days, the "progress" settings and red-flag dismissals.
//!
//! Thin adapters: the clock is read here once, the use cases are `limber_app::progress` (the dashboard) and
//! `limber_app::progress_settings` (rest days, dismissals, settings), which return the fresh dashboard or settings
//! so the screen never recounts anything. Built-in routines are named in the language in force.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use tauri::{AppHandle, Manager, State};

use limber_app::content;
use limber_app::error::{AppError, CommandResult};
use limber_app::progress::{self, Dashboard, RedFlagOccurrence};
use limber_app::progress_settings::{self, ProgressSettingsInput, ProgressSettingsView};
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
    let language = super::language::in_force(&store);
    let library = library.current();
    let dashboard =
        progress::dashboard(&store.lock(), &library, now, tz).map_err(AppError::from)?;
    Ok(content::dashboard(&language, &library, dashboard))
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
    let language = super::language::in_force(&store);
    let (store, library) = (store.lock(), library.current());
    progress_settings::mark_rest_today(&store, &library, now, tz, &routine_id)?;
    let dashboard = progress::dashboard(&store, &library, now, tz).map_err(AppError::from)?;
    Ok(content::dashboard(&language, &library, dashboard))
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
    let language = super::language::in_force(&store);
    let library = library.current();
    let dashboard =
        progress_settings::unmark_rest_today(&store.lock(), &library, now, tz, routine_id)?;
    Ok(content::dashboard(&language, &library, dashboard))
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
    let language = super::language::in_force(&store);
    let library = library.current();
    let dashboard =
        progress_settings::dismiss_red_flag(&store.lock(), &library, now, tz, occurrence)?;
    Ok(content::dashboard(&language, &library, dashboard))
}

/// The "progress" settings with the routines a goal can be set for.
#[tauri::command]
pub async fn progress_settings(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<ProgressSettingsView> {
    let language = super::language::in_force(&store);
    let library = library.current();
    let view = progress_settings::current_settings(&store.lock(), &library)?;
    Ok(content::progress_settings(&language, &library, view))
}

/// Checks and saves the "progress" settings; bad values change nothing.
#[tauri::command]
pub async fn set_progress_settings(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    settings: ProgressSettingsInput,
) -> CommandResult<ProgressSettingsView> {
    let (now, tz) = now_and_zone(&app);
    let language = super::language::in_force(&store);
    let library = library.current();
    let view = progress_settings::set_settings(&store.lock(), &library, &settings, now, tz)?;
    Ok(content::progress_settings(&language, &library, view))
}
