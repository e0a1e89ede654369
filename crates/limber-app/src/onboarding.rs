//! The first run and the person's plan as they are kept: the "onboarding" setting (has the first run been
//! done, was the safety note read) and the "plan" setting (the accepted answers, the plan's routines and the
//! guide's preferences). The answers and their rules are the core's (`limber_core::plan`).

use limber_core::journal::SleepPosition;
use limber_core::plan::PlanAnswers;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How the first run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum OnboardingOutcome {
    Accepted,
    Skipped,
}

/// The "onboarding" setting: whether the first run is done and the safety note was read.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OnboardingStatus {
    /// True once the plan was accepted or the first run skipped; a fresh data directory has false.
    #[serde(default)]
    pub completed: bool,
    /// True once the person acknowledged the safety note; it is asked for only once.
    #[serde(default)]
    pub safety_acknowledged: bool,
    #[serde(default)]
    pub outcome: Option<OnboardingOutcome>,
}

/// What the guide shows, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GuidePreferences {
    /// The position whose setup advice and checklist are shown; none until the person says.
    #[serde(default)]
    pub sleep_position: Option<SleepPosition>,
    /// Show "tonight's setup" at the start of the bedtime routine.
    #[serde(default = "yes")]
    pub setup_checklist: bool,
    /// Show the wind-down habits before the bedtime routine.
    #[serde(default = "yes")]
    pub wind_down_checklist: bool,
}

fn yes() -> bool {
    true
}

impl Default for GuidePreferences {
    fn default() -> Self {
        GuidePreferences {
            sleep_position: None,
            setup_checklist: true,
            wind_down_checklist: true,
        }
    }
}

/// The "plan" setting.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanRecord {
    /// The accepted answers; none when the first run was skipped.
    #[serde(default)]
    pub answers: Option<PlanAnswers>,
    /// The routines of the accepted plan, in order.
    #[serde(default)]
    pub routine_ids: Vec<String>,
    #[serde(default)]
    pub guide: GuidePreferences,
}
