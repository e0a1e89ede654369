//! The exercise library: every exercise and routine Limber knows, loaded and validated.
//!
//! This module owns the library's public API: loading the built-in data and the sources the shell
//! hands in, adapting the built-in routines to a person's conditions, adding the user's routines,
//! and the questions the editor, the player and the reminders ask of it (a routine, its plan, its
//! length, a draft's problems). Its parts each have one job: [`limits`] (the numbers), [`builtin`]
//! (the embedded files), [`format`] (reading the JSON of exercise and routine files),
//! [`validate`] (the rules and the problems that name a broken one) and [`routine_file`] (the
//! `.limber-routine.json` format of a user routine). It never reads files itself (there is no IO at
//! run time) and never computes timings beyond asking the plan expansion in
//! [`crate::session::plan`] for a routine's length.
//!
//! User routines join a library through [`Library::with_custom`], which validates each one and
//! leaves out the ones with problems. Built-in routines are never replaced by user routines.

mod builtin;
mod format;
pub mod limits;
pub mod routine_file;
pub mod save;
mod validate;

use std::collections::{BTreeMap, BTreeSet};

pub use format::Source;
pub use limits::{
    DESCRIPTION_MAX_CHARS, HOLD_SECS, ID_MAX_BYTES, ITEM_COUNT, NAME_MAX_CHARS, PACE_SECS,
    PHASE_SECS, REPS, REST_SECS, ROUNDS, ROUTINE_MAX_SECS, STEP_COUNT,
};
pub use validate::{has_hold, has_pace, is_kebab, LibraryError, Problem, RoutineRule, TextField};

use crate::contraindication::{self, Condition, LeftOut};
use crate::exercise::{Exercise, Exercises};
use crate::routine::{CustomRoutine, Routine};
use crate::session::plan::Plan;
use validate::{check_exercise, check_routine, duplicate, planned_duration_secs};

/// Every exercise and routine, validated: holding a `Library` means the data is sound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Library {
    exercises: Vec<Exercise>,
    routines: Vec<Routine>,
    /// The file each routine came from, so later validation can point at it.
    routine_files: BTreeMap<String, String>,
    /// The user's routines among `routines`, each with the built-in routine it was copied from.
    custom: BTreeMap<String, Option<String>>,
    /// The built-in routines as shipped, before any move was left out for the person.
    shipped: Vec<Routine>,
    /// The person's conditions the built-in routines are adapted to (see [`Library::for_conditions`]).
    conditions: Vec<Condition>,
    /// For each adapted built-in routine, the moves left out of it.
    left_out: BTreeMap<String, Vec<LeftOut>>,
    /// Built-in routines every move of which the conditions rule out; they are kept whole, so reminders
    /// and history still name them, and a session of one is refused.
    unsuitable: BTreeSet<String>,
}

/// What the editor shows about a routine being edited: every problem, and how long it lasts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftCheck {
    /// Every problem, each with its field path (`name`, `items[2].holdSecs`).
    pub problems: Vec<Problem>,
    /// The planned length in seconds. Fields with problems count as their exercise's default and
    /// unknown exercises as nothing, so the total keeps moving while the user fixes a field.
    pub duration_secs: u32,
    /// The length of each item's work in seconds (without the rest after it), in item order.
    pub item_secs: Vec<u32>,
}

impl Library {
    /// The exercises and routines that ship with Limber.
    pub fn builtin() -> Result<Library, LibraryError> {
        Library::from_sources(&builtin::exercises(), &builtin::routines())
    }

    /// Parses and validates exercise files (one exercise per file) and routine files (one routine
    /// per file). Every problem in every file is reported, not just the first.
    pub fn from_sources(
        exercises: &[Source],
        routines: &[Source],
    ) -> Result<Library, LibraryError> {
        let mut problems = Vec::new();

        let mut parsed_exercises = Vec::new();
        let mut exercise_ids = BTreeSet::new();
        for source in exercises {
            if let Some(exercise) = format::parse_exercise(source, &mut problems) {
                problems.extend(check_exercise(&source.name, &exercise));
                if !exercise_ids.insert(exercise.id.clone()) {
                    problems.push(duplicate(&source.name, &exercise.id, "exercise"));
                }
                parsed_exercises.push(exercise);
            }
        }

        let mut library = Library {
            exercises: parsed_exercises,
            routines: Vec::new(),
            routine_files: BTreeMap::new(),
            custom: BTreeMap::new(),
            shipped: Vec::new(),
            conditions: Vec::new(),
            left_out: BTreeMap::new(),
            unsuitable: BTreeSet::new(),
        };
        for source in routines {
            if let Some(routine) = format::parse_routine(source, &mut problems) {
                problems.extend(check_routine(&library, &source.name, &routine));
                if library.routine_files.contains_key(&routine.id) {
                    problems.push(duplicate(&source.name, &routine.id, "routine"));
                } else {
                    library
                        .routine_files
                        .insert(routine.id.clone(), source.name.clone());
                }
                library.routines.push(routine);
            }
        }

        if problems.is_empty() {
            library.shipped = library.routines.clone();
            Ok(library)
        } else {
            Err(LibraryError::Invalid(problems))
        }
    }

    /// This library with its built-in routines adapted to the person's `conditions`: every move they
    /// rule out is left out (see [`contraindication::adapt`]), starting again from the routines as
    /// shipped, so changing the answers never compounds. A built-in routine with nothing left is kept
    /// whole and marked unsuitable. The user's own routines stay as they made them.
    pub fn for_conditions(&self, conditions: &[Condition]) -> Library {
        let conditions = contraindication::normalized(conditions);
        let mut library = Library {
            exercises: self.exercises.clone(),
            routines: Vec::new(),
            routine_files: BTreeMap::new(),
            custom: BTreeMap::new(),
            shipped: self.shipped.clone(),
            conditions: conditions.clone(),
            left_out: BTreeMap::new(),
            unsuitable: BTreeSet::new(),
        };
        for shipped in &self.shipped {
            if let Some(file) = self.routine_files.get(&shipped.id) {
                library
                    .routine_files
                    .insert(shipped.id.clone(), file.clone());
            }
            let adapted = contraindication::adapt(self, shipped, &conditions);
            match adapted.routine {
                Some(routine) => library.routines.push(routine),
                None => {
                    library.unsuitable.insert(shipped.id.clone());
                    library.routines.push(shipped.clone());
                }
            }
            if !adapted.left_out.is_empty() {
                library
                    .left_out
                    .insert(shipped.id.clone(), adapted.left_out);
            }
        }
        // The user's routines were valid in `self`, whose exercises these are, so none is refused here.
        library.with_custom(self.custom_routines()).0
    }

    /// The conditions the built-in routines are adapted to.
    pub fn conditions(&self) -> &[Condition] {
        &self.conditions
    }

    /// The moves left out of a built-in routine for the person; empty for every other routine.
    pub fn left_out(&self, routine_id: &str) -> &[LeftOut] {
        self.left_out.get(routine_id).map_or(&[], Vec::as_slice)
    }

    /// True for a built-in routine every move of which the person's conditions rule out.
    pub fn is_unsuitable(&self, routine_id: &str) -> bool {
        self.unsuitable.contains(routine_id)
    }

    pub fn exercises(&self) -> &[Exercise] {
        &self.exercises
    }

    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    pub fn routines(&self) -> &[Routine] {
        &self.routines
    }

    pub fn routine(&self, id: &str) -> Option<&Routine> {
        self.routines.iter().find(|r| r.id == id)
    }

    /// This library's built-in routines with `custom` added after them, each validated first. A
    /// user routine with problems, an id that a built-in routine or an earlier user routine already
    /// has, is left out and its problems returned, so one broken routine never hides the others.
    /// User routines already in `self` are dropped: `custom` is the whole new set.
    pub fn with_custom(&self, custom: Vec<CustomRoutine>) -> (Library, Vec<Problem>) {
        let mut library = Library {
            exercises: self.exercises.clone(),
            routines: Vec::new(),
            routine_files: BTreeMap::new(),
            custom: BTreeMap::new(),
            shipped: self.shipped.clone(),
            conditions: self.conditions.clone(),
            left_out: self.left_out.clone(),
            unsuitable: self.unsuitable.clone(),
        };
        for routine in self.routines.iter().filter(|r| !self.is_custom(&r.id)) {
            if let Some(file) = self.routine_files.get(&routine.id) {
                library
                    .routine_files
                    .insert(routine.id.clone(), file.clone());
            }
            library.routines.push(routine.clone());
        }
        let mut problems = Vec::new();
        for entry in custom {
            let file = routine_file::file_name(&entry.routine.id);
            let mut found = check_routine(&library, &file, &entry.routine);
            if library.routine(&entry.routine.id).is_some() {
                found.push(duplicate(&file, &entry.routine.id, "routine"));
            }
            if found.is_empty() {
                library.routine_files.insert(entry.routine.id.clone(), file);
                library
                    .custom
                    .insert(entry.routine.id.clone(), entry.based_on);
                library.routines.push(entry.routine);
            } else {
                problems.extend(found);
            }
        }
        (library, problems)
    }

    /// True for a routine the user made; false for built-in and unknown ids.
    pub fn is_custom(&self, id: &str) -> bool {
        self.custom.contains_key(id)
    }

    /// The user's routines, each with the built-in routine it was copied from, in library order.
    pub fn custom_routines(&self) -> Vec<CustomRoutine> {
        self.routines
            .iter()
            .filter_map(|routine| {
                self.custom.get(&routine.id).map(|based_on| CustomRoutine {
                    routine: routine.clone(),
                    based_on: based_on.clone(),
                })
            })
            .collect()
    }

    /// A built-in routine (never a user's one), e.g. the one a duplicate resets to.
    pub fn builtin_routine(&self, id: &str) -> Option<&Routine> {
        self.routine(id).filter(|r| !self.is_custom(&r.id))
    }

    /// Validates a routine that is being edited and says how long it lasts, even while it has
    /// problems (see [`DraftCheck::duration_secs`]).
    pub fn check_draft(&self, routine: &Routine) -> DraftCheck {
        let problems = self.validate_routine(routine);
        let countable = self.countable(routine, &problems);
        let get_ready = Plan::expand(
            self,
            &Routine {
                items: Vec::new(),
                ..countable.clone()
            },
        )
        .duration_ms();
        let item_secs = countable
            .items
            .iter()
            .map(|item| {
                let alone = Routine {
                    items: vec![item.clone()],
                    ..countable.clone()
                };
                let ms = Plan::expand(self, &alone).duration_ms() - get_ready;
                u32::try_from(ms.div_ceil(1000)).unwrap_or(u32::MAX)
            })
            .collect();
        // The total comes from the same plan as the items' lengths, so one check expands plans only.
        let total_ms = Plan::expand(self, &countable).duration_ms();
        DraftCheck {
            problems,
            duration_secs: u32::try_from(total_ms.div_ceil(1000)).unwrap_or(u32::MAX),
            item_secs,
        }
    }

    /// A copy of `routine` that is safe to expand into a plan: overrides with problems go back to
    /// the exercise's default and items past the largest routine are dropped, so a draft with a
    /// typo of 100000 reps never builds a plan of a million steps.
    fn countable(&self, routine: &Routine, problems: &[Problem]) -> Routine {
        let mut countable = routine.clone();
        countable.items.truncate(*ITEM_COUNT.end());
        for (i, item) in countable.items.iter_mut().enumerate() {
            let faulty = |name: &str| {
                let field = format!("items[{i}].{name}");
                problems.iter().any(|p| p.field.as_deref() == Some(&field))
            };
            if faulty("holdSecs") {
                item.hold_secs = None;
            }
            if faulty("reps") {
                item.reps = None;
            }
            if faulty("rounds") {
                item.rounds = None;
            }
            if faulty("paceSecs") {
                item.pace_secs = None;
            }
            if faulty("sides") {
                item.sides = None;
            }
            if faulty("restAfterSecs") {
                item.rest_after_secs = None;
            }
        }
        countable
    }

    /// Every problem with a routine against this library's exercises (empty when it is usable).
    /// The routine editor calls this for a routine that is not in the library yet, so problems name
    /// the file the routine was loaded from, or `<id>.json` for a new one.
    pub fn validate_routine(&self, routine: &Routine) -> Vec<Problem> {
        let file = self
            .routine_files
            .get(&routine.id)
            .cloned()
            .unwrap_or_else(|| format!("{}.json", routine.id));
        check_routine(self, &file, routine)
    }

    /// The timed plan of a valid routine, step by step.
    pub fn plan(&self, routine: &Routine) -> Result<Plan, LibraryError> {
        let problems = self.validate_routine(routine);
        if !problems.is_empty() {
            return Err(LibraryError::Invalid(problems));
        }
        Ok(Plan::expand(self, routine))
    }

    /// How long a routine takes as planned, in whole seconds, computed from the doses (get ready,
    /// reps, holds, side switches and rests). Items whose exercise is unknown count for nothing;
    /// [`Library::validate_routine`] reports them.
    pub fn planned_duration_secs(&self, routine: &Routine) -> u32 {
        planned_duration_secs(self, routine)
    }
}

impl Exercises for Library {
    fn exercise(&self, id: &str) -> Option<&Exercise> {
        Library::exercise(self, id)
    }
}
