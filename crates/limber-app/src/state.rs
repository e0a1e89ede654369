//! The small handles that Tauri manages for the commands: each owns one thing.
//!
//! `Library` is immutable after start-up; `StoreHandle` serialises access to the one SQLite connection.
//! Long-running work (session driver, reminder scheduler, audio) owns its own state in its task and is
//! reached through its own handle, never through a shared "app" struct.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use chrono::{DateTime, Utc};
use limber_store::{Recovery, Store};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::health::DataProblem;
use crate::words::Words;

/// The app's identifier, as in tauri.conf.json; it names the data directory.
pub const IDENTIFIER: &str = "app.limber.desktop";

/// The exercise library and routines the core knows: the built-in ones plus the user's own. The whole
/// library is replaced (never edited in place) when a custom routine changes, so a reader always sees one
/// consistent version, and a running session keeps the version it started with.
#[derive(Clone)]
pub struct LibraryHandle(Arc<RwLock<Arc<limber_core::library::Library>>>);

impl LibraryHandle {
    pub fn new(library: limber_core::library::Library) -> Self {
        Self(Arc::new(RwLock::new(Arc::new(library))))
    }

    /// The library as it is now.
    pub fn current(&self) -> Arc<limber_core::library::Library> {
        // A poisoned lock means a writer panicked between two whole libraries; the stored one is whole.
        Arc::clone(
            &self
                .0
                .read()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        )
    }

    /// Puts a new version of the library in place.
    pub fn replace(&self, library: limber_core::library::Library) {
        *self
            .0
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(library);
    }
}

/// Where Limber keeps its files: always the OS data directory, or the XDG dirs the environment names.
#[derive(Debug, Clone)]
pub struct DataPaths {
    pub dir: PathBuf,
}

impl DataPaths {
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// The OS data directory for Limber (`$XDG_DATA_HOME/app.limber.desktop` on Linux), the same one
    /// Tauri's path resolver names, so the command line and the app always read the same files.
    pub fn from_os() -> Result<Self, AppError> {
        let base = dirs::data_dir().ok_or_else(|| {
            AppError::DataDir("the system names no data directory (is HOME set?)".into())
        })?;
        Ok(Self::new(base.join(IDENTIFIER)))
    }

    pub fn database(&self) -> PathBuf {
        self.dir.join("limber.sqlite3")
    }

    pub fn backups(&self) -> PathBuf {
        self.dir.join("backups")
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// The database connection, one writer at a time. Cloning shares the same connection.
#[derive(Clone)]
pub struct StoreHandle(Arc<Mutex<Store>>);

impl StoreHandle {
    pub fn new(store: Store) -> Self {
        Self(Arc::new(Mutex::new(store)))
    }

    /// Locks the store. A poisoned lock only means another command panicked mid-call; SQLite's own
    /// transactions keep the data consistent, so the connection is still safe to use.
    pub fn lock(&self) -> MutexGuard<'_, Store> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Opens the store in the data directory. A damaged database is set aside and the newest good backup restored;
/// the returned `Recovery` says so, for the user to be told.
pub fn open_store(paths: &DataPaths) -> Result<(Store, Option<limber_store::Recovery>), AppError> {
    Ok(Store::open_or_recover(&paths.database(), &paths.backups())?)
}

/// A recovery that waits under the "recovery-pending" key (`SettingKey::RecoveryPending`) until the person
/// has read about it. The process that recovers the database may be the tray process, which has no window
/// to say so; the app tells it later. It has no default (no value means nothing to tell), so it is kept as
/// raw JSON rather than as a typed setting.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredRecovery {
    moved_to: PathBuf,
    restored_from: Option<PathBuf>,
    reason: String,
    /// Absent in a notice kept by a Limber from before the record log: none were brought back.
    #[serde(default)]
    records_from_log: u32,
    #[serde(default)]
    log_lines_skipped: u32,
}

/// Opens the store like [`open_store`], keeps a recovery it made in the store until [`forget_recovery`],
/// and returns the recovery still to be told: this one, or one an earlier start (of either process) made.
pub fn open_keeping_recovery(paths: &DataPaths) -> Result<(Store, Option<Recovery>), AppError> {
    let (store, recovery) = open_store(paths)?;
    if let Some(recovery) = &recovery {
        let stored = StoredRecovery {
            moved_to: recovery.moved_to.clone(),
            restored_from: recovery.restored_from.clone(),
            reason: recovery.reason.clone(),
            records_from_log: recovery.records_from_log,
            log_lines_skipped: recovery.log_lines_skipped,
        };
        let kept = serde_json::to_value(stored)
            .map_err(limber_store::StoreError::from)
            .and_then(|value| store.set_setting(limber_store::SettingKey::RecoveryPending, &value));
        if let Err(error) = kept {
            log::warn!("the recovery notice could not be kept for later: {error}");
        }
    }
    let pending = recovery.or_else(|| pending_recovery(&store));
    Ok((store, pending))
}

/// The recovery the person has not read about yet, if any.
pub fn pending_recovery(store: &Store) -> Option<Recovery> {
    let value = store
        .setting(limber_store::SettingKey::RecoveryPending)
        .ok()
        .flatten()?;
    let stored: StoredRecovery = serde_json::from_value(value).ok()?;
    Some(Recovery {
        moved_to: stored.moved_to,
        restored_from: stored.restored_from,
        reason: stored.reason,
        records_from_log: stored.records_from_log,
        log_lines_skipped: stored.log_lines_skipped,
    })
}

/// What a recovery did, in the words the app's banner uses, for `limber status`, `limber import` and the
/// log: which backup was restored (by the date in its name) and how many records saved since then the
/// record log brought back, or that Limber started afresh; and where the damaged file was kept.
pub fn recovery_words(recovery: &Recovery) -> Words {
    let day = recovery
        .restored_from
        .as_deref()
        .and_then(Path::file_name)
        .and_then(|name| name.to_str())
        .and_then(limber_store::backup_name_day);
    let records = recovery.records_from_log;
    let what = match (day, records) {
        (Some(day), records) => Words::new("recovery-restored")
            .with("day", Words::date_with_year(day))
            .with("records", records),
        (None, 0) => Words::new("recovery-fresh"),
        (None, records) => Words::new("recovery-fresh-with-log").with("records", records),
    };
    Words::new("recovery-told")
        .with("what", what)
        .with("kept", Words::new("recovery-kept"))
        .with("path", recovery.moved_to.display().to_string())
}

/// The person has read about the recovery.
pub fn forget_recovery(store: &Store) -> Result<(), AppError> {
    store.remove_setting(limber_store::SettingKey::RecoveryPending)?;
    Ok(())
}

/// The store as a process starts with it: maybe only able to read, with the problem that keeps it from writing.
pub struct Opened {
    pub store: Store,
    /// A recovery from a damaged database, still to be told.
    pub recovery: Option<Recovery>,
    /// What keeps Limber from saving (a full disk, a read-only folder), found at start.
    pub problem: Option<DataProblem>,
    /// The store can only read: the file could not be opened for writing, so it is reopened later.
    pub degraded: bool,
}

/// Opens the store for a process that must start whatever the state of the disk (the app, `limber-tray`).
///
/// A full disk or a read-only folder never stops the start: the database is opened for reading only (or,
/// when even that fails, an empty stand-in that refuses writes is used) and the problem is returned, in
/// plain words, for the window and the log. A store that opens normally is checked with a real write, so a
/// disk that filled up while Limber was closed is found now, not after the next routine.
pub fn open_for_use(paths: &DataPaths) -> Result<Opened, AppError> {
    let folder = paths.dir();
    match open_keeping_recovery(paths) {
        Ok((store, recovery)) => {
            let problem = store.check_writable().err().map(|error| {
                let error = limber_store::explain(error, folder);
                DataProblem::from_error(&error, folder, true)
            });
            // SQLite opens a file it may not write for reading only, and that connection stays so after the
            // folder is writable again: such a store must be reopened, like one opened read-only on purpose.
            let degraded = store.is_read_only()
                || problem
                    .as_ref()
                    .is_some_and(|problem| problem.kind == crate::health::ProblemKind::ReadOnly);
            Ok(Opened {
                store,
                recovery,
                problem,
                degraded,
            })
        }
        Err(AppError::Store(error)) => {
            let error = limber_store::explain(error, folder);
            log::error!("the store could not be opened for writing: {error}");
            // A database from a newer Limber is not read by this one, not even to show it.
            let readable = if matches!(error, limber_store::StoreError::NewerSchema { .. }) {
                None
            } else {
                match Store::open_read_only(&paths.database()) {
                    Ok(store) => Some(store),
                    Err(read_error) => {
                        log::warn!("the store cannot be read either: {read_error}");
                        None
                    }
                }
            };
            let can_read = readable.is_some();
            let store = match readable {
                Some(store) => store,
                None => Store::empty_read_only(&paths.database())?,
            };
            Ok(Opened {
                store,
                recovery: None,
                problem: Some(DataProblem::from_error(&error, folder, can_read)),
                degraded: true,
            })
        }
        Err(other) => Err(other),
    }
}

/// Takes today's backup if it is due. A failed backup must never stop the app, so it is only logged. A store
/// that can only read is not backed up: it may be an empty stand-in, and an empty backup named today would
/// keep the real one from being made and could be restored in its place.
pub fn backup_now(store: &Store, now: DateTime<Utc>, dir: &Path) {
    if store.is_read_only() {
        log::debug!("no backup while the store can only read");
        return;
    }
    match store.backup_if_due(now, dir) {
        Ok(Some(path)) => log::info!("backup written to {}", path.display()),
        Ok(None) => {}
        Err(error) => log::warn!("the daily backup failed: {error}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 15, damaged database file: the recovery is told in plain words, naming the backup and the
    /// records the record log brought back.
    #[test]
    fn recovery_texts_table() {
        fn check(restored: Option<&str>, records_from_log: u32, expected: &str) {
            let recovery = Recovery {
                moved_to: PathBuf::from("/d/limber.sqlite3.damaged-20270112T101500Z"),
                restored_from: restored.map(|name| PathBuf::from("/d/backups").join(name)),
                reason: "file is not a database".to_owned(),
                records_from_log,
                log_lines_skipped: 0,
            };
            let words = recovery_words(&recovery);
            assert_eq!(
                words.say("en"),
                format!("{expected} The damaged file was kept, not deleted: /d/limber.sqlite3.damaged-20270112T101500Z")
            );
            assert_eq!(
                words.to_string(),
                words.say("en"),
                "the log says it in English"
            );
        }
        check(
            Some("limber-2027-01-11.sqlite3"),
            14,
            "Limber found its database damaged and restored the backup from Monday 11 January 2027 and the 14 records \
             saved since then. Settings changed after that backup are as they were then.",
        );
        let recovery = Recovery {
            moved_to: PathBuf::from("/d/x"),
            restored_from: Some(PathBuf::from("/d/backups/limber-2027-01-11.sqlite3")),
            reason: "file is not a database".to_owned(),
            records_from_log: 14,
            log_lines_skipped: 0,
        };
        assert_eq!(
            recovery_words(&recovery).say("de"),
            "Limber hat seine Datenbank beschädigt vorgefunden und die Sicherung vom Montag, 11. Januar 2027 \
             wiederhergestellt, dazu die 14 Einträge, die seitdem gespeichert wurden. Einstellungen, die du nach dieser \
             Sicherung geändert hast, sind wieder so wie damals. Die beschädigte Datei wurde aufbewahrt, nicht \
             gelöscht: /d/x"
        );
        check(
            Some("limber-2027-01-11-2.sqlite3"),
            1,
            "Limber found its database damaged and restored the backup from Monday 11 January 2027 and the one record \
             saved since then. Settings changed after that backup are as they were then.",
        );
        check(
            Some("limber-2027-01-11.sqlite3"),
            0,
            "Limber found its database damaged and restored the backup from Monday 11 January 2027. Settings changed \
             after that backup are as they were then.",
        );
        check(
            None,
            3,
            "Limber found its database damaged and had no good backup, so it started afresh with the 3 records \
             from its record log.",
        );
        check(
            None,
            0,
            "Limber found its database damaged and had no good backup, so it started afresh.",
        );
    }

    #[test]
    fn a_recovery_is_told_until_it_is_read_even_by_a_later_start() {
        let dir = tempfile::tempdir().unwrap();
        let paths = DataPaths::new(dir.path().join("data"));
        std::fs::create_dir_all(paths.dir()).unwrap();
        // A clean start has nothing to tell.
        let (store, pending) = open_keeping_recovery(&paths).unwrap();
        assert!(pending.is_none());
        drop(store);
        // The database is damaged (say, by a disk error) before the next start, and no backup exists yet.
        std::fs::write(
            paths.database(),
            b"this is not a SQLite database at all, only text",
        )
        .unwrap();
        let (store, pending) = open_keeping_recovery(&paths).unwrap();
        let first = pending.expect("the damage is recovered and told");
        assert!(first.moved_to.exists());
        assert_eq!(first.restored_from, None);
        drop(store);
        // The process that recovered may have had no window: the next start still tells it.
        let (store, pending) = open_keeping_recovery(&paths).unwrap();
        assert_eq!(
            pending.map(|recovery| recovery.moved_to),
            Some(first.moved_to)
        );
        forget_recovery(&store).unwrap();
        drop(store);
        let (_store, pending) = open_keeping_recovery(&paths).unwrap();
        assert!(pending.is_none());
    }
}
