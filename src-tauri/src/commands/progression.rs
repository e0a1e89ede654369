//! Commands of the adaptive dose on the progress screen: the dose panels, and accepting, declining or undoing a
//! change.
//!
//! Thin adapters: the clock is read here once and the use cases are `limber_app::progression`'s. A change that
//! made a new routine version (or a personal copy that took over a reminder) wakes the scheduler, so reminders
//! and the tray read the routines and reminders again.

use limber_app::error::CommandResult;
use limber_app::progression::{self, DoseAnswer, DoseCard, DoseChange, Reply};
use limber_app::state::{LibraryHandle, StoreHandle};
use limber_resident::scheduler::Message;
use tauri::{AppHandle, State};

use crate::commands::progress::now_and_zone;

/// The dose panel of every routine the progress screen shows.
#[tauri::command]
pub async fn dose_cards(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<Vec<DoseCard>> {
    let (now, tz) = now_and_zone(&app);
    Ok(progression::cards(
        &store.lock(),
        &library.current(),
        now,
        tz,
    )?)
}

fn answered(app: &AppHandle, answer: DoseAnswer) -> DoseAnswer {
    if answer.data_changed {
        crate::scheduler::send(app, Message::DataChanged);
    }
    answer
}

/// Accepts the offered change (the next session uses the new dose) or declines it (the next offer waits a
/// week).
#[tauri::command]
pub async fn dose_reply(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    routine_id: String,
    change: DoseChange,
    reply: Reply,
) -> CommandResult<DoseAnswer> {
    let (now, tz) = now_and_zone(&app);
    let language = super::language::in_force(&store);
    let answer = progression::reply(
        &store.lock(),
        &library,
        &routine_id,
        &change,
        reply,
        (now, tz),
        &language,
    )?;
    Ok(answered(&app, answer))
}

/// Takes back the routine's latest dose change.
#[tauri::command]
pub async fn dose_undo(
    app: AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    routine_id: String,
) -> CommandResult<DoseAnswer> {
    let (now, tz) = now_and_zone(&app);
    let answer = progression::undo(&store.lock(), &library, &routine_id, now, tz)?;
    Ok(answered(&app, answer))
}
