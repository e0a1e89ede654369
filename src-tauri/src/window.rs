//! The main window's lifecycle: created on demand, destroyed on close, and the app living on in the tray.
//!
//! This module owns when the window exists and where it opens. Closing the window destroys its webview, so
//! between routines only the Rust process (scheduler, session driver, tray) remains; closing the last window
//! never ends the app, only Quit does ([`on_run_event`]). Opening Limber on a routine (from a reminder, the
//! tray or `limber start`) stores a [`NavigateRequest`] and emits it as the `navigate` event; a window that is
//! still loading takes it with the `navigation_take` command, so a request is never lost to a page that was
//! not listening yet. It must never block the main thread and never decide anything about reminders.

use std::sync::Mutex;

use serde::Serialize;
use tauri::webview::PageLoadEvent;
use tauri::{AppHandle, Emitter, Manager, RunEvent, WebviewUrl, WebviewWindowBuilder, WindowEvent};
use ts_rs::TS;

use limber_app::cli::CliCommand;
use limber_app::state::{LibraryHandle, StoreHandle};

/// The event that tells an open window its data changed outside it (an import from the command line), so
/// the screen it shows reads it again.
pub const DATA_CHANGED_EVENT: &str = "data://changed";

use crate::shell_event::MAIN;

/// The event that asks the UI to show a screen.
pub const NAVIGATE_EVENT: &str = "navigate";

/// The screens Rust may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum NavigateScreen {
    Player,
}

/// A request to show a screen: `{ "screen": "player", "routineId": "bedtime-wind-down" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NavigateRequest {
    pub screen: NavigateScreen,
    pub routine_id: String,
}

/// The last navigation the UI has not taken yet.
#[derive(Debug, Default)]
pub struct PendingNavigation(Mutex<Option<NavigateRequest>>);

impl PendingNavigation {
    fn put(&self, request: NavigateRequest) {
        *self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(request);
    }

    fn take(&self) -> Option<NavigateRequest> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
    }
}

/// Shows the main window, creating its webview when there is none.
pub fn show_main(app: &AppHandle) {
    if let Some(window) = app.get_webview_window(MAIN) {
        if let Err(error) = window
            .unminimize()
            .and_then(|()| window.show())
            .and_then(|()| window.set_focus())
        {
            log::warn!("could not show the window: {error}");
        }
        return;
    }
    let built = WebviewWindowBuilder::new(app, MAIN, WebviewUrl::App("index.html".into()))
        .title("Limber")
        .inner_size(960.0, 720.0)
        .min_inner_size(420.0, 480.0)
        // Shown when its page has loaded (see `reveal`), not before.
        .visible(false)
        .on_page_load(|window, payload| {
            if payload.event() == PageLoadEvent::Finished {
                reveal(&window);
            }
        })
        .build();
    match built {
        Ok(window) => {
            tune_webview(&window);
            // Should the page never say it has loaded, the window still comes.
            let late = window.clone();
            tauri::async_runtime::spawn(async move {
                tokio::time::sleep(SHOW_AT_THE_LATEST).await;
                reveal(&late);
            });
            let app = app.clone();
            window.on_window_event(move |event| {
                // Coming back to the window is using the computer: a waiting "first use" reminder fires.
                if let WindowEvent::Focused(true) = event {
                    crate::scheduler::activity(&app);
                }
            });
        }
        Err(error) => log::error!("could not open the window: {error}"),
    }
}

/// How long a new window may stay hidden while its page loads.
const SHOW_AT_THE_LATEST: std::time::Duration = std::time::Duration::from_secs(3);

/// Shows a new window, once, when its page has loaded (or after [`SHOW_AT_THE_LATEST`]). A window shown at
/// once is drawn while WebKit's web process is still starting; without accelerated compositing
/// ([`COMPOSITING_VARIABLE`]) WebKitGTK's drawing of a view that has no frame yet waits on the main thread for
/// the web process's first frame, up to half a second, and the page began to load only after that wait. A
/// reminder's "Start now" hit it every time (the notification closing over the new window draws it again):
/// the page began to load about 1 s after the click instead of 0.4 s (bench/README.md, issue 19). Shown when
/// loaded, the window also never flashes white before the night look.
fn reveal(window: &tauri::WebviewWindow) {
    if window.is_visible().unwrap_or(true) {
        return;
    }
    if let Err(error) = window.show().and_then(|()| window.set_focus()) {
        log::warn!("could not show the window: {error}");
    }
}

/// Makes the web view cheaper to run: Limber's pages are a few flat panels and one small moving drawing, so
/// WebKit's accelerated compositing buys nothing here and costs a lot. Without a GPU (a virtual display, a
/// software GL driver) every composited frame redraws and copies the whole window, about 36 ms of CPU a
/// frame under Xvfb, where a non-composited frame repaints only the rectangle that changed; it also keeps
/// the web process about 70 MB smaller (bench/footprint). Memory caches are pointless for pages that are
/// all built into the binary, so the cache model is the one for a document viewer. Measured in
/// bench/README.md; a failure leaves WebKit's defaults, which only cost more.
#[cfg(target_os = "linux")]
fn tune_webview(window: &tauri::WebviewWindow) {
    let tuned = window.with_webview(|webview| {
        use webkit2gtk::{
            CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt,
        };
        let view = webview.inner();
        if let Some(settings) = WebViewExt::settings(&view) {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
        if let Some(context) = view.context() {
            context.set_cache_model(CacheModel::DocumentViewer);
        }
    });
    if let Err(error) = tuned {
        log::warn!("the web view keeps its default settings: {error}");
    }
}

/// WebView2 and WKWebView composite on the GPU and decide their own caches.
#[cfg(not(target_os = "linux"))]
fn tune_webview(_window: &tauri::WebviewWindow) {}

/// The environment variable that keeps WebKitGTK from ever entering accelerated compositing.
pub const COMPOSITING_VARIABLE: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// What to set [`COMPOSITING_VARIABLE`] to before GTK and WebKit start, given its current value: "1" when the
/// person has not set it, and nothing when they have, so that someone who wants compositing back (a desktop
/// with a GPU, a rendering bug to compare) can start Limber with it set to "0".
pub fn compositing_setting(current: Option<&std::ffi::OsStr>) -> Option<&'static str> {
    match current {
        None => Some("1"),
        Some(_) => None,
    }
}

/// Keeps WebKitGTK out of accelerated compositing from the very start. The web view's hardware acceleration
/// policy ([`tune_webview`]) is applied only once the view exists, after the web process has set itself up
/// for compositing; with the variable set from the start that process holds about 9 MB less
/// (bench/README.md). It does not unmap Mesa's libLLVM: WebKit 2.50 opens an EGL display in the app's
/// process and in the web process whatever the mode (the web process does not start without one), and GTK
/// probes GLX for its visuals. The variable is read when WebKit starts, so it must be set before GTK is
/// initialised; this runs first in the app's start-up, before any thread exists, so changing the process
/// environment races with nobody. The web and network processes inherit it.
#[cfg(target_os = "linux")]
pub fn prepare_webkit_environment() {
    if let Some(value) = compositing_setting(std::env::var_os(COMPOSITING_VARIABLE).as_deref()) {
        std::env::set_var(COMPOSITING_VARIABLE, value);
    }
}

/// WebView2 and WKWebView choose their own rendering path; there is nothing to prepare.
#[cfg(not(target_os = "linux"))]
pub fn prepare_webkit_environment() {}

/// Closes the main window, destroying its webview; the app goes on in the tray.
pub fn close_main(app: &AppHandle) {
    if let Some(window) = app.get_webview_window(MAIN) {
        if let Err(error) = window.close() {
            log::warn!("could not close the window: {error}");
        }
    }
}

/// Opens Limber on a routine's player: remembers the request for a window that is still loading, shows
/// (or creates) the window and tells a window that is already listening.
pub fn open_routine(app: &AppHandle, routine_id: &str) {
    let request = NavigateRequest {
        screen: NavigateScreen::Player,
        routine_id: routine_id.to_owned(),
    };
    match app.try_state::<PendingNavigation>() {
        Some(pending) => pending.put(request.clone()),
        None => {
            app.manage(PendingNavigation::default());
            if let Some(pending) = app.try_state::<PendingNavigation>() {
                pending.put(request.clone());
            }
        }
    }
    show_main(app);
    if let Err(error) = app.emit_to(MAIN, NAVIGATE_EVENT, &request) {
        log::debug!("the navigate event was not delivered ({error}); the window takes it on load");
    }
}

/// The navigation waiting for the UI, taken once.
pub fn take_navigation(app: &AppHandle) -> Option<NavigateRequest> {
    app.try_state::<PendingNavigation>()
        .and_then(|pending| pending.take())
}

/// What the app does when it starts: open the window, on a routine's player for `limber start <id>`.
pub fn on_launch(app: &AppHandle, start_routine: Option<&str>) {
    app.manage(PendingNavigation::default());
    match start_routine {
        Some(routine_id) => open_routine(app, routine_id),
        None => show_main(app),
    }
}

/// Started at login: only the tray and the Rust tasks run; the window is created when asked for (tray,
/// reminder, a second launch).
pub fn on_background_launch(app: &AppHandle) {
    app.manage(PendingNavigation::default());
    log::info!("started in the tray; the window opens when asked for");
}

/// Another process (or a sync pass) changed the data: the routines are read into the library, the
/// scheduler reads its reminders again, and an open window reloads. The routines are read here, before
/// the window is told: the scheduler's thread reads them too, but a window that asked before it had would
/// list the routines without the new ones.
pub fn reload_data(app: &AppHandle) {
    if let (Some(store), Some(library)) = (
        app.try_state::<StoreHandle>(),
        app.try_state::<LibraryHandle>(),
    ) {
        if let Err(error) = limber_app::routines::reload(&store.lock(), &library) {
            log::error!("the saved routines could not be read again: {error}");
        }
    }
    crate::scheduler::send(app, limber_resident::scheduler::Message::DataChanged);
    if let Err(error) = app.emit(DATA_CHANGED_EVENT, ()) {
        log::debug!("no window took the data change: {error}");
    }
}

/// A second `limber` was started while this one runs: it handed over its arguments and exited.
pub fn on_second_launch(app: &AppHandle, argv: &[String]) {
    let command = limber_app::cli::parse(argv.iter().skip(1));
    if command == Ok(CliCommand::DataChanged) {
        // `limber import` or `limber sync` changed the data: read it again, and let an open window show it.
        // Not a use of the computer, and nothing to show.
        reload_data(app);
        return;
    }
    crate::scheduler::activity(app);
    match command {
        Ok(CliCommand::Start { routine_id }) => open_routine(app, &routine_id),
        // Start at login while Limber already runs: nothing to show.
        Ok(CliCommand::Background) => {}
        Ok(_) => show_main(app),
        Err(error) => {
            log::warn!("a second launch passed arguments Limber does not understand: {error}");
            show_main(app);
        }
    }
}

/// The app's event loop hook: closing the last window keeps Limber running in the tray (its webview is
/// gone, the scheduler and the session driver go on); only an explicit exit (Quit) ends the process.
pub fn on_run_event(app: &AppHandle, event: RunEvent) {
    match event {
        RunEvent::ExitRequested {
            code: None, api, ..
        } => {
            log::info!("the window was closed; Limber keeps running for reminders");
            api.prevent_exit();
            crate::shell_event::emit(app, crate::shell_event::ShellEvent::WindowClosed);
        }
        RunEvent::Exit => {
            crate::scheduler::send(app, limber_resident::scheduler::Message::Shutdown)
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::OsStr;

    use super::compositing_setting;

    fn check(current: Option<&str>, expected: Option<&str>) {
        assert_eq!(
            compositing_setting(current.map(OsStr::new)),
            expected,
            "{current:?}"
        );
    }

    #[test]
    fn compositing_is_switched_off_only_when_the_person_has_not_chosen() {
        check(None, Some("1"));
        check(Some("0"), None);
        check(Some("1"), None);
        check(Some(""), None);
    }
}
