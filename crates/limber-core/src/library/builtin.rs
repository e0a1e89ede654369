//! The exercises and routines that ship with Limber, embedded at compile time.
//!
//! This module owns the list of built-in files alone: there is no IO at run time, so each file is
//! named here by hand and read with `include_str!`. It never parses or checks them; the library does
//! that on load, and a test loads them all.

use super::format::Source;

/// The built-in exercises, one file each.
const EXERCISES: &[(&str, &str)] = &[
    (
        "abdominal-bracing.json",
        include_str!("../../../../assets/exercises/abdominal-bracing.json"),
    ),
    (
        "cat-cow.json",
        include_str!("../../../../assets/exercises/cat-cow.json"),
    ),
    (
        "diaphragmatic-breathing.json",
        include_str!("../../../../assets/exercises/diaphragmatic-breathing.json"),
    ),
    (
        "head-tilt.json",
        include_str!("../../../../assets/exercises/head-tilt.json"),
    ),
    (
        "knee-to-chest.json",
        include_str!("../../../../assets/exercises/knee-to-chest.json"),
    ),
    (
        "log-roll.json",
        include_str!("../../../../assets/exercises/log-roll.json"),
    ),
    (
        "open-book.json",
        include_str!("../../../../assets/exercises/open-book.json"),
    ),
    (
        "plank.json",
        include_str!("../../../../assets/exercises/plank.json"),
    ),
    (
        "plank-knees.json",
        include_str!("../../../../assets/exercises/plank-knees.json"),
    ),
    (
        "progressive-muscle-relaxation.json",
        include_str!("../../../../assets/exercises/progressive-muscle-relaxation.json"),
    ),
    (
        "scapular-clocks.json",
        include_str!("../../../../assets/exercises/scapular-clocks.json"),
    ),
    (
        "shoulder-rows.json",
        include_str!("../../../../assets/exercises/shoulder-rows.json"),
    ),
    (
        "supine-knee-twist.json",
        include_str!("../../../../assets/exercises/supine-knee-twist.json"),
    ),
];

/// The built-in routines, one file each.
const ROUTINES: &[(&str, &str)] = &[
    (
        "bedtime-wind-down.json",
        include_str!("../../../../assets/routines/bedtime-wind-down.json"),
    ),
    (
        "morning-mobility.json",
        include_str!("../../../../assets/routines/morning-mobility.json"),
    ),
    (
        "upper-back-neck.json",
        include_str!("../../../../assets/routines/upper-back-neck.json"),
    ),
    (
        "two-minute-reset.json",
        include_str!("../../../../assets/routines/two-minute-reset.json"),
    ),
];

fn sources(files: &[(&str, &str)]) -> Vec<Source> {
    files
        .iter()
        .map(|(name, text)| Source::new(*name, *text))
        .collect()
}

/// The built-in exercise files.
pub fn exercises() -> Vec<Source> {
    sources(EXERCISES)
}

/// The built-in routine files.
pub fn routines() -> Vec<Source> {
    sources(ROUTINES)
}
