//! IPC commands, one module per domain. Each command is a thin function: it validates its input, calls
//! the core or the store, and maps the result to a DTO. No business rule lives here.

pub mod routines;
