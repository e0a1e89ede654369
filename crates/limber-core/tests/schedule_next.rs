//! Table of `next_reminder` cases: daylight-saving gaps and repeats in New York, London and Lord Howe, odd and
//! fixed offsets, Samoa's missing day, bedtimes across midnight and weekday filters.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

/// The tables of instants across daylight-saving changes use a midnight day boundary, so that each row's day is
/// the calendar date it names and the rows test only how wall times become instants. Which routine day a time
/// before the default 04:00 boundary belongs to is tested on its own, in
/// `schedule_next_reminder_times_before_the_day_boundary_belong_to_the_evening`.
const BOUNDARY: chrono::NaiveTime = chrono::NaiveTime::MIN;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use limber_core::schedule::{next_reminder, DayOfWeek, Reminder, TimeRule};

use chrono_tz::America::New_York;
use chrono_tz::Asia::Kathmandu;
use chrono_tz::Australia::Lord_Howe;
use chrono_tz::Europe::London;
use chrono_tz::Pacific::Apia;
use chrono_tz::UTC;
use DayOfWeek::{Friday, Monday, Sunday, Thursday, Tuesday, Wednesday};

/// The expected scheduled day and instant (RFC 3339 with offset), or `None` for no reminder.
type Expected = Option<(&'static str, &'static str)>;

const WEEKDAYS: &[DayOfWeek] = &[Monday, Tuesday, Wednesday, Thursday, Friday];

fn time(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").unwrap()
}

fn fixed(at: &str) -> TimeRule {
    TimeRule::Fixed { time: time(at) }
}

fn bedtime(at: &str, lead_minutes: u16) -> TimeRule {
    TimeRule::Bedtime {
        bedtime: time(at),
        lead_minutes,
    }
}

/// `after` and the expected instant are RFC 3339 with the zone's offset, so each row reads as local time and
/// also pins the offset the zone must be using at that instant. `None` means no reminder at all.
fn check(tz: Tz, rule: TimeRule, days: &[DayOfWeek], after: &str, expected: Expected) {
    check_with(BOUNDARY, tz, rule, days, after, expected);
}

fn check_with(
    boundary: NaiveTime,
    tz: Tz,
    rule: TimeRule,
    days: &[DayOfWeek],
    after: &str,
    expected: Expected,
) {
    let reminder = Reminder {
        routine_id: "r".into(),
        enabled: true,
        days: days.to_vec(),
        time: rule,
    };
    let after: DateTime<Utc> = DateTime::parse_from_rfc3339(after).unwrap().to_utc();
    let found = next_reminder(&reminder, after, tz, boundary);
    let found = found.map(|o| {
        let local = o.at.with_timezone(&tz).fixed_offset().to_rfc3339();
        (o.day.to_string(), local)
    });
    let expected = expected.map(|(day, at)| {
        // Normalise the expected text through the same formatter.
        let at = DateTime::parse_from_rfc3339(at).unwrap().to_rfc3339();
        (day.to_string(), at)
    });
    assert_eq!(found, expected, "{tz} {rule:?} {days:?} after {after}");
}

#[test]
fn schedule_next_reminder_new_york() {
    let all = &DayOfWeek::ALL[..];
    let rows: &[(TimeRule, &str, Expected)] = &[
        // An ordinary morning, and the same morning across the spring change.
        (
            fixed("07:00"),
            "2024-01-15T06:59:59-05:00",
            Some(("2024-01-15", "2024-01-15T07:00:00-05:00")),
        ),
        (
            fixed("07:00"),
            "2024-01-15T07:00:00-05:00",
            Some(("2024-01-16", "2024-01-16T07:00:00-05:00")),
        ),
        (
            fixed("07:00"),
            "2024-03-09T08:00:00-05:00",
            Some(("2024-03-10", "2024-03-10T07:00:00-04:00")),
        ),
        // Spring forward on 10 March 2024: 02:00 EST becomes 03:00 EDT. Times in the gap fire at 03:00 EDT.
        (
            fixed("01:59"),
            "2024-03-09T12:00:00-05:00",
            Some(("2024-03-10", "2024-03-10T01:59:00-05:00")),
        ),
        (
            fixed("02:00"),
            "2024-03-09T12:00:00-05:00",
            Some(("2024-03-10", "2024-03-10T03:00:00-04:00")),
        ),
        (
            fixed("02:30"),
            "2024-03-09T12:00:00-05:00",
            Some(("2024-03-10", "2024-03-10T03:00:00-04:00")),
        ),
        (
            fixed("02:59"),
            "2024-03-09T12:00:00-05:00",
            Some(("2024-03-10", "2024-03-10T03:00:00-04:00")),
        ),
        (
            fixed("03:00"),
            "2024-03-09T12:00:00-05:00",
            Some(("2024-03-10", "2024-03-10T03:00:00-04:00")),
        ),
        (
            fixed("03:01"),
            "2024-03-09T12:00:00-05:00",
            Some(("2024-03-10", "2024-03-10T03:01:00-04:00")),
        ),
        // Asking again from the gap's firing instant moves on to the next day, not a second firing.
        (
            fixed("02:30"),
            "2024-03-10T03:00:00-04:00",
            Some(("2024-03-11", "2024-03-11T02:30:00-04:00")),
        ),
        // Asking from inside the day before the gap's end still finds the gap day.
        (
            fixed("02:30"),
            "2024-03-10T01:59:59-05:00",
            Some(("2024-03-10", "2024-03-10T03:00:00-04:00")),
        ),
        // Fall back on 3 November 2024: 02:00 EDT becomes 01:00 EST, so 01:00 to 01:59 happen twice.
        (
            fixed("00:59"),
            "2024-11-02T12:00:00-04:00",
            Some(("2024-11-03", "2024-11-03T00:59:00-04:00")),
        ),
        (
            fixed("01:00"),
            "2024-11-02T12:00:00-04:00",
            Some(("2024-11-03", "2024-11-03T01:00:00-04:00")),
        ),
        (
            fixed("01:30"),
            "2024-11-02T12:00:00-04:00",
            Some(("2024-11-03", "2024-11-03T01:30:00-04:00")),
        ),
        (
            fixed("02:00"),
            "2024-11-02T12:00:00-04:00",
            Some(("2024-11-03", "2024-11-03T02:00:00-05:00")),
        ),
        // The second pass through 01:30 is not another occurrence: the next one is the following day.
        (
            fixed("01:30"),
            "2024-11-03T01:30:00-04:00",
            Some(("2024-11-04", "2024-11-04T01:30:00-05:00")),
        ),
        (
            fixed("01:30"),
            "2024-11-03T01:10:00-05:00",
            Some(("2024-11-04", "2024-11-04T01:30:00-05:00")),
        ),
        // A bedtime reminder in the gap: bedtime 03:00 on Saturday evening, 30 minutes before is 02:30 on
        // Sunday, which does not exist, so it fires at 03:00 EDT and belongs to Saturday.
        (
            bedtime("03:00", 30),
            "2024-03-09T12:00:00-05:00",
            Some(("2024-03-09", "2024-03-10T03:00:00-04:00")),
        ),
        // The default lead is 30 minutes.
        (
            TimeRule::bedtime(time("22:30")),
            "2024-06-10T12:00:00-04:00",
            Some(("2024-06-10", "2024-06-10T22:00:00-04:00")),
        ),
        // First use: the occurrence's instant is when activity starts to count.
        (
            TimeRule::FirstUseAfter {
                not_before: time("06:00"),
            },
            "2024-06-10T12:00:00-04:00",
            Some(("2024-06-11", "2024-06-11T06:00:00-04:00")),
        ),
    ];
    for (rule, after, expected) in rows {
        check(New_York, *rule, all, after, *expected);
    }
}

#[test]
fn schedule_next_reminder_london() {
    let all = &DayOfWeek::ALL[..];
    let rows: &[(TimeRule, &str, Expected)] = &[
        // 31 March 2024: 01:00 GMT becomes 02:00 BST.
        (
            fixed("00:59"),
            "2024-03-30T12:00:00+00:00",
            Some(("2024-03-31", "2024-03-31T00:59:00+00:00")),
        ),
        (
            fixed("01:00"),
            "2024-03-30T12:00:00+00:00",
            Some(("2024-03-31", "2024-03-31T02:00:00+01:00")),
        ),
        (
            fixed("01:30"),
            "2024-03-30T12:00:00+00:00",
            Some(("2024-03-31", "2024-03-31T02:00:00+01:00")),
        ),
        (
            fixed("02:00"),
            "2024-03-30T12:00:00+00:00",
            Some(("2024-03-31", "2024-03-31T02:00:00+01:00")),
        ),
        (
            fixed("07:00"),
            "2024-03-30T12:00:00+00:00",
            Some(("2024-03-31", "2024-03-31T07:00:00+01:00")),
        ),
        // 27 October 2024: 02:00 BST becomes 01:00 GMT.
        (
            fixed("01:30"),
            "2024-10-26T12:00:00+01:00",
            Some(("2024-10-27", "2024-10-27T01:30:00+01:00")),
        ),
        (
            fixed("01:30"),
            "2024-10-27T01:30:00+01:00",
            Some(("2024-10-28", "2024-10-28T01:30:00+00:00")),
        ),
        (
            fixed("02:00"),
            "2024-10-26T12:00:00+01:00",
            Some(("2024-10-27", "2024-10-27T02:00:00+00:00")),
        ),
        // Bedtime 00:15 with the default lead fires at 23:45 the evening before, and belongs to that evening.
        (
            TimeRule::bedtime(time("00:15")),
            "2024-10-26T12:00:00+01:00",
            Some(("2024-10-26", "2024-10-26T23:45:00+01:00")),
        ),
        (
            TimeRule::bedtime(time("00:15")),
            "2024-10-26T23:45:00+01:00",
            Some(("2024-10-27", "2024-10-27T23:45:00+00:00")),
        ),
    ];
    for (rule, after, expected) in rows {
        check(London, *rule, all, after, *expected);
    }
}

#[test]
fn schedule_next_reminder_lord_howe() {
    let all = &DayOfWeek::ALL[..];
    let rows: &[(TimeRule, &str, Expected)] = &[
        // 6 October 2024: 02:00 +10:30 becomes 02:30 +11, a half-hour gap.
        (
            fixed("01:59"),
            "2024-10-05T12:00:00+10:30",
            Some(("2024-10-06", "2024-10-06T01:59:00+10:30")),
        ),
        (
            fixed("02:00"),
            "2024-10-05T12:00:00+10:30",
            Some(("2024-10-06", "2024-10-06T02:30:00+11:00")),
        ),
        (
            fixed("02:15"),
            "2024-10-05T12:00:00+10:30",
            Some(("2024-10-06", "2024-10-06T02:30:00+11:00")),
        ),
        (
            fixed("02:30"),
            "2024-10-05T12:00:00+10:30",
            Some(("2024-10-06", "2024-10-06T02:30:00+11:00")),
        ),
        (
            fixed("02:45"),
            "2024-10-05T12:00:00+10:30",
            Some(("2024-10-06", "2024-10-06T02:45:00+11:00")),
        ),
        (
            fixed("02:15"),
            "2024-10-06T02:30:00+11:00",
            Some(("2024-10-07", "2024-10-07T02:15:00+11:00")),
        ),
        // 7 April 2024: 02:00 +11 becomes 01:30 +10:30, so 01:30 to 01:59 happen twice.
        (
            fixed("01:29"),
            "2024-04-06T12:00:00+11:00",
            Some(("2024-04-07", "2024-04-07T01:29:00+11:00")),
        ),
        (
            fixed("01:30"),
            "2024-04-06T12:00:00+11:00",
            Some(("2024-04-07", "2024-04-07T01:30:00+11:00")),
        ),
        (
            fixed("01:45"),
            "2024-04-06T12:00:00+11:00",
            Some(("2024-04-07", "2024-04-07T01:45:00+11:00")),
        ),
        (
            fixed("01:45"),
            "2024-04-07T01:45:00+11:00",
            Some(("2024-04-08", "2024-04-08T01:45:00+10:30")),
        ),
        (
            fixed("02:00"),
            "2024-04-06T12:00:00+11:00",
            Some(("2024-04-07", "2024-04-07T02:00:00+10:30")),
        ),
    ];
    for (rule, after, expected) in rows {
        check(Lord_Howe, *rule, all, after, *expected);
    }
}

#[test]
fn schedule_next_reminder_fixed_offsets_and_curiosities() {
    let all = &DayOfWeek::ALL[..];
    let rows: &[(Tz, TimeRule, &str, Expected)] = &[
        (
            Kathmandu,
            fixed("07:00"),
            "2024-06-10T07:00:00+05:45",
            Some(("2024-06-11", "2024-06-11T07:00:00+05:45")),
        ),
        (
            Kathmandu,
            fixed("00:00"),
            "2024-06-10T07:00:00+05:45",
            Some(("2024-06-11", "2024-06-11T00:00:00+05:45")),
        ),
        (
            Kathmandu,
            TimeRule::bedtime(time("00:15")),
            "2024-06-10T07:00:00+05:45",
            Some(("2024-06-10", "2024-06-10T23:45:00+05:45")),
        ),
        (
            UTC,
            fixed("23:59"),
            "2024-12-31T23:59:00+00:00",
            Some(("2025-01-01", "2025-01-01T23:59:00+00:00")),
        ),
        (
            UTC,
            fixed("00:00"),
            "2024-02-28T00:00:00+00:00",
            Some(("2024-02-29", "2024-02-29T00:00:00+00:00")),
        ),
        // Samoa skipped Friday 30 December 2011. That day is still scheduled, so its reminder fires at the
        // first instant after the gap (midnight starting the 31st), and the 31st's own reminder follows.
        (
            Apia,
            fixed("07:00"),
            "2011-12-29T07:00:00-10:00",
            Some(("2011-12-30", "2011-12-31T00:00:00+14:00")),
        ),
        (
            Apia,
            fixed("07:00"),
            "2011-12-31T00:00:00+14:00",
            Some(("2011-12-31", "2011-12-31T07:00:00+14:00")),
        ),
    ];
    for (tz, rule, after, expected) in rows {
        check(*tz, *rule, all, after, *expected);
    }
}

#[test]
fn schedule_next_reminder_weekday_filters_and_bedtime_evenings() {
    let rows: &[(TimeRule, &[DayOfWeek], &str, Expected)] = &[
        // Weekdays only: after Friday's reminder comes Monday's. 2024-06-14 is a Friday.
        (
            fixed("07:00"),
            WEEKDAYS,
            "2024-06-14T07:00:00-04:00",
            Some(("2024-06-17", "2024-06-17T07:00:00-04:00")),
        ),
        (
            fixed("07:00"),
            WEEKDAYS,
            "2024-06-14T06:00:00-04:00",
            Some(("2024-06-14", "2024-06-14T07:00:00-04:00")),
        ),
        (
            fixed("07:00"),
            &[Sunday],
            "2024-06-10T00:00:00-04:00",
            Some(("2024-06-16", "2024-06-16T07:00:00-04:00")),
        ),
        // Sunday evenings, bedtime 00:15: the reminder fires Sunday 23:45 and belongs to Sunday.
        (
            bedtime("00:15", 30),
            &[Sunday],
            "2024-06-09T12:00:00-04:00",
            Some(("2024-06-09", "2024-06-09T23:45:00-04:00")),
        ),
        (
            bedtime("00:15", 30),
            &[Sunday],
            "2024-06-09T23:45:00-04:00",
            Some(("2024-06-16", "2024-06-16T23:45:00-04:00")),
        ),
        // Sunday evenings, bedtime 00:45: the reminder fires early on Monday but still belongs to Sunday.
        (
            bedtime("00:45", 30),
            &[Sunday],
            "2024-06-09T12:00:00-04:00",
            Some(("2024-06-09", "2024-06-10T00:15:00-04:00")),
        ),
        // Monday evenings only: nothing on Sunday night, even though the bedtime is early on Monday... of
        // Tuesday. Asking on Monday afternoon gives Monday evening's reminder at 23:45.
        (
            bedtime("00:15", 30),
            &[Monday],
            "2024-06-09T23:50:00-04:00",
            Some(("2024-06-10", "2024-06-10T23:45:00-04:00")),
        ),
        // A bedtime after noon stays on its own day; a zero lead fires at bedtime.
        (
            bedtime("23:00", 0),
            &[Friday],
            "2024-06-10T12:00:00-04:00",
            Some(("2024-06-14", "2024-06-14T23:00:00-04:00")),
        ),
        (
            bedtime("12:00", 0),
            &[Friday],
            "2024-06-10T12:00:00-04:00",
            Some(("2024-06-14", "2024-06-14T12:00:00-04:00")),
        ),
        (
            bedtime("11:59", 0),
            &[Friday],
            "2024-06-10T12:00:00-04:00",
            Some(("2024-06-14", "2024-06-15T11:59:00-04:00")),
        ),
        // No days at all: never.
        (fixed("07:00"), &[], "2024-06-10T12:00:00-04:00", None),
    ];
    for (rule, days, after, expected) in rows {
        check(New_York, *rule, days, after, *expected);
    }
}

#[test]
fn schedule_next_reminder_disabled_is_never_due() {
    let mut reminder = Reminder::every_day("morning", fixed("07:00"));
    reminder.enabled = false;
    let after = "2024-06-10T12:00:00Z".parse().unwrap();
    assert_eq!(next_reminder(&reminder, after, New_York, BOUNDARY), None);
    // The same reminder enabled is due, so the row above fails only because of `enabled`.
    reminder.enabled = true;
    assert_eq!(
        next_reminder(&reminder, after, New_York, BOUNDARY).map(|o| o.day),
        NaiveDate::from_ymd_opt(2024, 6, 11)
    );
}

/// Issue 15, fault 1: a set-time reminder after midnight used the calendar date, so "00:30, Monday to Friday"
/// fired on Monday 00:30 (Sunday night) and not on Saturday 00:30 (Friday night). With the default 04:00
/// boundary a time before it belongs to the evening before, like done, "pause today" and streaks.
#[test]
fn schedule_next_reminder_times_before_the_day_boundary_belong_to_the_evening() {
    use limber_core::day::DEFAULT_DAY_BOUNDARY as FOUR;
    let rows: &[(NaiveTime, TimeRule, &[DayOfWeek], &str, Expected)] = &[
        // 2024-06-07 is a Friday. Friday night's 00:30 is Saturday 00:30, and it fires.
        (
            FOUR,
            fixed("00:30"),
            WEEKDAYS,
            "2024-06-07T12:00:00-04:00",
            Some(("2024-06-07", "2024-06-08T00:30:00-04:00")),
        ),
        // After it, the next is Monday night's: Tuesday 00:30. Sunday night's (Monday 00:30) does not fire.
        (
            FOUR,
            fixed("00:30"),
            WEEKDAYS,
            "2024-06-08T00:30:00-04:00",
            Some(("2024-06-10", "2024-06-11T00:30:00-04:00")),
        ),
        // 03:59 is still the evening before; 04:00 starts the new routine day.
        (
            FOUR,
            fixed("03:59"),
            &[Monday],
            "2024-06-09T12:00:00-04:00",
            Some(("2024-06-10", "2024-06-11T03:59:00-04:00")),
        ),
        (
            FOUR,
            fixed("04:00"),
            &[Monday],
            "2024-06-09T12:00:00-04:00",
            Some(("2024-06-10", "2024-06-10T04:00:00-04:00")),
        ),
        // A person who moved the boundary to 06:00 gets 05:00 on the evening before too.
        (
            time("06:00"),
            fixed("05:00"),
            &[Friday],
            "2024-06-07T12:00:00-04:00",
            Some(("2024-06-07", "2024-06-08T05:00:00-04:00")),
        ),
        // A midnight boundary keeps plain calendar days.
        (
            NaiveTime::MIN,
            fixed("00:30"),
            &[Monday],
            "2024-06-09T12:00:00-04:00",
            Some(("2024-06-10", "2024-06-10T00:30:00-04:00")),
        ),
        // First-use times follow the same rule.
        (
            FOUR,
            TimeRule::FirstUseAfter {
                not_before: time("01:00"),
            },
            &[Sunday],
            "2024-06-09T12:00:00-04:00",
            Some(("2024-06-09", "2024-06-10T01:00:00-04:00")),
        ),
        // Bedtime rules already named the evening and do not change.
        (
            FOUR,
            bedtime("01:00", 30),
            &[Sunday],
            "2024-06-09T12:00:00-04:00",
            Some(("2024-06-09", "2024-06-10T00:30:00-04:00")),
        ),
    ];
    for (boundary, rule, days, after, expected) in rows {
        check_with(*boundary, New_York, *rule, days, after, *expected);
    }
}
