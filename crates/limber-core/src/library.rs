//! The exercise library: every exercise and routine Limber knows, loaded from JSON and validated.
//!
//! This module owns parsing the built-in data (embedded at compile time, so there is no IO at run
//! time), parsing sources the shell hands in (user routines), and validating all of it. Validation
//! reports *every* problem it finds, each with its file, item id and field, so a broken data file is
//! fixed in one pass. It never reads files itself and never computes timings beyond asking the plan
//! expansion in [`crate::session::plan`] for a routine's length.
//!
//! User routines join a library through [`Library::with_custom`], which validates each one and
//! leaves out the ones with problems; they are read from and written to `.limber-routine.json`
//! files by [`routine_file`]. Built-in routines are never replaced by user routines.

pub mod routine_file;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::contraindication::{self, Condition, LeftOut};
use crate::exercise::{Breath, Dose, Exercise, ExerciseKind, Phase, Sides};
use crate::routine::{CustomRoutine, Routine, RoutineItem};
use crate::session::plan::Plan;

/// The smallest and largest hold, in seconds, anywhere in the data.
pub const HOLD_SECS: std::ops::RangeInclusive<u32> = 1..=600;
/// The smallest and largest number of reps per side and round.
pub const REPS: std::ops::RangeInclusive<u32> = 1..=100;
/// The smallest and largest number of rounds.
pub const ROUNDS: std::ops::RangeInclusive<u32> = 1..=20;
/// The shortest and longest phase of a rep, in seconds.
pub const PHASE_SECS: std::ops::RangeInclusive<u32> = 1..=60;
/// The shortest and longest pace a routine item may set for each timed phase of a rep, in seconds.
pub const PACE_SECS: std::ops::RangeInclusive<u32> = 1..=30;
/// The longest rest after an item, in seconds (0 means no rest).
pub const REST_SECS: std::ops::RangeInclusive<u32> = 0..=600;
/// How many instruction sentences an exercise has.
pub const STEP_COUNT: std::ops::RangeInclusive<usize> = 3..=6;
/// How many exercises a routine has.
pub const ITEM_COUNT: std::ops::RangeInclusive<usize> = 1..=30;
/// The longest routine name, in characters: it has to fit on a card and in a notification.
pub const NAME_MAX_CHARS: usize = 60;
/// The longest routine description, in characters.
pub const DESCRIPTION_MAX_CHARS: usize = 300;
/// The longest routine id, in bytes.
pub const ID_MAX_BYTES: usize = 64;
/// The longest a routine may last as planned, in seconds (two hours).
pub const ROUTINE_MAX_SECS: u32 = 2 * 60 * 60;

/// A JSON text and the file name it came from, so problems can say where they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The file name, e.g. `cat-cow.json`.
    pub name: String,
    pub text: String,
}

impl Source {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }
}

/// One thing wrong with the data: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// The file the problem is in.
    pub file: String,
    /// The exercise or routine id, when it is known.
    pub item: Option<String>,
    /// The field path, e.g. `dose.holdSecs` or `items[2].exercise`, when one field is at fault.
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(item) = &self.item {
            write!(f, ": {item}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": {field}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Why a library or a routine could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LibraryError {
    /// The data has problems; every one found is listed.
    #[error("{} problem(s) in the exercise library:\n{}", .0.len(), list(.0))]
    Invalid(Vec<Problem>),
}

impl LibraryError {
    /// Every problem found.
    pub fn problems(&self) -> &[Problem] {
        match self {
            LibraryError::Invalid(problems) => problems,
        }
    }
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  - {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The built-in exercises, one file each; listed by hand because there is no IO at run time.
const BUILTIN_EXERCISES: &[(&str, &str)] = &[
    (
        "abdominal-bracing.json",
        include_str!("../../../assets/exercises/abdominal-bracing.json"),
    ),
    (
        "cat-cow.json",
        include_str!("../../../assets/exercises/cat-cow.json"),
    ),
    (
        "diaphragmatic-breathing.json",
        include_str!("../../../assets/exercises/diaphragmatic-breathing.json"),
    ),
    (
        "head-tilt.json",
        include_str!("../../../assets/exercises/head-tilt.json"),
    ),
    (
        "knee-to-chest.json",
        include_str!("../../../assets/exercises/knee-to-chest.json"),
    ),
    (
        "log-roll.json",
        include_str!("../../../assets/exercises/log-roll.json"),
    ),
    (
        "open-book.json",
        include_str!("../../../assets/exercises/open-book.json"),
    ),
    (
        "plank.json",
        include_str!("../../../assets/exercises/plank.json"),
    ),
    (
        "plank-knees.json",
        include_str!("../../../assets/exercises/plank-knees.json"),
    ),
    (
        "progressive-muscle-relaxation.json",
        include_str!("../../../assets/exercises/progressive-muscle-relaxation.json"),
    ),
    (
        "scapular-clocks.json",
        include_str!("../../../assets/exercises/scapular-clocks.json"),
    ),
    (
        "shoulder-rows.json",
        include_str!("../../../assets/exercises/shoulder-rows.json"),
    ),
    (
        "supine-knee-twist.json",
        include_str!("../../../assets/exercises/supine-knee-twist.json"),
    ),
];

/// The built-in routines, one file each.
const BUILTIN_ROUTINES: &[(&str, &str)] = &[
    (
        "bedtime-wind-down.json",
        include_str!("../../../assets/routines/bedtime-wind-down.json"),
    ),
    (
        "morning-mobility.json",
        include_str!("../../../assets/routines/morning-mobility.json"),
    ),
    (
        "upper-back-neck.json",
        include_str!("../../../assets/routines/upper-back-neck.json"),
    ),
    (
        "two-minute-reset.json",
        include_str!("../../../assets/routines/two-minute-reset.json"),
    ),
];

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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
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
        let to_sources = |files: &[(&str, &str)]| -> Vec<Source> {
            files.iter().map(|(n, t)| Source::new(*n, *t)).collect()
        };
        Library::from_sources(
            &to_sources(BUILTIN_EXERCISES),
            &to_sources(BUILTIN_ROUTINES),
        )
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
            if let Some(exercise) = parse_exercise(source, &mut problems) {
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
            if let Some(routine) = parse_routine(source, &mut problems) {
                problems.extend(library.check_routine(&source.name, &routine));
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
            let mut found = library.check_routine(&file, &entry.routine);
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
        DraftCheck {
            problems,
            duration_secs: self.planned_duration_secs(&countable),
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
        self.check_routine(&file, routine)
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
        let ms = Plan::expand(self, routine).duration_ms();
        u32::try_from(ms.div_ceil(1000)).unwrap_or(u32::MAX)
    }

    fn check_routine(&self, file: &str, routine: &Routine) -> Vec<Problem> {
        let mut found: Vec<(String, String)> = Vec::new();
        let mut at = |field: &str, message: String| found.push((field.to_owned(), message));
        if !is_kebab(&routine.id) {
            at("id", kebab_message(&routine.id));
        } else if routine.id.len() > ID_MAX_BYTES {
            at(
                "id",
                format!("id must be at most {ID_MAX_BYTES} characters"),
            );
        }
        check_text("name", &routine.name, NAME_MAX_CHARS, &mut at);
        check_text(
            "description",
            &routine.description,
            DESCRIPTION_MAX_CHARS,
            &mut at,
        );
        let mut sized = true;
        if routine.items.is_empty() {
            at("items", "a routine needs at least one exercise".to_owned());
        } else if routine.items.len() > *ITEM_COUNT.end() {
            sized = false;
            at(
                "items",
                format!(
                    "a routine can have at most {} exercises, not {}",
                    ITEM_COUNT.end(),
                    routine.items.len()
                ),
            );
        }
        let mut doses = Vec::new();
        for (i, item) in routine.items.iter().enumerate() {
            check_item(i, item, self.exercise(&item.exercise), &mut |f, m| {
                doses.push((f.to_owned(), m));
            });
        }
        // The plan is only built for doses in range and a routine of a sane size, so that a broken
        // file can never make it huge.
        if sized && doses.is_empty() {
            let secs = self.planned_duration_secs(routine);
            if secs > ROUTINE_MAX_SECS {
                doses.push((
                    "items".to_owned(),
                    format!(
                        "the routine would last {} min; the longest allowed is {} min",
                        secs.div_ceil(60),
                        ROUTINE_MAX_SECS / 60
                    ),
                ));
            }
        }
        found.extend(doses);
        found
            .into_iter()
            .map(|(field, message)| problem(file, Some(&routine.id), Some(&field), message))
            .collect()
    }
}

/// The rules for a routine's name and description, which are shown to the user as plain text: not
/// empty (names only), not too long, and free of anything that could change how the text around
/// them looks — control characters, direction overrides and angle brackets. The UI never renders
/// these as HTML, but refusing markup outright means no later screen, notification or export can
/// be tricked by it.
fn check_text(field: &str, text: &str, max_chars: usize, at: &mut impl FnMut(&str, String)) {
    if text.trim().is_empty() {
        at(field, format!("{field} must not be empty"));
        return;
    }
    let chars = text.chars().count();
    if chars > max_chars {
        at(
            field,
            format!("{field} must be at most {max_chars} characters, not {chars}"),
        );
    }
    if text.chars().any(char::is_control) {
        at(
            field,
            format!("{field} must not contain control characters such as tabs or line breaks"),
        );
    }
    if text.chars().any(is_direction_mark) {
        at(
            field,
            format!("{field} must not contain invisible text-direction marks"),
        );
    }
    if text.contains(['<', '>']) {
        at(field, format!("{field} must not contain < or >"));
    }
}

/// Unicode marks that reverse or isolate the direction of the text after them, which can make a
/// name look like something it is not.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn check_item(
    i: usize,
    item: &RoutineItem,
    exercise: Option<&Exercise>,
    at: &mut impl FnMut(&str, String),
) {
    let field = |name: &str| format!("items[{i}].{name}");
    if exercise.is_none() {
        at(
            &field("exercise"),
            format!("unknown exercise id `{}`", item.exercise),
        );
    }
    let checks = [
        ("holdSecs", item.hold_secs, HOLD_SECS, "hold", " s"),
        ("reps", item.reps, REPS, "reps", ""),
        ("rounds", item.rounds, ROUNDS, "rounds", ""),
        ("paceSecs", item.pace_secs, PACE_SECS, "pace", " s"),
        (
            "restAfterSecs",
            item.rest_after_secs,
            REST_SECS,
            "rest",
            " s",
        ),
    ];
    for (name, value, range, noun, unit) in checks {
        if value.is_some_and(|v| !range.contains(&v)) {
            at(
                &field(name),
                format!("{noun} must be {}–{}{unit}", range.start(), range.end()),
            );
        }
    }
    let Some(exercise) = exercise else {
        return;
    };
    if item.hold_secs.is_some() && !has_hold(exercise) {
        at(
            &field("holdSecs"),
            format!("{} has no hold to change", exercise.name),
        );
    }
    if item.pace_secs.is_some() && !has_pace(exercise) {
        at(
            &field("paceSecs"),
            format!("{} has no timed movement to pace", exercise.name),
        );
    }
}

/// True when the exercise has a timed movement phase whose length a routine item may set.
pub fn has_pace(exercise: &Exercise) -> bool {
    exercise.dose.pace.iter().any(|phase| !phase.is_hold())
}

/// True when the exercise has a hold that a routine item may lengthen or shorten.
pub fn has_hold(exercise: &Exercise) -> bool {
    exercise.dose.hold_secs.is_some() || exercise.dose.pace.iter().any(Phase::is_hold)
}

fn check_range(
    field: &str,
    value: u32,
    range: std::ops::RangeInclusive<u32>,
    unit: &str,
    at: &mut impl FnMut(&str, String),
) {
    if !range.contains(&value) {
        at(
            field,
            format!(
                "{value}{unit} is outside {}{unit}–{}{unit}",
                range.start(),
                range.end()
            ),
        );
    }
}

fn check_exercise(file: &str, exercise: &Exercise) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut at = |field: &str, message: String| {
        out.push(problem(file, Some(&exercise.id), Some(field), message));
    };
    if !is_kebab(&exercise.id) {
        at("id", kebab_message(&exercise.id));
    }
    for (field, text) in [
        ("name", &exercise.name),
        ("summary", &exercise.summary),
        ("spoken", &exercise.spoken),
        ("breathing", &exercise.breathing),
    ] {
        if text.trim().is_empty() {
            at(field, "must not be empty".to_owned());
        }
    }
    if let Some(message) = crate::speech::spoken_problem(&exercise.spoken) {
        at("spoken", message);
    }
    if !STEP_COUNT.contains(&exercise.steps.len()) {
        at(
            "steps",
            format!(
                "has {} sentences; needs {}–{}",
                exercise.steps.len(),
                STEP_COUNT.start(),
                STEP_COUNT.end()
            ),
        );
    }
    for (i, step) in exercise.steps.iter().enumerate() {
        if step.trim().is_empty() {
            at(&format!("steps[{i}]"), "must not be empty".to_owned());
        }
    }
    if exercise.cautions.is_empty() {
        at(
            "cautions",
            "needs at least the line saying when to stop".to_owned(),
        );
    }
    if exercise.illustration != exercise.id {
        at(
            "illustration",
            format!(
                "`{}` must equal the exercise id `{}`",
                exercise.illustration, exercise.id
            ),
        );
    }
    check_dose(exercise.kind, &exercise.dose, &mut at);
    out
}

fn check_dose(kind: ExerciseKind, dose: &Dose, at: &mut impl FnMut(&str, String)) {
    if let Some(hold) = dose.hold_secs {
        check_range("dose.holdSecs", hold, HOLD_SECS, "s", at);
    }
    if let Some(reps) = dose.reps {
        check_range("dose.reps", reps, REPS, "", at);
    }
    check_range("dose.rounds", dose.rounds, ROUNDS, "", at);
    let holds = dose.pace.iter().filter(|p| p.is_hold()).count();
    if holds > 1 {
        at(
            "dose.pace",
            format!("{holds} phases have no `secs`; only the hold may, and only once"),
        );
    }
    if holds == 1 && dose.hold_secs.is_none() {
        at(
            "dose.holdSecs",
            "the pace has a hold phase, so `holdSecs` is required".to_owned(),
        );
    }
    for (i, phase) in dose.pace.iter().enumerate() {
        if !is_camel(&phase.name) {
            at(
                &format!("dose.pace[{i}].name"),
                format!("`{}` must be a camelCase pose name", phase.name),
            );
        }
        if let Some(secs) = phase.secs {
            check_range(&format!("dose.pace[{i}].secs"), secs, PHASE_SECS, "s", at);
        }
    }
    if dose.pace.is_empty() && dose.hold_secs.is_none() {
        at(
            "dose",
            "needs a hold (`holdSecs`) or a pace for each rep".to_owned(),
        );
    }
    if kind == ExerciseKind::Breathing {
        let paced = [Breath::In, Breath::Out]
            .iter()
            .all(|b| dose.pace.iter().any(|p| p.breath == Some(*b)));
        if !paced {
            at(
                "dose.pace",
                "a breathing exercise needs a breathe-in and a breathe-out phase".to_owned(),
            );
        }
    }
    if kind == ExerciseKind::Hold && dose.hold_secs.is_none() {
        at(
            "dose.holdSecs",
            "a hold exercise needs `holdSecs`".to_owned(),
        );
    }
}

fn problem(file: &str, item: Option<&str>, field: Option<&str>, message: String) -> Problem {
    Problem {
        file: file.to_owned(),
        item: item.map(str::to_owned),
        field: field.map(str::to_owned),
        message,
    }
}

fn duplicate(file: &str, id: &str, what: &str) -> Problem {
    problem(
        file,
        Some(id),
        Some("id"),
        format!("duplicate {what} id `{id}`"),
    )
}

/// Kebab case: lowercase ASCII words of letters and digits joined by single hyphens.
fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

fn kebab_message(id: &str) -> String {
    format!("`{id}` must be kebab-case (lowercase words joined by hyphens)")
}

/// camelCase: starts with a lowercase letter, then ASCII letters and digits.
fn is_camel(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// Reads the fields of one JSON object one by one, so that every missing, mistyped or unknown field
/// is reported with its own path instead of stopping at the first (which is what serde would do).
struct Fields<'a> {
    object: Map<String, Value>,
    file: &'a str,
    item: Option<String>,
    prefix: String,
    problems: &'a mut Vec<Problem>,
}

impl<'a> Fields<'a> {
    /// Starts reading `value`, which must be an object; reports and gives up otherwise.
    fn new(
        value: Value,
        file: &'a str,
        item: Option<String>,
        prefix: String,
        problems: &'a mut Vec<Problem>,
    ) -> Option<Fields<'a>> {
        match value {
            Value::Object(object) => Some(Fields {
                object,
                file,
                item,
                prefix,
                problems,
            }),
            other => {
                let field = prefix.trim_end_matches('.').to_owned();
                problems.push(Problem {
                    file: file.to_owned(),
                    item,
                    field: (!field.is_empty()).then_some(field),
                    message: format!("expected an object, found {}", kind_of(&other)),
                });
                None
            }
        }
    }

    fn path(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    fn report(&mut self, field: String, message: String) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            item: self.item.clone(),
            field: Some(field),
            message,
        });
    }

    /// A field that must be present; `None` after reporting when it is missing or malformed.
    fn required<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
        match self.object.remove(key) {
            None => {
                let path = self.path(key);
                self.report(path, "missing field".to_owned());
                None
            }
            Some(value) => self.convert(key, value),
        }
    }

    /// A field that may be absent: `Some(None)` when absent, `None` when present but malformed.
    fn optional<T: DeserializeOwned>(&mut self, key: &str) -> Option<Option<T>> {
        match self.object.remove(key) {
            None | Some(Value::Null) => Some(None),
            Some(value) => self.convert(key, value).map(Some),
        }
    }

    /// An optional whole number with a range, e.g. a routine item's hold. Anything that is not a
    /// whole number from 0 to `u32::MAX` is reported with the same words the range check uses, so
    /// the user reads one rule whether they typed `-1`, `2.5` or `"many"`.
    fn optional_count(
        &mut self,
        key: &str,
        noun: &str,
        range: std::ops::RangeInclusive<u32>,
        unit: &str,
    ) -> Option<Option<u32>> {
        match self.object.remove(key) {
            None | Some(Value::Null) => Some(None),
            Some(value) => {
                let number = value.as_u64().and_then(|n| u32::try_from(n).ok());
                if number.is_none() {
                    let path = self.path(key);
                    let whole = if value.is_number() {
                        ""
                    } else {
                        "a whole number, "
                    };
                    self.report(
                        path,
                        format!(
                            "{noun} must be {whole}{}–{}{unit}",
                            range.start(),
                            range.end()
                        ),
                    );
                    return None;
                }
                Some(number)
            }
        }
    }

    /// A list field whose elements are read one by one so a bad element names its index.
    fn list_with<T>(
        &mut self,
        key: &str,
        required: bool,
        mut read: impl FnMut(Value, String, &mut Vec<Problem>) -> Option<T>,
    ) -> Option<Vec<T>> {
        let path = self.path(key);
        match self.object.remove(key) {
            None if required => {
                self.report(path, "missing field".to_owned());
                None
            }
            None | Some(Value::Null) => Some(Vec::new()),
            Some(Value::Array(values)) => {
                let mut out = Vec::new();
                let mut ok = true;
                for (i, value) in values.into_iter().enumerate() {
                    match read(value, format!("{path}[{i}]"), self.problems) {
                        Some(v) => out.push(v),
                        None => ok = false,
                    }
                }
                ok.then_some(out)
            }
            Some(other) => {
                let message = format!("expected a list, found {}", kind_of(&other));
                self.report(path, message);
                None
            }
        }
    }

    fn convert<T: DeserializeOwned>(&mut self, key: &str, value: Value) -> Option<T> {
        match serde_json::from_value(value) {
            Ok(v) => Some(v),
            Err(e) => {
                let path = self.path(key);
                self.report(path, e.to_string());
                None
            }
        }
    }

    /// Reports every field that was not read: a typo must not be silently ignored.
    fn finish(self) -> bool {
        let mut ok = true;
        let keys: Vec<String> = self.object.keys().cloned().collect();
        for key in keys {
            ok = false;
            self.problems.push(Problem {
                file: self.file.to_owned(),
                item: self.item.clone(),
                field: Some(format!("{}{key}", self.prefix)),
                message: "unknown field".to_owned(),
            });
        }
        ok
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Parses the JSON text of a source; reports bad JSON with its line and column.
fn parse_json(source: &Source, problems: &mut Vec<Problem>) -> Option<Value> {
    match serde_json::from_str::<Value>(&source.text) {
        Ok(value) => Some(value),
        Err(e) => {
            problems.push(Problem {
                file: source.name.clone(),
                item: None,
                field: None,
                message: json_error(&e),
            });
            None
        }
    }
}

/// A JSON syntax error as one sentence: where, then what (serde_json puts the place at the end).
fn json_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let place = format!(" at line {} column {}", e.line(), e.column());
    let what = text.strip_suffix(&place).unwrap_or(&text);
    format!(
        "bad JSON at line {}, column {}: {what}",
        e.line(),
        e.column()
    )
}

/// The `id` of an object, read early so every later problem can name its item.
fn peek_id(value: &Value) -> Option<String> {
    value.get("id").and_then(Value::as_str).map(str::to_owned)
}

fn parse_exercise(source: &Source, problems: &mut Vec<Problem>) -> Option<Exercise> {
    let value = parse_json(source, problems)?;
    let item = peek_id(&value);
    let mut f = Fields::new(value, &source.name, item.clone(), String::new(), problems)?;
    let id = f.required("id");
    let name = f.required("name");
    let area = f.required("area");
    let position = f.required("position");
    let kind = f.required("kind");
    let summary = f.required("summary");
    let spoken = f.required("spoken");
    let steps = f.required("steps");
    let breathing = f.required("breathing");
    let cautions = f.required("cautions");
    let avoid_with = f.optional::<Vec<Condition>>("avoidWith");
    let illustration = f.required("illustration");
    let file = source.name.clone();
    let dose = match f.object.remove("dose") {
        None => {
            f.report("dose".to_owned(), "missing field".to_owned());
            None
        }
        Some(value) => parse_dose(value, &file, item, f.problems),
    };
    let complete = f.finish();
    Some(Exercise {
        id: id?,
        name: name?,
        area: area?,
        position: position?,
        kind: kind?,
        summary: summary?,
        spoken: spoken?,
        steps: steps?,
        breathing: breathing?,
        cautions: cautions?,
        avoid_with: avoid_with?.unwrap_or_default(),
        dose: dose?,
        illustration: illustration?,
    })
    .filter(|_| complete)
}

fn parse_dose(
    value: Value,
    file: &str,
    item: Option<String>,
    problems: &mut Vec<Problem>,
) -> Option<Dose> {
    let phase_item = item.clone();
    let mut f = Fields::new(value, file, item, "dose.".to_owned(), problems)?;
    let hold_secs = f.optional("holdSecs");
    let reps = f.optional("reps");
    let rounds = f.optional("rounds");
    let sides = f.optional::<Sides>("sides");
    let pace = f.list_with(
        "pace",
        false,
        |value, path, problems| match serde_json::from_value::<Phase>(value) {
            Ok(phase) => Some(phase),
            Err(e) => {
                problems.push(Problem {
                    file: file.to_owned(),
                    item: phase_item.clone(),
                    field: Some(path),
                    message: e.to_string(),
                });
                None
            }
        },
    );
    let complete = f.finish();
    Some(Dose {
        hold_secs: hold_secs?,
        reps: reps?,
        rounds: rounds?.unwrap_or(1),
        sides: sides?.unwrap_or_default(),
        pace: pace?,
    })
    .filter(|_| complete)
}

fn parse_routine(source: &Source, problems: &mut Vec<Problem>) -> Option<Routine> {
    let value = parse_json(source, problems)?;
    let item = peek_id(&value);
    let mut f = Fields::new(value, &source.name, item, String::new(), problems)?;
    let routine = read_routine(&mut f);
    let complete = f.finish();
    routine.filter(|_| complete)
}

/// Reads a routine's own fields from an object (a routine file adds its own fields around them);
/// every field is read, so each problem is reported, before `None` says one was bad.
fn read_routine(f: &mut Fields<'_>) -> Option<Routine> {
    let file = f.file;
    let item = f.item.clone();
    let id = f.required("id");
    let name = f.required("name");
    let description = f.required("description");
    let time_of_day = f.required("timeOfDay");
    let items = f.list_with("items", true, |value, path, problems| {
        parse_item(value, file, item.clone(), path, problems)
    });
    Some(Routine {
        id: id?,
        name: name?,
        description: description?,
        time_of_day: time_of_day?,
        items: items?,
    })
}

fn parse_item(
    value: Value,
    file: &str,
    item: Option<String>,
    path: String,
    problems: &mut Vec<Problem>,
) -> Option<RoutineItem> {
    let mut f = Fields::new(value, file, item, format!("{path}."), problems)?;
    let exercise = f.required("exercise");
    let hold_secs = f.optional_count("holdSecs", "hold", HOLD_SECS, " s");
    let reps = f.optional_count("reps", "reps", REPS, "");
    let rounds = f.optional_count("rounds", "rounds", ROUNDS, "");
    let sides = f.optional("sides");
    let pace_secs = f.optional_count("paceSecs", "pace", PACE_SECS, " s");
    let rest_after_secs = f.optional_count("restAfterSecs", "rest", REST_SECS, " s");
    let complete = f.finish();
    Some(RoutineItem {
        exercise: exercise?,
        hold_secs: hold_secs?,
        reps: reps?,
        rounds: rounds?,
        sides: sides?,
        pace_secs: pace_secs?,
        rest_after_secs: rest_after_secs?,
    })
    .filter(|_| complete)
}
