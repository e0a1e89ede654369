//! Limber's SQLite persistence. This crate owns the database file: opening it safely (WAL,
//! foreign keys, durable commits), migrating its schema forward, and reading and writing the
//! facts the user produced (sessions, journal entries, settings, rest days, reminder bookkeeping,
//! custom routines), plus backups, recovery and export/import. It must never compute anything
//! derived from those facts (streaks, scores, schedules belong to `limber-core`), never read the
//! clock for anything but naming files, and never ship a change to an existing migration.

mod backup;
mod custom_routine;
mod error;
mod export;
mod history;
mod import;
mod journal;
mod migrate;
mod policy;
mod recovery;
mod reminder;
mod rest_day;
mod session;
mod settings;
mod sql;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, Transaction, TransactionBehavior};

pub use backup::{backup_name_day, backups, Backup, BACKUPS_KEPT, BACKUP_KEY};
pub use custom_routine::CustomRoutineRecord;
pub use error::{Result, StoreError};
pub use export::{ExportDocument, EXPORT_FORMAT, EXPORT_VERSION};
pub use history::History;
pub use import::{
    ImportError, ImportProblem, ImportReport, IMPORT_MAX_BYTES, PROBLEMS_LISTED, ROUTINE_MAX_BYTES,
    VALUE_MAX_BYTES,
};
pub use journal::JournalRecord;
pub use migrate::SCHEMA_VERSION;
pub use policy::{ImportedFile, SettingKind, SettingProblem, SettingsPolicy};
pub use recovery::Recovery;
pub use reminder::{ReminderOccurrence, ReminderState};
pub use rest_day::RestDay;
pub use session::SessionRecord;

/// How long a statement waits for another connection's lock before giving up. Backups and a
/// second window of the app are the only other users, so a few seconds is plenty.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open Limber database. Every write method runs in its own transaction and returns only
/// after the commit is on disk.
///
/// `Store` is `Send` but not `Sync`: the shell keeps it behind a mutex.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, creating its parent folders, and
    /// migrates it to [`SCHEMA_VERSION`].
    ///
    /// Fails with [`StoreError::NewerSchema`] when a newer Limber made the file; the file is then
    /// left untouched. A damaged file fails with [`StoreError::Sqlite`]; at start-up use
    /// [`Store::open_or_recover`], which repairs that case from a backup.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|e| StoreError::io("could not create the folder", parent, e))?;
        }
        let mut conn = connect(path)?;
        migrate::migrate(&mut conn)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// The file this store was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open database (always [`SCHEMA_VERSION`] after `open`).
    pub fn schema_version(&self) -> Result<u32> {
        migrate::schema_version(&self.conn)
    }

    /// Starts a write transaction. It is immediate so the write lock is taken up front: a
    /// deferred transaction that later needs to upgrade its lock can fail with "busy" even
    /// with a busy timeout.
    /// A number that changes whenever another connection (another Limber process, `limber import`)
    /// commits to the database; this connection's own commits leave it alone (SQLite's
    /// `PRAGMA data_version`). A long-running process compares it between looks to notice outside changes.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |row| row.get(0))?)
    }

    fn write(&self) -> Result<Transaction<'_>> {
        Ok(Transaction::new_unchecked(
            &self.conn,
            TransactionBehavior::Immediate,
        )?)
    }
}

/// Opens a connection with the settings every Limber connection needs.
///
/// WAL lets the dashboard read while a session is being written. `synchronous = FULL` makes each
/// commit wait for an fsync of the WAL: with NORMAL a commit survives a crash of the app but can
/// be lost on power failure or an OS crash, and a session the user saw acknowledged must survive
/// both. We write a handful of rows a day, so the fsync costs nothing noticeable.
fn connect(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Switching to WAL rewrites the file header, so a database from a newer Limber is refused
    // before any pragma touches it.
    migrate::refuse_newer(&conn)?;
    let mode: String =
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        log::warn!("store: journal mode is {mode}, not WAL");
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each row: a per-connection pragma and the value every store connection must have. These
    /// are not stored in the file, so only the open connection can show them.
    #[test]
    fn connection_pragmas() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
        let check = |pragma: &str, expected: i64| {
            let value: i64 = store
                .conn
                .pragma_query_value(None, pragma, |row| row.get(0))
                .unwrap();
            assert_eq!(value, expected, "{pragma}");
        };
        // FULL is 2: an acknowledged commit has been fsynced.
        check("synchronous", 2);
        check("foreign_keys", 1);
        check("busy_timeout", 5000);
    }
}
