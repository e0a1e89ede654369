//! Sync through a folder (issue 21): the settings screen's commands. Each runs the app layer's use case
//! and answers with the status the screen shows; a pass that brought data from another computer is read
//! at once, as after an import.

use std::path::PathBuf;

use tauri::{AppHandle, State};

use crate::commands::progress::now_and_zone;
use limber_app::error::CommandResult;
use limber_app::state::{LibraryHandle, StoreHandle};
use limber_app::sync::{self, SyncStatus};

fn after_pass(app: &AppHandle, changed_data: bool) {
    if changed_data {
        crate::window::reload_data(app);
    }
}

/// What the settings screen shows.
#[tauri::command]
pub async fn sync_status(store: State<'_, StoreHandle>) -> CommandResult<SyncStatus> {
    Ok(sync::status(&store.lock())?)
}

/// Chooses the folder (picked in the system's folder dialog) and runs a first pass.
#[tauri::command]
pub async fn sync_choose_folder(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    folder: PathBuf,
) -> CommandResult<SyncStatus> {
    let (now, _) = now_and_zone(&app);
    let done = sync::choose_folder(&store.lock(), &library.current(), &folder, now)?;
    after_pass(&app, done.changed_data);
    Ok(sync::status(&store.lock())?)
}

/// One pass now.
#[tauri::command]
pub async fn sync_now(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<SyncStatus> {
    let (now, _) = now_and_zone(&app);
    let done = sync::pass(&store.lock(), &library.current(), now)?;
    after_pass(&app, done.changed_data);
    Ok(sync::status(&store.lock())?)
}

/// Stops syncing; the files stay in the folder.
#[tauri::command]
pub async fn sync_stop(store: State<'_, StoreHandle>) -> CommandResult<SyncStatus> {
    let store = store.lock();
    sync::stop(&store)?;
    Ok(sync::status(&store)?)
}

/// Removes a computer from the list: its file is not read any more.
#[tauri::command]
pub async fn sync_forget_device(
    store: State<'_, StoreHandle>,
    id: String,
) -> CommandResult<SyncStatus> {
    let store = store.lock();
    sync::forget_device(&store, &id)?;
    Ok(sync::status(&store)?)
}
