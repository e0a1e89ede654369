//! The library as it crosses IPC: exercises, routines and the words of their parts. These mirror
//! `limber_core`'s exercise and routine values, so the core's types carry no wire format.

use limber_core::exercise as core_exercise;
use serde::Serialize;
use ts_rs::TS;

/// The side of the body a step works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Side {
    None,
    Left,
    Right,
}

impl From<core_exercise::Side> for Side {
    fn from(side: core_exercise::Side) -> Self {
        match side {
            core_exercise::Side::None => Side::None,
            core_exercise::Side::Left => Side::Left,
            core_exercise::Side::Right => Side::Right,
        }
    }
}

/// Which way the breath goes during a phase, so the guide can cue "breathe in" and "breathe out".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Breath {
    In,
    Out,
}

impl From<core_exercise::Breath> for Breath {
    fn from(breath: core_exercise::Breath) -> Self {
        match breath {
            core_exercise::Breath::In => Breath::In,
            core_exercise::Breath::Out => Breath::Out,
        }
    }
}
