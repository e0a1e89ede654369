//! The store's error type. It owns the description of everything that can go wrong while
//! persisting; it must never hide an SQLite error that callers need to react to (a newer schema,
//! a damaged file) behind a generic message. A full disk and a read-only folder get their own
//! cases, because the shell must tell a person about them in plain words and keep what could not
//! be written.

use std::io::Write;
use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

/// Everything that can fail while opening, reading or writing the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file-system operation around the database failed (creating folders, moving files).
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// SQLite reported an error that is not one of the more specific cases below.
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    /// The disk that holds the database has no room left, so nothing could be written. SQLite
    /// says "database or disk is full", or "disk I/O error" when it could not even size its
    /// shared-memory file at open; `detail` keeps its words for the log.
    #[error("the disk that holds Limber's data is full ({detail})")]
    DiskFull { detail: String },
    /// The database or its folder may not be written (a read-only disk or mount, or a folder the
    /// user may not write to). SQLite says "attempt to write a readonly database" or "unable to
    /// open database file".
    #[error("Limber's data folder is read-only ({detail})")]
    ReadOnly { detail: String },
    /// The database was written by a newer Limber; it is left untouched so that version can
    /// still read it.
    #[error(
        "this database was made by a newer Limber (schema version {found}, this version knows up \
         to {known}); please update Limber"
    )]
    NewerSchema { found: u32, known: u32 },
    /// The file is not a readable SQLite database, or it failed an integrity check.
    #[error("the database {path} is damaged: {detail}")]
    Damaged { path: PathBuf, detail: String },
    /// A record broke one of the schema's rules (a range, a date format, a duplicate key).
    #[error("the record was rejected: {0}")]
    Rejected(String),
    /// A JSON value could not be encoded or a stored one could not be decoded.
    #[error("JSON error: {0}")]
    Json(#[from] serde_json::Error),
}

impl StoreError {
    /// Wraps an IO error with what we were doing and where, so the message is actionable.
    pub(crate) fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
        source: std::io::Error,
    ) -> Self {
        StoreError::Io {
            action,
            path: path.into(),
            source,
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    /// Sorts SQLite's answer: a full disk and a read-only database become their own cases, so that
    /// no caller has to read SQLite's text to know what a person can do about it.
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull {
                detail: err.to_string(),
            },
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly {
                detail: err.to_string(),
            },
            _ => StoreError::Sqlite(err),
        }
    }
}

impl StoreError {
    /// True when another connection holds the database (SQLite's "database is locked" or "busy" after the
    /// busy timeout): another program, or another Limber, is using the file.
    pub fn is_busy(&self) -> bool {
        matches!(self, StoreError::Sqlite(err) if matches!(
            err.sqlite_error_code(),
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
        ))
    }

    /// True when the write may succeed later without anything changing in the record: the disk
    /// was full, the folder read-only, the file locked or unreachable. A record refused for what
    /// it is (a rule broken, bad JSON, a newer schema) never will.
    pub fn is_transient(&self) -> bool {
        match self {
            StoreError::DiskFull { .. } | StoreError::ReadOnly { .. } | StoreError::Io { .. } => {
                true
            }
            StoreError::Sqlite(err) => matches!(
                err.sqlite_error_code(),
                Some(
                    ErrorCode::DatabaseBusy
                        | ErrorCode::DatabaseLocked
                        | ErrorCode::SystemIoFailure
                        | ErrorCode::CannotOpen
                        | ErrorCode::DiskFull
                        | ErrorCode::ReadOnly
                )
            ),
            StoreError::NewerSchema { .. }
            | StoreError::Damaged { .. }
            | StoreError::Rejected(_)
            | StoreError::Json(_) => false,
        }
    }
}

/// How many bytes [`explain`] tries to write: more than SQLite needs to open a database (its
/// 32 KiB shared-memory file) and commit a small transaction, so a disk that passes can be used.
const PROBE_BYTES: usize = 64 * 1024;

/// Gives a vague failure its cause. SQLite answers "disk I/O error" or "unable to open database
/// file" when it cannot create or size a file beside the database, which on a full disk or a
/// read-only folder says nothing a person can act on. This writes (and removes) a small file in
/// `folder` and, when that fails for want of space or permission, returns [`StoreError::DiskFull`]
/// or [`StoreError::ReadOnly`] instead; any other error is returned as it was.
pub fn explain(err: StoreError, folder: &Path) -> StoreError {
    cause(&err, folder).unwrap_or(err)
}

/// The clearer error [`explain`] would give for `err`, if the folder shows one.
pub fn cause(err: &StoreError, folder: &Path) -> Option<StoreError> {
    let vague = match err {
        StoreError::Sqlite(e) => matches!(
            e.sqlite_error_code(),
            Some(ErrorCode::SystemIoFailure | ErrorCode::CannotOpen | ErrorCode::ReadOnly)
        ),
        StoreError::ReadOnly { .. } | StoreError::Io { .. } => true,
        _ => false,
    };
    if !vague {
        return None;
    }
    let detail = match err {
        StoreError::DiskFull { detail } | StoreError::ReadOnly { detail } => detail.clone(),
        StoreError::Sqlite(e) => e.to_string(),
        other => other.to_string(),
    };
    match probe(folder) {
        Err(e) if is_no_space(&e) => Some(StoreError::DiskFull { detail }),
        Err(e) if is_no_permission(&e) => Some(StoreError::ReadOnly { detail }),
        _ => None,
    }
}

fn is_no_space(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
    )
}

fn is_no_permission(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied
    )
}

/// Writes [`PROBE_BYTES`] to a new file in `folder`, syncs it and removes it again.
fn probe(folder: &Path) -> std::io::Result<()> {
    let path = folder.join(format!(".limber-write-check-{}", std::process::id()));
    let written = std::fs::File::create(&path).and_then(|mut file| {
        file.write_all(&[0; PROBE_BYTES])?;
        file.sync_all()
    });
    // The file is removed whatever happened: on a full disk it was created empty.
    let _ = std::fs::remove_file(&path);
    written
}

/// Turns a constraint violation into [`StoreError::Rejected`] so callers can tell a bad record
/// from a broken database; every other error passes through.
pub(crate) fn on_write(err: rusqlite::Error) -> StoreError {
    match &err {
        rusqlite::Error::SqliteFailure(e, msg) if e.code == ErrorCode::ConstraintViolation => {
            StoreError::Rejected(msg.clone().unwrap_or_else(|| e.to_string()))
        }
        _ => StoreError::from(err),
    }
}

/// True when SQLite says the file itself is damaged or not a database at all. Only these errors
/// may lead to moving a database aside; a busy lock or a permission problem must not.
pub(crate) fn is_damage(err: &rusqlite::Error) -> bool {
    matches!(
        err.sqlite_error_code(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
    )
}

/// Shorthand used throughout the crate.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    fn sqlite(code: i32, message: &str) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), Some(message.to_owned()))
    }

    /// Issue 15, faults 9 and 10: SQLite's answers become the cases a person can act on, and only
    /// the ones that may pass are retried.
    #[test]
    fn sqlite_errors_table() {
        fn check(error: rusqlite::Error, expected: &str, transient: bool) {
            let store = StoreError::from(error);
            let kind = match &store {
                StoreError::DiskFull { .. } => "full",
                StoreError::ReadOnly { .. } => "read-only",
                StoreError::Sqlite(_) => "sqlite",
                _ => "other",
            };
            assert_eq!(
                (kind, store.is_transient()),
                (expected, transient),
                "{store}"
            );
        }
        check(sqlite(13, "database or disk is full"), "full", true);
        check(
            sqlite(8, "attempt to write a readonly database"),
            "read-only",
            true,
        );
        check(
            sqlite(1032, "attempt to write a readonly database"),
            "read-only",
            true,
        );
        check(sqlite(5, "database is locked"), "sqlite", true);
        check(sqlite(10, "disk I/O error"), "sqlite", true);
        check(sqlite(4874, "disk I/O error"), "sqlite", true);
        check(sqlite(14, "unable to open database file"), "sqlite", true);
        check(
            sqlite(11, "database disk image is malformed"),
            "sqlite",
            false,
        );
        check(sqlite(1, "no such table: x"), "sqlite", false);
        check(rusqlite::Error::QueryReturnedNoRows, "sqlite", false);
        assert!(!StoreError::Rejected("feel must be 0-10".into()).is_transient());
    }

    #[test]
    fn explain_leaves_clear_errors_alone() {
        let dir = tempfile::tempdir().unwrap();
        // A writable folder gives a vague error no better cause: it stays as it was.
        let vague = explain(StoreError::from(sqlite(10, "disk I/O error")), dir.path());
        assert!(matches!(vague, StoreError::Sqlite(_)), "{vague:?}");
        let rejected = explain(StoreError::Rejected("x".into()), Path::new("/nonexistent"));
        assert!(matches!(rejected, StoreError::Rejected(_)));
        // The probe leaves nothing behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
