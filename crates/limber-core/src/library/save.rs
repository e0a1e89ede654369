//! The rules for the routines a person makes: what a new routine and a copy are called and which id they
//! get, what "reset" brings back, what may be saved or deleted, and where an imported routine file goes.
//!
//! Every function is pure: it takes the library and the ids already taken (the library's and every routine
//! the person ever saved, deleted ones included, because their history still names them) and returns the
//! routine to store, or why not. Reading and writing the store and files is the app's job.

use std::collections::BTreeSet;

use crate::library::routine_file::{import_id, ImportPlace};
use crate::library::{DraftCheck, Library, Problem, NAME_MAX_CHARS};
use crate::routine::edit::{fresh_id, tidy};
use crate::routine::{CustomRoutine, Routine, TimeOfDay};

/// Why a routine cannot be saved, reset or deleted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    #[error("Built-in routines cannot be changed; duplicate it to make your own.")]
    BuiltIn,
    #[error("Built-in routines cannot be deleted.")]
    BuiltInDeleted,
    #[error("This routine was not copied from a built-in routine.")]
    NotACopy,
    #[error("No routine called \"{0}\".")]
    Unknown(String),
    /// Every problem, each with its field path.
    #[error("The routine was not saved: {}.", lines(.0))]
    Problems(Vec<Problem>),
}

fn lines(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| match &p.field {
            Some(field) => format!("{field}: {}", p.message),
            None => p.message.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Every id a new routine must not take: the library's routines and `stored` (every routine the person
/// saved, deleted ones included).
pub fn taken_ids(library: &Library, stored: impl IntoIterator<Item = String>) -> BTreeSet<String> {
    let mut taken: BTreeSet<String> = library.routines().iter().map(|r| r.id.clone()).collect();
    taken.extend(stored);
    taken
}

/// A new, empty routine with an id no routine has had, starting with `name` and `description` (the
/// application layer's words, in the person's language).
pub fn new_routine(taken: &BTreeSet<String>, name: &str, description: &str) -> CustomRoutine {
    let name: String = name.chars().take(NAME_MAX_CHARS).collect();
    CustomRoutine {
        routine: Routine {
            id: fresh_id(&name, taken),
            name,
            description: description.to_owned(),
            time_of_day: TimeOfDay::Anytime,
            items: Vec::new(),
        },
        based_on: None,
    }
}

/// A copy of any routine under a new id. A copy of a built-in remembers it for "reset"; a copy of a
/// person's routine remembers what that one came from. `name` names the copy from the routine copied and
/// whether it is the person's own (the application layer's words: "My bedtime wind-down", "Evenings (copy)").
pub fn duplicate(
    library: &Library,
    id: &str,
    taken: &BTreeSet<String>,
    name: impl FnOnce(&Routine, bool) -> String,
) -> Result<CustomRoutine, SaveError> {
    let source = library
        .routine(id)
        .ok_or_else(|| SaveError::Unknown(id.to_owned()))?;
    let custom = library.is_custom(id);
    let based_on = if custom {
        library
            .custom_routines()
            .into_iter()
            .find(|c| c.routine.id == id)
            .and_then(|c| c.based_on)
    } else {
        Some(id.to_owned())
    };
    let name: String = name(source, custom).chars().take(NAME_MAX_CHARS).collect();
    Ok(CustomRoutine {
        routine: Routine {
            id: fresh_id(&name, taken),
            name,
            ..source.clone()
        },
        based_on,
    })
}

/// The draft with the items, description and time of day of the built-in routine it was copied from;
/// its id and name stay, so its history and the person's name for it are kept.
pub fn reset(library: &Library, draft: &CustomRoutine) -> Result<CustomRoutine, SaveError> {
    let original = draft
        .based_on
        .as_deref()
        .and_then(|id| library.builtin_routine(id))
        .ok_or(SaveError::NotACopy)?;
    Ok(CustomRoutine {
        routine: Routine {
            id: draft.routine.id.clone(),
            name: draft.routine.name.clone(),
            ..original.clone()
        },
        based_on: draft.based_on.clone(),
    })
}

/// The routine to store for a draft, with its check (problems, planned length), or why it cannot be saved:
/// the draft tidied, never a built-in routine, and a new routine never under a taken id (it would inherit
/// a deleted routine's history) unless `restore` lets it take back a deleted routine's id.
pub fn to_save(
    library: &Library,
    draft: &CustomRoutine,
    taken: &BTreeSet<String>,
    restore: bool,
) -> Result<(CustomRoutine, DraftCheck), SaveError> {
    let mut routine = tidy(&draft.routine);
    if library.builtin_routine(&routine.id).is_some() {
        return Err(SaveError::BuiltIn);
    }
    if !library.is_custom(&routine.id) && !restore && taken.contains(&routine.id) {
        routine.id = fresh_id(&routine.name, taken);
    }
    let check = library.check_draft(&routine);
    if !check.problems.is_empty() {
        return Err(SaveError::Problems(check.problems));
    }
    Ok((
        CustomRoutine {
            routine,
            based_on: draft.based_on.clone(),
        },
        check,
    ))
}

/// Whether a routine may be deleted: a person's own only.
pub fn check_delete(library: &Library, id: &str) -> Result<(), SaveError> {
    if library.builtin_routine(id).is_some() {
        Err(SaveError::BuiltInDeleted)
    } else {
        Ok(())
    }
}

/// Where an imported routine goes ([`import_id`]: its own id, back in place of a deleted routine, or a
/// copy under a new id) and the routine to save there. A file of a built-in routine becomes a duplicate
/// of it, which can be reset to it.
pub fn place_import(
    library: &Library,
    mut custom: CustomRoutine,
    deleted: &BTreeSet<String>,
) -> (CustomRoutine, ImportPlace) {
    let in_use: BTreeSet<String> = library.routines().iter().map(|r| r.id.clone()).collect();
    let place = import_id(&custom.routine.id, &in_use, deleted);
    if library.builtin_routine(&custom.routine.id).is_some() && custom.based_on.is_none() {
        custom.based_on = Some(custom.routine.id.clone());
    }
    custom.routine.id = place.id().to_owned();
    (custom, place)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::RoutineItem;

    fn library_with(custom: &[(&str, &str, Option<&str>)]) -> Library {
        let builtin = Library::builtin().unwrap();
        let routines = custom
            .iter()
            .map(|(id, name, based_on)| CustomRoutine {
                routine: Routine {
                    id: (*id).to_owned(),
                    name: (*name).to_owned(),
                    description: "Mine.".to_owned(),
                    time_of_day: TimeOfDay::Anytime,
                    items: vec![RoutineItem::new("cat-cow")],
                },
                based_on: based_on.map(str::to_owned),
            })
            .collect();
        let (library, problems) = builtin.with_custom(routines);
        assert!(problems.is_empty(), "{problems:?}");
        library
    }

    /// The English names the app gives copies: "My bedtime wind-down", "Evenings (copy)".
    fn english_copy_name(source: &Routine, own: bool) -> String {
        let name = &source.name;
        if own {
            format!("{name} (copy)")
        } else {
            format!("My {}{}", name[..1].to_lowercase(), &name[1..])
        }
    }

    fn taken(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|id| (*id).to_owned()).collect()
    }

    #[test]
    fn new_routines_table() {
        fn check(taken_ids: &[&str], expected: &str) {
            let routine = new_routine(&taken(taken_ids), "My routine", "Mine.");
            assert_eq!(routine.routine.id, expected, "{taken_ids:?}");
            assert_eq!(routine.routine.name, "My routine");
            assert_eq!(routine.routine.description, "Mine.");
            assert!(routine.routine.items.is_empty() && routine.based_on.is_none());
        }
        check(&[], "my-routine");
        check(&["my-routine"], "my-routine-2");
        check(&["my-routine", "my-routine-2"], "my-routine-3");
    }

    /// Each row: the routine copied, the ids taken, and the copy's id, name and the built-in it remembers.
    #[test]
    fn duplicates_table() {
        let library = library_with(&[
            ("desk", "Desk break", None),
            ("my-bedtime", "My bedtime", Some("bedtime-wind-down")),
        ]);
        let check = |id: &str,
                     taken_ids: &[&str],
                     expected: Result<(&str, &str, Option<&str>), SaveError>| {
            let got = duplicate(&library, id, &taken(taken_ids), english_copy_name)
                .map(|c| (c.routine.id, c.routine.name, c.based_on));
            let expected = expected.map(|(id, name, based_on)| {
                (id.to_owned(), name.to_owned(), based_on.map(str::to_owned))
            });
            assert_eq!(got, expected, "{id}");
        };
        check(
            "bedtime-wind-down",
            &[],
            Ok((
                "my-bedtime-wind-down",
                "My bedtime wind-down",
                Some("bedtime-wind-down"),
            )),
        );
        check(
            "bedtime-wind-down",
            &["my-bedtime-wind-down"],
            Ok((
                "my-bedtime-wind-down-2",
                "My bedtime wind-down",
                Some("bedtime-wind-down"),
            )),
        );
        check(
            "desk",
            &[],
            Ok(("desk-break-copy", "Desk break (copy)", None)),
        );
        check(
            "my-bedtime",
            &[],
            Ok((
                "my-bedtime-copy",
                "My bedtime (copy)",
                Some("bedtime-wind-down"),
            )),
        );
        check(
            "moonwalk",
            &[],
            Err(SaveError::Unknown("moonwalk".to_owned())),
        );
    }

    /// Each row: a draft (id, the built-in it was copied from), whether it restores a deleted routine, and
    /// the id it is saved under or why it is refused. "desk" is a person's routine, "gone" was deleted.
    #[test]
    fn saves_table() {
        let library = library_with(&[("desk", "Desk break", None)]);
        let taken = taken_ids(&library, ["desk".to_owned(), "gone".to_owned()]);
        let check = |id: &str, name: &str, restore: bool, expected: Result<&str, SaveError>| {
            let draft = CustomRoutine {
                routine: Routine {
                    id: id.to_owned(),
                    name: name.to_owned(),
                    description: "  Mine.  ".to_owned(),
                    time_of_day: TimeOfDay::Anytime,
                    items: vec![RoutineItem::new("cat-cow")],
                },
                based_on: None,
            };
            let got = to_save(&library, &draft, &taken, restore).map(|(saved, check)| {
                assert_eq!(saved.routine.description, "Mine.", "the draft is tidied");
                assert!(check.duration_secs > 0);
                saved.routine.id
            });
            assert_eq!(got, expected.map(str::to_owned), "{id} restore {restore}");
        };
        check("new-one", "New one", false, Ok("new-one"));
        // A person's routine keeps its id.
        check("desk", "Desk break", false, Ok("desk"));
        // A new routine never takes a deleted routine's id, unless its own file brings it back.
        check("gone", "Gone", false, Ok("gone-2"));
        check("gone", "Gone", true, Ok("gone"));
        check("bedtime-wind-down", "Mine", false, Err(SaveError::BuiltIn));
        check("bedtime-wind-down", "Mine", true, Err(SaveError::BuiltIn));
        let refused = to_save(
            &library,
            &CustomRoutine {
                routine: Routine {
                    id: "empty".to_owned(),
                    name: "Empty".to_owned(),
                    description: "Nothing.".to_owned(),
                    time_of_day: TimeOfDay::Anytime,
                    items: Vec::new(),
                },
                based_on: None,
            },
            &taken,
            false,
        )
        .unwrap_err();
        assert!(
            refused
                .to_string()
                .starts_with("The routine was not saved: items: "),
            "{refused}"
        );
    }

    #[test]
    fn resets_and_deletions_table() {
        let library = library_with(&[
            ("desk", "Desk break", None),
            ("my-bedtime", "My bedtime", Some("bedtime-wind-down")),
        ]);
        let draft = |id: &str| {
            library
                .custom_routines()
                .into_iter()
                .find(|c| c.routine.id == id)
                .unwrap()
        };
        let back = reset(&library, &draft("my-bedtime")).unwrap();
        let original = library.builtin_routine("bedtime-wind-down").unwrap();
        assert_eq!(
            (back.routine.id.as_str(), back.routine.name.as_str()),
            ("my-bedtime", "My bedtime")
        );
        assert_eq!(back.routine.items, original.items);
        assert_eq!(reset(&library, &draft("desk")), Err(SaveError::NotACopy));

        let check = |id: &str, expected: Result<(), SaveError>| {
            assert_eq!(check_delete(&library, id), expected, "{id}");
        };
        check("desk", Ok(()));
        check("my-bedtime", Ok(()));
        check("bedtime-wind-down", Err(SaveError::BuiltInDeleted));
    }

    /// Each row: the id in an imported file, whether it names a built-in, and where it goes.
    #[test]
    fn imports_table() {
        let library = library_with(&[("desk", "Desk break", None)]);
        let deleted = taken(&["gone"]);
        let check = |id: &str, expected_id: &str, restore: bool, based_on: Option<&str>| {
            let file = CustomRoutine {
                routine: Routine {
                    id: id.to_owned(),
                    name: "From a file".to_owned(),
                    description: "Mine.".to_owned(),
                    time_of_day: TimeOfDay::Anytime,
                    items: vec![RoutineItem::new("cat-cow")],
                },
                based_on: None,
            };
            let (placed, place) = place_import(&library, file, &deleted);
            assert_eq!(placed.routine.id, expected_id, "{id}");
            assert_eq!(matches!(place, ImportPlace::Restore(_)), restore, "{id}");
            assert_eq!(placed.based_on.as_deref(), based_on, "{id}");
        };
        check("fresh", "fresh", false, None);
        check("gone", "gone", true, None);
        check("desk", "desk-2", false, None);
        check(
            "bedtime-wind-down",
            "bedtime-wind-down-2",
            false,
            Some("bedtime-wind-down"),
        );
    }
}
