//! The guided-session engine: a pure state machine that walks a plan of timed steps.
//!
//! This module owns expanding routines into plans ([`plan`]) and running them: commands (start,
//! pause, skip...), the cues due as time passes, snapshots for the UI and the outcome for the
//! journal. It never reads a clock, never sleeps and never counts ticks: the caller passes
//! instants on its own monotonic timeline ([`Ms`]), and every time is derived from the start instant
//! plus the pauses and adjustments recorded since. So a driver may call [`Session::advance`] late,
//! early or not at all and still gets every cue exactly once, stamped with its exact due time.

pub mod plan;

use crate::exercise::{Breath, Side};
pub use plan::{Plan, Step, StepKind, StepPhase};

/// Milliseconds to add to the current hold (or rest) on [`Command::AddTime`].
pub const ADD_TIME_MS: u64 = 10_000;
/// Holds at least this long get a [`CueKind::Halfway`] cue at their midpoint.
pub const HALFWAY_MIN_HOLD_MS: u64 = 20_000;
/// Holds at least this long get a 3-2-1 countdown to their end.
pub const COUNTDOWN_MIN_HOLD_MS: u64 = 10_000;
/// Get-ready, switch-sides and rest steps at least this long get a 3-2-1 countdown to their end.
pub const COUNTDOWN_MIN_STEP_MS: u64 = 4_000;

/// An instant on the caller's monotonic timeline, in milliseconds. Only differences matter: the
/// origin is whatever the driver's clock uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Ms(pub u64);

impl Ms {
    fn plus(self, ms: u64) -> Ms {
        Ms(self.0.saturating_add(ms))
    }

    fn since(self, earlier: Ms) -> u64 {
        self.0.saturating_sub(earlier.0)
    }
}

/// What the user (or the shell on their behalf) asks the session to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    Start,
    Pause,
    Resume,
    /// Leave the current step now, as skipped, and start the next one (or finish after the last).
    SkipStep,
    /// Go back to the start of the previous step (or restart the first step).
    PreviousStep,
    /// Add [`ADD_TIME_MS`] to the current hold, or to the current rest or get-ready step.
    AddTime,
    /// Abandon the session.
    Stop,
}

/// Where the session is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionState {
    NotStarted,
    Running,
    Paused,
    Finished,
    Abandoned,
}

/// Why a command could not be applied; the session is unchanged when one is returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("the session has not started")]
    NotStarted,
    #[error("the session has already started")]
    AlreadyStarted,
    #[error("the session is already paused")]
    AlreadyPaused,
    #[error("the session is not paused")]
    NotPaused,
    #[error("the session is over")]
    Over,
    #[error("the current step has no hold or rest to extend")]
    NothingToExtend,
}

/// What a cue announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    StepStart,
    /// 3, 2, 1 seconds before the end of a long hold, or of a get-ready, switch-sides or rest step.
    Countdown {
        n: u8,
    },
    SwitchSides,
    BreatheIn,
    BreatheOut,
    /// The middle of a hold of at least [`HALFWAY_MIN_HOLD_MS`].
    Halfway,
    StepDone,
    SessionDone,
}

impl CueKind {
    /// The order of cues due at the same instant: a step starts before anything happens in it, and
    /// it is done before the session is.
    fn rank(self) -> u8 {
        match self {
            CueKind::StepStart => 0,
            CueKind::SwitchSides => 1,
            CueKind::BreatheIn | CueKind::BreatheOut => 2,
            CueKind::Halfway => 3,
            CueKind::Countdown { .. } => 4,
            CueKind::StepDone => 5,
            CueKind::SessionDone => 6,
        }
    }
}

/// Something to announce (a sound, a word), due at an exact instant of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cue {
    /// When the cue is due; a late `advance` still reports the exact due time.
    pub at: Ms,
    /// The index of the step in the plan it belongs to.
    pub step: usize,
    pub kind: CueKind,
}

/// A step as the UI shows it: what it is and where it sits in the routine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepView {
    pub index: usize,
    pub kind: StepKind,
    pub exercise_id: Option<String>,
    pub exercise_name: Option<String>,
    pub side: Side,
    pub rep: u32,
    pub reps: u32,
    pub round: u32,
    pub rounds: u32,
    pub duration_ms: u64,
}

impl StepView {
    fn of(index: usize, step: &Step) -> StepView {
        StepView {
            index,
            kind: step.kind,
            exercise_id: step.exercise_id.clone(),
            exercise_name: step.exercise_name.clone(),
            side: step.side,
            rep: step.rep,
            reps: step.reps,
            round: step.round,
            rounds: step.rounds,
            duration_ms: step.duration_ms,
        }
    }
}

/// The phase of the current step, for the pose animation and the breath pacer.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseView {
    pub index: usize,
    pub count: usize,
    pub name: String,
    pub breath: Option<Breath>,
    pub hold: bool,
    /// How far through the phase, from 0 to 1.
    pub progress: f64,
    pub ms_left: u64,
}

/// Everything the UI needs to draw the session at one instant.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub state: SessionState,
    /// The current step; the first step before the start, none once the session is over.
    pub step: Option<StepView>,
    pub step_ms_left: u64,
    pub step_duration_ms: u64,
    pub phase: Option<PhaseView>,
    /// How far through the whole routine, from 0 to 1, by planned time.
    pub routine_progress: f64,
    /// What comes after the current step, so the UI can say "next: open book, left side".
    pub next: Option<StepView>,
    pub active_ms: u64,
    pub paused_ms: u64,
}

/// How a session went, for the journal and the streak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Finished or abandoned.
    pub state: SessionState,
    pub started_at: Ms,
    pub ended_at: Ms,
    /// Steps run to their end at least once.
    pub steps_completed: u32,
    /// Steps skipped and never run to their end.
    pub steps_skipped: u32,
    pub steps_total: u32,
    /// Time the session ran, not paused: always `ended_at - started_at - paused_ms`.
    pub active_ms: u64,
    pub paused_ms: u64,
    /// The planned time of the exercise steps (not get-ready, switch-sides or rests).
    pub planned_exercise_ms: u64,
    /// The part of `planned_exercise_ms` actually done: for each exercise step, the longest time
    /// spent in it on any visit, capped at its planned length, so repeating a step or adding time
    /// never counts twice.
    pub done_exercise_ms: u64,
    /// Whether this session counts as a done routine for streaks. The rule: the session
    /// **finished** (was not abandoned) **and** at least 80% of its planned exercise time was
    /// actually done rather than skipped (`done_exercise_ms >= 0.8 * planned_exercise_ms`).
    /// Skipping rests, get-ready or side switches never costs anything; skipping more than a fifth
    /// of the exercise work does.
    pub counts_as_done: bool,
}

/// What happened to a step so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StepStatus {
    NotReached,
    Completed,
    Skipped,
}

/// A guided session over one plan.
///
/// Invariants: while running, the current step began at `step_started_at` on a timeline from which
/// pauses are removed (resuming shifts it by the pause); cues of the current visit with an offset
/// below `emitted_below` were already queued. So no cue is queued twice and none is lost.
#[derive(Debug, Clone)]
pub struct Session {
    plan: Plan,
    /// The planned length of each step, before any added time.
    planned_ms: Vec<u64>,
    state: SessionState,
    started_at: Ms,
    ended_at: Ms,
    step: usize,
    step_started_at: Ms,
    paused_at: Ms,
    paused_ms: u64,
    /// Time run in earlier visits of steps (the current visit is added on the fly).
    run_ms: u64,
    emitted_below: u64,
    halfway_done: bool,
    pending: Vec<Cue>,
    latest: Ms,
    status: Vec<StepStatus>,
    covered_ms: Vec<u64>,
}

impl Session {
    /// A session ready to start over `plan` (see [`crate::library::Library::plan`]).
    pub fn new(plan: Plan) -> Session {
        let n = plan.steps.len();
        Session {
            planned_ms: plan.steps.iter().map(|s| s.duration_ms).collect(),
            plan,
            state: SessionState::NotStarted,
            started_at: Ms(0),
            ended_at: Ms(0),
            step: 0,
            step_started_at: Ms(0),
            paused_at: Ms(0),
            paused_ms: 0,
            run_ms: 0,
            emitted_below: 0,
            halfway_done: false,
            pending: Vec::new(),
            latest: Ms(0),
            status: vec![StepStatus::NotReached; n],
            covered_ms: vec![0; n],
        }
    }

    /// The plan, with any time added by [`Command::AddTime`], so the UI can show what comes next.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn state(&self) -> SessionState {
        self.state
    }

    /// Applies a command at `now`. Cues that the command makes due (a new step starting) and cues
    /// that fell due before `now` are queued for the next [`Session::advance`]. An instant earlier
    /// than one already seen is treated as that one: the timeline never runs backwards.
    pub fn apply(&mut self, command: Command, now: Ms) -> Result<(), SessionError> {
        let now = self.observe(now);
        if self.state != SessionState::NotStarted {
            self.catch_up(now);
        }
        match (command, self.state) {
            (_, SessionState::Finished | SessionState::Abandoned) => Err(SessionError::Over),
            (Command::Start, SessionState::NotStarted) => {
                self.state = SessionState::Running;
                self.started_at = now;
                self.enter(0, now);
                self.catch_up(now);
                Ok(())
            }
            (Command::Stop, SessionState::NotStarted) => {
                self.started_at = now;
                self.end(SessionState::Abandoned, now);
                Ok(())
            }
            (_, SessionState::NotStarted) => Err(SessionError::NotStarted),
            (Command::Start, _) => Err(SessionError::AlreadyStarted),
            (Command::Pause, SessionState::Paused) => Err(SessionError::AlreadyPaused),
            (Command::Pause, _) => {
                self.state = SessionState::Paused;
                self.paused_at = now;
                Ok(())
            }
            (Command::Resume, SessionState::Paused) => {
                let pause = now.since(self.paused_at);
                self.paused_ms += pause;
                self.step_started_at = self.step_started_at.plus(pause);
                self.state = SessionState::Running;
                self.catch_up(now);
                Ok(())
            }
            (Command::Resume, _) => Err(SessionError::NotPaused),
            (Command::SkipStep, _) => {
                self.leave(now, true);
                if self.step + 1 < self.plan.steps.len() {
                    self.enter(self.step + 1, self.frozen(now));
                    self.catch_up(now);
                } else {
                    self.finish_at(now);
                }
                Ok(())
            }
            (Command::PreviousStep, _) => {
                self.leave(now, false);
                self.enter(self.step.saturating_sub(1), self.frozen(now));
                self.catch_up(now);
                Ok(())
            }
            (Command::AddTime, _) => self.add_time(now),
            (Command::Stop, _) => {
                self.leave(now, false);
                self.end(SessionState::Abandoned, now);
                Ok(())
            }
        }
    }

    /// The cues due at or before `now` that were not delivered yet, in time order, each once.
    pub fn advance(&mut self, now: Ms) -> Vec<Cue> {
        let now = self.observe(now);
        self.catch_up(now);
        std::mem::take(&mut self.pending)
    }

    /// When the next cue or step boundary is due, so a driver can sleep until exactly then; `None`
    /// while nothing can happen without a command (not started, paused, over). An instant in the
    /// past means "now": cues are waiting.
    pub fn next_due(&self) -> Option<Ms> {
        if let Some(first) = self.pending.first() {
            return Some(first.at);
        }
        if self.state != SessionState::Running {
            return None;
        }
        let step = self.plan.steps.get(self.step)?;
        schedule(step, self.halfway_done)
            .into_iter()
            .map(|(offset, _)| offset)
            .find(|&offset| offset >= self.emitted_below)
            .map(|offset| self.step_started_at.plus(offset))
    }

    /// The session as it stands at `now`, without changing it (cues stay queued for `advance`).
    pub fn snapshot(&self, now: Ms) -> Snapshot {
        let now = now.max(self.latest);
        let total: u64 = self.plan.steps.iter().map(|s| s.duration_ms).sum();
        // A running session whose plan ran out before `now` is finished, even if nobody called
        // `advance` yet: the snapshot says so, and stops the clock at the exact end.
        let (state, index, pos, end) = match self.state {
            SessionState::NotStarted => (self.state, Some(0), 0, now),
            SessionState::Running => match self.locate(now) {
                Ok((i, pos)) => (self.state, Some(i), pos, now),
                Err(end) => (SessionState::Finished, None, 0, end),
            },
            SessionState::Paused => (
                self.state,
                Some(self.step),
                self.paused_at.since(self.step_started_at),
                self.paused_at,
            ),
            SessionState::Finished | SessionState::Abandoned => (self.state, None, 0, now),
        };
        let active_ms = match self.state {
            SessionState::NotStarted => 0,
            SessionState::Running | SessionState::Paused => {
                end.since(self.started_at).saturating_sub(self.paused_ms)
            }
            SessionState::Finished | SessionState::Abandoned => self.run_ms,
        };
        let paused_ms = match self.state {
            SessionState::Paused => self.paused_ms + now.since(self.paused_at),
            _ => self.paused_ms,
        };
        let current = index.and_then(|i| self.plan.steps.get(i).map(|s| (i, s)));
        let Some((i, step)) = current else {
            let done_ms: u64 = match state {
                SessionState::Finished => total,
                _ => self
                    .plan
                    .steps
                    .iter()
                    .take(self.step)
                    .map(|s| s.duration_ms)
                    .sum(),
            };
            return Snapshot {
                state,
                step: None,
                step_ms_left: 0,
                step_duration_ms: 0,
                phase: None,
                routine_progress: fraction(done_ms, total),
                next: None,
                active_ms,
                paused_ms,
            };
        };
        let before: u64 = self.plan.steps[..i].iter().map(|s| s.duration_ms).sum();
        Snapshot {
            state,
            step: Some(StepView::of(i, step)),
            step_ms_left: step.duration_ms.saturating_sub(pos),
            step_duration_ms: step.duration_ms,
            phase: phase_at(step, pos),
            routine_progress: fraction(before + pos.min(step.duration_ms), total),
            next: self.plan.steps.get(i + 1).map(|s| StepView::of(i + 1, s)),
            active_ms,
            paused_ms,
        }
    }

    /// How the session went, once it is finished or abandoned.
    pub fn outcome(&self) -> Option<Outcome> {
        if !matches!(self.state, SessionState::Finished | SessionState::Abandoned) {
            return None;
        }
        let count = |wanted: StepStatus| {
            u32::try_from(self.status.iter().filter(|&&s| s == wanted).count()).unwrap_or(u32::MAX)
        };
        let exercise = |i: &usize| self.plan.steps[*i].kind.is_exercise();
        let indices = 0..self.plan.steps.len();
        let planned_exercise_ms: u64 = indices
            .clone()
            .filter(exercise)
            .map(|i| self.planned_ms[i])
            .sum();
        let done_exercise_ms: u64 = indices.filter(exercise).map(|i| self.covered_ms[i]).sum();
        Some(Outcome {
            state: self.state,
            started_at: self.started_at,
            ended_at: self.ended_at,
            steps_completed: count(StepStatus::Completed),
            steps_skipped: count(StepStatus::Skipped),
            steps_total: u32::try_from(self.plan.steps.len()).unwrap_or(u32::MAX),
            active_ms: self.run_ms,
            paused_ms: self.paused_ms,
            planned_exercise_ms,
            done_exercise_ms,
            counts_as_done: self.state == SessionState::Finished
                && done_exercise_ms.saturating_mul(5) >= planned_exercise_ms.saturating_mul(4),
        })
    }

    /// The exercises with at least one exercise step skipped and never run to its end, once each in
    /// plan order. Skipped rests, get-ready and side switches are left out: skipping them says
    /// nothing about the dose, while skipping the work itself is what eases a dose in
    /// [`crate::progression`].
    pub fn skipped_exercises(&self) -> Vec<String> {
        let mut skipped: Vec<String> = Vec::new();
        for (step, status) in self.plan.steps.iter().zip(&self.status) {
            if *status != StepStatus::Skipped || !step.kind.is_exercise() {
                continue;
            }
            if let Some(id) = &step.exercise_id {
                if !skipped.contains(id) {
                    skipped.push(id.clone());
                }
            }
        }
        skipped
    }

    /// Clamps `now` so the timeline never runs backwards, and remembers it.
    fn observe(&mut self, now: Ms) -> Ms {
        self.latest = self.latest.max(now);
        self.latest
    }

    /// The instant a newly entered step starts: `now` while running, or the paused instant while
    /// paused, so that resuming shifts it to the resume instant like every other time.
    fn frozen(&self, now: Ms) -> Ms {
        match self.state {
            SessionState::Paused => self.paused_at,
            _ => now,
        }
    }

    /// How far into the current step visit the session is at `now`.
    fn position(&self, now: Ms) -> u64 {
        match self.state {
            SessionState::Paused => self.paused_at.since(self.step_started_at),
            _ => now.since(self.step_started_at),
        }
    }

    /// The step and position at `now` while running, walking over steps that ended since the last
    /// catch-up without changing anything; the instant the plan ran out if it did.
    fn locate(&self, now: Ms) -> Result<(usize, u64), Ms> {
        let mut index = self.step;
        let mut started = self.step_started_at;
        while let Some(step) = self.plan.steps.get(index) {
            let pos = now.since(started);
            if pos < step.duration_ms {
                return Ok((index, pos));
            }
            started = started.plus(step.duration_ms);
            index += 1;
        }
        Err(started)
    }

    fn enter(&mut self, index: usize, at: Ms) {
        self.step = index;
        self.step_started_at = at;
        self.emitted_below = 0;
        self.halfway_done = false;
    }

    /// Ends the current visit at `now`, recording the time run and how much of the step was done.
    fn leave(&mut self, now: Ms, skipped: bool) {
        let pos = self.position(now);
        self.run_ms += pos;
        if let Some(planned) = self.planned_ms.get(self.step) {
            let covered = &mut self.covered_ms[self.step];
            *covered = (*covered).max(pos.min(*planned));
            if skipped && self.status[self.step] != StepStatus::Completed {
                self.status[self.step] = StepStatus::Skipped;
            }
        }
    }

    fn finish_at(&mut self, at: Ms) {
        self.pending.push(Cue {
            at,
            step: self.step,
            kind: CueKind::SessionDone,
        });
        self.end(SessionState::Finished, at);
    }

    fn end(&mut self, state: SessionState, at: Ms) {
        if self.state == SessionState::Paused {
            self.paused_ms += at.since(self.paused_at);
        }
        self.state = state;
        self.ended_at = at;
    }

    /// Queues every cue due up to `now` and walks over steps that ended, each at its exact end.
    fn catch_up(&mut self, now: Ms) {
        while self.state == SessionState::Running {
            let Some(step) = self.plan.steps.get(self.step) else {
                self.finish_at(self.step_started_at);
                return;
            };
            let duration = step.duration_ms;
            let pos = now.since(self.step_started_at);
            let window = self.emitted_below..=pos.min(duration);
            for (offset, kind) in schedule(step, self.halfway_done) {
                if window.contains(&offset) {
                    self.halfway_done |= kind == CueKind::Halfway;
                    self.pending.push(Cue {
                        at: self.step_started_at.plus(offset),
                        step: self.step,
                        kind,
                    });
                }
            }
            if pos < duration {
                self.emitted_below = pos + 1;
                return;
            }
            let end = self.step_started_at.plus(duration);
            self.status[self.step] = StepStatus::Completed;
            self.leave(end, false);
            if self.step + 1 < self.plan.steps.len() {
                self.enter(self.step + 1, end);
            } else {
                self.finish_at(end);
            }
        }
    }

    fn add_time(&mut self, now: Ms) -> Result<(), SessionError> {
        let pos = self.position(now);
        let Some(step) = self.plan.steps.get_mut(self.step) else {
            return Err(SessionError::NothingToExtend);
        };
        let phase = current_phase(step, pos);
        let extendable = matches!(step.kind, StepKind::GetReady | StepKind::Rest)
            || phase.is_some_and(|i| step.phases[i].hold);
        match phase {
            Some(i) if extendable => {
                step.phases[i].duration_ms += ADD_TIME_MS;
                step.duration_ms += ADD_TIME_MS;
                Ok(())
            }
            _ => Err(SessionError::NothingToExtend),
        }
    }
}

/// The cues of one step, as offsets from its start, in the order they are announced. A halfway
/// cue already announced in this visit is left out, so adding time cannot announce it again.
fn schedule(step: &Step, halfway_done: bool) -> Vec<(u64, CueKind)> {
    let duration = step.duration_ms;
    let mut cues = vec![(0, CueKind::StepStart), (duration, CueKind::StepDone)];
    if step.kind == StepKind::SwitchSides {
        cues.push((0, CueKind::SwitchSides));
    }
    let mut countdown_to = None;
    let mut start = 0;
    for phase in &step.phases {
        match phase.breath {
            Some(Breath::In) => cues.push((start, CueKind::BreatheIn)),
            Some(Breath::Out) => cues.push((start, CueKind::BreatheOut)),
            None => {}
        }
        if phase.hold {
            if phase.duration_ms >= HALFWAY_MIN_HOLD_MS && !halfway_done {
                cues.push((start + phase.duration_ms / 2, CueKind::Halfway));
            }
            if phase.duration_ms >= COUNTDOWN_MIN_HOLD_MS {
                countdown_to = Some(start + phase.duration_ms);
            }
        }
        start += phase.duration_ms;
    }
    if !step.kind.is_exercise() && duration >= COUNTDOWN_MIN_STEP_MS {
        countdown_to = Some(duration);
    }
    if let Some(end) = countdown_to {
        for n in [3u8, 2, 1] {
            cues.push((end - u64::from(n) * 1000, CueKind::Countdown { n }));
        }
    }
    cues.sort_by_key(|&(offset, kind)| (offset, kind.rank()));
    cues
}

/// The index of the phase at `pos` into a step (the last phase at its very end).
fn current_phase(step: &Step, pos: u64) -> Option<usize> {
    let mut start = 0;
    for (i, phase) in step.phases.iter().enumerate() {
        if pos < start + phase.duration_ms {
            return Some(i);
        }
        start += phase.duration_ms;
    }
    step.phases.len().checked_sub(1)
}

fn phase_at(step: &Step, pos: u64) -> Option<PhaseView> {
    let index = current_phase(step, pos)?;
    let start: u64 = step.phases[..index].iter().map(|p| p.duration_ms).sum();
    let phase = &step.phases[index];
    let into = pos.saturating_sub(start).min(phase.duration_ms);
    Some(PhaseView {
        index,
        count: step.phases.len(),
        name: phase.name.clone(),
        breath: phase.breath,
        hold: phase.hold,
        progress: fraction(into, phase.duration_ms),
        ms_left: phase.duration_ms - into,
    })
}

/// `part / whole` as a fraction from 0 to 1 (1 for an empty whole).
fn fraction(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        1.0
    } else {
        // Both are milliseconds of a routine, far below 2^52, so the conversion is exact.
        (part.min(whole) as f64) / (whole as f64)
    }
}
