//! The guided session as it crosses IPC: the commands the UI sends, the snapshots, cues and outcome it
//! receives. These mirror `limber_core::session`'s values field for field, so the engine's types carry no
//! wire format and a change to the wire is a change here, seen by the bindings test.

use limber_core::session as core;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::library::{Breath, Side};

/// An instant on the caller's monotonic timeline, in milliseconds. Only differences matter: the
/// origin is whatever the driver's clock uses. As a newtype it crosses IPC as a plain number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, TS)]
pub struct Ms(#[ts(type = "number")] pub u64);

impl From<core::Ms> for Ms {
    fn from(ms: core::Ms) -> Self {
        Ms(ms.0)
    }
}

/// What the user (or the shell on their behalf) asks the session to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Command {
    Start,
    Pause,
    Resume,
    /// Leave the current step now, as skipped, and start the next one (or finish after the last).
    SkipStep,
    /// Go back to the start of the previous step (or restart the first step).
    PreviousStep,
    /// Add 10 seconds to the current hold, or to the current rest or get-ready step.
    AddTime,
    /// Abandon the session.
    Stop,
}

impl From<Command> for core::Command {
    fn from(command: Command) -> Self {
        match command {
            Command::Start => core::Command::Start,
            Command::Pause => core::Command::Pause,
            Command::Resume => core::Command::Resume,
            Command::SkipStep => core::Command::SkipStep,
            Command::PreviousStep => core::Command::PreviousStep,
            Command::AddTime => core::Command::AddTime,
            Command::Stop => core::Command::Stop,
        }
    }
}

/// Where the session is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SessionState {
    NotStarted,
    Running,
    Paused,
    Finished,
    Abandoned,
}

impl From<core::SessionState> for SessionState {
    fn from(state: core::SessionState) -> Self {
        match state {
            core::SessionState::NotStarted => SessionState::NotStarted,
            core::SessionState::Running => SessionState::Running,
            core::SessionState::Paused => SessionState::Paused,
            core::SessionState::Finished => SessionState::Finished,
            core::SessionState::Abandoned => SessionState::Abandoned,
        }
    }
}

/// What a cue announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum CueKind {
    StepStart,
    /// 3, 2, 1 seconds before the end of a long hold, or of a get-ready, switch-sides or rest step.
    Countdown {
        n: u8,
    },
    SwitchSides,
    BreatheIn,
    BreatheOut,
    /// The middle of a long hold.
    Halfway,
    StepDone,
    SessionDone,
}

impl From<core::CueKind> for CueKind {
    fn from(kind: core::CueKind) -> Self {
        match kind {
            core::CueKind::StepStart => CueKind::StepStart,
            core::CueKind::Countdown { n } => CueKind::Countdown { n },
            core::CueKind::SwitchSides => CueKind::SwitchSides,
            core::CueKind::BreatheIn => CueKind::BreatheIn,
            core::CueKind::BreatheOut => CueKind::BreatheOut,
            core::CueKind::Halfway => CueKind::Halfway,
            core::CueKind::StepDone => CueKind::StepDone,
            core::CueKind::SessionDone => CueKind::SessionDone,
        }
    }
}

/// What a step asks the user to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum StepKind {
    /// Get into position before the first exercise.
    GetReady,
    /// A rep or hold of a hold exercise.
    Hold,
    /// One paced rep of a movement.
    Reps,
    /// One paced breath.
    Breathing,
    /// One round of relaxation work.
    Relaxation,
    /// Moving between positions (getting out of bed).
    Transition,
    /// Change to the other side.
    SwitchSides,
    /// Rest between exercises.
    Rest,
}

impl From<core::StepKind> for StepKind {
    fn from(kind: core::StepKind) -> Self {
        match kind {
            core::StepKind::GetReady => StepKind::GetReady,
            core::StepKind::Hold => StepKind::Hold,
            core::StepKind::Reps => StepKind::Reps,
            core::StepKind::Breathing => StepKind::Breathing,
            core::StepKind::Relaxation => StepKind::Relaxation,
            core::StepKind::Transition => StepKind::Transition,
            core::StepKind::SwitchSides => StepKind::SwitchSides,
            core::StepKind::Rest => StepKind::Rest,
        }
    }
}

/// A step as the UI shows it: what it is and where it sits in the routine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
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
    #[ts(type = "number")]
    pub duration_ms: u64,
}

impl From<&core::StepView> for StepView {
    fn from(step: &core::StepView) -> Self {
        StepView {
            index: step.index,
            kind: step.kind.into(),
            exercise_id: step.exercise_id.clone(),
            exercise_name: step.exercise_name.clone(),
            side: Side::from(&step.side),
            rep: step.rep,
            reps: step.reps,
            round: step.round,
            rounds: step.rounds,
            duration_ms: step.duration_ms,
        }
    }
}

/// The phase of the current step, for the pose animation and the breath pacer.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PhaseView {
    pub index: usize,
    pub count: usize,
    pub name: String,
    pub breath: Option<Breath>,
    pub hold: bool,
    /// How far through the phase, from 0 to 1.
    pub progress: f64,
    #[ts(type = "number")]
    pub ms_left: u64,
}

impl From<&core::PhaseView> for PhaseView {
    fn from(phase: &core::PhaseView) -> Self {
        PhaseView {
            index: phase.index,
            count: phase.count,
            name: phase.name.clone(),
            breath: phase.breath.as_ref().map(Breath::from),
            hold: phase.hold,
            progress: phase.progress,
            ms_left: phase.ms_left,
        }
    }
}

/// Everything the UI needs to draw the session at one instant.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    pub state: SessionState,
    /// The current step; the first step before the start, none once the session is over.
    pub step: Option<StepView>,
    #[ts(type = "number")]
    pub step_ms_left: u64,
    #[ts(type = "number")]
    pub step_duration_ms: u64,
    pub phase: Option<PhaseView>,
    /// How far through the whole routine, from 0 to 1, by planned time.
    pub routine_progress: f64,
    /// What comes after the current step, so the UI can say "next: open book, left side".
    pub next: Option<StepView>,
    #[ts(type = "number")]
    pub active_ms: u64,
    #[ts(type = "number")]
    pub paused_ms: u64,
}

impl From<&core::Snapshot> for Snapshot {
    fn from(snapshot: &core::Snapshot) -> Self {
        Snapshot {
            state: snapshot.state.into(),
            step: snapshot.step.as_ref().map(StepView::from),
            step_ms_left: snapshot.step_ms_left,
            step_duration_ms: snapshot.step_duration_ms,
            phase: snapshot.phase.as_ref().map(PhaseView::from),
            routine_progress: snapshot.routine_progress,
            next: snapshot.next.as_ref().map(StepView::from),
            active_ms: snapshot.active_ms,
            paused_ms: snapshot.paused_ms,
        }
    }
}

/// How a session went, for the journal and the streak.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
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
    #[ts(type = "number")]
    pub active_ms: u64,
    #[ts(type = "number")]
    pub paused_ms: u64,
    /// The planned time of the exercise steps (not get-ready, switch-sides or rests).
    #[ts(type = "number")]
    pub planned_exercise_ms: u64,
    /// The part of `planned_exercise_ms` actually done: for each exercise step, the longest time
    /// spent in it on any visit, capped at its planned length, so repeating a step or adding time
    /// never counts twice.
    #[ts(type = "number")]
    pub done_exercise_ms: u64,
    /// Whether this session counts as a done routine for streaks. The rule: the session
    /// **finished** (was not abandoned) **and** at least 80% of its planned exercise time was
    /// actually done rather than skipped (`done_exercise_ms >= 0.8 * planned_exercise_ms`).
    /// Skipping rests, get-ready or side switches never costs anything; skipping more than a fifth
    /// of the exercise work does.
    pub counts_as_done: bool,
}

impl From<&core::Outcome> for Outcome {
    fn from(outcome: &core::Outcome) -> Self {
        Outcome {
            state: outcome.state.into(),
            started_at: outcome.started_at.into(),
            ended_at: outcome.ended_at.into(),
            steps_completed: outcome.steps_completed,
            steps_skipped: outcome.steps_skipped,
            steps_total: outcome.steps_total,
            active_ms: outcome.active_ms,
            paused_ms: outcome.paused_ms,
            planned_exercise_ms: outcome.planned_exercise_ms,
            done_exercise_ms: outcome.done_exercise_ms,
            counts_as_done: outcome.counts_as_done,
        }
    }
}

// This mirrors `limber_core::speech::Coach` for the TypeScript bindings; the sound settings store the core's
// value, whose serde form is the same.
/// How much the voice says during a session, as chosen in the sound settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Coach {
    /// Tones only.
    Off,
    /// The exercise's name, the 3-2-1 count before a hold or a pause ends, "switch sides", "rest",
    /// "halfway", "last one" and "well done".
    Cues,
    /// The cues, plus each exercise's short instruction, rep counts and "breathe in" / "breathe out" on the
    /// pacer's phases.
    Full,
}
