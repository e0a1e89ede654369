//! The guided-session engine: a pure state machine that walks a plan of timed steps.
//!
//! This module owns expanding routines into plans ([`plan`]) and, in time, running them. It never
//! reads a clock and never sleeps: every instant is passed in by the caller.

pub mod plan;
