//! Reminder schedule maths: when each routine's reminder falls, and what the reminder driver must do now.
//!
//! This module owns the reminder rules a user sets per routine (a fixed time, a time before bedtime, or the
//! first use of the computer after a time), the exact instants those rules fall on in any IANA time zone
//! across daylight-saving changes, and the pure decisions the shell's driver acts on: fire a reminder, record
//! one as missed, or sleep until a given instant. It never reads a clock, never sends a notification and never
//! stores anything: the caller passes in the current instant, the time zone and the [`ReminderLedger`] of past
//! decisions, and persists that ledger itself.
//!
//! # Rules that hold in every time zone
//! - **Gaps.** A local time that does not exist on a day (it falls in a spring-forward gap) fires at the first
//!   valid instant after the gap, so a 02:30 reminder in New York fires at 03:00 EDT on the day clocks go
//!   forward. The day is never skipped.
//! - **Repeats.** A local time that occurs twice (it falls in the hour repeated when clocks go back) fires once,
//!   at its first occurrence.
//! - **Once per day.** Every occurrence belongs to a scheduled local day, and the driver fires each
//!   `(routine, day)` pair at most once: the ledger is keyed by that pair, so a clock moved backwards or a new
//!   time zone can never deliver the same day's reminder twice.
//! - **Bedtime belongs to the evening.** A bedtime before noon is taken to be after midnight of the evening it
//!   ends: a 00:15 bedtime on Sunday's scheduled day is Monday 00:15, and with the default 30 minute lead its
//!   reminder fires at 23:45 on Sunday. The occurrence's day is always the evening (Sunday here), the weekday set
//!   is matched against the evening, and the lead is subtracted on the wall clock, so the reminder fires at the
//!   local time the settings screen shows.
//! - **Late reminders.** A reminder that could not be delivered on time (the machine slept, or quiet hours held
//!   it) is delivered as soon as possible if it is at most the grace period late (two hours by default), and is
//!   otherwise recorded as missed and never sent.
//! - **Quiet hours are treated like sleep.** Nothing fires while the local wall clock is inside the quiet window;
//!   a reminder that falls inside it is deferred to the window's end and then obeys the grace period like any
//!   late reminder. A 06:30 morning reminder with quiet hours until 07:00 therefore fires at 07:00, while a
//!   22:30 bedtime reminder with quiet hours from 22:00 to 07:00 is recorded as missed rather than sent in the
//!   morning, when it would be useless.
//! - **One routine day for every rule.** Each occurrence belongs to a routine day ([`crate::day`]): a day runs
//!   from the day boundary (04:00 by default) to the next, so a fixed or first-use time before the boundary
//!   belongs to the evening before. A reminder "at 00:30, Monday to Friday" is due on Monday to Friday nights:
//!   Tuesday 00:30 is Monday's, Saturday 00:30 is Friday's, and Monday 00:30 (Sunday's) does not fire. Done,
//!   "pause today" and streaks use the same day, so a wind-down finished at 23:10 on Monday means no reminder at
//!   00:30 on Tuesday. This is the one place the boundary enters reminder maths, and only to name the day an
//!   occurrence belongs to; the instant is always the wall-clock time the settings show.
//! - **First use.** A [`TimeRule::FirstUseAfter`] reminder never fires on a timer: it fires on the first user
//!   activity the driver reports at or after its time on a scheduled day, until that routine day ends; a day
//!   with no activity by then is recorded as missed. Activity seen during quiet hours is remembered (in the
//!   ledger) and fires the reminder as soon as the quiet hours end, if the day has not ended by then.

mod agenda;
mod local;

/// The look's night window turns the same wall times into instants, by the same rule as every reminder.
pub(crate) use local::instant_of;

pub use agenda::{
    first_use_closes, Agenda, Decision, DoneDay, FireCause, HandledDay, Outcome, ReminderLedger,
    Snooze, CATCH_UP_LIMIT,
};

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The lead before bedtime used when the settings do not name one, in minutes.
pub const DEFAULT_LEAD_MINUTES: u16 = 30;

/// The longest lead before bedtime the settings accept, in minutes (twelve hours).
pub const MAX_LEAD_MINUTES: u16 = 12 * 60;

/// How late a reminder may be delivered before it counts as missed, when the settings do not say, in minutes.
pub const DEFAULT_GRACE_MINUTES: u32 = 120;

/// The shortest grace period the settings accept, in minutes.
pub const MIN_GRACE_MINUTES: u32 = 1;

/// Bedtimes earlier than this wall-clock time are taken to be after midnight of the evening they end.
pub const BEDTIME_AFTER_MIDNIGHT_BEFORE: NaiveTime = match NaiveTime::from_hms_opt(12, 0, 0) {
    Some(noon) => noon,
    None => NaiveTime::MIN,
};

/// What is wrong with a set of reminder settings.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ScheduleError {
    /// Two reminders name the same routine, so "once per routine and day" would be ambiguous.
    #[error("more than one reminder is set for routine `{0}`")]
    DuplicateRoutine(String),
    /// A bedtime lead longer than the allowed maximum.
    #[error("the reminder for routine `{routine_id}` comes {minutes} minutes before bedtime; at most {max} are allowed", max = MAX_LEAD_MINUTES)]
    LeadTooLong { routine_id: String, minutes: u16 },
    /// Quiet hours that start and end at the same time, which could mean "never" or "always".
    #[error("quiet hours start and end at the same time")]
    EmptyQuietHours,
    /// A grace period so short that a driver waking a moment late would record every reminder as missed.
    #[error("reminders must be allowed to be at least {min} minute late, not {0}", min = MIN_GRACE_MINUTES)]
    GraceTooShort(u32),
}

/// A day of the week, as the settings name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum DayOfWeek {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl DayOfWeek {
    /// Every day of the week, Monday first.
    pub const ALL: [DayOfWeek; 7] = [
        DayOfWeek::Monday,
        DayOfWeek::Tuesday,
        DayOfWeek::Wednesday,
        DayOfWeek::Thursday,
        DayOfWeek::Friday,
        DayOfWeek::Saturday,
        DayOfWeek::Sunday,
    ];

    /// The day of the week a calendar date falls on.
    pub fn of(date: NaiveDate) -> DayOfWeek {
        DayOfWeek::from(date.weekday())
    }
}

impl From<Weekday> for DayOfWeek {
    fn from(weekday: Weekday) -> Self {
        match weekday {
            Weekday::Mon => DayOfWeek::Monday,
            Weekday::Tue => DayOfWeek::Tuesday,
            Weekday::Wed => DayOfWeek::Wednesday,
            Weekday::Thu => DayOfWeek::Thursday,
            Weekday::Fri => DayOfWeek::Friday,
            Weekday::Sat => DayOfWeek::Saturday,
            Weekday::Sun => DayOfWeek::Sunday,
        }
    }
}

/// When on a scheduled day a routine's reminder falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum TimeRule {
    /// At a fixed local time, for example a morning reminder a little after the usual wake time.
    Fixed { time: NaiveTime },
    /// A number of minutes before bedtime; see the module notes for which day a bedtime after midnight
    /// belongs to.
    Bedtime {
        bedtime: NaiveTime,
        #[serde(default = "default_lead_minutes")]
        lead_minutes: u16,
    },
    /// On the first use of the computer (unlock, wake or input) at or after a local time.
    FirstUseAfter { not_before: NaiveTime },
}

fn default_lead_minutes() -> u16 {
    DEFAULT_LEAD_MINUTES
}

impl TimeRule {
    /// A bedtime rule with the default lead.
    pub fn bedtime(bedtime: NaiveTime) -> TimeRule {
        TimeRule::Bedtime {
            bedtime,
            lead_minutes: DEFAULT_LEAD_MINUTES,
        }
    }

    /// How far the reminder's wall-clock time lies from the midnight that starts its scheduled day. It can
    /// exceed a day (a time before the day boundary, or a bedtime after midnight) and, for long leads, be
    /// negative.
    fn offset_from_day_start(self, boundary: NaiveTime) -> TimeDelta {
        let since_midnight = |time: NaiveTime| time.signed_duration_since(NaiveTime::MIN);
        match self {
            TimeRule::Fixed { time } | TimeRule::FirstUseAfter { not_before: time } => {
                // A time before the boundary is after midnight of the routine day it belongs to.
                let next_morning = if time < boundary {
                    TimeDelta::days(1)
                } else {
                    TimeDelta::zero()
                };
                since_midnight(time) + next_morning
            }
            TimeRule::Bedtime {
                bedtime,
                lead_minutes,
            } => {
                let after_midnight = if bedtime < BEDTIME_AFTER_MIDNIGHT_BEFORE {
                    TimeDelta::days(1)
                } else {
                    TimeDelta::zero()
                };
                since_midnight(bedtime) + after_midnight
                    - TimeDelta::minutes(i64::from(lead_minutes))
            }
        }
    }

    /// Whether the reminder waits for user activity instead of firing on a timer.
    pub fn waits_for_activity(self) -> bool {
        matches!(self, TimeRule::FirstUseAfter { .. })
    }
}

/// One routine's reminder settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reminder {
    /// The routine the reminder is for.
    pub routine_id: String,
    /// A disabled reminder keeps its settings but never falls due.
    pub enabled: bool,
    /// The scheduled routine days; for a bedtime rule or a time before the day boundary, the evenings.
    pub days: Vec<DayOfWeek>,
    /// When on a scheduled day the reminder falls.
    pub time: TimeRule,
}

impl Reminder {
    /// An enabled reminder on every day of the week.
    pub fn every_day(routine_id: impl Into<String>, time: TimeRule) -> Reminder {
        Reminder {
            routine_id: routine_id.into(),
            enabled: true,
            days: DayOfWeek::ALL.to_vec(),
            time,
        }
    }

    /// Whether `day` is one of the reminder's scheduled days (ignoring `enabled`).
    pub fn is_scheduled_on(&self, day: NaiveDate) -> bool {
        self.days.contains(&DayOfWeek::of(day))
    }

    /// The local wall-clock time the reminder falls on for routine day `day` (with the day boundary
    /// `boundary`), whether or not that day is scheduled. It may lie on another calendar date (a time before
    /// the boundary, a bedtime after midnight, or a long lead).
    pub fn wall_time_on(&self, day: NaiveDate, boundary: NaiveTime) -> Option<NaiveDateTime> {
        day.and_time(NaiveTime::MIN)
            .checked_add_signed(self.time.offset_from_day_start(boundary))
    }

    /// The occurrence for routine day `day` in `tz`, or `None` when the reminder is disabled or `day` is
    /// not one of its days.
    pub fn occurrence_on(&self, day: NaiveDate, tz: Tz, boundary: NaiveTime) -> Option<Occurrence> {
        if !self.enabled || !self.is_scheduled_on(day) {
            return None;
        }
        self.wall_time_on(day, boundary).map(|wall| Occurrence {
            routine_id: self.routine_id.clone(),
            day,
            at: local::instant_of(tz, wall),
        })
    }
}

/// A local wall-clock window in which no reminder fires. A window whose start is later than its end spans
/// midnight (22:00 to 07:00 covers the night); the start is inside the window and the end is not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl QuietHours {
    /// Whether a local wall-clock time lies inside the window.
    pub fn contains(&self, time: NaiveTime) -> bool {
        if self.start <= self.end {
            self.start <= time && time < self.end
        } else {
            time >= self.start || time < self.end
        }
    }

    /// The first instant after `t` at which the local wall clock has left the window, or `t` itself when it is
    /// not inside the window.
    pub fn release(&self, t: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
        let local = t.with_timezone(&tz).naive_local();
        if !self.contains(local.time()) {
            return t;
        }
        // The window ends today unless it spans midnight and `t` lies before midnight.
        let end_date = if self.start <= self.end || local.time() < self.end {
            Some(local.date())
        } else {
            local.date().succ_opt()
        };
        end_date
            .map(|date| local::instant_of_after(tz, date.and_time(self.end), t))
            .unwrap_or(t)
    }
}

/// Every routine's reminder, and the rules shared by all of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReminderSettings {
    pub reminders: Vec<Reminder>,
    /// How late a reminder may still be delivered, in minutes; later than that it is recorded as missed.
    #[serde(default = "default_grace_minutes")]
    pub grace_minutes: u32,
    /// An optional nightly window in which nothing fires.
    #[serde(default)]
    pub quiet_hours: Option<QuietHours>,
}

fn default_grace_minutes() -> u32 {
    DEFAULT_GRACE_MINUTES
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            reminders: Vec::new(),
            grace_minutes: DEFAULT_GRACE_MINUTES,
            quiet_hours: None,
        }
    }
}

impl ReminderSettings {
    /// Checks the settings a user may have edited: one reminder per routine, leads of at most
    /// [`MAX_LEAD_MINUTES`], a grace period of at least [`MIN_GRACE_MINUTES`], and quiet hours that are not
    /// empty. The schedule maths works on any settings; validation keeps out the ones that surprise people.
    pub fn validate(&self) -> Result<(), ScheduleError> {
        if self.grace_minutes < MIN_GRACE_MINUTES {
            return Err(ScheduleError::GraceTooShort(self.grace_minutes));
        }
        for (index, reminder) in self.reminders.iter().enumerate() {
            if self.reminders[..index]
                .iter()
                .any(|earlier| earlier.routine_id == reminder.routine_id)
            {
                return Err(ScheduleError::DuplicateRoutine(reminder.routine_id.clone()));
            }
            if let TimeRule::Bedtime { lead_minutes, .. } = reminder.time {
                if lead_minutes > MAX_LEAD_MINUTES {
                    return Err(ScheduleError::LeadTooLong {
                        routine_id: reminder.routine_id.clone(),
                        minutes: lead_minutes,
                    });
                }
            }
        }
        match self.quiet_hours {
            Some(quiet) if quiet.start == quiet.end => Err(ScheduleError::EmptyQuietHours),
            _ => Ok(()),
        }
    }

    /// The grace period as a duration.
    pub fn grace(&self) -> TimeDelta {
        TimeDelta::minutes(i64::from(self.grace_minutes))
    }

    /// The reminder for a routine, if one is set.
    pub fn reminder(&self, routine_id: &str) -> Option<&Reminder> {
        self.reminders.iter().find(|r| r.routine_id == routine_id)
    }
}

/// One reminder falling due: for which routine, for which scheduled local day, and at which instant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Occurrence {
    pub routine_id: String,
    /// The scheduled local day the occurrence belongs to (for a bedtime rule, the evening).
    pub day: NaiveDate,
    /// When it falls due. For [`TimeRule::FirstUseAfter`] this is the instant from which activity fires it.
    pub at: DateTime<Utc>,
}

/// The first occurrence of `reminder` strictly after `after` in `tz`, or `None` when the reminder is disabled
/// or has no scheduled days.
///
/// Walking forward by passing each occurrence's `at` back in visits every scheduled day once. The one
/// exception is a gap that swallows a whole day (Samoa and Tokelau skipped 30 December 2011): that day's
/// occurrence moves to the first instant after the gap, which a midnight reminder on the next day shares, so
/// a walk by instant sees only one of the two. [`occurrences_after`] yields both.
pub fn next_reminder(
    reminder: &Reminder,
    after: DateTime<Utc>,
    tz: Tz,
    boundary: NaiveTime,
) -> Option<Occurrence> {
    occurrences_after(reminder, after, tz, boundary).next()
}

/// Every occurrence of `reminder` strictly after `after` in `tz`, in order, one per scheduled day. The iterator is
/// empty when the reminder is disabled or has no scheduled days, and otherwise ends only at the end of the
/// calendar.
pub fn occurrences_after(
    reminder: &Reminder,
    after: DateTime<Utc>,
    tz: Tz,
    boundary: NaiveTime,
) -> impl Iterator<Item = Occurrence> + '_ {
    let live = reminder.enabled && !reminder.days.is_empty();
    let local_after = after.with_timezone(&tz).naive_local();
    // A day whose wall time is two days or more before `after` has its instant at or before `after`, because no
    // zone's wall clock has moved back by two days in the time zone database's modern era. Such days are passed
    // over without a time zone lookup; the walk starts at the first of them.
    let horizon = local_after.checked_sub_signed(TimeDelta::days(2));
    let first = horizon
        .and_then(|horizon| {
            horizon.checked_sub_signed(reminder.time.offset_from_day_start(boundary))
        })
        .map(|wall| wall.date())
        .filter(|_| live);
    std::iter::successors(first, |day| day.succ_opt())
        .filter(|day| reminder.is_scheduled_on(*day))
        .filter_map(move |day| reminder.wall_time_on(day, boundary).map(|wall| (day, wall)))
        .skip_while(move |(_, wall)| Some(*wall) <= horizon)
        .map(move |(day, wall)| (day, local::instant_of(tz, wall)))
        .skip_while(move |(_, at)| *at <= after)
        .map(|(day, at)| Occurrence {
            routine_id: reminder.routine_id.clone(),
            day,
            at,
        })
}
