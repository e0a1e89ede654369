//! The small handles that Tauri manages for the commands: each owns one thing.
//!
//! `Library` is immutable after start-up; `StoreHandle` serialises access to the one SQLite connection.
//! Long-running work (session driver, reminder scheduler, audio) owns its own state in its task and is
//! reached through its own handle, never through a shared "app" struct.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use limber_store::Store;

use crate::error::AppError;

/// The exercise library and routines the core knows.
pub struct Library(pub limber_core::library::Library);

/// Where Limber keeps its files: always the OS data directory, or the XDG dirs the environment names.
#[derive(Debug, Clone)]
pub struct DataPaths {
    pub dir: PathBuf,
}

impl DataPaths {
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
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

/// The database connection, one writer at a time.
pub struct StoreHandle(Mutex<Store>);

impl StoreHandle {
    pub fn new(store: Store) -> Self {
        Self(Mutex::new(store))
    }

    /// Locks the store. A poisoned lock only means another command panicked mid-call; SQLite's own
    /// transactions keep the data consistent, so the connection is still safe to use.
    pub fn lock(&self) -> MutexGuard<'_, Store> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Opens the store in the data directory.
pub fn open_store(paths: &DataPaths) -> Result<Store, AppError> {
    Ok(Store::open(&paths.database())?)
}
