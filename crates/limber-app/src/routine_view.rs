//! The routines the library knows, as the home screen and the routine details show them, in the language
//! they are given (built-in words translated, a person's own kept: see [`crate::content`]).

use serde::Serialize;
use ts_rs::TS;

use crate::wire::library::{Exercise, TimeOfDay};

use crate::content;
use crate::error::AppError;

/// A routine as the home screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoutineSummary {
    pub id: String,
    pub name: String,
    pub description: String,
    pub time_of_day: TimeOfDay,
    /// The planned length, computed by the core from the exercise doses.
    pub duration_secs: u32,
    pub exercise_count: u32,
}

/// A routine with its exercises in routine order (with their steps, breathing cues and cautions, so the
/// player can show the full instructions and the cautions one tap away).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoutineDetail {
    pub summary: RoutineSummary,
    pub exercises: Vec<Exercise>,
    /// The moves left out for the person because of their first-run answers (built-in routines only).
    pub left_out: Vec<crate::wire::safety::LeftOut>,
    /// False when the answers rule out every move: the routine cannot be started.
    pub suitable: bool,
}

pub fn summarize(
    library: &limber_core::library::Library,
    routine: &limber_core::routine::Routine,
    language: &str,
) -> RoutineSummary {
    RoutineSummary {
        id: routine.id.clone(),
        name: content::routine_name(language, library, routine),
        description: content::routine_description(language, library, routine),
        time_of_day: TimeOfDay::from(&routine.time_of_day),
        duration_secs: library.planned_duration_secs(routine),
        exercise_count: u32::try_from(routine.items.len()).unwrap_or(u32::MAX),
    }
}

pub fn detail(
    library: &limber_core::library::Library,
    id: &str,
    language: &str,
) -> Result<RoutineDetail, AppError> {
    let routine = library.routine(id).ok_or_else(|| AppError::NotFound {
        what: "routine",
        id: id.to_owned(),
    })?;
    let exercises = routine
        .items
        .iter()
        .filter_map(|item| library.exercise(&item.exercise))
        .map(|exercise| content::exercise(language, exercise))
        .collect::<Vec<Exercise>>();
    Ok(RoutineDetail {
        summary: summarize(library, routine, language),
        exercises,
        left_out: library
            .left_out(id)
            .iter()
            .map(|left| content::left_out(language, left))
            .collect(),
        suitable: !library.is_unsuitable(id),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> limber_core::library::Library {
        limber_core::library::Library::builtin().unwrap()
    }

    #[test]
    fn every_builtin_routine_is_listed_with_a_computed_duration() {
        let library = builtin();
        for routine in library.routines() {
            let summary = summarize(&library, routine, "en");
            assert!(summary.duration_secs > 0, "{} has no duration", routine.id);
            assert!(summary.exercise_count > 0);
        }
    }

    #[test]
    fn an_unknown_routine_is_not_found() {
        let error = detail(&builtin(), "moonwalk", "en").unwrap_err();
        assert!(matches!(error, AppError::NotFound { .. }));
    }

    /// Issue 20: the player's preview names the moves left out for the person, and a routine with nothing
    /// left says it cannot be started.
    #[test]
    fn details_name_the_moves_left_out() {
        use limber_core::contraindication::Condition;
        let library = builtin().for_conditions(&[Condition::RecentSpinalSurgeryOrFracture]);
        let bedtime = detail(&library, "bedtime-wind-down", "en").unwrap();
        let ids: Vec<&str> = bedtime.exercises.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            ["diaphragmatic-breathing", "progressive-muscle-relaxation"]
        );
        assert_eq!(bedtime.left_out.len(), 4);
        assert!(bedtime.suitable);
        let upper = detail(&library, "upper-back-neck", "en").unwrap();
        assert!(!upper.suitable);
        assert_eq!(upper.left_out.len(), 5);
        let plain = detail(&builtin(), "upper-back-neck", "en").unwrap();
        assert!(plain.suitable && plain.left_out.is_empty());
    }

    #[test]
    fn details_list_the_exercises_in_order() {
        let library = builtin();
        let routine = &library.routines()[0];
        let detail = detail(&library, &routine.id, "en").unwrap();
        let ids: Vec<_> = detail.exercises.iter().map(|e| e.id.clone()).collect();
        let expected: Vec<_> = routine.items.iter().map(|i| i.exercise.clone()).collect();
        assert_eq!(ids, expected);
    }
}
