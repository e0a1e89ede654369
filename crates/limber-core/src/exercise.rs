//! What an exercise is: its words, where and how it is done, and its default dose.
//!
//! This module owns the plain data of one exercise, the arithmetic of its dose (how long one rep
//! lasts, which phases it has) and the safe range each adjustable part of the dose may move in. It
//! never reads files and never decides which exercises exist: the library loads and validates them,
//! the session engine turns doses into timed steps, and [`crate::progression`] moves doses within
//! the ranges.

use serde::{Deserialize, Serialize};

use crate::condition::Condition;

/// The part of the body an exercise mainly works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum BodyArea {
    LowerBack,
    UpperBack,
    Neck,
    Core,
}

/// Where the exercise is done, so a routine can start in bed and only later ask the user to stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Position {
    InBed,
    Floor,
    Standing,
    Seated,
}

/// How an exercise is paced, which decides how the guide presents it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    None,
    Left,
    Right,
}

/// Which way the breath goes during a phase, so the guide can cue "breathe in" and "breathe out".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Breath {
    In,
    Out,
}

/// One named part of a rep, e.g. "cow" then "cat", so the UI can animate the poses.
///
/// A phase without `secs` is *the hold*: it lasts the dose's `holdSecs`, so a routine that overrides
/// the hold changes exactly that phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Phase {
    /// A camelCase pose name that the illustration and the UI understand (e.g. `cow`, `hold`).
    pub name: String,
    /// How long the phase lasts; absent for the hold phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secs: Option<u32>,
    /// The breath that goes with this phase, if it is paced by the breath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breath: Option<Breath>,
}

impl Phase {
    /// True for the phase whose length is the dose's hold.
    pub fn is_hold(&self) -> bool {
        self.secs.is_none()
    }
}

/// How much of an exercise to do: the default lives on the exercise, and a routine item may override
/// the hold, the reps, the rounds, the sides and the pace of the timed phases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Dose {
    /// Seconds the hold phase lasts (1–600). Required when a phase is the hold; when there is no
    /// hold phase in `pace`, the hold is added as a last phase named `hold`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_secs: Option<u32>,
    /// Reps per side and round (1–100); one rep when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reps: Option<u32>,
    /// How many times the whole set (both sides) is repeated (1–20).
    #[serde(default = "one")]
    pub rounds: u32,
    /// Whether the reps are done per side.
    #[serde(default)]
    pub sides: Sides,
    /// The phases of one rep, in order (e.g. cat-cow: cow 4 s breathing in, cat 4 s breathing out).
    #[serde(default)]
    pub pace: Vec<Phase>,
}

fn one() -> u32 {
    1
}

impl Dose {
    /// The number of reps per side and round.
    pub fn reps(&self) -> u32 {
        self.reps.unwrap_or(1)
    }

    /// The phases of one rep with the hold resolved: each phase with its length in seconds.
    ///
    /// A hold phase takes `hold_secs`; a dose with a hold but no hold phase gets one appended, so a
    /// plain "hold 20 s" needs no pace at all.
    pub fn rep_phases(&self) -> Vec<(Phase, u32)> {
        let hold = self.hold_secs.unwrap_or(0);
        let mut phases: Vec<(Phase, u32)> = self
            .pace
            .iter()
            .map(|p| (p.clone(), p.secs.unwrap_or(hold)))
            .collect();
        if self.hold_secs.is_some() && !self.pace.iter().any(Phase::is_hold) {
            phases.push((
                Phase {
                    name: "hold".to_owned(),
                    secs: None,
                    breath: None,
                },
                hold,
            ));
        }
        phases
    }

    /// Seconds one rep lasts: the sum of its phases.
    pub fn rep_secs(&self) -> u32 {
        self.rep_phases().iter().map(|(_, s)| s).sum()
    }

    /// The number of sides each rep is done on (1 or 2).
    pub fn side_count(&self) -> u32 {
        match self.sides {
            Sides::None => 1,
            Sides::Each | Sides::Alternate => 2,
        }
    }
}

/// A part of a dose that Limber may move up or down by a step, named as in the data files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum RangeField {
    /// Seconds of the hold phase.
    HoldSecs,
    /// Reps per side and round.
    Reps,
    /// Rounds of the whole set.
    Rounds,
}

impl RangeField {
    /// The value of this field in a resolved dose: `None` for a hold the dose does not have.
    pub fn value(self, dose: &Dose) -> Option<u32> {
        match self {
            RangeField::HoldSecs => dose.hold_secs,
            RangeField::Reps => Some(dose.reps()),
            RangeField::Rounds => Some(dose.rounds),
        }
    }
}

/// The safe range of one part of an exercise's dose: Limber never suggests a value outside
/// `min..=max`, and moves it by `step` (by less only where a step would cross a bound).
///
/// The numbers come from the content brief and its sources (see `assets/content/SOURCES.md`); an
/// exercise without a range for a field is never progressed on that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DoseRange {
    pub field: RangeField,
    pub min: u32,
    pub max: u32,
    /// How much one step up or down changes the value: 1 for reps and rounds, a few seconds for a
    /// hold.
    pub step: u32,
}

impl DoseRange {
    /// True when `value` lies in the safe range.
    pub fn contains(&self, value: u32) -> bool {
        (self.min..=self.max).contains(&value)
    }
}

/// One exercise of the library, with our own plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// The safe ranges the dose may be progressed in, in the order Limber steps up through them
    /// (and back down through in reverse): knee-to-chest lengthens its hold before adding a round.
    /// Empty for exercises that are never made harder (breathing, relaxation, getting up).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub progression: Vec<DoseRange>,
    /// The figure drawn for this exercise; equal to the id.
    pub illustration: String,
}

/// Finds an exercise by its id: the library, or any list of exercises.
///
/// The rules that only look exercises up (expanding a routine into a plan, validating a routine,
/// leaving ruled-out moves out) take this rather than the whole library, so they sit below it and
/// the library can call them without a circle.
pub trait Exercises {
    /// The exercise with this id, if there is one.
    fn exercise(&self, id: &str) -> Option<&Exercise>;
}

impl Exercises for [Exercise] {
    fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.iter().find(|exercise| exercise.id == id)
    }
}

impl<T: Exercises + ?Sized> Exercises for std::sync::Arc<T> {
    fn exercise(&self, id: &str) -> Option<&Exercise> {
        T::exercise(self, id)
    }
}
