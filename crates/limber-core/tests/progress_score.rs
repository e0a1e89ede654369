//! Habit strength: table rows for the formula's behaviour and property laws.

// Helpers fail loudly on malformed fixtures, like the tests themselves.
#![allow(clippy::unwrap_used)]

mod progress_support;

use limber_core::score::{habit_score, score_series, step_multiplier, TrendStep, HALF_LIFE_DAYS};
use limber_core::streak::{RoutineFacts, ScheduledWeekdays};
use progress_support::{date, mon_wed_fri, timeline, DAILY, MONDAY, WEEKDAYS};
use proptest::prelude::*;

fn score_of(schedule: ScheduledWeekdays, pattern: &str) -> f64 {
    let (history, today) = timeline(MONDAY, schedule, pattern);
    habit_score(&history, today, TrendStep::Daily, 1).today
}

fn check(schedule: ScheduledWeekdays, pattern: &str, expected: f64) {
    let got = score_of(schedule, pattern);
    assert!(
        (got - expected).abs() < 1e-9,
        "timeline {pattern:?} with {schedule:?}: got {got}, expected {expected}"
    );
}

#[test]
fn score_table() {
    let x = |n: usize| "x".repeat(n);
    let dots = |n: usize| ".".repeat(n);
    // Expected values are worked out by hand from `1 - m^n` with m = 0.5^(1/13) for a daily
    // routine, m = 0.5^(1/(13*sqrt(5/7))) for weekdays and m = 0.5^(1/(13*sqrt(3/7))) for three
    // days a week.
    let rows: Vec<(ScheduledWeekdays, String, f64)> = vec![
        // All done converges toward 1.
        (DAILY, x(1), 0.051_922_485_660_828_6),
        (DAILY, x(30), 0.798_016_731_996_357_1),
        (DAILY, x(100), 0.995_165_131_698_025_7),
        // One miss drops it a little, and the next session starts the climb again.
        (DAILY, x(60), 0.959_202_759_446_568_5),
        (DAILY, x(60) + ".x", 0.914_102_819_481_225_8),
        // A long gap decays it: 13 missed days halve it (today, pending, does not count yet).
        (DAILY, x(60) + &dots(14), 0.479_601_379_723_284),
        (DAILY, x(60) + &dots(27), 0.239_800_689_861_641_85),
        // Order matters, not only the count.
        (DAILY, "xx.xx".to_owned(), 0.187_346_244_565_045_92),
        // Rest days count as done; today pending counts as nothing yet.
        (DAILY, "xxr".to_owned(), 0.147_819_603_571_425_54),
        (DAILY, "xxx".to_owned(), 0.147_819_603_571_425_54),
        (DAILY, "xxx.".to_owned(), 0.147_819_603_571_425_54),
        // Weekends neither raise nor lower a weekday routine, even with a session on them.
        (
            WEEKDAYS,
            "xxxxx.. xxxxx..".to_owned(),
            0.467_876_184_198_118_5,
        ),
        (
            WEEKDAYS,
            "xxxxxxx xxxxxxx".to_owned(),
            0.467_876_184_198_118_5,
        ),
        (
            WEEKDAYS,
            "xxxxx.. xxxxx.. xxxxx.. xxxxx..".to_owned(),
            0.716_844_244_656_445_3,
        ),
        (
            mon_wed_fri(),
            "x.x.x.. x.x.x.. x.x.x.. x.x.x..".to_owned(),
            0.623_694_388_244_567_4,
        ),
        // Nothing scheduled, nothing to score.
        (ScheduledWeekdays::NONE, x(20), 0.0),
    ];
    for (schedule, pattern, expected) in rows {
        check(schedule, &pattern, expected);
    }
}

#[test]
fn step_multiplier_keeps_loops_calendar_half_life() {
    // A daily routine halves in 13 scheduled days.
    let m = step_multiplier(DAILY).unwrap();
    assert!((m.powf(HALF_LIFE_DAYS) - 0.5).abs() < 1e-12);
    // Over one calendar week a weekday routine decays as much as Loop's per-day formula.
    for days in 1..=7u32 {
        let schedule = ScheduledWeekdays::from_weekdays(
            (0..days as u8).map(|d| chrono::Weekday::try_from(d).unwrap()),
        );
        let f = f64::from(days) / 7.0;
        let loop_per_day = 0.5_f64.powf(f.sqrt() / 13.0);
        let per_week_here = step_multiplier(schedule).unwrap().powi(days as i32);
        assert!(
            (per_week_here - loop_per_day.powi(7)).abs() < 1e-12,
            "{days} days a week"
        );
    }
    assert_eq!(step_multiplier(ScheduledWeekdays::NONE), None);
}

#[test]
fn trend_table() {
    let (history, today) = timeline(MONDAY, DAILY, &"x".repeat(30));
    let rows: &[(TrendStep, usize, &[&str])] = &[
        (
            TrendStep::Daily,
            3,
            &["2024-01-28", "2024-01-29", "2024-01-30"],
        ),
        (
            TrendStep::Weekly,
            4,
            &["2024-01-09", "2024-01-16", "2024-01-23", "2024-01-30"],
        ),
        // Never before tracking started.
        (
            TrendStep::Weekly,
            10,
            &[
                "2024-01-02",
                "2024-01-09",
                "2024-01-16",
                "2024-01-23",
                "2024-01-30",
            ],
        ),
        (TrendStep::Daily, 0, &[]),
    ];
    for &(step, points, expected) in rows {
        let score = habit_score(&history, today, step, points);
        let days: Vec<_> = score.trend.iter().map(|p| p.day).collect();
        let expected: Vec<_> = expected.iter().map(|d| date(d)).collect();
        assert_eq!(days, expected, "{step:?} x {points}");
        if let Some(last) = score.trend.last() {
            assert_eq!(last.score, score.today);
        }
    }
    // The series has one point per day and rises every day of a perfect run.
    let series = score_series(&history, today);
    assert_eq!(series.len(), 30);
    assert!(series.windows(2).all(|w| w[1].score > w[0].score));
}

#[test]
fn empty_history_scores_zero() {
    let score = habit_score(&RoutineFacts::default(), date(MONDAY), TrendStep::Weekly, 8);
    assert_eq!(score.today, 0.0);
    assert!(score.trend.is_empty());
}

fn arb_pattern() -> impl Strategy<Value = (String, u8)> {
    (
        prop::collection::vec(prop_oneof![Just('x'), Just('r'), Just('.')], 1..120),
        0u8..128,
    )
        .prop_map(|(chars, mask)| (chars.into_iter().collect(), mask))
}

fn schedule_from(mask: u8) -> ScheduledWeekdays {
    ScheduledWeekdays::from_weekdays(
        (0..7u8)
            .filter(|bit| mask & (1 << bit) != 0)
            .map(|bit| chrono::Weekday::try_from(bit).unwrap()),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn score_stays_between_zero_and_one((pattern, mask) in arb_pattern()) {
        let (history, today) = timeline(MONDAY, schedule_from(mask), &pattern);
        for point in score_series(&history, today) {
            prop_assert!((0.0..=1.0).contains(&point.score), "{point:?}");
        }
    }

    #[test]
    fn doing_more_never_lowers_the_score(
        (pattern, mask) in arb_pattern(),
        offset in -10i64..130,
    ) {
        let (history, today) = timeline(MONDAY, schedule_from(mask), &pattern);
        let mut more = history.clone();
        more.done.insert(date(MONDAY) + chrono::Duration::days(offset));
        let before = score_series(&history, today);
        let after = score_series(&more, today);
        // Compare day by day wherever both series have a point.
        for point in &before {
            if let Some(other) = after.iter().find(|p| p.day == point.day) {
                prop_assert!(other.score >= point.score - 1e-12, "{point:?} -> {other:?}");
            }
        }
        let today_before = habit_score(&history, today, TrendStep::Daily, 1).today;
        let today_after = habit_score(&more, today, TrendStep::Daily, 1).today;
        prop_assert!(today_after >= today_before - 1e-12);
    }

    #[test]
    fn a_rest_day_scores_like_a_done_day((pattern, mask) in arb_pattern()) {
        let (history, today) = timeline(MONDAY, schedule_from(mask), &pattern);
        let mut as_done = history.clone();
        as_done.done.extend(history.rest_days.iter().copied());
        as_done.rest_days.clear();
        let a = habit_score(&history, today, TrendStep::Daily, 1).today;
        let b = habit_score(&as_done, today, TrendStep::Daily, 1).today;
        prop_assert!((a - b).abs() < 1e-12);
    }
}
