//! Commands of the routine editor (routine files are `routine_files.rs`'s): adapters over `limber_app::custom_routines`, which
//! holds the use cases (the core holds the save rules). The one thing done here is reading the clock for
//! the moment a routine is saved or deleted, and waking the reminder scheduler when a routine goes.

use tauri::{AppHandle, State};

use crate::commands::progress::now_and_zone;
use limber_app::custom_routines::{self as routines, DraftView, ExerciseChoice, RoutineHistory};
use limber_app::error::CommandResult;
use limber_app::state::{LibraryHandle, StoreHandle};
use limber_app::wire::library as wire;

/// Every exercise the editor can add, in library order.
#[tauri::command]
pub async fn editor_exercises(
    library: State<'_, LibraryHandle>,
) -> CommandResult<Vec<ExerciseChoice>> {
    Ok(routines::exercise_choices(&library.current()))
}

/// A new, empty routine.
#[tauri::command]
pub async fn editor_new(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<DraftView> {
    let library = library.current();
    let language = super::language::in_force(&store);
    let draft = routines::new_draft(&library, &store.lock(), &language)?;
    Ok(routines::view(&library, draft))
}

/// A routine of the person's to edit.
#[tauri::command]
pub async fn editor_open(
    library: State<'_, LibraryHandle>,
    id: String,
) -> CommandResult<DraftView> {
    Ok(routines::open(&library.current(), id)?)
}

/// A copy of any routine (built-in or the person's) to edit; nothing is saved yet.
#[tauri::command]
pub async fn editor_duplicate(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    id: String,
) -> CommandResult<DraftView> {
    let library = library.current();
    let language = super::language::in_force(&store);
    let draft = routines::duplicate(&library, &store.lock(), &id, &language)?;
    Ok(routines::view(&library, draft))
}

/// Applies one edit to a draft and checks the result.
#[tauri::command]
pub async fn editor_edit(
    library: State<'_, LibraryHandle>,
    draft: wire::CustomRoutine,
    edit: wire::Edit,
) -> CommandResult<DraftView> {
    Ok(routines::apply_edit(
        &library.current(),
        draft.into(),
        &edit.into(),
    )?)
}

/// Checks a draft: every problem by field path and the planned length.
#[tauri::command]
pub async fn editor_check(
    library: State<'_, LibraryHandle>,
    draft: wire::CustomRoutine,
) -> CommandResult<DraftView> {
    Ok(routines::view(&library.current(), draft.into()))
}

/// The draft with its built-in routine's exercises back (not saved yet).
#[tauri::command]
pub async fn editor_reset(
    library: State<'_, LibraryHandle>,
    draft: wire::CustomRoutine,
) -> CommandResult<DraftView> {
    let library = library.current();
    let reset = routines::reset(&library, &draft.into())?;
    Ok(routines::view(&library, reset))
}

/// Saves a draft as a routine of the person's.
#[tauri::command]
pub async fn custom_routine_save(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    draft: wire::CustomRoutine,
) -> CommandResult<DraftView> {
    let (now, _) = now_and_zone(&app);
    Ok(routines::save_and_view(
        &store.lock(),
        &library,
        &draft.into(),
        now,
    )?)
}

/// Deletes a routine of the person's; its history stays.
#[tauri::command]
pub async fn custom_routine_delete(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    id: String,
) -> CommandResult<()> {
    let (now, _) = now_and_zone(&app);
    routines::delete(&store.lock(), &library, &id, now)?;
    // Its reminder is gone with it.
    crate::scheduler::reload(&app);
    Ok(())
}

/// Which routines are the person's, and how often each was done.
#[tauri::command]
pub async fn routine_history(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<Vec<RoutineHistory>> {
    Ok(routines::histories(&library.current(), &store.lock())?)
}
