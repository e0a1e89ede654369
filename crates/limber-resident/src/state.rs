//! The small handles that Tauri manages for the commands: each owns one thing.
//!
//! `Library` is immutable after start-up; `StoreHandle` serialises access to the one SQLite connection.
//! Long-running work (session driver, reminder scheduler, audio) owns its own state in its task and is
//! reached through its own handle, never through a shared "app" struct.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use chrono::{DateTime, Utc};
use limber_store::Store;

use crate::error::AppError;

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

/// Takes today's backup if it is due. A failed backup must never stop the app, so it is only logged.
pub fn backup_now(store: &Store, now: DateTime<Utc>, dir: &Path) {
    match store.backup_if_due(now, dir) {
        Ok(Some(path)) => log::info!("backup written to {}", path.display()),
        Ok(None) => {}
        Err(error) => log::warn!("the daily backup failed: {error}"),
    }
}
