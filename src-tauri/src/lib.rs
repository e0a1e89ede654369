//! The Limber shell: glue between the pure core, the store, the OS and the web UI.
//!
//! It owns IPC commands (one module per domain under `commands/`), the drivers that keep time in Rust
//! (session, reminders), audio, notifications, the tray and the window lifecycle. Business rules live in
//! `limber-core` and persistence in `limber-store`; this crate only wires them to the OS. It must never
//! compute a streak or a schedule itself, and never panic on bad input.

pub mod audio;
pub mod coach;
pub mod commands;
pub mod coordinator;
#[cfg(debug_assertions)]
mod fault_writes;
pub mod handover;
pub mod saving;
pub mod scheduler;
pub mod session;
pub mod shell_event;
pub mod tray;
pub mod window;

#[cfg(test)]
mod bindings;

use std::sync::Arc;

use tauri::Manager;

use limber_app::cli::CliCommand;
use limber_app::outbox::Saving;
use limber_app::state::{DataPaths, LibraryHandle, StoreHandle};

/// Starts the app (or runs a command-line subcommand) and returns the process exit code.
// The command line's answers go to standard output by design.
#[allow(clippy::print_stdout)]
pub fn run() -> i32 {
    limber_resident::logger::init();
    let command = match limber_app::cli::parse(std::env::args().skip(1)) {
        Ok(command) => command,
        Err(error) => {
            eprintln!("limber: {error}");
            return 2;
        }
    };
    match command {
        CliCommand::Help => {
            print!("{}", limber_app::cli::USAGE);
            0
        }
        CliCommand::Version => {
            println!("limber {}", env!("CARGO_PKG_VERSION"));
            0
        }
        CliCommand::Status { json } => run_status(json),
        CliCommand::Import { file } => run_import(&file),
        CliCommand::Sync { folder } => run_sync(folder.as_deref()),
        #[cfg(debug_assertions)]
        CliCommand::FaultWrites { count, first } => fault_writes::run(count, first),
        #[cfg(not(debug_assertions))]
        CliCommand::FaultWrites { .. } => 2,
        // Internal: passed to a running instance by `limber import`; run directly, it only passes it on.
        CliCommand::DataChanged => {
            #[cfg(target_os = "linux")]
            limber_resident::tray_process::tell_data_changed();
            0
        }
        CliCommand::Open => launch_window(None),
        CliCommand::Background => {
            // On Linux start at login becomes the tray-only process; this returns only if it cannot.
            handover::become_tray_process();
            run_app(Launch::Background)
        }
        CliCommand::Start { routine_id } => launch_window(Some(routine_id)),
    }
}

fn run_status(json: bool) -> i32 {
    use limber_resident::clock::Clock;
    let clock = limber_resident::clock::SystemClock::new();
    limber_app::status::run(
        json,
        clock.now_utc(),
        clock.time_zone(),
        &limber_resident::locale::system(),
    )
}

// The command line's answers go to standard output by design.
#[allow(clippy::print_stdout)]
fn run_sync(folder: Option<&std::path::Path>) -> i32 {
    use limber_resident::clock::Clock;
    let clock = limber_resident::clock::SystemClock::new();
    let (code, changed) = limber_app::sync::run_cli(
        folder,
        clock.now_utc(),
        clock.time_zone(),
        &limber_resident::locale::system(),
    );
    // A Limber that runs now reads the merged data at once (its own passes would find it within
    // half a minute anyway).
    #[cfg(target_os = "linux")]
    if changed && limber_resident::tray_process::tell_data_changed() {
        println!("The running Limber has picked up the change.");
    }
    #[cfg(not(target_os = "linux"))]
    let _ = changed;
    code
}

fn run_import(file: &std::path::Path) -> i32 {
    commands::data::import_cli(file)
}

/// How the app starts: with its window (optionally on a routine's player), or only in the tray.
enum Launch {
    Window(Option<String>),
    Background,
}

/// A launch that wants the window (`limber`, `limber start <routine>`): the Limber that already runs takes
/// it (see [`handover::pass_to_running`]), or this process becomes the app.
fn launch_window(routine: Option<String>) -> i32 {
    match handover::pass_to_running() {
        Some(code) => code,
        None => run_app(Launch::Window(routine)),
    }
}

fn run_app(launch: Launch) -> i32 {
    // Start-up time is a target (bench/footprint): say where it goes, for `LIMBER_LOG=debug`.
    let started = std::time::Instant::now();
    // Before anything starts GTK or a thread: WebKit reads it when it starts (see the function).
    window::prepare_webkit_environment();
    let library = match limber_core::library::Library::builtin() {
        Ok(library) => LibraryHandle::new(library),
        Err(error) => {
            // Start-up invariant: the built-in data is validated by tests, so this only happens to a
            // broken build. Say so plainly instead of panicking.
            log::error!("the built-in library is invalid: {error}");
            return 1;
        }
    };
    log::debug!(
        "start-up: {} ms for the built-in library",
        started.elapsed().as_millis()
    );
    let paths = match DataPaths::from_os() {
        Ok(paths) => paths,
        Err(error) => {
            log::error!("{error}");
            return 1;
        }
    };

    let result = tauri::Builder::default()
        // A second launch hands its arguments to the running instance, which shows its window.
        .plugin(tauri_plugin_single_instance::init(|app, argv, _cwd| {
            window::on_second_launch(app, &argv);
        }))
        .plugin(tauri_plugin_dialog::init())
        // Start at login opens Limber in the tray only: no webview until the person asks for the window.
        .plugin(
            tauri_plugin_autostart::Builder::new()
                .arg("--background")
                .build(),
        )
        .manage(library.clone())
        .setup(move |app| {
            // First: everything below may emit shell events.
            coordinator::start(app.handle());
            log::debug!(
                "start-up: {} ms before setup",
                started.elapsed().as_millis()
            );
            log::info!("data directory: {}", paths.dir().display());
            // A full disk or a read-only folder never stops the start: the window opens and says so, the
            // data is read as far as SQLite allows, and what the person does waits in memory until it can
            // be written (`Saving`, retried by `saving::spawn_retries`).
            let opened = commands::data::open_for_app(&paths)?;
            if let Some(problem) = &opened.problem {
                log::error!("{}", problem.sentence(limber_app::i18n::SOURCE));
            }
            log::debug!(
                "start-up: {} ms to the store opened",
                started.elapsed().as_millis()
            );
            let recovery = opened.recovery;
            let store = StoreHandle::new(opened.store);
            let saving = Saving::new(
                store.clone(),
                paths.clone(),
                opened.problem,
                opened.degraded,
            );
            // The user's routines join the library before anything reads it (session, reminders).
            limber_app::routines::load_at_start(&store, &library);
            app.manage(limber_app::data::RecoveryState::new(recovery));
            commands::data::spawn_daily_backups(app.handle().clone());
            let clock = Arc::new(limber_resident::clock::SystemClock::new());
            let time_scale = clock.scale();
            let sound = audio::Audio::spawn(commands::audio::load_settings(&store));
            let sessions = session::spawn(
                library.clone(),
                clock,
                time_scale,
                sound.clone(),
                Arc::new(session::WindowOutput {
                    app: app.handle().clone(),
                }),
                Arc::new(session::StoreSink {
                    saving: saving.clone(),
                }),
            );
            app.manage(sessions);
            app.manage(saving);
            saving::spawn_retries(app.handle().clone());
            app.manage(sound);
            app.manage(store);
            app.manage(paths);
            // Where the voice clips are is found (and logged) once, now, rather than in the first session.
            audio::voice_dir();
            log::debug!(
                "start-up: {} ms to the session driver and sound started",
                started.elapsed().as_millis()
            );
            // The window is created as soon as what its commands need is managed, before the tray icon and
            // the reminders (about 60 ms here): WebKit starts its web process at once, and that process loads
            // while this thread goes on. The page's first command is answered only after setup returns, when
            // everything below is in place.
            match &launch {
                Launch::Window(start_routine) => {
                    window::on_launch(app.handle(), start_routine.as_deref());
                }
                Launch::Background => window::on_background_launch(app.handle()),
            }
            log::debug!(
                "start-up: {} ms to the window created",
                started.elapsed().as_millis()
            );
            if let Err(error) = tray::install(app.handle()) {
                log::warn!("no tray icon: {error}");
            }
            log::debug!(
                "start-up: {} ms to the tray icon",
                started.elapsed().as_millis()
            );
            let reminders_store = app.state::<StoreHandle>().inner().clone();
            scheduler::start(app.handle(), library.clone(), reminders_store)?;
            // Unlocking the screen is using the computer (a "first use" reminder may be waiting).
            #[cfg(target_os = "linux")]
            {
                let handle = app.handle().clone();
                limber_resident::unlock::watch(move |_| scheduler::activity(&handle));
            }
            log::debug!(
                "start-up: {} ms to the reminders",
                started.elapsed().as_millis()
            );
            log::debug!(
                "start-up: {} ms to the end of setup",
                started.elapsed().as_millis()
            );
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::sync::sync_status,
            commands::sync::sync_choose_folder,
            commands::sync::sync_now,
            commands::sync::sync_stop,
            commands::sync::sync_forget_device,
            commands::routines::list_routines,
            commands::routines::get_routine,
            commands::custom_routines::editor_exercises,
            commands::custom_routines::editor_new,
            commands::custom_routines::editor_open,
            commands::custom_routines::editor_duplicate,
            commands::custom_routines::editor_edit,
            commands::custom_routines::editor_check,
            commands::custom_routines::editor_reset,
            commands::custom_routines::custom_routine_save,
            commands::custom_routines::custom_routine_delete,
            commands::custom_routines::routine_history,
            commands::routine_files::routine_file_name,
            commands::routine_files::routine_export,
            commands::routine_files::routine_import,
            commands::routine_files::dialog_test_path,
            commands::session::session_start,
            commands::session::session_command,
            commands::session::session_current,
            commands::session::session_dismiss,
            commands::session::session_set_feel,
            commands::appearance::look_now,
            commands::appearance::appearance_set,
            commands::language::language_get,
            commands::language::language_set,
            commands::audio::audio_get,
            commands::audio::audio_set,
            commands::audio::audio_test,
            commands::audio::audio_test_voice,
            commands::library::list_exercises,
            commands::library::get_exercise,
            commands::safety::safety_guide,
            commands::onboarding::onboarding_status,
            commands::onboarding::onboarding_acknowledge_safety,
            commands::onboarding::onboarding_propose,
            commands::onboarding::onboarding_accept,
            commands::onboarding::onboarding_skip,
            commands::onboarding::onboarding_restart,
            commands::onboarding::plan_get,
            commands::onboarding::guide_set_preferences,
            commands::progress::progress_dashboard,
            commands::progress::mark_rest_day,
            commands::progress::unmark_rest_day,
            commands::progress::dismiss_red_flag,
            commands::progression::dose_cards,
            commands::progression::dose_reply,
            commands::progression::dose_undo,
            commands::progress::progress_settings,
            commands::progress::set_progress_settings,
            commands::journal::get_checkin,
            commands::journal::save_checkin,
            commands::data::export_file_name,
            commands::data::export_data,
            commands::data::import_data,
            commands::data::backup_info,
            commands::data::recovery_notice,
            commands::data::dismiss_recovery_notice,
            commands::schedule::reminder_overview,
            commands::schedule::reminder_settings_set,
            commands::schedule::reminders_pause_today,
            commands::schedule::reminder_snooze,
            commands::schedule::autostart_get,
            commands::schedule::autostart_set,
            commands::schedule::navigation_take,
            commands::schedule::window_close,
            commands::saving::data_status,
            commands::saving::quit_anyway,
            commands::startup::startup_interactive,
        ])
        .build(tauri::generate_context!());

    match result {
        // Closing the last window keeps Limber running in the tray; only Quit ends the event loop.
        Ok(app) => app.run_return(window::on_run_event),
        Err(error) => {
            log::error!("Limber stopped: {error}");
            1
        }
    }
}
