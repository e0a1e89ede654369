//! Commands of the language: the menu's view and a new choice. Thin adapters over `limber_app::i18n`; the
//! system's language is read here (through `limber_resident::locale`), and a new choice relabels the tray at
//! once, its reminder and streak lines included. Notifications read the choice from the store when they are
//! shown.

use tauri::{AppHandle, State};

use limber_app::error::{AppError, CommandResult};
use limber_app::i18n::{self, LanguageView};
use limber_app::state::StoreHandle;

/// The language in force now (the person's choice, else the system's), for the commands whose answers carry
/// words: the built-in content, the plan, the safety guide.
pub fn in_force(store: &StoreHandle) -> String {
    i18n::language_in_force(&store.lock(), &limber_resident::locale::system())
}

/// The language menu's view: the choice, the language in force, the system's and those offered.
#[tauri::command]
pub async fn language_get(store: State<'_, StoreHandle>) -> CommandResult<LanguageView> {
    let system = limber_resident::locale::system();
    Ok(i18n::language_view(&store.lock(), &system).map_err(AppError::from)?)
}

/// Stores a choice (`null` follows the system) and returns the new view.
#[tauri::command]
pub async fn language_set(
    app: AppHandle,
    store: State<'_, StoreHandle>,
    language: Option<String>,
) -> CommandResult<LanguageView> {
    let system = limber_resident::locale::system();
    let view = i18n::set_language(&store.lock(), language, &system)
        .map_err(AppError::from)?
        .map_err(|unknown| {
            AppError::Refused(
                limber_app::words::Words::new("language-refused-unknown").with("tag", unknown.0),
            )
        })?;
    crate::tray::relabel(&app);
    // The tray's "Next: …" and streak lines come from the scheduler's report, which is made in the language
    // in force: it is made again now.
    crate::scheduler::send(&app, limber_resident::scheduler::Message::DataChanged);
    Ok(view)
}
