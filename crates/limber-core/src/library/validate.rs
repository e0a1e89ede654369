//! The rules every exercise and routine must follow, and the problems that say which one is broken.
//!
//! This module owns validation: ids, names and descriptions, instruction sentences, doses and their
//! ranges (from [`super::limits`]), the exercises a routine names and how long it may last. It reports
//! *every* problem it finds, each with its file, item id and field path, so a broken file is fixed in
//! one pass. It never reads JSON (the file format in [`super::format`] does) and needs no library:
//! the exercises a routine may use come in through [`Exercises`], so the plan expansion and this
//! module sit below the library that calls them.

use std::fmt;

use super::limits::{
    DESCRIPTION_MAX_CHARS, HOLD_SECS, ID_MAX_BYTES, ITEM_COUNT, ITEM_FIELDS, NAME_MAX_CHARS,
    PHASE_SECS, REPS, ROUNDS, ROUTINE_MAX_SECS, STEP_COUNT,
};
use crate::exercise::{Breath, Dose, Exercise, ExerciseKind, Exercises, Phase, RangeField};
use crate::routine::{Routine, RoutineItem};
use crate::session::plan::Plan;

/// One thing wrong with the data: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file the problem is in.
    pub file: String,
    /// The exercise or routine id, when it is known.
    pub item: Option<String>,
    /// The field path, e.g. `dose.holdSecs` or `items[2].exercise`, when one field is at fault.
    pub field: Option<String>,
    /// What is wrong, in English: for logs and for the people who write the content files.
    pub message: String,
    /// The routine rule broken, for a problem a person can make in the editor or a routine file: the
    /// application layer says it in their language. `message` is its English.
    pub rule: Option<RoutineRule>,
}

/// A routine's text field that people write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Name,
    Description,
}

impl fmt::Display for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TextField::Name => "name",
            TextField::Description => "description",
        })
    }
}

/// A rule a routine broke, with the numbers its words need.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoutineRule {
    #[error("`{id}` must be kebab-case (lowercase words joined by hyphens)")]
    IdNotKebab { id: String },
    #[error("id must be at most {max} characters")]
    IdTooLong { max: usize },
    #[error("{field} must not be empty")]
    Empty { field: TextField },
    #[error("{field} must be at most {max} characters, not {got}")]
    TooLong {
        field: TextField,
        max: usize,
        got: usize,
    },
    #[error("{field} must not contain control characters such as tabs or line breaks")]
    ControlCharacters { field: TextField },
    #[error("{field} must not contain invisible text-direction marks")]
    DirectionMarks { field: TextField },
    #[error("{field} must not contain < or >")]
    AngleBrackets { field: TextField },
    #[error("a routine needs at least one exercise")]
    NoExercises,
    #[error("a routine can have at most {max} exercises, not {got}")]
    TooManyExercises { max: usize, got: usize },
    #[error("unknown exercise id `{id}`")]
    UnknownExercise { id: String },
    /// A dose field (`holdSecs`, `reps`, `rounds`, `paceSecs`, `restAfterSecs`) outside its range.
    #[error("{}", item_field(field).map_or_else(|| format!("{field} must be {min}–{max}"), super::limits::ItemField::rule))]
    DoseOutOfRange {
        field: &'static str,
        min: u32,
        max: u32,
    },
    #[error("{exercise_name} has no hold to change")]
    NoHold {
        exercise_id: String,
        exercise_name: String,
    },
    #[error("{exercise_name} has no timed movement to pace")]
    NoPace {
        exercise_id: String,
        exercise_name: String,
    },
    #[error("the routine would last {minutes} min; the longest allowed is {max} min")]
    TooLongToDo { minutes: u32, max: u32 },
}

fn item_field(name: &str) -> Option<&'static super::limits::ItemField> {
    ITEM_FIELDS.iter().find(|field| field.name == name)
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

/// Every problem with a routine against the exercises it may use (empty when it is usable); problems
/// name `file`.
pub fn check_routine(exercises: &impl Exercises, file: &str, routine: &Routine) -> Vec<Problem> {
    let mut found: Vec<(String, RoutineRule)> = Vec::new();
    let mut at = |field: &str, rule: RoutineRule| found.push((field.to_owned(), rule));
    if !is_kebab(&routine.id) {
        at(
            "id",
            RoutineRule::IdNotKebab {
                id: routine.id.clone(),
            },
        );
    } else if routine.id.len() > ID_MAX_BYTES {
        at("id", RoutineRule::IdTooLong { max: ID_MAX_BYTES });
    }
    check_text(TextField::Name, &routine.name, NAME_MAX_CHARS, &mut at);
    check_text(
        TextField::Description,
        &routine.description,
        DESCRIPTION_MAX_CHARS,
        &mut at,
    );
    let mut sized = true;
    if routine.items.is_empty() {
        at("items", RoutineRule::NoExercises);
    } else if routine.items.len() > *ITEM_COUNT.end() {
        sized = false;
        at(
            "items",
            RoutineRule::TooManyExercises {
                max: *ITEM_COUNT.end(),
                got: routine.items.len(),
            },
        );
    }
    let mut doses = Vec::new();
    for (i, item) in routine.items.iter().enumerate() {
        check_item(i, item, exercises.exercise(&item.exercise), &mut |f, m| {
            doses.push((f.to_owned(), m));
        });
    }
    // The plan is only built for doses in range and a routine of a sane size, so that a broken
    // file can never make it huge.
    if sized && doses.is_empty() {
        let secs = planned_duration_secs(exercises, routine);
        if secs > ROUTINE_MAX_SECS {
            doses.push((
                "items".to_owned(),
                RoutineRule::TooLongToDo {
                    minutes: secs.div_ceil(60),
                    max: ROUTINE_MAX_SECS / 60,
                },
            ));
        }
    }
    found.extend(doses);
    found
        .into_iter()
        .map(|(field, rule)| Problem {
            file: file.to_owned(),
            item: Some(routine.id.clone()),
            field: Some(field),
            message: rule.to_string(),
            rule: Some(rule),
        })
        .collect()
}

/// How long a routine takes as planned, in whole seconds, computed from the doses (get ready, reps,
/// holds, side switches and rests). Items whose exercise is unknown count for nothing; [`check_routine`]
/// reports them.
pub fn planned_duration_secs(exercises: &impl Exercises, routine: &Routine) -> u32 {
    let ms = Plan::expand(exercises, routine).duration_ms();
    u32::try_from(ms.div_ceil(1000)).unwrap_or(u32::MAX)
}

/// The rules for a routine's name and description, which are shown to the user as plain text: not
/// empty (names only), not too long, and free of anything that could change how the text around
/// them looks — control characters, direction overrides and angle brackets. The UI never renders
/// these as HTML, but refusing markup outright means no later screen, notification or export can
/// be tricked by it.
fn check_text(
    field: TextField,
    text: &str,
    max_chars: usize,
    at: &mut impl FnMut(&str, RoutineRule),
) {
    let path = field.to_string();
    if text.trim().is_empty() {
        at(&path, RoutineRule::Empty { field });
        return;
    }
    let chars = text.chars().count();
    if chars > max_chars {
        at(
            &path,
            RoutineRule::TooLong {
                field,
                max: max_chars,
                got: chars,
            },
        );
    }
    if text.chars().any(char::is_control) {
        at(&path, RoutineRule::ControlCharacters { field });
    }
    if text.chars().any(is_direction_mark) {
        at(&path, RoutineRule::DirectionMarks { field });
    }
    if text.contains(['<', '>']) {
        at(&path, RoutineRule::AngleBrackets { field });
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
    at: &mut impl FnMut(&str, RoutineRule),
) {
    let field = |name: &str| format!("items[{i}].{name}");
    if exercise.is_none() {
        at(
            &field("exercise"),
            RoutineRule::UnknownExercise {
                id: item.exercise.clone(),
            },
        );
    }
    let values = [
        item.hold_secs,
        item.reps,
        item.rounds,
        item.pace_secs,
        item.rest_after_secs,
    ];
    for (rule, value) in ITEM_FIELDS.iter().zip(values) {
        if value.is_some_and(|v| !rule.range.contains(&v)) {
            at(
                &field(rule.name),
                RoutineRule::DoseOutOfRange {
                    field: rule.name,
                    min: *rule.range.start(),
                    max: *rule.range.end(),
                },
            );
        }
    }
    let Some(exercise) = exercise else {
        return;
    };
    if item.hold_secs.is_some() && !has_hold(exercise) {
        at(
            &field("holdSecs"),
            RoutineRule::NoHold {
                exercise_id: exercise.id.clone(),
                exercise_name: exercise.name.clone(),
            },
        );
    }
    if item.pace_secs.is_some() && !has_pace(exercise) {
        at(
            &field("paceSecs"),
            RoutineRule::NoPace {
                exercise_id: exercise.id.clone(),
                exercise_name: exercise.name.clone(),
            },
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

pub(super) fn check_exercise(file: &str, exercise: &Exercise) -> Vec<Problem> {
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
    check_progression(exercise, &mut at);
    out
}

/// The rules for an exercise's safe ranges: only exercises that can be made harder have them, each
/// field once, a hold only where there is one, bounds inside the limits every dose keeps, at least
/// one step between them, one rep or round at a time, and the default dose inside each range (so
/// the dose a person starts on is one Limber could have suggested).
fn check_progression(exercise: &Exercise, at: &mut impl FnMut(&str, String)) {
    if exercise.progression.is_empty() {
        return;
    }
    if matches!(
        exercise.kind,
        ExerciseKind::Breathing | ExerciseKind::Relaxation | ExerciseKind::Transition
    ) {
        at(
            "progression",
            format!(
                "a {} exercise is never made harder, so it has no progression",
                match exercise.kind {
                    ExerciseKind::Breathing => "breathing",
                    ExerciseKind::Relaxation => "relaxation",
                    _ => "transition",
                }
            ),
        );
    }
    let mut seen = Vec::new();
    for (i, range) in exercise.progression.iter().enumerate() {
        let path = |name: &str| format!("progression[{i}].{name}");
        if seen.contains(&range.field) {
            at(
                &path("field"),
                format!("{:?} has a range already", range.field),
            );
        }
        seen.push(range.field);
        let (limits, unit) = match range.field {
            RangeField::HoldSecs => (HOLD_SECS, "s"),
            RangeField::Reps => (REPS, ""),
            RangeField::Rounds => (ROUNDS, ""),
        };
        check_range(&path("min"), range.min, limits.clone(), unit, at);
        check_range(&path("max"), range.max, limits, unit, at);
        if range.min >= range.max {
            at(
                &path("max"),
                format!(
                    "the range {}–{} leaves no room to move; max must be above min",
                    range.min, range.max
                ),
            );
        }
        let one_at_a_time = matches!(range.field, RangeField::Reps | RangeField::Rounds);
        if range.step == 0 || (one_at_a_time && range.step != 1) {
            at(
                &path("step"),
                if one_at_a_time {
                    format!(
                        "reps and rounds move one at a time, so step must be 1, not {}",
                        range.step
                    )
                } else {
                    "step must be at least 1 s".to_owned()
                },
            );
        } else if range.min < range.max && range.step > range.max - range.min {
            at(
                &path("step"),
                format!(
                    "a step of {} is larger than the range {}–{}",
                    range.step, range.min, range.max
                ),
            );
        }
        match range.field.value(&exercise.dose) {
            None => at(
                &path("field"),
                format!("{} has no hold to change", exercise.name),
            ),
            Some(value) if !range.contains(value) => at(
                &path("field"),
                format!(
                    "the default dose ({value}) is outside its safe range {}–{}",
                    range.min, range.max
                ),
            ),
            Some(_) => {}
        }
    }
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

pub(super) fn problem(
    file: &str,
    item: Option<&str>,
    field: Option<&str>,
    message: String,
) -> Problem {
    Problem {
        file: file.to_owned(),
        item: item.map(str::to_owned),
        field: field.map(str::to_owned),
        message,
        rule: None,
    }
}

pub(super) fn duplicate(file: &str, id: &str, what: &str) -> Problem {
    problem(
        file,
        Some(id),
        Some("id"),
        format!("duplicate {what} id `{id}`"),
    )
}

/// Kebab case: lowercase ASCII words of letters and digits joined by single hyphens.
pub fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

pub(super) fn kebab_message(id: &str) -> String {
    RoutineRule::IdNotKebab { id: id.to_owned() }.to_string()
}

/// camelCase: starts with a lowercase letter, then ASCII letters and digits.
fn is_camel(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}
