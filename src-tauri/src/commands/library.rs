//! Commands about single exercises, for the exercise library browser and the cautions the player shows.
//!
//! Each exercise crosses IPC whole (steps, breathing, cautions), with the routines that use it and the
//! length of its default dose as the core computes it. This module never changes the library and never
//! times anything itself. Their words are in the language in force.

use tauri::State;

use limber_app::error::CommandResult;
use limber_app::library_view::{cards, find, ExerciseCard};
use limber_app::state::{LibraryHandle, StoreHandle};

/// Every exercise the library knows, in the library's order.
#[tauri::command]
pub async fn list_exercises(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<Vec<ExerciseCard>> {
    let language = super::language::in_force(&store);
    Ok(cards(&library.current(), &language))
}

/// One exercise.
#[tauri::command]
pub async fn get_exercise(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    id: String,
) -> CommandResult<ExerciseCard> {
    let language = super::language::in_force(&store);
    Ok(find(&library.current(), &id, &language)?)
}
