//! Shared builders for the progress tests: a routine history written as a timeline string.
//!
//! Each test file uses a different subset of these helpers, so unused ones are expected.
#![allow(dead_code, clippy::unwrap_used)]

use chrono::{DateTime, NaiveDate, Utc};
use limber_core::streak::{RoutineFacts, ScheduledWeekdays};

/// The English name the app gives a built-in routine's copy ("My bedtime wind-down"), as `progression::apply`
/// and `save::duplicate` are given it.
pub fn my(source: &limber_core::routine::Routine) -> String {
    let mut chars = source.name.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_lowercase().collect())
        .unwrap_or_default();
    format!("My {first}{}", chars.as_str())
}

pub fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

pub fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

/// Builds a history from a timeline starting on `start` (tracked since then), one character per
/// day: `x` done, `r` rest day, `.` nothing. Spaces are ignored, so weeks can be grouped. Today is
/// the last day, unless a `|` follows it: the days after `|` lie in the future.
pub fn timeline(
    start: &str,
    schedule: ScheduledWeekdays,
    pattern: &str,
) -> (RoutineFacts, NaiveDate) {
    let mut history = RoutineFacts {
        schedule: schedule.into(),
        tracked_since: Some(date(start)),
        ..RoutineFacts::default()
    };
    let mut day = date(start);
    let mut today = None;
    let mut last = None;
    for c in pattern.chars() {
        match c {
            ' ' => continue,
            '|' => {
                today = last;
                continue;
            }
            'x' => {
                history.done.insert(day);
            }
            'r' => {
                history.rest_days.insert(day);
            }
            '.' => {}
            other => panic!("unknown timeline character {other:?}"),
        }
        last = Some(day);
        day = day.succ_opt().unwrap();
    }
    let today = today.or(last).unwrap_or(date(start));
    (history, today)
}

/// A Monday, so that timelines grouped by seven read as calendar weeks.
pub const MONDAY: &str = "2024-01-01";

pub const DAILY: ScheduledWeekdays = ScheduledWeekdays::EVERY_DAY;
pub const WEEKDAYS: ScheduledWeekdays = ScheduledWeekdays::WEEKDAYS;

pub fn mon_wed_fri() -> ScheduledWeekdays {
    use chrono::Weekday::{Fri, Mon, Wed};
    ScheduledWeekdays::from_weekdays([Mon, Wed, Fri])
}
