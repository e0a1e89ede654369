//! The answers to the first-run questions, from which Limber proposes a plan: where it hurts, how the
//! person sleeps, when they go to bed and wake, on which days, what brings the morning reminder and which
//! conditions rule moves out.
//!
//! This module holds the answers, the rule that makes them usable ([`PlanAnswers::normalized`]), the plan
//! Limber proposes from them ([`propose`]: which routines, which reminders, which sleep setup advice) and how
//! accepting a plan changes the reminders the person already has ([`merge_reminders`]). It never reads or
//! stores them (the app keeps them under the store's "plan" key) and never reads the clock: nothing here
//! depends on today.

use chrono::{NaiveTime, TimeDelta};
use serde::{Deserialize, Serialize};

use crate::contraindication::Condition;
use crate::journal::SleepPosition;
use crate::schedule::{DayOfWeek, Reminder, ReminderSettings, TimeRule};
use crate::settings::{plan_days, NoDays};

/// Where it hurts, as the person answers the first-run question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PainArea {
    LowerBack,
    UpperBackNeck,
    Both,
}

/// What brings the morning reminder: the clock, or the first use of the computer after waking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MorningCue {
    /// A fixed time a little after the usual wake time.
    AfterWaking,
    /// The first time the computer is used after the usual wake time.
    FirstComputerUse,
}

/// The answers to the first-run questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanAnswers {
    pub pain_area: PainArea,
    pub sleep_position: SleepPosition,
    /// The usual bedtime (a time before noon means after midnight).
    pub bedtime: NaiveTime,
    /// The usual wake time.
    pub wake_time: NaiveTime,
    /// The days these times hold; for the bedtime reminder, the evenings.
    pub days: Vec<DayOfWeek>,
    pub morning_cue: MorningCue,
    /// The conditions that apply to the person; they rule moves out of the routines. A plan stored before
    /// this question existed reads as none.
    #[serde(default)]
    pub conditions: Vec<Condition>,
}

impl PlanAnswers {
    /// The answers with the days in week order and without repeats (the conditions too), or the reason
    /// they cannot make a plan.
    pub fn normalized(&self) -> Result<PlanAnswers, NoDays> {
        Ok(PlanAnswers {
            days: plan_days(&self.days)?,
            conditions: crate::contraindication::normalized(&self.conditions),
            ..self.clone()
        })
    }
}

/// The routine every plan starts the evening with.
pub const BEDTIME_ROUTINE: &str = "bedtime-wind-down";
/// The routine every plan starts the day with.
pub const MORNING_ROUTINE: &str = "morning-mobility";
/// The routine added when the upper back or neck hurts.
pub const UPPER_BACK_ROUTINE: &str = "upper-back-neck";

/// How long after the usual wake time a timed morning reminder falls: long enough to be awake, soon
/// enough to still be in or near bed, where the morning routine starts.
pub const MORNING_DELAY_MINUTES: i64 = 15;

/// What Limber proposes for a set of answers: the routines, their reminders and the sleep advice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// Routine ids, in the order the plan lists them.
    pub routine_ids: Vec<String>,
    /// One reminder per routine that gets one.
    pub reminders: Vec<Reminder>,
    /// Whose sleep setup advice to show.
    pub sleep_position: SleepPosition,
}

/// Proposes a plan. Every plan has the bedtime wind-down (reminded a little before bedtime) and the
/// morning mobility routine (reminded after waking, or on first use of the computer); a stiff upper back
/// or neck adds the upper back and neck release, without a reminder, because it fits any break in the
/// day rather than one time.
pub fn propose(answers: &PlanAnswers) -> Proposal {
    let mut routine_ids = vec![BEDTIME_ROUTINE.to_owned(), MORNING_ROUTINE.to_owned()];
    if matches!(answers.pain_area, PainArea::UpperBackNeck | PainArea::Both) {
        routine_ids.push(UPPER_BACK_ROUTINE.to_owned());
    }
    let morning_rule = match answers.morning_cue {
        MorningCue::AfterWaking => TimeRule::Fixed {
            time: answers
                .wake_time
                .overflowing_add_signed(TimeDelta::minutes(MORNING_DELAY_MINUTES))
                .0,
        },
        MorningCue::FirstComputerUse => TimeRule::FirstUseAfter {
            not_before: answers.wake_time,
        },
    };
    let reminder = |routine_id: &str, time: TimeRule| Reminder {
        routine_id: routine_id.to_owned(),
        enabled: true,
        days: answers.days.clone(),
        time,
    };
    Proposal {
        routine_ids,
        reminders: vec![
            reminder(BEDTIME_ROUTINE, TimeRule::bedtime(answers.bedtime)),
            reminder(MORNING_ROUTINE, morning_rule),
        ],
        sleep_position: answers.sleep_position,
    }
}

/// The reminder settings after accepting a plan: the plan's reminders replace those of the same
/// routines; every other reminder, the grace period and the quiet hours stay as the person set them.
pub fn merge_reminders(existing: ReminderSettings, proposed: &[Reminder]) -> ReminderSettings {
    let mut reminders: Vec<Reminder> = existing
        .reminders
        .into_iter()
        .filter(|kept| !proposed.iter().any(|p| p.routine_id == kept.routine_id))
        .collect();
    reminders.extend(proposed.iter().cloned());
    ReminderSettings {
        reminders,
        ..existing
    }
}

/// The local wall-clock time a reminder shows up (or, for a first-use reminder, from when it waits),
/// as the core computes it, so the plan and the reminder settings always show the same time.
pub fn wall_time(reminder: &Reminder) -> NaiveTime {
    // Any date works: the wall time of a rule does not depend on the day, only the instant does, and the
    // boundary only decides which day a time belongs to, never the time itself.
    let day = chrono::NaiveDate::MIN;
    reminder
        .wall_time_on(day, crate::day::DEFAULT_DAY_BOUNDARY)
        .map(|at| at.time())
        .unwrap_or(NaiveTime::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use DayOfWeek::*;

    fn t(text: &str) -> NaiveTime {
        NaiveTime::parse_from_str(text, "%H:%M").unwrap()
    }

    fn answers(
        pain_area: PainArea,
        sleep_position: SleepPosition,
        bedtime: &str,
        wake: &str,
        days: &[DayOfWeek],
        morning_cue: MorningCue,
    ) -> PlanAnswers {
        PlanAnswers {
            pain_area,
            sleep_position,
            bedtime: t(bedtime),
            wake_time: t(wake),
            days: days.to_vec(),
            morning_cue,
            conditions: Vec::new(),
        }
    }

    /// What a proposal should say, in the terms a reader checks: routines, and per reminder its
    /// routine, rule and days.
    struct Expected {
        routines: &'static [&'static str],
        bedtime: TimeRule,
        morning: TimeRule,
        position: SleepPosition,
    }

    fn check(input: PlanAnswers, expected: Expected) {
        let proposal = propose(&input);
        let routines: Vec<&str> = proposal.routine_ids.iter().map(String::as_str).collect();
        assert_eq!(routines, expected.routines, "routines for {input:?}");
        let rules: Vec<(&str, TimeRule)> = proposal
            .reminders
            .iter()
            .map(|r| (r.routine_id.as_str(), r.time))
            .collect();
        assert_eq!(
            rules,
            vec![
                (BEDTIME_ROUTINE, expected.bedtime),
                (MORNING_ROUTINE, expected.morning)
            ],
            "reminders for {input:?}"
        );
        for reminder in &proposal.reminders {
            assert!(reminder.enabled);
            assert_eq!(reminder.days, input.days, "days for {input:?}");
        }
        assert_eq!(proposal.sleep_position, expected.position);
    }

    fn bedtime(at: &str) -> TimeRule {
        TimeRule::Bedtime {
            bedtime: t(at),
            lead_minutes: 30,
        }
    }

    fn fixed(at: &str) -> TimeRule {
        TimeRule::Fixed { time: t(at) }
    }

    fn first_use(at: &str) -> TimeRule {
        TimeRule::FirstUseAfter { not_before: t(at) }
    }

    const LOWER: &[&str] = &[BEDTIME_ROUTINE, MORNING_ROUTINE];
    const UPPER: &[&str] = &[BEDTIME_ROUTINE, MORNING_ROUTINE, UPPER_BACK_ROUTINE];
    const WEEKDAYS: &[DayOfWeek] = &[Monday, Tuesday, Wednesday, Thursday, Friday];

    #[test]
    fn proposals() {
        use MorningCue::*;
        use PainArea::*;
        use SleepPosition::*;
        // One row per line reads as a table; rustfmt would spread each row over a dozen lines.
        #[rustfmt::skip]
        let rows = [
            (
                answers(LowerBack, Side, "23:00", "07:00", &DayOfWeek::ALL, AfterWaking),
                Expected { routines: LOWER, bedtime: bedtime("23:00"), morning: fixed("07:15"), position: Side },
            ),
            (
                answers(UpperBackNeck, Back, "22:30", "06:30", WEEKDAYS, AfterWaking),
                Expected { routines: UPPER, bedtime: bedtime("22:30"), morning: fixed("06:45"), position: Back },
            ),
            (
                answers(Both, Stomach, "00:30", "08:00", &[Saturday, Sunday], FirstComputerUse),
                Expected { routines: UPPER, bedtime: bedtime("00:30"), morning: first_use("08:00"), position: Stomach },
            ),
            (
                answers(LowerBack, Varies, "21:45", "05:50", &[Monday], AfterWaking),
                Expected { routines: LOWER, bedtime: bedtime("21:45"), morning: fixed("06:05"), position: Varies },
            ),
            // A wake time just before midnight wraps to the next morning instead of failing.
            (
                answers(LowerBack, Side, "15:00", "23:50", &DayOfWeek::ALL, AfterWaking),
                Expected { routines: LOWER, bedtime: bedtime("15:00"), morning: fixed("00:05"), position: Side },
            ),
            (
                answers(UpperBackNeck, Varies, "23:59", "00:00", &[Wednesday], FirstComputerUse),
                Expected { routines: UPPER, bedtime: bedtime("23:59"), morning: first_use("00:00"), position: Varies },
            ),
        ];
        for (input, expected) in rows {
            check(input, expected);
        }
    }

    #[test]
    fn proposed_reminders_are_valid_settings() {
        let input = answers(
            PainArea::Both,
            SleepPosition::Side,
            "23:00",
            "07:00",
            &DayOfWeek::ALL,
            MorningCue::AfterWaking,
        );
        let settings = merge_reminders(ReminderSettings::default(), &propose(&input).reminders);
        assert_eq!(settings.validate(), Ok(()));
    }

    #[test]
    fn normalizing_orders_days_and_refuses_none() {
        let rows: [(&[DayOfWeek], Option<&[DayOfWeek]>); 4] = [
            (&[Sunday, Monday, Sunday], Some(&[Monday, Sunday])),
            (&[Friday, Wednesday], Some(&[Wednesday, Friday])),
            (&DayOfWeek::ALL, Some(&DayOfWeek::ALL)),
            (&[], None),
        ];
        for (days, expected) in rows {
            let input = answers(
                PainArea::LowerBack,
                SleepPosition::Side,
                "23:00",
                "07:00",
                days,
                MorningCue::AfterWaking,
            );
            let got = input.normalized().ok().map(|a| a.days);
            assert_eq!(got.as_deref(), expected, "days {days:?}");
        }
    }

    #[test]
    fn merging_replaces_only_the_plans_routines() {
        let other = Reminder::every_day("two-minute-reset", fixed("14:00"));
        let old_bedtime = Reminder::every_day(BEDTIME_ROUTINE, bedtime("22:00"));
        let existing = ReminderSettings {
            reminders: vec![other.clone(), old_bedtime],
            grace_minutes: 45,
            quiet_hours: None,
        };
        let input = answers(
            PainArea::LowerBack,
            SleepPosition::Side,
            "23:00",
            "07:00",
            WEEKDAYS,
            MorningCue::AfterWaking,
        );
        let proposal = propose(&input);
        let merged = merge_reminders(existing, &proposal.reminders);
        assert_eq!(
            merged.grace_minutes, 45,
            "the person's grace period is kept"
        );
        assert_eq!(merged.reminder("two-minute-reset"), Some(&other));
        assert_eq!(
            merged.reminder(BEDTIME_ROUTINE).map(|r| r.time),
            Some(bedtime("23:00"))
        );
        assert_eq!(merged.reminders.len(), 3);
        assert_eq!(merged.validate(), Ok(()));
    }

    #[test]
    fn answers_cross_ipc_as_camel_case_with_short_times() {
        let json = serde_json::json!({
            "painArea": "upperBackNeck",
            "sleepPosition": "varies",
            "bedtime": "23:00",
            "wakeTime": "07:00",
            "days": ["monday", "friday"],
            "morningCue": "firstComputerUse",
        });
        let parsed: PlanAnswers = serde_json::from_value(json).unwrap();
        assert_eq!(
            parsed,
            answers(
                PainArea::UpperBackNeck,
                SleepPosition::Varies,
                "23:00",
                "07:00",
                &[Monday, Friday],
                MorningCue::FirstComputerUse
            )
        );
    }

    #[test]
    fn the_plan_routines_exist_in_the_builtin_library() {
        let library = crate::library::Library::builtin().unwrap();
        for id in [BEDTIME_ROUTINE, MORNING_ROUTINE, UPPER_BACK_ROUTINE] {
            assert!(library.routine(id).is_some(), "{id} is missing");
        }
    }

    /// Each row: the reminders a person has (routine and fixed time), the plan's, and the reminders after
    /// accepting it. The plan's replace those of the same routines; every other reminder stays, in its place.
    #[test]
    fn merging_table() {
        fn check(existing: &[(&str, &str)], proposed: &[(&str, &str)], expected: &[(&str, &str)]) {
            let reminders = |list: &[(&str, &str)]| -> Vec<Reminder> {
                list.iter()
                    .map(|(id, at)| Reminder::every_day(*id, fixed(at)))
                    .collect()
            };
            let existing = ReminderSettings {
                reminders: reminders(existing),
                grace_minutes: 45,
                quiet_hours: None,
            };
            let merged = merge_reminders(existing, &reminders(proposed));
            assert_eq!(merged.reminders, reminders(expected), "{proposed:?}");
            assert_eq!(merged.grace_minutes, 45, "the grace period is kept");
        }
        let bed = BEDTIME_ROUTINE;
        let morning = MORNING_ROUTINE;
        check(&[], &[], &[]);
        check(&[], &[(bed, "22:30")], &[(bed, "22:30")]);
        check(&[("desk", "14:00")], &[], &[("desk", "14:00")]);
        check(
            &[("desk", "14:00"), (bed, "22:00")],
            &[(bed, "22:30"), (morning, "07:15")],
            &[("desk", "14:00"), (bed, "22:30"), (morning, "07:15")],
        );
        check(
            &[(bed, "22:00"), (morning, "07:00")],
            &[(bed, "23:30"), (morning, "08:15")],
            &[(bed, "23:30"), (morning, "08:15")],
        );
        check(
            &[(morning, "07:00"), ("desk", "14:00"), ("walk", "18:00")],
            &[(morning, "06:45")],
            &[("desk", "14:00"), ("walk", "18:00"), (morning, "06:45")],
        );
    }

    /// Each row: a reminder's rule and the wall time the plan shows for it.
    #[test]
    fn wall_times_table() {
        fn check(time: TimeRule, expected: &str) {
            assert_eq!(
                wall_time(&Reminder::every_day(BEDTIME_ROUTINE, time)),
                t(expected),
                "{time:?}"
            );
        }
        check(bedtime("23:00"), "22:30");
        check(bedtime("00:15"), "23:45");
        check(fixed("07:15"), "07:15");
        check(first_use("06:45"), "06:45");
        check(fixed("00:30"), "00:30");
    }
}
