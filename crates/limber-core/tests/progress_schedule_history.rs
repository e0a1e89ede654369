//! Schedule history (issue 18): the days and the goal in force on each day, and the progress rules
//! that ask for them. A change of days made today must never rewrite a day before today.

// Helpers fail loudly on malformed fixtures, like the tests themselves.
#![allow(clippy::unwrap_used)]

mod progress_support;

use chrono::{Duration, NaiveDate, Weekday};
use limber_core::schedule::DayOfWeek;
use limber_core::schedule_history::{
    ScheduleChoice, ScheduleEntry, ScheduleHistory, ScheduleHistoryError, StoredEntry,
};
use limber_core::score::score_series;
use limber_core::streak::{
    completion, day_states, streak, summarize, weekly_streak, DayState, RoutineFacts,
    ScheduledWeekdays, Streak,
};
use progress_support::*;
use proptest::prelude::*;

fn choice(days: ScheduledWeekdays, goal: Option<u8>) -> ScheduleChoice {
    ScheduleChoice { days, goal }
}

fn entry(from: &str, days: ScheduledWeekdays, goal: Option<u8>) -> ScheduleEntry {
    ScheduleEntry {
        from: date(from),
        days,
        goal,
    }
}

/// Mon–Fri from the first Monday, every day from Wednesday 2024-01-10 on.
fn weekdays_then_daily() -> ScheduleHistory {
    ScheduleHistory::new([
        entry(MONDAY, WEEKDAYS, None),
        entry("2024-01-10", DAILY, None),
    ])
    .unwrap()
}

#[test]
fn days_in_force_table() {
    fn check(history: &ScheduleHistory, day: &str, expected: ScheduledWeekdays, due: bool) {
        assert_eq!(history.days_on(date(day)), expected, "{day}");
        assert_eq!(history.includes(date(day)), due, "{day}");
    }
    let history = weekdays_then_daily();
    // Days before the first entry use the first entry.
    check(&history, "2023-12-30", WEEKDAYS, false);
    check(&history, "2023-12-29", WEEKDAYS, true);
    check(&history, "2024-01-06", WEEKDAYS, false);
    check(&history, "2024-01-09", WEEKDAYS, true);
    // The change takes effect on its own day.
    check(&history, "2024-01-10", DAILY, true);
    check(&history, "2024-01-13", DAILY, true);
    check(&history, "2030-01-05", DAILY, true);
}

#[test]
fn changes_table() {
    fn check(
        before: &ScheduleHistory,
        today: &str,
        to: ScheduleChoice,
        expected: &[ScheduleEntry],
    ) {
        let after = before.with_change(date(today), to);
        assert_eq!(after.entries(), expected, "{before:?} changed on {today}");
    }
    let start = ScheduleHistory::starting(date(MONDAY), choice(WEEKDAYS, None));
    // A change today takes effect today.
    check(
        &start,
        "2024-01-10",
        choice(DAILY, Some(5)),
        &[
            entry(MONDAY, WEEKDAYS, None),
            entry("2024-01-10", DAILY, Some(5)),
        ],
    );
    // Choosing what is already in force records nothing.
    check(
        &start,
        "2024-01-10",
        choice(WEEKDAYS, None),
        &[entry(MONDAY, WEEKDAYS, None)],
    );
    // A second change the same day replaces the first; changing back removes it.
    let changed = start.with_change(date("2024-01-10"), choice(DAILY, None));
    check(
        &changed,
        "2024-01-10",
        choice(DAILY, Some(3)),
        &[
            entry(MONDAY, WEEKDAYS, None),
            entry("2024-01-10", DAILY, Some(3)),
        ],
    );
    check(
        &changed,
        "2024-01-10",
        choice(WEEKDAYS, None),
        &[entry(MONDAY, WEEKDAYS, None)],
    );
    // A change on the first entry's own day replaces it, and what was in force before stays in
    // force for the days before, dated the day before.
    check(
        &start,
        MONDAY,
        choice(DAILY, None),
        &[
            entry("2023-12-31", WEEKDAYS, None),
            entry(MONDAY, DAILY, None),
        ],
    );
    // The first setup ever saved keeps the earlier default for the days before it.
    check(
        &ScheduleHistory::starting(date("2024-01-10"), choice(DAILY, None)),
        "2024-01-10",
        choice(WEEKDAYS, Some(2)),
        &[
            entry("2024-01-09", DAILY, None),
            entry("2024-01-10", WEEKDAYS, Some(2)),
        ],
    );
    // An entry dated after today (a clock that ran ahead) gives way to the newer decision.
    check(
        &changed,
        "2024-01-08",
        choice(WEEKDAYS, Some(4)),
        &[
            entry(MONDAY, WEEKDAYS, None),
            entry("2024-01-08", WEEKDAYS, Some(4)),
        ],
    );
}

#[test]
fn stored_entries_table() {
    fn check(stored: Vec<StoredEntry>, expected: Result<Vec<ScheduleEntry>, ScheduleHistoryError>) {
        let got = ScheduleHistory::from_stored(&stored).map(|h| h.entries().to_vec());
        assert_eq!(got, expected, "{stored:?}");
        if let Ok(history) = ScheduleHistory::from_stored(&stored) {
            let again = ScheduleHistory::from_stored(&history.to_stored()).unwrap();
            assert_eq!(again, history, "round trip of {stored:?}");
        }
    }
    let weekdays: Vec<DayOfWeek> = DayOfWeek::ALL[..5].to_vec();
    let stored = |from: &str, days: &[DayOfWeek], goal| StoredEntry {
        from: date(from),
        days: days.to_vec(),
        goal,
    };
    check(Vec::new(), Err(ScheduleHistoryError::Empty));
    check(
        vec![
            stored("2024-01-10", &DayOfWeek::ALL, Some(7)),
            stored(MONDAY, &weekdays, None),
        ],
        Ok(vec![
            entry(MONDAY, WEEKDAYS, None),
            entry("2024-01-10", DAILY, Some(7)),
        ]),
    );
    check(
        vec![stored(MONDAY, &weekdays, Some(0))],
        Err(ScheduleHistoryError::Goal {
            from: date(MONDAY),
            goal: 0,
        }),
    );
    check(
        vec![stored(MONDAY, &weekdays, Some(8))],
        Err(ScheduleHistoryError::Goal {
            from: date(MONDAY),
            goal: 8,
        }),
    );
    // Two entries for one day: the later one in the file wins.
    check(
        vec![stored(MONDAY, &weekdays, None), stored(MONDAY, &[], None)],
        Ok(vec![entry(MONDAY, ScheduledWeekdays::NONE, None)]),
    );
}

fn state_letter(state: DayState) -> char {
    match state {
        DayState::Done => 'x',
        DayState::Rest => 'r',
        DayState::Missed => 'M',
        DayState::Pending => 'P',
        DayState::Unscheduled => '-',
        DayState::Untracked => 'U',
        DayState::Future => 'F',
    }
}

/// Mon–Fri until Wednesday 2024-01-10, then every day: the weekend before the change is not
/// missed, the weekend after is, and the streak counts across the change.
#[test]
fn streak_across_a_change_of_days() {
    fn check(pattern: &str, expected_days: &str, expected: (u32, u32)) {
        let (mut history, today) = timeline(MONDAY, WEEKDAYS, pattern);
        history.schedule = weekdays_then_daily();
        let days: String = day_states(&history, today, date(MONDAY), today)
            .into_iter()
            .map(|cell| state_letter(cell.state))
            .collect();
        let got = streak(&history, today);
        assert_eq!(days, expected_days.replace(' ', ""), "{pattern}");
        assert_eq!((got.current, got.best), expected, "{pattern}");
    }
    // Week 1 Mon–Fri done, weekend unscheduled; week 2 done through Friday, weekend missed.
    check("xxxxx.. xxxxx.. x", "xxxxx-- xxxxxMM x", (1, 10));
    // The same weekends done: week 1's weekend adds nothing, week 2's adds two.
    check("xxxxxxx xxxxxxx x", "xxxxxxx xxxxxxx x", (13, 13));
    // Today (Monday 2024-01-15) still pending after a full week.
    check("xxxxx.. xxxxxxx .", "xxxxx-- xxxxxxx P", (12, 12));
}

#[test]
fn weekly_goal_in_force_each_week() {
    fn check(entries: Vec<ScheduleEntry>, pattern: &str, expected: (u8, u32, u32, u32)) {
        let (mut history, today) = timeline(MONDAY, DAILY, pattern);
        history.schedule = ScheduleHistory::new(entries.clone()).unwrap();
        let got = weekly_streak(&history, Weekday::Mon, today).unwrap();
        assert_eq!(
            (got.goal, got.this_week, got.current, got.best),
            expected,
            "{entries:?} {pattern}"
        );
    }
    // Three days a week until the third week, then five: the first two weeks met their goal of
    // three; raising the goal in week 3 (before its end) holds week 3 to five.
    check(
        vec![
            entry(MONDAY, DAILY, Some(3)),
            entry("2024-01-17", DAILY, Some(5)),
        ],
        "xxx.... xxx.... xxx.... x",
        (5, 1, 0, 2),
    );
    // The same weeks with the goal raised only today (week 4): the past weeks keep their goal.
    check(
        vec![
            entry(MONDAY, DAILY, Some(3)),
            entry("2024-01-22", DAILY, Some(5)),
        ],
        "xxx.... xxx.... xxx.... x",
        (5, 1, 3, 3),
    );
    // A week with no goal in force neither extends nor ends the run.
    check(
        vec![
            entry(MONDAY, DAILY, Some(2)),
            entry("2024-01-08", DAILY, None),
            entry("2024-01-15", DAILY, Some(2)),
        ],
        "xx..... ....... xx.....",
        (2, 2, 2, 2),
    );
}

#[test]
fn completion_and_score_use_the_days_in_force() {
    let (mut history, today) = timeline(MONDAY, WEEKDAYS, "xxxxx.. xxxxx.. x");
    history.schedule = weekdays_then_daily();
    let got = completion(&history, today, 30);
    // Ten weekdays and today done, the second weekend missed; the first weekend was not due.
    assert_eq!((got.done, got.missed), (11, 2));
    let fixed = {
        let mut fixed = history.clone();
        fixed.schedule = WEEKDAYS.into();
        fixed
    };
    let (changed, unchanged) = (score_series(&history, today), score_series(&fixed, today));
    // Until the change the score is the weekday routine's, point for point.
    assert_eq!(changed[..9], unchanged[..9]);
    // The missed weekend after the change lowers it.
    assert!(changed[13].score < unchanged[13].score);
}

fn arb_facts() -> impl Strategy<Value = (RoutineFacts, NaiveDate)> {
    (
        prop::collection::vec(prop_oneof![Just('x'), Just('r'), Just('.')], 1..60),
        0u8..128,
    )
        .prop_map(|(chars, mask)| {
            let pattern: String = chars.into_iter().collect();
            timeline(MONDAY, mask_days(mask), &pattern)
        })
}

fn mask_days(mask: u8) -> ScheduledWeekdays {
    ScheduledWeekdays::from_weekdays(
        (0..7u8)
            .filter(|bit| mask & (1 << bit) != 0)
            .map(|bit| Weekday::try_from(bit).unwrap()),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// A history with one entry, dated anywhere, gives exactly the results of the fixed schedule.
    #[test]
    fn one_entry_is_a_fixed_schedule(
        (facts, today) in arb_facts(),
        offset in -100i64..100,
        goal in prop::option::of(1u8..=7),
    ) {
        let choice = ScheduleChoice { days: facts.schedule.days_on(today), goal };
        let mut fixed = facts.clone();
        fixed.schedule = ScheduleHistory::fixed(choice);
        let mut dated = facts.clone();
        dated.schedule = ScheduleHistory::starting(date(MONDAY) + Duration::days(offset), choice);
        prop_assert_eq!(summarize(&dated, Weekday::Mon, today, 70), summarize(&fixed, Weekday::Mon, today, 70));
        prop_assert_eq!(score_series(&dated, today), score_series(&fixed, today));
        // And the weekly figures are there exactly when a goal is.
        prop_assert_eq!(weekly_streak(&dated, Weekday::Mon, today).is_some(), goal.is_some());
    }

    /// Changing the days or the goal today never changes any result for a day before today.
    #[test]
    fn a_change_today_never_rewrites_the_past(
        (facts, today) in arb_facts(),
        mask in 0u8..128,
        old_goal in prop::option::of(1u8..=7),
        new_goal in prop::option::of(1u8..=7),
    ) {
        let before = {
            let mut before = facts.clone();
            before.schedule = ScheduleHistory::starting(
                date(MONDAY),
                ScheduleChoice { days: facts.schedule.days_on(today), goal: old_goal },
            );
            before
        };
        let mut after = before.clone();
        after.schedule = before
            .schedule
            .with_change(today, ScheduleChoice { days: mask_days(mask), goal: new_goal });
        let Some(yesterday) = today.pred_opt() else { return Ok(()); };
        let first = date(MONDAY) - Duration::days(7);
        prop_assert_eq!(
            day_states(&before, today, first, yesterday),
            day_states(&after, today, first, yesterday)
        );
        // Every figure as it stood at the end of yesterday (from the facts up to yesterday) is the
        // same.
        let until_yesterday = |facts: &RoutineFacts| {
            let mut facts = facts.clone();
            facts.done.retain(|day| *day < today);
            facts.rest_days.retain(|day| *day < today);
            facts
        };
        prop_assert_eq!(
            summarize(&until_yesterday(&before), Weekday::Mon, yesterday, 30),
            summarize(&until_yesterday(&after), Weekday::Mon, yesterday, 30)
        );
        let (old, new) = (score_series(&before, today), score_series(&after, today));
        let past = old.len().min(new.len()).saturating_sub(1);
        prop_assert_eq!(&old[..past], &new[..past]);
        // The past stays the same when seen from today, too: the best run before today cannot
        // shrink because of today's change, and a streak never exceeds its best.
        let s: Streak = streak(&after, today);
        prop_assert!(s.current <= s.best);
    }
}
