//! Start-up recovery. It owns the decision to set a damaged database aside and restore the good
//! backup made most recently, and the report of what it did so the UI can tell the user. It must
//! never move aside a database for any reason other than damage (a lock or a permission error is
//! not damage) and never overwrite a database written by a newer Limber.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::backup::{backups, copy_atomically, inspect, Health};
use crate::error::{is_damage, Result, StoreError};
use crate::migrate::SCHEMA_VERSION;
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
    /// the same check, falling back to older ones and finally to an empty database.
    ///
    /// Returns `Some(Recovery)` when anything was moved. A database from a newer Limber is not
    /// damage: it is left in place and [`StoreError::NewerSchema`] is returned. Errors that say
    /// nothing about the file (a lock, missing permissions) are returned as they are.
    pub fn open_or_recover(path: &Path, backup_dir: &Path) -> Result<(Store, Option<Recovery>)> {
        if !path.exists() {
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
            Health::Damaged(reason) => reason,
        };
        log::warn!(
            "store: {} is damaged ({reason}); recovering",
            path.display()
        );
        let moved_to = move_aside(path)?;
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
            copy_atomically(&backup.path, path)?;
            match Store::open(path) {
                Ok(store) => {
                    log::warn!("store: restored {}", backup.path.display());
                    let recovery = Recovery {
                        moved_to,
                        restored_from: Some(backup.path),
                        reason,
                    };
                    return Ok((store, Some(recovery)));
                }
                Err(e) => {
                    log::warn!(
                        "store: could not open backup {}: {e}",
                        backup.path.display()
                    );
                    remove_database(path)?;
                }
            }
        }
        log::warn!("store: no usable backup; starting with an empty database");
        let store = Store::open(path)?;
        Ok((
            store,
            Some(Recovery {
                moved_to,
                restored_from: None,
                reason,
            }),
        ))
    }
}
