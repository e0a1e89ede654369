//! Schedule history: which weekdays a routine was due on, and which weekly goal it had, on any day.
//!
//! This module owns the rule that a change of reminder days or of a goal applies from the routine day
//! it was made on, never to the days before it. A routine's history is a list of entries, each the
//! routine day it took effect, the scheduled weekdays and the weekly goal (if any). The entry in
//! force on a day is the latest one that took effect on or before it; days before the first entry
//! use the first entry, so a history with one entry behaves exactly like a fixed schedule.
//!
//! "Today" is the routine day (see `day::routine_day`), so a change made after midnight but before
//! the day boundary belongs to the routine day still in progress and takes effect on it. The
//! module never reads a clock: the day a change is made is an argument.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::schedule::DayOfWeek;
use crate::streak::ScheduledWeekdays;

/// One entry of a routine's schedule history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScheduleEntry {
    /// The routine day from which the entry is in force.
    pub from: NaiveDate,
    /// The weekdays the routine is due.
    pub days: ScheduledWeekdays,
    /// The weekly goal in days per week (1–7), or none.
    pub goal: Option<u8>,
}

/// What a routine's schedule is at one moment: its weekdays and its goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScheduleChoice {
    pub days: ScheduledWeekdays,
    pub goal: Option<u8>,
}

/// A routine's schedule history, oldest entry first, at most one entry per day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleHistory {
    entries: Vec<ScheduleEntry>,
}

/// A schedule that never changed: the days are in force on every day, with no goal recorded.
impl From<ScheduledWeekdays> for ScheduleHistory {
    fn from(days: ScheduledWeekdays) -> Self {
        Self::fixed(ScheduleChoice { days, goal: None })
    }
}

impl Default for ScheduleHistory {
    /// Every day, like a routine without a reminder.
    fn default() -> Self {
        Self::from(ScheduledWeekdays::EVERY_DAY)
    }
}

impl ScheduleHistory {
    /// A plan in force on every day. Its date is irrelevant: days before the first entry use it.
    pub fn fixed(choice: ScheduleChoice) -> Self {
        Self {
            entries: vec![ScheduleEntry {
                from: NaiveDate::MIN,
                days: choice.days,
                goal: choice.goal,
            }],
        }
    }

    /// A history whose first entry is `choice` from routine day `from` (which, being the first, is also
    /// in force on every day before).
    pub fn starting(from: NaiveDate, choice: ScheduleChoice) -> Self {
        Self {
            entries: vec![ScheduleEntry {
                from,
                days: choice.days,
                goal: choice.goal,
            }],
        }
    }

    /// Builds a history from entries in any order. When two entries share a day, the later one in
    /// the list wins (the last change made that day). `None` when there is no entry at all.
    pub fn new(entries: impl IntoIterator<Item = ScheduleEntry>) -> Option<Self> {
        let mut sorted: Vec<ScheduleEntry> = Vec::new();
        for entry in entries {
            sorted.retain(|kept| kept.from != entry.from);
            sorted.push(entry);
        }
        sorted.sort_by_key(|entry| entry.from);
        (!sorted.is_empty()).then_some(Self { entries: sorted })
    }

    /// The entries, oldest first.
    pub fn entries(&self) -> &[ScheduleEntry] {
        &self.entries
    }

    /// The entry in force on `day`: the latest that took effect on or before it, else the first.
    fn entry_on(&self, day: NaiveDate) -> ScheduleEntry {
        let later = self.entries.partition_point(|entry| entry.from <= day);
        let index = later.saturating_sub(1);
        // `new` and `fixed` never build an empty history, so some entry is always there; the
        // fallback keeps this total without a panic path.
        self.entries.get(index).copied().unwrap_or(ScheduleEntry {
            from: day,
            days: ScheduledWeekdays::EVERY_DAY,
            goal: None,
        })
    }

    /// The plan in force on `day`.
    pub fn choice_on(&self, day: NaiveDate) -> ScheduleChoice {
        let entry = self.entry_on(day);
        ScheduleChoice {
            days: entry.days,
            goal: entry.goal,
        }
    }

    /// The weekdays in force on `day`.
    pub fn days_on(&self, day: NaiveDate) -> ScheduledWeekdays {
        self.entry_on(day).days
    }

    /// Whether the routine was due on `day`, by the schedule in force on that day.
    pub fn includes(&self, day: NaiveDate) -> bool {
        self.days_on(day).includes(day)
    }

    /// The weekly goal in force on `day`.
    pub fn goal_on(&self, day: NaiveDate) -> Option<u8> {
        self.entry_on(day).goal
    }

    /// The history after the plan was changed to `choice` on routine day `today`. The change takes
    /// effect today and replaces any other change made today; an entry dated after today (a change
    /// made on a computer whose clock ran ahead, or before travelling west) is dropped, because the
    /// newest decision wins. A change to what is already in force changes nothing.
    ///
    /// When no entry took effect before today, what was in force yesterday is kept as an entry dated
    /// yesterday: otherwise the new entry would become the first, and the days before it, which use
    /// the first entry, would change with it.
    pub fn with_change(&self, today: NaiveDate, choice: ScheduleChoice) -> Self {
        let mut entries: Vec<ScheduleEntry> = self
            .entries
            .iter()
            .copied()
            .filter(|entry| entry.from < today)
            .collect();
        if entries.is_empty() {
            if let Some(yesterday) = today.pred_opt() {
                let before = self.entry_on(yesterday);
                entries.push(ScheduleEntry {
                    from: yesterday,
                    ..before
                });
            }
        }
        let in_force = entries.last().map(|entry| ScheduleChoice {
            days: entry.days,
            goal: entry.goal,
        });
        if in_force != Some(choice) {
            entries.push(ScheduleEntry {
                from: today,
                days: choice.days,
                goal: choice.goal,
            });
        }
        Self::new(entries).unwrap_or_else(|| Self::fixed(choice))
    }
}

/// One entry as stored in a setting or an export: the day, the weekdays by name and the goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StoredEntry {
    pub from: NaiveDate,
    pub days: Vec<DayOfWeek>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<u8>,
}

/// Why a stored history cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleHistoryError {
    #[error("a schedule history needs at least one entry")]
    Empty,
    #[error("the weekly goal on {from} must be 1 to 7 days, not {goal}")]
    Goal { from: NaiveDate, goal: u8 },
}

impl ScheduleHistory {
    /// Reads stored entries, after checking their goals.
    pub fn from_stored(stored: &[StoredEntry]) -> Result<Self, ScheduleHistoryError> {
        let entries = stored
            .iter()
            .map(|entry| match entry.goal {
                Some(goal) if !(1..=7).contains(&goal) => Err(ScheduleHistoryError::Goal {
                    from: entry.from,
                    goal,
                }),
                goal => Ok(ScheduleEntry {
                    from: entry.from,
                    days: entry.days.iter().copied().collect(),
                    goal,
                }),
            })
            .collect::<Result<Vec<_>, _>>()?;
        Self::new(entries).ok_or(ScheduleHistoryError::Empty)
    }

    /// The entries as stored, oldest first.
    pub fn to_stored(&self) -> Vec<StoredEntry> {
        self.entries
            .iter()
            .map(|entry| StoredEntry {
                from: entry.from,
                days: entry.days.weekdays().map(DayOfWeek::from).collect(),
                goal: entry.goal,
            })
            .collect()
    }
}
