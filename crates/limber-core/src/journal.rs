//! The morning journal entry and its validation.
//!
//! This module owns the shape of one journal entry (pain, stiffness, sleep quality, sleep position
//! and an optional note for one routine day) and the rules that reject impossible values before
//! they are stored. It never stores entries and never interprets them: persistence belongs to
//! `limber-store`, and the numbers drawn from many entries belong to `insight`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The longest note, in characters (not bytes, so accented and non-Latin text get the same room).
pub const MAX_NOTE_CHARS: usize = 1000;

/// The inclusive range of the pain and stiffness scales.
pub const PAIN_RANGE: (u8, u8) = (0, 10);

/// The inclusive range of the sleep quality scale.
pub const SLEEP_QUALITY_RANGE: (u8, u8) = (1, 5);

/// The inclusive range of the answer to "How does your back feel now?" after a session: the pain
/// scale.
pub const FEEL_RANGE: (u8, u8) = PAIN_RANGE;

/// How the person usually sleeps; it picks the sleep setup advice (the first run asks it), and the
/// journal records how they slept last night.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum SleepPosition {
    Side,
    Back,
    Stomach,
    /// The user changed position through the night or does not know.
    Varies,
}

/// One journal entry, written in the morning about the night before and how the back feels now.
///
/// `day` is the routine day the entry was written on; the evening it describes is the routine day
/// before it (see `insight`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalEntry {
    pub day: NaiveDate,
    /// Back pain right now, 0 (none) to 10 (worst imaginable).
    pub pain: u8,
    /// Stiffness right now, 0 (none) to 10 (cannot move).
    pub stiffness: u8,
    /// Sleep quality, 1 (very poor) to 5 (very good).
    pub sleep_quality: u8,
    pub sleep_position: SleepPosition,
    pub note: Option<String>,
}

/// A journal field that has a numeric range, named the way the user sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JournalField {
    Pain,
    Stiffness,
    SleepQuality,
}

impl JournalField {
    /// The field's inclusive range: every reader of a journal answer (the check-in form, an
    /// import) checks it against this one.
    pub fn range(self) -> (u8, u8) {
        match self {
            Self::Pain | Self::Stiffness => PAIN_RANGE,
            Self::SleepQuality => SLEEP_QUALITY_RANGE,
        }
    }

    /// The field's name in messages.
    pub fn label(self) -> &'static str {
        match self {
            Self::Pain => "pain",
            Self::Stiffness => "stiffness",
            Self::SleepQuality => "sleep quality",
        }
    }
}

impl std::fmt::Display for JournalField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// Why a journal entry was rejected. Messages name the field and its allowed range.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum JournalError {
    #[error("{field} must be {min}–{max} (got {value})")]
    OutOfRange {
        field: JournalField,
        min: u8,
        max: u8,
        value: u8,
    },
    #[error("note must be at most {max} characters (got {chars})")]
    NoteTooLong { chars: usize, max: usize },
}

impl JournalEntry {
    /// Checks every field and returns the first problem found, in the order the form shows them.
    pub fn validate(&self) -> Result<(), JournalError> {
        check_range(JournalField::Pain, self.pain)?;
        check_range(JournalField::Stiffness, self.stiffness)?;
        check_range(JournalField::SleepQuality, self.sleep_quality)?;
        if let Some(note) = &self.note {
            let chars = note.chars().count();
            if chars > MAX_NOTE_CHARS {
                return Err(JournalError::NoteTooLong {
                    chars,
                    max: MAX_NOTE_CHARS,
                });
            }
        }
        Ok(())
    }
}

fn check_range(field: JournalField, value: u8) -> Result<(), JournalError> {
    let (min, max) = field.range();
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(JournalError::OutOfRange {
            field,
            min,
            max,
            value,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> JournalEntry {
        JournalEntry {
            day: NaiveDate::from_ymd_opt(2024, 3, 5).unwrap(),
            pain: 3,
            stiffness: 4,
            sleep_quality: 3,
            sleep_position: SleepPosition::Side,
            note: None,
        }
    }

    /// Applies `edit` to a valid entry and compares the validation message (or `None` for valid).
    fn check(edit: impl Fn(&mut JournalEntry), expected: Option<&str>) {
        let mut e = entry();
        edit(&mut e);
        let got = e.validate().err().map(|err| err.to_string());
        assert_eq!(got.as_deref(), expected, "{e:?}");
    }

    #[test]
    fn validation_table() {
        type Row = (fn(&mut JournalEntry), Option<&'static str>);
        let rows: &[Row] = &[
            (|_| {}, None),
            (|e| e.pain = 0, None),
            (|e| e.pain = 10, None),
            (|e| e.pain = 11, Some("pain must be 0–10 (got 11)")),
            (|e| e.stiffness = 0, None),
            (|e| e.stiffness = 10, None),
            (
                |e| e.stiffness = 12,
                Some("stiffness must be 0–10 (got 12)"),
            ),
            (|e| e.sleep_quality = 1, None),
            (|e| e.sleep_quality = 5, None),
            (
                |e| e.sleep_quality = 0,
                Some("sleep quality must be 1–5 (got 0)"),
            ),
            (
                |e| e.sleep_quality = 6,
                Some("sleep quality must be 1–5 (got 6)"),
            ),
            (|e| e.note = Some(String::new()), None),
            (|e| e.note = Some("x".repeat(MAX_NOTE_CHARS)), None),
            // Characters, not bytes: 1000 two-byte characters are allowed.
            (|e| e.note = Some("é".repeat(MAX_NOTE_CHARS)), None),
            (
                |e| e.note = Some("x".repeat(MAX_NOTE_CHARS + 1)),
                Some("note must be at most 1000 characters (got 1001)"),
            ),
            // The first problem in form order is reported.
            (
                |e| {
                    e.pain = 11;
                    e.sleep_quality = 0;
                },
                Some("pain must be 0–10 (got 11)"),
            ),
        ];
        for (edit, expected) in rows {
            check(edit, *expected);
        }
    }

    /// Each row: a journal field and its scale, which the form and an import both check.
    #[test]
    fn scales_table() {
        fn check(field: JournalField, expected: (u8, u8)) {
            assert_eq!(field.range(), expected, "{field}");
        }
        check(JournalField::Pain, (0, 10));
        check(JournalField::Stiffness, (0, 10));
        check(JournalField::SleepQuality, (1, 5));
        // The answer after a session is on the pain scale.
        assert_eq!(FEEL_RANGE, (0, 10));
    }

    /// The sleep position is stored (in the plan's answers and the guide's preferences) by these names.
    #[test]
    fn sleep_positions_are_stored_in_camel_case() {
        for (position, name) in [
            (SleepPosition::Side, "side"),
            (SleepPosition::Back, "back"),
            (SleepPosition::Stomach, "stomach"),
            (SleepPosition::Varies, "varies"),
        ] {
            assert_eq!(serde_json::to_value(position).unwrap(), name);
            assert_eq!(
                serde_json::from_value::<SleepPosition>(name.into()).unwrap(),
                position
            );
        }
    }
}
