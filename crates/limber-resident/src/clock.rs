//! The only place the shell reads time. Drivers (the session driver, the reminder scheduler) take a
//! `Clock` so that tests replace it with a fake that jumps, stops or changes zone at will.
//!
//! Two clocks are kept apart on purpose: a monotonic one for timing a session (it never jumps when the
//! wall clock is corrected, and it stops while the machine sleeps, which pauses a session in effect) and
//! the wall clock with the local time zone for reminders (it keeps running through a suspend, so a
//! reminder due during sleep is noticed on wake).
//!
//! "Stops while the machine sleeps" must hold on every OS. `std::time::Instant` does on Linux
//! (CLOCK_MONOTONIC) and macOS (mach_absolute_time, CLOCK_UPTIME_RAW), but on Windows it reads the
//! performance counter, which keeps counting through sleep and hibernation: a session left running
//! overnight would complete itself on wake, and the scheduler would never see the wake (issue 15, fault 8).
//! Windows therefore reads the unbiased interrupt time, which leaves out time spent asleep.

use std::sync::Arc;

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
    origin: awake::Reading,
    scale: f64,
}

impl SystemClock {
    pub fn new() -> Self {
        Self {
            origin: awake::now(),
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
        let real = awake::since(&self.origin).as_secs_f64() * 1000.0;
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

/// Time that passes only while the machine is awake, on each OS.
#[cfg(not(windows))]
mod awake {
    use std::time::{Duration, Instant};

    /// On Linux and macOS the standard monotonic clock already stops while the machine sleeps.
    pub type Reading = Instant;

    pub fn now() -> Reading {
        Instant::now()
    }

    pub fn since(origin: &Reading) -> Duration {
        origin.elapsed()
    }
}

/// Windows: the unbiased interrupt time, in 100 ns units since boot, without the time spent asleep.
#[cfg(windows)]
mod awake {
    use std::time::Duration;

    pub type Reading = u64;

    /// Reads the unbiased interrupt time.
    ///
    /// This is the one place Limber calls the OS without a safe wrapper (the workspace denies unsafe code
    /// and allows it here only; see the README's Architecture section).
    #[allow(unsafe_code)]
    pub fn now() -> Reading {
        let mut ticks: u64 = 0;
        // SAFETY: QueryUnbiasedInterruptTime only writes one u64 through the pointer, which points at a live,
        // aligned local; it fails only for a null pointer, which this is not.
        let ok = unsafe {
            windows_sys::Win32::System::WindowsProgramming::QueryUnbiasedInterruptTime(&mut ticks)
        };
        if ok == 0 {
            log::warn!("the unbiased interrupt time could not be read");
        }
        ticks
    }

    pub fn since(origin: &Reading) -> Duration {
        Duration::from_nanos(now().saturating_sub(*origin).saturating_mul(100))
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

/// In debug builds only, the zone named in the file `LIMBER_TZ_FILE` points at, read on every call: the fault
/// tests change the zone of a running Limber with it, as travel or the settings would (a process's `TZ`
/// cannot change from outside). Release builds ignore it.
fn test_zone() -> Option<Tz> {
    if !cfg!(debug_assertions) {
        return None;
    }
    let path = std::env::var_os("LIMBER_TZ_FILE")?;
    std::fs::read_to_string(path)
        .ok()?
        .trim()
        .parse::<Tz>()
        .ok()
}

/// The machine's IANA time zone (`TZ` first, then the system setting), UTC when it cannot be told.
pub fn local_time_zone() -> Tz {
    if let Some(zone) = test_zone() {
        return zone;
    }
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

    /// The awake-time source reads, and never runs backwards (on Windows: the unbiased interrupt time).
    #[test]
    fn awake_time_never_runs_backwards() {
        let origin = awake::now();
        let first = awake::since(&origin);
        std::thread::sleep(std::time::Duration::from_millis(20));
        let second = awake::since(&origin);
        assert!(second >= first);
        assert!(
            second > std::time::Duration::ZERO,
            "the awake clock does not move"
        );
    }

    #[test]
    fn the_monotonic_clock_never_goes_back() {
        let clock = SystemClock::new();
        let a = clock.monotonic_ms();
        let b = clock.monotonic_ms();
        assert!(b >= a);
    }
}
