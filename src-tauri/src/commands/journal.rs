//! Commands of the morning check-in: read today's entry (to pre-fill the form) and save it.
//!
//! Thin adapters: the clock is read here, the use cases are `limber_app::journal`.

use tauri::{AppHandle, State};

use crate::commands::progress::now_and_zone;
use limber_app::error::CommandResult;
use limber_app::journal::{save, view, CheckInInput, CheckInView};
use limber_app::outbox::Saving;

/// Today's check-in, to pre-fill the form and to tell the home screen whether it is done.
#[tauri::command]
pub async fn get_checkin(app: AppHandle, saving: State<'_, Saving>) -> CommandResult<CheckInView> {
    let (now, tz) = now_and_zone(&app);
    Ok(view(&saving, now, tz)?)
}

/// Saves today's check-in; bad values change nothing and come back as an `invalidInput` error.
#[tauri::command]
pub async fn save_checkin(
    app: AppHandle,
    saving: State<'_, Saving>,
    entry: CheckInInput,
) -> CommandResult<CheckInView> {
    let (now, tz) = now_and_zone(&app);
    let view = save(&saving, &entry, now, tz)?;
    if view.not_saved.is_some() {
        crate::saving::emit_status(&app);
    }
    Ok(view)
}
