//! Commands about the routines the library knows, their words in the language in force.

use tauri::State;

use limber_app::error::CommandResult;
use limber_app::routine_view::{detail, summarize, RoutineDetail, RoutineSummary};
use limber_app::state::{LibraryHandle, StoreHandle};

/// Lists every routine the library knows, in the library's order.
#[tauri::command]
pub async fn list_routines(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<Vec<RoutineSummary>> {
    let language = super::language::in_force(&store);
    let library = library.current();
    Ok(library
        .routines()
        .iter()
        .map(|routine| summarize(&library, routine, &language))
        .collect())
}

/// One routine with its exercises.
#[tauri::command]
pub async fn get_routine(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    id: String,
) -> CommandResult<RoutineDetail> {
    let language = super::language::in_force(&store);
    Ok(detail(&library.current(), &id, &language)?)
}
