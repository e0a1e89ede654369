//! Laws of the reminder schedule, checked with random zones, rules, weekday sets and timelines:
//! at most one reminder per scheduled day, no scheduled day skipped, and the instant maps back to the
//! configured local time whenever that time exists (otherwise to the first instant after the gap).
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

/// The default routine-day boundary (04:00), which every table here assumes unless a row says otherwise.
const BOUNDARY: chrono::NaiveTime = limber_core::day::DEFAULT_DAY_BOUNDARY;

use chrono::{
    DateTime, Days, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta, TimeZone,
    Utc,
};
use chrono_tz::{Tz, TZ_VARIANTS};
use limber_core::schedule::{
    next_reminder, Agenda, DayOfWeek, Decision, FireCause, Occurrence, QuietHours, Reminder,
    ReminderLedger, ReminderSettings, TimeRule,
};
use proptest::prelude::*;
use std::collections::HashMap;

/// The wall-clock reading of an instant in a zone.
fn reading(tz: Tz, at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&tz).naive_local()
}

/// Checks one occurrence against its configured wall time without reusing the crate's own mapping:
/// an existing wall time is read back exactly and on its first pass; a skipped one maps to the first
/// instant whose reading is past it.
fn check_instant(
    tz: Tz,
    reminder: &Reminder,
    occurrence: &Occurrence,
) -> Result<(), TestCaseError> {
    let wall = reminder.wall_time_on(occurrence.day, BOUNDARY).unwrap();
    let at = occurrence.at;
    let read = reading(tz, at);
    if matches!(tz.from_local_datetime(&wall), LocalResult::None) {
        prop_assert!(read > wall, "{tz}: gap time {wall} fired at {read}");
        let just_before = reading(tz, at - TimeDelta::seconds(1));
        prop_assert!(
            just_before < wall,
            "{tz}: {wall} fired at {read}, not at the end of the gap"
        );
    } else {
        prop_assert_eq!(read, wall, "{}: fired at the wrong local time", tz);
        // If the clocks went back within the previous day, the earlier offset could have read `wall` before
        // `at`; the first pass must be the one chosen.
        let earlier_offset = i64::from(
            tz.offset_from_utc_datetime(&(at - TimeDelta::hours(24)).naive_utc())
                .fix()
                .local_minus_utc(),
        );
        let earlier_pass = wall.and_utc() - TimeDelta::seconds(earlier_offset);
        prop_assert!(
            !(earlier_pass < at && reading(tz, earlier_pass) == wall),
            "{tz}: {wall} fired on a later pass at {at}, not at {earlier_pass}"
        );
    }
    Ok(())
}

fn rule_strategy() -> impl Strategy<Value = TimeRule> {
    let time = (0u32..24, 0u32..60).prop_map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap());
    prop_oneof![
        time.clone().prop_map(|time| TimeRule::Fixed { time }),
        (time.clone(), 0u16..=720).prop_map(|(bedtime, lead_minutes)| TimeRule::Bedtime {
            bedtime,
            lead_minutes
        }),
        time.prop_map(|not_before| TimeRule::FirstUseAfter { not_before }),
    ]
}

fn days_strategy() -> impl Strategy<Value = Vec<DayOfWeek>> {
    (1u8..128).prop_map(|mask| {
        DayOfWeek::ALL
            .iter()
            .enumerate()
            .filter(|(index, _)| mask & (1 << index) != 0)
            .map(|(_, day)| *day)
            .collect()
    })
}

fn zone_strategy() -> impl Strategy<Value = Tz> {
    (0..TZ_VARIANTS.len()).prop_map(|index| TZ_VARIANTS[index])
}

/// 2012 to 2037: after the last whole day any zone skipped (Samoa and Tokelau, 30 December 2011), which
/// would give two scheduled days one instant.
fn instant_strategy() -> impl Strategy<Value = DateTime<Utc>> {
    (1_325_376_000i64..2_145_916_800)
        .prop_map(|seconds| DateTime::from_timestamp(seconds, 0).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn schedule_law_once_per_scheduled_day_none_skipped(
        tz in zone_strategy(),
        rule in rule_strategy(),
        days in days_strategy(),
        start in instant_strategy(),
    ) {
        let reminder = Reminder { routine_id: "r".into(), enabled: true, days, time: rule };
        let first = next_reminder(&reminder, start, tz, BOUNDARY).unwrap();
        prop_assert!(first.at > start);
        // No scheduled day between `start` and the first occurrence: the one before it was already due.
        let before = (1..=7u64)
            .map(|back| first.day - Days::new(back))
            .find(|day| reminder.is_scheduled_on(*day))
            .unwrap();
        prop_assert!(reminder.occurrence_on(before, tz, BOUNDARY).unwrap().at <= start);
        check_instant(tz, &reminder, &first)?;

        let mut previous = first;
        for _ in 0..40 {
            let next = next_reminder(&reminder, previous.at, tz, BOUNDARY).unwrap();
            prop_assert!(next.at > previous.at);
            prop_assert!(reminder.is_scheduled_on(next.day));
            // Exactly the next scheduled day: not the same day again, and none skipped in between.
            let expected_day = (1..=7u64)
                .map(|ahead| previous.day + Days::new(ahead))
                .find(|day| reminder.is_scheduled_on(*day))
                .unwrap();
            prop_assert_eq!(next.day, expected_day, "{} {:?}", tz, rule);
            check_instant(tz, &reminder, &next)?;
            previous = next;
        }
    }
}

/// One move of a messy clock: how far it goes (negative for a correction backwards) and which zone the
/// machine is in afterwards.
#[derive(Debug, Clone, Copy)]
struct Move {
    seconds: i64,
    zone: Tz,
}

const TRAVEL_ZONES: [Tz; 8] = [
    chrono_tz::America::New_York,
    chrono_tz::Europe::London,
    chrono_tz::Australia::Lord_Howe,
    chrono_tz::Asia::Kathmandu,
    chrono_tz::Asia::Tokyo,
    chrono_tz::Pacific::Chatham,
    chrono_tz::America::St_Johns,
    chrono_tz::UTC,
];

fn move_strategy() -> impl Strategy<Value = Move> {
    let zone = (0..TRAVEL_ZONES.len()).prop_map(|index| TRAVEL_ZONES[index]);
    (
        prop_oneof![
            6 => 1i64..=3_600,
            2 => 3_600i64..=30 * 3_600,
            1 => -6 * 3_600i64..=-1,
        ],
        prop_oneof![8 => Just(None), 1 => zone.prop_map(Some)],
    )
        .prop_map(|(seconds, zone)| Move {
            seconds,
            zone: zone.unwrap_or(TRAVEL_ZONES[0]),
        })
}

fn settings(morning: TimeRule, bedtime: TimeRule, quiet: bool) -> ReminderSettings {
    ReminderSettings {
        reminders: vec![
            Reminder::every_day("morning", morning),
            Reminder::every_day("bedtime", bedtime),
        ],
        quiet_hours: quiet.then(|| QuietHours {
            start: NaiveTime::from_hms_opt(22, 0, 0).unwrap(),
            end: NaiveTime::from_hms_opt(7, 0, 0).unwrap(),
        }),
        ..ReminderSettings::default()
    }
}

fn timed_rule_strategy() -> impl Strategy<Value = TimeRule> {
    rule_strategy().prop_filter("timed", |rule| !rule.waits_for_activity())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Whatever the clock and the zone do (sleep, corrections backwards, travel), each routine and scheduled
    /// day is decided at most once: one fire or one miss, never both, never two fires.
    #[test]
    fn schedule_law_driver_decides_each_day_at_most_once(
        morning in timed_rule_strategy(),
        bedtime in timed_rule_strategy(),
        quiet in any::<bool>(),
        start in instant_strategy(),
        moves in prop::collection::vec(move_strategy(), 1..200),
    ) {
        let settings = settings(morning, bedtime, quiet);
        let mut ledger = ReminderLedger::default();
        let mut decided: HashMap<(String, NaiveDate), usize> = HashMap::new();
        let (mut now, mut tz, mut last_check) = (start, TRAVEL_ZONES[0], start);
        for step in moves {
            now += TimeDelta::seconds(step.seconds);
            tz = if step.zone == TRAVEL_ZONES[0] { tz } else { step.zone };
            let decisions = Agenda::new(&settings, &ledger, &[], BOUNDARY).due(last_check, now, tz);
            for decision in &decisions {
                let occurrence = decision.occurrence();
                *decided.entry((occurrence.routine_id.clone(), occurrence.day)).or_default() += 1;
                ledger.apply(decision);
            }
            last_check = now;
        }
        for (key, count) in decided {
            prop_assert_eq!(count, 1, "{:?} decided {} times", key, count);
        }
    }

    /// A machine that stays awake in one zone, checking at least every hour, fires every scheduled day's
    /// reminder exactly once and misses none.
    #[test]
    fn schedule_law_awake_driver_fires_every_day(
        tz in zone_strategy(),
        morning in timed_rule_strategy(),
        bedtime in timed_rule_strategy(),
        start in instant_strategy(),
        steps in prop::collection::vec(1i64..=3_600, 100..160),
    ) {
        let settings = settings(morning, bedtime, false);
        let mut ledger = ReminderLedger::default();
        let mut fired: HashMap<(String, NaiveDate), usize> = HashMap::new();
        let mut now = start;
        let mut last_check = start;
        // The first check happens at `start` itself; each later one follows a step.
        for seconds in std::iter::once(0).chain(steps) {
            now += TimeDelta::seconds(seconds);
            for decision in Agenda::new(&settings, &ledger, &[], BOUNDARY).due(last_check, now, tz) {
                let is_scheduled_fire =
                    matches!(decision, Decision::Fire { cause: FireCause::Scheduled, .. });
                prop_assert!(is_scheduled_fire, "unexpected {:?}", decision);
                let occurrence = decision.occurrence();
                *fired.entry((occurrence.routine_id.clone(), occurrence.day)).or_default() += 1;
                ledger.apply(&decision);
            }
            last_check = now;
        }
        for reminder in &settings.reminders {
            let mut after = start;
            while let Some(occurrence) = next_reminder(reminder, after, tz, BOUNDARY).filter(|o| o.at <= now) {
                let count = fired.get(&(occurrence.routine_id.clone(), occurrence.day)).copied();
                prop_assert_eq!(count, Some(1), "{} {:?} on {}", tz, reminder.time, occurrence.day);
                after = occurrence.at;
            }
        }
    }
}
