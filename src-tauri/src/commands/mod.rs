//! IPC commands, one module per domain. Each command is a thin function: it validates its input, calls
//! the use cases of `limber_app` (which map the core's values to the wire types). No business rule lives here.

pub mod appearance;
pub mod audio;
pub mod custom_routines;
pub mod data;
pub mod journal;
pub mod language;
pub mod library;
pub mod onboarding;
pub mod progress;
pub mod progression;
pub mod routine_files;
pub mod routines;
pub mod safety;
pub mod saving;
pub mod schedule;
pub mod session;
pub mod startup;
pub mod sync;
