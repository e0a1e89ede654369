//! Streaks, heatmap, completion and weekly goals, including the cases Loop Habit Tracker users
//! reported: night owls, DST, travel, rest days, non-daily schedules, gaps and edited history.

// Helpers fail loudly on malformed fixtures, like the tests themselves.
#![allow(clippy::unwrap_used)]

mod progress_support;

use chrono::{NaiveTime, Weekday};
use chrono_tz::Tz;
use limber_core::day::{
    routine_days, today as routine_today, utc_offset_secs, DEFAULT_DAY_BOUNDARY,
};
use limber_core::schedule_history::{ScheduleChoice, ScheduleHistory};
use limber_core::streak::{
    can_mark_rest_day, completion, day_states, heatmap, rest_days_left, streak, summarize,
    week_start, weekly_streak, DayState, RoutineFacts, ScheduledWeekdays, Streak,
    COMPLETION_WINDOW, REST_DAYS_PER_MONTH,
};
use progress_support::{date, mon_wed_fri, timeline, utc, DAILY, MONDAY, WEEKDAYS};
use proptest::prelude::*;

fn check_streak(schedule: ScheduledWeekdays, pattern: &str, expected: (u32, u32)) {
    let (history, today) = timeline(MONDAY, schedule, pattern);
    let got = streak(&history, today);
    assert_eq!(
        (got.current, got.best),
        expected,
        "timeline {pattern:?} with {schedule:?}"
    );
}

#[test]
fn streak_table() {
    let rows: &[(ScheduledWeekdays, &str, (u32, u32))] = &[
        // Nothing done yet; today is pending, not missed.
        (DAILY, ".", (0, 0)),
        // A streak that starts today.
        (DAILY, "x", (1, 1)),
        (DAILY, ".x", (1, 1)),
        (DAILY, "xxx", (3, 3)),
        // Today not yet done does not break the current streak.
        (DAILY, "xxx.", (3, 3)),
        // Yesterday missed does.
        (DAILY, "xxx..", (0, 3)),
        // A gap in the middle.
        (DAILY, "xx.xxx", (3, 3)),
        (DAILY, "xxx.xx", (2, 3)),
        (DAILY, "xxxxx.x.xx", (2, 5)),
        // Rest days keep the streak alive without adding to it.
        (DAILY, "xxrxx", (4, 4)),
        (DAILY, "xxrr.", (2, 2)),
        (DAILY, "rrr", (0, 0)),
        (DAILY, "r.x", (1, 1)),
        // A weekday routine is not broken by the weekend.
        (WEEKDAYS, "xxxxx.. xxxxx..", (10, 10)),
        (WEEKDAYS, "xxxxx.. x", (6, 6)),
        (WEEKDAYS, "xxxxx.. .", (5, 5)),
        // A session on a Saturday neither extends nor breaks it.
        (WEEKDAYS, "xxxxxx. x", (6, 6)),
        // A missed Friday breaks it.
        (WEEKDAYS, "xxxx... x", (1, 4)),
        // Monday, Wednesday and Friday only.
        (mon_wed_fri(), "x.x.x.. x", (4, 4)),
        (mon_wed_fri(), "xxxxxxx x", (4, 4)),
        (mon_wed_fri(), "x...x.. x", (2, 2)),
        (mon_wed_fri(), "x.x.x.. .", (3, 3)),
        // A Tuesday session does not make up for the Monday that was missed.
        (mon_wed_fri(), "x.x.x.. .x", (0, 3)),
        (mon_wed_fri(), "x.x.x.. ..", (0, 3)),
        // A routine scheduled on no day has nothing to count.
        (ScheduledWeekdays::NONE, "xxxx", (0, 0)),
        // A done day after today (travel west) already counts.
        (DAILY, "xx|x", (3, 3)),
        // A rest day planned ahead does not count yet.
        (DAILY, "xx.|r", (2, 2)),
    ];
    for &(schedule, pattern, expected) in rows {
        check_streak(schedule, pattern, expected);
    }
}

#[test]
fn scheduled_weekdays_table() {
    use limber_core::schedule::DayOfWeek;
    let rows: &[(ScheduledWeekdays, u32, &[Weekday])] = &[
        (ScheduledWeekdays::NONE, 0, &[]),
        (
            WEEKDAYS,
            5,
            &[
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
        ),
        (
            mon_wed_fri(),
            3,
            &[Weekday::Mon, Weekday::Wed, Weekday::Fri],
        ),
        (
            [DayOfWeek::Sunday, DayOfWeek::Saturday, DayOfWeek::Sunday]
                .into_iter()
                .collect(),
            2,
            &[Weekday::Sat, Weekday::Sun],
        ),
        (
            DayOfWeek::ALL.into_iter().collect(),
            7,
            &[
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
                Weekday::Sat,
                Weekday::Sun,
            ],
        ),
    ];
    for &(schedule, per_week, expected) in rows {
        assert_eq!(schedule.per_week(), per_week, "{schedule:?}");
        assert_eq!(
            schedule.weekdays().collect::<Vec<_>>(),
            expected,
            "{schedule:?}"
        );
    }
    assert_eq!(
        DayOfWeek::ALL.into_iter().collect::<ScheduledWeekdays>(),
        DAILY
    );
    assert!(WEEKDAYS.includes(date("2024-01-05")));
    assert!(!WEEKDAYS.includes(date("2024-01-06")));
}

#[test]
fn tracked_since_before_the_first_session_counts_misses() {
    let (mut history, today) = timeline(MONDAY, DAILY, "..xx");
    assert_eq!(
        streak(&history, today),
        Streak {
            current: 2,
            best: 2
        }
    );
    assert_eq!(completion(&history, today, 30).missed, 2);
    // Without a known start, tracking begins with the first fact.
    history.tracked_since = None;
    assert_eq!(completion(&history, today, 30).missed, 0);
    assert_eq!(history.start(), Some(date("2024-01-03")));
}

fn code(state: DayState) -> char {
    match state {
        DayState::Done => 'D',
        DayState::Rest => 'R',
        DayState::Missed => 'M',
        DayState::Pending => 'P',
        DayState::Unscheduled => 'U',
        DayState::Untracked => 'T',
        DayState::Future => 'F',
    }
}

fn check_heatmap(schedule: ScheduledWeekdays, pattern: &str, days: u32, expected: &str) {
    let (history, today) = timeline(MONDAY, schedule, pattern);
    let got: String = heatmap(&history, today, days)
        .iter()
        .map(|cell| code(cell.state))
        .collect();
    assert_eq!(got, expected, "timeline {pattern:?} over {days} days");
}

#[test]
fn heatmap_table() {
    let rows: &[(ScheduledWeekdays, &str, u32, &str)] = &[
        (DAILY, "xx.xr.", 6, "DDMDRP"),
        (DAILY, "xx.xrx", 3, "DRD"),
        (DAILY, "x", 0, ""),
        // Days before tracking started are untracked, not missed.
        (DAILY, "x.", 4, "TTDP"),
        // Weekends are unscheduled unless a session happened on them.
        (WEEKDAYS, "xxx.x.x x", 8, "DDDMDUDD"),
        (mon_wed_fri(), "x.x.... .", 8, "DUDUMUUP"),
    ];
    for &(schedule, pattern, days, expected) in rows {
        check_heatmap(schedule, pattern, days, expected);
    }
}

#[test]
fn day_states_show_the_future() {
    let (history, today) = timeline(MONDAY, DAILY, "x.|r.");
    let got: String = day_states(&history, today, date(MONDAY), date("2024-01-05"))
        .iter()
        .map(|cell| code(cell.state))
        .collect();
    // Done, today pending, a planned rest day, then plain future days.
    assert_eq!(got, "DPRFF");
    assert!(day_states(&history, today, date("2024-01-05"), date(MONDAY)).is_empty());
}

fn check_completion(
    schedule: ScheduledWeekdays,
    pattern: &str,
    window: u32,
    expected: (u32, u32, u32),
    rate: Option<f64>,
) {
    let (history, today) = timeline(MONDAY, schedule, pattern);
    let got = completion(&history, today, window);
    assert_eq!(
        (got.done, got.missed, got.rest),
        expected,
        "timeline {pattern:?}, window {window}"
    );
    assert_eq!(got.rate, rate, "timeline {pattern:?}, window {window}");
}

#[test]
fn completion_table() {
    let thirty_five_done = "x".repeat(35);
    type Row<'a> = (
        ScheduledWeekdays,
        &'a str,
        u32,
        (u32, u32, u32),
        Option<f64>,
    );
    let rows: &[Row] = &[
        // Nothing settled yet: today is pending.
        (DAILY, ".", 30, (0, 0, 0), None),
        (DAILY, "x", 30, (1, 0, 0), Some(1.0)),
        // Today still pending is left out.
        (DAILY, "xx.x.", 30, (3, 1, 0), Some(0.75)),
        // Rest days are in the window but neither done nor missed.
        (DAILY, "xxr.x", 30, (3, 1, 1), Some(0.75)),
        (DAILY, "rrr", 30, (0, 0, 3), None),
        // The window counts settled scheduled days back from today.
        (DAILY, "..........xxxxx", 5, (5, 0, 0), Some(1.0)),
        (DAILY, "..........xxxxx", 10, (5, 5, 0), Some(0.5)),
        (DAILY, "..........xxxxx", 30, (5, 10, 0), Some(1.0 / 3.0)),
        (
            DAILY,
            &thirty_five_done,
            COMPLETION_WINDOW,
            (30, 0, 0),
            Some(1.0),
        ),
        // Weekends and sessions on them are outside a weekday routine's window.
        (WEEKDAYS, "xxxxx.x xx.", 30, (7, 0, 0), Some(1.0)),
        (WEEKDAYS, "x.x.x.. x", 30, (4, 2, 0), Some(4.0 / 6.0)),
        (mon_wed_fri(), "x...x.. x", 30, (3, 1, 0), Some(0.75)),
    ];
    for &(schedule, pattern, window, expected, rate) in rows {
        check_completion(schedule, pattern, window, expected, rate);
    }
}

fn check_weekly(goal: WeeklyGoal, pattern: &str, expected: (u32, u32, u32)) {
    let (history, today) = timeline(MONDAY, DAILY, pattern);
    let history = with_goal(history, goal);
    let got = weekly_streak(&history, goal.week_starts_on, today).unwrap();
    assert_eq!(
        (got.this_week, got.current, got.best),
        expected,
        "timeline {pattern:?} with {goal:?}"
    );
}

/// A goal that never changed, as these tests state it.
#[derive(Debug, Clone, Copy)]
struct WeeklyGoal {
    days_per_week: u8,
    week_starts_on: Weekday,
}

/// The history with `goal` in force on every day.
fn with_goal(mut history: RoutineFacts, goal: WeeklyGoal) -> RoutineFacts {
    history.schedule = ScheduleHistory::fixed(ScheduleChoice {
        days: history.schedule.days_on(MONDAY.parse().unwrap()),
        goal: Some(goal.days_per_week),
    });
    history
}

fn goal(days_per_week: u8, week_starts_on: Weekday) -> WeeklyGoal {
    WeeklyGoal {
        days_per_week,
        week_starts_on,
    }
}

#[test]
fn weekly_goal_table() {
    let five = goal(5, Weekday::Mon);
    let rows: &[(WeeklyGoal, &str, (u32, u32, u32))] = &[
        // The current week in progress does not break the weekly streak.
        (five, "xxxxx.. xxxxx.. xx", (2, 2, 2)),
        (five, "xxxxx.. xxx.... xx", (2, 0, 1)),
        // The current week adds one as soon as it meets the goal.
        (five, "xxxxx.. xxxxx.. xxxxx", (5, 3, 3)),
        // Rest days count towards the goal.
        (five, "xxxxr.. x", (1, 1, 1)),
        (five, "xxxx... x", (1, 0, 0)),
        // Any day counts, not only particular weekdays.
        (goal(3, Weekday::Mon), "..x.x.x ..x", (1, 1, 1)),
        (goal(7, Weekday::Mon), "xxxxxxx", (7, 1, 1)),
        (goal(7, Weekday::Mon), "xxxxxx.", (6, 0, 0)),
        // Goals outside 1–7 are clamped.
        (goal(0, Weekday::Mon), "x...... .", (0, 1, 1)),
        (goal(9, Weekday::Mon), "xxxxxxx", (7, 1, 1)),
        // Weeks can start on Sunday: here Sunday the 7th opens the second week.
        (goal(2, Weekday::Sun), "xx....x x", (2, 2, 2)),
        (goal(2, Weekday::Mon), "xx....x x", (1, 1, 1)),
    ];
    for &(goal, pattern, expected) in rows {
        check_weekly(goal, pattern, expected);
    }
}

#[test]
fn week_start_table() {
    let rows: &[(&str, Weekday, &str)] = &[
        ("2024-01-01", Weekday::Mon, "2024-01-01"),
        ("2024-01-07", Weekday::Mon, "2024-01-01"),
        ("2024-01-07", Weekday::Sun, "2024-01-07"),
        ("2024-01-06", Weekday::Sun, "2023-12-31"),
        ("2024-01-03", Weekday::Sat, "2023-12-30"),
    ];
    for &(day, starts_on, expected) in rows {
        assert_eq!(
            week_start(date(day), starts_on),
            date(expected),
            "{day} {starts_on}"
        );
    }
}

fn check_rest_day(existing: &[&str], day: &str, limit: u8, expected: Result<(), &str>) {
    let existing: Vec<_> = existing.iter().map(|d| date(d)).collect();
    let got = can_mark_rest_day(&existing, date(day), limit).map_err(|e| e.to_string());
    assert_eq!(
        got,
        expected.map_err(str::to_owned),
        "{existing:?} + {day}, limit {limit}"
    );
}

#[test]
fn rest_day_limit_table() {
    let full = Err("only 2 rest days are allowed per month, and 2024-01 has used them all");
    type Row = (
        &'static [&'static str],
        &'static str,
        u8,
        Result<(), &'static str>,
    );
    let rows: &[Row] = &[
        (&[], "2024-01-05", 2, Ok(())),
        (&["2024-01-03"], "2024-01-05", 2, Ok(())),
        (&["2024-01-03", "2024-01-04"], "2024-01-05", 2, full),
        (&["2024-01-03", "2024-01-31"], "2024-01-05", 2, full),
        // Another month, or the same month another year, has its own allowance.
        (&["2023-12-30", "2023-12-31"], "2024-01-05", 2, Ok(())),
        (&["2023-01-03", "2023-01-04"], "2024-01-05", 2, Ok(())),
        (
            &["2024-01-03"],
            "2024-01-03",
            2,
            Err("2024-01-03 is already a rest day"),
        ),
        (
            &[],
            "2024-02-29",
            0,
            Err("only 0 rest days are allowed per month, and 2024-02 has used them all"),
        ),
        (&["2024-01-03", "2024-01-04"], "2024-01-05", 3, Ok(())),
    ];
    for &(existing, day, limit, expected) in rows {
        check_rest_day(existing, day, limit, expected);
    }
    let existing = [date("2024-01-03")];
    assert_eq!(
        rest_days_left(&existing, date("2024-01-20"), REST_DAYS_PER_MONTH),
        1
    );
    assert_eq!(
        rest_days_left(&existing, date("2024-02-01"), REST_DAYS_PER_MONTH),
        2
    );
    // Duplicates in the stored list are counted once.
    let duplicated = [date("2024-01-03"), date("2024-01-03")];
    assert_eq!(rest_days_left(&duplicated, date("2024-01-20"), 2), 1);
}

/// A session given by its local wall-clock time in a zone, as the shell would record it: the UTC
/// instant and the offset in force then.
fn session(tz: Tz, local: &str) -> (chrono::DateTime<chrono::Utc>, i32) {
    use chrono::TimeZone;
    let naive = chrono::NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap();
    // During the autumn change a wall-clock time happens twice; the first one is meant.
    let at = tz.from_local_datetime(&naive).earliest().unwrap().to_utc();
    (at, utc_offset_secs(at, tz))
}

struct Case {
    name: &'static str,
    sessions: Vec<(chrono::DateTime<chrono::Utc>, i32)>,
    now: (Tz, &'static str),
    boundary: NaiveTime,
    expected: (u32, u32),
}

fn check_case(case: &Case) {
    let done = routine_days(case.sessions.iter().copied(), case.boundary);
    let history = RoutineFacts {
        done,
        schedule: DAILY.into(),
        ..RoutineFacts::default()
    };
    let (tz, now) = case.now;
    let (now, _) = session(tz, now);
    let today = routine_today(now, tz, case.boundary);
    let got = streak(&history, today);
    assert_eq!((got.current, got.best), case.expected, "{}", case.name);
}

#[test]
fn real_world_days_table() {
    use chrono_tz::{America, Asia, Europe};
    let b = DEFAULT_DAY_BOUNDARY;
    let london = Europe::London;
    let night_owl = vec![
        session(london, "2024-01-01 22:00"),
        // Tuesday's wind-down finished after midnight.
        session(london, "2024-01-03 00:40"),
        session(london, "2024-01-03 23:30"),
    ];
    let cases = [
        Case {
            name: "night owl: 00:40 counts for the evening before",
            sessions: night_owl.clone(),
            now: (london, "2024-01-04 20:00"),
            boundary: b,
            expected: (3, 3),
        },
        Case {
            name: "night owl with a midnight boundary loses Tuesday",
            sessions: night_owl,
            now: (london, "2024-01-04 20:00"),
            boundary: NaiveTime::MIN,
            expected: (1, 1),
        },
        Case {
            name: "night owl at 01:30 before today's boundary: still yesterday's routine day",
            sessions: vec![
                session(london, "2024-01-01 22:00"),
                session(london, "2024-01-02 22:00"),
            ],
            now: (london, "2024-01-03 01:30"),
            boundary: b,
            expected: (2, 2),
        },
        Case {
            name: "spring DST change in Berlin, with a session in the short night",
            sessions: vec![
                session(Europe::Berlin, "2024-03-28 22:30"),
                session(Europe::Berlin, "2024-03-29 22:30"),
                session(Europe::Berlin, "2024-03-31 00:30"),
                session(Europe::Berlin, "2024-03-31 22:30"),
                session(Europe::Berlin, "2024-04-01 22:30"),
            ],
            now: (Europe::Berlin, "2024-04-02 12:00"),
            boundary: b,
            expected: (5, 5),
        },
        Case {
            name: "spring DST change: 03:30 summer time is still before the boundary",
            sessions: vec![
                session(Europe::Berlin, "2024-03-29 22:30"),
                session(Europe::Berlin, "2024-03-31 03:30"),
            ],
            now: (Europe::Berlin, "2024-03-31 12:00"),
            boundary: b,
            expected: (2, 2),
        },
        Case {
            name: "autumn DST change in New York: the repeated 01:30 belongs to the evening before",
            sessions: vec![
                session(America::New_York, "2024-11-01 22:00"),
                session(America::New_York, "2024-11-03 01:30"),
                session(America::New_York, "2024-11-03 23:00"),
            ],
            now: (America::New_York, "2024-11-04 07:00"),
            boundary: b,
            expected: (3, 3),
        },
        Case {
            name: "travel east: London evenings then a Tokyo evening keep their own days",
            sessions: vec![
                session(london, "2024-01-08 22:00"),
                session(london, "2024-01-09 22:00"),
                session(Asia::Tokyo, "2024-01-10 22:00"),
            ],
            now: (Asia::Tokyo, "2024-01-11 12:00"),
            boundary: b,
            expected: (3, 3),
        },
        Case {
            name: "travel west: Tokyo mornings ahead of Los Angeles' today still count",
            sessions: vec![
                session(Asia::Tokyo, "2024-01-09 08:00"),
                session(Asia::Tokyo, "2024-01-10 08:00"),
                session(Asia::Tokyo, "2024-01-11 08:00"),
            ],
            now: (America::Los_Angeles, "2024-01-10 18:00"),
            boundary: b,
            expected: (3, 3),
        },
        Case {
            name: "travel west, the next day in Los Angeles is still pending",
            sessions: vec![
                session(Asia::Tokyo, "2024-01-09 08:00"),
                session(Asia::Tokyo, "2024-01-10 08:00"),
                session(Asia::Tokyo, "2024-01-11 08:00"),
            ],
            now: (America::Los_Angeles, "2024-01-12 10:00"),
            boundary: b,
            expected: (3, 3),
        },
    ];
    for case in &cases {
        check_case(case);
    }
}

/// Recomputing with one offset for every session (the viewer's current zone) would lose a day
/// after travel; storing each session's own offset is what keeps it.
#[test]
fn travel_needs_the_recorded_offset() {
    let tokyo_offset = 9 * 3600;
    let instants = [
        utc("2024-01-08T22:00:00Z"),
        utc("2024-01-09T22:00:00Z"),
        utc("2024-01-10T13:00:00Z"),
    ];
    let recorded = routine_days(
        instants
            .iter()
            .zip([0, 0, tokyo_offset])
            .map(|(at, off)| (*at, off)),
        DEFAULT_DAY_BOUNDARY,
    );
    let reinterpreted = routine_days(
        instants.iter().map(|at| (*at, tokyo_offset)),
        DEFAULT_DAY_BOUNDARY,
    );
    assert_eq!(recorded.len(), 3);
    assert_eq!(reinterpreted.len(), 2);
}

type Edit = fn(&mut RoutineFacts);

fn check_edit(pattern: &str, edit: Edit, before: (u32, u32), after: (u32, u32)) {
    let (mut history, today) = timeline(MONDAY, DAILY, pattern);
    let got = streak(&history, today);
    assert_eq!(
        (got.current, got.best),
        before,
        "{pattern:?} before the edit"
    );
    edit(&mut history);
    let got = streak(&history, today);
    assert_eq!((got.current, got.best), after, "{pattern:?} after the edit");
}

#[test]
fn editing_history_table() {
    type Row = (&'static str, Edit, (u32, u32), (u32, u32));
    let rows: &[Row] = &[
        // Logging a forgotten session fills the gap.
        (
            "xx.xx",
            |h| {
                h.done.insert(date("2024-01-03"));
            },
            (2, 2),
            (5, 5),
        ),
        // Marking the gap as a rest day bridges it without adding to it.
        (
            "xx.xx",
            |h| {
                h.rest_days.insert(date("2024-01-03"));
            },
            (2, 2),
            (4, 4),
        ),
        // Deleting a session in the middle splits the streak.
        (
            "xxxxx",
            |h| {
                h.done.remove(&date("2024-01-03"));
            },
            (5, 5),
            (2, 2),
        ),
        // Deleting today's session leaves today pending, not missed.
        (
            "xxxxx",
            |h| {
                h.done.remove(&date("2024-01-05"));
            },
            (5, 5),
            (4, 4),
        ),
        // Deleting the first session leaves a missed day, since tracking started then.
        (
            "xxx",
            |h| {
                h.done.remove(&date("2024-01-01"));
            },
            (3, 3),
            (2, 2),
        ),
        // Changing the schedule recomputes the past: the missed weekend no longer counts.
        (
            "xxxxx.. x",
            |h| h.schedule = ScheduledWeekdays::WEEKDAYS.into(),
            (1, 5),
            (6, 6),
        ),
    ];
    for &(pattern, edit, before, after) in rows {
        check_edit(pattern, edit, before, after);
    }
}

#[test]
fn summary_bundles_everything() {
    let (history, today) = timeline(MONDAY, DAILY, "xxrx.");
    let history = with_goal(history, goal(3, Weekday::Mon));
    let summary = summarize(&history, Weekday::Mon, today, 3);
    assert_eq!(
        summary.streak,
        Streak {
            current: 3,
            best: 3
        }
    );
    assert_eq!(summary.heatmap.len(), 3);
    assert_eq!(summary.weekly.map(|w| w.this_week), Some(4));
    assert_eq!(summary.completion.rate, Some(1.0));
    assert_eq!(
        (summary.heatmap[2].day, summary.heatmap[2].state),
        (date("2024-01-05"), DayState::Pending)
    );
    let none = summarize(&RoutineFacts::default(), Weekday::Mon, today, 2);
    assert_eq!(none.streak, Streak::default());
    assert_eq!(none.completion.rate, None);
    assert!(none.weekly.is_none());
    assert_eq!(
        none.heatmap.iter().map(|c| c.state).collect::<Vec<_>>(),
        vec![DayState::Untracked, DayState::Untracked]
    );
}

fn arb_history() -> impl Strategy<Value = (RoutineFacts, chrono::NaiveDate)> {
    (
        prop::collection::vec(prop_oneof![Just('x'), Just('r'), Just('.')], 1..80),
        0u8..128,
    )
        .prop_map(|(chars, mask)| {
            let pattern: String = chars.into_iter().collect();
            let schedule = ScheduledWeekdays::from_weekdays(
                (0..7u8)
                    .filter(|bit| mask & (1 << bit) != 0)
                    .map(|bit| Weekday::try_from(bit).unwrap()),
            );
            timeline(MONDAY, schedule, &pattern)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn current_never_exceeds_best((history, today) in arb_history()) {
        let s = streak(&history, today);
        prop_assert!(s.current <= s.best);
        let scheduled_done = history
            .done
            .iter()
            .filter(|day| history.schedule.includes(**day))
            .count();
        prop_assert!(s.best as usize <= scheduled_done);
    }

    #[test]
    fn doing_more_never_lowers_a_streak((history, today) in arb_history(), offset in -10i64..90) {
        let day = date(MONDAY) + chrono::Duration::days(offset);
        let mut more = history.clone();
        more.done.insert(day);
        let (before, after) = (streak(&history, today), streak(&more, today));
        prop_assert!(after.current >= before.current, "{before:?} -> {after:?}");
        prop_assert!(after.best >= before.best, "{before:?} -> {after:?}");
        let goal = goal(4, Weekday::Mon);
        let (history, more) = (with_goal(history, goal), with_goal(more, goal));
        let weekly = |h: &RoutineFacts| weekly_streak(h, Weekday::Mon, today).unwrap();
        let (before, after) = (weekly(&history), weekly(&more));
        prop_assert!(after.current >= before.current, "{before:?} -> {after:?}");
        prop_assert!(after.best >= before.best, "{before:?} -> {after:?}");
        let (before, after) = (completion(&history, today, 30), completion(&more, today, 30));
        // Inside the tracked range a done day can only raise the rate; before it, it moves the
        // start earlier and can add missed days, which is intended.
        if history.start().is_some_and(|start| day >= start) && day <= today {
            prop_assert!(after.rate.unwrap_or(1.0) >= before.rate.unwrap_or(0.0));
        }
    }

    #[test]
    fn heatmap_covers_exactly_the_last_days((history, today) in arb_history(), days in 0u32..100) {
        let cells = heatmap(&history, today, days);
        prop_assert_eq!(cells.len(), days as usize);
        if let Some(last) = cells.last() {
            prop_assert_eq!(last.day, today);
        }
        prop_assert!(cells.windows(2).all(|pair| pair[0].day.succ_opt() == Some(pair[1].day)));
        prop_assert!(cells.iter().all(|cell| cell.state != DayState::Future));
    }
}
