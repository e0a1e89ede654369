//! The exercise library: every exercise and routine Limber knows, loaded from JSON and validated.
//!
//! This module owns parsing the built-in data (embedded at compile time, so there is no IO at run
//! time), parsing sources the shell hands in (user routines), and validating all of it. Validation
//! reports *every* problem it finds, each with its file, item id and field, so a broken data file is
//! fixed in one pass. It never reads files itself and never computes timings beyond asking the plan
//! expansion in [`crate::session::plan`] for a routine's length.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::exercise::{Breath, Dose, Exercise, ExerciseKind, Phase, Sides};
use crate::routine::{Routine, RoutineItem};
use crate::session::plan::Plan;

/// The smallest and largest hold, in seconds, anywhere in the data.
pub const HOLD_SECS: std::ops::RangeInclusive<u32> = 1..=600;
/// The smallest and largest number of reps per side and round.
pub const REPS: std::ops::RangeInclusive<u32> = 1..=100;
/// The smallest and largest number of rounds.
pub const ROUNDS: std::ops::RangeInclusive<u32> = 1..=20;
/// The shortest and longest phase of a rep, in seconds.
pub const PHASE_SECS: std::ops::RangeInclusive<u32> = 1..=60;
/// The longest rest after an item, in seconds (0 means no rest).
pub const REST_SECS: std::ops::RangeInclusive<u32> = 0..=600;
/// How many instruction sentences an exercise has.
pub const STEP_COUNT: std::ops::RangeInclusive<usize> = 3..=6;

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
            Ok(library)
        } else {
            Err(LibraryError::Invalid(problems))
        }
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
        let mut out = Vec::new();
        let mut at = |field: &str, message: String| {
            out.push(problem(file, Some(&routine.id), Some(field), message));
        };
        if !is_kebab(&routine.id) {
            at("id", kebab_message(&routine.id));
        }
        if routine.name.trim().is_empty() {
            at("name", "must not be empty".to_owned());
        }
        if routine.description.trim().is_empty() {
            at("description", "must not be empty".to_owned());
        }
        if routine.items.is_empty() {
            at("items", "a routine needs at least one exercise".to_owned());
        }
        for (i, item) in routine.items.iter().enumerate() {
            check_item(i, item, self.exercise(&item.exercise), &mut at);
        }
        out
    }
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
    if let Some(hold) = item.hold_secs {
        check_range(&field("holdSecs"), hold, HOLD_SECS, "s", at);
    }
    if let Some(reps) = item.reps {
        check_range(&field("reps"), reps, REPS, "", at);
    }
    if let Some(rounds) = item.rounds {
        check_range(&field("rounds"), rounds, ROUNDS, "", at);
    }
    if let Some(rest) = item.rest_after_secs {
        check_range(&field("restAfterSecs"), rest, REST_SECS, "s", at);
    }
    if let (Some(exercise), Some(_)) = (exercise, item.hold_secs) {
        if exercise.dose.hold_secs.is_none() && !exercise.dose.pace.iter().any(Phase::is_hold) {
            at(
                &field("holdSecs"),
                format!("`{}` has no hold to change", exercise.id),
            );
        }
    }
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
        ("breathing", &exercise.breathing),
    ] {
        if text.trim().is_empty() {
            at(field, "must not be empty".to_owned());
        }
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
                message: format!("bad JSON at line {}, column {}: {e}", e.line(), e.column()),
            });
            None
        }
    }
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
    let steps = f.required("steps");
    let breathing = f.required("breathing");
    let cautions = f.required("cautions");
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
        steps: steps?,
        breathing: breathing?,
        cautions: cautions?,
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
    let file = source.name.as_str();
    let mut f = Fields::new(value, file, item.clone(), String::new(), problems)?;
    let id = f.required("id");
    let name = f.required("name");
    let description = f.required("description");
    let time_of_day = f.required("timeOfDay");
    let items = f.list_with("items", true, |value, path, problems| {
        parse_item(value, file, item.clone(), path, problems)
    });
    let complete = f.finish();
    Some(Routine {
        id: id?,
        name: name?,
        description: description?,
        time_of_day: time_of_day?,
        items: items?,
    })
    .filter(|_| complete)
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
    let hold_secs = f.optional("holdSecs");
    let reps = f.optional("reps");
    let rounds = f.optional("rounds");
    let sides = f.optional("sides");
    let rest_after_secs = f.optional("restAfterSecs");
    let complete = f.finish();
    Some(RoutineItem {
        exercise: exercise?,
        hold_secs: hold_secs?,
        reps: reps?,
        rounds: rounds?,
        sides: sides?,
        rest_after_secs: rest_after_secs?,
    })
    .filter(|_| complete)
}
