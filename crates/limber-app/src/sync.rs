//! Sync between a person's computers through a folder they already sync: the use case that the
//! settings screen, `limber sync`, the app and `limber-tray` all call. It owns the folder's side:
//! choosing it, reading the other computers' files (and skipping, with a reason, what is not whole
//! or not Limber's), writing this computer's file atomically, the status the screen shows and the
//! summary the command line prints. It never talks to a network (the sync tool does), never writes
//! anything but this computer's file in the chosen folder, and leaves the merge to the store and the
//! core. Each pass is given its instant.

mod folder;
mod view;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use limber_core::library::Library;
use limber_core::sync::DeviceId;
use limber_store::{Setting, SettingKey, Store};
use serde::{Deserialize, Serialize};

pub use folder::{read_folder, FolderRead, Skipped};
pub use view::{status, summary_text, SyncDevice, SyncSkipped, SyncStatus};

use crate::settings::SettingsRules;
use crate::words::Words;

/// A pass waits at least this long after the last one when nothing asks for it sooner (the app and
/// `limber-tray` look every [`PASS_EVERY_SECONDS`], and a pass only runs when the folder or the data
/// changed).
pub const PASS_EVERY_SECONDS: u64 = 30;

/// Sync's own bookkeeping, kept with this computer (never exported: a copied device id would make
/// two computers one).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SyncSettings {
    /// The folder chosen; none when sync is off.
    pub folder: Option<PathBuf>,
    /// This computer's id, chosen at its first pass.
    pub device_id: Option<String>,
    /// When the last pass could use the folder.
    pub last_synced: Option<DateTime<Utc>>,
    /// Why the last pass could not use the folder, in words.
    pub problem: Option<Words>,
    /// What the last pass left out, and why.
    pub skipped: Vec<Skipped>,
}

impl Setting for SyncSettings {
    const KEY: SettingKey = SettingKey::Sync;
}

/// Why sync could not run.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("{}", Words::new("sync-error-no-folder"))]
    NoFolder,
    #[error("{}", self.words())]
    Folder { folder: String, why: Words },
    #[error("{0}")]
    Store(#[from] limber_store::StoreError),
}

impl SyncError {
    /// The error as a sentence of the catalogue, said by whoever shows it.
    pub fn words(&self) -> Words {
        match self {
            SyncError::NoFolder => Words::new("sync-error-no-folder"),
            SyncError::Folder { folder, why } => Words::new("sync-error-folder")
                .with("folder", folder.as_str())
                .with("why", why.clone()),
            SyncError::Store(store) => {
                crate::health::refusal(store).unwrap_or_else(|| Words::as_said(store.to_string()))
            }
        }
    }
}

/// What one pass did, for the summary and the screen.
#[derive(Debug, Clone, PartialEq)]
pub struct PassDone {
    pub folder: PathBuf,
    pub at: DateTime<Utc>,
    pub device: DeviceId,
    pub device_name: String,
    /// This computer's changes found in this pass, and in all.
    pub written: u64,
    pub written_total: u64,
    /// The other computers' changes read for the first time.
    pub read: u64,
    /// Whether what a person sees changed (the app then reads its data again).
    pub changed_data: bool,
    pub skipped: Vec<Skipped>,
}

/// This computer's name as it shows on the others: its host name.
pub fn device_name() -> String {
    folder::host_name()
}

/// This computer's id, chosen (and stored) the first time it is needed.
fn device_id(store: &Store, settings: &mut SyncSettings) -> Result<DeviceId, SyncError> {
    if let Some(id) = settings.device_id.as_deref().and_then(DeviceId::parse) {
        return Ok(id);
    }
    let id = DeviceId::from_bytes(folder::random_bytes());
    settings.device_id = Some(id.to_string());
    store.save_setting(settings)?;
    Ok(id)
}

/// Chooses `folder` as the sync folder (it must exist and be a folder Limber can write in) and runs a
/// first pass.
pub fn choose_folder(
    store: &Store,
    library: &Library,
    folder: &Path,
    now: DateTime<Utc>,
) -> Result<PassDone, SyncError> {
    let folder = folder::usable(folder)?;
    let mut settings: SyncSettings = store.load_setting()?;
    settings.folder = Some(folder);
    settings.problem = None;
    settings.skipped.clear();
    store.save_setting(&settings)?;
    pass(store, library, now)
}

/// Stops syncing: the folder is forgotten, its files stay where they are.
pub fn stop(store: &Store) -> Result<(), SyncError> {
    let mut settings: SyncSettings = store.load_setting()?;
    settings.folder = None;
    settings.problem = None;
    settings.skipped.clear();
    store.save_setting(&settings)?;
    Ok(())
}

/// Stops reading one computer's file; what it brought stays.
pub fn forget_device(store: &Store, id: &str) -> Result<bool, SyncError> {
    match DeviceId::parse(id) {
        Some(id) => Ok(store.forget_sync_device(&id)?),
        None => Ok(false),
    }
}

/// One pass with the folder chosen before: read the folder, merge, write this computer's file.
pub fn pass(store: &Store, library: &Library, now: DateTime<Utc>) -> Result<PassDone, SyncError> {
    let mut settings: SyncSettings = store.load_setting()?;
    let Some(chosen) = settings.folder.clone() else {
        return Err(SyncError::NoFolder);
    };
    let me = device_id(store, &mut settings)?;
    let name = device_name();
    let result = run(store, library, &chosen, &me, &name, now);
    match &result {
        Ok(done) => {
            settings.last_synced = Some(now);
            settings.problem = None;
            settings.skipped = done.skipped.clone();
        }
        Err(error) => settings.problem = Some(error.words()),
    }
    // Keep the pass's own outcome even when this bookkeeping cannot be written (a full disk).
    if let Err(error) = store.save_setting(&settings) {
        log::warn!("sync: the last pass could not be noted ({error})");
    }
    result
}

fn run(
    store: &Store,
    library: &Library,
    chosen: &Path,
    me: &DeviceId,
    name: &str,
    now: DateTime<Utc>,
) -> Result<PassDone, SyncError> {
    let folder = folder::usable(chosen)?;
    let read = read_folder(&folder, me);
    let rules = SettingsRules::new(library, store);
    let report = store.sync_pass(me, now, &read.files, &rules)?;
    let own = store.own_sync_changes()?;
    let text = limber_core::sync::write_device_file(me, name, &own);
    if read.own_text.as_deref() != Some(text.as_str()) {
        folder::write_own(&folder, me, &text)?;
    }
    let mut skipped = read.skipped;
    skipped.extend(report.refused.iter().map(|(key, why)| Skipped {
        file: key.clone(),
        reason: Words::new("sync-skip-not-taken").with("why", why.as_str()),
    }));
    for skip in &skipped {
        log::info!("sync: skipped {}: {}", skip.file, skip.reason);
    }
    Ok(PassDone {
        folder,
        at: now,
        device: me.clone(),
        device_name: name.to_owned(),
        written: report.written,
        written_total: own.len() as u64,
        read: report.read,
        changed_data: report.changed_data,
        skipped,
    })
}

/// Decides when a long-running process (the app, `limber-tray`) runs a pass by itself: when the data
/// or the folder changed since the last one, so an idle computer costs a look at a folder's listing.
#[derive(Debug, Default)]
pub struct SyncGate {
    last: Option<(i64, u64, folder::Listing)>,
}

impl SyncGate {
    /// Whether a pass is due now: the store's data version (other processes' commits), the rows this
    /// process changed (a session the person just saved) and the folder's listing are compared with the
    /// last look.
    pub fn due(&mut self, store: &Store) -> bool {
        let Ok(settings) = store.load_setting::<SyncSettings>() else {
            return false;
        };
        let Some(chosen) = settings.folder else {
            self.last = None;
            return false;
        };
        let seen = Some(Self::look(store, &chosen));
        if self.last == seen {
            return false;
        }
        self.last = seen;
        true
    }

    fn look(store: &Store, folder: &Path) -> (i64, u64, folder::Listing) {
        (
            store.data_version().unwrap_or(0),
            store.rows_changed_here(),
            folder::listing(folder),
        )
    }

    /// Whether a folder was chosen at the last look (the caller then looks every
    /// [`PASS_EVERY_SECONDS`]).
    pub fn active(&self) -> bool {
        self.last.is_some()
    }

    /// After a pass of this process: its own writes are not news.
    pub fn passed(&mut self, store: &Store) {
        if let Ok(settings) = store.load_setting::<SyncSettings>() {
            if let Some(chosen) = settings.folder {
                self.last = Some(Self::look(store, &chosen));
            }
        }
    }
}

/// `limber sync [--folder PATH]`: chooses the folder when given, runs one pass, prints the summary.
/// Returns the exit code and whether the data changed (so the caller tells a running Limber).
pub fn run_cli(
    folder: Option<&Path>,
    now: DateTime<Utc>,
    tz: chrono_tz::Tz,
    system: &crate::i18n::System,
) -> (i32, bool) {
    use std::io::Write;
    let opened = Library::builtin()
        .map_err(|error| error.to_string())
        .and_then(|library| {
            let paths = crate::state::DataPaths::from_os().map_err(|error| error.to_string())?;
            let (store, _) = crate::state::open_store(&paths).map_err(|error| error.to_string())?;
            Ok((library, store))
        });
    let (library, store) = match opened {
        Ok(opened) => opened,
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "limber: {message}");
            return (1, false);
        }
    };
    let language = crate::i18n::language_in_force(&store, system);
    let done = match folder {
        Some(folder) => choose_folder(&store, &library, folder, now),
        None => pass(&store, &library, now),
    };
    match done {
        Ok(done) => {
            let devices = store.sync_devices().unwrap_or_default();
            let text = summary_text(&done, &devices, tz, &language);
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            (0, done.changed_data)
        }
        Err(error) => {
            let _ = writeln!(
                std::io::stderr(),
                "limber: {}",
                error.words().say(&language)
            );
            (1, false)
        }
    }
}

#[cfg(test)]
mod tests;
