//! The session engine, scenario by scenario: which cues come when, what commands do, and how a
//! session's outcome is judged. All instants are milliseconds on a made-up timeline.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use limber_core::library::{Library, Source};
use limber_core::session::{Command, Cue, CueKind, Ms, Session, SessionError, SessionState};

/// A small routine with easy numbers. Steps and their spans on the plan's own clock:
/// 0 get ready 0–5 s; 1 and 2 one breath each (in 4 s, out 6 s) 5–15 s and 15–25 s; 3 rest 25–30 s;
/// 4 hold left 30–50 s; 5 switch sides 50–55 s; 6 hold right 55–75 s.
fn session() -> Session {
    let breath = r#"{"id":"breath","name":"Breath","area":"core","position":"inBed","kind":"breathing",
        "summary":"S.","spoken":"Say it.","steps":["1.","2.","3."],"breathing":"B.","cautions":["Stop if worse."],
        "dose":{"reps":2,"pace":[{"name":"breatheIn","secs":4,"breath":"in"},{"name":"breatheOut","secs":6,"breath":"out"}]},
        "illustration":"breath"}"#;
    let hold = r#"{"id":"hold","name":"Hold","area":"core","position":"floor","kind":"hold",
        "summary":"S.","spoken":"Say it.","steps":["1.","2.","3."],"breathing":"B.","cautions":["Stop if worse."],
        "dose":{"holdSecs":20,"sides":"each"},"illustration":"hold"}"#;
    let routine = r#"{"id":"test","name":"Test","description":"D.","timeOfDay":"anytime",
        "items":[{"exercise":"breath","restAfterSecs":5},{"exercise":"hold"}]}"#;
    let library = Library::from_sources(
        &[
            Source::new("breath.json", breath),
            Source::new("hold.json", hold),
        ],
        &[Source::new("test.json", routine)],
    )
    .unwrap();
    Session::new(library.plan(library.routine("test").unwrap()).unwrap())
}

/// Every cue of the untouched session started at 0, as `at/step/kind`.
const ALL: &str = "0/0/start 2000/0/cd3 3000/0/cd2 4000/0/cd1 5000/0/done \
    5000/1/start 5000/1/in 9000/1/out 15000/1/done \
    15000/2/start 15000/2/in 19000/2/out 25000/2/done \
    25000/3/start 27000/3/cd3 28000/3/cd2 29000/3/cd1 30000/3/done \
    30000/4/start 40000/4/half 47000/4/cd3 48000/4/cd2 49000/4/cd1 50000/4/done \
    50000/5/start 50000/5/switch 52000/5/cd3 53000/5/cd2 54000/5/cd1 55000/5/done \
    55000/6/start 65000/6/half 72000/6/cd3 73000/6/cd2 74000/6/cd1 75000/6/done 75000/6/end";

fn show(cue: &Cue) -> String {
    let kind = match cue.kind {
        CueKind::StepStart => "start".to_owned(),
        CueKind::Countdown { n } => format!("cd{n}"),
        CueKind::SwitchSides => "switch".to_owned(),
        CueKind::BreatheIn => "in".to_owned(),
        CueKind::BreatheOut => "out".to_owned(),
        CueKind::Halfway => "half".to_owned(),
        CueKind::StepDone => "done".to_owned(),
        CueKind::SessionDone => "end".to_owned(),
    };
    format!("{}/{}/{kind}", cue.at.0, cue.step)
}

/// `ALL` with the cues at or after `until` moved by `by` ms and those in `from..until` dropped.
/// (A skipped step's own `done` cue is then removed by hand: a skipped step is not done.)
fn edited(from: u64, until: u64, by: i64) -> String {
    ALL.split_whitespace()
        .filter_map(|c| {
            let (at, rest) = c.split_once('/').unwrap();
            let at: u64 = at.parse().unwrap();
            if at < from {
                Some(c.to_owned())
            } else if at < until {
                None
            } else {
                Some(format!("{}/{rest}", at.checked_add_signed(by).unwrap()))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Clone, Copy)]
enum Act {
    /// Apply a command at an instant, expecting success.
    Do(Command, u64),
    /// Apply a command at an instant, expecting this error.
    Fails(Command, u64, SessionError),
    /// Call `advance` at an instant.
    Advance(u64),
}
use Act::*;

/// Runs a script (after a start at 0) and compares every cue delivered with `expected`, then
/// advances far past the end and compares the state.
fn check(script: &[Act], expected: &str, state: SessionState) -> Session {
    let mut session = session();
    session.apply(Command::Start, Ms(0)).unwrap();
    let mut cues = Vec::new();
    for act in script {
        match *act {
            Do(cmd, t) => session.apply(cmd, Ms(t)).unwrap(),
            Fails(cmd, t, e) => assert_eq!(session.apply(cmd, Ms(t)), Err(e), "{cmd:?} at {t}"),
            Advance(t) => cues.extend(session.advance(Ms(t))),
        }
    }
    cues.extend(session.advance(Ms(1_000_000)));
    let got: Vec<String> = cues.iter().map(show).collect();
    assert_eq!(
        got.join(" "),
        expected.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    assert_eq!(session.state(), state);
    session
}

#[test]
fn cues_do_not_depend_on_when_advance_is_called() {
    let every_second: Vec<Act> = (0..=80).map(|s| Advance(s * 1000)).collect();
    let every_ms: Vec<Act> = (0..=75_000).map(Advance).collect();
    let odd: Vec<Act> = [1, 4999, 5000, 5001, 39_999, 40_000, 74_999]
        .map(Advance)
        .to_vec();
    for script in [vec![], every_second, every_ms, odd] {
        check(&script, ALL, SessionState::Finished);
    }
}

#[test]
fn commands_reshape_the_cue_stream() {
    use Command::*;
    let finished = SessionState::Finished;
    let rows: Vec<(&str, Vec<Act>, String, SessionState)> = vec![
        (
            "pause and resume shift the rest",
            vec![Do(Pause, 8000), Do(Resume, 12_000)],
            edited(8000, 8000, 4000),
            finished,
        ),
        (
            "pause with advance calls inside",
            vec![
                Advance(8000),
                Do(Pause, 8000),
                Advance(10_000),
                Do(Resume, 12_000),
                Advance(13_000),
            ],
            edited(8001, 8001, 4000),
            finished,
        ),
        (
            "pause exactly at a cue",
            vec![Advance(9000), Do(Pause, 9000), Do(Resume, 10_000)],
            edited(9001, 9001, 1000),
            finished,
        ),
        (
            "skip a breath",
            vec![Do(SkipStep, 7000)],
            edited(7000, 15_000, -8000).replace("7000/1/done ", ""),
            finished,
        ),
        (
            "skip the rest",
            vec![Do(SkipStep, 26_000)],
            edited(26_000, 30_000, -4000).replace("26000/3/done ", ""),
            finished,
        ),
        (
            "skip while paused starts the next step on resume",
            vec![Do(Pause, 7000), Do(SkipStep, 8000), Do(Resume, 10_000)],
            edited(7000, 15_000, -5000).replace("10000/1/done ", ""),
            finished,
        ),
        (
            "previous goes back to the start of the step before",
            vec![Do(PreviousStep, 20_000)],
            format!(
                "{} 20000/1/start 20000/1/in 24000/1/out 30000/1/done {}",
                edited(20_000, u64::MAX, 0),
                edited(0, 15_000, 15_000).replacen("30000/1/done ", "", 1)
            ),
            finished,
        ),
        (
            "previous on the first step restarts it",
            vec![Advance(1000), Do(PreviousStep, 1000)],
            format!("0/0/start {}", edited(0, 0, 1000)),
            finished,
        ),
        (
            "add time before halfway moves halfway",
            vec![Do(AddTime, 35_000)],
            edited(40_000, 40_000, 10_000).replace("50000/4/half", "45000/4/half"),
            finished,
        ),
        (
            "add time after halfway keeps it once",
            vec![Advance(45_000), Do(AddTime, 45_000)],
            edited(45_000, 45_000, 10_000),
            finished,
        ),
        (
            "add time during the countdown counts down again",
            vec![Advance(47_500), Do(AddTime, 47_500)],
            edited(47_001, 47_001, 10_000).replace("47000/4/cd3", "47000/4/cd3 57000/4/cd3"),
            finished,
        ),
        (
            "add time to a rest",
            vec![Do(AddTime, 26_000)],
            edited(27_000, 27_000, 10_000),
            finished,
        ),
        (
            "add time to get ready",
            vec![Do(AddTime, 1000)],
            edited(2000, 2000, 10_000),
            finished,
        ),
        (
            "stop abandons with no further cues",
            vec![Do(Stop, 20_000)],
            edited(20_000, u64::MAX, 0),
            SessionState::Abandoned,
        ),
        (
            "skipping the last step finishes now",
            vec![Do(SkipStep, 60_000)],
            format!("{} 60000/6/end", edited(60_000, u64::MAX, 0)),
            finished,
        ),
        (
            "a command after the natural end is refused but the end is delivered",
            vec![Fails(Pause, 90_000, SessionError::Over)],
            ALL.to_owned(),
            finished,
        ),
    ];
    for (name, script, expected, state) in rows {
        println!("{name}");
        check(&script, &expected, state);
    }
}

#[test]
fn invalid_commands_are_refused_and_change_nothing() {
    use Command::*;
    let rows: Vec<(&str, Vec<Act>)> = vec![
        (
            "start twice",
            vec![Fails(Start, 100, SessionError::AlreadyStarted)],
        ),
        (
            "resume while running",
            vec![Fails(Resume, 100, SessionError::NotPaused)],
        ),
        (
            "pause twice",
            vec![
                Do(Pause, 100),
                Fails(Pause, 100, SessionError::AlreadyPaused),
                Do(Resume, 100),
            ],
        ),
        (
            "add time to a breath",
            vec![Fails(AddTime, 6000, SessionError::NothingToExtend)],
        ),
        (
            "add time to switch sides",
            vec![Fails(AddTime, 51_000, SessionError::NothingToExtend)],
        ),
    ];
    for (name, script) in rows {
        println!("{name}");
        check(&script, ALL, SessionState::Finished);
    }
    let mut fresh = session();
    for cmd in [Pause, Resume, SkipStep, PreviousStep, AddTime] {
        assert_eq!(
            fresh.apply(cmd, Ms(0)),
            Err(SessionError::NotStarted),
            "{cmd:?}"
        );
    }
    assert_eq!(fresh.next_due(), None);
    assert!(fresh.advance(Ms(10_000)).is_empty());
    fresh.apply(Stop, Ms(5)).unwrap();
    assert_eq!(fresh.apply(Start, Ms(6)), Err(SessionError::Over));
    assert!(!fresh.outcome().unwrap().counts_as_done);
}

/// `next_due` names the exact instant of the next cue, so a driver sleeping until then misses
/// nothing and never wakes for nothing.
#[test]
fn next_due_walks_the_cue_stream() {
    let mut session = session();
    assert_eq!(session.next_due(), None);
    session.apply(Command::Start, Ms(0)).unwrap();
    assert_eq!(session.next_due(), Some(Ms(0)), "the start cue is waiting");
    let mut seen = Vec::new();
    let mut wakes = 0;
    while let Some(at) = session.next_due() {
        let cues = session.advance(at);
        assert!(!cues.is_empty(), "woke at {} for nothing", at.0);
        assert!(cues.iter().all(|c| c.at == at));
        seen.extend(cues.iter().map(show));
        wakes += 1;
    }
    assert_eq!(
        seen.join(" "),
        ALL.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    assert_eq!(wakes, 27);
    let mut paused = self::session();
    paused.apply(Command::Start, Ms(0)).unwrap();
    paused.advance(Ms(100));
    paused.apply(Command::Pause, Ms(100)).unwrap();
    assert_eq!(paused.next_due(), None, "nothing happens while paused");
}

/// (script, completed, skipped, active ms, paused ms, done exercise ms, counts as done).
/// Planned exercise time is 60 s (two 10 s breaths and two 20 s holds), so 48 s must be done.
#[test]
fn outcome_counts_what_was_done() {
    use Command::*;
    type Row = (&'static str, Vec<Act>, u32, u32, u64, u64, u64, bool);
    let rows: Vec<Row> = vec![
        ("untouched", vec![], 7, 0, 75_000, 0, 60_000, true),
        (
            "paused a while",
            vec![Do(Pause, 10_000), Do(Resume, 70_000)],
            7,
            0,
            75_000,
            60_000,
            60_000,
            true,
        ),
        (
            "skipped get ready and rest",
            vec![Do(SkipStep, 1000), Do(SkipStep, 21_000)],
            5,
            2,
            66_000,
            0,
            60_000,
            true,
        ),
        (
            "skipped a hold at its start",
            vec![Do(SkipStep, 30_000)],
            6,
            1,
            55_000,
            0,
            40_000,
            false,
        ),
        (
            "skipped a hold near its end",
            vec![Do(SkipStep, 46_000)],
            6,
            1,
            71_000,
            0,
            56_000,
            true,
        ),
        (
            "skipped exactly 20% of the work",
            vec![Do(SkipStep, 38_000)],
            6,
            1,
            63_000,
            0,
            48_000,
            true,
        ),
        (
            "skipped just over 20%",
            vec![Do(SkipStep, 37_999)],
            6,
            1,
            62_999,
            0,
            47_999,
            false,
        ),
        (
            "a step skipped then redone counts as completed",
            vec![Do(SkipStep, 7000), Do(PreviousStep, 8000)],
            7,
            0,
            78_000,
            0,
            60_000,
            true,
        ),
        (
            "repeating a step does not count twice",
            vec![Do(PreviousStep, 20_000), Do(SkipStep, 21_000)],
            7,
            0,
            81_000,
            0,
            60_000,
            true,
        ),
        (
            "added time is active but not extra work",
            vec![Do(AddTime, 31_000)],
            7,
            0,
            85_000,
            0,
            60_000,
            true,
        ),
        (
            "abandoned",
            vec![Do(Stop, 60_000)],
            6,
            0,
            60_000,
            0,
            45_000,
            false,
        ),
        (
            "abandoned while paused",
            vec![Do(Pause, 20_000), Do(Stop, 30_000)],
            2,
            0,
            20_000,
            10_000,
            15_000,
            false,
        ),
    ];
    for (name, script, completed, skipped, active, paused, done, counts) in rows {
        println!("{name}");
        let mut session = session();
        session.apply(Start, Ms(0)).unwrap();
        assert_eq!(session.outcome(), None);
        for act in &script {
            if let Do(cmd, t) = *act {
                session.apply(cmd, Ms(t)).unwrap();
            }
        }
        session.advance(Ms(1_000_000));
        let o = session.outcome().unwrap();
        let got = (
            o.steps_completed,
            o.steps_skipped,
            o.active_ms,
            o.paused_ms,
            o.done_exercise_ms,
            o.counts_as_done,
        );
        assert_eq!(
            got,
            (completed, skipped, active, paused, done, counts),
            "{name}"
        );
        assert_eq!(o.planned_exercise_ms, 60_000);
        assert_eq!(o.steps_total, 7);
        assert_eq!(
            o.active_ms,
            o.ended_at.0 - o.started_at.0 - o.paused_ms,
            "{name}"
        );
    }
}

/// What the UI sees at a few instants: (instant, state, step, ms left, phase, phase progress,
/// routine progress, next step).
#[test]
fn snapshots_describe_the_moment() {
    use limber_core::session::StepKind;
    let mut session = session();
    let before = session.snapshot(Ms(0));
    assert_eq!(
        (before.state, before.step.as_ref().map(|s| s.kind)),
        (SessionState::NotStarted, Some(StepKind::GetReady))
    );
    session.apply(Command::Start, Ms(1000)).unwrap();
    type Row = (
        u64,
        SessionState,
        Option<usize>,
        u64,
        Option<&'static str>,
        f64,
        f64,
        Option<usize>,
    );
    let rows: &[Row] = &[
        (
            1000,
            SessionState::Running,
            Some(0),
            5000,
            Some("getReady"),
            0.0,
            0.0,
            Some(1),
        ),
        (
            8000,
            SessionState::Running,
            Some(1),
            8000,
            Some("breatheIn"),
            0.5,
            7.0 / 75.0,
            Some(2),
        ),
        (
            12_000,
            SessionState::Running,
            Some(1),
            4000,
            Some("breatheOut"),
            1.0 / 3.0,
            11.0 / 75.0,
            Some(2),
        ),
        (
            41_000,
            SessionState::Running,
            Some(4),
            10_000,
            Some("hold"),
            0.5,
            40.0 / 75.0,
            Some(5),
        ),
        (
            75_999,
            SessionState::Running,
            Some(6),
            1,
            Some("hold"),
            19_999.0 / 20_000.0,
            74_999.0 / 75_000.0,
            None,
        ),
        (
            76_000,
            SessionState::Finished,
            None,
            0,
            None,
            0.0,
            1.0,
            None,
        ),
        (
            99_000,
            SessionState::Finished,
            None,
            0,
            None,
            0.0,
            1.0,
            None,
        ),
    ];
    for &(t, state, step, left, phase, phase_progress, progress, next) in rows {
        let s = session.snapshot(Ms(t));
        assert_eq!(s.state, state, "{t}");
        assert_eq!(s.step.as_ref().map(|v| v.index), step, "{t}");
        assert_eq!(s.step_ms_left, left, "{t}");
        assert_eq!(s.phase.as_ref().map(|p| p.name.as_str()), phase, "{t}");
        assert!(
            (s.phase.as_ref().map_or(0.0, |p| p.progress) - phase_progress).abs() < 1e-9,
            "{t}"
        );
        assert!(
            (s.routine_progress - progress).abs() < 1e-9,
            "{t}: {}",
            s.routine_progress
        );
        assert_eq!(s.next.as_ref().map(|v| v.index), next, "{t}");
        assert_eq!(s.active_ms, (t.min(76_000)) - 1000, "{t}");
    }
    session.apply(Command::Pause, Ms(20_000)).unwrap();
    let paused = session.snapshot(Ms(50_000));
    assert_eq!(
        (
            paused.state,
            paused.step.map(|s| s.index),
            paused.step_ms_left
        ),
        (SessionState::Paused, Some(2), 6000)
    );
    assert_eq!((paused.active_ms, paused.paused_ms), (19_000, 30_000));
    let hold_left = session
        .snapshot(Ms(50_000))
        .step
        .map(|s| (s.exercise_id, s.rep, s.reps));
    assert_eq!(hold_left, Some((Some("breath".to_owned()), 2, 2)));
}

/// Issue 18: the exercises whose work was skipped, for easing a dose: skipped get-ready, rest and side
/// switches do not count, a step skipped and then redone does not count, and each exercise is named once.
/// Steps: 0 get ready 0–5 s; 1, 2 breaths 5–25 s; 3 rest 25–30 s; 4 hold left 30–50 s; 5 switch; 6 hold right.
#[test]
fn skipped_exercises_table() {
    use Command::*;
    fn check(script: &[Act], expected: &[&str]) {
        let mut session = session();
        session.apply(Start, Ms(0)).unwrap();
        for act in script {
            if let Do(cmd, t) = *act {
                session.apply(cmd, Ms(t)).unwrap();
            }
        }
        session.advance(Ms(1_000_000));
        assert_eq!(session.skipped_exercises(), expected);
    }
    check(&[], &[]);
    check(&[Do(SkipStep, 1000), Do(SkipStep, 21_000)], &[]);
    check(&[Do(SkipStep, 7000)], &["breath"]);
    check(&[Do(SkipStep, 7000), Do(PreviousStep, 8000)], &[]);
    // Both sides of the hold: once the left is skipped at 31 s, the right runs from 36 s.
    check(&[Do(SkipStep, 31_000), Do(SkipStep, 40_000)], &["hold"]);
    check(
        &[Do(SkipStep, 7000), Do(SkipStep, 31_000)],
        &["breath", "hold"],
    );
    check(&[Do(SkipStep, 7000), Do(Stop, 20_000)], &["breath"]);
}
