//! The answers to the first-run questions, from which Limber proposes a plan: where it hurts, how the
//! person sleeps, when they go to bed and wake, on which days, what brings the morning reminder and which
//! conditions rule moves out.
//!
//! This module holds the answers and the rule that makes them usable ([`PlanAnswers::normalized`]); it never
//! reads or stores them (the app keeps them under the store's "plan" key).

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use crate::contraindication::Condition;
use crate::journal::SleepPosition;
use crate::schedule::DayOfWeek;
use crate::settings::{plan_days, NoDays};

/// Where it hurts, as the person answers the first-run question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum PainArea {
    LowerBack,
    UpperBackNeck,
    Both,
}

/// What brings the morning reminder: the clock, or the first use of the computer after waking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum MorningCue {
    /// A fixed time a little after the usual wake time.
    AfterWaking,
    /// The first time the computer is used after the usual wake time.
    FirstComputerUse,
}

/// The answers to the first-run questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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

impl PlanAnswers {
    /// The answers with the days in week order and without repeats (the conditions too), or the reason
    /// they cannot make a plan.
    pub fn normalized(&self) -> Result<PlanAnswers, NoDays> {
        Ok(PlanAnswers {
            days: plan_days(&self.days)?,
            conditions: crate::contraindication::normalized(&self.conditions),
            ..self.clone()
        })
    }
}
