//! The built-in data loads, is valid, and its routines last what the content brief asks for.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use limber_core::contraindication::Condition;
use limber_core::exercise::{ExerciseKind, Sides};
use limber_core::library::Library;
use limber_core::routine::TimeOfDay;

fn library() -> Library {
    match Library::builtin() {
        Ok(library) => library,
        Err(e) => panic!("the built-in data must be valid:\n{e}"),
    }
}

#[test]
fn builtin_data_is_valid() {
    let library = library();
    assert_eq!(library.exercises().len(), 13);
    assert_eq!(library.routines().len(), 4);
    for routine in library.routines() {
        assert_eq!(library.validate_routine(routine), vec![], "{}", routine.id);
    }
}

/// The illustrator draws figures with these ids, so they must never change.
#[test]
fn every_promised_exercise_exists() {
    let library = library();
    for id in [
        "cat-cow",
        "open-book",
        "knee-to-chest",
        "supine-knee-twist",
        "abdominal-bracing",
        "head-tilt",
        "scapular-clocks",
        "shoulder-rows",
        "plank",
        "plank-knees",
        "diaphragmatic-breathing",
        "progressive-muscle-relaxation",
        "log-roll",
    ] {
        let exercise = library
            .exercise(id)
            .unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(exercise.illustration, id);
    }
}

/// Every exercise says when to stop, in words that fit the move (issue 20: the neck and shoulder moves
/// said "spreads down a leg" and the shoulder moves lacked the arm-tingling line): a move of the lower
/// back or the core names the leg, a move of the neck or upper back names the arm, and breathing and
/// relaxation, which move nothing, name neither.
#[test]
fn every_exercise_says_when_to_stop_in_words_that_fit_the_move() {
    use limber_core::exercise::BodyArea;
    for exercise in library().exercises() {
        let stop = exercise
            .cautions
            .iter()
            .map(|c| c.to_lowercase())
            .find(|c| c.starts_with("stop") && c.contains("worse"))
            .unwrap_or_else(|| panic!("{} lacks the stop-if-worse line", exercise.id));
        let still = matches!(
            exercise.kind,
            ExerciseKind::Breathing | ExerciseKind::Relaxation
        );
        let (leg, arm) = match exercise.area {
            _ if still => (false, false),
            BodyArea::LowerBack | BodyArea::Core => (true, false),
            BodyArea::Neck => (false, true),
            // Open book turns the whole trunk, so it names both.
            BodyArea::UpperBack => (exercise.id == "open-book", true),
        };
        assert_eq!(
            (stop.contains("leg"), stop.contains("arm")),
            (leg, arm),
            "{}: {stop:?}",
            exercise.id
        );
        assert!(
            exercise.steps.iter().all(|s| s.len() <= 120),
            "{}: instructions must be short sentences",
            exercise.id
        );
    }
}

/// The words a caution uses for each condition.
fn named(condition: Condition) -> &'static str {
    match condition {
        Condition::Osteoporosis => "osteoporosis",
        Condition::RecentSpinalSurgeryOrFracture => "surgery",
        Condition::Pregnancy => "pregnant",
        Condition::WorseBendingForward => "bending forward",
    }
}

/// Issue 20: the rule and the words agree. Each condition an exercise is avoided with has a caution
/// line telling the person to leave it out, and every "leave this out" line names a condition the
/// exercise is avoided with, so the library and the first-run plan never say different things.
#[test]
fn cautions_state_every_contraindication_and_no_other() {
    for exercise in library().exercises() {
        let lines: Vec<String> = exercise.cautions.iter().map(|c| c.to_lowercase()).collect();
        for condition in Condition::ALL {
            let leave_out = lines
                .iter()
                .any(|c| c.contains("leave this out") && c.contains(named(condition)));
            assert_eq!(
                leave_out,
                exercise.avoid_with.contains(&condition),
                "{}: {condition:?} in avoidWith and a \"leave this out\" line must go together",
                exercise.id
            );
        }
    }
}

/// Which moves each condition rules out (issue 20), as a physiotherapist would read the table.
#[test]
fn contraindications_table() {
    use Condition::*;
    let rows: &[(&str, &[Condition])] = &[
        (
            "abdominal-bracing",
            &[RecentSpinalSurgeryOrFracture, Pregnancy],
        ),
        ("cat-cow", &[Osteoporosis, RecentSpinalSurgeryOrFracture]),
        ("diaphragmatic-breathing", &[]),
        ("head-tilt", &[RecentSpinalSurgeryOrFracture]),
        (
            "knee-to-chest",
            &[
                Osteoporosis,
                RecentSpinalSurgeryOrFracture,
                Pregnancy,
                WorseBendingForward,
            ],
        ),
        ("log-roll", &[]),
        ("open-book", &[Osteoporosis, RecentSpinalSurgeryOrFracture]),
        ("plank", &[RecentSpinalSurgeryOrFracture]),
        ("plank-knees", &[RecentSpinalSurgeryOrFracture]),
        ("progressive-muscle-relaxation", &[]),
        ("scapular-clocks", &[RecentSpinalSurgeryOrFracture]),
        ("shoulder-rows", &[RecentSpinalSurgeryOrFracture]),
        (
            "supine-knee-twist",
            &[Osteoporosis, RecentSpinalSurgeryOrFracture, Pregnancy],
        ),
    ];
    let library = library();
    assert_eq!(rows.len(), library.exercises().len());
    for (id, conditions) in rows {
        let exercise = library.exercise(id).unwrap();
        assert_eq!(exercise.avoid_with, *conditions, "{id}");
    }
}

/// One row of the dose table: id, kind, hold s, reps, rounds, sides, seconds per rep.
type DoseRow = (
    &'static str,
    ExerciseKind,
    Option<u32>,
    u32,
    u32,
    Sides,
    u32,
);

/// Default doses from the content brief's table.
#[test]
fn default_doses_follow_the_brief() {
    let library = library();
    let table: &[DoseRow] = &[
        ("cat-cow", ExerciseKind::Reps, None, 8, 1, Sides::None, 8),
        (
            "open-book",
            ExerciseKind::Reps,
            Some(5),
            5,
            1,
            Sides::Each,
            11,
        ),
        (
            "knee-to-chest",
            ExerciseKind::Hold,
            Some(30),
            1,
            2,
            Sides::Each,
            33,
        ),
        (
            "supine-knee-twist",
            ExerciseKind::Reps,
            Some(5),
            4,
            1,
            Sides::Alternate,
            11,
        ),
        (
            "abdominal-bracing",
            ExerciseKind::Hold,
            Some(8),
            5,
            1,
            Sides::None,
            12,
        ),
        (
            "head-tilt",
            ExerciseKind::Hold,
            Some(5),
            5,
            1,
            Sides::Each,
            9,
        ),
        (
            "scapular-clocks",
            ExerciseKind::Reps,
            None,
            5,
            1,
            Sides::Each,
            8,
        ),
        (
            "shoulder-rows",
            ExerciseKind::Reps,
            Some(2),
            10,
            1,
            Sides::None,
            6,
        ),
        ("plank", ExerciseKind::Hold, Some(20), 1, 1, Sides::None, 20),
        (
            "plank-knees",
            ExerciseKind::Hold,
            Some(20),
            1,
            1,
            Sides::None,
            20,
        ),
        (
            "diaphragmatic-breathing",
            ExerciseKind::Breathing,
            None,
            6,
            1,
            Sides::None,
            10,
        ),
        (
            "progressive-muscle-relaxation",
            ExerciseKind::Relaxation,
            None,
            6,
            1,
            Sides::None,
            15,
        ),
        (
            "log-roll",
            ExerciseKind::Transition,
            None,
            1,
            1,
            Sides::None,
            20,
        ),
    ];
    for &(id, kind, hold, reps, rounds, sides, rep_secs) in table {
        let e = library.exercise(id).unwrap();
        let got = (
            e.kind,
            e.dose.hold_secs,
            e.dose.reps(),
            e.dose.rounds,
            e.dose.sides,
            e.dose.rep_secs(),
        );
        assert_eq!(got, (kind, hold, reps, rounds, sides, rep_secs), "{id}");
    }
}

/// Routine lengths are computed from the doses: (id, time of day, min s, max s, exact s).
#[test]
fn routine_durations_are_computed_and_in_range() {
    let library = library();
    let table: &[(&str, TimeOfDay, u32, u32, u32)] = &[
        (
            "bedtime-wind-down",
            TimeOfDay::Bedtime,
            8 * 60,
            12 * 60,
            619,
        ),
        ("morning-mobility", TimeOfDay::Morning, 4 * 60, 6 * 60, 344),
        ("upper-back-neck", TimeOfDay::Anytime, 5 * 60, 10 * 60, 464),
        ("two-minute-reset", TimeOfDay::Anytime, 100, 140, 115),
    ];
    for &(id, time_of_day, min, max, exact) in table {
        let routine = library.routine(id).unwrap();
        assert_eq!(routine.time_of_day, time_of_day, "{id}");
        let secs = library.planned_duration_secs(routine);
        assert!(
            (min..=max).contains(&secs),
            "{id}: {secs} s not in {min}..={max}"
        );
        assert_eq!(secs, exact, "{id}");
    }
}

/// The morning routine as the content brief describes it (issue 20): on your back in bed, bracing,
/// knees to chest and knee twists; then getting up safely; then cat-cow and open book.
#[test]
fn morning_mobility_follows_the_brief() {
    use limber_core::exercise::Position;
    let library = library();
    let routine = library.routine("morning-mobility").unwrap();
    let ids: Vec<&str> = routine.items.iter().map(|i| i.exercise.as_str()).collect();
    assert_eq!(
        ids,
        [
            "abdominal-bracing",
            "knee-to-chest",
            "supine-knee-twist",
            "log-roll",
            "cat-cow",
            "open-book"
        ]
    );
    let get_up = ids.iter().position(|id| *id == "log-roll").unwrap();
    for item in &routine.items[..get_up] {
        let exercise = library.exercise(&item.exercise).unwrap();
        assert_eq!(
            exercise.position,
            Position::InBed,
            "{} before getting up",
            exercise.id
        );
    }
}
