//! Handing the tray over to the tray-only process (Linux).
//!
//! A process that links WebKitGTK keeps tens of megabytes mapped even with no window (see
//! `limber_resident::tray_process`). So on Linux, when the window has closed and no routine is running,
//! the app starts `limber-tray` beside it and ends; start at login (`limber --background`) becomes
//! `limber-tray` at once. The tray process starts the app again when the window is wanted. A routine that
//! runs with the window closed keeps the app (its timer and cues live here) until it ends.
//!
//! `LIMBER_TRAY_PROCESS=off` keeps the old behaviour (the app itself stays in the tray), as do other
//! platforms, where the tray process is not used. This module must never end the app while a window is open,
//! a routine runs or a record waits to be saved (a full disk: see `crate::saving`).

use std::path::PathBuf;
use std::time::Duration;

use tauri::{AppHandle, Manager};

use crate::session::SessionHandle;
use limber_app::outbox::Saving;

/// How long a routine that ended with the window closed keeps the app, so its last cue is heard in full.
const AFTER_FINISH: Duration = Duration::from_secs(8);

/// The tray-only process beside this binary, when it is there and not switched off.
pub fn tray_binary() -> Option<PathBuf> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    if std::env::var("LIMBER_TRAY_PROCESS").is_ok_and(|value| value == "off") {
        return None;
    }
    limber_resident::binaries::sibling(limber_resident::binaries::PROCESS_BINARY)
}

/// `limber --background` on Linux: becomes the tray process (same pid, nothing of WebKit initialised).
/// Returns only when that is not possible; the caller then starts the app in the tray.
#[cfg(unix)]
pub fn become_tray_process() {
    use std::os::unix::process::CommandExt;
    if let Some(tray) = tray_binary() {
        let error = std::process::Command::new(&tray).exec();
        log::warn!(
            "{} could not be started ({error}); the app keeps the tray",
            tray.display()
        );
    }
}

#[cfg(not(unix))]
pub fn become_tray_process() {}

/// A launch that wants the window, when Limber already runs (the app, or `limber-tray` between routines):
/// that Limber gets this launch's arguments and this process ends, before it starts GTK or WebKit. (The
/// app's single-instance plugin would hand them over too, but only after GTK's start, and it would wait for a
/// stuck Limber without end.) Returns the exit code when this process is done, or `None` when no Limber
/// runs and this process is to become the app.
#[cfg(target_os = "linux")]
pub fn pass_to_running() -> Option<i32> {
    use limber_resident::tray_process::Forwarded;
    let argv: Vec<String> = std::env::args_os()
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    match limber_resident::tray_process::forward_launch(&argv) {
        Forwarded::Taken => {
            log::info!("Limber already runs: it has taken this launch");
            Some(0)
        }
        Forwarded::NoneRunning => None,
        Forwarded::NotAnswered(error) => {
            log::warn!("the running Limber did not take this launch: {error}");
            let language =
                limber_app::i18n::catalogue().in_force(None, &limber_resident::locale::system());
            eprintln!(
                "limber: {}",
                limber_app::i18n::text(&language, "launch-not-answered")
            );
            Some(1)
        }
    }
}

#[cfg(not(target_os = "linux"))]
pub fn pass_to_running() -> Option<i32> {
    None
}

/// The window was closed: hand over when nothing needs the app.
pub fn window_closed(app: &AppHandle) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move { hand_over_if_idle(app).await });
}

/// A routine ended: hand over after its last cue when the window is closed.
pub fn session_finished(app: &AppHandle) {
    if app.get_webview_window(crate::shell_event::MAIN).is_some() || tray_binary().is_none() {
        return;
    }
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(AFTER_FINISH).await;
        hand_over_if_idle(app).await;
    });
}

async fn hand_over_if_idle(app: AppHandle) {
    let Some(tray) = tray_binary() else {
        return;
    };
    if app.get_webview_window(crate::shell_event::MAIN).is_some() {
        return;
    }
    // A record that waits to be written lives only in this process: handing over would lose it.
    if app
        .try_state::<Saving>()
        .is_some_and(|saving| !saving.all_saved())
    {
        log::info!("records wait to be saved; Limber stays until they are written");
        return;
    }
    if let Some(sessions) = app.try_state::<SessionHandle>() {
        let running = sessions
            .current()
            .await
            .ok()
            .flatten()
            .is_some_and(|view| view.outcome.is_none());
        if running {
            log::info!("a routine is running with the window closed; Limber stays until it ends");
            return;
        }
    }
    let mut command = std::process::Command::new(&tray);
    command
        .arg("--after")
        .arg(std::process::id().to_string())
        .stdin(std::process::Stdio::null());
    // Reminders on screen keep their buttons: the tray process listens for their answers.
    #[cfg(target_os = "linux")]
    limber_resident::open_notices::pass_on(&mut command);
    let started = command.spawn();
    match started {
        Ok(_) => {
            log::info!("the tray process takes over; the app ends");
            app.exit(0);
        }
        Err(error) => {
            log::warn!(
                "{} could not be started ({error}); the app keeps the tray",
                tray.display()
            );
        }
    }
}
