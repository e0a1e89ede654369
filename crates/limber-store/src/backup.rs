//! Daily backups. It owns the backup folder's contents: self-contained SQLite copies made with
//! SQLite's online backup API (so a backup never blocks writes and never copies a half-written
//! page), at most one per UTC date, pruned to the [`BACKUPS_KEPT`] made most recently. It must
//! never delete a file in that folder that it did not name, and never trust a file name's date
//! over the order in which the backups were really made.
//!
//! # Order
//! A clock can be wrong: set to 2030 for an afternoon, or back by a day. So the order of backups
//! is not their names' dates but a sequence number the store keeps under the [`SettingKey::Backup`]
//! setting of the live database, with the instant the clock said when the backup was made. Before
//! each backup the store raises that number above every number it can see (its own and those in
//! the folder) and commits it; the copy is made after that commit, so every backup carries its
//! own number inside it. Reading it back opens the copy read-only (as immutable), so listing never
//! changes a backup.
//!
//! Backups from before this scheme (and any copy without the setting) have no number; they sort
//! after every numbered one, among themselves by their names' dates, newest first. Recovery
//! restores in that order, and pruning keeps the first [`BACKUPS_KEPT`] of it.
//!
//! # The record log
//! Each backup starts a segment of the record log numbered like it, as soon as its number is
//! committed and before the copy is made, so the records a backup misses are all in its segment or
//! later ones; pruning a backup deletes the segments older than the oldest backup kept (see
//! `record_log`).
//!
//! # When a backup is due
//! A backup is due unless one in the folder was made on today's UTC date, by the date the clock
//! gave when it was made (for a backup without a number, its name's date). A backup dated in the
//! future therefore stops nothing: today's is made beside it, and it is pruned once seven newer
//! ones exist. When the clock goes back to a date that has no backup, one is made; a date that
//! has one gets no second.
//!
//! # Names
//! A backup is named `limber-YYYY-MM-DD.sqlite3` after the UTC date it was made on, for people
//! reading the folder. If that name is taken (only a file copied in by hand can cause it, since a
//! date with a backup gets no second one), `limber-YYYY-MM-DD-N.sqlite3` with the first free N
//! from 2 is used. Only files spelled exactly so are the store's: anything else in the folder is
//! never listed, restored or deleted.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{is_damage, Result, StoreError};
use crate::migrate::SCHEMA_VERSION;
use crate::record_log;
use crate::setting_key::SettingKey;
use crate::Store;

/// How many daily backups are kept.
pub const BACKUPS_KEPT: usize = 7;

/// The settings key under which the store keeps its backup sequence number. It is the store's own
/// bookkeeping, never the person's data: it is neither exported nor imported.
const BACKUP_KEY: &str = SettingKey::Backup.name();

const PREFIX: &str = "limber-";
const SUFFIX: &str = ".sqlite3";

/// What a backup carries inside it (and the live database keeps for the latest one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct BackupRecord {
    /// Raised by one for every backup; the real order in which backups were made.
    sequence: u64,
    /// What the clock said when the backup was made (it may have been wrong).
    made_at: DateTime<Utc>,
}

/// One of the store's backups in the backup folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    /// The date in the file's name.
    pub name_day: NaiveDate,
    /// The backup's sequence number, or `None` for a backup made before backups carried one (or
    /// one whose number could not be read).
    pub sequence: Option<u64>,
    /// When the clock said the backup was made, when the backup records it.
    pub made_at: Option<DateTime<Utc>>,
    pub bytes: u64,
    /// The `N` of a `limber-YYYY-MM-DD-N.sqlite3` name (1 for the plain name), to order ties.
    copy: u32,
}

impl Backup {
    /// The UTC date the backup was made on, as the clock then said: the recorded instant's date,
    /// or the name's date for a backup that records none.
    pub fn made_on(&self) -> NaiveDate {
        self.made_at.map_or(self.name_day, |t| t.date_naive())
    }
}

/// The file name of the `copy`th backup made on `day` (1 for the plain name).
fn file_name(day: NaiveDate, copy: u32) -> String {
    let day = day.format("%Y-%m-%d");
    if copy <= 1 {
        format!("{PREFIX}{day}{SUFFIX}")
    } else {
        format!("{PREFIX}{day}-{copy}{SUFFIX}")
    }
}

/// The day and copy number a backup file name stands for, or `None` when the name is not one of
/// ours.
fn parse_file_name(name: &str) -> Option<(NaiveDate, u32)> {
    let stem = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let (date, copy) = match stem.get(10..) {
        Some("") => (stem, 1),
        Some(rest) => (stem.get(..10)?, rest.strip_prefix('-')?.parse().ok()?),
        None => return None,
    };
    // Only the canonical spelling counts, so "limber-2024-3-1.sqlite3" is not ours to prune, and
    // neither is "-1", "-02" or "-+3".
    let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    (copy >= 1 && file_name(day, copy) == name).then_some((day, copy))
}

/// The date in a backup's file name, when `name` is one of the store's backups.
pub fn backup_name_day(name: &str) -> Option<NaiveDate> {
    parse_file_name(name).map(|(day, _)| day)
}

/// Escapes a path for a SQLite `file:` URI: `%`, `?` and `#` would otherwise end the path.
fn uri_path(path: &Path) -> Option<String> {
    let text = path.to_str()?;
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    Some(out)
}

/// Reads the record a backup carries, without changing the file in any way: the copy is opened
/// read-only and as immutable, so SQLite creates no `-wal` or `-shm` file beside it. A file
/// without a record, or that cannot be read, has none.
fn read_record(path: &Path) -> Option<BackupRecord> {
    let uri = format!("file:{}?immutable=1", uri_path(path)?);
    let read = || -> rusqlite::Result<Option<String>> {
        let conn = Connection::open_with_flags(
            &uri,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [BACKUP_KEY],
            |row| row.get(0),
        )
        .optional()
    };
    match read() {
        Ok(text) => serde_json::from_str(&text?).ok(),
        Err(e) => {
            log::debug!("store: no backup record in {}: {e}", path.display());
            None
        }
    }
}

/// Our backups in `dir`, in the order they were made, most recent first (see the module's
/// documentation). A missing folder holds no backups.
pub fn backups(dir: &Path) -> Result<Vec<Backup>> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io("could not list backups in", dir, e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| StoreError::io("could not list backups in", dir, e))?;
        let Some((name_day, copy)) = entry.file_name().to_str().and_then(parse_file_name) else {
            continue;
        };
        // Only plain files: a folder or a pipe named like a backup is not ours.
        let Ok(meta) = fs::metadata(entry.path()) else {
            continue;
        };
        if !meta.is_file() {
            continue;
        }
        let path = entry.path();
        let record = read_record(&path);
        found.push(Backup {
            name_day,
            sequence: record.map(|r| r.sequence),
            made_at: record.map(|r| r.made_at),
            bytes: meta.len(),
            copy,
            path,
        });
    }
    found.sort_by(|a, b| {
        // Numbered backups first, highest number first; then by name, newest date first.
        b.sequence
            .is_some()
            .cmp(&a.sequence.is_some())
            .then(b.sequence.cmp(&a.sequence))
            .then(b.name_day.cmp(&a.name_day))
            .then(b.copy.cmp(&a.copy))
    });
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

/// Checks a database file without changing it, except that a write cut off in rollback-journal mode is
/// rolled back as SQLite itself would at any read-write open. Only damage is reported as [`Health::Damaged`];
/// errors that say nothing about the file (it is locked, we may not read it) are returned as
/// errors, because they must never make us move a good database aside.
pub(crate) fn inspect(path: &Path) -> Result<Health> {
    fs::metadata(path).map_err(|e| StoreError::io("could not read", path, e))?;
    let checked = match check(path) {
        Err(e) if is_hot_journal(&e) => {
            // A write was cut off (a crash, a kill, a power cut) while the file was in rollback-journal
            // mode, which it is only for a moment: when it is first created, before it turns to WAL.
            // SQLite's own crash recovery rolls the journal back at the next read-write open; a
            // read-only connection cannot, and would fail the same way at every start.
            log::warn!(
                "store: {} has an interrupted write in its rollback journal; rolling it back",
                path.display()
            );
            roll_back_hot_journal(path).and_then(|()| check(path))
        }
        other => other,
    };
    match checked {
        Ok(health) => Ok(health),
        Err(e) if is_damage(&e) => Ok(Health::Damaged(e.to_string())),
        Err(e) => Err(StoreError::Sqlite(e)),
    }
}

/// The check of [`inspect`].
fn check(path: &Path) -> rusqlite::Result<Health> {
    // SQLite treats an empty file as a valid empty database, but every database we write has a
    // schema, so an empty file means it was truncated (or never written; see `open_or_recover`).
    if fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return Ok(Health::Damaged("the file is empty".to_owned()));
    }
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
}

/// Whether SQLite refused to read because a hot rollback journal waits to be rolled back and the
/// connection may not write (`SQLITE_READONLY_ROLLBACK`).
fn is_hot_journal(e: &rusqlite::Error) -> bool {
    e.sqlite_error()
        .is_some_and(|e| e.extended_code == rusqlite::ffi::SQLITE_READONLY_ROLLBACK)
}

/// Opens `path` for writing only long enough for SQLite to roll back its hot journal: the first
/// read does it. No pragma is set, so the file keeps the journal mode it has.
fn roll_back_hot_journal(path: &Path) -> rusqlite::Result<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_query_value(None, "user_version", |row| row.get::<_, u32>(0))?;
    Ok(())
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
    /// Takes today's backup into `dir` unless one made on `now`'s UTC date is there (see the
    /// module's documentation), then deletes all but the [`BACKUPS_KEPT`] made most recently.
    /// Returns the new backup's path, or `None` when it was not due.
    ///
    /// The backup is written under a temporary name, switched to a single-file journal mode,
    /// checked with `PRAGMA integrity_check` and only then renamed into place, so a file named
    /// like a backup is always a complete, readable database.
    pub fn backup_if_due(&self, now: DateTime<Utc>, dir: &Path) -> Result<Option<PathBuf>> {
        let today = now.date_naive();
        let existing = backups(dir)?;
        if existing.iter().any(|b| b.made_on() == today) {
            return Ok(None);
        }
        fs::create_dir_all(dir)
            .map_err(|e| StoreError::io("could not create the folder", dir, e))?;
        // A name is free when nothing at all has it, not even a dangling link.
        let Some(path) = (1..=u32::MAX)
            .map(|copy| dir.join(file_name(today, copy)))
            .find(|p| fs::symlink_metadata(p).is_err())
        else {
            return Err(StoreError::Rejected(format!(
                "no free backup name is left in {}",
                dir.display()
            )));
        };
        let highest = existing.iter().filter_map(|b| b.sequence).max();
        let sequence = self.number_next_backup(now, highest)?;
        // The records made from now on go to this backup's log segment (or a later one), so a
        // record the copy misses is never in an older segment.
        let log = record_log::dir_for(&self.path);
        if let Err(e) = record_log::start_segment(&log, sequence) {
            log::warn!(
                "store: could not start the record log segment for backup {sequence} in {}: {e}",
                log.display()
            );
        }
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
        let mut kept = backups(dir)?;
        let pruned = kept.split_off(kept.len().min(BACKUPS_KEPT));
        for old in &pruned {
            fs::remove_file(&old.path)
                .map_err(|e| StoreError::io("could not delete the old backup", &old.path, e))?;
        }
        // Once backups are pruned, the log segments older than every kept backup can no longer be
        // needed: restoring any kept backup replays from its own segment on. Until then they are
        // kept, so that even with every backup damaged the log rebuilds all. A kept backup without
        // a number would replay every segment, so then none goes.
        let oldest = kept
            .iter()
            .map(|b| b.sequence)
            .collect::<Option<Vec<u64>>>();
        let oldest = oldest.filter(|_| !pruned.is_empty());
        if let Some(oldest) = oldest.and_then(|numbers| numbers.into_iter().min()) {
            match record_log::prune(&log, oldest) {
                Ok(0) => {}
                Ok(n) => {
                    log::info!("store: deleted {n} record log segments older than backup {oldest}")
                }
                Err(e) => log::warn!(
                    "store: could not prune the record log in {}: {e}",
                    log.display()
                ),
            }
        }
        Ok(Some(path))
    }

    /// Raises the backup sequence number above both the live database's and `highest` (the
    /// highest in the folder) and commits it with `now`, so the copy made next carries it. A
    /// number used by a backup that then fails is simply skipped: only the order matters. Returns
    /// the number.
    fn number_next_backup(&self, now: DateTime<Utc>, highest: Option<u64>) -> Result<u64> {
        let tx = self.write()?;
        let kept = live_sequence(&tx)?;
        let sequence = kept.max(highest).unwrap_or(0).saturating_add(1);
        let record = serde_json::to_string(&BackupRecord {
            sequence,
            made_at: now,
        })?;
        tx.prepare_cached(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )?
        .execute((BACKUP_KEY, record))
        .map_err(crate::error::on_write)?;
        tx.commit()?;
        Ok(sequence)
    }
}

/// The sequence number of the backup the database at `conn` was last numbered for (the live
/// database's, or the one a backup copy carries), if any.
pub(crate) fn live_sequence(conn: &Connection) -> Result<Option<u64>> {
    let kept: Option<String> = conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([BACKUP_KEY], |row| row.get(0))
        .optional()?;
    Ok(kept
        .and_then(|text| serde_json::from_str::<BackupRecord>(&text).ok())
        .map(|r| r.sequence))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each row: a file name, and the day and copy number it stands for when it is one of our
    /// backups.
    #[test]
    fn backup_file_names() {
        fn check(name: &str, expected: Option<(&str, u32)>) {
            let expected =
                expected.map(|(d, n)| (NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap(), n));
            assert_eq!(parse_file_name(name), expected, "{name}");
            if let Some((day, copy)) = expected {
                assert_eq!(file_name(day, copy), name);
            }
        }
        check("limber-2024-03-01.sqlite3", Some(("2024-03-01", 1)));
        check("limber-2024-02-29.sqlite3", Some(("2024-02-29", 1)));
        check("limber-2024-03-01-2.sqlite3", Some(("2024-03-01", 2)));
        check("limber-2024-03-01-17.sqlite3", Some(("2024-03-01", 17)));
        check("limber-2024-03-01-1.sqlite3", None);
        check("limber-2024-03-01-0.sqlite3", None);
        check("limber-2024-03-01-02.sqlite3", None);
        check("limber-2024-03-01-+3.sqlite3", None);
        check("limber-2024-03-01-.sqlite3", None);
        check("limber-2024-03-01x.sqlite3", None);
        check("limber-2023-02-29.sqlite3", None);
        check("limber-2024-3-1.sqlite3", None);
        check("limber-2024-03-01.sqlite3.partial", None);
        check("limber-2024-03-01.sqlite3-wal", None);
        check("limber.sqlite3", None);
        check("limber-.sqlite3", None);
        check("notes-2024-03-01.sqlite3", None);
        check("limber-2024-03-01.db", None);
        check("limber-2024-03-é1.sqlite3", None);
    }

    /// Each row: a path, and how it reads inside a SQLite `file:` URI.
    #[test]
    fn uri_paths() {
        fn check(path: &str, expected: &str) {
            assert_eq!(uri_path(Path::new(path)).unwrap(), expected);
        }
        check(
            "/data/backups/limber-2024-03-01.sqlite3",
            "/data/backups/limber-2024-03-01.sqlite3",
        );
        check("/a b/c", "/a b/c");
        check("/100%/x", "/100%25/x");
        check("/what?/x#y", "/what%3f/x%23y");
    }
}
