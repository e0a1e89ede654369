//! The tray icon: where Limber lives while its window is closed.
//!
//! This module owns the icon, its menu (start the bedtime or morning routine, pause today's reminders, open
//! Limber, quit) and the two status lines shown at the top of the menu and in the tooltip (the next reminder
//! and the streaks; on Linux the tooltip is not shown by most trays, hence the menu lines). It only relays
//! choices to the window and the scheduler; it must never compute a reminder or a streak (the scheduler
//! hands it a [`ReminderStatus`]) and must never fail the app's start: without a tray host Limber still runs.

use tauri::menu::{CheckMenuItem, Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager};

use limber_core::routine::TimeOfDay;

use crate::scheduler;
use crate::shell_event::{emit, ShellEvent};
use limber_app::state::{LibraryHandle, StoreHandle};
use limber_app::status::{tray_lines, ReminderStatus};
use limber_app::tray_menu::label;
use limber_resident::scheduler::Message;

/// The tray icon's id.
pub const TRAY_ID: &str = "limber";

mod item {
    pub const NEXT: &str = "status-next";
    pub const STREAK: &str = "status-streak";
    pub const START_BEDTIME: &str = "start-bedtime";
    pub const START_MORNING: &str = "start-morning";
    pub const PAUSE_TODAY: &str = "pause-today";
    pub const OPEN: &str = "open";
    pub const QUIT: &str = "quit";
}

/// The menu entries that change while the app runs.
struct TrayMenu {
    next: MenuItem<tauri::Wry>,
    streak: MenuItem<tauri::Wry>,
    pause: CheckMenuItem<tauri::Wry>,
}

/// Builds the tray icon and its menu. A failure is returned for the caller to log; the app goes on.
pub fn install(app: &AppHandle) -> tauri::Result<()> {
    let next = MenuItem::with_id(app, item::NEXT, label::NEXT_UNKNOWN, false, None::<&str>)?;
    let streak = MenuItem::with_id(
        app,
        item::STREAK,
        label::STREAK_UNKNOWN,
        false,
        None::<&str>,
    )?;
    let start_bedtime = MenuItem::with_id(
        app,
        item::START_BEDTIME,
        label::START_BEDTIME,
        true,
        None::<&str>,
    )?;
    let start_morning = MenuItem::with_id(
        app,
        item::START_MORNING,
        label::START_MORNING,
        true,
        None::<&str>,
    )?;
    let pause = CheckMenuItem::with_id(
        app,
        item::PAUSE_TODAY,
        label::PAUSE_TODAY,
        true,
        false,
        None::<&str>,
    )?;
    let open = MenuItem::with_id(app, item::OPEN, label::OPEN, true, None::<&str>)?;
    let quit = MenuItem::with_id(app, item::QUIT, label::QUIT, true, None::<&str>)?;
    let menu = Menu::with_items(
        app,
        &[
            &next,
            &streak,
            &PredefinedMenuItem::separator(app)?,
            &start_bedtime,
            &start_morning,
            &pause,
            &PredefinedMenuItem::separator(app)?,
            &open,
            &quit,
        ],
    )?;
    let mut builder = TrayIconBuilder::with_id(TRAY_ID)
        .menu(&menu)
        .tooltip("Limber")
        .on_menu_event(on_menu_event);
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)?;
    app.manage(TrayMenu {
        next,
        streak,
        pause,
    });
    Ok(())
}

fn on_menu_event(app: &AppHandle, event: MenuEvent) {
    // Any use of the tray is using the computer.
    scheduler::activity(app);
    match event.id().as_ref() {
        item::START_BEDTIME => start(app, TimeOfDay::Bedtime),
        item::START_MORNING => start(app, TimeOfDay::Morning),
        item::PAUSE_TODAY => {
            let paused = app
                .try_state::<TrayMenu>()
                .and_then(|menu| menu.pause.is_checked().ok())
                .unwrap_or(true);
            // The menu handler runs on the main thread; the scheduler confirms on its own.
            scheduler::send(
                app,
                if paused {
                    Message::PauseToday { ack: None }
                } else {
                    Message::Resume { ack: None }
                },
            );
        }
        item::OPEN => emit(app, ShellEvent::ShowWindow),
        item::QUIT => emit(app, ShellEvent::Quit),
        _ => {}
    }
}

/// Opens the player on the routine for this time of day: the one with a reminder set, else the library's
/// first.
fn start(app: &AppHandle, time_of_day: TimeOfDay) {
    let routine_id = pick_routine(app, time_of_day);
    match routine_id {
        Some(routine_id) => emit(app, ShellEvent::OpenRoutine(routine_id)),
        None => emit(app, ShellEvent::ShowWindow),
    }
}

fn pick_routine(app: &AppHandle, time_of_day: TimeOfDay) -> Option<String> {
    let library = app.try_state::<LibraryHandle>()?.current();
    let store = app.try_state::<StoreHandle>()?;
    let store = store.lock();
    limber_app::tray_menu::pick_routine(&library, &store, time_of_day)
}

/// Shows a new status in the menu and the tooltip.
pub fn update(app: &AppHandle, status: &ReminderStatus) {
    let (next, streak) = tray_lines(status);
    if let Some(menu) = app.try_state::<TrayMenu>() {
        let results = [
            menu.next.set_text(&next),
            menu.streak.set_text(&streak),
            menu.pause.set_checked(status.paused_today),
        ];
        for error in results.into_iter().filter_map(Result::err) {
            log::debug!("the tray menu could not be updated: {error}");
        }
    }
    if let Some(tray) = app.tray_by_id(TRAY_ID) {
        if let Err(error) = tray.set_tooltip(Some(format!("Limber\n{next}\n{streak}"))) {
            log::debug!("the tray tooltip could not be updated: {error}");
        }
    }
}
