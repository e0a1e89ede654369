//! The routine day: which local calendar day a session or a journal entry belongs to.
//!
//! This module owns the day-boundary rule (a wind-down finished at 00:40 counts for the evening
//! before, because the routine day starts at a boundary such as 04:00 rather than at midnight) and
//! the conversion from a UTC instant plus the UTC offset it was recorded with into that day. It must
//! never be used for reminder scheduling: reminders fire at wall-clock times and live in `schedule`,
//! because mixing a late day boundary into reminder maths is what broke reminders in Loop Habit
//! Tracker (uhabits #607). It never reads a clock; "now" is always an argument.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, NaiveTime, Offset, TimeDelta, TimeZone, Timelike, Utc};
use chrono_tz::Tz;

/// The boundary used when the user has not chosen one: a routine day runs from 04:00 to 03:59 the
/// next morning, so night owls who finish a wind-down after midnight keep their evening.
pub const DEFAULT_DAY_BOUNDARY: NaiveTime = match NaiveTime::from_hms_opt(4, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};

/// Returns the routine day that an instant belongs to, given the UTC offset (in seconds east of
/// UTC) that was in force where and when it was recorded, and the day boundary.
///
/// The offset is stored with each session rather than looked up again later, so that a session
/// keeps its day across DST changes and travel: a session recorded in Tokyo keeps its Tokyo day
/// even when the history is viewed in Lisbon.
pub fn routine_day(at_utc: DateTime<Utc>, utc_offset_secs: i32, boundary: NaiveTime) -> NaiveDate {
    // Shifting by the offset gives local wall-clock time; shifting back by the boundary makes the
    // routine day start at local midnight, so the calendar date of the result is the routine day.
    let since_midnight = i64::from(boundary.num_seconds_from_midnight());
    let shift = TimeDelta::seconds(i64::from(utc_offset_secs) - since_midnight);
    at_utc
        .naive_utc()
        .checked_add_signed(shift)
        // Only instants at the very ends of chrono's range can overflow; their UTC date is the
        // closest meaningful answer there.
        .unwrap_or_else(|| at_utc.naive_utc())
        .date()
}

/// Returns the UTC offset, in seconds east of UTC, that `tz` has at `at_utc`. The shell records
/// this number with each session so that [`routine_day`] never has to guess it later.
pub fn utc_offset_secs(at_utc: DateTime<Utc>, tz: Tz) -> i32 {
    tz.offset_from_utc_datetime(&at_utc.naive_utc())
        .fix()
        .local_minus_utc()
}

/// Returns the routine day it is at `now` for someone in `tz`: before the boundary, it is still
/// yesterday's routine day.
pub fn today(now: DateTime<Utc>, tz: Tz, boundary: NaiveTime) -> NaiveDate {
    routine_day(now, utc_offset_secs(now, tz), boundary)
}

/// Returns the set of routine days covered by completed sessions, each given as the UTC instant it
/// finished and the offset it was recorded with. Several sessions on one day count once.
pub fn routine_days<I>(finished: I, boundary: NaiveTime) -> BTreeSet<NaiveDate>
where
    I: IntoIterator<Item = (DateTime<Utc>, i32)>,
{
    finished
        .into_iter()
        .map(|(at_utc, offset)| routine_day(at_utc, offset, boundary))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn check(at: &str, offset_hours: f64, boundary: NaiveTime, expected: &str) {
        let offset = (offset_hours * 3600.0) as i32;
        assert_eq!(
            routine_day(utc(at), offset, boundary),
            date(expected),
            "{at} at UTC{offset_hours:+} with boundary {boundary}"
        );
    }

    #[test]
    fn routine_day_table() {
        let b = DEFAULT_DAY_BOUNDARY;
        let rows: &[(&str, f64, NaiveTime, &str)] = &[
            // An evening session at UTC belongs to its own date.
            ("2024-03-04T21:30:00Z", 0.0, b, "2024-03-04"),
            // The night owl: 00:40 local counts for the evening before.
            ("2024-03-05T00:40:00Z", 0.0, b, "2024-03-04"),
            // One second before the boundary is still the previous day; the boundary itself is not.
            ("2024-03-05T03:59:59Z", 0.0, b, "2024-03-04"),
            ("2024-03-05T04:00:00Z", 0.0, b, "2024-03-05"),
            // Tokyo (UTC+9): 15:40 UTC is 00:40 the next morning in Tokyo, which is still the 4th there.
            ("2024-03-04T15:40:00Z", 9.0, b, "2024-03-04"),
            // Tokyo morning at 07:00 local is 22:00 UTC the day before.
            ("2024-03-04T22:00:00Z", 9.0, b, "2024-03-05"),
            // New York in winter (UTC-5): 03:00 UTC on the 5th is 22:00 on the 4th.
            ("2024-03-05T03:00:00Z", -5.0, b, "2024-03-04"),
            // India (UTC+5:30): 22:45 UTC is 04:15 local, just past the boundary.
            ("2024-03-04T22:45:00Z", 5.5, b, "2024-03-05"),
            ("2024-03-04T22:15:00Z", 5.5, b, "2024-03-04"),
            // A midnight boundary gives plain calendar days.
            ("2024-03-05T00:40:00Z", 0.0, NaiveTime::MIN, "2024-03-05"),
            ("2024-03-04T23:59:59Z", 0.0, NaiveTime::MIN, "2024-03-04"),
            // A later boundary (06:00) keeps a 05:30 session in the previous day.
            ("2024-03-05T05:30:00Z", 0.0, hm(6, 0), "2024-03-04"),
            // Across a year end and a leap day.
            ("2025-01-01T01:00:00Z", 0.0, b, "2024-12-31"),
            ("2024-03-01T02:00:00Z", 0.0, b, "2024-02-29"),
        ];
        for &(at, offset, boundary, expected) in rows {
            check(at, offset, boundary, expected);
        }
    }

    #[test]
    fn today_follows_the_zone_including_dst() {
        let rows: &[(&str, Tz, &str)] = &[
            // Berlin switches to summer time at 01:00 UTC on 2024-03-31. 00:30 UTC that night is
            // 01:30 CET (before the boundary: still the 30th); 02:30 UTC is 04:30 CEST.
            (
                "2024-03-31T00:30:00Z",
                chrono_tz::Europe::Berlin,
                "2024-03-30",
            ),
            (
                "2024-03-31T02:30:00Z",
                chrono_tz::Europe::Berlin,
                "2024-03-31",
            ),
            // 01:30 UTC is 03:30 CEST: summer time already applies, so it is still the 30th.
            (
                "2024-03-31T01:30:00Z",
                chrono_tz::Europe::Berlin,
                "2024-03-30",
            ),
            // Autumn in New York: 07:30 UTC on 2024-11-03 is 02:30 EST, still the 2nd.
            (
                "2024-11-03T07:30:00Z",
                chrono_tz::America::New_York,
                "2024-11-02",
            ),
            (
                "2024-11-03T09:30:00Z",
                chrono_tz::America::New_York,
                "2024-11-03",
            ),
            // The same instant is a different routine day in Tokyo and in Los Angeles.
            ("2024-06-10T20:00:00Z", chrono_tz::Asia::Tokyo, "2024-06-11"),
            (
                "2024-06-10T20:00:00Z",
                chrono_tz::America::Los_Angeles,
                "2024-06-10",
            ),
        ];
        for &(now, tz, expected) in rows {
            assert_eq!(
                today(utc(now), tz, DEFAULT_DAY_BOUNDARY),
                date(expected),
                "{now} in {tz}"
            );
        }
    }

    #[test]
    fn offsets_follow_dst() {
        let berlin = chrono_tz::Europe::Berlin;
        assert_eq!(utc_offset_secs(utc("2024-03-31T00:30:00Z"), berlin), 3600);
        assert_eq!(utc_offset_secs(utc("2024-03-31T01:30:00Z"), berlin), 7200);
        assert_eq!(
            utc_offset_secs(utc("2024-06-01T12:00:00Z"), chrono_tz::UTC),
            0
        );
    }

    #[test]
    fn several_sessions_on_one_routine_day_count_once() {
        let days = routine_days(
            [
                (utc("2024-03-04T21:00:00Z"), 0),
                (utc("2024-03-05T00:40:00Z"), 0),
                (utc("2024-03-05T07:00:00Z"), 0),
            ],
            DEFAULT_DAY_BOUNDARY,
        );
        assert_eq!(
            days.into_iter().collect::<Vec<_>>(),
            vec![date("2024-03-04"), date("2024-03-05")]
        );
    }

    #[test]
    fn extreme_instants_do_not_panic() {
        let _ = routine_day(DateTime::<Utc>::MAX_UTC, 14 * 3600, DEFAULT_DAY_BOUNDARY);
        let _ = routine_day(DateTime::<Utc>::MIN_UTC, -14 * 3600, DEFAULT_DAY_BOUNDARY);
    }
}
