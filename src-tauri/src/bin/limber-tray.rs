//! `limber-tray`: Limber between routines on Linux, the reminder scheduler and the tray icon without a
//! webview (see `limber_resident::tray_process`). The app starts it when its window closes, and start at
//! login runs it; it starts the app again when the window is wanted.
//!
//! It lives in this package only so that the installers ship it beside `limber` (the bundler takes every
//! binary of the app's package). It must never use the app's library: that would link WebKit into it.

fn main() {
    #[cfg(target_os = "linux")]
    std::process::exit(limber_resident::tray_process::run(std::env::args().skip(1)));
    #[cfg(not(target_os = "linux"))]
    {
        eprintln!("limber-tray is used on Linux only; elsewhere the app keeps the tray itself");
        std::process::exit(2);
    }
}
