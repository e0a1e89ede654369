//! Limber's OS layer without a webview or GUI toolkit: the clock, desktop notifications, screen-unlock signals,
//! the reminder scheduler's thread and driver, and the tray-only process.
//!
//! Both processes use it: the app (`src-tauri`, with its window) and, on Linux, the tray-only process
//! `limber-tray` ([`tray_process`]) that takes over when the window closes, so that between routines Limber
//! does not keep WebKit and GTK in memory. The use cases it drives (the status, the reminder setup, saving)
//! live in `limber-app`, rules in `limber-core` and persistence in `limber-store`; this crate only wires them
//! to the OS. It must never link tauri, wry or GTK.

pub mod binaries;
pub mod clock;
pub mod locale;
pub mod logger;
pub mod notification;
#[cfg(target_os = "linux")]
pub mod open_notices;
pub mod scheduler;
#[cfg(target_os = "linux")]
pub mod tray_process;
#[cfg(target_os = "linux")]
pub mod unlock;

#[cfg(all(test, target_os = "linux"))]
mod test_bus;
