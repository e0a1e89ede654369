//! The rules a person's settings must follow, as pure functions: the sound's volume, the reminder setup
//! (the schedule's own rules, a snooze, a grace period, known routines), the progress settings (the day
//! boundary, rest days per month, weekly goals) and the days of a plan.
//!
//! The settings screens, the first run and an import of a Limber export all call these same functions, so
//! no path can store what another would refuse. This module holds the ranges and the words of each refusal;
//! it never reads or writes a setting (the store does) and never knows which key a setting is kept under
//! (the store's settings registry does).

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use chrono::NaiveTime;

use crate::schedule::{DayOfWeek, ReminderSettings, ScheduleError};

/// The volume a person may choose: from 0 (silent) to 1 (the cues' full, already gentle, level).
pub const VOLUME: RangeInclusive<f32> = 0.0..=1.0;

/// The snooze length when the settings do not name one, in minutes.
pub const DEFAULT_SNOOZE_MINUTES: u32 = 10;

/// The longest snooze the settings accept, in minutes.
pub const MAX_SNOOZE_MINUTES: u32 = 120;

/// The longest grace period the settings accept, in minutes: a reminder later than twelve hours is no
/// longer about the same evening or morning.
pub const MAX_GRACE_MINUTES: u32 = 12 * 60;

/// The most rest days per month a person may allow themselves.
pub const MAX_REST_DAYS_PER_MONTH: u8 = 8;

/// The days per week a weekly goal may ask for.
pub const WEEKLY_GOAL_DAYS: RangeInclusive<u8> = 1..=7;

/// The latest day boundary the settings accept: later than this, a morning routine would count for the day
/// before.
pub const LATEST_DAY_BOUNDARY: NaiveTime = match NaiveTime::from_hms_opt(6, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};

/// A volume outside [`VOLUME`] (or not a number at all): the tones' or the voice's.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
pub enum VolumeError {
    #[error("The volume must be a number from 0 to 1, not {0}.")]
    Tones(f32),
    #[error("The voice volume must be a number from 0 to 1, not {0}.")]
    Voice(f32),
}

fn in_range(volume: f32) -> bool {
    volume.is_finite() && VOLUME.contains(&volume)
}

/// Checks the chosen volume of the tones.
pub fn check_volume(volume: f32) -> Result<(), VolumeError> {
    if in_range(volume) {
        Ok(())
    } else {
        Err(VolumeError::Tones(volume))
    }
}

/// Checks the chosen volume of the voice coach, which is set apart from the tones'.
pub fn check_voice_volume(volume: f32) -> Result<(), VolumeError> {
    if in_range(volume) {
        Ok(())
    } else {
        Err(VolumeError::Voice(volume))
    }
}

/// Why a reminder setup is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReminderSetupError {
    #[error("{0}")]
    Schedule(#[from] ScheduleError),
    #[error("a snooze must last between 1 and {MAX_SNOOZE_MINUTES} minutes, not {0}")]
    SnoozeLength(u32),
    #[error("reminders may be at most {MAX_GRACE_MINUTES} minutes late, not {0}")]
    GraceTooLong(u32),
    #[error("a reminder names a routine Limber does not know: \"{0}\"")]
    UnknownRoutine(String),
}

/// Checks a reminder setup: the schedule's own rules, a snooze of 1 to [`MAX_SNOOZE_MINUTES`] minutes, a
/// grace of at most [`MAX_GRACE_MINUTES`], and reminders that name routines `known` accepts.
pub fn check_reminder_setup(
    schedule: &ReminderSettings,
    snooze_minutes: u32,
    known: impl Fn(&str) -> bool,
) -> Result<(), ReminderSetupError> {
    schedule.validate()?;
    if !(1..=MAX_SNOOZE_MINUTES).contains(&snooze_minutes) {
        return Err(ReminderSetupError::SnoozeLength(snooze_minutes));
    }
    if schedule.grace_minutes > MAX_GRACE_MINUTES {
        return Err(ReminderSetupError::GraceTooLong(schedule.grace_minutes));
    }
    if let Some(unknown) = schedule
        .reminders
        .iter()
        .find(|reminder| !known(&reminder.routine_id))
    {
        return Err(ReminderSetupError::UnknownRoutine(
            unknown.routine_id.clone(),
        ));
    }
    Ok(())
}

impl ReminderSetupError {
    /// The field of the stored setup this error is about, as a path inside it (`graceMinutes`,
    /// `reminders[1].routineId`), so a refused import can say where the problem is; `None` when no field
    /// is to blame.
    pub fn field(&self, schedule: &ReminderSettings) -> Option<String> {
        // The index of the `nth` reminder (from 0) for a routine.
        let index = |routine_id: &str, nth: usize| {
            schedule
                .reminders
                .iter()
                .enumerate()
                .filter(|(_, reminder)| reminder.routine_id == routine_id)
                .nth(nth)
                .map(|(i, _)| i)
        };
        match self {
            ReminderSetupError::SnoozeLength(_) => Some("snoozeMinutes".to_owned()),
            ReminderSetupError::GraceTooLong(_)
            | ReminderSetupError::Schedule(ScheduleError::GraceTooShort(_)) => {
                Some("graceMinutes".to_owned())
            }
            ReminderSetupError::Schedule(ScheduleError::EmptyQuietHours) => {
                Some("quietHours".to_owned())
            }
            ReminderSetupError::UnknownRoutine(id) => {
                index(id, 0).map(|i| format!("reminders[{i}].routineId"))
            }
            // The second reminder for the routine is the one too many.
            ReminderSetupError::Schedule(ScheduleError::DuplicateRoutine(id)) => {
                index(id, 1).map(|i| format!("reminders[{i}].routineId"))
            }
            ReminderSetupError::Schedule(ScheduleError::LeadTooLong { routine_id, .. }) => {
                index(routine_id, 0).map(|i| format!("reminders[{i}].time.leadMinutes"))
            }
        }
    }
}

/// The progress settings as a person edits them. Numbers are wide on purpose, so that a wrong value gets a
/// clear sentence from [`check_progress`] instead of failing to be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressEdit {
    /// "HH:MM", as a time input gives it.
    pub day_boundary: String,
    pub weekly_goals: BTreeMap<String, i64>,
    pub rest_days_per_month: i64,
}

/// Progress settings that passed [`check_progress`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressChoice {
    pub day_boundary: NaiveTime,
    pub weekly_goals: BTreeMap<String, u8>,
    pub rest_days_per_month: u8,
}

/// A value a settings rule refuses: the field it is in, as the stored setting names it, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub field: String,
    pub reason: ProgressRefusal,
}

/// Why a progress setting is refused, with the numbers a sentence needs. The words for people are the
/// application layer's; this English is for the log and for a settings file's import report.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProgressRefusal {
    #[error("The day boundary must be a time such as 04:00 (got \"{got}\").")]
    BoundaryNotATime { got: String },
    #[error("The day boundary must be between 00:00 and {} (got {}).", latest.format("%H:%M"), got.format("%H:%M"))]
    BoundaryTooLate { latest: NaiveTime, got: NaiveTime },
    #[error("Rest days per month must be 0–{max} (got {got}).")]
    RestDays { max: u8, got: i64 },
    #[error("No routine called \"{routine_id}\" can have a goal.")]
    UnknownRoutine { routine_id: String },
    #[error("A weekly goal must be {min}–{max} days (got {got}).")]
    WeeklyGoal { min: u8, max: u8, got: i64 },
}

impl Refused {
    fn new(field: impl Into<String>, reason: ProgressRefusal) -> Self {
        Self {
            field: field.into(),
            reason,
        }
    }
}

/// Checks edited progress settings: a day boundary from 00:00 to [`LATEST_DAY_BOUNDARY`], 0 to
/// [`MAX_REST_DAYS_PER_MONTH`] rest days, and goals of [`WEEKLY_GOAL_DAYS`] for routines in `known_routines`.
/// Returns the first problem.
pub fn check_progress(
    edit: &ProgressEdit,
    known_routines: &[String],
) -> Result<ProgressChoice, Refused> {
    let boundary = NaiveTime::parse_from_str(edit.day_boundary.trim(), "%H:%M").map_err(|_| {
        Refused::new(
            "dayBoundary",
            ProgressRefusal::BoundaryNotATime {
                got: edit.day_boundary.clone(),
            },
        )
    })?;
    if boundary > LATEST_DAY_BOUNDARY {
        return Err(Refused::new(
            "dayBoundary",
            ProgressRefusal::BoundaryTooLate {
                latest: LATEST_DAY_BOUNDARY,
                got: boundary,
            },
        ));
    }
    let rest = u8::try_from(edit.rest_days_per_month)
        .ok()
        .filter(|rest| *rest <= MAX_REST_DAYS_PER_MONTH)
        .ok_or_else(|| {
            Refused::new(
                "restDaysPerMonth",
                ProgressRefusal::RestDays {
                    max: MAX_REST_DAYS_PER_MONTH,
                    got: edit.rest_days_per_month,
                },
            )
        })?;
    let mut goals = BTreeMap::new();
    for (routine_id, &days) in &edit.weekly_goals {
        let field = || format!("weeklyGoals.{routine_id}");
        if !known_routines.contains(routine_id) {
            return Err(Refused::new(
                field(),
                ProgressRefusal::UnknownRoutine {
                    routine_id: routine_id.clone(),
                },
            ));
        }
        let days = u8::try_from(days)
            .ok()
            .filter(|days| WEEKLY_GOAL_DAYS.contains(days))
            .ok_or_else(|| {
                Refused::new(
                    field(),
                    ProgressRefusal::WeeklyGoal {
                        min: *WEEKLY_GOAL_DAYS.start(),
                        max: *WEEKLY_GOAL_DAYS.end(),
                        got: days,
                    },
                )
            })?;
        goals.insert(routine_id.clone(), days);
    }
    Ok(ProgressChoice {
        day_boundary: boundary,
        weekly_goals: goals,
        rest_days_per_month: rest,
    })
}

/// A plan without a day to hold its routines on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("Choose at least one day for your routines.")]
pub struct NoDays;

/// The days a plan holds, in week order and without repeats; at least one is needed.
pub fn plan_days(days: &[DayOfWeek]) -> Result<Vec<DayOfWeek>, NoDays> {
    let days: Vec<DayOfWeek> = DayOfWeek::ALL
        .into_iter()
        .filter(|day| days.contains(day))
        .collect();
    if days.is_empty() {
        Err(NoDays)
    } else {
        Ok(days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::{QuietHours, Reminder, TimeRule};
    use DayOfWeek::*;

    #[test]
    fn volume_table() {
        fn check(volume: f32, expected: Result<(), &str>) {
            assert_eq!(
                check_volume(volume).map_err(|e| e.to_string()),
                expected.map_err(str::to_owned),
                "{volume}"
            );
        }
        check(0.0, Ok(()));
        check(0.7, Ok(()));
        check(1.0, Ok(()));
        check(
            1.01,
            Err("The volume must be a number from 0 to 1, not 1.01."),
        );
        check(
            -0.1,
            Err("The volume must be a number from 0 to 1, not -0.1."),
        );
        check(
            f32::NAN,
            Err("The volume must be a number from 0 to 1, not NaN."),
        );
        check(
            f32::INFINITY,
            Err("The volume must be a number from 0 to 1, not inf."),
        );
    }

    #[test]
    fn voice_volume_table() {
        fn check(volume: f32, expected: Result<(), VolumeError>) {
            assert_eq!(check_voice_volume(volume), expected, "{volume}");
        }
        check(0.0, Ok(()));
        check(0.25, Ok(()));
        check(1.0, Ok(()));
        check(-1.0, Err(VolumeError::Voice(-1.0)));
        check(1.5, Err(VolumeError::Voice(1.5)));
        assert_eq!(
            VolumeError::Voice(-1.0).to_string(),
            "The voice volume must be a number from 0 to 1, not -1."
        );
    }

    fn at(hour: u32, minute: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(hour, minute, 0).unwrap()
    }

    fn reminder(routine: &str, time: TimeRule) -> Reminder {
        Reminder {
            routine_id: routine.to_owned(),
            enabled: true,
            days: vec![Monday],
            time,
        }
    }

    fn fixed(routine: &str) -> Reminder {
        reminder(routine, TimeRule::Fixed { time: at(7, 15) })
    }

    /// Each row: a schedule, a snooze, and either `Ok` or the refusal's sentence with the field it names.
    /// The routines Limber knows are "desk" and "bedtime-wind-down".
    #[test]
    fn reminder_setups_table() {
        fn check(
            reminders: Vec<Reminder>,
            grace: u32,
            quiet: Option<QuietHours>,
            snooze: u32,
            expected: Result<(), (&str, Option<&str>)>,
        ) {
            let schedule = ReminderSettings {
                reminders,
                grace_minutes: grace,
                quiet_hours: quiet,
            };
            let got = check_reminder_setup(&schedule, snooze, |id| {
                ["desk", "bedtime-wind-down"].contains(&id)
            })
            .map_err(|e| (e.to_string(), e.field(&schedule)));
            let expected = expected
                .map_err(|(sentence, field)| (sentence.to_owned(), field.map(str::to_owned)));
            assert_eq!(got, expected, "{schedule:?} snooze {snooze}");
        }
        check(vec![fixed("desk")], 60, None, 10, Ok(()));
        check(vec![], 1, None, 1, Ok(()));
        check(vec![], MAX_GRACE_MINUTES, None, MAX_SNOOZE_MINUTES, Ok(()));
        check(
            vec![],
            0,
            None,
            10,
            Err((
                "reminders must be allowed to be at least 1 minute late, not 0",
                Some("graceMinutes"),
            )),
        );
        check(
            vec![],
            721,
            None,
            10,
            Err((
                "reminders may be at most 720 minutes late, not 721",
                Some("graceMinutes"),
            )),
        );
        check(
            vec![],
            60,
            None,
            0,
            Err((
                "a snooze must last between 1 and 120 minutes, not 0",
                Some("snoozeMinutes"),
            )),
        );
        check(
            vec![],
            60,
            None,
            121,
            Err((
                "a snooze must last between 1 and 120 minutes, not 121",
                Some("snoozeMinutes"),
            )),
        );
        check(
            vec![fixed("desk"), fixed("nowhere")],
            60,
            None,
            10,
            Err((
                "a reminder names a routine Limber does not know: \"nowhere\"",
                Some("reminders[1].routineId"),
            )),
        );
        check(
            vec![fixed("desk"), fixed("bedtime-wind-down"), fixed("desk")],
            60,
            None,
            10,
            Err((
                "more than one reminder is set for routine `desk`",
                Some("reminders[2].routineId"),
            )),
        );
        check(
            vec![reminder(
                "bedtime-wind-down",
                TimeRule::Bedtime {
                    bedtime: at(23, 0),
                    lead_minutes: 721,
                },
            )],
            60,
            None,
            10,
            Err((
                "the reminder for routine `bedtime-wind-down` comes 721 minutes before bedtime; at most \
                 720 are allowed",
                Some("reminders[0].time.leadMinutes"),
            )),
        );
        check(
            vec![],
            60,
            Some(QuietHours {
                start: at(22, 0),
                end: at(22, 0),
            }),
            10,
            Err((
                "quiet hours start and end at the same time",
                Some("quietHours"),
            )),
        );
    }

    /// What an accepted edit gives: the boundary as "HH:MM", the goals and the rest days per month.
    type Chosen<'a> = (&'a str, &'a [(&'a str, u8)], u8);

    /// Each row: an edit (boundary, goals, rest days) and either what it gives or the field and sentence of
    /// the refusal. The routines a goal may name are "morning-mobility" and "bedtime-wind-down".
    #[test]
    fn progress_edits_table() {
        fn check(
            (boundary, goals, rest): (&str, &[(&str, i64)], i64),
            expected: Result<Chosen<'_>, (&str, &str)>,
        ) {
            let known = vec![
                "morning-mobility".to_owned(),
                "bedtime-wind-down".to_owned(),
            ];
            let edit = ProgressEdit {
                day_boundary: boundary.to_owned(),
                weekly_goals: goals.iter().map(|(id, n)| ((*id).to_owned(), *n)).collect(),
                rest_days_per_month: rest,
            };
            let got = check_progress(&edit, &known);
            match expected {
                Ok((boundary, goals, rest)) => {
                    let got = got.unwrap_or_else(|e| panic!("{edit:?} was refused: {e:?}"));
                    assert_eq!(got.day_boundary.format("%H:%M").to_string(), boundary);
                    let goals: BTreeMap<String, u8> =
                        goals.iter().map(|(id, n)| ((*id).to_owned(), *n)).collect();
                    assert_eq!(got.weekly_goals, goals);
                    assert_eq!(got.rest_days_per_month, rest);
                }
                Err((field, sentence)) => {
                    let refused = got.unwrap_err();
                    assert_eq!(
                        (refused.field.as_str(), refused.reason.to_string().as_str()),
                        (field, sentence),
                        "{edit:?}"
                    );
                }
            }
        }
        check(("04:00", &[], 2), Ok(("04:00", &[], 2)));
        check((" 00:00 ", &[], 0), Ok(("00:00", &[], 0)));
        check(("06:00", &[], 8), Ok(("06:00", &[], 8)));
        check(
            (
                "03:30",
                &[("bedtime-wind-down", 5), ("morning-mobility", 7)],
                3,
            ),
            Ok((
                "03:30",
                &[("bedtime-wind-down", 5), ("morning-mobility", 7)],
                3,
            )),
        );
        check(
            ("06:01", &[], 2),
            Err((
                "dayBoundary",
                "The day boundary must be between 00:00 and 06:00 (got 06:01).",
            )),
        );
        check(
            ("4 am", &[], 2),
            Err((
                "dayBoundary",
                "The day boundary must be a time such as 04:00 (got \"4 am\").",
            )),
        );
        check(
            ("04:00", &[], 9),
            Err((
                "restDaysPerMonth",
                "Rest days per month must be 0–8 (got 9).",
            )),
        );
        check(
            ("04:00", &[], -1),
            Err((
                "restDaysPerMonth",
                "Rest days per month must be 0–8 (got -1).",
            )),
        );
        check(
            ("04:00", &[("bedtime-wind-down", 0)], 2),
            Err((
                "weeklyGoals.bedtime-wind-down",
                "A weekly goal must be 1–7 days (got 0).",
            )),
        );
        check(
            ("04:00", &[("bedtime-wind-down", 8)], 2),
            Err((
                "weeklyGoals.bedtime-wind-down",
                "A weekly goal must be 1–7 days (got 8).",
            )),
        );
        check(
            ("04:00", &[("moonwalk", 3)], 2),
            Err((
                "weeklyGoals.moonwalk",
                "No routine called \"moonwalk\" can have a goal.",
            )),
        );
    }

    #[test]
    fn plan_days_table() {
        fn check(days: &[DayOfWeek], expected: Result<&[DayOfWeek], NoDays>) {
            assert_eq!(plan_days(days), expected.map(<[_]>::to_vec), "{days:?}");
        }
        check(&[Monday], Ok(&[Monday]));
        check(&[Friday, Monday, Monday], Ok(&[Monday, Friday]));
        check(
            &[
                Sunday, Saturday, Friday, Thursday, Wednesday, Tuesday, Monday,
            ],
            Ok(&[
                Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday,
            ]),
        );
        check(&[], Err(NoDays));
    }
}
