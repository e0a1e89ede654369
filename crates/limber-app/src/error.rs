//! Errors of the shell, and the one shape in which any error crosses IPC: `{ code, message }`.
//!
//! The UI branches on `code` (a closed enum), never on message text; `message` is a sentence a person
//! can read. Nothing here may panic: every failure of a command ends as a `CommandError`.

use serde::Serialize;
use ts_rs::TS;

use crate::words::Words;

/// Everything that can go wrong in the shell, by cause.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    Store(#[from] limber_store::StoreError),
    #[error("The built-in exercise library is invalid: {0}")]
    Library(#[from] limber_core::library::LibraryError),
    /// `what` is one of the kinds the message `error-not-found` names: "routine", "own-routine",
    /// "exercise", "session".
    #[error("{}", not_found(what, id))]
    NotFound { what: &'static str, id: String },
    /// A request the person can correct, refused with a sentence from the catalogue.
    #[error("{0}")]
    Refused(Words),
    #[error("{0}")]
    InvalidInput(String),
    #[error("The data folder could not be found: {0}")]
    DataDir(String),
    #[error("Something went wrong inside Limber: {0}")]
    Internal(String),
    /// A file the user chose could not be written or read (export, import).
    #[error("{0}")]
    File(Words),
}

fn not_found(what: &str, id: &str) -> Words {
    Words::new("error-not-found")
        .with("what", what)
        .with("id", id)
}

/// A plan without days is refused as input the person can correct.
impl From<limber_core::settings::NoDays> for AppError {
    fn from(_: limber_core::settings::NoDays) -> Self {
        AppError::Refused(Words::new("plan-refused-no-days"))
    }
}

/// The closed set of error codes the UI may branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    NotFound,
    InvalidInput,
    Storage,
    Internal,
}

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    pub code: ErrorCode,
    /// What went wrong, said by the window in the language in force.
    pub message: Words,
}

impl From<AppError> for CommandError {
    fn from(error: AppError) -> Self {
        let code = match &error {
            AppError::Store(_) | AppError::File(_) => ErrorCode::Storage,
            AppError::NotFound { .. } => ErrorCode::NotFound,
            AppError::InvalidInput(_) | AppError::Refused(_) => ErrorCode::InvalidInput,
            AppError::Library(_) | AppError::DataDir(_) | AppError::Internal(_) => {
                ErrorCode::Internal
            }
        };
        log::warn!("command failed: {error}");
        // A full disk or a read-only folder is said in plain words, never in SQLite's alone. Sentences that
        // are not in the catalogue yet travel as they are ("error-as-said").
        let message = match error {
            AppError::Store(store) => {
                crate::health::refusal(&store).unwrap_or_else(|| Words::as_said(store.to_string()))
            }
            AppError::NotFound { what, id } => not_found(what, &id),
            AppError::Refused(words) => words,
            AppError::Library(library) => {
                Words::new("error-library").with("detail", library.to_string())
            }
            AppError::DataDir(detail) => Words::new("error-data-dir").with("detail", detail),
            AppError::Internal(detail) => Words::new("error-internal").with("detail", detail),
            AppError::InvalidInput(text) => Words::as_said(text),
            AppError::File(words) => words,
        };
        CommandError { code, message }
    }
}

/// Lower-level errors convert straight to the IPC shape, so commands can use `?` on store and library
/// calls; each goes through [`AppError`] and so gets its code from the one mapping above.
macro_rules! via_app_error {
    ($($source:ty),* $(,)?) => {
        $(impl From<$source> for CommandError {
            fn from(error: $source) -> Self {
                AppError::from(error).into()
            }
        })*
    };
}

/// A sync folder that cannot be used is input the person can correct (choose another, plug the disk in).
impl From<crate::sync::SyncError> for AppError {
    fn from(error: crate::sync::SyncError) -> Self {
        match error {
            crate::sync::SyncError::Store(store) => AppError::Store(store),
            other => AppError::Refused(other.words()),
        }
    }
}

via_app_error!(
    limber_store::StoreError,
    limber_core::library::LibraryError,
    crate::sync::SyncError,
);

/// What every command returns.
pub type CommandResult<T> = Result<T, CommandError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_cross_ipc_as_code_and_message() {
        let error: CommandError = AppError::NotFound {
            what: "routine",
            id: "moonwalk".into(),
        }
        .into();
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "notFound",
                "message": {"id": "error-not-found", "args": {"what": "routine", "id": "moonwalk"}}
            })
        );
        assert_eq!(error.message.to_string(), "No routine called \"moonwalk\".");
        assert_eq!(
            error.message.say("de"),
            "Es gibt keine Routine namens „moonwalk“."
        );
    }
}
