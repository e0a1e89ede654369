//! Commands of the routine editor and of routine files: open a draft, apply an edit, check it, save,
//! delete, reset a duplicate to its built-in routine, export and import `.limber-routine.json` files.
//!
//! The core does the work: edits, validation, the planned length, the file format and where an
//! import goes; the store keeps each routine as the routine file's JSON, with a deleted flag so the
//! history of a deleted routine survives. This module reads and writes the files the user picked and
//! puts a new library in the `LibraryHandle` after every change, so the home screen, the player and
//! the reminders see user routines exactly like built-in ones. It never changes a built-in routine
//! and never stores a routine the core has not validated.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use limber_core::exercise::Sides;
use limber_core::library::{has_hold, has_pace, routine_file, Library, Problem};
use limber_core::routine::edit::{self, Edit};
use limber_core::routine::{CustomRoutine, Routine, RoutineItem, TimeOfDay, DEFAULT_REST_SECS};
use limber_store::Store;
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use crate::commands::progress::now_and_zone;
use limber_app::error::{AppError, CommandResult};
use limber_app::state::{LibraryHandle, StoreHandle};
use limber_app::wire::library as wire;

/// The environment variable that, in debug builds only, stands in for the save and open dialogs so
/// end-to-end tests (which cannot drive native dialogs) can export and import.
pub const DIALOG_PATH_VAR: &str = "LIMBER_E2E_DIALOG_PATH";

/// What the editor's exercise picker shows of one exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExerciseChoice {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub area: wire::BodyArea,
    pub position: wire::Position,
    pub kind: wire::ExerciseKind,
    /// How long the exercise takes with its default dose, in seconds.
    pub default_secs: u32,
}

/// What the editor shows of one item: its exercise and the defaults an override replaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftItem {
    /// The exercise's name, or its id when the library does not know it.
    pub exercise_name: String,
    pub known: bool,
    /// Whether the exercise has a hold whose length the item may change.
    pub has_hold: bool,
    /// Whether the exercise has timed movement phases whose pace the item may change.
    pub has_pace: bool,
    /// Whether the exercise is done on each side (so the item may choose each side or alternating).
    pub sided: bool,
    pub default_hold_secs: Option<u32>,
    pub default_reps: u32,
    pub default_rounds: u32,
    /// The seconds of the exercise's first timed movement phase, shown as the pace's default.
    pub default_pace_secs: Option<u32>,
    pub default_sides: wire::Sides,
    pub default_rest_secs: u32,
}

/// A routine being edited, as the editor screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftView {
    pub draft: wire::CustomRoutine,
    pub check: wire::DraftCheck,
    pub items: Vec<DraftItem>,
    /// True until the routine is saved for the first time.
    pub is_new: bool,
    /// The name of the built-in routine this one was copied from, for "Reset to …".
    pub based_on_name: Option<String>,
}

/// Whether a routine is the user's, and what was done with it: the line under its card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoutineHistory {
    pub id: String,
    /// A routine the user made (editable and deletable); false for built-in routines.
    pub custom: bool,
    pub based_on: Option<String>,
    /// Sessions started, whatever their end.
    pub sessions: u32,
    /// Sessions that count as done.
    pub completed: u32,
    /// The routine day of the latest session that counts as done.
    pub last_done: Option<NaiveDate>,
}

/// A routine file written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoutineExported {
    pub path: String,
    pub message: String,
}

/// What happened to an imported routine file: the routine added, or every problem found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoutineImport {
    /// The id the routine was saved under; absent when the file was refused.
    pub id: Option<String>,
    /// One sentence that says what happened.
    pub message: String,
    /// Every problem with the file, each with its field path; nothing was saved when there are any.
    pub problems: Vec<wire::Problem>,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn items_of(library: &Library, routine: &Routine) -> Vec<DraftItem> {
    routine
        .items
        .iter()
        .map(|item| match library.exercise(&item.exercise) {
            Some(exercise) => DraftItem {
                exercise_name: exercise.name.clone(),
                known: true,
                has_hold: has_hold(exercise),
                has_pace: has_pace(exercise),
                sided: exercise.dose.sides != Sides::None,
                default_hold_secs: exercise.dose.hold_secs,
                default_reps: exercise.dose.reps(),
                default_rounds: exercise.dose.rounds,
                default_pace_secs: exercise.dose.pace.iter().find_map(|phase| phase.secs),
                default_sides: wire::Sides::from(&exercise.dose.sides),
                default_rest_secs: DEFAULT_REST_SECS,
            },
            None => DraftItem {
                exercise_name: item.exercise.clone(),
                known: false,
                has_hold: false,
                has_pace: false,
                sided: false,
                default_hold_secs: None,
                default_reps: 1,
                default_rounds: 1,
                default_pace_secs: None,
                default_sides: wire::Sides::None,
                default_rest_secs: DEFAULT_REST_SECS,
            },
        })
        .collect()
}

/// The editor's view of a draft: its problems, length and items, all from the core.
pub(crate) fn view(library: &Library, draft: CustomRoutine) -> DraftView {
    let check = library.check_draft(&draft.routine);
    let items = items_of(library, &draft.routine);
    let based_on_name = draft
        .based_on
        .as_deref()
        .and_then(|id| library.builtin_routine(id))
        .map(|r| r.name.clone());
    DraftView {
        is_new: !library.is_custom(&draft.routine.id),
        draft: wire::CustomRoutine::from(&draft),
        check: wire::DraftCheck::from(&check),
        items,
        based_on_name,
    }
}

/// Every id a new routine must not take: built-in and user routines, deleted ones included (their
/// history still names them).
fn taken_ids(library: &Library, store: &Store) -> Result<BTreeSet<String>, AppError> {
    let mut taken: BTreeSet<String> = library.routines().iter().map(|r| r.id.clone()).collect();
    taken.extend(store.custom_routines(true)?.into_iter().map(|r| r.id));
    Ok(taken)
}

pub use limber_app::routines::{load_at_start, reload};

fn stored_form(custom: &CustomRoutine) -> Result<serde_json::Value, AppError> {
    serde_json::from_str(&routine_file::to_text(custom))
        .map_err(|e| AppError::Internal(format!("a routine could not be stored: {e}")))
}

fn refuse_problems(what: &str, problems: &[Problem]) -> AppError {
    let lines: Vec<String> = problems
        .iter()
        .map(|p| match &p.field {
            Some(field) => format!("{field}: {}", p.message),
            None => p.message.clone(),
        })
        .collect();
    AppError::InvalidInput(format!("{what}: {}.", lines.join("; ")))
}

/// A new, empty routine with an id no routine has had.
pub(crate) fn new_draft(library: &Library, store: &Store) -> Result<CustomRoutine, AppError> {
    let id = edit::fresh_id("My routine", &taken_ids(library, store)?);
    Ok(CustomRoutine {
        routine: Routine {
            id,
            name: "My routine".to_owned(),
            description: "A routine I put together.".to_owned(),
            time_of_day: TimeOfDay::Anytime,
            items: Vec::new(),
        },
        based_on: None,
    })
}

/// A copy of any routine under a new id. A copy of a built-in remembers it for "reset to default";
/// a copy of a user routine remembers what that one came from.
pub(crate) fn duplicate(
    library: &Library,
    store: &Store,
    id: &str,
) -> Result<CustomRoutine, AppError> {
    let source = library.routine(id).ok_or_else(|| AppError::NotFound {
        what: "routine",
        id: id.to_owned(),
    })?;
    let based_on = if library.is_custom(id) {
        library
            .custom_routines()
            .into_iter()
            .find(|c| c.routine.id == id)
            .and_then(|c| c.based_on)
    } else {
        Some(id.to_owned())
    };
    let name = if library.is_custom(id) {
        format!("{} (copy)", source.name)
    } else {
        format!("My {}", lowercase_first(&source.name))
    };
    let name: String = name
        .chars()
        .take(limber_core::library::NAME_MAX_CHARS)
        .collect();
    let new_id = edit::fresh_id(&name, &taken_ids(library, store)?);
    Ok(CustomRoutine {
        routine: Routine {
            id: new_id,
            name,
            ..source.clone()
        },
        based_on,
    })
}

fn lowercase_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        // "2-minute reset" and "Bedtime wind-down" both read well after "My ".
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The draft with the items, description and time of day of the built-in routine it was copied from;
/// its id and name stay, so its history and the user's name for it are kept.
pub(crate) fn reset(library: &Library, draft: &CustomRoutine) -> Result<CustomRoutine, AppError> {
    let original = draft
        .based_on
        .as_deref()
        .and_then(|id| library.builtin_routine(id))
        .ok_or_else(|| {
            AppError::InvalidInput(
                "This routine was not copied from a built-in routine.".to_owned(),
            )
        })?;
    Ok(CustomRoutine {
        routine: Routine {
            id: draft.routine.id.clone(),
            name: draft.routine.name.clone(),
            ..original.clone()
        },
        based_on: draft.based_on.clone(),
    })
}

/// Validates and saves a draft, then puts the new library in place. Returns the saved routine, whose
/// id differs from the draft's only when a new draft's id was taken meanwhile.
pub(crate) fn save(
    store: &Store,
    handle: &LibraryHandle,
    draft: &CustomRoutine,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<CustomRoutine, AppError> {
    save_as(store, handle, draft, now, false)
}

/// [`save`], where `restore` lets a draft take the id of a deleted routine: an import of that
/// routine's own file brings it back with its history.
fn save_as(
    store: &Store,
    handle: &LibraryHandle,
    draft: &CustomRoutine,
    now: chrono::DateTime<chrono::Utc>,
    restore: bool,
) -> Result<CustomRoutine, AppError> {
    let library = handle.current();
    let mut routine = edit::tidy(&draft.routine);
    if library.builtin_routine(&routine.id).is_some() {
        return Err(AppError::InvalidInput(
            "Built-in routines cannot be changed; duplicate it to make your own.".to_owned(),
        ));
    }
    if !library.is_custom(&routine.id) && !restore {
        // A new routine never takes the id of a deleted one, or it would inherit its history.
        let taken = taken_ids(&library, store)?;
        if taken.contains(&routine.id) {
            routine.id = edit::fresh_id(&routine.name, &taken);
        }
    }
    let problems = library.validate_routine(&routine);
    if !problems.is_empty() {
        return Err(refuse_problems("The routine was not saved", &problems));
    }
    let saved = CustomRoutine {
        routine,
        based_on: draft.based_on.clone(),
    };
    store.save_custom_routine(&saved.routine.id, &stored_form(&saved)?, now)?;
    reload(store, handle)?;
    Ok(saved)
}

/// Deletes a user routine; its sessions stay in the store and in the history.
pub(crate) fn delete(
    store: &Store,
    handle: &LibraryHandle,
    id: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), AppError> {
    let library = handle.current();
    if library.builtin_routine(id).is_some() {
        return Err(AppError::InvalidInput(
            "Built-in routines cannot be deleted.".to_owned(),
        ));
    }
    if !store.delete_custom_routine(id, now)? {
        return Err(AppError::NotFound {
            what: "routine",
            id: id.to_owned(),
        });
    }
    limber_app::routines::forget_settings_of(store, id)?;
    reload(store, handle)?;
    Ok(())
}

/// The history line of every routine in the library, in library order.
pub(crate) fn histories(library: &Library, store: &Store) -> Result<Vec<RoutineHistory>, AppError> {
    let custom = library.custom_routines();
    library
        .routines()
        .iter()
        .map(|routine| {
            let sessions = store.sessions_for_routine(&routine.id)?;
            let done: Vec<_> = sessions.iter().filter(|s| s.completed).collect();
            Ok(RoutineHistory {
                id: routine.id.clone(),
                custom: library.is_custom(&routine.id),
                based_on: custom
                    .iter()
                    .find(|c| c.routine.id == routine.id)
                    .and_then(|c| c.based_on.clone()),
                sessions: count(sessions.len()),
                completed: count(done.len()),
                last_done: done.iter().map(|s| s.routine_day).max(),
            })
        })
        .collect()
}

/// Writes `text` through a temporary file and a rename, so a failure never leaves half a file under
/// the name the user chose.
fn write_file(path: &Path, text: &str) -> Result<(), AppError> {
    let fail = |error: std::io::Error| {
        AppError::File(format!("Could not write {}: {error}.", path.display()))
    };
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    fs::write(&partial, text).map_err(fail)?;
    fs::rename(&partial, path).map_err(|error| {
        // The rename failed, so the partial file is the only thing to tidy; if even that fails
        // there is nothing more to do than report the first error.
        let _ = fs::remove_file(&partial);
        fail(error)
    })
}

pub(crate) fn export(
    library: &Library,
    id: &str,
    path: &Path,
) -> Result<RoutineExported, AppError> {
    let routine = library.routine(id).ok_or_else(|| AppError::NotFound {
        what: "routine",
        id: id.to_owned(),
    })?;
    let custom = library
        .custom_routines()
        .into_iter()
        .find(|c| c.routine.id == id)
        .unwrap_or_else(|| CustomRoutine {
            routine: routine.clone(),
            based_on: None,
        });
    write_file(path, &routine_file::to_text(&custom))?;
    Ok(RoutineExported {
        path: path.display().to_string(),
        message: format!("Saved “{}” to {}.", routine.name, path.display()),
    })
}

/// Reads at most one byte more than a routine file may have, so a huge file is refused (with its size, by the
/// routine file format) without being read whole; a path that is not a regular file (a pipe, a device, a
/// folder) is refused before it is opened (issue 15, fault 7).
fn read_limited(path: &Path) -> Result<Vec<u8>, AppError> {
    crate::picked_file::read_at_most(path, routine_file::MAX_BYTES)
        .map_err(|error| AppError::File(format!("Nothing was imported: {error}.")))
}

/// Reads, validates and saves a routine file. Nothing is saved unless the whole file is sound.
pub(crate) fn import(
    store: &Store,
    handle: &LibraryHandle,
    path: &Path,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<RoutineImport, AppError> {
    let library = handle.current();
    let bytes = read_limited(path)?;
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let mut custom = match routine_file::parse(&file, &bytes, &library) {
        Ok(custom) => custom,
        Err(problems) => {
            return Ok(RoutineImport {
                id: None,
                message: format!(
                    "Nothing was imported: {} has {} {}.",
                    file,
                    problems.len(),
                    if problems.len() == 1 {
                        "problem"
                    } else {
                        "problems"
                    }
                ),
                problems: problems.iter().map(wire::Problem::from).collect(),
            })
        }
    };
    let in_use: BTreeSet<String> = library.routines().iter().map(|r| r.id.clone()).collect();
    let deleted: BTreeSet<String> = store
        .custom_routines(true)?
        .into_iter()
        .filter(|r| r.deleted)
        .map(|r| r.id)
        .collect();
    let place = routine_file::import_id(&custom.routine.id, &in_use, &deleted);
    let name = custom.routine.name.clone();
    let message = match &place {
        routine_file::ImportPlace::New(_) => format!("Imported “{name}”."),
        routine_file::ImportPlace::Restore(_) => {
            format!("Imported “{name}”; its earlier sessions are back in its history.")
        }
        routine_file::ImportPlace::Copy(_) => format!(
            "Imported “{name}” as a new routine, because one with the same id is already here."
        ),
    };
    if library.builtin_routine(&custom.routine.id).is_some() && custom.based_on.is_none() {
        // A file of a built-in routine becomes a duplicate of it, which can be reset to it.
        custom.based_on = Some(custom.routine.id.clone());
    }
    custom.routine.id = place.id().to_owned();
    let restore = matches!(place, routine_file::ImportPlace::Restore(_));
    let saved = save_as(store, handle, &custom, now, restore)?;
    Ok(RoutineImport {
        id: Some(saved.routine.id),
        message,
        problems: Vec::new(),
    })
}

/// The path that stands in for the save and open dialogs, from `LIMBER_E2E_DIALOG_PATH`; debug
/// builds only, so a release build always asks the user.
pub(crate) fn dialog_override() -> Option<String> {
    if !cfg!(debug_assertions) {
        return None;
    }
    std::env::var(DIALOG_PATH_VAR)
        .ok()
        .filter(|path| !path.is_empty())
}

/// Every exercise the editor can add, in library order.
#[tauri::command]
pub async fn editor_exercises(
    library: State<'_, LibraryHandle>,
) -> CommandResult<Vec<ExerciseChoice>> {
    let library = library.current();
    Ok(library
        .exercises()
        .iter()
        .map(|exercise| ExerciseChoice {
            id: exercise.id.clone(),
            name: exercise.name.clone(),
            summary: exercise.summary.clone(),
            area: wire::BodyArea::from(&exercise.area),
            position: wire::Position::from(&exercise.position),
            kind: wire::ExerciseKind::from(&exercise.kind),
            default_secs: library
                .check_draft(&Routine {
                    id: "one-exercise".to_owned(),
                    name: exercise.name.clone(),
                    description: String::new(),
                    time_of_day: TimeOfDay::Anytime,
                    items: vec![RoutineItem::new(exercise.id.clone())],
                })
                .item_secs
                .first()
                .copied()
                .unwrap_or(0),
        })
        .collect())
}

/// A new, empty routine.
#[tauri::command]
pub async fn editor_new(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<DraftView> {
    let library = library.current();
    let draft = new_draft(&library, &store.lock())?;
    Ok(view(&library, draft))
}

/// A user routine to edit.
#[tauri::command]
pub async fn editor_open(
    library: State<'_, LibraryHandle>,
    id: String,
) -> CommandResult<DraftView> {
    let library = library.current();
    let draft = library
        .custom_routines()
        .into_iter()
        .find(|c| c.routine.id == id)
        .ok_or(AppError::NotFound {
            what: "routine of yours",
            id,
        })?;
    Ok(view(&library, draft))
}

/// A copy of any routine (built-in or the user's) to edit; nothing is saved yet.
#[tauri::command]
pub async fn editor_duplicate(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    id: String,
) -> CommandResult<DraftView> {
    let library = library.current();
    let draft = duplicate(&library, &store.lock(), &id)?;
    Ok(view(&library, draft))
}

/// Applies one edit to a draft and checks the result.
#[tauri::command]
pub async fn editor_edit(
    library: State<'_, LibraryHandle>,
    draft: wire::CustomRoutine,
    edit: wire::Edit,
) -> CommandResult<DraftView> {
    let (draft, edit): (CustomRoutine, Edit) = (draft.into(), edit.into());
    let library = library.current();
    let routine = edit::apply(&draft.routine, &edit)
        .map_err(|e| AppError::InvalidInput(format!("That change does not fit: {e}.")))?;
    Ok(view(
        &library,
        CustomRoutine {
            routine,
            based_on: draft.based_on,
        },
    ))
}

/// Checks a draft: every problem by field path and the planned length.
#[tauri::command]
pub async fn editor_check(
    library: State<'_, LibraryHandle>,
    draft: wire::CustomRoutine,
) -> CommandResult<DraftView> {
    Ok(view(&library.current(), draft.into()))
}

/// The draft with its built-in routine's exercises back (not saved yet).
#[tauri::command]
pub async fn editor_reset(
    library: State<'_, LibraryHandle>,
    draft: wire::CustomRoutine,
) -> CommandResult<DraftView> {
    let library = library.current();
    let reset = reset(&library, &draft.into())?;
    Ok(view(&library, reset))
}

/// Saves a draft as a user routine.
#[tauri::command]
pub async fn custom_routine_save(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    draft: wire::CustomRoutine,
) -> CommandResult<DraftView> {
    let (now, _) = now_and_zone(&app);
    let saved = save(&store.lock(), &library, &draft.into(), now)?;
    Ok(view(&library.current(), saved))
}

/// Deletes a user routine; its history stays.
#[tauri::command]
pub async fn custom_routine_delete(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    id: String,
) -> CommandResult<()> {
    let (now, _) = now_and_zone(&app);
    delete(&store.lock(), &library, &id, now)?;
    // Its reminder is gone with it.
    crate::scheduler::reload(&app);
    Ok(())
}

/// Which routines are the user's, and how often each was done.
#[tauri::command]
pub async fn routine_history(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<Vec<RoutineHistory>> {
    Ok(histories(&library.current(), &store.lock())?)
}

/// The file name the save dialog suggests for a routine.
#[tauri::command]
pub async fn routine_file_name(id: String) -> CommandResult<String> {
    Ok(routine_file::file_name(&id))
}

/// The path that replaces the file dialogs in end-to-end tests (debug builds only), else nothing.
#[tauri::command]
pub async fn dialog_test_path() -> CommandResult<Option<String>> {
    Ok(dialog_override())
}

/// Writes a routine to a `.limber-routine.json` file at `path` (chosen in the save dialog).
#[tauri::command]
pub async fn routine_export(
    library: State<'_, LibraryHandle>,
    id: String,
    path: PathBuf,
) -> CommandResult<RoutineExported> {
    Ok(export(&library.current(), &id, &path)?)
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
    Ok(import(&store.lock(), &library, &path, now)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use limber_core::routine::edit::DoseField;

    fn now() -> chrono::DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 11, 21, 21, 30, 0).unwrap()
    }

    fn setup() -> (tempfile::TempDir, Store, LibraryHandle) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
        let library = LibraryHandle::new(Library::builtin().unwrap());
        (dir, store, library)
    }

    fn three_exercises(library: &Library, store: &Store) -> CustomRoutine {
        let mut draft = new_draft(library, store).unwrap();
        for edit in [
            Edit::Rename {
                name: "Evening three".to_owned(),
            },
            Edit::Add {
                exercise: "cat-cow".to_owned(),
                at: None,
            },
            Edit::Add {
                exercise: "plank".to_owned(),
                at: None,
            },
            Edit::Add {
                exercise: "open-book".to_owned(),
                at: Some(1),
            },
            Edit::SetDose {
                index: 2,
                field: DoseField::HoldSecs,
                value: Some(15),
            },
        ] {
            draft.routine = edit::apply(&draft.routine, &edit).unwrap();
        }
        draft
    }

    #[test]
    fn a_saved_routine_joins_the_library_and_its_deletion_keeps_history() {
        let (_dir, store, handle) = setup();
        let draft = three_exercises(&handle.current(), &store);
        assert_eq!(draft.routine.id, "my-routine");
        let saved = save(&store, &handle, &draft, now()).unwrap();
        let library = handle.current();
        assert!(library.is_custom(&saved.routine.id));
        assert_eq!(library.routine(&saved.routine.id).unwrap().items.len(), 3);
        assert!(!view(&library, saved.clone()).is_new);

        // A second new routine never takes the first one's id.
        let other = new_draft(&library, &store).unwrap();
        assert_eq!(other.routine.id, "my-routine-2");

        delete(&store, &handle, &saved.routine.id, now()).unwrap();
        assert!(handle.current().routine(&saved.routine.id).is_none());
        // Deleted, yet its id is still taken, so its history can never pass to another routine.
        let after = new_draft(&handle.current(), &store).unwrap();
        assert_eq!(after.routine.id, "my-routine-2");
        let mut reuse = three_exercises(&handle.current(), &store);
        reuse.routine.id = saved.routine.id.clone();
        let resaved = save(&store, &handle, &reuse, now()).unwrap();
        assert_ne!(resaved.routine.id, saved.routine.id);
    }

    /// A deleted routine takes its reminder and weekly goal with it: a reminder left behind kept firing for a
    /// routine that is gone, and the reminder screen refused every later save.
    #[test]
    fn deleting_a_routine_forgets_its_reminder_and_goal_and_keeps_the_others() {
        use limber_app::reminders::{load_setup, ReminderSetup, SETTINGS_KEY};
        use limber_core::schedule::{Reminder, TimeRule};
        let (_dir, store, handle) = setup();
        let saved = save(
            &store,
            &handle,
            &three_exercises(&handle.current(), &store),
            now(),
        )
        .unwrap();
        let at = chrono::NaiveTime::from_hms_opt(21, 0, 0).unwrap();
        let mut setup = ReminderSetup::default();
        for id in [saved.routine.id.as_str(), "bedtime-wind-down"] {
            setup
                .schedule
                .reminders
                .push(Reminder::every_day(id, TimeRule::Fixed { time: at }));
        }
        store
            .set_setting(SETTINGS_KEY, &serde_json::to_value(&setup).unwrap())
            .unwrap();
        let mut progress = limber_app::progress::ProgressSettings::default();
        progress.weekly_goals.insert(saved.routine.id.clone(), 4);
        progress.weekly_goals.insert("bedtime-wind-down".into(), 5);
        store
            .set_setting(
                limber_app::progress::SETTINGS_KEY,
                &progress.to_value().unwrap(),
            )
            .unwrap();

        delete(&store, &handle, &saved.routine.id, now()).unwrap();
        let setup = load_setup(&store).unwrap();
        let ids: Vec<&str> = setup
            .schedule
            .reminders
            .iter()
            .map(|r| r.routine_id.as_str())
            .collect();
        assert_eq!(ids, ["bedtime-wind-down"]);
        let library = handle.current();
        setup
            .validate(|id| limber_app::reminders::routine_exists(&library, &store, id))
            .unwrap();
        let progress = limber_app::progress::ProgressSettings::load(&store).unwrap();
        assert_eq!(
            progress.weekly_goals.keys().collect::<Vec<_>>(),
            ["bedtime-wind-down"]
        );
    }

    #[test]
    fn saving_refuses_problems_and_built_in_routines() {
        let (_dir, store, handle) = setup();
        let mut draft = three_exercises(&handle.current(), &store);
        draft.routine.items[0].reps = Some(0);
        draft.routine.name = "<b>".to_owned();
        let error = save(&store, &handle, &draft, now())
            .unwrap_err()
            .to_string();
        assert_eq!(
            error,
            "The routine was not saved: name: name must not contain < or >; \
             items[0].reps: reps must be 1–100."
        );
        let builtin = handle
            .current()
            .routine("bedtime-wind-down")
            .unwrap()
            .clone();
        let error = save(
            &store,
            &handle,
            &CustomRoutine {
                routine: builtin,
                based_on: None,
            },
            now(),
        )
        .unwrap_err();
        assert!(matches!(error, AppError::InvalidInput(_)));
        assert!(store.custom_routines(true).unwrap().is_empty());
        assert!(delete(&store, &handle, "bedtime-wind-down", now()).is_err());
    }

    #[test]
    fn a_duplicate_remembers_its_built_in_and_resets_to_it() {
        let (_dir, store, handle) = setup();
        let library = handle.current();
        let copy = duplicate(&library, &store, "bedtime-wind-down").unwrap();
        assert_eq!(copy.routine.name, "My bedtime wind-down");
        assert_eq!(copy.routine.id, "my-bedtime-wind-down");
        assert_eq!(copy.based_on.as_deref(), Some("bedtime-wind-down"));
        let mut edited = copy.clone();
        edited.routine = edit::apply(&edited.routine, &Edit::Remove { index: 0 }).unwrap();
        let saved = save(&store, &handle, &edited, now()).unwrap();
        let library = handle.current();
        // The built-in routine is untouched.
        assert_eq!(
            library.routine("bedtime-wind-down"),
            Library::builtin().unwrap().routine("bedtime-wind-down")
        );
        let view = view(&library, saved.clone());
        assert_eq!(view.based_on_name.as_deref(), Some("Bedtime wind-down"));
        let back = reset(&library, &saved).unwrap();
        assert_eq!(back.routine.id, saved.routine.id);
        assert_eq!(back.routine.name, "My bedtime wind-down");
        assert_eq!(
            back.routine.items,
            library.routine("bedtime-wind-down").unwrap().items
        );
        // A copy of the copy still knows the built-in routine.
        let again = duplicate(&library, &store, &saved.routine.id).unwrap();
        assert_eq!(again.based_on.as_deref(), Some("bedtime-wind-down"));
        assert_eq!(again.routine.name, "My bedtime wind-down (copy)");
        assert!(reset(&library, &new_draft(&library, &store).unwrap()).is_err());
    }

    #[test]
    fn export_then_delete_then_import_restores_the_same_routine() {
        let (dir, store, handle) = setup();
        let draft = three_exercises(&handle.current(), &store);
        let saved = save(&store, &handle, &draft, now()).unwrap();
        store
            .insert_session(&limber_store::SessionRecord {
                id: "s1".to_owned(),
                routine_id: saved.routine.id.clone(),
                started_at: now(),
                ended_at: now() + chrono::Duration::minutes(5),
                utc_offset_seconds: 3600,
                routine_day: now().date_naive(),
                steps_done: 7,
                steps_skipped: 0,
                completed: true,
                active_ms: 300_000,
                paused_ms: 0,
                feel: None,
                checklist: None,
            })
            .unwrap();
        let path = dir.path().join("evening.limber-routine.json");
        export(&handle.current(), &saved.routine.id, &path).unwrap();
        delete(&store, &handle, &saved.routine.id, now()).unwrap();
        let gone = histories(&handle.current(), &store).unwrap();
        assert!(gone.iter().all(|h| h.id != saved.routine.id));

        let imported = import(&store, &handle, &path, now()).unwrap();
        assert_eq!(imported.id.as_deref(), Some(saved.routine.id.as_str()));
        assert_eq!(
            imported.message,
            "Imported “Evening three”; its earlier sessions are back in its history."
        );
        assert_eq!(
            handle.current().routine(&saved.routine.id),
            Some(&saved.routine)
        );
        let back = histories(&handle.current(), &store).unwrap();
        let mine = back.iter().find(|h| h.id == saved.routine.id).unwrap();
        assert_eq!(
            (mine.sessions, mine.completed, mine.last_done),
            (1, 1, Some(now().date_naive()))
        );
        // Importing the same file again adds a copy instead of replacing the routine.
        let copy = import(&store, &handle, &path, now()).unwrap();
        assert_eq!(copy.id.as_deref(), Some("my-routine-2"));
        assert_eq!(handle.current().custom_routines().len(), 2);
    }

    #[test]
    fn a_bad_file_saves_nothing_and_names_every_problem() {
        let (dir, store, handle) = setup();
        let path = dir.path().join("bad.limber-routine.json");
        fs::write(
            &path,
            r#"{"format":"limber-routine","version":1,"id":"x","name":"<x>","description":"d",
               "timeOfDay":"anytime","items":[{"exercise":"plank","holdSecs":700}]}"#,
        )
        .unwrap();
        let refused = import(&store, &handle, &path, now()).unwrap();
        assert_eq!(refused.id, None);
        assert_eq!(
            refused.message,
            "Nothing was imported: bad.limber-routine.json has 2 problems."
        );
        let fields: Vec<_> = refused
            .problems
            .iter()
            .map(|p| p.field.clone().unwrap())
            .collect();
        assert_eq!(fields, ["name", "items[0].holdSecs"]);
        assert!(store.custom_routines(true).unwrap().is_empty());

        let huge = dir.path().join("huge.limber-routine.json");
        fs::write(&huge, vec![b' '; 300 * 1024]).unwrap();
        let refused = import(&store, &handle, &huge, now()).unwrap();
        assert_eq!(
            refused.problems[0].message,
            "the file is 257 KiB; a routine file is at most 256 KiB"
        );
        let missing = import(&store, &handle, &dir.path().join("nope.json"), now());
        assert!(matches!(missing, Err(AppError::File(_))));
    }

    #[test]
    fn an_exported_built_in_imports_as_a_duplicate_of_it() {
        let (dir, store, handle) = setup();
        let path = dir.path().join("b.limber-routine.json");
        export(&handle.current(), "two-minute-reset", &path).unwrap();
        let imported = import(&store, &handle, &path, now()).unwrap();
        let id = imported.id.unwrap();
        assert_eq!(id, "two-minute-reset-2");
        let custom = handle.current().custom_routines();
        assert_eq!(custom[0].based_on.as_deref(), Some("two-minute-reset"));
    }

    #[test]
    fn start_up_loads_saved_routines_and_leaves_out_broken_ones() {
        let (_dir, store, handle) = setup();
        let saved = save(
            &store,
            &handle,
            &three_exercises(&handle.current(), &store),
            now(),
        )
        .unwrap();
        store
            .save_custom_routine(
                "broken",
                &serde_json::json!({"format": "limber-routine", "version": 1, "id": "broken"}),
                now(),
            )
            .unwrap();
        let fresh = LibraryHandle::new(Library::builtin().unwrap());
        let problems = reload(&store, &fresh).unwrap();
        assert!(fresh.current().is_custom(&saved.routine.id));
        assert!(fresh.current().routine("broken").is_none());
        assert!(!problems.is_empty());
        let histories = histories(&fresh.current(), &store).unwrap();
        let mine = histories.iter().find(|h| h.id == saved.routine.id).unwrap();
        assert!(mine.custom);
        assert_eq!(
            (mine.sessions, mine.completed, mine.last_done),
            (0, 0, None)
        );
    }
}
