//! Commands of routine files (`.limber-routine.json`): the name the save dialog suggests, export and import.
//! Adapters over `limber_app::custom_routines`; the clock is read here for the moment an import is saved.

use std::path::PathBuf;

use limber_core::library::routine_file;
use tauri::{AppHandle, State};

use crate::commands::progress::now_and_zone;
use limber_app::custom_routines::{self as routines, RoutineExported, RoutineImport};
use limber_app::error::CommandResult;
use limber_app::state::{LibraryHandle, StoreHandle};

/// The file name the save dialog suggests for a routine.
#[tauri::command]
pub async fn routine_file_name(id: String) -> CommandResult<String> {
    Ok(routine_file::file_name(&id))
}

/// The path that replaces the file dialogs in end-to-end tests (debug builds only), else nothing.
#[tauri::command]
pub async fn dialog_test_path() -> CommandResult<Option<String>> {
    Ok(routines::dialog_override())
}

/// Writes a routine to a `.limber-routine.json` file at `path` (chosen in the save dialog).
#[tauri::command]
pub async fn routine_export(
    library: State<'_, LibraryHandle>,
    id: String,
    path: PathBuf,
) -> CommandResult<RoutineExported> {
    Ok(routines::export(&library.current(), &id, &path)?)
}

/// Imports a `.limber-routine.json` file from `path` (chosen in the open dialog).
#[tauri::command]
pub async fn routine_import(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    path: PathBuf,
) -> CommandResult<RoutineImport> {
    let (now, _) = now_and_zone(&app);
    Ok(routines::import(&store.lock(), &library, &path, now)?)
}
