//! What stops Limber from saving, in words a person can act on: the disk that holds its data is full, the
//! data folder is read-only, another program holds the database, or the database cannot be opened at all.
//!
//! This module owns the [`DataProblem`] report and its sentences, which the window's banner, the end screen,
//! the check-in form, `limber status` and the tray process's log all use, so a person reads the same words
//! everywhere. It only names problems the store reports; it never decides what to do about them (the app's
//! retry task and [`crate::outbox`] do) and never shows SQLite's text alone.

use std::path::Path;

use limber_store::StoreError;
use serde::Serialize;
use ts_rs::TS;

use crate::words::Words;

/// What kind of problem keeps Limber from saving.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ProblemKind {
    /// The disk that holds the data folder has no room left.
    DiskFull,
    /// The data folder (or its disk) may not be written.
    ReadOnly,
    /// Another program (a backup or sync tool, a database viewer, another Limber) holds the database.
    Busy,
    /// The database cannot be opened for another reason (a newer Limber made it, the disk fails).
    Unavailable,
}

/// A problem with Limber's data folder, said plainly. Its sentences are [`Words`], said in the language of
/// whoever shows them (the window, `limber status`, the log).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DataProblem {
    pub kind: ProblemKind,
    /// The folder that holds Limber's data, so the person knows where to look.
    pub folder: String,
    /// Whether Limber can still show the data it has (false when it started without reading any).
    pub can_read: bool,
    /// What is wrong, in one sentence.
    pub title: Words,
    /// What it means for the person's data and what they can do, in a few sentences.
    pub advice: Words,
    /// The store's own words, for the log and `limber status`; the window does not show them.
    pub detail: String,
}

impl DataProblem {
    /// The problem an error of the store stands for. Errors that are not about the disk or the folder are
    /// reported as [`ProblemKind::Unavailable`] with their own words.
    pub fn from_error(error: &StoreError, folder: &Path, can_read: bool) -> DataProblem {
        let kind = match error {
            StoreError::DiskFull { .. } => ProblemKind::DiskFull,
            StoreError::ReadOnly { .. } => ProblemKind::ReadOnly,
            busy if busy.is_busy() => ProblemKind::Busy,
            _ => ProblemKind::Unavailable,
        };
        let detail = match error {
            StoreError::DiskFull { detail } | StoreError::ReadOnly { detail } => detail.clone(),
            other => other.to_string(),
        };
        DataProblem::new(kind, folder, can_read, detail)
    }

    pub fn new(kind: ProblemKind, folder: &Path, can_read: bool, detail: String) -> DataProblem {
        let name = kind_name(kind);
        DataProblem {
            kind,
            folder: folder.display().to_string(),
            can_read,
            title: Words::new(&format!("problem-{name}-title")),
            advice: Words::new(&format!("problem-{name}-advice"))
                .with("readable", if can_read { "yes" } else { "no" }),
            detail,
        }
    }

    /// Everything in one paragraph in `language`, for `limber status` and the log (in English).
    pub fn sentence(&self, language: &str) -> String {
        Words::new("problem-sentence")
            .with("title", self.title.say(language))
            .with("folder", self.folder.as_str())
            .with("advice", self.advice.say(language))
            .with("detail", self.detail.as_str())
            .say(language)
    }

    /// What a record that could not be written says: why, and that it is not lost yet.
    pub fn waiting_message(&self) -> Words {
        waiting_message(self.kind)
    }
}

/// The part of a problem's message ids that names its kind. The ids are spelled out in a comment so that the
/// catalogue check finds them used: "problem-disk-full-title", "problem-disk-full-advice",
/// "problem-disk-full-waiting", "problem-read-only-title", "problem-read-only-advice",
/// "problem-read-only-waiting", "problem-busy-title", "problem-busy-advice", "problem-busy-waiting",
/// "problem-unavailable-title", "problem-unavailable-advice", "problem-unavailable-waiting".
fn kind_name(kind: ProblemKind) -> &'static str {
    match kind {
        ProblemKind::DiskFull => "disk-full",
        ProblemKind::ReadOnly => "read-only",
        ProblemKind::Busy => "busy",
        ProblemKind::Unavailable => "unavailable",
    }
}

/// Why a record is not saved yet and what happens to it, for the kind of problem.
pub fn waiting_message(kind: ProblemKind) -> Words {
    Words::new(&format!("problem-{}-waiting", kind_name(kind)))
}

/// The sentence a command's error carries when the store refused to write: never SQLite's words alone.
pub fn refusal(error: &StoreError) -> Option<Words> {
    match error {
        StoreError::DiskFull { .. } => Some(Words::new("problem-disk-full-refused")),
        StoreError::ReadOnly { .. } => Some(Words::new("problem-read-only-refused")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 15, faults 9 and 10: each problem says what happened, that nothing was lost, that Limber
    /// keeps trying and what the person can do, and names the folder.
    #[test]
    fn problems_are_said_in_plain_words() {
        fn check(error: StoreError, can_read: bool, kind: ProblemKind, says: &[&str]) {
            let problem =
                DataProblem::from_error(&error, Path::new("/home/ana/.local/share/x"), can_read);
            assert_eq!(problem.kind, kind, "{error}");
            let all = problem.sentence("en");
            for words in says {
                assert!(all.contains(words), "{all:?} does not say {words:?}");
            }
            assert!(all.contains("/home/ana/.local/share/x"), "{all}");
            for raw in ["readonly database", "disk I/O"] {
                assert!(
                    !problem.title.to_string().contains(raw)
                        && !problem.advice.to_string().contains(raw),
                    "{all}"
                );
            }
        }
        let full = || StoreError::DiskFull {
            detail: "database or disk is full".into(),
        };
        let read_only = || StoreError::ReadOnly {
            detail: "attempt to write a readonly database".into(),
        };
        check(
            full(),
            true,
            ProblemKind::DiskFull,
            &[
                "disk that holds Limber's data is full",
                "Nothing was lost",
                "every few seconds",
                "Free some space",
            ],
        );
        check(
            full(),
            false,
            ProblemKind::DiskFull,
            &["still in that folder", "opens it once there is room"],
        );
        check(
            read_only(),
            true,
            ProblemKind::ReadOnly,
            &[
                "read-only",
                "Nothing was lost",
                "writable again",
                "every few seconds",
            ],
        );
        // Another program holds the database (the fault matrix's 30 s lock): said as such, not as "cannot use".
        let locked = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(5),
            Some("database is locked".into()),
        );
        check(
            StoreError::Sqlite(locked),
            true,
            ProblemKind::Busy,
            &[
                "Another program is using Limber's data file",
                "Nothing was lost",
                "lets go",
            ],
        );
        check(
            StoreError::NewerSchema { found: 9, known: 3 },
            false,
            ProblemKind::Unavailable,
            &["cannot use its data", "Nothing was deleted", "newer Limber"],
        );
    }

    /// The ids are made from the kind's name, so the catalogue check cannot see them asked for: every one must
    /// be in English and in German (a complete language), with no id showing instead of words.
    #[test]
    fn every_kind_has_its_words_in_every_complete_language() {
        let kinds = [
            ProblemKind::DiskFull,
            ProblemKind::ReadOnly,
            ProblemKind::Busy,
            ProblemKind::Unavailable,
        ];
        for kind in kinds {
            for can_read in [true, false] {
                let problem = DataProblem::new(kind, Path::new("/d"), can_read, "x".into());
                for words in [&problem.title, &problem.advice, &problem.waiting_message()] {
                    for language in ["en", "de"] {
                        let said = words.say(language);
                        assert_ne!(said, words.id, "{language}: {kind:?} has no {}", words.id);
                    }
                }
            }
        }
        let problem =
            DataProblem::new(ProblemKind::DiskFull, Path::new("/d"), false, "full".into());
        assert_eq!(
            problem.sentence("de"),
            "Der Datenträger mit Limbers Daten ist voll. Der Ordner ist /d. Es ist nichts verloren gegangen: \
             Deine Daten liegen noch in diesem Ordner, und Limber öffnet sie, sobald wieder Platz ist. Alles \
             Neue, was du tust, bleibt erhalten, solange Limber geöffnet ist, und Limber versucht alle paar \
             Sekunden, es zu speichern. Schaffe auf diesem Datenträger Platz (leere den Papierkorb oder lösche \
             große Dateien, die du nicht mehr brauchst), dann speichert Limber von selbst. (Details: full.)"
        );
    }

    #[test]
    fn refusals_replace_the_raw_words() {
        let full = StoreError::DiskFull {
            detail: "database or disk is full".into(),
        };
        assert!(refusal(&full).is_some_and(|m| m.to_string().starts_with("Not saved: the disk")));
        assert_eq!(refusal(&StoreError::Rejected("x".into())), None);
    }
}
