//! The journal as it crosses IPC: how the person slept. This mirrors `limber_core::journal::SleepPosition`,
//! so the core's journal types carry no TypeScript.

use limber_core::journal as core;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How the person usually sleeps; it picks the sleep setup advice (the first run asks it), and the
/// journal records how they slept last night.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[derive(TS)]
pub enum SleepPosition {
    Side,
    Back,
    Stomach,
    /// The user changed position through the night or does not know.
    Varies,
}

impl From<&core::SleepPosition> for SleepPosition {
    fn from(value: &core::SleepPosition) -> Self {
        match value {
            core::SleepPosition::Side => SleepPosition::Side,
            core::SleepPosition::Back => SleepPosition::Back,
            core::SleepPosition::Stomach => SleepPosition::Stomach,
            core::SleepPosition::Varies => SleepPosition::Varies,
        }
    }
}

impl From<SleepPosition> for core::SleepPosition {
    fn from(value: SleepPosition) -> Self {
        match value {
            SleepPosition::Side => core::SleepPosition::Side,
            SleepPosition::Back => core::SleepPosition::Back,
            SleepPosition::Stomach => core::SleepPosition::Stomach,
            SleepPosition::Varies => core::SleepPosition::Varies,
        }
    }
}
