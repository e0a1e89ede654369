//! The app's side of saving what a person makes: the task that retries records the store could not take,
//! and the `data://status` event that keeps the window's banner current.
//!
//! The records and their rules live in `limber_app::outbox` ([`Saving`]); this module only runs the
//! retry every few seconds, tells the session driver and the window what was written, and lets the app hand
//! over to `limber-tray` once nothing waits. It must never drop a waiting record, and never let the app end
//! or hand over silently while one waits.

use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager};

use crate::session::SessionHandle;
use crate::shell_event::{emit, ShellEvent};
use limber_app::outbox::{RecordKey, Retry, Saving};

pub use limber_app::outbox::DataStatus;

/// The event that carries a new [`DataStatus`] to the window.
pub const STATUS_EVENT: &str = "data://status";

/// How often a waiting record is tried again, and a problem checked. Short enough that freeing space is
/// answered before the person looks away; a failed write costs nothing that matters.
const RETRY_EVERY: Duration = Duration::from_secs(3);

/// Sends the current status to the window, if there is one.
pub fn emit_status(app: &AppHandle) {
    let Some(saving) = app.try_state::<Saving>() else {
        return;
    };
    if let Err(error) = app.emit(STATUS_EVENT, saving.status()) {
        log::debug!("no window took the data status: {error}");
    }
}

/// Starts the retry task. It sleeps while nothing waits and no problem is known.
pub fn spawn_retries(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::time::sleep(RETRY_EVERY).await;
            let Some(saving) = app.try_state::<Saving>() else {
                continue;
            };
            if !saving.needs_retry() {
                continue;
            }
            let saving = saving.inner().clone();
            // SQLite and the folder probe block; keep them off the runtime's workers.
            match tauri::async_runtime::spawn_blocking(move || saving.retry()).await {
                Ok(retry) => after_retry(&app, &retry),
                Err(error) => log::error!("the retry of waiting records stopped: {error}"),
            }
        }
    });
}

fn after_retry(app: &AppHandle, retry: &Retry) {
    let mut sessions = false;
    for key in &retry.written {
        if let RecordKey::Session(id) = key {
            sessions = true;
            if let Some(driver) = app.try_state::<SessionHandle>() {
                driver.saved(id.clone());
            }
        }
    }
    if sessions {
        // The tray's streak line counts the session now.
        emit(app, ShellEvent::RecordsWritten);
    }
    if retry.changed {
        emit_status(app);
    }
    let all_saved = app.try_state::<Saving>().is_some_and(|s| s.all_saved());
    if all_saved && !retry.written.is_empty() {
        // The app stayed for these records; with the window closed it may hand over now.
        emit(app, ShellEvent::AllSaved);
    }
}

/// Quit was chosen: when records still wait, Limber stays, opens its window and says what would be lost
/// (the window offers "Quit anyway"). Returns whether quitting was held.
pub fn hold_quit(app: &AppHandle) -> bool {
    let held = app.try_state::<Saving>().is_some_and(|s| s.hold_quit());
    if held {
        log::warn!("Quit was chosen while records wait to be saved; Limber stays open and says so");
        emit(app, ShellEvent::ShowWindow);
        emit_status(app);
    }
    held
}
