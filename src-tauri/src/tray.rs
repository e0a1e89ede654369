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
use limber_app::tray_menu::Labels;
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

/// The menu entries that change while the app runs: the status lines, the pause switch, and every label when
/// the language changes.
struct TrayMenu {
    next: MenuItem<tauri::Wry>,
    streak: MenuItem<tauri::Wry>,
    start_bedtime: MenuItem<tauri::Wry>,
    start_morning: MenuItem<tauri::Wry>,
    pause: CheckMenuItem<tauri::Wry>,
    open: MenuItem<tauri::Wry>,
    quit: MenuItem<tauri::Wry>,
}

/// The tray's labels in the language in force (the person's choice, else the system's).
fn labels(app: &AppHandle) -> Labels {
    let language = app.try_state::<StoreHandle>().map_or_else(
        || limber_app::i18n::SOURCE.to_owned(),
        |store| {
            limber_app::i18n::language_in_force(&store.lock(), &limber_resident::locale::system())
        },
    );
    Labels::new(&language)
}

/// Builds the tray icon and its menu. A failure is returned for the caller to log; the app goes on.
pub fn install(app: &AppHandle) -> tauri::Result<()> {
    let label = labels(app);
    let next = MenuItem::with_id(app, item::NEXT, &label.next_unknown, false, None::<&str>)?;
    let streak = MenuItem::with_id(
        app,
        item::STREAK,
        &label.streak_unknown,
        false,
        None::<&str>,
    )?;
    let start_bedtime = MenuItem::with_id(
        app,
        item::START_BEDTIME,
        &label.start_bedtime,
        true,
        None::<&str>,
    )?;
    let start_morning = MenuItem::with_id(
        app,
        item::START_MORNING,
        &label.start_morning,
        true,
        None::<&str>,
    )?;
    let pause = CheckMenuItem::with_id(
        app,
        item::PAUSE_TODAY,
        &label.pause_today,
        true,
        false,
        None::<&str>,
    )?;
    let open = MenuItem::with_id(app, item::OPEN, &label.open, true, None::<&str>)?;
    let quit = MenuItem::with_id(app, item::QUIT, &label.quit, true, None::<&str>)?;
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
        start_bedtime,
        start_morning,
        pause,
        open,
        quit,
    });
    Ok(())
}

/// Says the menu's labels again in the language now in force (after a change in the settings). The status
/// lines follow at the scheduler's next status.
pub fn relabel(app: &AppHandle) {
    let label = labels(app);
    if let Some(menu) = app.try_state::<TrayMenu>() {
        let results = [
            menu.start_bedtime.set_text(&label.start_bedtime),
            menu.start_morning.set_text(&label.start_morning),
            menu.pause.set_text(&label.pause_today),
            menu.open.set_text(&label.open),
            menu.quit.set_text(&label.quit),
        ];
        for error in results.into_iter().filter_map(Result::err) {
            log::debug!("the tray menu could not be relabelled: {error}");
        }
    }
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
