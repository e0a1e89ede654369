//! Limber's application layer: the use cases that both programs (the app with its window, `limber-tray`
//! between routines) and the command line call, and the values they hand to a view.
//!
//! It owns the dashboard and its summaries ([`progress`]), the status the tray and `limber status` show
//! ([`status`]), the reminder setup and what is remembered of past reminders ([`reminders`]), saving what a
//! person makes and saying so when it cannot be written ([`outbox`], [`health`]), the library a person sees
//! ([`routines`]), the catalogue of words in every language
//! ([`i18n`]) and the built-in content in it ([`content`]), the words of a reminder ([`notice`]) and of the tray menu ([`tray_menu`]), the handles to the
//! store and the library ([`state`]), the command line's grammar ([`cli`]) and the errors a command returns
//! ([`error`]). Rules live in `limber-core` and persistence in `limber-store`; this crate combines them. It
//! never reads a clock (time is passed in), never touches the OS beyond the data folder, and never depends on
//! `limber-resident` or tauri.

pub mod appearance;
pub mod cli;
pub mod content;
pub mod custom_routines;
pub mod data;
pub mod dose_words;
pub mod error;
pub mod health;
pub mod i18n;
pub mod journal;
pub mod library_view;
pub mod notice;
pub mod onboarding;
pub mod outbox;
pub mod picked_file;
pub mod progress;
pub mod progress_settings;
pub mod progression;
pub mod reminders;
pub mod routine_view;
pub mod routines;
pub mod schedule;
pub mod settings;
pub mod state;
pub mod status;
pub mod sync;
pub mod tray_menu;
pub mod wire;
pub mod words;
