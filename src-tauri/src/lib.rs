//! The Limber shell: glue between the pure core, the store, the OS and the web UI.
//!
//! It owns IPC commands (one module per domain under `commands/`), the window lifecycle and start-up.
//! Business rules live in `limber-core` and persistence in `limber-store`; this crate only wires them to
//! the OS. It must never compute a streak or a schedule itself, and never panic on bad input.

pub mod commands;
pub mod error;
pub mod logger;
pub mod state;
pub mod window;

#[cfg(test)]
mod bindings;

use tauri::Manager;

use crate::state::{DataPaths, Library, StoreHandle};

/// Starts the app and returns the process exit code.
pub fn run() -> i32 {
    logger::init();
    let library = match limber_core::library::Library::builtin() {
        Ok(library) => library,
        Err(error) => {
            // Start-up invariant: the built-in data is validated by tests, so this only happens to a
            // broken build. Say so plainly instead of panicking.
            log::error!("the built-in library is invalid: {error}");
            return 1;
        }
    };

    let result = tauri::Builder::default()
        // A second launch hands its arguments to the running instance, which shows its window.
        .plugin(tauri_plugin_single_instance::init(|app, _argv, _cwd| {
            window::show_main(app);
        }))
        .manage(Library(library))
        .setup(|app| {
            let dir = app
                .path()
                .app_data_dir()
                .map_err(|e| error::AppError::DataDir(e.to_string()))?;
            let paths = DataPaths::new(dir);
            log::info!("data directory: {}", paths.dir().display());
            let store = state::open_store(&paths)?;
            app.manage(StoreHandle::new(store));
            app.manage(paths);
            window::show_main(app.handle());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::routines::list_routines,
            commands::routines::get_routine,
        ])
        .run(tauri::generate_context!());

    match result {
        Ok(()) => 0,
        Err(error) => {
            log::error!("Limber stopped: {error}");
            1
        }
    }
}
