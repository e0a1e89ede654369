//! Daily backups. It owns the backup folder's contents: one self-contained SQLite copy per UTC
//! date, named `limber-YYYY-MM-DD.sqlite3`, made with SQLite's online backup API (so a backup
//! never blocks writes and never copies a half-written page) and pruned to the last seven. It must
//! never delete a file in that folder that it did not name.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OpenFlags};

use crate::error::{is_damage, Result, StoreError};
use crate::migrate::SCHEMA_VERSION;
use crate::Store;

/// How many daily backups are kept.
pub const BACKUPS_KEPT: usize = 7;

const PREFIX: &str = "limber-";
const SUFFIX: &str = ".sqlite3";

/// A backup file found in the backup folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BackupFile {
    pub(crate) day: NaiveDate,
    pub(crate) path: PathBuf,
}

/// The file name of the backup taken on `day`.
pub(crate) fn file_name(day: NaiveDate) -> String {
    format!("{PREFIX}{}{SUFFIX}", day.format("%Y-%m-%d"))
}

/// The day a backup file name stands for, or `None` when the name is not one of ours.
fn parse_file_name(name: &str) -> Option<NaiveDate> {
    let date = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    // Only the canonical spelling counts, so "limber-2024-3-1.sqlite3" is not ours to prune.
    let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    (file_name(day) == name).then_some(day)
}

/// Our backups in `dir`, newest first. A missing folder holds no backups.
pub(crate) fn list(dir: &Path) -> Result<Vec<BackupFile>> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io("could not list backups in", dir, e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| StoreError::io("could not list backups in", dir, e))?;
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        if let Some(day) = parse_file_name(&name) {
            found.push(BackupFile {
                day,
                path: entry.path(),
            });
        }
    }
    found.sort_by_key(|b| std::cmp::Reverse(b.day));
    Ok(found)
}

/// What [`inspect`] found out about a database file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Health {
    /// A SQLite database that passes `PRAGMA integrity_check`, at a schema version we know.
    Good,
    /// Written by a newer Limber; it must not be overwritten.
    Newer(u32),
    /// Not usable, with SQLite's words for why.
    Damaged(String),
}

/// Checks a database file without changing it. Only damage is reported as [`Health::Damaged`];
/// errors that say nothing about the file (it is locked, we may not read it) are returned as
/// errors, because they must never make us move a good database aside.
pub(crate) fn inspect(path: &Path) -> Result<Health> {
    let len = fs::metadata(path)
        .map_err(|e| StoreError::io("could not read", path, e))?
        .len();
    // SQLite treats an empty file as a valid empty database, but every database we write has a
    // schema, so an empty file means it was truncated.
    if len == 0 {
        return Ok(Health::Damaged("the file is empty".to_owned()));
    }
    let checked = (|| -> rusqlite::Result<Health> {
        // Read-only, because closing a read-write connection may checkpoint or delete a WAL
        // file, and the evidence of a damaged database must be moved aside as it was found.
        // A read-only connection still sees commits that are only in the WAL.
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if version > SCHEMA_VERSION {
            return Ok(Health::Newer(version));
        }
        let mut stmt = conn.prepare("PRAGMA integrity_check")?;
        let report = stmt
            .query_map([], |row| row.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if report == ["ok"] {
            Ok(Health::Good)
        } else {
            let first: Vec<String> = report.into_iter().take(3).collect();
            Ok(Health::Damaged(format!(
                "integrity check failed: {}",
                first.join("; ")
            )))
        }
    })();
    match checked {
        Ok(health) => Ok(health),
        Err(e) if is_damage(&e) => Ok(Health::Damaged(e.to_string())),
        Err(e) => Err(StoreError::Sqlite(e)),
    }
}

/// Flushes a file's contents to disk so a rename that follows cannot expose an empty file after
/// a power cut.
fn sync_file(path: &Path) -> Result<()> {
    fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| StoreError::io("could not flush", path, e))
}

/// Copies `from` to `to` through a temporary name and a rename, so `to` is either the old file
/// or the complete new one.
pub(crate) fn copy_atomically(from: &Path, to: &Path) -> Result<()> {
    let partial = partial_path(to);
    fs::copy(from, &partial).map_err(|e| StoreError::io("could not copy to", &partial, e))?;
    sync_file(&partial)?;
    fs::rename(&partial, to).map_err(|e| StoreError::io("could not rename to", to, e))
}

fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

impl Store {
    /// Takes today's backup into `dir` unless one for `now`'s UTC date exists, then deletes all
    /// but the newest [`BACKUPS_KEPT`] backups. Returns the new backup's path, or `None` when it
    /// was not due.
    ///
    /// The backup is written under a temporary name, switched to a single-file journal mode,
    /// checked with `PRAGMA integrity_check` and only then renamed into place, so a file named
    /// like a backup is always a complete, readable database.
    pub fn backup_if_due(&self, now: DateTime<Utc>, dir: &Path) -> Result<Option<PathBuf>> {
        let today = now.date_naive();
        let existing = list(dir)?;
        if existing.iter().any(|b| b.day >= today) {
            return Ok(None);
        }
        fs::create_dir_all(dir)
            .map_err(|e| StoreError::io("could not create the folder", dir, e))?;
        let path = dir.join(file_name(today));
        let partial = partial_path(&path);
        match fs::remove_file(&partial) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io("could not remove", &partial, e)),
        }
        self.conn.backup(
            rusqlite::MAIN_DB,
            &partial,
            None::<fn(rusqlite::backup::Progress)>,
        )?;
        {
            // The copy inherits WAL mode; a backup must be one file that can be copied alone.
            let copy = Connection::open(&partial)?;
            copy.pragma_update(None, "journal_mode", "DELETE")?;
        }
        match inspect(&partial)? {
            Health::Good => {}
            Health::Newer(found) => {
                return Err(StoreError::NewerSchema {
                    found,
                    known: SCHEMA_VERSION,
                })
            }
            Health::Damaged(detail) => {
                return Err(StoreError::Damaged {
                    path: partial,
                    detail,
                })
            }
        }
        sync_file(&partial)?;
        fs::rename(&partial, &path).map_err(|e| StoreError::io("could not rename to", &path, e))?;
        log::info!("store: backed up to {}", path.display());
        for old in list(dir)?.into_iter().skip(BACKUPS_KEPT) {
            fs::remove_file(&old.path)
                .map_err(|e| StoreError::io("could not delete the old backup", &old.path, e))?;
        }
        Ok(Some(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each row: a file name, and the day it stands for when it is one of our backups.
    #[test]
    fn backup_file_names() {
        fn check(name: &str, expected: Option<&str>) {
            let expected = expected.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
            assert_eq!(parse_file_name(name), expected, "{name}");
        }
        check("limber-2024-03-01.sqlite3", Some("2024-03-01"));
        check("limber-2024-02-29.sqlite3", Some("2024-02-29"));
        check("limber-2023-02-29.sqlite3", None);
        check("limber-2024-3-1.sqlite3", None);
        check("limber-2024-03-01.sqlite3.partial", None);
        check("limber-2024-03-01.sqlite3-wal", None);
        check("limber.sqlite3", None);
        check("notes-2024-03-01.sqlite3", None);
        check("limber-2024-03-01.db", None);
    }
}
