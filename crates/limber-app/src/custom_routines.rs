//! The routine editor's and routine files' use cases: open a draft, apply an edit, check it, save, delete,
//! reset a duplicate to its built-in routine, export and import `.limber-routine.json` files, and the views
//! the editor shows.
//!
//! The core does the work: edits, validation, the planned length, the file format, the save rules and
//! where an import goes (`limber_core::library::save`); the store keeps each routine as the routine file's
//! JSON, with a deleted flag so the history of a deleted routine survives. This module reads and writes the
//! files the person picked and puts a new library in the `LibraryHandle` after every change, so the home
//! screen, the player and the reminders see a person's routines exactly like built-in ones. It never
//! changes a built-in routine, never stores a routine the core has not validated and never reads a clock.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use limber_core::exercise::Sides;
use limber_core::library::save::{self as rules, SaveError};
use limber_core::library::{has_hold, has_pace, routine_file, DraftCheck, Library};
use limber_core::routine::edit::{self, Edit};
use limber_core::routine::{CustomRoutine, Routine, RoutineItem, TimeOfDay, DEFAULT_REST_SECS};
use limber_store::Store;
use serde::Serialize;
use ts_rs::TS;

use crate::error::AppError;
use crate::routines::reload;
use crate::state::LibraryHandle;
use crate::wire::library as wire;
use crate::words::Words;

/// The environment variable that, in debug builds only, stands in for the save and open dialogs so
/// end-to-end tests (which cannot drive native dialogs) can export and import.
pub const DIALOG_PATH_VAR: &str = "LIMBER_E2E_DIALOG_PATH";

/// What the editor's exercise picker shows of one exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExerciseChoice {
    pub id: String,
    /// The name and the one-line summary, said in the language in force by the window.
    pub name: Words,
    pub summary: Words,
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
    /// The exercise's name (said in the language in force by the window), or its id when the library does
    /// not know it.
    pub exercise_name: Words,
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
    pub based_on_name: Option<Words>,
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
    pub message: Words,
}

/// What happened to an imported routine file: the routine added, or every problem found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoutineImport {
    /// The id the routine was saved under; absent when the file was refused.
    pub id: Option<String>,
    /// One sentence that says what happened.
    pub message: Words,
    /// Every problem with the file, each with its field path; nothing was saved when there are any.
    pub problems: Vec<wire::Problem>,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A built-in exercise's or routine's words by their content id (`content-*.ftl`): every built-in one is in the
/// English catalogue, which a language that lacks it falls back to.
fn content_words(id: &str) -> Words {
    Words::new(id)
}

fn items_of(library: &Library, routine: &Routine) -> Vec<DraftItem> {
    routine
        .items
        .iter()
        .map(|item| match library.exercise(&item.exercise) {
            Some(exercise) => DraftItem {
                exercise_name: content_words(&format!("exercise-{}-name", exercise.id)),
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
                exercise_name: Words::as_said(item.exercise.clone()),
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
pub fn view(library: &Library, draft: CustomRoutine) -> DraftView {
    let check = library.check_draft(&draft.routine);
    view_with(library, draft, check)
}

/// [`view`] with the draft's check already made, so a save checks its routine once.
fn view_with(library: &Library, draft: CustomRoutine, check: DraftCheck) -> DraftView {
    let items = items_of(library, &draft.routine);
    let based_on_name = draft
        .based_on
        .as_deref()
        .and_then(|id| library.builtin_routine(id))
        .map(|r| content_words(&format!("routine-{}-name", r.id)));
    DraftView {
        is_new: !library.is_custom(&draft.routine.id),
        draft: wire::CustomRoutine::from(&draft),
        check: wire::DraftCheck::from(&check),
        items,
        based_on_name,
    }
}

impl From<SaveError> for AppError {
    fn from(error: SaveError) -> Self {
        match error {
            SaveError::Unknown(id) => AppError::NotFound {
                what: "routine",
                id,
            },
            SaveError::BuiltIn => AppError::Refused(Words::new("routine-refused-built-in")),
            SaveError::BuiltInDeleted => {
                AppError::Refused(Words::new("routine-refused-built-in-delete"))
            }
            SaveError::NotACopy => AppError::Refused(Words::new("routine-refused-not-a-copy")),
            SaveError::Problems(problems) => AppError::Refused(
                Words::new("routine-refused-problems").with("count", problems.len()),
            ),
        }
    }
}

/// Every id a new routine must not take: built-in and the person's routines, deleted ones included (their
/// history still names them).
fn taken_ids(
    library: &Library,
    store: &Store,
) -> Result<std::collections::BTreeSet<String>, AppError> {
    let stored = store.custom_routines(true)?.into_iter().map(|r| r.id);
    Ok(rules::taken_ids(library, stored))
}

/// A new, empty routine with an id no routine has had, named in `language` ("My routine").
pub fn new_draft(
    library: &Library,
    store: &Store,
    language: &str,
) -> Result<CustomRoutine, AppError> {
    Ok(rules::new_routine(
        &taken_ids(library, store)?,
        &crate::i18n::text(language, "routine-new-name"),
        &crate::i18n::text(language, "routine-new-description"),
    ))
}

/// A copy of any routine under a new id (see `limber_core::library::save::duplicate`), named in `language`.
pub fn duplicate(
    library: &Library,
    store: &Store,
    id: &str,
    language: &str,
) -> Result<CustomRoutine, AppError> {
    Ok(rules::duplicate(
        library,
        id,
        &taken_ids(library, store)?,
        |source, own| crate::content::copy_name(language, source, own),
    )?)
}

/// The draft with its built-in routine's items back (see `limber_core::library::save::reset`).
pub fn reset(library: &Library, draft: &CustomRoutine) -> Result<CustomRoutine, AppError> {
    Ok(rules::reset(library, draft)?)
}

/// A person's routine to edit.
pub fn open(library: &Library, id: String) -> Result<DraftView, AppError> {
    let draft = library
        .custom_routines()
        .into_iter()
        .find(|c| c.routine.id == id)
        .ok_or(AppError::NotFound {
            what: "own-routine",
            id,
        })?;
    Ok(view(library, draft))
}

/// Applies one edit to a draft and checks the result.
pub fn apply_edit(
    library: &Library,
    draft: CustomRoutine,
    change: &Edit,
) -> Result<DraftView, AppError> {
    let routine = edit::apply(&draft.routine, change).map_err(|error| {
        log::warn!("an edit does not fit the draft: {error}");
        AppError::Refused(Words::new("routine-refused-edit"))
    })?;
    Ok(view(
        library,
        CustomRoutine {
            routine,
            based_on: draft.based_on,
        },
    ))
}

/// Validates and saves a draft, then puts the new library in place. Returns the saved routine, whose
/// id differs from the draft's only when a new draft's id was taken meanwhile.
pub fn save(
    store: &Store,
    handle: &LibraryHandle,
    draft: &CustomRoutine,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<CustomRoutine, AppError> {
    Ok(save_as(store, handle, draft, now, false)?.0)
}

/// [`save`], returning the editor's view of the saved routine.
pub fn save_and_view(
    store: &Store,
    handle: &LibraryHandle,
    draft: &CustomRoutine,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<DraftView, AppError> {
    let (saved, check) = save_as(store, handle, draft, now, false)?;
    Ok(view_with(&handle.current(), saved, check))
}

/// [`save`], where `restore` lets a draft take the id of a deleted routine: an import of that
/// routine's own file brings it back with its history.
fn save_as(
    store: &Store,
    handle: &LibraryHandle,
    draft: &CustomRoutine,
    now: chrono::DateTime<chrono::Utc>,
    restore: bool,
) -> Result<(CustomRoutine, DraftCheck), AppError> {
    let library = handle.current();
    let taken = taken_ids(&library, store)?;
    let (saved, check) = rules::to_save(&library, draft, &taken, restore)?;
    // The store keeps a routine as its file's JSON.
    let stored: serde_json::Value = serde_json::from_str(&routine_file::to_text(&saved))
        .map_err(|e| AppError::Internal(format!("a routine could not be stored: {e}")))?;
    store.save_custom_routine(&saved.routine.id, &stored, now)?;
    reload(store, handle)?;
    Ok((saved, check))
}

/// Deletes a person's routine and what the settings hold for it; its sessions stay in the store and in
/// the history.
pub fn delete(
    store: &Store,
    handle: &LibraryHandle,
    id: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), AppError> {
    rules::check_delete(&handle.current(), id)?;
    if !store.delete_custom_routine(id, now)? {
        return Err(AppError::NotFound {
            what: "routine",
            id: id.to_owned(),
        });
    }
    crate::routines::forget_settings_of(store, id)?;
    reload(store, handle)?;
    Ok(())
}

/// Every exercise the editor can add, in library order, with its length at its default dose.
pub fn exercise_choices(library: &Library) -> Vec<ExerciseChoice> {
    library
        .exercises()
        .iter()
        .map(|exercise| ExerciseChoice {
            id: exercise.id.clone(),
            name: content_words(&format!("exercise-{}-name", exercise.id)),
            summary: content_words(&format!("exercise-{}-summary", exercise.id)),
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
        .collect()
}

/// The history line of every routine in the library, in library order.
pub fn histories(library: &Library, store: &Store) -> Result<Vec<RoutineHistory>, AppError> {
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
        AppError::File(crate::data::file_error_words("write", path, &error))
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

pub fn export(library: &Library, id: &str, path: &Path) -> Result<RoutineExported, AppError> {
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
        message: Words::new("routine-exported")
            .with("name", routine.name.as_str())
            .with("path", path.display().to_string()),
    })
}

/// Reads at most one byte more than a routine file may have, so a huge file is refused (with its size, by the
/// routine file format) without being read whole; a path that is not a regular file (a pipe, a device, a
/// folder) is refused before it is opened (issue 15, fault 7).
fn read_limited(path: &Path) -> Result<Vec<u8>, AppError> {
    crate::picked_file::read_at_most(path, routine_file::MAX_BYTES).map_err(|error| {
        AppError::File(Words::new("import-refused").with("reason", error.to_string()))
    })
}

/// Reads, validates and saves a routine file. Nothing is saved unless the whole file is sound.
pub fn import(
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
    let custom = match routine_file::parse(&file, &bytes, &library) {
        Ok(custom) => custom,
        Err(problems) => {
            return Ok(RoutineImport {
                id: None,
                message: Words::new("routine-import-refused")
                    .with("file", file.as_str())
                    .with("problems", problems.len()),
                problems: problems.iter().map(wire::Problem::from).collect(),
            })
        }
    };
    let deleted = store
        .custom_routines(true)?
        .into_iter()
        .filter(|r| r.deleted)
        .map(|r| r.id)
        .collect();
    let name = custom.routine.name.clone();
    let (custom, place) = rules::place_import(&library, custom, &deleted);
    let message = match &place {
        routine_file::ImportPlace::New(_) => Words::new("routine-imported"),
        routine_file::ImportPlace::Restore(_) => Words::new("routine-imported-restored"),
        routine_file::ImportPlace::Copy(_) => Words::new("routine-imported-copy"),
    }
    .with("name", name.as_str());
    let restore = matches!(place, routine_file::ImportPlace::Restore(_));
    let (saved, _) = save_as(store, handle, &custom, now, restore)?;
    Ok(RoutineImport {
        id: Some(saved.routine.id),
        message,
        problems: Vec::new(),
    })
}

/// The path that stands in for the save and open dialogs, from `LIMBER_E2E_DIALOG_PATH`; debug builds only,
/// so a release build always asks the person.
pub fn dialog_override() -> Option<String> {
    if !cfg!(debug_assertions) {
        return None;
    }
    std::env::var(DIALOG_PATH_VAR)
        .ok()
        .filter(|path| !path.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::CommandError;
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
        let mut draft = new_draft(library, store, "en").unwrap();
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
        let other = new_draft(&library, &store, "en").unwrap();
        assert_eq!(other.routine.id, "my-routine-2");

        delete(&store, &handle, &saved.routine.id, now()).unwrap();
        assert!(handle.current().routine(&saved.routine.id).is_none());
        // Deleted, yet its id is still taken, so its history can never pass to another routine.
        let after = new_draft(&handle.current(), &store, "en").unwrap();
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
        use crate::reminders::{load_setup, ReminderSetup};
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
        store.save_setting(&setup).unwrap();
        let mut progress = crate::progress::ProgressSettings::default();
        progress.weekly_goals.insert(saved.routine.id.clone(), 4);
        progress.weekly_goals.insert("bedtime-wind-down".into(), 5);
        progress.save(&store).unwrap();

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
            .validate(|id| crate::reminders::routine_exists(&library, &store, id))
            .unwrap();
        let progress = crate::progress::ProgressSettings::load(&store).unwrap();
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
        let error = CommandError::from(save(&store, &handle, &draft, now()).unwrap_err()).message;
        assert_eq!(
            error.say("en"),
            "The routine was not saved: first fix the 2 problems shown."
        );
        assert_eq!(
            error.say("de"),
            "Die Routine wurde nicht gespeichert: Behebe zuerst die 2 angezeigten Probleme."
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
        assert!(matches!(error, AppError::Refused(_)));
        assert!(store.custom_routines(true).unwrap().is_empty());
        assert!(delete(&store, &handle, "bedtime-wind-down", now()).is_err());
    }

    #[test]
    fn a_duplicate_remembers_its_built_in_and_resets_to_it() {
        let (_dir, store, handle) = setup();
        let library = handle.current();
        let copy = duplicate(&library, &store, "bedtime-wind-down", "en").unwrap();
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
        // The built-in's name and the exercises' names are said in the window's language (issue 22).
        let based_on = view.based_on_name.as_ref().unwrap();
        assert_eq!(based_on.say("en"), "Bedtime wind-down");
        assert_eq!(based_on.say("de"), "Zur Ruhe kommen am Abend");
        let names: Vec<String> = view
            .items
            .iter()
            .map(|i| i.exercise_name.say("de"))
            .collect();
        assert!(names.contains(&"Katze-Kuh".to_owned()), "{names:?}");
        let back = reset(&library, &saved).unwrap();
        assert_eq!(back.routine.id, saved.routine.id);
        assert_eq!(back.routine.name, "My bedtime wind-down");
        assert_eq!(
            back.routine.items,
            library.routine("bedtime-wind-down").unwrap().items
        );
        // A copy of the copy still knows the built-in routine.
        let again = duplicate(&library, &store, &saved.routine.id, "en").unwrap();
        assert_eq!(again.based_on.as_deref(), Some("bedtime-wind-down"));
        assert_eq!(again.routine.name, "My bedtime wind-down (copy)");
        assert!(reset(&library, &new_draft(&library, &store, "en").unwrap()).is_err());
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
                skipped_exercises: Vec::new(),
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
            imported.message.to_string(),
            "Imported “Evening three”; its earlier sessions are back in its history."
        );
        assert_eq!(
            imported.message.say("de"),
            "„Evening three“ importiert; seine früheren Einheiten sind wieder in seinem Verlauf."
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
            refused.message.to_string(),
            "Nothing was imported: bad.limber-routine.json has 2 problems."
        );
        let fields: Vec<_> = refused
            .problems
            .iter()
            .map(|p| p.field.clone().unwrap())
            .collect();
        assert_eq!(fields, ["name", "items[0].holdSecs"]);
        // Issue 22: each rule is said in the language in force.
        let said: Vec<(String, String)> = refused
            .problems
            .iter()
            .map(|p| (p.message.say("en"), p.message.say("de")))
            .collect();
        assert_eq!(
            said,
            [
                (
                    "The name cannot contain < or >.".to_owned(),
                    "Der Name darf kein < oder > enthalten.".to_owned()
                ),
                (
                    "A hold must be 1–600 s.".to_owned(),
                    "Halten muss 1–600 s dauern.".to_owned()
                ),
            ]
        );
        assert!(store.custom_routines(true).unwrap().is_empty());

        let huge = dir.path().join("huge.limber-routine.json");
        fs::write(&huge, vec![b' '; 300 * 1024]).unwrap();
        let refused = import(&store, &handle, &huge, now()).unwrap();
        assert_eq!(
            refused.problems[0].message.to_string(),
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
