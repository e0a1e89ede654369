//! Streaks, the calendar heatmap, completion rates and weekly goals, recomputed from facts.
//!
//! This module owns the rules that turn one routine's stored facts (the routine days with a
//! completed session, the rest days the user marked, the weekdays it is scheduled on) into what the
//! progress screen shows. It must never store a streak or read a clock: the store keeps only
//! facts, "today" is an argument, and the UI renders what these functions return instead of
//! counting anything itself. The rules follow Loop Habit Tracker's ideas: unscheduled days neither
//! extend nor break a streak, rest days (Loop's "skip") keep it alive, and a day still in progress
//! never breaks it.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use thiserror::Error;

use crate::schedule::DayOfWeek;
use crate::schedule_history::ScheduleHistory;

/// How many rest days a user may mark per calendar month when no other limit is configured.
pub const REST_DAYS_PER_MONTH: u8 = 2;

/// How many settled scheduled days the completion rate looks back over.
pub const COMPLETION_WINDOW: u32 = 30;

/// The weekdays a routine is scheduled on, as a small set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ScheduledWeekdays {
    /// Bit `n` is set when the weekday `n` days from Monday is scheduled.
    mask: u8,
}

impl ScheduledWeekdays {
    /// Every day of the week.
    pub const EVERY_DAY: Self = Self { mask: 0b111_1111 };
    /// Monday to Friday.
    pub const WEEKDAYS: Self = Self { mask: 0b001_1111 };
    /// No day at all; nothing is ever due, so nothing is ever missed.
    pub const NONE: Self = Self { mask: 0 };

    /// Builds the set from the listed weekdays; repeats are harmless.
    pub fn from_weekdays(days: impl IntoIterator<Item = Weekday>) -> Self {
        let mask = days
            .into_iter()
            .fold(0u8, |mask, day| mask | Self::bit(day));
        Self { mask }
    }

    /// Whether `weekday` is scheduled.
    pub fn contains(self, weekday: Weekday) -> bool {
        self.mask & Self::bit(weekday) != 0
    }

    /// Whether the routine is due on the calendar day `day`.
    pub fn includes(self, day: NaiveDate) -> bool {
        self.contains(day.weekday())
    }

    /// How many days a week are scheduled (0 to 7).
    pub fn per_week(self) -> u32 {
        self.mask.count_ones()
    }

    /// The scheduled weekdays, Monday first.
    pub fn weekdays(self) -> impl Iterator<Item = Weekday> {
        [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ]
        .into_iter()
        .filter(move |day| self.contains(*day))
    }

    fn bit(day: Weekday) -> u8 {
        1 << day.num_days_from_monday()
    }
}

/// Builds the set from the days a routine's settings name (see `schedule::DayOfWeek`).
impl FromIterator<DayOfWeek> for ScheduledWeekdays {
    fn from_iter<I: IntoIterator<Item = DayOfWeek>>(days: I) -> Self {
        Self::from_weekdays(days.into_iter().map(|day| match day {
            DayOfWeek::Monday => Weekday::Mon,
            DayOfWeek::Tuesday => Weekday::Tue,
            DayOfWeek::Wednesday => Weekday::Wed,
            DayOfWeek::Thursday => Weekday::Thu,
            DayOfWeek::Friday => Weekday::Fri,
            DayOfWeek::Saturday => Weekday::Sat,
            DayOfWeek::Sunday => Weekday::Sun,
        }))
    }
}

/// The stored facts about one routine, from which every progress figure is derived.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RoutineFacts {
    /// Routine days (see `day::routine_day`) with at least one completed session.
    pub done: BTreeSet<NaiveDate>,
    /// Routine days the user marked as rest days. They keep a streak alive without adding to it.
    pub rest_days: BTreeSet<NaiveDate>,
    /// The weekdays the routine is due and its weekly goal, as they were on each day: every rule
    /// here asks it whether a day was scheduled, so that a change of days never rewrites the past.
    pub schedule: ScheduleHistory,
    /// The first day the routine was tracked (for example the day it was added), if known. Days
    /// before it are never counted as missed; an earlier session or rest day moves it earlier.
    pub tracked_since: Option<NaiveDate>,
}

impl RoutineFacts {
    /// The first day that counts: the earliest of `tracked_since`, the first done day and the
    /// first rest day. `None` means nothing has happened yet.
    pub fn start(&self) -> Option<NaiveDate> {
        [
            self.tracked_since,
            self.done.first().copied(),
            self.rest_days.first().copied(),
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// The last day the figures look at: today, or a later done day. A later done day happens
    /// after travel west across many zones: a session recorded in Tokyo keeps its Tokyo day, which
    /// can still lie ahead of "today" in Los Angeles; it counts at once rather than the next day.
    pub fn horizon(&self, today: NaiveDate) -> NaiveDate {
        self.done
            .last()
            .copied()
            .map_or(today, |last| last.max(today))
    }

    /// What `day` looks like, seen from `today`.
    pub fn day_state(&self, day: NaiveDate, today: NaiveDate) -> DayState {
        if self.done.contains(&day) {
            return DayState::Done;
        }
        // Rest days come before the future check so that a rest day marked ahead (a planned
        // trip) shows as rest on the calendar.
        if self.rest_days.contains(&day) {
            return DayState::Rest;
        }
        if day > today {
            return DayState::Future;
        }
        match self.start() {
            Some(start) if day >= start => {}
            _ => return DayState::Untracked,
        }
        if !self.schedule.includes(day) {
            DayState::Unscheduled
        } else if day == today {
            DayState::Pending
        } else {
            DayState::Missed
        }
    }

    /// Every day from the start to the horizon with its state, oldest first.
    fn settled_days(&self, today: NaiveDate) -> impl Iterator<Item = (NaiveDate, DayState)> + '_ {
        let horizon = self.horizon(today);
        self.start()
            .into_iter()
            .flat_map(move |start| start.iter_days().take_while(move |day| *day <= horizon))
            .map(move |day| (day, self.day_state(day, today)))
    }
}

/// The state of one calendar day for one routine, as the heatmap shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayState {
    /// At least one session was completed (on a scheduled day or not).
    Done,
    /// The user marked a rest day.
    Rest,
    /// A scheduled day that is over without a session or a rest day.
    Missed,
    /// Today, scheduled and not done yet: not missed until the day is over.
    Pending,
    /// A day the routine is not scheduled on.
    Unscheduled,
    /// A day before the routine was tracked.
    Untracked,
    /// A day after today.
    Future,
}

/// One cell of the calendar heatmap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeatmapDay {
    pub day: NaiveDate,
    pub state: DayState,
}

/// The current and best streaks, counted in scheduled days done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Streak {
    /// Scheduled days done in the run that is still alive (0 when the last scheduled day was missed).
    pub current: u32,
    /// The longest run ever, including the current one.
    pub best: u32,
}

/// How often the routine was done over the last settled scheduled days.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Completion {
    pub done: u32,
    pub missed: u32,
    /// Rest days in the window; they count as neither done nor missed.
    pub rest: u32,
    /// `done / (done + missed)`, or `None` when no scheduled day has been settled yet.
    pub rate: Option<f64>,
}

/// Progress towards a weekly goal and the streak of weeks that met it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WeeklyStreak {
    /// The goal in days per week, after clamping.
    pub goal: u8,
    /// Days counted so far in the current week.
    pub this_week: u32,
    /// Consecutive weeks that met the goal, ending with the current week if it already has, or
    /// with last week if the current week is still in progress.
    pub current: u32,
    pub best: u32,
}

/// Everything the progress screen shows for one routine.
#[derive(Debug, Clone, PartialEq)]
pub struct StreakSummary {
    pub streak: Streak,
    pub completion: Completion,
    pub weekly: Option<WeeklyStreak>,
    /// The last days up to today, oldest first.
    pub heatmap: Vec<HeatmapDay>,
}

/// Why a rest day cannot be marked.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RestDayError {
    #[error("{day} is already a rest day")]
    AlreadyMarked { day: NaiveDate },
    #[error(
        "only {limit} rest days are allowed per month, and {year}-{month:02} has used them all"
    )]
    MonthlyLimitReached { limit: u8, year: i32, month: u32 },
}

/// Counts the current and best streaks.
///
/// Walking from the start to the horizon, a scheduled day done adds one, a missed day ends the
/// run, and every other day (rest, unscheduled, today still pending, a session on an unscheduled
/// day) leaves the run as it is.
pub fn streak(history: &RoutineFacts, today: NaiveDate) -> Streak {
    let mut run = 0u32;
    let mut best = 0u32;
    for (day, state) in history.settled_days(today) {
        match state {
            DayState::Done if history.schedule.includes(day) => run += 1,
            DayState::Missed => run = 0,
            _ => {}
        }
        best = best.max(run);
    }
    Streak { current: run, best }
}

/// The state of every day from `from` to `to` inclusive, oldest first (empty when `from > to`).
pub fn day_states(
    history: &RoutineFacts,
    today: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<HeatmapDay> {
    from.iter_days()
        .take_while(|day| *day <= to)
        .map(|day| HeatmapDay {
            day,
            state: history.day_state(day, today),
        })
        .collect()
}

/// The last `days` days ending today, oldest first, for the calendar heatmap.
pub fn heatmap(history: &RoutineFacts, today: NaiveDate, days: u32) -> Vec<HeatmapDay> {
    if days == 0 {
        return Vec::new();
    }
    let from = today
        .checked_sub_days(Days::new(u64::from(days - 1)))
        .unwrap_or(NaiveDate::MIN);
    day_states(history, today, from, today)
}

/// The completion rate over the last `window` settled scheduled days (done, rest or missed; today
/// counts only once it is done), looking back from the horizon and never before the start.
pub fn completion(history: &RoutineFacts, today: NaiveDate, window: u32) -> Completion {
    let mut result = Completion::default();
    let Some(start) = history.start() else {
        return result;
    };
    let mut counted = 0u32;
    let mut day = history.horizon(today);
    while counted < window && day >= start {
        if history.schedule.includes(day) {
            match history.day_state(day, today) {
                DayState::Done => result.done += 1,
                DayState::Rest => result.rest += 1,
                DayState::Missed => result.missed += 1,
                _ => {}
            }
            counted = result.done + result.rest + result.missed;
        }
        match day.pred_opt() {
            Some(previous) => day = previous,
            None => break,
        }
    }
    let settled = result.done + result.missed;
    result.rate = (settled > 0).then(|| f64::from(result.done) / f64::from(settled));
    result
}

/// Progress towards the weekly goal (such as "5 of 7 nights") in force today, and the streak of
/// weeks that met their goal; `None` when no goal is in force today.
///
/// A week counts the days with a session (scheduled or not) plus rest days. Each week is held to the
/// goal in force on its last day (for the current week, today), so a goal changed today applies to
/// this week but never to the weeks before. Past weeks that fall short end the run, and a past week
/// with no goal in force leaves it alone; the current week adds one as soon as it meets the goal and
/// otherwise leaves the run alone, because it is still in progress. Goals outside 1–7 are clamped.
pub fn weekly_streak(
    history: &RoutineFacts,
    week_starts_on: Weekday,
    today: NaiveDate,
) -> Option<WeeklyStreak> {
    let target_for = |week: NaiveDate| -> Option<u8> {
        let last = week
            .checked_add_days(Days::new(6))
            .unwrap_or(NaiveDate::MAX)
            .min(today);
        history.schedule.goal_on(last).map(|days| days.clamp(1, 7))
    };
    let this_week = week_start(today, week_starts_on);
    let mut result = WeeklyStreak {
        goal: target_for(this_week)?,
        ..WeeklyStreak::default()
    };
    let Some(start) = history.start() else {
        return Some(result);
    };
    let mut week = week_start(start, week_starts_on);
    let mut run = 0u32;
    while week <= this_week {
        let count = u32::try_from(
            week.iter_days()
                .take(7)
                .filter(|day| history.done.contains(day) || history.rest_days.contains(day))
                .count(),
        )
        .unwrap_or(7);
        let target = target_for(week);
        let met = target.is_some_and(|target| count >= u32::from(target));
        if week == this_week {
            result.this_week = count;
            if met {
                run += 1;
            }
        } else if target.is_none() {
            // No goal was in force: the week neither extends nor ends the run.
        } else if met {
            run += 1;
        } else {
            run = 0;
        }
        result.best = result.best.max(run);
        match week.checked_add_days(Days::new(7)) {
            Some(next) => week = next,
            None => break,
        }
    }
    result.current = run;
    Some(result)
}

/// All progress figures for one routine in one call, for the progress screen.
pub fn summarize(
    history: &RoutineFacts,
    week_starts_on: Weekday,
    today: NaiveDate,
    heatmap_days: u32,
) -> StreakSummary {
    StreakSummary {
        streak: streak(history, today),
        completion: completion(history, today, COMPLETION_WINDOW),
        weekly: weekly_streak(history, week_starts_on, today),
        heatmap: heatmap(history, today, heatmap_days),
    }
}

/// Whether `day` may be marked as a rest day, given the rest days already marked: not twice, and
/// no more than `limit_per_month` in the calendar month of `day`.
pub fn can_mark_rest_day(
    existing: &[NaiveDate],
    day: NaiveDate,
    limit_per_month: u8,
) -> Result<(), RestDayError> {
    if existing.contains(&day) {
        return Err(RestDayError::AlreadyMarked { day });
    }
    if rest_days_left(existing, day, limit_per_month) == 0 {
        return Err(RestDayError::MonthlyLimitReached {
            limit: limit_per_month,
            year: day.year(),
            month: day.month(),
        });
    }
    Ok(())
}

/// How many more rest days may be marked in the calendar month of `day`.
pub fn rest_days_left(existing: &[NaiveDate], day: NaiveDate, limit_per_month: u8) -> u8 {
    let in_month = existing
        .iter()
        .filter(|other| other.year() == day.year() && other.month() == day.month())
        .collect::<BTreeSet<_>>()
        .len();
    u8::try_from(usize::from(limit_per_month).saturating_sub(in_month)).unwrap_or(0)
}

/// The first day of the week containing `day`.
pub fn week_start(day: NaiveDate, starts_on: Weekday) -> NaiveDate {
    let back = (7 + day.weekday().num_days_from_monday() - starts_on.num_days_from_monday()) % 7;
    day.checked_sub_days(Days::new(u64::from(back)))
        .unwrap_or(NaiveDate::MIN)
}
