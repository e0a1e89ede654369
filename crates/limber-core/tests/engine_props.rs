//! Laws of the session engine under any sequence of commands and `advance` calls at random
//! increasing instants: no cue twice, cues in time order, active time is elapsed minus paused,
//! the cue stream does not depend on when `advance` is called, and the session always ends.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use std::collections::HashSet;

use limber_core::exercise::Breath;
use limber_core::library::Library;
use limber_core::session::{Command, Cue, CueKind, Ms, Session, SessionState};
use proptest::prelude::*;

#[derive(Debug, Clone, Copy)]
enum Op {
    Do(Command),
    Advance,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => Just(Op::Advance),
        1 => Just(Op::Do(Command::Pause)),
        1 => Just(Op::Do(Command::Resume)),
        1 => Just(Op::Do(Command::SkipStep)),
        1 => Just(Op::Do(Command::PreviousStep)),
        1 => Just(Op::Do(Command::AddTime)),
    ]
}

/// The morning routine has every kind of step: breaths, holds with halfway and countdown cues,
/// side switches, alternating reps, rests and a transition.
fn session() -> Session {
    let library = Library::builtin().unwrap();
    Session::new(
        library
            .plan(library.routine("morning-mobility").unwrap())
            .unwrap(),
    )
}

const T0: u64 = 1_000;

/// What the test itself knows from the commands it sent.
struct Run {
    /// Every cue with the instant of the `advance` call that delivered it.
    delivered: Vec<(Cue, u64)>,
    paused_ms: u64,
    /// Step entries that must each announce exactly one `StepStart`.
    entries: usize,
    adds: usize,
}

fn run(ops: &[(Op, u64)], call_advance: bool) -> (Session, Run) {
    let mut s = session();
    s.apply(Command::Start, Ms(T0)).unwrap();
    let mut r = Run {
        delivered: Vec::new(),
        paused_ms: 0,
        entries: 1,
        adds: 0,
    };
    let mut t = T0;
    let mut pause_started = None;
    // A step entered while paused announces itself on resume, unless it is left before that.
    let mut entered_while_paused = false;
    let resume =
        |s: &mut Session, r: &mut Run, t: u64, pause_started: &mut Option<u64>, flag: &mut bool| {
            if s.apply(Command::Resume, Ms(t)).is_ok() {
                r.paused_ms += t - pause_started.take().unwrap();
                r.entries += usize::from(std::mem::take(flag));
            }
        };
    for &(op, dt) in ops {
        t += dt;
        match op {
            Op::Advance => {
                if call_advance {
                    r.delivered
                        .extend(s.advance(Ms(t)).into_iter().map(|c| (c, t)));
                }
            }
            Op::Do(Command::Resume) => {
                resume(
                    &mut s,
                    &mut r,
                    t,
                    &mut pause_started,
                    &mut entered_while_paused,
                );
            }
            Op::Do(cmd) => {
                let paused = s.state() == SessionState::Paused;
                if s.apply(cmd, Ms(t)).is_ok() {
                    match cmd {
                        Command::Pause => pause_started = Some(t),
                        Command::AddTime => r.adds += 1,
                        Command::SkipStep | Command::PreviousStep
                            if s.state() != SessionState::Finished =>
                        {
                            if paused {
                                entered_while_paused = true;
                            } else {
                                r.entries += 1;
                            }
                        }
                        Command::SkipStep if paused => r.paused_ms += t - pause_started.unwrap(),
                        _ => {}
                    }
                }
            }
        }
    }
    if s.state() == SessionState::Paused {
        t += 1;
        resume(
            &mut s,
            &mut r,
            t,
            &mut pause_started,
            &mut entered_while_paused,
        );
    }
    let far = t + 100_000_000;
    r.delivered
        .extend(s.advance(Ms(far)).into_iter().map(|c| (c, far)));
    (s, r)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn session_laws(ops in prop::collection::vec((op(), 1u64..15_000), 0..80)) {
        let (session, r) = run(&ops, true);
        let cues: Vec<Cue> = r.delivered.iter().map(|(c, _)| *c).collect();

        // The session always ends, with exactly one SessionDone, last.
        prop_assert_eq!(session.state(), SessionState::Finished);
        prop_assert_eq!(cues.iter().filter(|c| c.kind == CueKind::SessionDone).count(), 1);
        prop_assert_eq!(cues.last().map(|c| c.kind), Some(CueKind::SessionDone));

        // Cues come in time order, and never before they are due.
        for pair in r.delivered.windows(2) {
            prop_assert!(pair[0].0.at <= pair[1].0.at, "{:?} then {:?}", pair[0], pair[1]);
        }
        for (cue, delivered_at) in &r.delivered {
            prop_assert!(cue.at.0 <= *delivered_at, "{:?} delivered early at {}", cue, delivered_at);
        }

        // No cue twice: the same step, kind and instant never repeat (instants strictly increase).
        let mut seen = HashSet::new();
        for c in &cues {
            prop_assert!(seen.insert((c.step, c.kind, c.at)), "duplicate {:?}", c);
        }

        // Each step entry announces exactly one StepStart; natural ends enter the next step.
        let starts = cues.iter().filter(|c| c.kind == CueKind::StepStart).count();
        let dones = cues.iter().filter(|c| c.kind == CueKind::StepDone).count();
        let natural_end = cues.len() >= 2 && cues[cues.len() - 2].kind == CueKind::StepDone
            && cues[cues.len() - 2].at == cues[cues.len() - 1].at
            && cues[cues.len() - 2].step + 1 == session.plan().steps.len();
        prop_assert_eq!(starts, r.entries + dones - usize::from(natural_end));

        // Within one visit of a step, each cue comes at most once (countdowns once more per
        // added time, since the end moved), and every cue belongs to the visited step.
        let mut visit: Option<(usize, Vec<CueKind>)> = None;
        for c in &cues {
            if c.kind == CueKind::StepStart {
                visit = Some((c.step, Vec::new()));
            }
            if c.kind == CueKind::SessionDone {
                continue;
            }
            let (step, kinds) = visit.as_mut().unwrap();
            prop_assert_eq!(c.step, *step);
            kinds.push(c.kind);
            let count = kinds.iter().filter(|&&k| k == c.kind).count();
            let phases = &session.plan().steps[c.step].phases;
            let allowed = match c.kind {
                CueKind::Countdown { .. } => 1 + r.adds,
                CueKind::BreatheIn => phases.iter().filter(|p| p.breath == Some(Breath::In)).count(),
                CueKind::BreatheOut => phases.iter().filter(|p| p.breath == Some(Breath::Out)).count(),
                _ => 1,
            };
            prop_assert!(count <= allowed, "{:?} {} times in one visit", c, count);
        }

        // Active time is elapsed time minus the pauses the test itself made.
        let o = session.outcome().unwrap();
        prop_assert_eq!(o.started_at, Ms(T0));
        prop_assert_eq!(o.paused_ms, r.paused_ms);
        prop_assert_eq!(o.active_ms, o.ended_at.0 - o.started_at.0 - r.paused_ms);
        prop_assert!(o.done_exercise_ms <= o.planned_exercise_ms);
        prop_assert_eq!(o.counts_as_done, o.done_exercise_ms * 5 >= o.planned_exercise_ms * 4);
        prop_assert!(o.steps_completed + o.steps_skipped <= o.steps_total);

        // A driver that never calls advance until the end gets the very same cues.
        let (_, quiet) = run(&ops, false);
        let quiet: Vec<Cue> = quiet.delivered.iter().map(|(c, _)| *c).collect();
        prop_assert_eq!(quiet, cues);
    }

    /// Pausing never changes the active time of a session, however long the pauses are.
    #[test]
    fn pauses_do_not_change_active_time(pauses in prop::collection::vec((1u64..400_000, 1u64..600_000), 0..10)) {
        let plain = {
            let (s, _) = run(&[], true);
            s.outcome().unwrap()
        };
        let mut ops = Vec::new();
        for (gap, length) in pauses {
            ops.push((Op::Do(Command::Pause), gap.min(20_000)));
            ops.push((Op::Do(Command::Resume), length));
        }
        let (s, r) = run(&ops, true);
        let o = s.outcome().unwrap();
        prop_assert_eq!(o.active_ms, plain.active_ms);
        prop_assert_eq!(o.ended_at.0, plain.ended_at.0 + r.paused_ms);
        prop_assert!(o.counts_as_done);
    }
}
