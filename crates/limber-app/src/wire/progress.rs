//! Progress as it crosses IPC: streaks, the heatmap, habit scores and the journal's insights. These mirror
//! `limber_core::{streak, score, insight}`'s results, so the core's rules carry no wire format.

use chrono::NaiveDate;
use limber_core::insight::{self, STEADY_PAIN_WEEKS};
use limber_core::{score, streak};
use serde::Serialize;
use ts_rs::TS;

/// The state of one calendar day for one routine, as the heatmap shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(TS)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(TS)]
pub struct HeatmapDay {
    pub day: NaiveDate,
    pub state: DayState,
}

/// The current and best streaks, counted in scheduled days done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(TS)]
pub struct Streak {
    /// Scheduled days done in the run that is still alive (0 when the last scheduled day was missed).
    pub current: u32,
    /// The longest run ever, including the current one.
    pub best: u32,
}

/// How often the routine was done over the last settled scheduled days.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(TS)]
pub struct Completion {
    pub done: u32,
    pub missed: u32,
    /// Rest days in the window; they count as neither done nor missed.
    pub rest: u32,
    /// `done / (done + missed)`, or `None` when no scheduled day has been settled yet.
    pub rate: Option<f64>,
}

/// Progress towards a weekly goal and the streak of weeks that met it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(TS)]
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
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(TS)]
pub struct StreakSummary {
    pub streak: Streak,
    pub completion: Completion,
    pub weekly: Option<WeeklyStreak>,
    /// The last days up to today, oldest first.
    pub heatmap: Vec<HeatmapDay>,
}

impl From<&streak::DayState> for DayState {
    fn from(value: &streak::DayState) -> Self {
        match value {
            streak::DayState::Done => DayState::Done,
            streak::DayState::Rest => DayState::Rest,
            streak::DayState::Missed => DayState::Missed,
            streak::DayState::Pending => DayState::Pending,
            streak::DayState::Unscheduled => DayState::Unscheduled,
            streak::DayState::Untracked => DayState::Untracked,
            streak::DayState::Future => DayState::Future,
        }
    }
}

impl From<&streak::HeatmapDay> for HeatmapDay {
    fn from(value: &streak::HeatmapDay) -> Self {
        HeatmapDay {
            day: value.day,
            state: DayState::from(&value.state),
        }
    }
}

impl From<&streak::Streak> for Streak {
    fn from(value: &streak::Streak) -> Self {
        Streak {
            current: value.current,
            best: value.best,
        }
    }
}

impl From<&streak::Completion> for Completion {
    fn from(value: &streak::Completion) -> Self {
        Completion {
            done: value.done,
            missed: value.missed,
            rest: value.rest,
            rate: value.rate,
        }
    }
}

impl From<&streak::WeeklyStreak> for WeeklyStreak {
    fn from(value: &streak::WeeklyStreak) -> Self {
        WeeklyStreak {
            goal: value.goal,
            this_week: value.this_week,
            current: value.current,
            best: value.best,
        }
    }
}

impl From<&streak::StreakSummary> for StreakSummary {
    fn from(value: &streak::StreakSummary) -> Self {
        StreakSummary {
            streak: Streak::from(&value.streak),
            completion: Completion::from(&value.completion),
            weekly: value.weekly.as_ref().map(WeeklyStreak::from),
            heatmap: value.heatmap.iter().map(HeatmapDay::from).collect(),
        }
    }
}

/// One point of the score chart: the score at the end of `day`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(TS)]
pub struct ScorePoint {
    pub day: NaiveDate,
    pub score: f64,
}

/// The score now and its recent trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(TS)]
pub struct HabitScore {
    /// The score at the end of the last evaluated day, from 0 to 1.
    pub today: f64,
    /// Points oldest first, never before the routine was tracked; the last point is today (or a
    /// later done day after travel, see `RoutineFacts::horizon`).
    pub trend: Vec<ScorePoint>,
}

impl From<&score::ScorePoint> for ScorePoint {
    fn from(value: &score::ScorePoint) -> Self {
        ScorePoint {
            day: value.day,
            score: value.score,
        }
    }
}

impl From<&score::HabitScore> for HabitScore {
    fn from(value: &score::HabitScore) -> Self {
        HabitScore {
            today: value.today,
            trend: value.trend.iter().map(ScorePoint::from).collect(),
        }
    }
}

/// Average morning pain over some mornings.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(TS)]
pub struct PainAverage {
    pub mornings: u32,
    pub average_pain: f64,
}

/// Morning pain after nights with a completed wind-down compared with nights without one.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[derive(TS)]
pub enum WindDownEffect {
    /// Both sides have enough mornings.
    #[serde(rename_all = "camelCase")]
    Compared {
        with_wind_down: PainAverage,
        without_wind_down: PainAverage,
        /// `without - with`: positive when mornings after a wind-down had less pain.
        difference: f64,
    },
    /// At least one side has fewer than `needed` mornings.
    #[serde(rename_all = "camelCase")]
    NotEnoughData {
        with_wind_down: u32,
        without_wind_down: u32,
        needed: u32,
    },
}

/// Average sleep quality (1–5) over some mornings' check-ins.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(TS)]
pub struct SleepAverage {
    pub mornings: u32,
    pub average_quality: f64,
}

/// Sleep quality after nights with a completed wind-down compared with nights without one (issue 18).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[derive(TS)]
pub enum SleepEffect {
    /// Both sides have enough mornings.
    #[serde(rename_all = "camelCase")]
    Compared {
        with_wind_down: SleepAverage,
        without_wind_down: SleepAverage,
        /// `with - without`: positive when nights after a wind-down were rated better.
        difference: f64,
    },
    /// At least one side has fewer than `needed` mornings.
    #[serde(rename_all = "camelCase")]
    NotEnoughData {
        with_wind_down: u32,
        without_wind_down: u32,
        needed: u32,
    },
}

impl From<&insight::WindDownEffect> for SleepEffect {
    fn from(value: &insight::WindDownEffect) -> Self {
        let average = |a: &insight::MorningAverage| SleepAverage {
            mornings: a.mornings,
            average_quality: a.average,
        };
        match value {
            insight::WindDownEffect::Compared {
                with_wind_down,
                without_wind_down,
                difference,
            } => SleepEffect::Compared {
                with_wind_down: average(with_wind_down),
                without_wind_down: average(without_wind_down),
                // The core's difference is `without - with`; for sleep, higher is better.
                difference: -difference,
            },
            insight::WindDownEffect::NotEnoughData {
                with_wind_down,
                without_wind_down,
                needed,
            } => SleepEffect::NotEnoughData {
                with_wind_down: *with_wind_down,
                without_wind_down: *without_wind_down,
                needed: *needed,
            },
        }
    }
}

/// Average pain over one week of the rising-trend rule.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[derive(TS)]
pub struct WeeklyPain {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub entries: u32,
    /// `None` when the week has no entries.
    pub average: Option<f64>,
}

/// Which red-flag rule fired, with the numbers behind it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "rule", rename_all = "camelCase")]
#[derive(TS)]
pub enum RedFlag {
    /// The most recent entries end with at least [`HIGH_PAIN_MORNINGS`] consecutive days of pain
    /// at or above [`HIGH_PAIN`], the last of them within [`HIGH_PAIN_RECENT_DAYS`] of today.
    #[serde(rename_all = "camelCase")]
    SustainedHighPain {
        from: NaiveDate,
        to: NaiveDate,
        mornings: u32,
    },
    /// Over the three 7-day weeks ending today, each with at least
    /// [`TREND_MIN_ENTRIES_PER_WEEK`] entries, the weekly average rose every week and by at
    /// least [`TREND_MIN_RISE`] in total. Weeks are oldest first.
    #[serde(rename_all = "camelCase")]
    RisingPain { weeks: [WeeklyPain; 3] },
    /// Over the [`STEADY_PAIN_WEEKS`] 7-day weeks ending today, each with at least
    /// [`TREND_MIN_ENTRIES_PER_WEEK`] entries, every weekly average was at least
    /// [`MODERATE_PAIN`]: pain that has gone on for weeks without easing. Weeks are oldest first.
    #[serde(rename_all = "camelCase")]
    SteadyPain {
        weeks: [WeeklyPain; STEADY_PAIN_WEEKS],
    },
}

impl From<&insight::MorningAverage> for PainAverage {
    fn from(value: &insight::MorningAverage) -> Self {
        PainAverage {
            mornings: value.mornings,
            average_pain: value.average,
        }
    }
}

impl From<&insight::WindDownEffect> for WindDownEffect {
    fn from(value: &insight::WindDownEffect) -> Self {
        match value {
            insight::WindDownEffect::Compared {
                with_wind_down,
                without_wind_down,
                difference,
            } => WindDownEffect::Compared {
                with_wind_down: PainAverage::from(with_wind_down),
                without_wind_down: PainAverage::from(without_wind_down),
                difference: *difference,
            },
            insight::WindDownEffect::NotEnoughData {
                with_wind_down,
                without_wind_down,
                needed,
            } => WindDownEffect::NotEnoughData {
                with_wind_down: *with_wind_down,
                without_wind_down: *without_wind_down,
                needed: *needed,
            },
        }
    }
}

impl From<&insight::WeeklyPain> for WeeklyPain {
    fn from(value: &insight::WeeklyPain) -> Self {
        WeeklyPain {
            from: value.from,
            to: value.to,
            entries: value.entries,
            average: value.average,
        }
    }
}

impl From<&insight::RedFlag> for RedFlag {
    fn from(value: &insight::RedFlag) -> Self {
        match value {
            insight::RedFlag::SustainedHighPain { from, to, mornings } => {
                RedFlag::SustainedHighPain {
                    from: *from,
                    to: *to,
                    mornings: *mornings,
                }
            }
            insight::RedFlag::RisingPain { weeks } => RedFlag::RisingPain {
                weeks: weeks.each_ref().map(WeeklyPain::from),
            },
            insight::RedFlag::SteadyPain { weeks } => RedFlag::SteadyPain {
                weeks: weeks.each_ref().map(WeeklyPain::from),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    // These shapes were checked on the core's own values while they crossed IPC; they are the wire's now.
    #[test]
    fn summary_serializes_in_camel_case() {
        let summary = streak::StreakSummary {
            streak: streak::Streak {
                current: 3,
                best: 3,
            },
            completion: streak::Completion {
                done: 3,
                missed: 0,
                rest: 1,
                rate: Some(1.0),
            },
            weekly: Some(streak::WeeklyStreak {
                goal: 3,
                this_week: 4,
                current: 1,
                best: 1,
            }),
            heatmap: vec![streak::HeatmapDay {
                day: date("2024-01-05"),
                state: streak::DayState::Pending,
            }],
        };
        let json = serde_json::to_value(StreakSummary::from(&summary)).unwrap();
        assert_eq!(json["streak"]["current"], 3);
        assert_eq!(json["weekly"]["thisWeek"], 4);
        assert_eq!(json["completion"]["rate"], 1.0);
        assert_eq!(
            json["heatmap"][0],
            serde_json::json!({"day": "2024-01-05", "state": "pending"})
        );
    }

    #[test]
    fn score_serializes_in_camel_case() {
        let score = score::HabitScore {
            today: 0.25,
            trend: vec![score::ScorePoint {
                day: date("2024-01-01"),
                score: 0.25,
            }],
        };
        let json = serde_json::to_value(HabitScore::from(&score)).unwrap();
        assert_eq!(json["trend"][0]["day"], "2024-01-01");
        assert!(json["today"].is_f64());
    }

    #[test]
    fn insights_serialize_with_a_tag() {
        let flag = insight::RedFlag::SustainedHighPain {
            from: date("2024-01-19"),
            to: date("2024-01-21"),
            mornings: 3,
        };
        assert_eq!(
            serde_json::to_value(RedFlag::from(&flag)).unwrap(),
            serde_json::json!({"rule": "sustainedHighPain", "from": "2024-01-19", "to": "2024-01-21", "mornings": 3})
        );
        let effect = insight::wind_down_effect(&[], &BTreeSet::new(), insight::MIN_MORNINGS);
        assert_eq!(
            serde_json::to_value(WindDownEffect::from(&effect)).unwrap(),
            serde_json::json!({"kind": "notEnoughData", "withWindDown": 0, "withoutWindDown": 0, "needed": 5})
        );
    }
}
