//! The app's look: the theme a person chose (the system's, light, dark or night) and the rule that decides
//! whether the night look is in force now, for the option "Night look after bedtime".
//!
//! With that option on, the whole app wears the night look from the bedtime reminder's time until the day
//! boundary (04:00 by default). This module owns that rule and the instant the look next changes, so that
//! the UI sets one timer instead of asking again and again. It never reads a clock and never knows which
//! routine is the bedtime one: the caller passes in `now`, the zone, the day boundary and the time rules of
//! the reminders for bedtime routines. The reminder's time counts on every evening, also on days it does not
//! remind and while it is switched off: the look follows the hour a person goes to bed, not the routine.

use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::day;
use crate::schedule::{instant_of, Reminder, TimeRule};

/// The look a person chose in the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Theme {
    /// Light or dark, as the desktop says.
    #[default]
    System,
    Light,
    Dark,
    /// Dim and warm, with little blue: the player's bedtime look, app-wide.
    Night,
}

/// The look in force at an instant, and when to ask again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LookNow {
    /// The look to show now.
    pub theme: Theme,
    /// Whether the night look is in force because it is after bedtime (not because it was chosen).
    pub after_bedtime: bool,
    /// The next instant at which the look may change; `None` when it cannot change with the time.
    pub next_change: Option<DateTime<Utc>>,
}

/// Whether the night look applies at `now` for someone in `tz` who chose `theme`, with `after_bedtime`
/// on or off, a day boundary `boundary` and `bedtime` the time rules of their bedtime reminders.
pub fn look_at(
    now: DateTime<Utc>,
    tz: Tz,
    boundary: NaiveTime,
    theme: Theme,
    after_bedtime: bool,
    bedtime: &[TimeRule],
) -> LookNow {
    let chosen = LookNow {
        theme,
        after_bedtime: false,
        next_change: None,
    };
    // A chosen night look is night all day, so the hour cannot change it.
    if theme == Theme::Night || !after_bedtime {
        return chosen;
    }
    let night = night_after_bedtime(now, tz, boundary, bedtime);
    LookNow {
        theme: if night.night { Theme::Night } else { theme },
        after_bedtime: night.night,
        next_change: night.next_change,
    }
}

/// Whether it is night after bedtime at an instant, and when that next changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Night {
    pub night: bool,
    pub next_change: Option<DateTime<Utc>>,
}

/// Whether `now` lies between the bedtime reminder's time and the day boundary that follows it.
///
/// Each routine day has one night window: from the earliest bedtime reminder's wall time on that day (the
/// reminder rules' own reading: a bedtime after midnight, or a fixed time before the boundary, belongs to
/// the evening before) to the boundary that ends the day. A window that would start before its day does
/// starts with the day; one that would start after the boundary is empty. Wall times become instants by
/// the reminders' rule (a time in a spring-forward gap is the end of the gap; a repeated hour counts once,
/// at its first pass).
pub fn night_after_bedtime(
    now: DateTime<Utc>,
    tz: Tz,
    boundary: NaiveTime,
    bedtime: &[TimeRule],
) -> Night {
    let today = day::today(now, tz, boundary);
    // The windows of yesterday, today and tomorrow cover every instant near now, whatever the offset did.
    let mut windows: Vec<(DateTime<Utc>, DateTime<Utc>)> = [
        today.checked_sub_days(Days::new(1)),
        Some(today),
        today.checked_add_days(Days::new(1)),
    ]
    .into_iter()
    .flatten()
    .filter_map(|day| window(day, tz, boundary, bedtime))
    .collect();
    windows.sort();
    // Windows that touch are one night (a window that starts with its day meets the one before), so
    // their shared edge is no change.
    let mut merged: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
    for (start, end) in windows {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let night = merged.iter().any(|&(start, end)| start <= now && now < end);
    let next_change = merged
        .iter()
        .flat_map(|&(start, end)| [start, end])
        .find(|&edge| edge > now);
    Night { night, next_change }
}

/// The night window of routine day `day`: from the earliest bedtime reminder to the next day boundary.
fn window(
    day: NaiveDate,
    tz: Tz,
    boundary: NaiveTime,
    bedtime: &[TimeRule],
) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let day_start = instant_of(tz, day.and_time(boundary));
    let day_end = instant_of(tz, day.checked_add_days(Days::new(1))?.and_time(boundary));
    let start = bedtime
        .iter()
        .filter_map(|&rule| Reminder::every_day("", rule).wall_time_on(day, boundary))
        .map(|wall| instant_of(tz, wall))
        .min()?
        .max(day_start);
    (start < day_end).then_some((start, day_end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDateTime, TimeDelta, TimeZone};
    use proptest::prelude::*;

    fn hm(text: &str) -> NaiveTime {
        NaiveTime::parse_from_str(text, "%H:%M").unwrap()
    }

    /// A local wall time in `tz` ("2027-01-13 22:29"), as an instant (the first pass of a repeated hour).
    fn local(tz: Tz, text: &str) -> DateTime<Utc> {
        let wall = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
        tz.from_local_datetime(&wall)
            .earliest()
            .unwrap()
            .with_timezone(&Utc)
    }

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn bed(bedtime: &str, lead_minutes: u16) -> TimeRule {
        TimeRule::Bedtime {
            bedtime: hm(bedtime),
            lead_minutes,
        }
    }

    fn fixed(time: &str) -> TimeRule {
        TimeRule::Fixed { time: hm(time) }
    }

    const BERLIN: Tz = chrono_tz::Europe::Berlin;
    const NEW_YORK: Tz = chrono_tz::America::New_York;

    /// Each row: the instant, the zone, the day boundary, the bedtime reminders' rules, then whether it is
    /// night and the next change (both instants in UTC).
    #[test]
    fn night_after_bedtime_table() {
        fn check(
            now: DateTime<Utc>,
            tz: Tz,
            boundary: &str,
            rules: &[TimeRule],
            night: bool,
            next: Option<DateTime<Utc>>,
        ) {
            assert_eq!(
                night_after_bedtime(now, tz, hm(boundary), rules),
                Night {
                    night,
                    next_change: next
                },
                "{now} in {tz}, boundary {boundary}, {rules:?}"
            );
        }
        let b = BERLIN;
        // A 22:30 reminder (bedtime 23:00, 30 minutes before) and the 04:00 boundary, on a winter evening.
        let r = [bed("23:00", 30)];
        let at = |text| local(b, text);
        check(
            at("2027-01-13 10:00"),
            b,
            "04:00",
            &r,
            false,
            Some(at("2027-01-13 22:30")),
        );
        check(
            at("2027-01-13 22:29"),
            b,
            "04:00",
            &r,
            false,
            Some(at("2027-01-13 22:30")),
        );
        check(
            at("2027-01-13 22:30"),
            b,
            "04:00",
            &r,
            true,
            Some(at("2027-01-14 04:00")),
        );
        check(
            at("2027-01-14 00:10"),
            b,
            "04:00",
            &r,
            true,
            Some(at("2027-01-14 04:00")),
        );
        check(
            at("2027-01-14 03:59"),
            b,
            "04:00",
            &r,
            true,
            Some(at("2027-01-14 04:00")),
        );
        check(
            at("2027-01-14 04:00"),
            b,
            "04:00",
            &r,
            false,
            Some(at("2027-01-14 22:30")),
        );
        // A reminder after midnight (bedtime 01:00, 30 minutes before: 00:30 of the next calendar day).
        let late = [bed("01:00", 30)];
        check(
            at("2027-01-13 23:50"),
            b,
            "04:00",
            &late,
            false,
            Some(at("2027-01-14 00:30")),
        );
        check(
            at("2027-01-14 00:29"),
            b,
            "04:00",
            &late,
            false,
            Some(at("2027-01-14 00:30")),
        );
        check(
            at("2027-01-14 00:30"),
            b,
            "04:00",
            &late,
            true,
            Some(at("2027-01-14 04:00")),
        );
        check(
            at("2027-01-14 04:00"),
            b,
            "04:00",
            &late,
            false,
            Some(at("2027-01-15 00:30")),
        );
        // A fixed reminder before the boundary belongs to the evening before, as the reminders read it.
        let fixed_late = [fixed("01:15")];
        check(
            at("2027-01-14 01:20"),
            b,
            "04:00",
            &fixed_late,
            true,
            Some(at("2027-01-14 04:00")),
        );
        check(
            at("2027-01-14 01:00"),
            b,
            "04:00",
            &fixed_late,
            false,
            Some(at("2027-01-14 01:15")),
        );
        // A boundary at midnight ends the night at midnight, and a reminder after it has no night at all.
        check(
            at("2027-01-13 23:59"),
            b,
            "00:00",
            &r,
            true,
            Some(at("2027-01-14 00:00")),
        );
        check(
            at("2027-01-14 00:10"),
            b,
            "00:00",
            &r,
            false,
            Some(at("2027-01-14 22:30")),
        );
        check(at("2027-01-14 00:40"), b, "00:00", &late, false, None);
        // A later boundary (06:00) keeps the night on until then.
        check(
            at("2027-01-14 05:30"),
            b,
            "06:00",
            &r,
            true,
            Some(at("2027-01-14 06:00")),
        );
        // Several bedtime routines: the earliest reminder starts the night.
        let two = [bed("23:00", 30), fixed("21:45")];
        check(
            at("2027-01-13 21:50"),
            b,
            "04:00",
            &two,
            true,
            Some(at("2027-01-14 04:00")),
        );
        check(
            at("2027-01-13 21:40"),
            b,
            "04:00",
            &two,
            false,
            Some(at("2027-01-13 21:45")),
        );
        // No bedtime reminder: never night, and nothing to wait for.
        check(at("2027-01-13 23:00"), b, "04:00", &[], false, None);
        // A reminder at the boundary itself starts the night with the day: it is always night, and the UI
        // asks again at the end of the last window known.
        check(
            at("2027-01-13 12:00"),
            b,
            "04:00",
            &[fixed("04:00")],
            true,
            Some(at("2027-01-15 04:00")),
        );
    }

    /// The nights around daylight-saving changes: the instants come from the zone database, so the night
    /// ends at 04:00 on the wall clock whatever the offset did during it.
    #[test]
    fn dst_nights_table() {
        fn check(now: DateTime<Utc>, tz: Tz, rules: &[TimeRule], night: bool, next: DateTime<Utc>) {
            assert_eq!(
                night_after_bedtime(now, tz, day::DEFAULT_DAY_BOUNDARY, rules),
                Night {
                    night,
                    next_change: Some(next)
                },
                "{now} in {tz}, {rules:?}"
            );
        }
        let r = [bed("23:00", 30)];
        // Berlin springs forward at 02:00 CET (01:00 UTC) on 2027-03-28: 04:00 CEST is 02:00 UTC.
        check(
            utc("2027-03-27T21:29:00Z"),
            BERLIN,
            &r,
            false,
            utc("2027-03-27T21:30:00Z"),
        );
        check(
            utc("2027-03-28T01:30:00Z"),
            BERLIN,
            &r,
            true,
            utc("2027-03-28T02:00:00Z"),
        );
        check(
            utc("2027-03-28T02:00:00Z"),
            BERLIN,
            &r,
            false,
            utc("2027-03-28T20:30:00Z"),
        );
        // A reminder at 02:30 that night falls in the gap: the night starts as the clocks jump (01:00 UTC).
        let gap = [fixed("02:30")];
        check(
            utc("2027-03-28T00:59:00Z"),
            BERLIN,
            &gap,
            false,
            utc("2027-03-28T01:00:00Z"),
        );
        check(
            utc("2027-03-28T01:00:00Z"),
            BERLIN,
            &gap,
            true,
            utc("2027-03-28T02:00:00Z"),
        );
        // Berlin falls back at 03:00 CEST (01:00 UTC) on 2027-10-31: the night is an hour longer and ends
        // at 04:00 CET, 03:00 UTC.
        check(
            utc("2027-10-31T01:30:00Z"),
            BERLIN,
            &r,
            true,
            utc("2027-10-31T03:00:00Z"),
        );
        check(
            utc("2027-10-31T02:59:00Z"),
            BERLIN,
            &r,
            true,
            utc("2027-10-31T03:00:00Z"),
        );
        // New Year's Eve at 23:50 in New York: the night runs on into the new year.
        check(
            local(NEW_YORK, "2027-12-31 23:50"),
            NEW_YORK,
            &r,
            true,
            local(NEW_YORK, "2028-01-01 04:00"),
        );
    }

    /// Each row: the chosen theme, the option, whether it is after bedtime, then the look shown.
    #[test]
    fn look_table() {
        fn check(theme: Theme, option: bool, now: &str, expected: Theme, after_bedtime: bool) {
            let got = look_at(
                local(BERLIN, now),
                BERLIN,
                day::DEFAULT_DAY_BOUNDARY,
                theme,
                option,
                &[bed("23:00", 30)],
            );
            assert_eq!(
                (got.theme, got.after_bedtime),
                (expected, after_bedtime),
                "{theme:?} {option} {now}"
            );
            if theme == Theme::Night || !option {
                assert_eq!(got.next_change, None, "{theme:?} {option} {now}");
            }
        }
        use Theme::*;
        check(System, false, "2027-01-13 23:00", System, false);
        check(Light, false, "2027-01-13 23:00", Light, false);
        check(Dark, false, "2027-01-13 23:00", Dark, false);
        check(Night, false, "2027-01-13 12:00", Night, false);
        check(System, true, "2027-01-13 12:00", System, false);
        check(Light, true, "2027-01-13 22:45", Night, true);
        check(Dark, true, "2027-01-14 03:00", Night, true);
        check(Dark, true, "2027-01-14 04:30", Dark, false);
        check(Night, true, "2027-01-13 12:00", Night, false);
    }

    proptest! {
        /// The law the UI's one timer rests on: the look does not change before the next change instant.
        #[test]
        fn nothing_changes_before_the_next_change(
            seconds in 1_790_000_000i64..1_860_000_000,
            later in 0.0f64..1.0,
            minutes in 0u32..1440,
            boundary_minutes in 0u32..360,
            zone in 0usize..4,
        ) {
            let tz = [BERLIN, NEW_YORK, chrono_tz::Pacific::Kiritimati, chrono_tz::Australia::Lord_Howe][zone];
            let now = DateTime::from_timestamp(seconds, 0).unwrap();
            let time = NaiveTime::MIN + TimeDelta::minutes(i64::from(minutes));
            let boundary = NaiveTime::MIN + TimeDelta::minutes(i64::from(boundary_minutes));
            let rules = [fixed(&time.format("%H:%M").to_string())];
            let here = night_after_bedtime(now, tz, boundary, &rules);
            if let Some(next) = here.next_change {
                prop_assert!(next > now);
                let span = (next - now).num_seconds();
                // Truncation keeps the instant strictly before the change.
                let between = now + TimeDelta::seconds((span as f64 * later) as i64);
                prop_assume!(between < next);
                prop_assert_eq!(night_after_bedtime(between, tz, boundary, &rules).night, here.night);
            }
        }
    }
}
