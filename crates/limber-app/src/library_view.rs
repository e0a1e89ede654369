//! Single exercises as the exercise library browser and the player show them.
//!
//! Each exercise crosses IPC whole (steps, breathing, cautions), with the routines that use it and the
//! length of its default dose as the core computes it. This module never changes the library and never
//! times anything itself. Its words are in the language it is given (see [`crate::content`]).

use limber_core::exercise::Exercise;

use limber_core::routine::{Routine, RoutineItem, TimeOfDay};
use serde::Serialize;
use ts_rs::TS;

use crate::content;
use crate::error::AppError;
use crate::wire::library as wire;

/// A routine that uses an exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoutineRef {
    pub id: String,
    pub name: String,
}

/// One exercise as the library shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExerciseCard {
    pub exercise: wire::Exercise,
    /// The routines that include it (built-in ones and the person's own), in library order.
    pub used_in: Vec<RoutineRef>,
    /// How long its default dose takes, in seconds.
    pub default_secs: u32,
}

pub fn card(
    library: &limber_core::library::Library,
    exercise: &Exercise,
    language: &str,
) -> ExerciseCard {
    let used_in = library
        .routines()
        .iter()
        .filter(|routine| routine.items.iter().any(|i| i.exercise == exercise.id))
        .map(|routine| RoutineRef {
            id: routine.id.clone(),
            name: content::routine_name(language, library, routine),
        })
        .collect();
    // The length comes from the core's plan expansion of a one-item routine, so the library and the
    // player can never disagree about how long an exercise takes.
    let alone = Routine {
        id: format!("library-{}", exercise.id),
        name: exercise.name.clone(),
        description: String::new(),
        time_of_day: TimeOfDay::Anytime,
        items: vec![RoutineItem::new(exercise.id.clone())],
    };
    ExerciseCard {
        exercise: content::exercise(language, exercise),
        used_in,
        default_secs: library.planned_duration_secs(&alone),
    }
}

pub fn cards(library: &limber_core::library::Library, language: &str) -> Vec<ExerciseCard> {
    library
        .exercises()
        .iter()
        .map(|exercise| card(library, exercise, language))
        .collect()
}

pub fn find(
    library: &limber_core::library::Library,
    id: &str,
    language: &str,
) -> Result<ExerciseCard, AppError> {
    library
        .exercise(id)
        .map(|exercise| card(library, exercise, language))
        .ok_or_else(|| AppError::NotFound {
            what: "exercise",
            id: id.to_owned(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> limber_core::library::Library {
        limber_core::library::Library::builtin().unwrap()
    }

    /// (exercise id, routines that must list it, whether its default dose is timed)
    fn check(id: &str, used_in: &[&str]) {
        let card = find(&builtin(), id, "en").unwrap();
        let got: Vec<&str> = card.used_in.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(got, used_in, "routines using {id}");
        assert!(card.default_secs > 0, "{id} has a length");
        assert!(
            !card.exercise.cautions.is_empty(),
            "{id} has cautions to show"
        );
    }

    #[test]
    fn cards_name_the_routines_that_use_each_exercise() {
        let rows: &[(&str, &[&str])] = &[
            (
                "cat-cow",
                &[
                    "bedtime-wind-down",
                    "morning-mobility",
                    "upper-back-neck",
                    "two-minute-reset",
                ],
            ),
            ("log-roll", &["morning-mobility"]),
            ("head-tilt", &["upper-back-neck"]),
            ("plank", &[]),
            (
                "diaphragmatic-breathing",
                &["bedtime-wind-down", "two-minute-reset"],
            ),
        ];
        for (id, used_in) in rows {
            check(id, used_in);
        }
    }

    #[test]
    fn every_exercise_is_listed_once() {
        let library = builtin();
        let listed: Vec<String> = cards(&library, "en")
            .into_iter()
            .map(|c| c.exercise.id)
            .collect();
        let known: Vec<String> = library.exercises().iter().map(|e| e.id.clone()).collect();
        assert_eq!(listed, known);
    }

    #[test]
    fn an_unknown_exercise_is_not_found() {
        assert!(matches!(
            find(&builtin(), "moonwalk", "en"),
            Err(AppError::NotFound { .. })
        ));
    }
}
