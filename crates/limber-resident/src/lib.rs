//! What of Limber stays resident between routines, with no webview and no GUI toolkit: the reminder
//! scheduler, desktop notifications, the status the tray and `limber status` show, the progress summaries
//! they need, and the handles to the store and the library.
//!
//! Both processes use it: the app (`src-tauri`, with its window) and, on Linux, the tray-only process
//! `limber-tray` ([`tray_process`]) that takes over when the window closes, so that between routines Limber
//! does not keep WebKit and GTK in memory. Business rules live in `limber-core` and persistence in
//! `limber-store`; this crate only wires them to the OS. It must never link tauri, wry or GTK.

pub mod cli;
pub mod clock;
pub mod error;
pub mod health;
pub mod logger;
pub mod notification;
#[cfg(target_os = "linux")]
pub mod open_notices;
pub mod outbox;
pub mod progress;
pub mod routines;
pub mod scheduler;
pub mod state;
pub mod status;
pub mod tray;
#[cfg(target_os = "linux")]
pub mod tray_process;
#[cfg(target_os = "linux")]
pub mod unlock;

#[cfg(all(test, target_os = "linux"))]
mod test_bus;
