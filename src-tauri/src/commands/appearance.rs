//! Commands of the look: the appearance a person chose and the look in force now, with the time until it may
//! change (the UI sets one timer for it and asks again). Thin adapters over `limber_app::appearance`; the
//! clock is read here once.

use tauri::{AppHandle, State};

use limber_app::appearance::{self, LookView};
use limber_app::error::{AppError, CommandResult};
use limber_app::settings::Appearance;
use limber_app::state::{LibraryHandle, StoreHandle};

use super::progress::now_and_zone;

/// The chosen appearance and the look in force now.
#[tauri::command]
pub async fn look_now(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<LookView> {
    let (now, tz) = now_and_zone(&app);
    Ok(appearance::look_now(&store.lock(), &library.current(), now, tz).map_err(AppError::from)?)
}

/// Stores a new appearance and returns the look it gives now.
#[tauri::command]
pub async fn appearance_set(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    appearance: Appearance,
) -> CommandResult<LookView> {
    let (now, tz) = now_and_zone(&app);
    Ok(
        appearance::set_appearance(&store.lock(), &library.current(), appearance, now, tz)
            .map_err(AppError::from)?,
    )
}
