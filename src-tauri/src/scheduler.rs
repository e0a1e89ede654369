//! The app's side of the reminder scheduler: the window-and-tray [`AppPresence`], starting the scheduler
//! for the app, and the helpers commands and the window use to reach it.
//!
//! The scheduler itself (its thread and its messages) is `limber_resident::scheduler`, shared with the
//! tray-only process; the stored setup and ledger are `limber_app::reminders`.

use limber_core::schedule::ReminderSettings;
use tauri::{AppHandle, Emitter, Manager};

use limber_app::error::AppError;

use crate::shell_event::{emit, ShellEvent};
use limber_app::notice::Notice;
use limber_app::reminders::{load_setup, ReminderSetup};
use limber_app::state::{LibraryHandle, StoreHandle};
use limber_app::status::ReminderStatus;
use limber_resident::scheduler::{Message, Presence, Scheduler, BANNER_EVENT};

/// The window and the tray, as the app's [`Presence`].
pub struct AppPresence {
    pub app: AppHandle,
}

impl Presence for AppPresence {
    fn banner(&self, notice: &Notice) -> bool {
        let Some(window) = self.app.get_webview_window(crate::shell_event::MAIN) else {
            return false;
        };
        if let Err(error) = window.emit(BANNER_EVENT, notice) {
            log::warn!("the reminder could not be sent to the window: {error}");
            return false;
        }
        if let Err(error) =
            window.request_user_attention(Some(tauri::UserAttentionType::Informational))
        {
            log::debug!("could not ask for attention: {error}");
        }
        true
    }

    fn status(&self, status: &ReminderStatus) {
        emit(
            &self.app,
            ShellEvent::ReminderStatus(Box::new(status.clone())),
        );
    }

    fn data_changed(&self) {
        // The scheduler has already read the routines again; an open window reloads what it shows.
        if let Err(error) = self.app.emit(crate::window::DATA_CHANGED_EVENT, ()) {
            log::debug!("no window took the synced data: {error}");
        }
    }
}

/// Starts the scheduler for the app: a reminder answered with "Start now" opens the window on that routine.
/// Manages the [`Scheduler`] handle.
pub fn start(app: &AppHandle, library: LibraryHandle, store: StoreHandle) -> Result<(), AppError> {
    let app_for_answers = app.clone();
    let presence = AppPresence { app: app.clone() };
    // The thread is not joined: the app's process ends with it.
    let (scheduler, _thread) =
        limber_resident::scheduler::start(library, store, presence, move |routine_id| {
            emit(
                &app_for_answers,
                ShellEvent::OpenRoutine(routine_id.to_owned()),
            );
        })?;
    app.manage::<Scheduler>(scheduler);
    Ok(())
}

/// Sends a message to the app's scheduler, if it runs.
pub fn send(app: &AppHandle, message: Message) {
    match app.try_state::<Scheduler>() {
        Some(scheduler) => scheduler.send(message),
        None => log::debug!("no reminder scheduler yet; {message:?} dropped"),
    }
}

/// Tells the scheduler the person is using the computer.
pub fn activity(app: &AppHandle) {
    send(app, Message::Activity);
}

/// Tells the scheduler to read its settings and the sessions again (call it after recording a session, so
/// the tray's streak is fresh at once; the scheduler also looks every minute).
pub fn reload(app: &AppHandle) {
    send(app, Message::Reload);
}

/// The reminder settings in force (without the snooze length), for the first-run flow.
pub fn reminder_settings(app: &AppHandle) -> Result<ReminderSettings, AppError> {
    let store = app.state::<StoreHandle>();
    let store = store.lock();
    Ok(load_setup(&store)?.schedule)
}

/// Validates and stores new reminder settings (keeping the snooze length), then wakes the scheduler. The
/// first-run flow calls this; the caller must not hold the store's lock.
pub fn save_reminder_settings(
    app: &AppHandle,
    settings: &ReminderSettings,
) -> Result<(), AppError> {
    let store = app.state::<StoreHandle>();
    let snooze_minutes = load_setup(&store.lock())?.snooze_minutes;
    save_setup(
        app,
        &ReminderSetup {
            schedule: settings.clone(),
            snooze_minutes,
        },
    )
}

/// Validates and stores the whole setup, then wakes the scheduler. The caller must not hold the store's
/// lock.
pub fn save_setup(app: &AppHandle, setup: &ReminderSetup) -> Result<(), AppError> {
    let library = app.state::<LibraryHandle>().current();
    let store = app.state::<StoreHandle>();
    let (now, tz) = crate::commands::progress::now_and_zone(app);
    limber_app::reminders::save_setup(&store.lock(), &library, setup, now, tz)?;
    reload(app);
    Ok(())
}
