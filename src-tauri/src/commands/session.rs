//! Commands of the guided session: start a routine, steer it, read its state, answer the end question.
//! The session itself runs in the driver task (`crate::session`); these only pass messages.

use limber_app::wire::session::Command;
use tauri::{AppHandle, State};

use crate::session::{SessionHandle, SessionView};
use limber_app::error::{AppError, CommandResult};
use limber_app::outbox::{Record, SaveState, Saving};
use limber_app::words::Words;

/// Starts a routine. `checklist` holds the ids of the evening checklist items the user ticked.
#[tauri::command]
pub async fn session_start(
    session: State<'_, SessionHandle>,
    store: State<'_, limber_app::state::StoreHandle>,
    routine_id: String,
    checklist: Option<Vec<String>>,
) -> CommandResult<SessionView> {
    let language = super::language::in_force(&store);
    Ok(session.start(routine_id, checklist, language).await?)
}

/// Pause, resume, skip, back, +10 s or stop.
#[tauri::command]
pub async fn session_command(
    session: State<'_, SessionHandle>,
    command: Command,
) -> CommandResult<SessionView> {
    Ok(session.command(command.into()).await?)
}

/// The running or just-ended session, so a reopened window picks up where the session is.
#[tauri::command]
pub async fn session_current(
    session: State<'_, SessionHandle>,
) -> CommandResult<Option<SessionView>> {
    Ok(session.current().await?)
}

/// Closes the end screen: the ended session is forgotten by the driver (it is saved, or waits in `Saving`,
/// which keeps it whatever the screen shows).
#[tauri::command]
pub async fn session_dismiss(session: State<'_, SessionHandle>) -> CommandResult<()> {
    session.dismiss();
    Ok(())
}

/// Saves the 0–10 answer to "How does your back feel now?" with the session. The answer says whether it is
/// on disk: when the store cannot write (a full disk), it waits with the session and is retried.
#[tauri::command]
pub async fn session_set_feel(
    app: AppHandle,
    saving: State<'_, Saving>,
    session_id: String,
    feel: u8,
) -> CommandResult<SaveState> {
    let (min, max) = limber_core::journal::FEEL_RANGE;
    if !(min..=max).contains(&feel) {
        return Err(AppError::Refused(
            Words::new("session-refused-feel")
                .with("min", u32::from(min))
                .with("max", u32::from(max))
                .with("got", u32::from(feel)),
        )
        .into());
    }
    let state = saving
        .save(Record::Feel {
            session_id: session_id.clone(),
            feel,
        })
        .map_err(|error| match error {
            limber_store::StoreError::Rejected(_) => AppError::NotFound {
                what: "session",
                id: session_id,
            },
            other => AppError::Store(other),
        })?;
    if state != SaveState::Saved {
        crate::saving::emit_status(&app);
    }
    Ok(state)
}
