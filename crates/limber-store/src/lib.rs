//! Limber's SQLite persistence. This crate owns the database file: opening it safely (WAL,
//! foreign keys, durable commits), migrating its schema forward, and reading and writing the
//! facts the user produced (sessions, journal entries, settings, rest days, reminder bookkeeping,
//! custom routines), plus the record log (a second, append-only copy of what a person saves),
//! backups, recovery and export/import. It must never compute anything
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
mod record;
mod record_log;
mod recovery;
mod reminder;
mod rest_day;
mod session;
mod setting_key;
mod settings;
mod sql;
mod sync;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior, MAIN_DB};

pub use backup::{backup_name_day, backups, Backup, BACKUPS_KEPT};
pub use error::{cause, explain, Result, StoreError};
pub use export::{ExportDocument, EXPORT_FORMAT, EXPORT_VERSION};
pub use history::History;
pub use import::{
    ImportError, ImportProblem, ImportReport, IMPORT_MAX_BYTES, PROBLEMS_LISTED, ROUTINE_MAX_BYTES,
    VALUE_MAX_BYTES,
};
pub use migrate::SCHEMA_VERSION;
pub use policy::{ImportedFile, SettingKind, SettingProblem, SettingsPolicy};
pub use record::{CustomRoutineRecord, JournalRecord, RestDay, SessionRecord};
pub use recovery::Recovery;
pub use reminder::{ReminderOccurrence, ReminderState};
pub use setting_key::{Setting, SettingKey};
pub use sync::{IncomingFile, PassReport, SyncDevice};

/// The folder of the record log kept beside the database at `database` (see the store's README
/// section on backups): `<database file name>.records/`.
pub fn record_log_dir(database: &Path) -> PathBuf {
    record_log::dir_for(database)
}

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
    /// Opened only to read, because the file could not be opened for writing (see
    /// [`Store::open_read_only`] and [`Store::empty_read_only`]); every write fails.
    read_only: bool,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, creating its parent folders, and
    /// migrates it to [`SCHEMA_VERSION`].
    ///
    /// Fails with [`StoreError::NewerSchema`] when a newer Limber made the file; the file is then
    /// left untouched. A damaged file fails with [`StoreError::Sqlite`]; at start-up use
    /// [`Store::open_or_recover`], which repairs that case from a backup.
    ///
    /// On a full disk or in a read-only folder the error is [`StoreError::DiskFull`] or
    /// [`StoreError::ReadOnly`] (see [`explain`]), and a database file this call created is removed
    /// again, so the next start does not find an empty file and take it for a damaged one.
    pub fn open(path: &Path) -> Result<Store> {
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(folder).map_err(|e| {
            explain(
                StoreError::io("could not create the folder", folder, e),
                folder,
            )
        })?;
        let existed = path.exists();
        let opened = connect(path).and_then(|mut conn| {
            migrate::migrate(&mut conn)?;
            Ok(conn)
        });
        match opened {
            Ok(conn) => Ok(Store {
                conn,
                path: path.to_path_buf(),
                read_only: false,
            }),
            Err(err) => {
                if !existed {
                    remove_new_empty_file(path);
                }
                Err(explain(err, folder))
            }
        }
    }

    /// Opens the database at `path` for reading only, for when [`Store::open`] failed because
    /// the disk is full or the folder read-only: the person can still see their history. A
    /// database in WAL mode needs its shared-memory file, which a full or read-only disk may not
    /// let SQLite create; then the file is opened as immutable, which reads what the main file
    /// holds (commits still waiting in the WAL file show once the store can be opened again).
    /// The schema is not migrated. Every write fails with [`StoreError::ReadOnly`].
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.is_file() {
            return Err(StoreError::io(
                "could not read",
                path,
                std::io::Error::from(std::io::ErrorKind::NotFound),
            ));
        }
        let plain = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .and_then(readable);
        let conn = match plain {
            Ok(conn) => conn,
            Err(error) => {
                log::debug!("store: read-only open failed ({error}); trying it as immutable");
                Connection::open_with_flags(
                    immutable_uri(path),
                    OpenFlags::SQLITE_OPEN_READ_ONLY
                        | OpenFlags::SQLITE_OPEN_URI
                        | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )
                .and_then(readable)?
            }
        };
        conn.busy_timeout(BUSY_TIMEOUT)?;
        migrate::refuse_newer(&conn)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            read_only: true,
        })
    }

    /// An empty database in memory that refuses every write, for when the file cannot be read
    /// at all: the app can still start and say what is wrong. `path` is where the real database
    /// lives, for messages.
    pub fn empty_read_only(path: &Path) -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        migrate::migrate(&mut conn)?;
        conn.pragma_update(None, "query_only", true)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            read_only: true,
        })
    }

    /// Whether this store can only read (opened with [`Store::open_read_only`] or
    /// [`Store::empty_read_only`], or a file SQLite itself could only open for reading).
    pub fn is_read_only(&self) -> bool {
        self.read_only || self.conn.is_readonly(MAIN_DB).unwrap_or(true)
    }

    /// SQLite's `PRAGMA integrity_check` report: "ok", or its first findings joined by "; ".
    pub fn integrity_check(&self) -> Result<String> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let report = stmt
            .query_map([], |row| row.get::<_, String>(0))?
            .take(3)
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(report.join("; "))
    }

    /// Commits a transaction that changes nothing, to learn whether the database can be written
    /// now: it rewrites the schema version in place, which appends a page to the WAL and syncs it
    /// as any save does. Fails with [`StoreError::DiskFull`] or [`StoreError::ReadOnly`] when a
    /// save would.
    pub fn check_writable(&self) -> Result<()> {
        let tx = self.write()?;
        let version = migrate::schema_version(&tx)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        Ok(())
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

    /// How many rows this connection has changed since it was opened: with [`Store::data_version`] (other
    /// connections' commits) it tells a long-running process that anything at all was written.
    pub fn rows_changed_here(&self) -> u64 {
        self.conn.total_changes()
    }

    fn write(&self) -> Result<Transaction<'_>> {
        // Refused before any statement runs: a file opened as immutable may show an older schema than
        // the WAL holds, and a write must wait for the store to reopen, never fail as if the record
        // itself were wrong.
        if self.read_only {
            return Err(StoreError::ReadOnly {
                detail: "the database is open for reading only".to_owned(),
            });
        }
        Ok(Transaction::new_unchecked(
            &self.conn,
            TransactionBehavior::Immediate,
        )?)
    }

    /// Commits a write that made `entry`, after adding it to the record log (see `record_log`): the
    /// line is appended and flushed while the transaction still holds the write lock, so the log's
    /// order is the commits' order. A failed append is logged and the commit goes on, because the
    /// record is then still saved in the database.
    fn commit_logged(&self, tx: Transaction<'_>, entry: Option<record::Entry>) -> Result<()> {
        if let Some(entry) = entry {
            let dir = record_log::dir_for(&self.path);
            let appended = backup::live_sequence(&tx)
                .map_err(|e| std::io::Error::other(e.to_string()))
                .and_then(|live| record_log::append(&dir, live.unwrap_or(0), &entry));
            if let Err(e) = appended {
                log::warn!(
                    "store: the record could not be added to the record log in {} ({e}); it is \
                     saved in the database",
                    dir.display()
                );
            }
        }
        tx.commit()?;
        Ok(())
    }
}

/// A read-only connection is only useful if it can read the schema; opening alone checks nothing.
fn readable(conn: Connection) -> rusqlite::Result<Connection> {
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
        row.get::<_, i64>(0)
    })?;
    Ok(conn)
}

/// The `file:` URI that opens `path` as immutable. Characters that mean something in a URI are
/// escaped so any folder name works.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// Removes the empty database file (and its WAL files) that a failed first open left behind.
/// A file with content is never touched.
fn remove_new_empty_file(path: &Path) {
    let empty = std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
    if !empty {
        return;
    }
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
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

    #[test]
    fn immutable_uris_escape_what_a_uri_reserves() {
        fn check(path: &str, expected: &str) {
            assert_eq!(immutable_uri(Path::new(path)), expected, "{path}");
        }
        check("/d/limber.sqlite3", "file:/d/limber.sqlite3?immutable=1");
        check(
            "/d/50%/a?b#c.sqlite3",
            "file:/d/50%25/a%3fb%23c.sqlite3?immutable=1",
        );
        check("/d/с пробелом/x", "file:/d/с пробелом/x?immutable=1");
    }

    /// Issue 15, fault 9: a store that can only read says so and refuses every write with the
    /// read-only error, never by pretending to save.
    #[test]
    fn read_only_stores_refuse_writes_and_say_why() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("limber.sqlite3");
        let store = Store::open(&path).unwrap();
        assert!(!store.is_read_only());
        store.check_writable().unwrap();
        store
            .set_setting(SettingKey::Onboarding, &serde_json::json!("dark"))
            .unwrap();
        drop(store);

        let reading = Store::open_read_only(&path).unwrap();
        let empty = Store::empty_read_only(&path).unwrap();
        assert_eq!(
            reading.setting(SettingKey::Onboarding).unwrap(),
            Some(serde_json::json!("dark"))
        );
        assert_eq!(empty.setting(SettingKey::Onboarding).unwrap(), None);
        for store in [&reading, &empty] {
            assert!(store.is_read_only());
            for result in [
                store.check_writable(),
                store.set_setting(SettingKey::Onboarding, &serde_json::json!("light")),
            ] {
                let error = result.unwrap_err();
                assert!(matches!(error, StoreError::ReadOnly { .. }), "{error:?}");
                assert!(error.is_transient());
            }
        }
        assert!(Store::open_read_only(&dir.path().join("missing.sqlite3")).is_err());
        assert!(!dir.path().join("missing.sqlite3").exists());
    }
}
