//! Safety as it crosses IPC: the guide's red flags and notes, the conditions the first run asks about and the
//! moves they leave out. These mirror `limber_core::{safety, condition, contraindication}`'s values (the guide
//! and the conditions keep their serde derives in the core because they are read from the content files), so
//! the core's types carry no TypeScript.

use limber_core::{contraindication, safety};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How soon a person should get help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Urgency {
    /// Emergency or same-day care: call the emergency number or get seen today.
    Now,
    /// A doctor or physiotherapist in the coming days.
    Soon,
}

/// One sign, in our words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Sign {
    /// Kebab-case id, the key of its row in `SOURCES.md`.
    pub id: String,
    pub text: String,
}

/// One level of red flags: what it is called, what to do, and the signs that belong to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RedFlagLevel {
    pub id: String,
    pub urgency: Urgency,
    /// A short heading that says what to do ("Get help now").
    pub heading: String,
    /// What to do, in a sentence or two, said before the signs.
    pub action: String,
    pub signs: Vec<Sign>,
}

/// A single note of the guide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SafetyNote {
    pub id: String,
    pub text: String,
}

/// The whole safety guide, as every screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SafetyGuide {
    /// The format of `safety.json`; a later change of shape bumps it.
    pub version: u32,
    pub title: String,
    pub intro: String,
    /// The levels, most urgent first: [`Urgency::Now`], then [`Urgency::Soon`].
    pub levels: Vec<RedFlagLevel>,
    /// Stop any exercise that makes the pain worse.
    pub stop_rule: SafetyNote,
    pub not_medical_advice: SafetyNote,
    pub stiff_mornings: SafetyNote,
    pub journal: SafetyNote,
}

impl From<&safety::Urgency> for Urgency {
    fn from(value: &safety::Urgency) -> Self {
        match value {
            safety::Urgency::Now => Urgency::Now,
            safety::Urgency::Soon => Urgency::Soon,
        }
    }
}

impl From<&safety::Sign> for Sign {
    fn from(value: &safety::Sign) -> Self {
        Sign {
            id: value.id.clone(),
            text: value.text.clone(),
        }
    }
}

impl From<&safety::RedFlagLevel> for RedFlagLevel {
    fn from(value: &safety::RedFlagLevel) -> Self {
        RedFlagLevel {
            id: value.id.clone(),
            urgency: Urgency::from(&value.urgency),
            heading: value.heading.clone(),
            action: value.action.clone(),
            signs: value.signs.iter().map(Sign::from).collect(),
        }
    }
}

impl From<&safety::SafetyNote> for SafetyNote {
    fn from(value: &safety::SafetyNote) -> Self {
        SafetyNote {
            id: value.id.clone(),
            text: value.text.clone(),
        }
    }
}

impl From<&safety::SafetyGuide> for SafetyGuide {
    fn from(value: &safety::SafetyGuide) -> Self {
        SafetyGuide {
            version: value.version,
            title: value.title.clone(),
            intro: value.intro.clone(),
            levels: value.levels.iter().map(RedFlagLevel::from).collect(),
            stop_rule: SafetyNote::from(&value.stop_rule),
            not_medical_advice: SafetyNote::from(&value.not_medical_advice),
            stiff_mornings: SafetyNote::from(&value.stiff_mornings),
            journal: SafetyNote::from(&value.journal),
        }
    }
}

/// A condition that makes some moves unsuitable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Condition {
    /// Osteoporosis, or bones that break easily: bending the spine forward or twisting it can break
    /// a vertebra.
    Osteoporosis,
    /// Surgery on the spine, or a broken bone in it, that the person is still recovering from: the
    /// surgical team or physiotherapist decides which moves are safe.
    RecentSpinalSurgeryOrFracture,
    /// Pregnancy: long spells lying flat on the back are not advised, especially after 16 weeks.
    Pregnancy,
    /// Back pain that gets worse when bending forward: sustained forward-bending stretches are left
    /// out.
    WorseBendingForward,
}

impl From<&contraindication::Condition> for Condition {
    fn from(value: &contraindication::Condition) -> Self {
        match value {
            contraindication::Condition::Osteoporosis => Condition::Osteoporosis,
            contraindication::Condition::RecentSpinalSurgeryOrFracture => {
                Condition::RecentSpinalSurgeryOrFracture
            }
            contraindication::Condition::Pregnancy => Condition::Pregnancy,
            contraindication::Condition::WorseBendingForward => Condition::WorseBendingForward,
        }
    }
}

impl From<Condition> for contraindication::Condition {
    fn from(value: Condition) -> Self {
        match value {
            Condition::Osteoporosis => contraindication::Condition::Osteoporosis,
            Condition::RecentSpinalSurgeryOrFracture => {
                contraindication::Condition::RecentSpinalSurgeryOrFracture
            }
            Condition::Pregnancy => contraindication::Condition::Pregnancy,
            Condition::WorseBendingForward => contraindication::Condition::WorseBendingForward,
        }
    }
}

/// An exercise left out of a routine, and the conditions that rule it out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LeftOut {
    pub exercise_id: String,
    pub exercise_name: String,
    /// The person's conditions this exercise is unsuitable for, in [`Condition::ALL`] order.
    pub conditions: Vec<Condition>,
}

impl From<&contraindication::LeftOut> for LeftOut {
    fn from(value: &contraindication::LeftOut) -> Self {
        LeftOut {
            exercise_id: value.exercise_id.clone(),
            exercise_name: value.exercise_name.clone(),
            conditions: value.conditions.iter().map(Condition::from).collect(),
        }
    }
}
