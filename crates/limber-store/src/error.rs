//! The store's error type. It owns the description of everything that can go wrong while
//! persisting; it must never hide an SQLite error that callers need to react to (a newer schema,
//! a damaged file) behind a generic message.

use std::path::PathBuf;

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
    Sqlite(#[from] rusqlite::Error),
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

/// Turns a constraint violation into [`StoreError::Rejected`] so callers can tell a bad record
/// from a broken database; every other error passes through.
pub(crate) fn on_write(err: rusqlite::Error) -> StoreError {
    match &err {
        rusqlite::Error::SqliteFailure(e, msg) if e.code == ErrorCode::ConstraintViolation => {
            StoreError::Rejected(msg.clone().unwrap_or_else(|| e.to_string()))
        }
        _ => StoreError::Sqlite(err),
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
