//! The only place the shell reads time. Drivers (the session driver, the reminder scheduler) take a
//! `Clock` so that tests replace it with a fake that jumps, stops or changes zone at will.
//!
//! Two clocks are kept apart on purpose: a monotonic one for timing a session (it never jumps when the
//! wall clock is corrected, and it stops while the machine sleeps, which pauses a session in effect) and
//! the wall clock with the local time zone for reminders (it keeps running through a suspend, so a
//! reminder due during sleep is noticed on wake).

use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// A source of time.
pub trait Clock: Send + Sync + 'static {
    /// Milliseconds on a monotonic timeline whose origin is arbitrary (only differences matter).
    fn monotonic_ms(&self) -> u64;
    /// The wall clock, in UTC.
    fn now_utc(&self) -> DateTime<Utc>;
    /// The local time zone, read afresh on each call so a zone change is noticed.
    fn time_zone(&self) -> Tz;
}

/// A shared clock.
pub type SharedClock = Arc<dyn Clock>;

/// The real clocks of the machine. In debug builds `LIMBER_TIME_SCALE` (e.g. `20`) makes the monotonic
/// clock run that many times faster, so end-to-end tests can play a whole routine in seconds; release
/// builds ignore it.
pub struct SystemClock {
    origin: Instant,
    scale: f64,
}

impl SystemClock {
    pub fn new() -> Self {
        Self {
            origin: Instant::now(),
            scale: time_scale(),
        }
    }

    /// How many times faster than real time session timing runs (1 outside debug builds).
    pub fn scale(&self) -> f64 {
        self.scale
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn monotonic_ms(&self) -> u64 {
        let real = self.origin.elapsed().as_secs_f64() * 1000.0;
        // Truncation to whole milliseconds is intended; the value is never negative.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let scaled = (real * self.scale) as u64;
        scaled
    }

    fn now_utc(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn time_zone(&self) -> Tz {
        local_time_zone()
    }
}

/// The time scale from `LIMBER_TIME_SCALE`, honoured in debug builds only.
fn time_scale() -> f64 {
    if !cfg!(debug_assertions) {
        return 1.0;
    }
    parse_time_scale(std::env::var("LIMBER_TIME_SCALE").ok().as_deref())
}

fn parse_time_scale(value: Option<&str>) -> f64 {
    value
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|v| v.is_finite() && *v >= 1.0 && *v <= 1000.0)
        .unwrap_or(1.0)
}

/// The machine's IANA time zone (`TZ` first, then the system setting), UTC when it cannot be told.
pub fn local_time_zone() -> Tz {
    let from_env = std::env::var("TZ")
        .ok()
        .map(|tz| tz.trim_start_matches(':').to_owned())
        .and_then(|name| name.parse::<Tz>().ok());
    from_env
        .or_else(|| {
            iana_time_zone::get_timezone()
                .ok()
                .and_then(|name| name.parse::<Tz>().ok())
        })
        .unwrap_or(Tz::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_scale_accepts_only_sane_values() {
        let rows: &[(Option<&str>, f64)] = &[
            (None, 1.0),
            (Some("20"), 20.0),
            (Some(" 2.5 "), 2.5),
            (Some("0"), 1.0),
            (Some("-3"), 1.0),
            (Some("fast"), 1.0),
            (Some("NaN"), 1.0),
            (Some("100000"), 1.0),
        ];
        for (input, expected) in rows {
            assert_eq!(parse_time_scale(*input), *expected, "input {input:?}");
        }
    }

    #[test]
    fn the_monotonic_clock_never_goes_back() {
        let clock = SystemClock::new();
        let a = clock.monotonic_ms();
        let b = clock.monotonic_ms();
        assert!(b >= a);
    }
}
