//! The morning check-in: today's entry (to pre-fill the form) and saving it.
//!
//! The day an entry belongs to is always today's routine day, computed here from the clock and the user's day
//! boundary; the UI never sends a day. Values are checked by the core (`JournalEntry::validate`) before anything
//! is written, so a bad value changes nothing and comes back as a sentence that names the field.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use limber_core::day::today as routine_today;
use limber_core::journal::{JournalEntry, JournalField, PAIN_RANGE, SLEEP_QUALITY_RANGE};
use limber_store::{JournalRecord, Store};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::AppError;
use crate::outbox::{Record, SaveState, Saving};
use crate::progress::{journal_record, parse_position, ProgressSettings};
use crate::wire::journal::SleepPosition;
use crate::words::Words;

/// The answers of a check-in, each possibly missing (an entry imported from a file may be partial).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckInDraft {
    pub pain: Option<u8>,
    pub stiffness: Option<u8>,
    pub sleep_quality: Option<u8>,
    pub sleep_position: Option<SleepPosition>,
    pub note: Option<String>,
}

/// Today's check-in: the routine day it is for, and the answers saved so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckInView {
    pub day: NaiveDate,
    /// Whether an entry for today is stored (the form then edits it).
    pub saved: bool,
    pub draft: CheckInDraft,
    /// When today's answers could not be written yet (a full disk): why, in plain words. The draft then
    /// holds the waiting answers, which Limber keeps and retries.
    pub not_saved: Option<Words>,
}

/// What the form sends. Numbers are wide so that any wrong value reaches the validation and gets its message.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckInInput {
    pub pain: i64,
    pub stiffness: i64,
    pub sleep_quality: i64,
    pub sleep_position: SleepPosition,
    #[serde(default)]
    pub note: Option<String>,
}

/// Today's routine day after the user's day boundary.
pub fn today(store: &Store, now: DateTime<Utc>, tz: Tz) -> Result<NaiveDate, AppError> {
    Ok(routine_today(
        now,
        tz,
        ProgressSettings::load(store)?.day_boundary,
    ))
}

pub fn draft(record: JournalRecord) -> CheckInDraft {
    CheckInDraft {
        pain: record.back_pain,
        stiffness: record.stiffness,
        sleep_quality: record.sleep_quality,
        sleep_position: record
            .sleep_position
            .as_deref()
            .and_then(parse_position)
            .map(|position| SleepPosition::from(&position)),
        note: record.note,
    }
}

/// Reads today's check-in: the answers that wait to be written if there are any (so what was typed is
/// never shown as gone), else the stored ones.
pub fn view(saving: &Saving, now: DateTime<Utc>, tz: Tz) -> Result<CheckInView, AppError> {
    // `Saving` is asked without the store's lock held: it takes its own lock first, then the store's.
    let day = today(&saving.store().lock(), now, tz)?;
    if let Some(waiting) = saving.waiting_check_in(day) {
        let not_saved = match saving.state_of(&Record::CheckIn(waiting.clone())) {
            SaveState::Waiting { message } | SaveState::Refused { message } => Some(message),
            SaveState::Saved => None,
        };
        if not_saved.is_some() {
            return Ok(CheckInView {
                day,
                saved: false,
                draft: draft(waiting),
                not_saved,
            });
        }
    }
    let record = saving.store().lock().journal_entry(day)?;
    Ok(CheckInView {
        day,
        saved: record.is_some(),
        draft: record.map(draft).unwrap_or_default(),
        not_saved: None,
    })
}

/// Turns one number of the form into the entry's `u8`, or the same message the core gives for a value out of
/// range (a number too large for a `u8` is out of range too).
pub fn small(field: JournalField, value: i64, (min, max): (u8, u8)) -> Result<u8, String> {
    u8::try_from(value).map_err(|_| format!("{field} must be {min}–{max} (got {value})"))
}

/// Builds the entry for `day` and has the core check it. The message starts with a capital and says that
/// nothing was saved.
pub fn checked_entry(input: &CheckInInput, day: NaiveDate) -> Result<JournalEntry, String> {
    let build = || -> Result<JournalEntry, String> {
        let entry = JournalEntry {
            day,
            pain: small(JournalField::Pain, input.pain, PAIN_RANGE)?,
            stiffness: small(JournalField::Stiffness, input.stiffness, PAIN_RANGE)?,
            sleep_quality: small(
                JournalField::SleepQuality,
                input.sleep_quality,
                SLEEP_QUALITY_RANGE,
            )?,
            sleep_position: input.sleep_position.into(),
            note: input
                .note
                .as_ref()
                .map(|note| note.trim().to_owned())
                .filter(|note| !note.is_empty()),
        };
        entry.validate().map_err(|error| error.to_string())?;
        Ok(entry)
    };
    build().map_err(|message| {
        let mut chars = message.chars();
        let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
        format!(
            "{}{}. Nothing was saved.",
            first.unwrap_or_default(),
            chars.as_str()
        )
    })
}

/// Checks and saves today's check-in, replacing an earlier one from today. When the store cannot write, the
/// answers wait in `Saving` and the view says they are not saved yet.
pub fn save(
    saving: &Saving,
    input: &CheckInInput,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<CheckInView, AppError> {
    let day = today(&saving.store().lock(), now, tz)?;
    let entry = checked_entry(input, day).map_err(AppError::InvalidInput)?;
    saving.save(Record::CheckIn(journal_record(&entry, now)))?;
    view(saving, now, tz)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(pain: i64, stiffness: i64, sleep: i64, note: Option<&str>) -> CheckInInput {
        CheckInInput {
            pain,
            stiffness,
            sleep_quality: sleep,
            sleep_position: SleepPosition::Side,
            note: note.map(str::to_owned),
        }
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 3, 5).unwrap()
    }

    fn check(form: CheckInInput, expected: Result<Option<&str>, &str>) {
        let got = checked_entry(&form, day());
        match expected {
            Ok(note) => {
                let entry = got.unwrap_or_else(|e| panic!("{form:?} was refused: {e}"));
                assert_eq!(entry.note.as_deref(), note);
                assert_eq!(entry.day, day());
            }
            Err(message) => assert_eq!(got.unwrap_err(), message, "{form:?}"),
        }
    }

    #[test]
    fn checkin_form_table() {
        check(input(0, 0, 1, None), Ok(None));
        check(
            input(10, 10, 5, Some("  stiff after the drive  ")),
            Ok(Some("stiff after the drive")),
        );
        // A blank note is no note.
        check(input(3, 4, 3, Some("   ")), Ok(None));
        check(
            input(11, 4, 3, None),
            Err("Pain must be 0–10 (got 11). Nothing was saved."),
        );
        check(
            input(-1, 4, 3, None),
            Err("Pain must be 0–10 (got -1). Nothing was saved."),
        );
        check(
            input(300, 4, 3, None),
            Err("Pain must be 0–10 (got 300). Nothing was saved."),
        );
        check(
            input(3, 12, 3, None),
            Err("Stiffness must be 0–10 (got 12). Nothing was saved."),
        );
        check(
            input(3, 4, 0, None),
            Err("Sleep quality must be 1–5 (got 0). Nothing was saved."),
        );
        check(
            input(3, 4, 6, None),
            Err("Sleep quality must be 1–5 (got 6). Nothing was saved."),
        );
        check(
            input(3, 4, 3, Some(&"x".repeat(1001))),
            Err("Note must be at most 1000 characters (got 1001). Nothing was saved."),
        );
        // The first problem in the order of the form is named.
        check(
            input(11, 12, 0, None),
            Err("Pain must be 0–10 (got 11). Nothing was saved."),
        );
    }

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn saving_at(dir: &std::path::Path, store: Store, degraded: bool) -> Saving {
        let paths = crate::state::DataPaths::new(dir.to_path_buf());
        let problem = degraded.then(|| {
            crate::health::DataProblem::new(
                crate::health::ProblemKind::DiskFull,
                paths.dir(),
                false,
                "database or disk is full".into(),
            )
        });
        Saving::new(
            crate::state::StoreHandle::new(store),
            paths,
            problem,
            degraded,
        )
    }

    #[test]
    fn saving_twice_edits_todays_entry_and_bad_values_change_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
        let saving = saving_at(dir.path(), store, false);
        let tz = chrono_tz::Europe::Berlin;
        // 07:10 in Berlin on 5 March.
        let morning = utc("2024-03-05T06:10:00Z");
        let empty = view(&saving, morning, tz).unwrap();
        assert_eq!((empty.day, empty.saved), (day(), false));

        let first = save(&saving, &input(6, 7, 2, Some("bad night")), morning, tz).unwrap();
        assert!(first.saved);
        assert_eq!(first.not_saved, None);
        assert_eq!(first.draft.pain, Some(6));
        assert_eq!(first.draft.sleep_position, Some(SleepPosition::Side));

        let later = utc("2024-03-05T07:00:00Z");
        let edited = save(&saving, &input(4, 5, 3, None), later, tz).unwrap();
        assert_eq!(edited.draft.pain, Some(4));
        assert_eq!(edited.draft.note, None);
        assert_eq!(
            saving.store().lock().journal_entries().unwrap().len(),
            1,
            "an edit, not a second entry"
        );

        let refused = save(&saving, &input(11, 5, 3, None), later, tz).unwrap_err();
        assert!(matches!(refused, AppError::InvalidInput(_)));
        assert_eq!(
            view(&saving, later, tz).unwrap().draft,
            edited.draft,
            "nothing changed"
        );

        // At 03:30 the next night it is still the 5th's routine day (default boundary 04:00).
        let night = utc("2024-03-06T02:30:00Z");
        assert_eq!(view(&saving, night, tz).unwrap().day, day());
    }

    /// Issue 15, fault 9: a check-in the store cannot take says "not saved" in words, keeps what was typed
    /// (also when the form is opened again) and is written once the store can write.
    #[test]
    fn a_check_in_that_cannot_be_written_says_so_keeps_the_answers_and_is_saved_later() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("limber.sqlite3");
        let saving = saving_at(dir.path(), Store::empty_read_only(&path).unwrap(), true);
        let tz = chrono_tz::Europe::Berlin;
        let morning = utc("2024-03-05T06:10:00Z");

        let answer = save(&saving, &input(6, 7, 2, Some("bad night")), morning, tz).unwrap();
        assert!(!answer.saved, "never claimed saved");
        let message = answer.not_saved.expect("it says it is not saved");
        assert!(
            message
                .to_string()
                .contains("disk that holds Limber's data is full"),
            "{message}"
        );
        assert_eq!(answer.draft.pain, Some(6));
        assert_eq!(answer.draft.note.as_deref(), Some("bad night"));
        let again = view(&saving, morning, tz).unwrap();
        assert_eq!(again.draft, answer.draft, "what was typed is kept");
        assert!(again.not_saved.is_some());

        assert!(saving.retry().reopened);
        let saved = view(&saving, morning, tz).unwrap();
        assert!(saved.saved);
        assert_eq!(saved.not_saved, None);
        assert_eq!(saved.draft, answer.draft);
        let entries: Vec<JournalRecord> = saving.store().lock().journal_entries().unwrap();
        assert_eq!(entries.len(), 1);
    }
}
