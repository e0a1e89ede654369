//! The page's word that a screen is ready for the person, for the start-up figures.
//!
//! The footprint benchmark times "from a reminder's Start now to the player" in an app that `limber-tray`
//! started, which no WebDriver session can see into; so the page reports the instant (its own wall clock,
//! in milliseconds since the epoch) at which a screen became interactive, and this logs it at debug level
//! (`LIMBER_LOG=debug`). It decides nothing and stores nothing.

use limber_app::error::CommandResult;

/// The longest screen name logged; the page sends a short fixed word.
const NAME_LIMIT: usize = 32;

/// Logs that `screen` was interactive at `at_ms` (the page's `performance.timeOrigin + performance.now()`), and
/// that the page began to load at `origin_ms` (its `performance.timeOrigin`).
#[tauri::command]
pub fn startup_interactive(screen: String, at_ms: f64, origin_ms: f64) -> CommandResult<()> {
    let screen: String = screen.chars().take(NAME_LIMIT).collect();
    log::debug!(
        "start-up: the {screen} screen was interactive at {at_ms:.1} ms since the epoch \
         (the page began to load at {origin_ms:.1})"
    );
    Ok(())
}
