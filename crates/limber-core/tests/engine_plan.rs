//! Expanding every built-in routine into steps: order, sides, reps, rounds, pacing and durations.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use limber_core::exercise::{Breath, Side};
use limber_core::library::Library;
use limber_core::session::{Plan, Step, StepKind};

fn plan(routine: &str) -> Plan {
    let library = Library::builtin().unwrap();
    library.plan(library.routine(routine).unwrap()).unwrap()
}

/// The plan as one line: consecutive reps of the same exercise and side are run-length encoded as
/// `id side reps×secs`, other steps are `ready5`, `switch>R5` and `rest10`.
fn skeleton(plan: &Plan) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut run: Option<(String, u32, u64)> = None;
    let side = |s: Side| match s {
        Side::None => "",
        Side::Left => " L",
        Side::Right => " R",
    };
    let flush = |run: &mut Option<(String, u32, u64)>, out: &mut Vec<String>| {
        if let Some((head, n, ms)) = run.take() {
            out.push(format!("{head} {n}×{}s", ms / 1000));
        }
    };
    for step in &plan.steps {
        let secs = step.duration_ms / 1000;
        match step.kind {
            StepKind::GetReady => {
                flush(&mut run, &mut out);
                out.push(format!("ready{secs}"));
            }
            StepKind::Rest => {
                flush(&mut run, &mut out);
                out.push(format!("rest{secs}"));
            }
            StepKind::SwitchSides => {
                flush(&mut run, &mut out);
                out.push(format!("switch>{}{secs}", side(step.side).trim()));
            }
            _ => {
                let head = format!(
                    "{}{}",
                    step.exercise_id.as_deref().unwrap(),
                    side(step.side)
                );
                match &mut run {
                    Some((h, n, ms)) if *h == head && *ms == step.duration_ms => *n += 1,
                    _ => {
                        flush(&mut run, &mut out);
                        run = Some((head, 1, step.duration_ms));
                    }
                }
            }
        }
    }
    flush(&mut run, &mut out);
    out.join(" | ")
}

fn check(routine: &str, expected_skeleton: &str, expected_secs: u64) {
    let plan = plan(routine);
    assert_eq!(skeleton(&plan), expected_skeleton, "{routine}");
    assert_eq!(plan.duration_ms(), expected_secs * 1000, "{routine}");
    let library = Library::builtin().unwrap();
    let routine = library.routine(routine).unwrap();
    assert_eq!(
        u64::from(library.planned_duration_secs(routine)),
        expected_secs
    );
}

#[test]
fn builtin_routines_expand_as_designed() {
    let twist8 = "supine-knee-twist L 1×11s | supine-knee-twist R 1×11s";
    let twists = [twist8; 4].join(" | ");
    let twists3 = [twist8; 3].join(" | ");
    let table: Vec<(&str, String, u64)> = vec![
        (
            "bedtime-wind-down",
            format!(
                "ready5 | diaphragmatic-breathing 6×10s | rest10 | cat-cow 8×8s | rest10 \
                 | open-book L 5×11s | switch>R5 | open-book R 5×11s | rest10 \
                 | knee-to-chest L 1×33s | switch>R5 | knee-to-chest R 1×33s | switch>L5 \
                 | knee-to-chest L 1×33s | switch>R5 | knee-to-chest R 1×33s | rest10 \
                 | {twists} | rest10 | progressive-muscle-relaxation 6×15s"
            ),
            619,
        ),
        (
            "morning-mobility",
            format!(
                "ready5 | abdominal-bracing 3×12s | rest10 \
                 | knee-to-chest L 1×23s | switch>R5 | knee-to-chest R 1×23s | rest10 \
                 | {twists3} | rest10 | log-roll 1×20s | rest15 | cat-cow 5×8s | rest10 \
                 | open-book L 3×11s | switch>R5 | open-book R 3×11s"
            ),
            344,
        ),
        (
            "upper-back-neck",
            "ready5 | cat-cow 8×8s | rest10 | open-book L 5×11s | switch>R5 | open-book R 5×11s \
             | rest10 | head-tilt L 5×9s | switch>R5 | head-tilt R 5×9s | rest10 \
             | scapular-clocks L 5×8s | switch>R5 | scapular-clocks R 5×8s | rest10 \
             | shoulder-rows 10×6s"
                .to_owned(),
            464,
        ),
        (
            "two-minute-reset",
            "ready5 | diaphragmatic-breathing 3×10s | rest5 | cat-cow 5×8s | rest5 | shoulder-rows 5×6s"
                .to_owned(),
            115,
        ),
    ];
    for (routine, skeleton, secs) in table {
        check(routine, &skeleton, secs);
    }
}

/// A rep's phases in one line, each as `name secs breath hold`.
fn phases(step: &Step) -> String {
    step.phases
        .iter()
        .map(|p| {
            let breath = match p.breath {
                Some(Breath::In) => "in",
                Some(Breath::Out) => "out",
                None => "-",
            };
            let hold = if p.hold { " hold" } else { "" };
            format!("{} {} {breath}{hold}", p.name, p.duration_ms / 1000)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The phases of one rep: (routine, exercise, phases as `name secs breath hold`).
#[test]
fn reps_carry_their_pacing_phases() {
    let table: &[(&str, &str, &str)] = &[
        ("bedtime-wind-down", "cat-cow", "cow 4 in, cat 4 out"),
        (
            "bedtime-wind-down",
            "diaphragmatic-breathing",
            "breatheIn 5 in, breatheOut 5 out",
        ),
        (
            "bedtime-wind-down",
            "open-book",
            "open 3 in, hold 5 - hold, close 3 out",
        ),
        (
            "bedtime-wind-down",
            "knee-to-chest",
            "drawIn 3 -, hold 30 - hold",
        ),
        (
            "morning-mobility",
            "knee-to-chest",
            "drawIn 3 -, hold 20 - hold",
        ),
        (
            "bedtime-wind-down",
            "progressive-muscle-relaxation",
            "tense 5 in, release 10 out",
        ),
        (
            "morning-mobility",
            "abdominal-bracing",
            "brace 8 - hold, relax 4 -",
        ),
        (
            "morning-mobility",
            "log-roll",
            "roll 5 -, pushUp 5 -, swingLegs 5 -, stand 5 -",
        ),
        (
            "upper-back-neck",
            "shoulder-rows",
            "pull 2 out, hold 2 - hold, release 2 in",
        ),
        (
            "upper-back-neck",
            "scapular-clocks",
            "up 2 -, back 2 -, down 2 -, forward 2 -",
        ),
    ];
    for &(routine, exercise, expected) in table {
        let plan = plan(routine);
        let step = plan
            .steps
            .iter()
            .find(|s| s.exercise_id.as_deref() == Some(exercise) && s.kind != StepKind::SwitchSides)
            .unwrap();
        assert_eq!(phases(step), expected, "{routine} {exercise}");
        let sum: u64 = step.phases.iter().map(|p| p.duration_ms).sum();
        assert_eq!(sum, step.duration_ms, "{routine} {exercise}");
    }
}

/// A routine item's pace sets every timed movement phase of its reps; the hold keeps its own length.
#[test]
fn a_paced_item_times_every_movement_phase_but_the_hold() {
    let library = Library::builtin().unwrap();
    // (item, phases of its first rep, seconds of the whole plan)
    let table: &[(&str, &str, u64)] = &[
        (
            r#"{"exercise":"cat-cow","reps":2}"#,
            "cow 4 in, cat 4 out",
            5 + 16,
        ),
        (
            r#"{"exercise":"cat-cow","reps":2,"paceSecs":6}"#,
            "cow 6 in, cat 6 out",
            5 + 24,
        ),
        (
            r#"{"exercise":"cat-cow","reps":2,"paceSecs":1}"#,
            "cow 1 in, cat 1 out",
            5 + 4,
        ),
        (
            r#"{"exercise":"open-book","reps":1,"sides":"none","paceSecs":2,"holdSecs":9}"#,
            "open 2 in, hold 9 - hold, close 2 out",
            5 + 13,
        ),
        (
            r#"{"exercise":"abdominal-bracing","reps":1,"paceSecs":1}"#,
            "brace 8 - hold, relax 1 -",
            5 + 9,
        ),
    ];
    for &(item, expected, secs) in table {
        let routine = serde_json::from_str(&format!(
            r#"{{"id":"t","name":"T","description":"T","timeOfDay":"anytime","items":[{item}]}}"#
        ))
        .unwrap();
        let plan = library.plan(&routine).unwrap();
        let step = plan.steps.iter().find(|s| s.exercise_id.is_some()).unwrap();
        assert_eq!(phases(step), expected, "{item}");
        let sum: u64 = step.phases.iter().map(|p| p.duration_ms).sum();
        assert_eq!(sum, step.duration_ms, "{item}");
        assert_eq!(plan.duration_ms(), secs * 1000, "{item}");
    }
}

/// Rep n of m, round r of n and side for each step of one exercise: (routine, exercise, expected).
#[test]
fn reps_rounds_and_sides_are_numbered() {
    let table: &[(&str, &str, &str)] = &[
        ("bedtime-wind-down", "knee-to-chest", "L1/1r1/2 >R R1/1r1/2 >L L1/1r2/2 >R R1/1r2/2"),
        ("bedtime-wind-down", "supine-knee-twist", "L1/4r1/1 R1/4r1/1 L2/4r1/1 R2/4r1/1 L3/4r1/1 R3/4r1/1 L4/4r1/1 R4/4r1/1"),
        ("upper-back-neck", "head-tilt", "L1/5r1/1 L2/5r1/1 L3/5r1/1 L4/5r1/1 L5/5r1/1 >R R1/5r1/1 R2/5r1/1 R3/5r1/1 R4/5r1/1 R5/5r1/1"),
        ("two-minute-reset", "cat-cow", "-1/5r1/1 -2/5r1/1 -3/5r1/1 -4/5r1/1 -5/5r1/1"),
    ];
    for &(routine, exercise, expected) in table {
        let plan = plan(routine);
        let got: Vec<String> = plan
            .steps
            .iter()
            .filter(|s| s.exercise_id.as_deref() == Some(exercise))
            .map(|s| {
                let side = match s.side {
                    Side::None => "-",
                    Side::Left => "L",
                    Side::Right => "R",
                };
                if s.kind == StepKind::SwitchSides {
                    format!(">{side}")
                } else {
                    format!("{side}{}/{}r{}/{}", s.rep, s.reps, s.round, s.rounds)
                }
            })
            .collect();
        assert_eq!(got.join(" "), expected, "{routine} {exercise}");
    }
}

/// Overrides in a routine item change the plan; the last item never rests.
#[test]
fn overrides_and_rests_shape_the_plan() {
    let library = Library::builtin().unwrap();
    let table: &[(&str, &str, u64)] = &[
        (r#"[{"exercise":"plank"}]"#, "ready5 | plank 1×20s", 25),
        (r#"[{"exercise":"plank","holdSecs":45}]"#, "ready5 | plank 1×45s", 50),
        (r#"[{"exercise":"plank","rounds":2,"restAfterSecs":0},{"exercise":"plank-knees"}]"#, "ready5 | plank 2×20s | plank-knees 1×20s", 65),
        (r#"[{"exercise":"plank","restAfterSecs":30},{"exercise":"plank-knees","restAfterSecs":30}]"#, "ready5 | plank 1×20s | rest30 | plank-knees 1×20s", 75),
        (r#"[{"exercise":"open-book","reps":2,"sides":"alternate"}]"#, "ready5 | open-book L 1×11s | open-book R 1×11s | open-book L 1×11s | open-book R 1×11s", 49),
        (r#"[{"exercise":"cat-cow","reps":1,"sides":"each"}]"#, "ready5 | cat-cow L 1×8s | switch>R5 | cat-cow R 1×8s", 26),
    ];
    for &(items, expected, secs) in table {
        let routine = serde_json::from_str(&format!(
            r#"{{"id":"t","name":"T","description":"T","timeOfDay":"anytime","items":{items}}}"#
        ))
        .unwrap();
        let plan = library.plan(&routine).unwrap();
        assert_eq!(skeleton(&plan), expected, "{items}");
        assert_eq!(plan.duration_ms(), secs * 1000, "{items}");
    }
}
