//! The first-run answers as they cross IPC: the questions' answers the UI sends and the plan preview shows.
//! These mirror `limber_core::plan`'s answers, so the core's plan carries no TypeScript.

use chrono::NaiveTime;
use limber_core::plan as core;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::journal::SleepPosition;
use super::safety::Condition;
use super::schedule::DayOfWeek;

/// Where it hurts, as the person answers the first-run question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PainArea {
    LowerBack,
    UpperBackNeck,
    Both,
}

/// What brings the morning reminder: the clock, or the first use of the computer after waking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum MorningCue {
    /// A fixed time a little after the usual wake time.
    AfterWaking,
    /// The first time the computer is used after the usual wake time.
    FirstComputerUse,
}

/// The answers to the first-run questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanAnswers {
    pub pain_area: PainArea,
    pub sleep_position: SleepPosition,
    /// The usual bedtime (a time before noon means after midnight).
    pub bedtime: NaiveTime,
    /// The usual wake time.
    pub wake_time: NaiveTime,
    /// The days these times hold; for the bedtime reminder, the evenings.
    pub days: Vec<DayOfWeek>,
    pub morning_cue: MorningCue,
    /// The conditions that apply to the person; they rule moves out of the routines. A plan stored before
    /// this question existed reads as none.
    #[serde(default)]
    pub conditions: Vec<Condition>,
}

impl From<&core::PainArea> for PainArea {
    fn from(value: &core::PainArea) -> Self {
        match value {
            core::PainArea::LowerBack => PainArea::LowerBack,
            core::PainArea::UpperBackNeck => PainArea::UpperBackNeck,
            core::PainArea::Both => PainArea::Both,
        }
    }
}

impl From<PainArea> for core::PainArea {
    fn from(value: PainArea) -> Self {
        match value {
            PainArea::LowerBack => core::PainArea::LowerBack,
            PainArea::UpperBackNeck => core::PainArea::UpperBackNeck,
            PainArea::Both => core::PainArea::Both,
        }
    }
}

impl From<&core::MorningCue> for MorningCue {
    fn from(value: &core::MorningCue) -> Self {
        match value {
            core::MorningCue::AfterWaking => MorningCue::AfterWaking,
            core::MorningCue::FirstComputerUse => MorningCue::FirstComputerUse,
        }
    }
}

impl From<MorningCue> for core::MorningCue {
    fn from(value: MorningCue) -> Self {
        match value {
            MorningCue::AfterWaking => core::MorningCue::AfterWaking,
            MorningCue::FirstComputerUse => core::MorningCue::FirstComputerUse,
        }
    }
}

impl From<&core::PlanAnswers> for PlanAnswers {
    fn from(value: &core::PlanAnswers) -> Self {
        PlanAnswers {
            pain_area: (&value.pain_area).into(),
            sleep_position: (&value.sleep_position).into(),
            bedtime: value.bedtime,
            wake_time: value.wake_time,
            days: value.days.iter().map(DayOfWeek::from).collect(),
            morning_cue: (&value.morning_cue).into(),
            conditions: value.conditions.iter().map(Condition::from).collect(),
        }
    }
}

impl From<PlanAnswers> for core::PlanAnswers {
    fn from(value: PlanAnswers) -> Self {
        core::PlanAnswers {
            pain_area: value.pain_area.into(),
            sleep_position: value.sleep_position.into(),
            bedtime: value.bedtime,
            wake_time: value.wake_time,
            days: value.days.into_iter().map(Into::into).collect(),
            morning_cue: value.morning_cue.into(),
            conditions: value.conditions.into_iter().map(Into::into).collect(),
        }
    }
}
