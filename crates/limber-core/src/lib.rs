//! Limber's domain, as pure functions and plain data.
//!
//! This crate owns what Limber *means*: the exercise library and its validation, routines and their
//! expansion into timed steps, the guided-session engine, reminder schedule maths, routine days,
//! streaks, habit scores, the journal and its insights, the safety guide, which moves a person's
//! answers rule out, and when a routine's dose should step up or down. It never performs IO, never
//! reads a clock and never depends on tauri, rodio or SQL: every instant and time zone is passed in
//! by the caller, which makes every rule here testable with plain tables of cases.

pub mod condition;
pub mod contraindication;
pub mod day;
pub mod dose_history;
pub mod exercise;
pub mod insight;
pub mod journal;
pub mod library;
pub mod look;
pub mod plan;
pub mod progression;
pub mod routine;
pub mod safety;
pub mod schedule;
pub mod schedule_history;
pub mod score;
pub mod session;
pub mod settings;
pub mod speech;
pub mod streak;
pub mod sync;
