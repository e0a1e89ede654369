//! The voice coach's words: which phrases a guided session speaks, at which of the engine's cues, and the
//! rule that keeps two spoken clips from ever overlapping.
//!
//! This module owns three pure decisions. [`phrases`] maps one engine cue to the phrases said at its exact due
//! time, for the chosen [`Coach`] level. [`routine_utterances`] runs a whole plan through the engine and lists
//! every utterance in order with its due time, which is what the tables in the tests pin down. [`Lane`] is the
//! no-overlap rule: a count ("three", "two", "one", a rep number) starts on its cue (within [`ON_TIME_MS`]) or is
//! dropped, never spoken late; any other phrase waits for the clip before it, up to a bound, and is dropped after that.
//!
//! It never reads a clock, never touches audio and never knows what a clip sounds like: the shell's audio
//! thread owns the clips, passes their lengths in, and applies the placement on its own timeline.

use serde::{Deserialize, Serialize};

use crate::exercise::Side;
use crate::session::{Command, Cue, CueKind, Ms, Plan, Session, Step, StepKind};

/// The longest a breathing cue may wait for the clip before it; later than this it would no longer mark the
/// start of the breath, so it is dropped.
pub const BREATH_WAIT_MS: u64 = 1_000;
/// The longest any other non-count phrase (a name, an instruction, "switch sides") may wait.
pub const PHRASE_WAIT_MS: u64 = 4_000;
/// How late a count may start and still be on time: the audio layer's target for a clip's start.
pub const ON_TIME_MS: u64 = 20;
/// The silence kept between two clips, so that back-to-back phrases are heard as separate words.
pub const GAP_MS: u64 = 120;
/// Counts are spoken up to this number; higher rep numbers (a custom routine may have up to 100) are not
/// rendered, to keep the clips small, and stay silent.
pub const MAX_SPOKEN_NUMBER: u8 = 20;
/// The longest a spoken instruction may be, in characters: about two short sentences, or eight seconds said
/// slowly.
pub const SPOKEN_MAX_CHARS: usize = 160;

/// How much the voice says during a session, as chosen in the sound settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Coach {
    /// Tones only.
    #[default]
    Off,
    /// The exercise's name, the 3-2-1 count before a hold or a pause ends, "switch sides", "rest",
    /// "halfway", "last one" and "well done".
    Cues,
    /// The cues, plus each exercise's short instruction, rep counts and "breathe in" / "breathe out" on the
    /// pacer's phases.
    Full,
}

/// Something the coach can say. Each phrase is one pre-rendered clip, named by [`Phrase::clip`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phrase {
    /// The display name of the exercise with this id.
    ExerciseName(String),
    /// The spoken instruction of the exercise with this id (its `spoken` field).
    Instruction(String),
    /// A number from 1 to [`MAX_SPOKEN_NUMBER`]: a countdown step or a rep count.
    Number(u8),
    SwitchSides,
    Rest,
    Halfway,
    LastOne,
    WellDone,
    BreatheIn,
    BreatheOut,
    /// The settings page's "Test the voice" sentence; never part of a session.
    Sample,
}

/// How a phrase may be placed when the voice is busy at its due time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// On its cue (within [`ON_TIME_MS`]) or not at all: a late count would mislead.
    OnTime,
    /// It may start up to this many milliseconds after its cue.
    WaitUpTo(u64),
}

impl Phrase {
    /// The clip's file name (without extension) under `assets/audio/voice/<pace>/`.
    pub fn clip(&self) -> String {
        match self {
            Phrase::ExerciseName(id) => format!("name-{id}"),
            Phrase::Instruction(id) => format!("instruction-{id}"),
            Phrase::Number(n) => format!("number-{n}"),
            Phrase::SwitchSides => "switch-sides".to_owned(),
            Phrase::Rest => "rest".to_owned(),
            Phrase::Halfway => "halfway".to_owned(),
            Phrase::LastOne => "last-one".to_owned(),
            Phrase::WellDone => "well-done".to_owned(),
            Phrase::BreatheIn => "breathe-in".to_owned(),
            Phrase::BreatheOut => "breathe-out".to_owned(),
            Phrase::Sample => "sample".to_owned(),
        }
    }

    /// The placement rule of this phrase: counts are on time or dropped, breath cues wait a little, the rest
    /// a little longer.
    pub fn timing(&self) -> Timing {
        match self {
            Phrase::Number(_) => Timing::OnTime,
            Phrase::BreatheIn | Phrase::BreatheOut => Timing::WaitUpTo(BREATH_WAIT_MS),
            _ => Timing::WaitUpTo(PHRASE_WAIT_MS),
        }
    }

    /// Every phrase that does not depend on the library: the numbers and the fixed words.
    pub fn fixed() -> Vec<Phrase> {
        let mut all: Vec<Phrase> = (1..=MAX_SPOKEN_NUMBER).map(Phrase::Number).collect();
        all.extend([
            Phrase::SwitchSides,
            Phrase::Rest,
            Phrase::Halfway,
            Phrase::LastOne,
            Phrase::WellDone,
            Phrase::BreatheIn,
            Phrase::BreatheOut,
            Phrase::Sample,
        ]);
        all
    }
}

/// A phrase due at an exact instant of the session's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    pub at: Ms,
    /// The index of the plan step whose cue it belongs to.
    pub step: usize,
    pub phrase: Phrase,
}

/// The phrases said at `cue`, in the order they are said, for a session over `plan`.
pub fn phrases(cue: &Cue, plan: &Plan, coach: Coach) -> Vec<Phrase> {
    if coach == Coach::Off {
        return Vec::new();
    }
    let full = coach == Coach::Full;
    let Some(step) = plan.steps.get(cue.step) else {
        return Vec::new();
    };
    match cue.kind {
        CueKind::StepStart => match step.kind {
            StepKind::Rest => vec![Phrase::Rest],
            StepKind::GetReady | StepKind::SwitchSides => Vec::new(),
            _ => exercise_start(plan, cue.step, step, full),
        },
        CueKind::Countdown { n } => number(u32::from(n)).into_iter().collect(),
        CueKind::SwitchSides => vec![Phrase::SwitchSides],
        CueKind::BreatheIn if full => vec![Phrase::BreatheIn],
        CueKind::BreatheOut if full => vec![Phrase::BreatheOut],
        CueKind::BreatheIn | CueKind::BreatheOut | CueKind::StepDone => Vec::new(),
        CueKind::Halfway => vec![Phrase::Halfway],
        CueKind::SessionDone => vec![Phrase::WellDone],
    }
}

/// What is said when an exercise step starts: the name (and, in full, the instruction) on the item's first
/// step, "last one" on the last step of a set, and in full the rep count on the others.
fn exercise_start(plan: &Plan, index: usize, step: &Step, full: bool) -> Vec<Phrase> {
    let Some(id) = step.exercise_id.clone() else {
        return Vec::new();
    };
    let item = |i: usize| {
        plan.steps.get(i).is_some_and(|s| {
            s.exercise_id.as_deref() == Some(id.as_str())
                && (s.kind.is_exercise() || s.kind == StepKind::SwitchSides)
        })
    };
    let first = index == 0 || !item(index - 1);
    if first {
        let mut said = vec![Phrase::ExerciseName(id.clone())];
        if full {
            said.push(Phrase::Instruction(id));
        }
        return said;
    }
    // The item's steps run from its first step to the step before the next rest or exercise.
    let end = (index..plan.steps.len())
        .take_while(|&i| item(i))
        .last()
        .unwrap_or(index);
    let start = (0..=index)
        .rev()
        .take_while(|&i| item(i))
        .last()
        .unwrap_or(index);
    let work = |i: &usize| plan.steps[*i].kind.is_exercise();
    // The right half of an alternating pair ("left, right" for one rep) is not counted again: the left half
    // said the count or "last one".
    let alternate_right = step.side == Side::Right
        && plan.steps[index - 1].kind.is_exercise()
        && plan.steps[index - 1].side == Side::Left;
    if alternate_right {
        return Vec::new();
    }
    let last_of_item = index == end && (start..=end).filter(work).count() > 1;
    let last_of_set = step.reps > 1
        && !(index + 1..=end).any(|i| {
            let s = &plan.steps[i];
            s.kind.is_exercise() && s.side == step.side && s.round == step.round
        });
    if last_of_item || last_of_set {
        return vec![Phrase::LastOne];
    }
    // Counting starts at two: the first rep of a set follows the name, "switch sides" or a countdown's "one".
    if full && step.reps > 1 && step.rep > 1 {
        return number(step.rep).into_iter().collect();
    }
    Vec::new()
}

fn number(n: u32) -> Option<Phrase> {
    u8::try_from(n)
        .ok()
        .filter(|n| (1..=MAX_SPOKEN_NUMBER).contains(n))
        .map(Phrase::Number)
}

/// Every utterance of `plan` run from start to end without a pause or a skip, with the session starting at
/// `Ms(0)`: the engine's own cues (so the due times are exactly the engine's), each mapped by [`phrases`].
pub fn routine_utterances(plan: &Plan, coach: Coach) -> Vec<Utterance> {
    let mut session = Session::new(plan.clone());
    if session.apply(Command::Start, Ms(0)).is_err() {
        return Vec::new();
    }
    let cues = session.advance(Ms(plan.duration_ms()));
    cues.iter()
        .flat_map(|cue| {
            phrases(cue, session.plan(), coach)
                .into_iter()
                .map(move |phrase| Utterance {
                    at: cue.at,
                    step: cue.step,
                    phrase,
                })
        })
        .collect()
}

/// Where the no-overlap rule put a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// It starts at this instant (its due time, or later when it waited).
    Start(u64),
    /// The voice was busy and the phrase could not wait that long.
    Dropped,
}

/// The voice's single lane: one clip at a time, each followed by [`GAP_MS`] of silence. Instants are
/// milliseconds on the caller's timeline; phrases must be offered in the order they are due.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lane {
    free_at: u64,
}

impl Lane {
    /// Places a phrase due at `due` that lasts `length_ms`, following `timing`, offered at `now` (it cannot
    /// start before then: a phrase handed over late counts as waiting).
    pub fn place(&mut self, due: u64, now: u64, timing: Timing, length_ms: u64) -> Placement {
        let start = due.max(self.free_at).max(now);
        let late = start - due;
        let allowed = match timing {
            Timing::OnTime => late <= ON_TIME_MS,
            Timing::WaitUpTo(max) => late <= max,
        };
        if !allowed {
            return Placement::Dropped;
        }
        self.free_at = start.saturating_add(length_ms).saturating_add(GAP_MS);
        Placement::Start(start)
    }

    /// The instant the lane is free again.
    pub fn free_at(&self) -> u64 {
        self.free_at
    }
}

/// An utterance and where the lane put it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spoken {
    pub utterance: Utterance,
    pub placement: Placement,
}

/// Applies the lane to a routine's utterances, with each clip lasting `length_ms(phrase)`: what a session
/// without pauses sounds like.
pub fn speak(utterances: &[Utterance], length_ms: impl Fn(&Phrase) -> u64) -> Vec<Spoken> {
    let mut lane = Lane::default();
    utterances
        .iter()
        .map(|utterance| Spoken {
            placement: lane.place(
                utterance.at.0,
                utterance.at.0,
                utterance.phrase.timing(),
                length_ms(&utterance.phrase),
            ),
            utterance: utterance.clone(),
        })
        .collect()
}

/// Why an exercise's spoken instruction is not fit for the ear, if it is not: more than two sentences, longer
/// than [`SPOKEN_MAX_CHARS`], or with a line break or digits (a clip says "five", never "5").
pub fn spoken_problem(text: &str) -> Option<String> {
    let sentences = text
        .split(['.', '!', '?'])
        .filter(|s| !s.trim().is_empty())
        .count();
    if text.chars().count() > SPOKEN_MAX_CHARS {
        Some(format!(
            "is {} characters long; the coach says at most {SPOKEN_MAX_CHARS}",
            text.chars().count()
        ))
    } else if sentences > 2 {
        Some(format!(
            "has {sentences} sentences; the coach says one or two"
        ))
    } else if text.chars().any(|c| c.is_control() || c.is_ascii_digit()) {
        Some("must be words on one line, with numbers written out".to_owned())
    } else {
        None
    }
}
