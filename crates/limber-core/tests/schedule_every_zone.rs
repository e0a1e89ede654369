//! Every IANA zone, every day from 2024 to 2030: walking `next_reminder` forward from the start of 2024 gives
//! each day exactly once, in order, at the configured local time or (inside a gap) at the first instant after
//! it, and on the first pass of a repeated hour. One test per rule time, so the four run in parallel.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

/// The default routine-day boundary (04:00), which every table here assumes unless a row says otherwise.
const BOUNDARY: chrono::NaiveTime = limber_core::day::DEFAULT_DAY_BOUNDARY;

use chrono::{DateTime, LocalResult, NaiveDate, NaiveTime, Offset, TimeDelta, TimeZone, Utc};
use chrono_tz::{Tz, TZ_VARIANTS};
use limber_core::schedule::{next_reminder, Reminder, TimeRule};

fn time(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").unwrap()
}

/// Walks one rule through every zone and returns how many occurrences were checked.
fn check_every_zone(rule: TimeRule) -> usize {
    let first_day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let last_day = NaiveDate::from_ymd_opt(2030, 12, 31).unwrap();
    let days = usize::try_from((last_day - first_day).num_days() + 1).unwrap();
    let reminder = Reminder::every_day("r", rule);
    let mut checked = 0;
    for &tz in TZ_VARIANTS.iter() {
        // Start two days early in UTC, whatever the zone's offset, and walk until past 2030.
        let mut after = DateTime::<Utc>::from_naive_utc_and_offset(
            (first_day - TimeDelta::days(2)).and_time(NaiveTime::MIN),
            Utc,
        );
        let mut previous: Option<(NaiveDate, DateTime<Utc>)> = None;
        let mut seen = 0;
        loop {
            let occurrence = next_reminder(&reminder, after, tz, BOUNDARY).unwrap();
            if occurrence.day > last_day {
                break;
            }
            if let Some((day, at)) = previous {
                assert_eq!(
                    occurrence.day,
                    day.succ_opt().unwrap(),
                    "{tz} {rule:?}: skipped or repeated a day"
                );
                assert!(
                    occurrence.at > at,
                    "{tz} {rule:?}: {} not after the day before",
                    occurrence.day
                );
            }
            check_instant(tz, &reminder, occurrence.day, occurrence.at);
            if occurrence.day >= first_day {
                seen += 1;
            }
            previous = Some((occurrence.day, occurrence.at));
            after = occurrence.at;
        }
        assert_eq!(seen, days, "{tz} {rule:?}: days from 2024 to 2030");
        checked += seen;
    }
    checked
}

/// The wall time is read back exactly, on its first pass; a skipped wall time maps to the end of its gap.
/// The check uses only chrono's offset lookups, not the crate's mapping.
fn check_instant(tz: Tz, reminder: &Reminder, day: NaiveDate, at: DateTime<Utc>) {
    let wall = reminder.wall_time_on(day, BOUNDARY).unwrap();
    let read = at.with_timezone(&tz).naive_local();
    if matches!(tz.from_local_datetime(&wall), LocalResult::None) {
        let just_before = (at - TimeDelta::seconds(1))
            .with_timezone(&tz)
            .naive_local();
        assert!(
            read > wall && just_before < wall,
            "{tz} {day}: gap time {wall} fired at {read}"
        );
    } else {
        assert_eq!(read, wall, "{tz} {day}: fired at the wrong local time");
        let earlier_offset = (at - TimeDelta::hours(24))
            .with_timezone(&tz)
            .offset()
            .fix();
        let earlier_pass =
            wall.and_utc() - TimeDelta::seconds(i64::from(earlier_offset.local_minus_utc()));
        let read_then = earlier_pass.with_timezone(&tz).naive_local();
        assert!(
            !(earlier_pass < at && read_then == wall),
            "{tz} {day}: {wall} fired on its second pass"
        );
    }
}

#[test]
fn schedule_every_zone_every_day_0230() {
    check_every_zone(TimeRule::Fixed {
        time: time("02:30"),
    });
}

#[test]
fn schedule_every_zone_every_day_0130() {
    check_every_zone(TimeRule::Fixed {
        time: time("01:30"),
    });
}

#[test]
fn schedule_every_zone_every_day_0700() {
    check_every_zone(TimeRule::Fixed {
        time: time("07:00"),
    });
}

#[test]
fn schedule_every_zone_every_day_bedtime_0015_lead_30() {
    // Fires at 23:45 on the evening before the 00:15 bedtime.
    let checked = check_every_zone(TimeRule::bedtime(time("00:15")));
    assert_eq!(checked, TZ_VARIANTS.len() * 2557);
}
