//! Where Limber's two programs are: the app and the tray-only process are installed side by side and find each
//! other there (the hand-over on Linux starts the one beside it).

/// The tray-only process's file name, beside the app's (used on Linux).
pub const PROCESS_BINARY: &str = "limber-tray";

/// The app's file name, beside the tray process's.
pub const APP_BINARY: &str = "limber";

/// The path of a binary installed beside the running one (the app and `limber-tray` find each other so).
pub fn sibling(name: &str) -> Option<std::path::PathBuf> {
    let path = std::env::current_exe().ok()?.with_file_name(name);
    path.is_file().then_some(path)
}
