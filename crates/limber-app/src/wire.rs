//! The values that cross IPC to the UI and back (the DTOs), and the generated TypeScript bindings' source.
//!
//! The core's values carry no wire format: each type here mirrors one of them with the names and serde
//! attributes the UI reads, and a `From` conversion from the core's value (or to it, for what the UI sends).
//! A change to what the UI sees is therefore made here and nowhere else, and the bindings test sees it.

pub mod journal;
pub mod library;
pub mod look;
pub mod plan;
pub mod progress;
pub mod safety;
pub mod schedule;
pub mod session;
