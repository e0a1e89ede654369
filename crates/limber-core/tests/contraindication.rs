//! The moves a person's answers rule out (issue 20): which items each built-in routine keeps, which it
//! leaves out and why, and the library adapted to the answers.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use limber_core::contraindication::{adapt, normalized, ruled_out, Condition};
use limber_core::library::Library;
use limber_core::routine::{CustomRoutine, Routine, RoutineItem, TimeOfDay};

use Condition::*;

fn library() -> Library {
    Library::builtin().unwrap()
}

/// What adapting a routine gives, in words a reader checks: the exercises kept, and each one left out
/// with its conditions; `None` for kept when nothing is left.
fn check(
    routine: &str,
    conditions: &[Condition],
    kept: Option<&[&str]>,
    left_out: &[(&str, &[Condition])],
) {
    let library = library();
    let adapted = adapt(&library, library.routine(routine).unwrap(), conditions);
    let got_kept: Option<Vec<&str>> = adapted
        .routine
        .as_ref()
        .map(|r| r.items.iter().map(|i| i.exercise.as_str()).collect());
    assert_eq!(
        got_kept.as_deref(),
        kept,
        "{routine} kept with {conditions:?}"
    );
    let got_left: Vec<(&str, &[Condition])> = adapted
        .left_out
        .iter()
        .map(|l| (l.exercise_id.as_str(), l.conditions.as_slice()))
        .collect();
    assert_eq!(got_left, left_out, "{routine} left out with {conditions:?}");
}

#[test]
fn adapting_the_builtin_routines_table() {
    let morning_all: &[&str] = &[
        "abdominal-bracing",
        "knee-to-chest",
        "supine-knee-twist",
        "log-roll",
        "cat-cow",
        "open-book",
    ];
    check("morning-mobility", &[], Some(morning_all), &[]);
    check(
        "morning-mobility",
        &[Osteoporosis],
        Some(&["abdominal-bracing", "log-roll"]),
        &[
            ("knee-to-chest", &[Osteoporosis]),
            ("supine-knee-twist", &[Osteoporosis]),
            ("cat-cow", &[Osteoporosis]),
            ("open-book", &[Osteoporosis]),
        ],
    );
    check(
        "morning-mobility",
        &[Pregnancy],
        Some(&["log-roll", "cat-cow", "open-book"]),
        &[
            ("abdominal-bracing", &[Pregnancy]),
            ("knee-to-chest", &[Pregnancy]),
            ("supine-knee-twist", &[Pregnancy]),
        ],
    );
    check(
        "morning-mobility",
        &[WorseBendingForward],
        Some(&[
            "abdominal-bracing",
            "supine-knee-twist",
            "log-roll",
            "cat-cow",
            "open-book",
        ]),
        &[("knee-to-chest", &[WorseBendingForward])],
    );
    // Several answers: each move lists every one of the person's conditions that rules it out.
    check(
        "bedtime-wind-down",
        &[WorseBendingForward, Pregnancy],
        Some(&[
            "diaphragmatic-breathing",
            "cat-cow",
            "open-book",
            "progressive-muscle-relaxation",
        ]),
        &[
            ("knee-to-chest", &[Pregnancy, WorseBendingForward]),
            ("supine-knee-twist", &[Pregnancy]),
        ],
    );
    check(
        "bedtime-wind-down",
        &[RecentSpinalSurgeryOrFracture],
        Some(&["diaphragmatic-breathing", "progressive-muscle-relaxation"]),
        &[
            ("cat-cow", &[RecentSpinalSurgeryOrFracture]),
            ("open-book", &[RecentSpinalSurgeryOrFracture]),
            ("knee-to-chest", &[RecentSpinalSurgeryOrFracture]),
            ("supine-knee-twist", &[RecentSpinalSurgeryOrFracture]),
        ],
    );
    // Every move of the upper back routine turns, bends or loads the spine or neck.
    check(
        "upper-back-neck",
        &[RecentSpinalSurgeryOrFracture],
        None,
        &[
            ("cat-cow", &[RecentSpinalSurgeryOrFracture]),
            ("open-book", &[RecentSpinalSurgeryOrFracture]),
            ("head-tilt", &[RecentSpinalSurgeryOrFracture]),
            ("scapular-clocks", &[RecentSpinalSurgeryOrFracture]),
            ("shoulder-rows", &[RecentSpinalSurgeryOrFracture]),
        ],
    );
    check(
        "upper-back-neck",
        &[Pregnancy, WorseBendingForward],
        Some(&[
            "cat-cow",
            "open-book",
            "head-tilt",
            "scapular-clocks",
            "shoulder-rows",
        ]),
        &[],
    );
}

/// The first-run plan always has an evening and a morning routine: whatever the answers, the bedtime
/// wind-down keeps its breathing and relaxation and the morning routine its safe way to get up.
#[test]
fn the_plan_routines_keep_a_move_for_every_combination_of_answers() {
    let library = library();
    for mask in 0u8..16 {
        let conditions: Vec<Condition> = Condition::ALL
            .into_iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, c)| c)
            .collect();
        for id in ["bedtime-wind-down", "morning-mobility"] {
            let routine = library.routine(id).unwrap();
            let adapted = adapt(&library, routine, &conditions)
                .routine
                .unwrap_or_else(|| panic!("{id} is empty with {conditions:?}"));
            assert_eq!(
                library.validate_routine(&adapted),
                vec![],
                "{id} {conditions:?}"
            );
            assert!(
                library.planned_duration_secs(&adapted) <= library.planned_duration_secs(routine),
                "leaving moves out never makes {id} longer"
            );
        }
    }
}

#[test]
fn ruled_out_lists_only_the_persons_conditions_in_a_fixed_order() {
    let library = library();
    let knee = library.exercise("knee-to-chest").unwrap();
    assert_eq!(ruled_out(knee, &[]), vec![]);
    assert_eq!(
        ruled_out(knee, &[WorseBendingForward, Osteoporosis, Osteoporosis]),
        vec![Osteoporosis, WorseBendingForward]
    );
    let breathing = library.exercise("diaphragmatic-breathing").unwrap();
    assert_eq!(ruled_out(breathing, &Condition::ALL), vec![]);
    assert_eq!(
        normalized(&[Pregnancy, Osteoporosis, Pregnancy]),
        vec![Osteoporosis, Pregnancy]
    );
}

/// The library a person sees: the built-in routines adapted, the user's own routines as they made
/// them, and a routine with nothing left kept whole but marked unsuitable.
#[test]
fn the_library_adapts_its_builtin_routines_to_the_answers() {
    let mine = CustomRoutine {
        routine: Routine {
            id: "my-knees".to_owned(),
            name: "My knees".to_owned(),
            description: "Mine.".to_owned(),
            time_of_day: TimeOfDay::Anytime,
            items: vec![RoutineItem::new("knee-to-chest".to_owned())],
        },
        based_on: None,
    };
    let (base, problems) = library().with_custom(vec![mine.clone()]);
    assert_eq!(problems, vec![]);

    let adapted = base.for_conditions(&[RecentSpinalSurgeryOrFracture, Osteoporosis]);
    assert_eq!(
        adapted.conditions(),
        [Osteoporosis, RecentSpinalSurgeryOrFracture]
    );
    let items = |library: &Library, id: &str| -> Vec<String> {
        let routine = library.routine(id).unwrap();
        routine.items.iter().map(|i| i.exercise.clone()).collect()
    };
    assert_eq!(
        items(&adapted, "bedtime-wind-down"),
        ["diaphragmatic-breathing", "progressive-muscle-relaxation"]
    );
    assert_eq!(adapted.left_out("bedtime-wind-down").len(), 4);
    assert!(adapted.is_unsuitable("upper-back-neck"));
    assert_eq!(
        items(&adapted, "upper-back-neck"),
        items(&base, "upper-back-neck"),
        "an unsuitable routine is kept whole, so reminders and history still name it"
    );
    assert!(!adapted.is_unsuitable("bedtime-wind-down"));
    assert_eq!(items(&adapted, "my-knees"), ["knee-to-chest"]);
    assert!(adapted.is_custom("my-knees"));
    assert_eq!(adapted.left_out("my-knees"), []);

    // Adding a routine of one's own later keeps the adaptation.
    let (again, problems) = adapted.with_custom(vec![mine]);
    assert_eq!(problems, vec![]);
    assert!(again.is_unsuitable("upper-back-neck"));
    assert_eq!(again.conditions(), adapted.conditions());

    // New answers start again from the routines as shipped: nothing compounds.
    let none = adapted.for_conditions(&[]);
    assert_eq!(
        items(&none, "bedtime-wind-down"),
        items(&base, "bedtime-wind-down")
    );
    assert!(!none.is_unsuitable("upper-back-neck"));
    assert_eq!(none.left_out("bedtime-wind-down"), []);
    assert_eq!(none.routines(), base.routines());
}
