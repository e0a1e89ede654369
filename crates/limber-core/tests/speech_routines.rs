//! Which words the voice coach says in a whole routine, in order, with their due times: one table per built-in
//! routine and coach level, and one for a custom routine with per-side, alternating and breathing items.
//!
//! Each row is `seconds step phrase`, the due time on the session's timeline from its start. The tables are the
//! specification: a change in the engine's timing, the plan or the coach's choice of words shows up here.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use limber_core::library::Library;
use limber_core::routine::Routine;
use limber_core::session::Plan;
use limber_core::speech::{routine_utterances, Coach, Phrase};

fn builtin(routine: &str) -> Plan {
    let library = Library::builtin().unwrap();
    library.plan(library.routine(routine).unwrap()).unwrap()
}

/// A custom routine with an "each side" hold long enough for a countdown, a breathing item, an alternating
/// item and a rest of its own.
fn custom() -> Plan {
    let routine: Routine = serde_json::from_value(serde_json::json!({
        "id": "my-evening",
        "name": "My evening",
        "description": "Short and slow.",
        "timeOfDay": "bedtime",
        "items": [
            { "exercise": "head-tilt", "reps": 2, "holdSecs": 10, "restAfterSecs": 6 },
            { "exercise": "diaphragmatic-breathing", "reps": 2, "restAfterSecs": 0 },
            { "exercise": "supine-knee-twist", "reps": 2, "holdSecs": 2 }
        ]
    }))
    .unwrap();
    Library::builtin().unwrap().plan(&routine).unwrap()
}

fn word(phrase: &Phrase) -> String {
    match phrase {
        Phrase::ExerciseName(id) => format!("name:{id}"),
        Phrase::Instruction(id) => format!("instruction:{id}"),
        Phrase::Number(n) => n.to_string(),
        other => other.clip(),
    }
}

/// The utterances as rows of `seconds step phrase`.
fn table(plan: &Plan, coach: Coach) -> String {
    routine_utterances(plan, coach)
        .iter()
        .map(|u| {
            format!(
                "{:>7.3} {:>3} {}",
                u.at.0 as f64 / 1000.0,
                u.step,
                word(&u.phrase)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Compares the table of `plan` at `coach` with the committed one (comment lines start with `#`). With
/// `LIMBER_UPDATE_SPEECH=1` the committed file is rewritten instead, to be reviewed in the diff.
fn check(plan: &Plan, coach: Coach, file: &str, expected: &str) {
    let got = table(plan, coach);
    let rows: Vec<&str> = expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect();
    if std::env::var_os("LIMBER_UPDATE_SPEECH").is_some() {
        let header = expected
            .lines()
            .take_while(|l| l.starts_with('#'))
            .collect::<Vec<_>>();
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/speech")
            .join(file);
        std::fs::write(path, format!("{}\n{got}\n", header.join("\n"))).unwrap();
        return;
    }
    assert_eq!(
        got,
        rows.join("\n"),
        "{} with the coach {coach:?} (tests/speech/{file})",
        plan.routine_id
    );
}

#[test]
fn each_routine_says_its_table_of_phrases_at_the_engines_due_times() {
    let rows = [
        (
            builtin("two-minute-reset"),
            Coach::Cues,
            "two-minute-reset.cues.txt",
            include_str!("speech/two-minute-reset.cues.txt"),
        ),
        (
            builtin("two-minute-reset"),
            Coach::Full,
            "two-minute-reset.full.txt",
            include_str!("speech/two-minute-reset.full.txt"),
        ),
        (
            builtin("bedtime-wind-down"),
            Coach::Cues,
            "bedtime-wind-down.cues.txt",
            include_str!("speech/bedtime-wind-down.cues.txt"),
        ),
        (
            builtin("bedtime-wind-down"),
            Coach::Full,
            "bedtime-wind-down.full.txt",
            include_str!("speech/bedtime-wind-down.full.txt"),
        ),
        (
            builtin("morning-mobility"),
            Coach::Cues,
            "morning-mobility.cues.txt",
            include_str!("speech/morning-mobility.cues.txt"),
        ),
        (
            builtin("morning-mobility"),
            Coach::Full,
            "morning-mobility.full.txt",
            include_str!("speech/morning-mobility.full.txt"),
        ),
        (
            builtin("upper-back-neck"),
            Coach::Cues,
            "upper-back-neck.cues.txt",
            include_str!("speech/upper-back-neck.cues.txt"),
        ),
        (
            builtin("upper-back-neck"),
            Coach::Full,
            "upper-back-neck.full.txt",
            include_str!("speech/upper-back-neck.full.txt"),
        ),
        (
            custom(),
            Coach::Cues,
            "my-evening.cues.txt",
            include_str!("speech/my-evening.cues.txt"),
        ),
        (
            custom(),
            Coach::Full,
            "my-evening.full.txt",
            include_str!("speech/my-evening.full.txt"),
        ),
    ];
    for (plan, coach, file, expected) in rows {
        check(&plan, coach, file, expected);
    }
}

#[test]
fn the_coach_off_says_nothing_and_cues_say_a_subset_of_full() {
    for plan in [
        builtin("two-minute-reset"),
        builtin("bedtime-wind-down"),
        builtin("morning-mobility"),
        builtin("upper-back-neck"),
        custom(),
    ] {
        assert!(routine_utterances(&plan, Coach::Off).is_empty());
        let full = routine_utterances(&plan, Coach::Full);
        let mut rest = full.iter();
        for cue in routine_utterances(&plan, Coach::Cues) {
            assert!(
                rest.any(|u| *u == cue),
                "{}: {cue:?} is said with the cues only but not in full, in that order",
                plan.routine_id
            );
        }
    }
}

#[test]
fn every_utterance_is_due_exactly_when_one_of_the_engines_cues_is() {
    use limber_core::session::{Command, Ms, Session};
    for plan in [
        builtin("bedtime-wind-down"),
        builtin("morning-mobility"),
        custom(),
    ] {
        let mut session = Session::new(plan.clone());
        session.apply(Command::Start, Ms(0)).unwrap();
        let cues = session.advance(Ms(plan.duration_ms()));
        for u in routine_utterances(&plan, Coach::Full) {
            assert!(
                cues.iter().any(|c| c.at == u.at && c.step == u.step),
                "{}: {u:?} has no cue",
                plan.routine_id
            );
        }
        let times: Vec<_> = routine_utterances(&plan, Coach::Full)
            .iter()
            .map(|u| u.at)
            .collect();
        assert!(times.windows(2).all(|w| w[0] <= w[1]), "in time order");
    }
}
