//! The main window's lifecycle: created on demand, shown and focused when asked for again.

use tauri::{AppHandle, Manager, WebviewUrl, WebviewWindowBuilder};

/// The label of the one main window.
pub const MAIN: &str = "main";

/// Shows the main window, creating its webview when there is none.
pub fn show_main(app: &AppHandle) {
    if let Some(window) = app.get_webview_window(MAIN) {
        if let Err(error) = window.unminimize().and_then(|()| window.show()).and_then(|()| window.set_focus()) {
            log::warn!("could not show the window: {error}");
        }
        return;
    }
    let built = WebviewWindowBuilder::new(app, MAIN, WebviewUrl::App("index.html".into()))
        .title("Limber")
        .inner_size(960.0, 720.0)
        .min_inner_size(420.0, 480.0)
        .build();
    if let Err(error) = built {
        log::error!("could not open the window: {error}");
    }
}
