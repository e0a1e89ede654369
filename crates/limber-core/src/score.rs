//! Habit strength: a score between 0 and 1 that rewards regularity without collapsing on one miss.
//!
//! This module owns the score formula and its trend series, recomputed from the same facts as the
//! streaks (`streak::RoutineFacts`). It must never store a score or read a clock. The formula is
//! Loop Habit Tracker's exponential moving average, `score = previous * m + value * (1 - m)`,
//! where `value` is 1 for a day done or rested and 0 for a day missed.
//!
//! Adaptation to schedules: Loop evaluates every calendar day with `m = 0.5^(sqrt(f) / 13)`,
//! where `f` is the share of days scheduled. Here only scheduled days are evaluated, so that a
//! weekday routine neither gains nor loses anything over the weekend. To keep Loop's pace per
//! calendar week, each scheduled day applies the decay that Loop spreads over `1 / f` calendar
//! days: `m_step = (0.5^(sqrt(f) / 13))^(1 / f) = 0.5^(1 / (13 * sqrt(f)))`. A daily routine
//! therefore halves its distance to the target every 13 scheduled days, a weekday routine every
//! 11 scheduled days (about 15 calendar days), exactly the calendar half-life Loop would give.
//! Today, while still pending, is not evaluated, so the score never drops during the day.

use chrono::NaiveDate;

use crate::streak::{DayState, RoutineFacts, ScheduledWeekdays};

/// The half-life, in scheduled days, of a daily routine's score (Loop's constant).
pub const HALF_LIFE_DAYS: f64 = 13.0;

/// One point of the score chart: the score at the end of `day`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScorePoint {
    pub day: NaiveDate,
    pub score: f64,
}

/// How far apart the chart's points are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrendStep {
    /// One point per calendar day.
    Daily,
    /// One point every seven days, counted back from the last day.
    Weekly,
}

/// The score now and its recent trend.
#[derive(Debug, Clone, PartialEq)]
pub struct HabitScore {
    /// The score at the end of the last evaluated day, from 0 to 1.
    pub today: f64,
    /// Points oldest first, never before the routine was tracked; the last point is today (or a
    /// later done day after travel, see `RoutineFacts::horizon`).
    pub trend: Vec<ScorePoint>,
}

/// The multiplier applied at each scheduled day, or `None` for a routine with no scheduled day.
pub fn step_multiplier(schedule: ScheduledWeekdays) -> Option<f64> {
    let per_week = schedule.per_week();
    if per_week == 0 {
        return None;
    }
    let frequency = f64::from(per_week) / 7.0;
    Some(0.5_f64.powf(1.0 / (HALF_LIFE_DAYS * frequency.sqrt())))
}

/// The score at the end of every calendar day from the start to the horizon, oldest first.
/// Unscheduled and pending days repeat the previous score.
pub fn score_series(history: &RoutineFacts, today: NaiveDate) -> Vec<ScorePoint> {
    let Some(start) = history.start() else {
        return Vec::new();
    };
    let horizon = history.horizon(today);
    let mut score = 0.0_f64;
    start
        .iter_days()
        .take_while(|day| *day <= horizon)
        .map(|day| {
            let value = match history.day_state(day, today) {
                // A session on an unscheduled day is welcome but is not an evaluation point,
                // matching the streak rule that unscheduled days neither extend nor break.
                _ if !history.schedule.includes(day) => None,
                DayState::Done | DayState::Rest => Some(1.0),
                DayState::Missed => Some(0.0),
                _ => None,
            };
            // Each day decays at the pace of the schedule in force on it.
            let multiplier = step_multiplier(history.schedule.days_on(day));
            if let (Some(value), Some(m)) = (value, multiplier) {
                score = score * m + value * (1.0 - m);
            }
            ScorePoint {
                day,
                score: score.clamp(0.0, 1.0),
            }
        })
        .collect()
}

/// The score now and a trend of up to `points` points spaced by `step`, oldest first.
pub fn habit_score(
    history: &RoutineFacts,
    today: NaiveDate,
    step: TrendStep,
    points: usize,
) -> HabitScore {
    let series = score_series(history, today);
    let today_score = series.last().map_or(0.0, |point| point.score);
    let stride = match step {
        TrendStep::Daily => 1,
        TrendStep::Weekly => 7,
    };
    let mut trend: Vec<ScorePoint> = series
        .iter()
        .rev()
        .step_by(stride)
        .take(points)
        .copied()
        .collect();
    trend.reverse();
    HabitScore {
        today: today_score,
        trend,
    }
}
