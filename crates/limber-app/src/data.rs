//! The person's data as files: export to JSON and CSV, import of a Limber export (from the app and from
//! `limber import <file>`), the list of daily backups, and the notice about a start-up recovery.
//!
//! The UI only picks a path with the system dialog; reading and writing the file happens here (only a regular
//! file is read, through a capped reader: `picked_file`), the store owns the formats, the validation and the
//! merge, and `settings` says which settings travel and checks them. An import is all or nothing: the store
//! checks the whole file before writing, so a bad file changes nothing. Nothing here interprets the data.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use limber_core::library::Library;
use limber_store::{ImportError, ImportReport, Recovery, Store, BACKUPS_KEPT, IMPORT_MAX_BYTES};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::AppError;
use crate::picked_file::{self, PickedFileError};
use crate::settings::SettingsRules;
use crate::state::DataPaths;
use crate::words::Words;

/// What the store did at start-up about a damaged database, until the user has read it.
pub struct RecoveryState(Mutex<Option<Recovery>>);

impl RecoveryState {
    pub fn new(recovery: Option<Recovery>) -> Self {
        Self(Mutex::new(recovery))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Recovery>> {
        // A poisoned lock only means a panic elsewhere; the notice itself is still whole.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The notice to show, while the person has not dismissed it.
    pub fn notice(&self) -> Option<RecoveryNotice> {
        self.lock().as_ref().map(notice)
    }

    /// The person has read the notice: it is forgotten here and in the store.
    pub fn dismiss(&self, store: &Store) -> Result<(), AppError> {
        *self.lock() = None;
        crate::state::forget_recovery(store)?;
        Ok(())
    }
}

/// The home screen's banner after a recovery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecoveryNotice {
    /// Where the damaged database was kept, so nothing is lost for good.
    pub moved_to: String,
    /// The day of the backup that was restored, or none when the app started with no data.
    pub restored_day: Option<NaiveDate>,
    /// How many records saved after that backup (or, with none, ever) the record log brought back.
    pub records_from_log: u32,
    /// SQLite's words for the damage, for a "details" disclosure.
    pub reason: String,
}

/// The day a backup file stands for, from its name (`limber-YYYY-MM-DD.sqlite3`), as the store reads it.
fn backup_day(path: &Path) -> Option<NaiveDate> {
    limber_store::backup_name_day(path.file_name()?.to_str()?)
}

fn notice(recovery: &Recovery) -> RecoveryNotice {
    RecoveryNotice {
        moved_to: recovery.moved_to.display().to_string(),
        restored_day: recovery.restored_from.as_deref().and_then(backup_day),
        records_from_log: recovery.records_from_log,
        reason: recovery.reason.clone(),
    }
}

/// The three exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ExportKind {
    /// Everything, as a Limber export that can be imported again.
    Json,
    /// Sessions, for a spreadsheet.
    SessionsCsv,
    /// Journal entries, for a spreadsheet.
    JournalCsv,
}

impl ExportKind {
    /// The file name the save dialog suggests.
    pub fn file_name(self, day: NaiveDate) -> String {
        let day = day.format("%Y-%m-%d");
        match self {
            Self::Json => format!("limber-export-{day}.json"),
            Self::SessionsCsv => format!("limber-sessions-{day}.csv"),
            Self::JournalCsv => format!("limber-journal-{day}.csv"),
        }
    }

    fn contents(self, store: &Store) -> Result<String, AppError> {
        Ok(match self {
            // Only the person's own settings travel (the store's settings registry says which).
            Self::Json => store.export_json()?,
            Self::SessionsCsv => store.export_sessions_csv()?,
            Self::JournalCsv => store.export_journal_csv()?,
        })
    }
}

/// A finished export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportDone {
    pub path: String,
    pub bytes: u64,
}

/// Why a file the person chose could not be written ("write") or put in place ("save"). The ids, for the
/// catalogue check: "file-write-failed", "file-save-failed".
pub fn file_error_words(action: &str, path: &Path, error: &std::io::Error) -> Words {
    Words::new(&format!("file-{action}-failed"))
        .with("path", path.display().to_string())
        .with("detail", error.to_string())
}

/// Writes `text` to `path` through a temporary file and a rename, so a failure never leaves half a file
/// under the name the user chose.
fn write_atomically(path: &Path, text: &str) -> Result<(), AppError> {
    let file_error = |action: &str, error: std::io::Error| {
        AppError::File(file_error_words(action, path, &error))
    };
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    fs::write(&partial, text).map_err(|e| file_error("write", e))?;
    if let Err(error) = fs::rename(&partial, path) {
        let _ = fs::remove_file(&partial);
        return Err(file_error("save", error));
    }
    Ok(())
}

/// Writes one export to the path the user chose.
pub fn export_to(store: &Store, kind: ExportKind, path: &Path) -> Result<ExportDone, AppError> {
    let text = kind.contents(store)?;
    write_atomically(path, &text)?;
    Ok(ExportDone {
        path: path.display().to_string(),
        bytes: u64::try_from(text.len()).unwrap_or(u64::MAX),
    })
}

/// What an import changed, with a sentence that says it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    pub message: Words,
    pub sessions_added: u32,
    pub journal_added: u32,
    pub journal_updated: u32,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The sentence the app and the command line print after an import: one message, whose parts for counts of
/// zero are left out by Fluent's selectors.
pub fn import_message(r: &ImportReport) -> Words {
    Words::new("import-done")
        .with("sessions", r.sessions_added)
        .with("skipped", r.sessions_skipped)
        .with("entries", r.journal_added)
        .with("updated", r.journal_updated)
        .with("restDays", r.rest_days_added)
        .with(
            "routines",
            r.custom_routines_added + r.custom_routines_updated,
        )
        .with("settings", r.settings_added)
}

/// The sentence for a refused import; it always says that nothing changed.
pub fn import_refusal(error: &ImportError) -> Words {
    match error {
        ImportError::Invalid { problems, total } => {
            // Each problem's own words come from the store's validation, in English for now.
            let shown: Vec<String> = problems.iter().take(5).map(ToString::to_string).collect();
            Words::new("import-refused-invalid")
                .with("total", *total)
                .with("shown", shown.len())
                .with("problems", shown.join("; "))
                .with("more", total.saturating_sub(shown.len()))
        }
        ImportError::NotAnExport => Words::new("import-refused-not-export"),
        ImportError::NewerVersion { found, known } => Words::new("import-refused-newer")
            .with("found", i64::try_from(*found).unwrap_or(i64::MAX))
            .with("known", *known),
        ImportError::TooLarge { bytes, limit } => Words::new("import-refused-too-large")
            .with("bytes", *bytes)
            .with("limit", *limit),
        other => Words::new("import-refused").with("reason", other.to_string()),
    }
}

/// Reads a file the user chose and imports it; the store validates it whole before merging, and the app's
/// settings rules check every setting in it. The file is read only if it is a regular file, through a reader
/// capped at the import limit (issue 15, fault 7), and the store parses it in one pass.
pub fn import_from(
    store: &Store,
    library: &Library,
    path: &Path,
) -> Result<ImportSummary, AppError> {
    let bytes = picked_file::read(path, IMPORT_MAX_BYTES).map_err(|error| {
        AppError::Refused(match error {
            PickedFileError::TooLarge { bytes, limit, .. } => {
                import_refusal(&ImportError::TooLarge {
                    bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
                    limit,
                })
            }
            other => Words::new("import-refused").with("reason", other.to_string()),
        })
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| AppError::Refused(Words::new("import-refused-not-text")))?;
    match store.import_json(&text, &SettingsRules::new(library, store)) {
        Ok(report) => Ok(ImportSummary {
            message: import_message(&report),
            sessions_added: count(report.sessions_added),
            journal_added: count(report.journal_added),
            journal_updated: count(report.journal_updated),
        }),
        Err(ImportError::Store(error)) => Err(AppError::Store(error)),
        Err(error) => Err(AppError::Refused(import_refusal(&error))),
    }
}

/// A newest backup older than this many days is worth a warning: a damaged database would lose more than a
/// week.
pub const BACKUP_WARN_AFTER_DAYS: u32 = 7;

/// One daily backup on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupFile {
    /// The file's name in the backup folder.
    pub name: String,
    /// The local day it was made on (as the clock said then).
    pub day: NaiveDate,
    pub bytes: u64,
}

/// Where the backups are and which exist, the one made most recently first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    pub folder: String,
    pub kept: u32,
    pub backups: Vec<BackupFile>,
    /// How many days old the backup made most recently is (0 for today, and for one whose day is still to
    /// come, which only a clock that was wrong can make); none without backups.
    pub newest_age_days: Option<u32>,
    /// From how many days of age the screen warns about the newest backup.
    pub warn_after_days: u32,
}

/// The backups the store made in `dir`, the one made most recently first, as the screen shows them on the day
/// `now` is in `tz`. A folder that cannot be read shows no backups (and says so in the log).
pub fn backup_info_at(dir: &Path, now: DateTime<Utc>, tz: Tz) -> BackupInfo {
    let found = limber_store::backups(dir).unwrap_or_else(|error| {
        log::warn!("the backups could not be listed: {error}");
        Vec::new()
    });
    let backups: Vec<BackupFile> = found
        .iter()
        .map(|backup| BackupFile {
            name: backup
                .path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default(),
            day: backup
                .made_at
                .map_or(backup.name_day, |t| t.with_timezone(&tz).date_naive()),
            bytes: backup.bytes,
        })
        .collect();
    let today = now.with_timezone(&tz).date_naive();
    let newest_age_days = backups.first().map(|newest| {
        let days = (today - newest.day).num_days().max(0);
        u32::try_from(days).unwrap_or(u32::MAX)
    });
    BackupInfo {
        folder: dir.display().to_string(),
        kept: count(BACKUPS_KEPT),
        backups,
        newest_age_days,
        warn_after_days: BACKUP_WARN_AFTER_DAYS,
    }
}

/// `limber import <file>` without the printing: opens the store of the data folder the app uses (the app may be
/// running; SQLite serialises the writes), says a start-up recovery through `warn`, imports the file and closes
/// the store before it returns, so a running Limber that looks again sees the commit. The answer is what it
/// changed and the language it is said in (for the lines the command line adds); the error is a sentence, in the
/// same language when the store could be opened.
pub fn import_into_data_folder(
    file: &Path,
    system: &crate::i18n::System,
    warn: &mut dyn FnMut(String),
) -> Result<(String, String), String> {
    let library =
        Library::builtin().map_err(|error| format!("the built-in library is invalid: {error}"))?;
    let (store, recovery) = DataPaths::from_os()
        .and_then(|paths| crate::state::open_store(&paths))
        .map_err(|error| error.to_string())?;
    let language = crate::i18n::language_in_force(&store, system);
    if let Some(recovery) = recovery {
        warn(crate::state::recovery_words(&recovery).say(&language));
    }
    import_from(&store, &library, file)
        .map(|summary| (summary.message.say(&language), language.clone()))
        .map_err(|error| {
            crate::error::CommandError::from(error)
                .message
                .say(&language)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::backup_now;
    use limber_store::{ImportProblem, SettingKey};

    #[test]
    fn import_messages_table() {
        fn check(report: ImportReport, expected: &str) {
            assert_eq!(import_message(&report).to_string(), expected);
        }
        check(
            ImportReport::default(),
            "Imported: 0 sessions added, 0 journal entries added.",
        );
        check(
            ImportReport {
                sessions_added: 1,
                journal_added: 1,
                ..ImportReport::default()
            },
            "Imported: 1 session added, 1 journal entry added.",
        );
        check(
            ImportReport {
                sessions_added: 365,
                sessions_skipped: 3,
                journal_added: 200,
                journal_updated: 2,
                rest_days_added: 4,
                settings_added: 1,
                custom_routines_added: 1,
                ..ImportReport::default()
            },
            "Imported: 365 sessions added, 3 already there, 200 journal entries added, 2 updated with newer \
             answers, 4 rest days added, 1 custom routine added or updated, 1 setting added.",
        );
    }

    /// The same sentence in German: plurals and the parts left out for zero are Fluent's, not joined here.
    #[test]
    fn import_messages_in_german() {
        let said = |report: ImportReport| import_message(&report).say("de");
        assert_eq!(
            said(ImportReport {
                sessions_added: 1,
                journal_added: 2,
                ..ImportReport::default()
            }),
            "Importiert: 1 Einheit hinzugefügt, 2 Tagebucheinträge hinzugefügt."
        );
        assert_eq!(
            said(ImportReport {
                sessions_added: 3,
                sessions_skipped: 1,
                journal_added: 1,
                rest_days_added: 1,
                settings_added: 2,
                ..ImportReport::default()
            }),
            "Importiert: 3 Einheiten hinzugefügt, 1 schon vorhanden, 1 Tagebucheintrag hinzugefügt, 1 Ruhetag \
             hinzugefügt, 2 Einstellungen hinzugefügt."
        );
        assert_eq!(
            import_refusal(&ImportError::NotAnExport).say("de"),
            "Es wurde nichts importiert: Die Datei ist kein Limber-Export."
        );
    }

    #[test]
    fn refusal_messages_table() {
        fn problem(path: &str, message: &str) -> ImportProblem {
            ImportProblem {
                path: path.into(),
                message: message.into(),
            }
        }
        fn check(error: ImportError, expected: &str) {
            assert_eq!(import_refusal(&error).to_string(), expected);
        }
        check(
            ImportError::NotAnExport,
            "Nothing was imported: the file is not a Limber export.",
        );
        check(
            ImportError::Invalid {
                problems: vec![problem("sessions[3].feel", "must be 0–10")],
                total: 1,
            },
            "Nothing was imported: the file has 1 problem. It is: sessions[3].feel: must be 0–10.",
        );
        check(
            ImportError::Invalid {
                problems: (0..7)
                    .map(|i| problem(&format!("journal[{i}].day"), "must be a date"))
                    .collect(),
                total: 30,
            },
            "Nothing was imported: the file has 30 problems. The first are: journal[0].day: must be a date; \
             journal[1].day: must be a date; journal[2].day: must be a date; journal[3].day: must be a date; \
             journal[4].day: must be a date; and 25 more.",
        );
    }

    #[test]
    fn backup_names_table() {
        let rows: &[(&str, Option<&str>)] = &[
            ("/b/limber-2024-03-01.sqlite3", Some("2024-03-01")),
            ("/b/limber-2024-03-01-2.sqlite3", Some("2024-03-01")),
            ("/b/limber-2024-3-1.sqlite3", None),
            ("/b/limber-2024-03-01.sqlite3.partial", None),
            ("/b/notes.txt", None),
        ];
        for (path, expected) in rows {
            let expected = expected.map(|d| d.parse::<NaiveDate>().unwrap());
            assert_eq!(backup_day(Path::new(path)), expected, "{path}");
        }
    }

    /// A store in a temp dir with one session and one journal entry.
    fn store_with_data(dir: &Path) -> Store {
        let store = Store::open(&dir.join("db.sqlite3")).unwrap();
        let at: chrono::DateTime<chrono::Utc> = "2024-03-05T06:00:00Z".parse().unwrap();
        store
            .insert_session(&limber_store::SessionRecord {
                id: "s1".into(),
                routine_id: "morning-mobility".into(),
                started_at: at,
                ended_at: at + chrono::TimeDelta::minutes(5),
                utc_offset_seconds: 3600,
                routine_day: "2024-03-05".parse().unwrap(),
                steps_done: 6,
                steps_skipped: 0,
                completed: true,
                active_ms: 300_000,
                paused_ms: 0,
                feel: Some(3),
                checklist: None,
                skipped_exercises: Vec::new(),
            })
            .unwrap();
        store
            .save_journal_entry(&limber_store::JournalRecord {
                day: "2024-03-05".parse().unwrap(),
                back_pain: Some(4),
                stiffness: Some(5),
                sleep_quality: Some(3),
                sleep_position: Some("side".into()),
                note: Some("a note, with \"quotes\"".into()),
                created_at: at,
                updated_at: at,
            })
            .unwrap();
        store
    }

    #[test]
    fn an_export_imports_into_an_empty_store_and_again_adds_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let source = store_with_data(dir.path());
        let file = dir.path().join("out.json");
        let library = Library::builtin().unwrap();
        let done = export_to(&source, ExportKind::Json, &file).unwrap();
        assert_eq!(done.bytes, fs::metadata(&file).unwrap().len());
        assert!(!dir.path().join("out.json.partial").exists());

        let target = Store::open(&dir.path().join("other.sqlite3")).unwrap();
        let first = import_from(&target, &library, &file).unwrap();
        assert_eq!((first.sessions_added, first.journal_added), (1, 1));
        let again = import_from(&target, &library, &file).unwrap();
        assert_eq!((again.sessions_added, again.journal_added), (0, 0));
        assert_eq!(target.sessions().unwrap().len(), 1);

        for (kind, header) in [
            (ExportKind::SessionsCsv, "id,routineId,"),
            (ExportKind::JournalCsv, "day,backPain,"),
        ] {
            let path = dir
                .path()
                .join(kind.file_name("2024-03-05".parse().unwrap()));
            export_to(&source, kind, &path).unwrap();
            assert!(
                fs::read_to_string(&path).unwrap().starts_with(header),
                "{kind:?}"
            );
        }
    }

    #[test]
    fn a_bad_file_changes_nothing_and_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let store = store_with_data(dir.path());
        let library = Library::builtin().unwrap();
        let before = store.export_json().unwrap();
        let rows: &[(&str, &str)] = &[
            (
                "{ not json",
                "Nothing was imported: the file is not valid JSON",
            ),
            (
                "{\"hello\": 1}",
                "Nothing was imported: the file is not a Limber export.",
            ),
            (
                r#"{"format":"limber-export","version":1,"sessions":[{"id":"x"}],"journal":[],"restDays":[],"settings":{},"customRoutines":[]}"#,
                "Nothing was imported: the file has",
            ),
        ];
        for (text, expected) in rows {
            let file = dir.path().join("bad.json");
            fs::write(&file, text).unwrap();
            let error = import_from(&store, &library, &file).unwrap_err();
            let AppError::Refused(message) = error else {
                panic!("{text}: {error:?}");
            };
            let message = message.to_string();
            assert!(message.starts_with(expected), "{text}: {message}");
        }
        let missing = import_from(&store, &library, &dir.path().join("missing.json")).unwrap_err();
        assert!(
            matches!(missing, AppError::Refused(ref m) if m.to_string().contains("could not read")),
            "{missing:?}"
        );
        let binary = dir.path().join("binary.json");
        fs::write(&binary, [0xff, 0xfe, 0x00]).unwrap();
        assert!(import_from(&store, &library, &binary).is_err());
        assert_eq!(store.export_json().unwrap(), before, "nothing changed");
    }

    #[test]
    fn backups_are_listed_most_recently_made_first() {
        let dir = tempfile::tempdir().unwrap();
        let store = store_with_data(dir.path());
        let backups = dir.path().join("backups");
        let at = |t: &str| t.parse::<DateTime<Utc>>().unwrap();
        let info = |now: &str| backup_info_at(&backups, at(now), chrono_tz::Europe::Berlin);
        assert!(info("2024-03-04T10:00:00Z").backups.is_empty());
        assert_eq!(info("2024-03-04T10:00:00Z").newest_age_days, None);
        backup_now(&store, at("2024-03-04T10:00:00Z"), &backups);
        backup_now(&store, at("2030-01-01T10:00:00Z"), &backups);
        backup_now(&store, at("2024-03-05T23:30:00Z"), &backups);
        backup_now(&store, at("2024-03-05T23:45:00Z"), &backups);
        let listed: Vec<(String, String)> = info("2024-03-06T10:00:00Z")
            .backups
            .iter()
            .map(|b| (b.name.clone(), b.day.to_string()))
            .collect();
        // 23:30 UTC is already the next day in Berlin: the screen shows the local day it was made on.
        assert_eq!(
            listed,
            [
                (
                    "limber-2024-03-05.sqlite3".to_owned(),
                    "2024-03-06".to_owned()
                ),
                (
                    "limber-2030-01-01.sqlite3".to_owned(),
                    "2030-01-01".to_owned()
                ),
                (
                    "limber-2024-03-04.sqlite3".to_owned(),
                    "2024-03-04".to_owned()
                ),
            ]
        );
    }

    /// Issue 15, fault 3: the screen is told how old the newest backup is. Each row: when the backup made most
    /// recently was made, the time the screen is opened (Europe/Berlin), and its age in days.
    #[test]
    fn the_newest_backups_age_table() {
        fn check(made: &str, now: &str, expected: u32) {
            let dir = tempfile::tempdir().unwrap();
            let store = store_with_data(dir.path());
            let backups = dir.path().join("backups");
            backup_now(&store, made.parse().unwrap(), &backups);
            let info = backup_info_at(&backups, now.parse().unwrap(), chrono_tz::Europe::Berlin);
            assert_eq!(info.newest_age_days, Some(expected), "{made} at {now}");
            assert_eq!(info.warn_after_days, 7);
        }
        check("2024-03-05T10:00:00Z", "2024-03-05T20:00:00Z", 0);
        check("2024-03-05T10:00:00Z", "2024-03-06T10:00:00Z", 1);
        check("2024-03-05T23:30:00Z", "2024-03-06T10:00:00Z", 0);
        check("2024-03-05T10:00:00Z", "2024-03-12T10:00:00Z", 7);
        check("2024-03-05T10:00:00Z", "2024-03-13T10:00:00Z", 8);
        check("2024-02-20T10:00:00Z", "2024-03-13T10:00:00Z", 22);
        // Made while the clock said 2030: not "minus six years" old.
        check("2030-01-01T10:00:00Z", "2024-03-13T10:00:00Z", 0);
    }

    /// Issue 15, fault 6: an export carries the person's settings and never the app's bookkeeping (the reminder
    /// scheduler's snoozes, a recovery notice still to be read, the store's backup number) or unknown keys.
    #[test]
    fn issue_15_fault_6_an_export_carries_only_the_persons_settings() {
        let dir = tempfile::tempdir().unwrap();
        let store = store_with_data(dir.path());
        for (key, value) in [
            (
                SettingKey::Audio,
                serde_json::json!({"sound": true, "voice": false, "volume": 0.5}),
            ),
            (
                SettingKey::ReminderState,
                serde_json::json!({"snoozes": [], "pausedDay": "2024-03-05"}),
            ),
            (
                SettingKey::RecoveryPending,
                serde_json::json!({"movedTo": "/x", "reason": "damaged"}),
            ),
        ] {
            store.set_setting(key, &value).unwrap();
        }
        // A key no registry entry spells can only be left by another version: written past the typed keys.
        rusqlite::Connection::open(dir.path().join("db.sqlite3"))
            .unwrap()
            .execute(
                "INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')",
                [],
            )
            .unwrap();
        backup_now(
            &store,
            "2024-03-05T10:00:00Z".parse().unwrap(),
            &dir.path().join("b"),
        );
        let file = dir.path().join("export.json");
        export_to(&store, ExportKind::Json, &file).unwrap();
        let doc: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
        let keys: Vec<&String> = doc["settings"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["audio"]);
    }

    /// Issue 15, fault 7: paths that are not regular files are refused at once, in words, and change nothing.
    #[cfg(unix)]
    #[test]
    fn issue_15_fault_7_special_files_are_refused_before_they_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let store = store_with_data(dir.path());
        let library = Library::builtin().unwrap();
        let before = store.export_json().unwrap();
        let fifo = dir.path().join("fifo");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        let check = |path: &Path, expected: &str| {
            let error = import_from(&store, &library, path).unwrap_err();
            assert_eq!(error.to_string(), expected, "{}", path.display());
        };
        check(
            Path::new("/dev/zero"),
            "Nothing was imported: /dev/zero is a device, not a file.",
        );
        check(
            &fifo,
            &format!(
                "Nothing was imported: {} is a named pipe (FIFO), not a file.",
                fifo.display()
            ),
        );
        check(
            dir.path(),
            &format!(
                "Nothing was imported: {} is a folder, not a file.",
                dir.path().display()
            ),
        );
        assert_eq!(store.export_json().unwrap(), before);
    }
}
