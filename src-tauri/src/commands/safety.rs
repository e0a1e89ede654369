//! The safety guide for every screen that shows it: the first run, the player, the help page and the
//! journal's notice. The UI renders what this returns and keeps no copy of the list, so the red flags are
//! written once, in `assets/content/safety.json`, and checked by the core.

use limber_app::wire::safety::SafetyGuide;

use limber_app::error::{AppError, CommandResult};
use limber_app::state::StoreHandle;
use tauri::State;

/// The safety guide: the two levels of red flags, each with what to do, and the rules every routine
/// follows.
#[tauri::command]
pub async fn safety_guide(store: State<'_, StoreHandle>) -> CommandResult<SafetyGuide> {
    // The built-in guide is checked by the core's tests, so this fails only in a broken build, and then
    // says so in words (AppError::Library) rather than panicking.
    let guide = limber_core::safety::SafetyGuide::builtin().map_err(AppError::from)?;
    // In the language in force: the red flags and the stop rule are translated with care and checked by
    // back-translation (see the README, "Languages").
    let language = super::language::in_force(&store);
    Ok(limber_app::content::safety_guide(&language, &guide))
}
