//! Runs the session engine over a ~15-minute routine with `advance` calls at jittered instants, and
//! prints the worst cue timing error (engine due time against the exact time computed here from the
//! plan; the target is 0 ms) and the cost of one `advance` call.
//!
//! The expected times are computed independently from the plan's step and phase lengths, so a drift
//! in the engine (counting ticks, losing a millisecond per step, mis-shifting after a pause) shows.

use std::error::Error;
use std::io::Write;
use std::time::Instant;

use limber_bench::{median, ms};
use limber_core::exercise::Breath;
use limber_core::library::Library;
use limber_core::routine::RoutineItem;
use limber_core::session::{
    Command, Cue, CueKind, Ms, Plan, Session, StepKind, COUNTDOWN_MIN_HOLD_MS,
    COUNTDOWN_MIN_STEP_MS, HALFWAY_MIN_HOLD_MS,
};

/// Start of the session on the made-up timeline (like a monotonic clock a while after boot).
const T0: u64 = 123_456_789;
/// One pause in every run: where (on the plan's clock) and how long.
const PAUSE_AT_PLAN_MS: u64 = 300_000;
const PAUSE_MS: u64 = 42_317;
const RUNS: u64 = 20;

/// A small deterministic pseudo-random generator (xorshift64*), so runs are repeatable.
struct Jitter(u64);

impl Jitter {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A value in `lo..=hi`.
    fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
}

/// Every cue of the plan on the plan's own clock (0 = start), computed from the step and phase
/// lengths alone, in announcement order.
fn expected_cues(plan: &Plan) -> Vec<(u64, usize, CueKind)> {
    let rank = |k: CueKind| match k {
        CueKind::StepStart => 0,
        CueKind::SwitchSides => 1,
        CueKind::BreatheIn | CueKind::BreatheOut => 2,
        CueKind::Halfway => 3,
        CueKind::Countdown { .. } => 4,
        CueKind::StepDone => 5,
        CueKind::SessionDone => 6,
    };
    let mut out = Vec::new();
    let mut start = 0;
    for (i, step) in plan.steps.iter().enumerate() {
        let end = start + step.duration_ms;
        let mut cues = vec![(start, CueKind::StepStart), (end, CueKind::StepDone)];
        if step.kind == StepKind::SwitchSides {
            cues.push((start, CueKind::SwitchSides));
        }
        let mut phase_start = start;
        let mut countdown_to = None;
        for phase in &step.phases {
            match phase.breath {
                Some(Breath::In) => cues.push((phase_start, CueKind::BreatheIn)),
                Some(Breath::Out) => cues.push((phase_start, CueKind::BreatheOut)),
                None => {}
            }
            if phase.hold && phase.duration_ms >= HALFWAY_MIN_HOLD_MS {
                cues.push((phase_start + phase.duration_ms / 2, CueKind::Halfway));
            }
            if phase.hold && phase.duration_ms >= COUNTDOWN_MIN_HOLD_MS {
                countdown_to = Some(phase_start + phase.duration_ms);
            }
            phase_start += phase.duration_ms;
        }
        if !step.kind.is_exercise() && step.duration_ms >= COUNTDOWN_MIN_STEP_MS {
            countdown_to = Some(end);
        }
        if let Some(to) = countdown_to {
            for n in [3u8, 2, 1] {
                cues.push((to - u64::from(n) * 1000, CueKind::Countdown { n }));
            }
        }
        cues.sort_by_key(|&(t, k)| (t, rank(k)));
        out.extend(cues.into_iter().map(|(t, k)| (t, i, k)));
        start = end;
    }
    out.push((start, plan.steps.len() - 1, CueKind::SessionDone));
    out
}

/// The ~15-minute routine: the bedtime wind-down followed by the upper-back moves and a knee plank.
fn long_plan(library: &Library) -> Result<Plan, Box<dyn Error>> {
    let mut routine = library
        .routine("bedtime-wind-down")
        .ok_or("no bedtime routine")?
        .clone();
    routine.id = "bench-long".to_owned();
    for id in [
        "head-tilt",
        "scapular-clocks",
        "shoulder-rows",
        "plank-knees",
    ] {
        routine.items.push(RoutineItem::new(id));
    }
    Ok(library.plan(&routine)?)
}

struct RunResult {
    cues: Vec<Cue>,
    calls: u64,
    advance_ns: u128,
}

/// One run: advance at jittered gaps of `gap_lo..=gap_hi` ms, with one pause.
fn run(plan: &Plan, seed: u64, gap_lo: u64, gap_hi: u64) -> Result<RunResult, Box<dyn Error>> {
    let mut jitter = Jitter(seed);
    let mut session = Session::new(plan.clone());
    session.apply(Command::Start, Ms(T0))?;
    let mut now = T0;
    let mut cues = Vec::new();
    let mut calls = 0;
    let mut advance_ns = 0;
    let mut paused = false;
    while session.state() != limber_core::session::SessionState::Finished {
        now += jitter.between(gap_lo, gap_hi);
        if !paused && now >= T0 + PAUSE_AT_PLAN_MS {
            // Pause exactly at the chosen plan instant; the cues up to it are delivered on the
            // next advance, stamped with their own due times.
            session.apply(Command::Pause, Ms(T0 + PAUSE_AT_PLAN_MS))?;
            session.apply(Command::Resume, Ms(T0 + PAUSE_AT_PLAN_MS + PAUSE_MS))?;
            now = now.max(T0 + PAUSE_AT_PLAN_MS + PAUSE_MS);
            paused = true;
        }
        let started = Instant::now();
        let due = session.advance(Ms(now));
        advance_ns += started.elapsed().as_nanos();
        calls += 1;
        cues.extend(due);
    }
    Ok(RunResult {
        cues,
        calls,
        advance_ns,
    })
}

/// The largest difference between delivered and expected due times (and whether the lists agree).
fn worst_error(plan: &Plan, cues: &[Cue]) -> Result<u64, Box<dyn Error>> {
    let expected = expected_cues(plan);
    if expected.len() != cues.len() {
        return Err(format!("{} cues, expected {}", cues.len(), expected.len()).into());
    }
    let mut worst = 0;
    for (cue, &(plan_t, step, kind)) in cues.iter().zip(&expected) {
        if cue.step != step || cue.kind != kind {
            return Err(format!("got {cue:?}, expected {kind:?} of step {step}").into());
        }
        let shift = if plan_t > PAUSE_AT_PLAN_MS {
            PAUSE_MS
        } else {
            0
        };
        let at = T0 + plan_t + shift;
        worst = worst.max(cue.at.0.abs_diff(at));
    }
    Ok(worst)
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut out = std::io::stdout().lock();
    let library = Library::builtin()?;
    let plan = long_plan(&library)?;
    let total_s = plan.duration_ms() / 1000;
    writeln!(
        out,
        "engine: {} steps, {} min {} s planned, {} cues, pause of {} ms at {} s",
        plan.steps.len(),
        total_s / 60,
        total_s % 60,
        expected_cues(&plan).len(),
        PAUSE_MS,
        PAUSE_AT_PLAN_MS / 1000
    )?;
    for (label, lo, hi) in [
        ("UI-rate driver, 1-33 ms gaps", 1, 33),
        ("sleepy driver, 1-5000 ms gaps", 1, 5000),
    ] {
        let mut worst = 0;
        let mut per_call = Vec::new();
        let mut calls = 0;
        for seed in 1..=RUNS {
            let result = run(&plan, seed * 0x9E37_79B9_7F4A_7C15, lo, hi)?;
            worst = worst.max(worst_error(&plan, &result.cues)?);
            calls += result.calls;
            per_call.push(std::time::Duration::from_nanos(
                u64::try_from(result.advance_ns / u128::from(result.calls.max(1)))
                    .unwrap_or(u64::MAX),
            ));
        }
        let median_ns = median(&mut per_call).map_or(0, |d| d.as_nanos());
        writeln!(
            out,
            "  {label}: {RUNS} runs, {calls} advance calls, worst cue timing error {worst} ms \
             (target 0 ms), median cost per advance {median_ns} ns"
        )?;
    }

    // A driver that sleeps until `next_due` and wakes up to 50 ms late still gets exact stamps
    // (no pause in this run, so the expected times are the plan's own).
    let mut jitter = Jitter(7);
    let mut session = Session::new(plan.clone());
    session.apply(Command::Start, Ms(T0))?;
    let mut cues = Vec::new();
    let mut wakes = 0;
    let started = Instant::now();
    while let Some(due) = session.next_due() {
        let now = due.0.max(T0) + jitter.between(0, 50);
        cues.extend(session.advance(Ms(now)));
        wakes += 1;
    }
    let elapsed = started.elapsed();
    let expected = expected_cues(&plan);
    let mut worst = 0;
    for (cue, &(plan_t, step, kind)) in cues.iter().zip(&expected) {
        if cue.step != step || cue.kind != kind {
            return Err(format!("got {cue:?}, expected {kind:?} of step {step}").into());
        }
        worst = worst.max(cue.at.0.abs_diff(T0 + plan_t));
    }
    writeln!(
        out,
        "  next_due driver, wakes 0-50 ms late: {wakes} wakes for {} cues ({} expected), \
         worst cue timing error {worst} ms, {} total",
        cues.len(),
        expected.len(),
        ms(elapsed)
    )?;
    Ok(())
}
