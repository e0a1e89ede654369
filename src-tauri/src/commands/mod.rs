//! IPC commands, one module per domain. Each command is a thin function: it validates its input, calls
//! the core or the store, and maps the result to a DTO. No business rule lives here.

pub mod audio;
pub mod custom_routines;
pub mod data;
pub mod journal;
pub mod library;
pub mod onboarding;
pub mod progress;
pub mod routines;
pub mod safety;
pub mod saving;
pub mod schedule;
pub mod session;
