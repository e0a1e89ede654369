//! Turning a local wall-clock time into an instant, across daylight-saving gaps and repeated hours.
//!
//! This submodule owns the one rule every reminder instant goes through: a wall time maps to the earliest
//! instant at which a clock in the zone reads it, and a wall time skipped by a gap maps to the instant the
//! clocks jumped (the first valid instant after the gap). It never guesses offsets from the calendar or from
//! the zone's usual rules: every offset comes from the time zone database through `chrono_tz`.

use chrono::{DateTime, LocalResult, NaiveDateTime, Offset, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;

/// The earliest instant at which the wall clock in `tz` reads `wall`, or, when `wall` falls in a gap, the
/// instant the clocks jumped over it.
pub(crate) fn instant_of(tz: Tz, wall: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&wall) {
        LocalResult::Single(at) => at.with_timezone(&Utc),
        LocalResult::Ambiguous(one, other) => one.min(other).with_timezone(&Utc),
        LocalResult::None => gap_end(tz, wall),
    }
}

/// The earliest instant strictly after `t` at which the wall clock in `tz` reads `wall` (or jumps over it).
/// Used to find where a quiet window ends when `t` may already lie in the second pass of a repeated hour; if
/// the zone offers no such instant, one second after `t` keeps callers moving forward.
pub(crate) fn instant_of_after(tz: Tz, wall: NaiveDateTime, t: DateTime<Utc>) -> DateTime<Utc> {
    let candidate = match tz.from_local_datetime(&wall) {
        LocalResult::Single(at) => at.with_timezone(&Utc),
        LocalResult::Ambiguous(one, other) => {
            let (first, second) = (one.min(other), one.max(other));
            if first.with_timezone(&Utc) > t {
                first.with_timezone(&Utc)
            } else {
                second.with_timezone(&Utc)
            }
        }
        LocalResult::None => gap_end(tz, wall),
    };
    if candidate > t {
        candidate
    } else {
        t.checked_add_signed(TimeDelta::seconds(1)).unwrap_or(t)
    }
}

/// The instant the clocks jumped over `wall`, which lies in a gap: the first instant whose wall-clock reading
/// is at or after `wall`.
fn gap_end(tz: Tz, wall: NaiveDateTime) -> DateTime<Utc> {
    let probe = wall.and_utc();
    let offset_seconds = |t: DateTime<Utc>| {
        i64::from(
            tz.offset_from_utc_datetime(&t.naive_utc())
                .fix()
                .local_minus_utc(),
        )
    };
    // Gaps are far shorter than a day and a half, and transitions months apart, so the offsets 36 hours either
    // side are the ones in force just before and just after this gap.
    let margin = TimeDelta::hours(36);
    let before = probe.checked_sub_signed(margin).map_or(0, offset_seconds);
    let after = probe.checked_add_signed(margin).map_or(0, offset_seconds);
    let reading = |seconds: i64| {
        DateTime::from_timestamp(seconds, 0).and_then(|t| {
            t.naive_utc()
                .checked_add_signed(TimeDelta::seconds(offset_seconds(t)))
        })
    };
    let is_before_wall = |seconds: i64| reading(seconds).is_some_and(|read| read < wall);

    // Under the later offset the clock would read `wall` at `low`, under the earlier one at `high`; the jump
    // lies between, and bisection finds its exact second.
    let mut low = probe.timestamp() - after;
    let mut high = probe.timestamp() - before;
    if !is_before_wall(low) || is_before_wall(high) {
        return DateTime::from_timestamp(high, 0).unwrap_or(probe);
    }
    while high - low > 1 {
        let mid = low + (high - low) / 2;
        if is_before_wall(mid) {
            low = mid;
        } else {
            high = mid;
        }
    }
    DateTime::from_timestamp(high, 0).unwrap_or(probe)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn wall(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|date| date.and_hms_opt(h, min, 0))
            .unwrap()
    }

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    /// One row per wall time: the zone, the wall time and the instant it must map to.
    fn check(tz: Tz, local: NaiveDateTime, expected: &str) {
        assert_eq!(instant_of(tz, local), utc(expected), "{tz} {local}");
    }

    #[test]
    fn schedule_local_instants() {
        use chrono_tz::America::New_York;
        use chrono_tz::Australia::Lord_Howe;
        use chrono_tz::Pacific::Apia;
        // An ordinary time.
        check(New_York, wall(2024, 1, 15, 7, 0), "2024-01-15T12:00:00Z");
        // Inside the spring gap (02:00 EST becomes 03:00 EDT): the jump itself.
        check(New_York, wall(2024, 3, 10, 2, 0), "2024-03-10T07:00:00Z");
        check(New_York, wall(2024, 3, 10, 2, 30), "2024-03-10T07:00:00Z");
        check(New_York, wall(2024, 3, 10, 2, 59), "2024-03-10T07:00:00Z");
        check(New_York, wall(2024, 3, 10, 3, 0), "2024-03-10T07:00:00Z");
        // Inside the repeated hour (02:00 EDT becomes 01:00 EST): the first pass.
        check(New_York, wall(2024, 11, 3, 1, 30), "2024-11-03T05:30:00Z");
        // Lord Howe moves by half an hour: 02:00 +10:30 becomes 02:30 +11 in October.
        check(Lord_Howe, wall(2024, 10, 6, 2, 15), "2024-10-05T15:30:00Z");
        // In April 02:00 +11 becomes 01:30 +10:30: 01:45 happens twice.
        check(Lord_Howe, wall(2024, 4, 7, 1, 45), "2024-04-06T14:45:00Z");
        // Samoa skipped 30 December 2011 entirely: its times map to the next midnight (+14).
        check(Apia, wall(2011, 12, 30, 7, 0), "2011-12-30T10:00:00Z");
    }

    #[test]
    fn schedule_local_instant_after_picks_the_later_pass() {
        use chrono_tz::America::New_York;
        let repeated = wall(2024, 11, 3, 1, 30);
        let first_pass = utc("2024-11-03T05:30:00Z");
        let second_pass = utc("2024-11-03T06:30:00Z");
        assert_eq!(
            instant_of_after(New_York, repeated, utc("2024-11-03T05:00:00Z")),
            first_pass
        );
        assert_eq!(
            instant_of_after(New_York, repeated, first_pass),
            second_pass
        );
        assert_eq!(
            instant_of_after(New_York, repeated, second_pass),
            utc("2024-11-03T06:30:01Z")
        );
    }
}
