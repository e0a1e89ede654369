//! Commands of the person's data as files: export, import, the backups and the recovery notice; the daily
//! backups while the app runs; and `limber import <file>`.
//!
//! Thin adapters: the clock is read here, the use cases are `limber_app::data`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use tauri::{AppHandle, Manager, State};

use crate::commands::progress::now_and_zone;
use limber_app::data::{
    backup_info_at, export_to, import_from, BackupInfo, ExportDone, ExportKind, ImportSummary,
    RecoveryNotice, RecoveryState,
};
use limber_app::error::{AppError, CommandResult};
use limber_app::state::{backup_now, DataPaths, LibraryHandle, StoreHandle};
use limber_resident::clock::{Clock, SystemClock};

/// How often the running app checks whether today's backup is due. The app can stay in the tray for days, so
/// a check at start-up alone would miss them.
const BACKUP_CHECK_EVERY: Duration = Duration::from_secs(60 * 60);

/// What happened at start-up, if the database had to be recovered and the user has not dismissed it.
#[tauri::command]
pub async fn recovery_notice(
    state: State<'_, RecoveryState>,
) -> CommandResult<Option<RecoveryNotice>> {
    Ok(state.notice())
}

/// The user has read the recovery notice.
#[tauri::command]
pub async fn dismiss_recovery_notice(
    state: State<'_, RecoveryState>,
    store: State<'_, StoreHandle>,
) -> CommandResult<()> {
    Ok(state.dismiss(&store.lock())?)
}

/// The name the save dialog suggests for an export made today.
#[tauri::command]
pub async fn export_file_name(app: AppHandle, kind: ExportKind) -> CommandResult<String> {
    let (now, tz) = now_and_zone(&app);
    Ok(kind.file_name(now.with_timezone(&tz).date_naive()))
}

/// Writes an export to `path` (chosen in the system's save dialog).
#[tauri::command]
pub async fn export_data(
    store: State<'_, StoreHandle>,
    kind: ExportKind,
    path: PathBuf,
) -> CommandResult<ExportDone> {
    Ok(export_to(&store.lock(), kind, &path)?)
}

/// Imports a Limber export from `path` (chosen in the system's open dialog).
#[tauri::command]
pub async fn import_data(
    app: tauri::AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    path: PathBuf,
) -> CommandResult<ImportSummary> {
    let store = store.lock();
    let summary = import_from(&store, &library.current(), &path)?;
    // Imported routines and reminders take effect at once (issue 15, fault 5): the routines are read into the
    // library before the answer, so the screens the window shows next list them; the scheduler reads the
    // reminder settings again.
    if let Err(error) = limber_app::routines::reload(&store, &library) {
        log::error!("the saved routines could not be read again: {error}");
    }
    drop(store);
    crate::scheduler::send(&app, limber_resident::scheduler::Message::DataChanged);
    Ok(summary)
}

/// The daily backups.
#[tauri::command]
pub async fn backup_info(app: AppHandle, paths: State<'_, DataPaths>) -> CommandResult<BackupInfo> {
    let (now, tz) = now_and_zone(&app);
    Ok(backup_info_at(&paths.backups(), now, tz))
}

/// Checks every hour, while the app runs, whether today's backup is due.
pub fn spawn_daily_backups(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::time::sleep(BACKUP_CHECK_EVERY).await;
            let (Some(store), Some(paths)) =
                (app.try_state::<StoreHandle>(), app.try_state::<DataPaths>())
            else {
                continue;
            };
            let (now, _) = now_and_zone(&app);
            backup_now(&store.lock(), now, &paths.backups());
        }
    });
}

/// `limber import <file>`: merges a Limber export into the data directory the app uses. Prints what changed and
/// returns the exit code: 0 on success, 1 when the file was refused or the store could not be opened.
// The command line's answer is its output.
#[allow(clippy::print_stdout)]
pub fn import_cli(file: &Path) -> i32 {
    let system = limber_resident::locale::system();
    match limber_app::data::import_into_data_folder(file, &system, &mut |line| {
        eprintln!("limber: {line}");
    }) {
        Ok((summary, language)) => {
            println!("{summary}");
            // A Limber that runs now (the app, or limber-tray between routines) reads the data again at once,
            // so imported routines can be started and imported reminders fire without a restart. Its
            // scheduler also notices the commit within a minute on its own, where no session bus is.
            #[cfg(target_os = "linux")]
            if limber_resident::tray_process::tell_data_changed() {
                println!("{}", limber_app::i18n::text(&language, "import-picked-up"));
            }
            0
        }
        Err(error) => {
            eprintln!("limber: {error}");
            1
        }
    }
}

/// Opens the store at start-up, recovering it from a backup if it is damaged, and takes today's backup. The
/// recovery returned is the one still to be told, which the tray process may have made. A full disk or a
/// read-only folder is returned as the problem, with a store that can only read (see
/// [`limber_app::state::open_for_use`]); no backup is attempted then.
pub fn open_for_app(paths: &DataPaths) -> Result<limber_app::state::Opened, AppError> {
    let opened = limber_app::state::open_for_use(paths)?;
    if opened.problem.is_none() {
        backup_now(
            &opened.store,
            SystemClock::new().now_utc(),
            &paths.backups(),
        );
    }
    Ok(opened)
}
