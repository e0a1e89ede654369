//! The closed set of things that happen in the shell and that another part of it acts on: the window opens or
//! closes, a routine should open, a session finished, the reminders' status or the data's status changed,
//! Quit was chosen. A part that makes one happen only emits it here ([`emit`]); the one coordinator
//! (`crate::coordinator`) decides who acts on it. So the window, the tray, the hand-over, the session driver,
//! the scheduler's presence and saving never call each other in a circle. This module depends on none of
//! them.

use std::sync::mpsc;

use limber_app::status::ReminderStatus;
use tauri::{AppHandle, Manager};

/// The label of the main window (as in tauri.conf.json's window, which the app creates on demand).
pub const MAIN: &str = "main";

/// Something that happened, for the coordinator.
#[derive(Debug, Clone)]
pub enum ShellEvent {
    /// Show the main window (create it if there is none).
    ShowWindow,
    /// Open the main window on a routine's player.
    OpenRoutine(String),
    /// The last window closed; Limber keeps running (and on Linux may hand over to `limber-tray`).
    WindowClosed,
    /// A session ended (its record saved or waiting).
    SessionFinished,
    /// The reminders' status changed: the tray shows it.
    ReminderStatus(Box<ReminderStatus>),
    /// What waits to be saved, or a problem with the data folder, changed: the window's banner shows it.
    DataStatusChanged,
    /// Records were written that the reminders' status depends on (a session): the scheduler looks again.
    RecordsWritten,
    /// All that waited is saved now; a closed window may hand over.
    AllSaved,
    /// Quit was chosen (from the tray).
    Quit,
}

/// The sending end the coordinator reads, managed by Tauri.
pub struct ShellEvents(pub mpsc::Sender<ShellEvent>);

/// Hands an event to the coordinator. Before the coordinator runs (early start-up) the event is logged and
/// dropped: nothing can act on it yet.
pub fn emit(app: &AppHandle, event: ShellEvent) {
    match app.try_state::<ShellEvents>() {
        Some(events) => {
            if events.0.send(event).is_err() {
                log::debug!("the shell's coordinator has stopped; an event was dropped");
            }
        }
        None => log::debug!("no coordinator yet; {event:?} dropped"),
    }
}
