//! The limits every exercise and routine must keep: dose ranges, list sizes, text lengths and the
//! longest a routine may last.
//!
//! This module owns the numbers alone, so that the file format, the validation, the editor and the
//! shell's messages all quote the same ones. It never checks anything itself: the validation in
//! [`super::validate`] applies them.

use std::ops::RangeInclusive;

/// The smallest and largest hold, in seconds, anywhere in the data.
pub const HOLD_SECS: RangeInclusive<u32> = 1..=600;
/// The smallest and largest number of reps per side and round.
pub const REPS: RangeInclusive<u32> = 1..=100;
/// The smallest and largest number of rounds.
pub const ROUNDS: RangeInclusive<u32> = 1..=20;
/// The shortest and longest phase of a rep, in seconds.
pub const PHASE_SECS: RangeInclusive<u32> = 1..=60;
/// The shortest and longest pace a routine item may set for each timed phase of a rep, in seconds.
pub const PACE_SECS: RangeInclusive<u32> = 1..=30;
/// The longest rest after an item, in seconds (0 means no rest).
pub const REST_SECS: RangeInclusive<u32> = 0..=600;
/// How many instruction sentences an exercise has.
pub const STEP_COUNT: RangeInclusive<usize> = 3..=6;
/// How many exercises a routine has.
pub const ITEM_COUNT: RangeInclusive<usize> = 1..=30;
/// The longest routine name, in characters: it has to fit on a card and in a notification.
pub const NAME_MAX_CHARS: usize = 60;
/// The longest routine description, in characters.
pub const DESCRIPTION_MAX_CHARS: usize = 300;
/// The longest routine id, in bytes.
pub const ID_MAX_BYTES: usize = 64;
/// The longest a routine may last as planned, in seconds (two hours).
pub const ROUTINE_MAX_SECS: u32 = 2 * 60 * 60;

/// A dose field a routine item may override, with the words its messages use: the range, the noun
/// and the unit. The file format and the validation name a bad value the same way, so a person reads
/// one rule whether they typed `-1`, `2.5`, `"many"` or `1000`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemField {
    /// The field's name in a routine file, e.g. `holdSecs`.
    pub name: &'static str,
    pub range: RangeInclusive<u32>,
    /// What the value is called in a message, e.g. `hold`.
    pub noun: &'static str,
    /// The unit after the range, with its leading space, e.g. ` s`; empty for counts.
    pub unit: &'static str,
}

impl ItemField {
    /// The rule as a message, e.g. `hold must be 1–600 s`.
    pub fn rule(&self) -> String {
        format!(
            "{} must be {}–{}{}",
            self.noun,
            self.range.start(),
            self.range.end(),
            self.unit
        )
    }

    /// The rule for a value that is not a whole number at all, e.g. `reps must be a whole number,
    /// 1–100`.
    pub fn whole_number_rule(&self) -> String {
        format!(
            "{} must be a whole number, {}–{}{}",
            self.noun,
            self.range.start(),
            self.range.end(),
            self.unit
        )
    }
}

/// The dose fields of a routine item, in the order a routine file lists them.
pub static ITEM_FIELDS: [ItemField; 5] = [
    ItemField {
        name: "holdSecs",
        range: HOLD_SECS,
        noun: "hold",
        unit: " s",
    },
    ItemField {
        name: "reps",
        range: REPS,
        noun: "reps",
        unit: "",
    },
    ItemField {
        name: "rounds",
        range: ROUNDS,
        noun: "rounds",
        unit: "",
    },
    ItemField {
        name: "paceSecs",
        range: PACE_SECS,
        noun: "pace",
        unit: " s",
    },
    ItemField {
        name: "restAfterSecs",
        range: REST_SECS,
        noun: "rest",
        unit: " s",
    },
];
