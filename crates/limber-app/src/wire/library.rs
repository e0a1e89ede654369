//! The library as it crosses IPC: exercises, routines, the editor's drafts, edits and checks. These mirror
//! `limber_core`'s exercise, routine and library values (which keep their serde derives because they are the
//! format of the exercise and routine files), so the core's types carry no TypeScript. The UI sends routines
//! and edits back, so those mirrors read JSON with the file format's own rules.

use limber_core::exercise as core_exercise;
use limber_core::library as core_library;
use limber_core::routine as core_routine;
use limber_core::routine::edit as core_edit;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::safety::Condition;
use crate::words::Words;

/// The part of the body an exercise mainly works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum BodyArea {
    LowerBack,
    UpperBack,
    Neck,
    Core,
}

/// Where the exercise is done, so a routine can start in bed and only later ask the user to stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Position {
    InBed,
    Floor,
    Standing,
    Seated,
}

/// How an exercise is paced, which decides how the guide presents it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ExerciseKind {
    /// A position held still for a number of seconds (plank, knee-to-chest).
    Hold,
    /// Slow repeated movements with a pace per rep (cat-cow, shoulder rows).
    Reps,
    /// Paced breaths (in, out) with nothing else to do.
    Breathing,
    /// Tense-and-release or other calming work.
    Relaxation,
    /// A way of moving between positions (getting out of bed safely).
    Transition,
}

/// Whether one rep is done on both sides of the body, and in which order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, TS)]
#[serde(rename_all = "camelCase")]
pub enum Sides {
    /// The exercise is symmetrical: no side.
    #[default]
    None,
    /// All reps on the left, then switch, then all reps on the right.
    Each,
    /// One rep to the left, one to the right, and so on (supine knee twists).
    Alternate,
}

/// The side of the body a step works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Side {
    None,
    Left,
    Right,
}

/// Which way the breath goes during a phase, so the guide can cue "breathe in" and "breathe out".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Breath {
    In,
    Out,
}

/// One named part of a rep, e.g. "cow" then "cat", so the UI can animate the poses.
///
/// A phase without `secs` is *the hold*: it lasts the dose's `holdSecs`, so a routine that overrides
/// the hold changes exactly that phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Phase {
    /// A camelCase pose name that the illustration and the UI understand (e.g. `cow`, `hold`).
    pub name: String,
    /// How long the phase lasts; absent for the hold phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub secs: Option<u32>,
    /// The breath that goes with this phase, if it is paced by the breath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub breath: Option<Breath>,
}

/// How much of an exercise to do: the default lives on the exercise, and a routine item may override
/// the hold, the reps, the rounds, the sides and the pace of the timed phases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Dose {
    /// Seconds the hold phase lasts (1–600). Required when a phase is the hold; when there is no
    /// hold phase in `pace`, the hold is added as a last phase named `hold`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub hold_secs: Option<u32>,
    /// Reps per side and round (1–100); one rep when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub reps: Option<u32>,
    /// How many times the whole set (both sides) is repeated (1–20).
    pub rounds: u32,
    /// Whether the reps are done per side.
    #[serde(default)]
    pub sides: Sides,
    /// The phases of one rep, in order (e.g. cat-cow: cow 4 s breathing in, cat 4 s breathing out).
    #[serde(default)]
    pub pace: Vec<Phase>,
}

/// One exercise of the library, with our own plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Exercise {
    /// Kebab-case id, stable forever: illustrations, routines and the journal refer to it.
    pub id: String,
    pub name: String,
    pub area: BodyArea,
    pub position: Position,
    pub kind: ExerciseKind,
    /// One line that says what to do, shown under the timer.
    pub summary: String,
    /// What the voice coach says when the exercise starts: one or two short sentences written for the ear
    /// (no lists, no numbers to read), consistent with `steps` and `cautions`.
    pub spoken: String,
    /// Three to six short sentences, in order.
    pub steps: Vec<String>,
    /// How to breathe during the exercise.
    pub breathing: String,
    /// Safety lines; always includes when to stop, and says so for each condition in `avoid_with`.
    pub cautions: Vec<String>,
    /// The conditions this move is unsuitable for: a built-in routine leaves it out for a person who
    /// has any of them (see [`crate::contraindication`]).
    #[serde(default)]
    pub avoid_with: Vec<Condition>,
    pub dose: Dose,
    /// The figure drawn for this exercise; equal to the id.
    pub illustration: String,
}

impl From<&core_exercise::BodyArea> for BodyArea {
    fn from(value: &core_exercise::BodyArea) -> Self {
        match value {
            core_exercise::BodyArea::LowerBack => BodyArea::LowerBack,
            core_exercise::BodyArea::UpperBack => BodyArea::UpperBack,
            core_exercise::BodyArea::Neck => BodyArea::Neck,
            core_exercise::BodyArea::Core => BodyArea::Core,
        }
    }
}

impl From<&core_exercise::Position> for Position {
    fn from(value: &core_exercise::Position) -> Self {
        match value {
            core_exercise::Position::InBed => Position::InBed,
            core_exercise::Position::Floor => Position::Floor,
            core_exercise::Position::Standing => Position::Standing,
            core_exercise::Position::Seated => Position::Seated,
        }
    }
}

impl From<&core_exercise::ExerciseKind> for ExerciseKind {
    fn from(value: &core_exercise::ExerciseKind) -> Self {
        match value {
            core_exercise::ExerciseKind::Hold => ExerciseKind::Hold,
            core_exercise::ExerciseKind::Reps => ExerciseKind::Reps,
            core_exercise::ExerciseKind::Breathing => ExerciseKind::Breathing,
            core_exercise::ExerciseKind::Relaxation => ExerciseKind::Relaxation,
            core_exercise::ExerciseKind::Transition => ExerciseKind::Transition,
        }
    }
}

impl From<&core_exercise::Sides> for Sides {
    fn from(value: &core_exercise::Sides) -> Self {
        match value {
            core_exercise::Sides::None => Sides::None,
            core_exercise::Sides::Each => Sides::Each,
            core_exercise::Sides::Alternate => Sides::Alternate,
        }
    }
}

impl From<Sides> for core_exercise::Sides {
    fn from(value: Sides) -> Self {
        match value {
            Sides::None => core_exercise::Sides::None,
            Sides::Each => core_exercise::Sides::Each,
            Sides::Alternate => core_exercise::Sides::Alternate,
        }
    }
}

impl From<&core_exercise::Side> for Side {
    fn from(value: &core_exercise::Side) -> Self {
        match value {
            core_exercise::Side::None => Side::None,
            core_exercise::Side::Left => Side::Left,
            core_exercise::Side::Right => Side::Right,
        }
    }
}

impl From<&core_exercise::Breath> for Breath {
    fn from(value: &core_exercise::Breath) -> Self {
        match value {
            core_exercise::Breath::In => Breath::In,
            core_exercise::Breath::Out => Breath::Out,
        }
    }
}

impl From<&core_exercise::Phase> for Phase {
    fn from(value: &core_exercise::Phase) -> Self {
        Phase {
            name: value.name.clone(),
            secs: value.secs,
            breath: value.breath.as_ref().map(Breath::from),
        }
    }
}

impl From<&core_exercise::Dose> for Dose {
    fn from(value: &core_exercise::Dose) -> Self {
        Dose {
            hold_secs: value.hold_secs,
            reps: value.reps,
            rounds: value.rounds,
            sides: Sides::from(&value.sides),
            pace: value.pace.iter().map(Phase::from).collect(),
        }
    }
}

impl From<&core_exercise::Exercise> for Exercise {
    fn from(value: &core_exercise::Exercise) -> Self {
        Exercise {
            id: value.id.clone(),
            name: value.name.clone(),
            area: BodyArea::from(&value.area),
            position: Position::from(&value.position),
            kind: ExerciseKind::from(&value.kind),
            summary: value.summary.clone(),
            spoken: value.spoken.clone(),
            steps: value.steps.clone(),
            breathing: value.breathing.clone(),
            cautions: value.cautions.clone(),
            avoid_with: value.avoid_with.iter().map(Condition::from).collect(),
            dose: Dose::from(&value.dose),
            illustration: value.illustration.clone(),
        }
    }
}

/// When a routine is meant to be done; the UI uses it for the night or morning look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum TimeOfDay {
    Bedtime,
    Morning,
    Anytime,
}

/// One exercise in a routine, with the parts of its dose the routine changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RoutineItem {
    /// The id of an exercise in the library.
    pub exercise: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub hold_secs: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub reps: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub rounds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub sides: Option<Sides>,
    /// Seconds for each timed movement phase of one rep (e.g. both cow and cat of cat-cow); the
    /// hold phase keeps `hold_secs`. Absent keeps the exercise's own pace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub pace_secs: Option<u32>,
    /// Seconds of rest after this item (0 for none); [`DEFAULT_REST_SECS`] when absent. The last
    /// item never rests: the session ends instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub rest_after_secs: Option<u32>,
}

/// A named sequence of exercises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Routine {
    /// Kebab-case id, stable forever: sessions in the journal refer to it.
    pub id: String,
    pub name: String,
    /// One or two sentences saying what the routine is for.
    pub description: String,
    pub time_of_day: TimeOfDay,
    pub items: Vec<RoutineItem>,
}

/// A routine the user made: the routine itself and, for a duplicate, the built-in routine it was
/// copied from, so "reset to default" can bring the original back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CustomRoutine {
    pub routine: Routine,
    /// The id of the built-in routine this one started as, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub based_on: Option<String>,
}

impl From<&core_routine::TimeOfDay> for TimeOfDay {
    fn from(value: &core_routine::TimeOfDay) -> Self {
        match value {
            core_routine::TimeOfDay::Bedtime => TimeOfDay::Bedtime,
            core_routine::TimeOfDay::Morning => TimeOfDay::Morning,
            core_routine::TimeOfDay::Anytime => TimeOfDay::Anytime,
        }
    }
}

impl From<TimeOfDay> for core_routine::TimeOfDay {
    fn from(value: TimeOfDay) -> Self {
        match value {
            TimeOfDay::Bedtime => core_routine::TimeOfDay::Bedtime,
            TimeOfDay::Morning => core_routine::TimeOfDay::Morning,
            TimeOfDay::Anytime => core_routine::TimeOfDay::Anytime,
        }
    }
}

impl From<&core_routine::RoutineItem> for RoutineItem {
    fn from(value: &core_routine::RoutineItem) -> Self {
        RoutineItem {
            exercise: value.exercise.clone(),
            hold_secs: value.hold_secs,
            reps: value.reps,
            rounds: value.rounds,
            sides: value.sides.as_ref().map(Sides::from),
            pace_secs: value.pace_secs,
            rest_after_secs: value.rest_after_secs,
        }
    }
}

impl From<RoutineItem> for core_routine::RoutineItem {
    fn from(value: RoutineItem) -> Self {
        core_routine::RoutineItem {
            exercise: value.exercise,
            hold_secs: value.hold_secs,
            reps: value.reps,
            rounds: value.rounds,
            sides: value.sides.map(Into::into),
            pace_secs: value.pace_secs,
            rest_after_secs: value.rest_after_secs,
        }
    }
}

impl From<&core_routine::Routine> for Routine {
    fn from(value: &core_routine::Routine) -> Self {
        Routine {
            id: value.id.clone(),
            name: value.name.clone(),
            description: value.description.clone(),
            time_of_day: TimeOfDay::from(&value.time_of_day),
            items: value.items.iter().map(RoutineItem::from).collect(),
        }
    }
}

impl From<Routine> for core_routine::Routine {
    fn from(value: Routine) -> Self {
        core_routine::Routine {
            id: value.id,
            name: value.name,
            description: value.description,
            time_of_day: value.time_of_day.into(),
            items: value.items.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<&core_routine::CustomRoutine> for CustomRoutine {
    fn from(value: &core_routine::CustomRoutine) -> Self {
        CustomRoutine {
            routine: Routine::from(&value.routine),
            based_on: value.based_on.clone(),
        }
    }
}

impl From<CustomRoutine> for core_routine::CustomRoutine {
    fn from(value: CustomRoutine) -> Self {
        core_routine::CustomRoutine {
            routine: value.routine.into(),
            based_on: value.based_on,
        }
    }
}

/// A dose field a routine item may override, named as in the routine file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DoseField {
    HoldSecs,
    Reps,
    Rounds,
    PaceSecs,
    RestAfterSecs,
}

/// One change the user makes in the editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "op", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Edit {
    Rename {
        name: String,
    },
    Describe {
        description: String,
    },
    SetTimeOfDay {
        time_of_day: TimeOfDay,
    },
    /// Adds an exercise with its default dose at `at` (a position from 0 to the item count), or at the
    /// end when `at` is absent.
    Add {
        exercise: String,
        #[serde(default)]
        at: Option<u32>,
    },
    Remove {
        index: u32,
    },
    /// Takes the item at `from` out and puts it back so that it ends up at index `to`.
    Move {
        from: u32,
        to: u32,
    },
    /// Overrides one dose field of an item; `None` goes back to the exercise's default.
    SetDose {
        index: u32,
        field: DoseField,
        value: Option<u32>,
    },
    /// Overrides whether the item is done per side; `None` goes back to the exercise's default.
    SetSides {
        index: u32,
        sides: Option<Sides>,
    },
}

impl From<&core_edit::DoseField> for DoseField {
    fn from(value: &core_edit::DoseField) -> Self {
        match value {
            core_edit::DoseField::HoldSecs => DoseField::HoldSecs,
            core_edit::DoseField::Reps => DoseField::Reps,
            core_edit::DoseField::Rounds => DoseField::Rounds,
            core_edit::DoseField::PaceSecs => DoseField::PaceSecs,
            core_edit::DoseField::RestAfterSecs => DoseField::RestAfterSecs,
        }
    }
}

impl From<DoseField> for core_edit::DoseField {
    fn from(value: DoseField) -> Self {
        match value {
            DoseField::HoldSecs => core_edit::DoseField::HoldSecs,
            DoseField::Reps => core_edit::DoseField::Reps,
            DoseField::Rounds => core_edit::DoseField::Rounds,
            DoseField::PaceSecs => core_edit::DoseField::PaceSecs,
            DoseField::RestAfterSecs => core_edit::DoseField::RestAfterSecs,
        }
    }
}

impl From<&core_edit::Edit> for Edit {
    fn from(value: &core_edit::Edit) -> Self {
        match value {
            core_edit::Edit::Rename { name } => Edit::Rename { name: name.clone() },
            core_edit::Edit::Describe { description } => Edit::Describe {
                description: description.clone(),
            },
            core_edit::Edit::SetTimeOfDay { time_of_day } => Edit::SetTimeOfDay {
                time_of_day: TimeOfDay::from(time_of_day),
            },
            core_edit::Edit::Add { exercise, at } => Edit::Add {
                exercise: exercise.clone(),
                at: *at,
            },
            core_edit::Edit::Remove { index } => Edit::Remove { index: *index },
            core_edit::Edit::Move { from, to } => Edit::Move {
                from: *from,
                to: *to,
            },
            core_edit::Edit::SetDose {
                index,
                field,
                value,
            } => Edit::SetDose {
                index: *index,
                field: DoseField::from(field),
                value: *value,
            },
            core_edit::Edit::SetSides { index, sides } => Edit::SetSides {
                index: *index,
                sides: sides.as_ref().map(Sides::from),
            },
        }
    }
}

impl From<Edit> for core_edit::Edit {
    fn from(value: Edit) -> Self {
        match value {
            Edit::Rename { name } => core_edit::Edit::Rename { name },
            Edit::Describe { description } => core_edit::Edit::Describe { description },
            Edit::SetTimeOfDay { time_of_day } => core_edit::Edit::SetTimeOfDay {
                time_of_day: time_of_day.into(),
            },
            Edit::Add { exercise, at } => core_edit::Edit::Add { exercise, at },
            Edit::Remove { index } => core_edit::Edit::Remove { index },
            Edit::Move { from, to } => core_edit::Edit::Move { from, to },
            Edit::SetDose {
                index,
                field,
                value,
            } => core_edit::Edit::SetDose {
                index,
                field: field.into(),
                value,
            },
            Edit::SetSides { index, sides } => core_edit::Edit::SetSides {
                index,
                sides: sides.map(Into::into),
            },
        }
    }
}

/// What the editor shows about a routine being edited: every problem, and how long it lasts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
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

impl From<&core_library::DraftCheck> for DraftCheck {
    fn from(value: &core_library::DraftCheck) -> Self {
        DraftCheck {
            problems: value.problems.iter().map(Problem::from).collect(),
            duration_secs: value.duration_secs,
            item_secs: value.item_secs.clone(),
        }
    }
}

/// One thing wrong with the data: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// The file the problem is in.
    pub file: String,
    /// The exercise or routine id, when it is known.
    pub item: Option<String>,
    /// The field path, e.g. `dose.holdSecs` or `items[2].exercise`, when one field is at fault.
    pub field: Option<String>,
    /// What is wrong: a routine rule in the catalogue's words, or (for a file that cannot be read at all) the
    /// reader's English.
    pub message: Words,
}

impl From<&core_library::Problem> for Problem {
    fn from(value: &core_library::Problem) -> Self {
        Problem {
            file: value.file.clone(),
            item: value.item.clone(),
            field: value.field.clone(),
            message: value
                .rule
                .as_ref()
                .map_or_else(|| Words::as_said(value.message.clone()), rule_words),
        }
    }
}

/// A routine rule in the catalogue's words (`assets/locales/<tag>/routine-rules.ftl`).
pub fn rule_words(rule: &core_library::RoutineRule) -> Words {
    use core_library::{RoutineRule as Rule, TextField};
    let field = |field: &TextField| match field {
        TextField::Name => "name",
        TextField::Description => "description",
    };
    match rule {
        Rule::IdNotKebab { id } => Words::new("rule-id-not-kebab").with("id", id.as_str()),
        Rule::IdTooLong { max } => Words::new("rule-id-too-long").with("max", *max),
        Rule::Empty { field: f } => Words::new("rule-empty").with("field", field(f)),
        Rule::TooLong { field: f, max, got } => Words::new("rule-too-long")
            .with("field", field(f))
            .with("max", *max)
            .with("got", *got),
        Rule::ControlCharacters { field: f } => {
            Words::new("rule-control-characters").with("field", field(f))
        }
        Rule::DirectionMarks { field: f } => {
            Words::new("rule-direction-marks").with("field", field(f))
        }
        Rule::AngleBrackets { field: f } => {
            Words::new("rule-angle-brackets").with("field", field(f))
        }
        Rule::NoExercises => Words::new("rule-no-exercises"),
        Rule::TooManyExercises { max, got } => Words::new("rule-too-many-exercises")
            .with("max", *max)
            .with("got", *got),
        Rule::UnknownExercise { id } => Words::new("rule-unknown-exercise").with("id", id.as_str()),
        Rule::DoseOutOfRange { field, min, max } => Words::new("rule-dose-range")
            .with("field", *field)
            .with("min", *min)
            .with("max", *max),
        Rule::NoHold { exercise_id, .. } => Words::new("rule-no-hold").with(
            "exercise",
            Words::new(&format!("exercise-{exercise_id}-name")),
        ),
        Rule::NoPace { exercise_id, .. } => Words::new("rule-no-pace").with(
            "exercise",
            Words::new(&format!("exercise-{exercise_id}-name")),
        ),
        Rule::TooLongToDo { minutes, max } => Words::new("rule-too-long-to-do")
            .with("minutes", *minutes)
            .with("max", *max),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dose(index: u32, field: core_edit::DoseField, value: Option<u32>) -> core_edit::Edit {
        core_edit::Edit::SetDose {
            index,
            field,
            value,
        }
    }

    /// Edits cross IPC as JSON with an `op` tag; this is the shape the UI sends, read into the core's edit.
    #[test]
    fn edits_read_from_the_json_the_ui_sends() {
        let table: &[(&str, core_edit::Edit)] = &[
            (
                r#"{"op":"add","exercise":"plank"}"#,
                core_edit::Edit::Add {
                    exercise: "plank".to_owned(),
                    at: None,
                },
            ),
            (
                r#"{"op":"move","from":2,"to":0}"#,
                core_edit::Edit::Move { from: 2, to: 0 },
            ),
            (
                r#"{"op":"setDose","index":1,"field":"restAfterSecs","value":null}"#,
                dose(1, core_edit::DoseField::RestAfterSecs, None),
            ),
            (
                r#"{"op":"setDose","index":0,"field":"paceSecs","value":3}"#,
                dose(0, core_edit::DoseField::PaceSecs, Some(3)),
            ),
            (
                r#"{"op":"setSides","index":0,"sides":"each"}"#,
                core_edit::Edit::SetSides {
                    index: 0,
                    sides: Some(core_exercise::Sides::Each),
                },
            ),
            (
                r#"{"op":"setTimeOfDay","timeOfDay":"bedtime"}"#,
                core_edit::Edit::SetTimeOfDay {
                    time_of_day: core_routine::TimeOfDay::Bedtime,
                },
            ),
        ];
        for (json, expected) in table {
            let edit = core_edit::Edit::from(serde_json::from_str::<Edit>(json).unwrap());
            assert_eq!(&edit, expected, "{json}");
        }
    }
}
