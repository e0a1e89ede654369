//! Expanding a routine into a plan: the exact list of timed steps a session walks through.
//!
//! This module owns the rules that turn doses into time: a get-ready step, one step per rep or hold
//! (with its named phases for the pose animation and the breath pacer), switch-sides steps and rests.
//! It never tracks time passing; the engine in [`crate::session`] does that.

use crate::exercise::{Breath, ExerciseKind, Exercises, Side, Sides};
use crate::routine::Routine;

/// Seconds to get into position before the first exercise.
pub const GET_READY_SECS: u32 = 5;
/// Seconds to change sides between the left and right sets of an exercise.
pub const SWITCH_SIDES_SECS: u32 = 5;

/// What a step asks the user to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

impl StepKind {
    /// True for steps that are the exercise work itself, as opposed to getting ready, switching
    /// sides or resting; only these count towards [`crate::session::Outcome::counts_as_done`].
    pub fn is_exercise(self) -> bool {
        !matches!(
            self,
            StepKind::GetReady | StepKind::SwitchSides | StepKind::Rest
        )
    }
}

impl From<ExerciseKind> for StepKind {
    fn from(kind: ExerciseKind) -> Self {
        match kind {
            ExerciseKind::Hold => StepKind::Hold,
            ExerciseKind::Reps => StepKind::Reps,
            ExerciseKind::Breathing => StepKind::Breathing,
            ExerciseKind::Relaxation => StepKind::Relaxation,
            ExerciseKind::Transition => StepKind::Transition,
        }
    }
}

/// One named part of a step, timed in milliseconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepPhase {
    /// The pose name from the exercise's pace (`cow`, `cat`, `hold`), or the step kind for steps
    /// outside exercises (`getReady`, `switchSides`, `rest`).
    pub name: String,
    pub duration_ms: u64,
    pub breath: Option<Breath>,
    /// True for the hold phase, the one that "add 10 s" extends.
    pub hold: bool,
}

/// One timed step of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub kind: StepKind,
    /// The exercise this step belongs to; for a switch-sides step, the exercise being done, and for
    /// a rest, none.
    pub exercise_id: Option<String>,
    pub exercise_name: Option<String>,
    pub side: Side,
    /// Rep number (1-based) of `reps`; 0 of 0 outside exercise reps.
    pub rep: u32,
    pub reps: u32,
    /// Round number (1-based) of `rounds`; 0 of 0 outside exercise reps.
    pub round: u32,
    pub rounds: u32,
    pub duration_ms: u64,
    pub phases: Vec<StepPhase>,
}

impl Step {
    fn single(kind: StepKind, name: &str, secs: u32) -> Step {
        let duration_ms = u64::from(secs) * 1000;
        Step {
            kind,
            exercise_id: None,
            exercise_name: None,
            side: Side::None,
            rep: 0,
            reps: 0,
            round: 0,
            rounds: 0,
            duration_ms,
            phases: vec![StepPhase {
                name: name.to_owned(),
                duration_ms,
                breath: None,
                hold: false,
            }],
        }
    }

    /// The hold phase of an exercise step, if it has one.
    pub fn hold_phase(&self) -> Option<&StepPhase> {
        self.phases.iter().find(|p| p.hold)
    }
}

/// A routine expanded into timed steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub routine_id: String,
    pub routine_name: String,
    pub steps: Vec<Step>,
}

impl Plan {
    /// Expands a routine against the exercises it names (usually the library's). Items whose
    /// exercise is unknown are left out: the library refuses to plan such routines, and the planned
    /// duration counts them as nothing.
    pub(crate) fn expand(exercises: &impl Exercises, routine: &Routine) -> Plan {
        let mut steps = vec![Step::single(StepKind::GetReady, "getReady", GET_READY_SECS)];
        let known: Vec<_> = routine
            .items
            .iter()
            .filter_map(|item| exercises.exercise(&item.exercise).map(|e| (item, e)))
            .collect();
        for (i, (item, exercise)) in known.iter().enumerate() {
            let dose = item.dose(&exercise.dose);
            let phases: Vec<StepPhase> = dose
                .rep_phases()
                .into_iter()
                .map(|(phase, secs)| StepPhase {
                    hold: phase.is_hold(),
                    name: phase.name,
                    duration_ms: u64::from(secs) * 1000,
                    breath: phase.breath,
                })
                .collect();
            let duration_ms = phases.iter().map(|p| p.duration_ms).sum();
            let reps = dose.reps();
            let rounds = dose.rounds;
            let rep_step = |side: Side, rep: u32, round: u32| Step {
                kind: exercise.kind.into(),
                exercise_id: Some(exercise.id.clone()),
                exercise_name: Some(exercise.name.clone()),
                side,
                rep,
                reps,
                round,
                rounds,
                duration_ms,
                phases: phases.clone(),
            };
            // The order of (side, rep) pairs within one round.
            let order: Vec<(Side, u32)> = match dose.sides {
                Sides::None => (1..=reps).map(|r| (Side::None, r)).collect(),
                Sides::Each => [Side::Left, Side::Right]
                    .into_iter()
                    .flat_map(|s| (1..=reps).map(move |r| (s, r)))
                    .collect(),
                Sides::Alternate => (1..=reps)
                    .flat_map(|r| [(Side::Left, r), (Side::Right, r)])
                    .collect(),
            };
            let mut last_side = None;
            for round in 1..=rounds {
                for &(side, rep) in &order {
                    // Changing sides in an "each side" set needs a moment to turn over; alternating
                    // reps come back to the middle as part of the rep.
                    if dose.sides == Sides::Each && last_side.is_some_and(|s| s != side) {
                        let mut switch =
                            Step::single(StepKind::SwitchSides, "switchSides", SWITCH_SIDES_SECS);
                        switch.exercise_id = Some(exercise.id.clone());
                        switch.exercise_name = Some(exercise.name.clone());
                        switch.side = side;
                        steps.push(switch);
                    }
                    last_side = Some(side);
                    steps.push(rep_step(side, rep, round));
                }
            }
            let rest = item.rest_secs();
            if i + 1 < known.len() && rest > 0 {
                steps.push(Step::single(StepKind::Rest, "rest", rest));
            }
        }
        Plan {
            routine_id: routine.id.clone(),
            routine_name: routine.name.clone(),
            steps,
        }
    }

    /// The planned length of the whole session.
    pub fn duration_ms(&self) -> u64 {
        self.steps.iter().map(|s| s.duration_ms).sum()
    }

    /// The planned length of the exercise work alone (no get-ready, rests or side switches).
    pub fn exercise_ms(&self) -> u64 {
        self.steps
            .iter()
            .filter(|s| s.kind.is_exercise())
            .map(|s| s.duration_ms)
            .sum()
    }
}
