//! The one place that decides who acts on a [`ShellEvent`]: a thread that reads the events the window, the
//! tray, the session driver, the scheduler's presence and saving emit, and calls the part that acts. It is the
//! only module that knows them all; none of them knows it, so the shell's modules import each other only
//! downhill.

use std::sync::mpsc;

use tauri::{AppHandle, Manager};

use crate::shell_event::{ShellEvent, ShellEvents};

/// Starts the coordinator's thread and manages the sending end. Call it first in the app's set-up.
pub fn start(app: &AppHandle) {
    let (tx, rx) = mpsc::channel();
    app.manage(ShellEvents(tx));
    let app = app.clone();
    let started = std::thread::Builder::new()
        .name("limber-shell".into())
        .spawn(move || {
            for event in rx {
                act(&app, event);
            }
        });
    if let Err(error) = started {
        log::error!("the shell's coordinator could not start: {error}");
    }
}

fn act(app: &AppHandle, event: ShellEvent) {
    match event {
        ShellEvent::ShowWindow => crate::window::show_main(app),
        ShellEvent::OpenRoutine(routine_id) => crate::window::open_routine(app, &routine_id),
        ShellEvent::WindowClosed | ShellEvent::AllSaved => crate::handover::window_closed(app),
        ShellEvent::SessionFinished => {
            // A record that could not be written shows in the banner too.
            crate::saving::emit_status(app);
            crate::handover::session_finished(app);
        }
        ShellEvent::ReminderStatus(status) => crate::tray::update(app, &status),
        ShellEvent::DataStatusChanged => crate::saving::emit_status(app),
        ShellEvent::RecordsWritten => crate::scheduler::reload(app),
        ShellEvent::Quit => {
            log::info!("Quit chosen");
            // Records that wait to be saved would be lost: the window says so and offers "Quit anyway".
            if !crate::saving::hold_quit(app) {
                app.exit(0);
            }
        }
    }
}
