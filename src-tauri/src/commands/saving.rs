//! Commands about saving: where Limber's data stands (a full disk, a read-only folder, records waiting),
//! and quitting even though records wait. The retry itself runs in `crate::saving`.

use tauri::{AppHandle, State};

use limber_app::error::CommandResult;
use limber_app::outbox::{DataStatus, Saving};

/// What keeps Limber from saving, if anything, and how many records wait; for the window's banner.
#[tauri::command]
pub async fn data_status(saving: State<'_, Saving>) -> CommandResult<DataStatus> {
    Ok(saving.status())
}

/// The person read that waiting records would be lost and quits anyway.
#[tauri::command]
pub async fn quit_anyway(app: AppHandle, saving: State<'_, Saving>) -> CommandResult<()> {
    let waiting = saving.status().waiting;
    if waiting > 0 {
        log::warn!("quitting with {waiting} record(s) not saved, as the person chose");
    }
    app.exit(0);
    Ok(())
}
