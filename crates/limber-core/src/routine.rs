//! What a routine is: an ordered list of exercises, each with an optional dose override and a rest.
//!
//! This module owns the routine data and how an item's dose is resolved against its exercise. It
//! never stores a duration (durations are always computed from doses, see
//! [`crate::library::Library::planned_duration_secs`]) and never checks that the exercises exist:
//! the library validates routines against its exercises.
//!
//! The routine editor's operations live in [`edit`]: pure functions from one routine to the next.

pub mod edit;

use serde::{Deserialize, Serialize};

use crate::exercise::{Dose, Phase, Sides};

/// Seconds of rest after an item when the routine does not say otherwise.
pub const DEFAULT_REST_SECS: u32 = 10;

/// When a routine is meant to be done; the UI uses it for the night or morning look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum TimeOfDay {
    Bedtime,
    Morning,
    Anytime,
}

/// One exercise in a routine, with the parts of its dose the routine changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RoutineItem {
    /// The id of an exercise in the library.
    pub exercise: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_secs: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reps: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rounds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sides: Option<Sides>,
    /// Seconds for each timed movement phase of one rep (e.g. both cow and cat of cat-cow); the
    /// hold phase keeps `hold_secs`. Absent keeps the exercise's own pace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pace_secs: Option<u32>,
    /// Seconds of rest after this item (0 for none); [`DEFAULT_REST_SECS`] when absent. The last
    /// item never rests: the session ends instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_after_secs: Option<u32>,
}

impl RoutineItem {
    /// An item that does the exercise with its default dose.
    pub fn new(exercise: impl Into<String>) -> Self {
        RoutineItem {
            exercise: exercise.into(),
            hold_secs: None,
            reps: None,
            rounds: None,
            sides: None,
            pace_secs: None,
            rest_after_secs: None,
        }
    }

    /// The exercise's default dose with this item's overrides applied.
    pub fn dose(&self, default: &Dose) -> Dose {
        Dose {
            hold_secs: self.hold_secs.or(default.hold_secs),
            reps: self.reps.or(default.reps),
            rounds: self.rounds.unwrap_or(default.rounds),
            sides: self.sides.unwrap_or(default.sides),
            pace: default
                .pace
                .iter()
                .map(|phase| Phase {
                    // Only timed phases follow the pace; the hold phase keeps its hold.
                    secs: phase.secs.map(|secs| self.pace_secs.unwrap_or(secs)),
                    ..phase.clone()
                })
                .collect(),
        }
    }

    /// Seconds of rest after this item.
    pub fn rest_secs(&self) -> u32 {
        self.rest_after_secs.unwrap_or(DEFAULT_REST_SECS)
    }
}

/// A named sequence of exercises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CustomRoutine {
    pub routine: Routine,
    /// The id of the built-in routine this one started as, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub based_on: Option<String>,
}
