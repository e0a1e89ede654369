//! The reminder settings screen's data: one choice per routine (the stored reminder or a suggestion) and where
//! reminders stand ("next reminder ..." from `status::report_from_store`). The UI never computes a reminder time.

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use limber_core::routine::TimeOfDay;
use limber_core::schedule::{DayOfWeek, Reminder, TimeRule};
use serde::Serialize;
use ts_rs::TS;

use crate::error::AppError;
use crate::state::{LibraryHandle, StoreHandle};
use crate::status::{self, ReminderStatus};
use crate::wire::schedule as wire;

/// A routine a reminder can be set for, with the reminder the settings screen shows for it: the stored one,
/// or a suggestion (off) when none is stored yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderChoice {
    pub routine_id: String,
    pub name: String,
    pub time_of_day: crate::wire::library::TimeOfDay,
    pub duration_secs: u32,
    pub reminder: wire::Reminder,
    /// Whether `reminder` is stored (false: a suggestion).
    pub stored: bool,
}

/// Everything the reminder settings screen needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderOverview {
    pub setup: wire::ReminderSetup,
    pub choices: Vec<ReminderChoice>,
    pub status: ReminderStatus,
    /// Where one routine day ends and the next begins: a set time before it belongs to the night before,
    /// which the form says in words as the person types.
    pub day_boundary: NaiveTime,
}

/// The reminder suggested for a routine that has none yet: off, every day, at a time that suits its time
/// of day.
pub fn suggested_reminder(routine_id: &str, time_of_day: TimeOfDay) -> Reminder {
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN);
    let time = match time_of_day {
        TimeOfDay::Bedtime => TimeRule::bedtime(at(22, 30)),
        TimeOfDay::Morning => TimeRule::FirstUseAfter {
            not_before: at(6, 30),
        },
        TimeOfDay::Anytime => TimeRule::Fixed { time: at(12, 30) },
    };
    Reminder {
        routine_id: routine_id.to_owned(),
        enabled: false,
        days: DayOfWeek::ALL.to_vec(),
        time,
    }
}

/// What the reminder settings screen shows at `now` in `tz`, its reminder times in the language in force.
pub fn overview(
    library: &LibraryHandle,
    store: &StoreHandle,
    now: DateTime<Utc>,
    tz: Tz,
    system: &crate::i18n::System,
) -> Result<ReminderOverview, AppError> {
    let library = library.current();
    let store = store.lock();
    let language = crate::i18n::language_in_force(&store, system);
    let setup = crate::reminders::load_setup(&store)?;
    let choices = crate::progress::catalog(&library, &store)?
        .into_iter()
        .filter(|routine| !routine.deleted)
        .map(|routine| {
            let stored = setup.schedule.reminder(&routine.id).cloned();
            let duration_secs =
                crate::reminders::routine_brief(&library, &store, &routine.id, &language)
                    .map_or(0, |brief| brief.duration_secs);
            ReminderChoice {
                reminder: wire::Reminder::from(
                    &stored
                        .clone()
                        .unwrap_or_else(|| suggested_reminder(&routine.id, routine.time_of_day)),
                ),
                stored: stored.is_some(),
                name: crate::content::named(&language, &library, &routine.id, &routine.name),
                routine_id: routine.id,
                time_of_day: crate::wire::library::TimeOfDay::from(&routine.time_of_day),
                duration_secs,
            }
        })
        .collect();
    let status = status::report_from_store(&store, &library, now, tz, &language)?;
    Ok(ReminderOverview {
        setup: wire::ReminderSetup::from(&setup),
        choices,
        status,
        day_boundary: crate::progress::day_boundary(&store)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_are_off_every_day_and_suit_the_time_of_day() {
        fn check(time_of_day: TimeOfDay, expected: &str) {
            let reminder = suggested_reminder("r", time_of_day);
            assert!(!reminder.enabled);
            assert_eq!(reminder.days, DayOfWeek::ALL.to_vec());
            assert_eq!(
                status::rule_text(&reminder, "en"),
                expected,
                "{time_of_day:?}"
            );
        }
        check(TimeOfDay::Bedtime, "30 min before bedtime at 22:30");
        check(TimeOfDay::Morning, "first use after 06:30");
        check(TimeOfDay::Anytime, "at 12:30");
    }
}
