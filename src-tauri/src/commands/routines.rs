//! Commands about the routines the library knows.

use tauri::State;

use limber_app::error::CommandResult;
use limber_app::routine_view::{detail, summarize, RoutineDetail, RoutineSummary};
use limber_app::state::LibraryHandle;

/// Lists every routine the library knows, in the library's order.
#[tauri::command]
pub async fn list_routines(
    library: State<'_, LibraryHandle>,
) -> CommandResult<Vec<RoutineSummary>> {
    let library = library.current();
    Ok(library
        .routines()
        .iter()
        .map(|routine| summarize(&library, routine))
        .collect())
}

/// One routine with its exercises.
#[tauri::command]
pub async fn get_routine(
    library: State<'_, LibraryHandle>,
    id: String,
) -> CommandResult<RoutineDetail> {
    Ok(detail(&library.current(), &id)?)
}
