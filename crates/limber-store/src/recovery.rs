//! Start-up recovery. It owns the decision to set a damaged database aside, restore the good
//! backup made most recently and replay the record log's records saved since then into it, and the
//! report of what it did so the UI can tell the user. It must never move aside a database for any
//! reason other than damage (a lock or a permission error is not damage) and never overwrite a
//! database written by a newer Limber.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::backup::{backups, copy_atomically, inspect, live_sequence, Health};
use crate::error::{is_damage, Result, StoreError};
use crate::migrate::SCHEMA_VERSION;
use crate::record_log::{self, LogRead};
use crate::Store;

/// What [`Store::open_or_recover`] did about a damaged database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Recovery {
    /// Where the damaged file was moved (its `-wal` and `-shm` files, if any, sit beside it with
    /// those suffixes).
    pub moved_to: PathBuf,
    /// The backup that was restored, or `None` when no good backup existed and the store
    /// started empty.
    pub restored_from: Option<PathBuf>,
    /// SQLite's description of the damage, for the log and a "details" disclosure.
    pub reason: String,
    /// How many records (a session with its answers, a day's journal entry, a rest day, a custom
    /// routine) the record log brought back on top of the backup: those saved after it.
    pub records_from_log: u32,
    /// How many lines of the record log could not be replayed (a line cut by a crash, junk, a
    /// record the schema refused); each is logged with its reason.
    pub log_lines_skipped: u32,
}

/// The files SQLite keeps beside a WAL database. They belong to the main file: leaving a damaged
/// database's WAL beside a restored one would replay foreign pages into it.
const SIDECARS: [&str; 3] = ["-wal", "-shm", "-journal"];

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Renames the database and its sidecar files to `<name>.damaged-<UTC time>`, adding a counter
/// if that name is taken. Returns the new path of the main file.
fn move_aside(path: &Path) -> Result<PathBuf> {
    // The store reads the clock only here, to name a file for a human; nothing depends on it.
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let mut target = with_suffix(path, &format!(".damaged-{stamp}"));
    let mut n = 2;
    while target.exists() {
        target = with_suffix(path, &format!(".damaged-{stamp}-{n}"));
        n += 1;
    }
    fs::rename(path, &target).map_err(|e| StoreError::io("could not move aside", path, e))?;
    for suffix in SIDECARS {
        let from = with_suffix(path, suffix);
        match fs::rename(&from, with_suffix(&target, suffix)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io("could not move aside", from, e)),
        }
    }
    Ok(target)
}

/// Deletes a database we just restored and failed to open, with its sidecars.
fn remove_database(path: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let p = with_suffix(path, suffix);
        match fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io("could not remove", p, e)),
        }
    }
    Ok(())
}

impl Store {
    /// Opens the database at `path`; if it is damaged (not a SQLite file, truncated, failing
    /// `PRAGMA integrity_check`), moves it aside and restores the backup in `backup_dir` made most
    /// recently (by the order the backups carry, not their names' dates; see `backup`) that passes
    /// the same check, falling back to older ones and finally to an empty database, and replays the
    /// record log's segments from that backup on into it (see `record_log`), so the records saved
    /// since the backup come back.
    ///
    /// The replacement is built beside the database under a temporary name and renamed into place
    /// only when it is complete: a recovery that fails (a full disk) leaves the damaged file where
    /// it was, so the next start tries again instead of finding no database and starting empty.
    ///
    /// Returns `Some(Recovery)` when anything was moved. A database from a newer Limber is not
    /// damage: it is left in place and [`StoreError::NewerSchema`] is returned. Errors that say
    /// nothing about the file (a lock, missing permissions) are returned as they are.
    pub fn open_or_recover(path: &Path, backup_dir: &Path) -> Result<(Store, Option<Recovery>)> {
        let staging = with_suffix(path, ".restoring");
        if !path.exists() {
            // A recovery stopped (a crash, a power cut) between moving the damaged file aside and
            // renaming its finished replacement into place: the replacement is complete, since
            // nothing is moved aside before it is.
            if staging.exists() && matches!(inspect(&staging), Ok(Health::Good)) {
                log::warn!(
                    "store: finishing an interrupted recovery with {}",
                    staging.display()
                );
                fs::rename(&staging, path)
                    .map_err(|e| StoreError::io("could not rename to", path, e))?;
            }
            return Ok((Store::open(path)?, None));
        }
        let reason = match inspect(path)? {
            Health::Newer(found) => {
                return Err(StoreError::NewerSchema {
                    found,
                    known: SCHEMA_VERSION,
                })
            }
            Health::Good => match Store::open(path) {
                Ok(store) => return Ok((store, None)),
                Err(StoreError::Sqlite(e)) if is_damage(&e) => e.to_string(),
                Err(e) => return Err(e),
            },
            Health::Damaged(_) if never_written(path, backup_dir) => {
                // A first start cut off before anything was committed: a recovery would only build
                // the same empty database, and tell the person about damage that lost nothing. The
                // file is migrated where it is (SQLite takes an empty file for an empty database),
                // not deleted, because another Limber process may be opening it at this moment.
                log::info!(
                    "store: {} is empty and nothing was ever saved; starting it afresh",
                    path.display()
                );
                return Ok((Store::open(path)?, None));
            }
            Health::Damaged(reason) => reason,
        };
        log::warn!(
            "store: {} is damaged ({reason}); recovering",
            path.display()
        );
        // A recovery interrupted before the damaged file was moved aside left its unfinished copy:
        // it is rebuilt.
        remove_database(&staging)?;
        let log = record_log::dir_for(path);
        let rebuilt = rebuild(&staging, backup_dir, &log);
        let (restored_from, replay) = match rebuilt {
            Ok(done) => done,
            Err(e) => {
                // Nothing was moved: the damaged file stays for the next try, and the partial
                // copy goes.
                if let Err(removal) = remove_database(&staging) {
                    log::warn!("store: {removal}");
                }
                return Err(e);
            }
        };
        let moved_to = move_aside(path)?;
        fs::rename(&staging, path).map_err(|e| StoreError::io("could not rename to", path, e))?;
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            if let Err(e) = record_log::sync_dir(folder) {
                log::warn!(
                    "store: could not flush the folder {}: {e}",
                    folder.display()
                );
            }
        }
        let store = Store::open(path)?;
        match &restored_from {
            Some(backup) => log::warn!(
                "store: restored {} and {} records from the record log",
                backup.display(),
                replay.records
            ),
            None => log::warn!(
                "store: no usable backup; started afresh with {} records from the record log",
                replay.records
            ),
        }
        Ok((
            store,
            Some(Recovery {
                moved_to,
                restored_from,
                reason,
                records_from_log: replay.records,
                log_lines_skipped: replay.skipped,
            }),
        ))
    }
}

/// Whether `path` is an empty file with nothing beside it that could hold a record: no WAL with
/// frames, no backup and no line in the record log. Then it never held anything.
fn never_written(path: &Path, backup_dir: &Path) -> bool {
    let empty = |p: &Path| match fs::metadata(p) {
        Ok(meta) => meta.len() == 0,
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    };
    empty(path)
        && empty(&with_suffix(path, "-wal"))
        && backups(backup_dir).is_ok_and(|found| found.is_empty())
        && record_log::read(&record_log::dir_for(path), None)
            .is_ok_and(|read| read.entries.is_empty() && read.skipped.is_empty())
}

/// What the replay into a restored database did.
#[derive(Debug, Default)]
struct Replay {
    records: u32,
    skipped: u32,
}

/// Builds the replacement database at `staging`: the newest good backup in `backup_dir` (or an
/// empty database when none is), with the record log in `log` replayed into it, closed and in a
/// single file. Returns the backup used.
fn rebuild(staging: &Path, backup_dir: &Path, log: &Path) -> Result<(Option<PathBuf>, Replay)> {
    for backup in backups(backup_dir)? {
        match inspect(&backup.path) {
            Ok(Health::Good) => {}
            other => {
                log::warn!(
                    "store: skipping backup {}: {other:?}",
                    backup.path.display()
                );
                continue;
            }
        }
        copy_atomically(&backup.path, staging)?;
        match Store::open(staging) {
            Ok(store) => {
                // The number the copy carries is the one it was made under, and so the first
                // segment holding what it misses (see `record_log`).
                let from = live_sequence(&store.conn)?;
                let replay = replay_into(store, log, from)?;
                return Ok((Some(backup.path), replay));
            }
            Err(e) => {
                log::warn!(
                    "store: could not open backup {}: {e}",
                    backup.path.display()
                );
                remove_database(staging)?;
            }
        }
    }
    let store = Store::open(staging)?;
    let replay = replay_into(store, log, None)?;
    Ok((None, replay))
}

/// Replays the log's segments numbered `from` or higher (all for `None`) into `store` in one
/// transaction, then closes it as a single file (no `-wal` beside it) so it can be renamed.
fn replay_into(store: Store, log: &Path, from: Option<u64>) -> Result<Replay> {
    let read = record_log::read(log, from).unwrap_or_else(|e| {
        log::warn!(
            "store: the record log in {} could not be read: {e}",
            log.display()
        );
        LogRead::default()
    });
    for skipped in &read.skipped {
        log::warn!(
            "store: record log {} line {} skipped: {}",
            skipped.segment.display(),
            skipped.line,
            skipped.reason
        );
    }
    let tx = store.write()?;
    let replayed = record_log::replay(&tx, &read.entries)?;
    tx.commit()?;
    for why in &replayed.refused {
        log::warn!("store: a record log line was refused: {why}");
    }
    // Leaving WAL mode checkpoints the WAL into the main file and deletes it, so the one file
    // renamed into place holds everything.
    let mode: String =
        store
            .conn
            .pragma_update_and_check(None, "journal_mode", "DELETE", |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(StoreError::Rejected(format!(
            "the restored database stayed in journal mode {mode}"
        )));
    }
    drop(store);
    let skipped = read.skipped.len() + replayed.refused.len();
    Ok(Replay {
        records: replayed.records,
        skipped: u32::try_from(skipped).unwrap_or(u32::MAX),
    })
}
