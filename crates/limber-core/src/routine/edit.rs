//! The routine editor's operations: each takes a routine and returns the next one.
//!
//! This module owns what an edit *does* to a routine (add, remove and move an item, change one dose
//! field, rename) and how a new routine gets an id. It never validates the result: an edit may leave
//! a routine with an out-of-range hold or an unknown exercise, because the editor must show the user
//! what is wrong next to the field instead of silently refusing; the library's validation says what is
//! wrong. The only edits it refuses are ones that name an item that is not there.

use std::collections::BTreeSet;

use crate::exercise::Sides;
use crate::routine::{Routine, RoutineItem, TimeOfDay};

/// A dose field a routine item may override, named as in the routine file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DoseField {
    HoldSecs,
    Reps,
    Rounds,
    PaceSecs,
    RestAfterSecs,
}

/// One change the user makes in the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Rename {
        name: String,
    },
    Describe {
        description: String,
    },
    SetTimeOfDay {
        time_of_day: TimeOfDay,
    },
    /// Adds an exercise with its default dose at `at` (a position from 0 to the item count), or at the
    /// end when `at` is absent.
    Add {
        exercise: String,
        at: Option<u32>,
    },
    Remove {
        index: u32,
    },
    /// Takes the item at `from` out and puts it back so that it ends up at index `to`.
    Move {
        from: u32,
        to: u32,
    },
    /// Overrides one dose field of an item; `None` goes back to the exercise's default.
    SetDose {
        index: u32,
        field: DoseField,
        value: Option<u32>,
    },
    /// Overrides whether the item is done per side; `None` goes back to the exercise's default.
    SetSides {
        index: u32,
        sides: Option<Sides>,
    },
}

/// An edit that cannot be applied because the item it names does not exist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("there is no item {index}; the routine has {len}")]
    NoItem { index: u32, len: usize },
    #[error("an item can go at positions 0 to {len}, not {at}")]
    BadPosition { at: u32, len: usize },
}

/// Applies one edit and returns the edited routine; `routine` itself is never changed.
pub fn apply(routine: &Routine, edit: &Edit) -> Result<Routine, EditError> {
    let mut next = routine.clone();
    let len = next.items.len();
    let index = |i: u32| -> Result<usize, EditError> {
        usize::try_from(i)
            .ok()
            .filter(|&i| i < len)
            .ok_or(EditError::NoItem { index: i, len })
    };
    match edit {
        Edit::Rename { name } => next.name.clone_from(name),
        Edit::Describe { description } => next.description.clone_from(description),
        Edit::SetTimeOfDay { time_of_day } => next.time_of_day = *time_of_day,
        Edit::Add { exercise, at } => {
            let at = match at {
                None => len,
                Some(at) => usize::try_from(*at)
                    .ok()
                    .filter(|&a| a <= len)
                    .ok_or(EditError::BadPosition { at: *at, len })?,
            };
            next.items.insert(at, RoutineItem::new(exercise.clone()));
        }
        Edit::Remove { index: i } => {
            next.items.remove(index(*i)?);
        }
        Edit::Move { from, to } => {
            let from = index(*from)?;
            let to = index(*to)?;
            let item = next.items.remove(from);
            next.items.insert(to, item);
        }
        Edit::SetDose {
            index: i,
            field,
            value,
        } => {
            let item = &mut next.items[index(*i)?];
            let slot = match field {
                DoseField::HoldSecs => &mut item.hold_secs,
                DoseField::Reps => &mut item.reps,
                DoseField::Rounds => &mut item.rounds,
                DoseField::PaceSecs => &mut item.pace_secs,
                DoseField::RestAfterSecs => &mut item.rest_after_secs,
            };
            *slot = *value;
        }
        Edit::SetSides { index: i, sides } => {
            next.items[index(*i)?].sides = *sides;
        }
    }
    Ok(next)
}

/// The routine as it is saved: the name and description without the spaces around them, which the
/// editor keeps while the user types.
pub fn tidy(routine: &Routine) -> Routine {
    let mut tidy = routine.clone();
    tidy.name = routine.name.trim().to_owned();
    tidy.description = routine.description.trim().to_owned();
    tidy
}

/// The longest id made from a name, in bytes; ids end up in file names and in the journal.
pub const ID_MAX_LEN: usize = 48;

/// A kebab-case id made from a routine's name that is not in `taken`: the ASCII letters and digits of
/// the name, lowercased and joined by hyphens ("Evening stretch" → `evening-stretch`), then `-2`,
/// `-3`… until it is free. A name with no ASCII letters or digits gives `my-routine`.
pub fn fresh_id(name: &str, taken: &BTreeSet<String>) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let mut base = String::new();
    for word in words {
        // Room is kept for a `-NNN` suffix so the id stays under the limit.
        if base.len() + word.len() + 1 > ID_MAX_LEN - 4 {
            break;
        }
        if !base.is_empty() {
            base.push('-');
        }
        base.push_str(&word);
    }
    if base.is_empty() {
        base = "my-routine".to_owned();
    }
    if !taken.contains(&base) {
        return base;
    }
    (2_u32..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id))
        .unwrap_or(base)
}
