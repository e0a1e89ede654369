//! A minimal logger to standard error. `LIMBER_LOG` picks the level (error, warn, info, debug, trace);
//! the default is `info`. Nothing is ever sent anywhere else: Limber has no telemetry.

use log::{Level, LevelFilter, Log, Metadata, Record};

struct StderrLog {
    level: LevelFilter,
}

impl Log for StderrLog {
    fn enabled(&self, metadata: &Metadata) -> bool {
        metadata.level() <= self.level
    }

    fn log(&self, record: &Record) {
        // Dependencies (WebKit, tao) are chatty at info; keep their lines to warnings unless asked.
        let ours = record.target().starts_with("limber");
        if self.enabled(record.metadata()) && (ours || record.level() <= Level::Warn) {
            eprintln!("[limber {}] {}", record.level(), record.args());
        }
    }

    fn flush(&self) {}
}

/// Installs the logger once; later calls do nothing.
pub fn init() {
    let level = std::env::var("LIMBER_LOG")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(LevelFilter::Info);
    if log::set_boxed_logger(Box::new(StderrLog { level })).is_ok() {
        log::set_max_level(level);
    }
}
