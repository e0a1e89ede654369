//! The first run and the person's plan: the answers to the first-run questions, the plan Limber
//! proposes from them (which routines, which reminders, which sleep setup advice), and the two settings
//! keys this module owns, "onboarding" (has the first run been done, was the safety note read) and "plan"
//! (the accepted answers, the plan's routines and the guide preferences).
//!
//! The proposal is a pure function of the answers ([`propose`]), tested with a table of cases; the moves
//! the answers rule out are left out by the core's rule (`limber_core::contraindication`, applied through
//! `Library::for_conditions`), and a routine with nothing left is not proposed. The commands only load and
//! store settings, hand the proposed reminders to the reminder scheduler through its own function and
//! reload the library so the answers take effect. This module must never write the "reminders" key itself (the scheduler owns
//! it and must be woken when it changes), and never reads the clock: nothing here depends on today.

use chrono::{NaiveTime, TimeDelta};
use limber_app::wire::safety::LeftOut;
use limber_app::wire::schedule as wire_schedule;
use limber_core::contraindication::Condition;
use limber_core::schedule::{DayOfWeek, Reminder, ReminderSettings, TimeRule};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use limber_app::error::{AppError, CommandResult};
use limber_app::routine_view::{summarize, RoutineSummary};
use limber_app::state::{LibraryHandle, StoreHandle};

/// The settings key that records whether the first run is done.
pub const ONBOARDING_KEY: &str = "onboarding";
/// The settings key that holds the person's plan and guide preferences (the library reads its conditions
/// from it too, so the key is defined once, beside that reader).
pub const PLAN_KEY: &str = limber_app::routines::PLAN_KEY;

/// The routine every plan starts the evening with.
pub const BEDTIME_ROUTINE: &str = "bedtime-wind-down";
/// The routine every plan starts the day with.
pub const MORNING_ROUTINE: &str = "morning-mobility";
/// The routine added when the upper back or neck hurts.
pub const UPPER_BACK_ROUTINE: &str = "upper-back-neck";

/// How long after the usual wake time a timed morning reminder falls: long enough to be awake, soon
/// enough to still be in or near bed, where the morning routine starts.
pub const MORNING_DELAY_MINUTES: i64 = 15;

/// Where it hurts, as the person answers the first-run question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PainArea {
    LowerBack,
    UpperBackNeck,
    Both,
}

/// How the person usually sleeps; it picks the sleep setup advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SleepPosition {
    Side,
    Back,
    Stomach,
    Varies,
}

/// What brings the morning reminder: the clock, or the first use of the computer after waking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum MorningCue {
    /// A fixed time a little after the usual wake time.
    AfterWaking,
    /// The first time the computer is used after the usual wake time.
    FirstComputerUse,
}

/// The answers to the first-run questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
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
    pub fn normalized(&self) -> Result<PlanAnswers, AppError> {
        let days: Vec<DayOfWeek> = DayOfWeek::ALL
            .into_iter()
            .filter(|day| self.days.contains(day))
            .collect();
        if days.is_empty() {
            return Err(AppError::InvalidInput(
                "Choose at least one day for your routines.".into(),
            ));
        }
        Ok(PlanAnswers {
            days,
            conditions: limber_core::contraindication::normalized(&self.conditions),
            ..self.clone()
        })
    }
}

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

/// Gives the plan's reminders to the reminder scheduler, which validates and stores the "reminders"
/// setting and wakes up to the new times. The caller must not hold the store's lock.
fn hand_over_reminders(app: &tauri::AppHandle, reminders: &[Reminder]) -> Result<(), AppError> {
    let existing = crate::scheduler::reminder_settings(app)?;
    crate::scheduler::save_reminder_settings(app, &merge_reminders(existing, reminders))
}

/// The local wall-clock time a reminder shows up (or, for a first-use reminder, from when it waits),
/// as the core computes it, so the plan and the reminder settings always show the same time.
fn wall_time(reminder: &Reminder) -> NaiveTime {
    // Any date works: the wall time of a rule does not depend on the day, only the instant does, and the
    // boundary only decides which day a time belongs to, never the time itself.
    let day = chrono::NaiveDate::MIN;
    reminder
        .wall_time_on(day, limber_core::day::DEFAULT_DAY_BOUNDARY)
        .map(|at| at.time())
        .unwrap_or(NaiveTime::MIN)
}

/// A proposed reminder as the plan shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlannedReminder {
    pub time: wire_schedule::TimeRule,
    pub days: Vec<wire_schedule::DayOfWeek>,
    /// The local time it shows up (for a first-use reminder: from when it waits for activity).
    pub at: NaiveTime,
}

/// One routine of the plan, with its reminder if it gets one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlannedRoutine {
    pub routine: RoutineSummary,
    pub reminder: Option<PlannedReminder>,
    /// The moves left out of it because of the person's answers.
    pub left_out: Vec<LeftOut>,
}

/// A routine the plan would have had, left out because the answers rule out every move in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UnsuitableRoutine {
    pub id: String,
    pub name: String,
    pub left_out: Vec<LeftOut>,
}

/// A plan as the first run and the settings show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanPreview {
    pub answers: PlanAnswers,
    pub routines: Vec<PlannedRoutine>,
    /// Routines left out of the plan because nothing in them suits the person.
    pub unsuitable: Vec<UnsuitableRoutine>,
    pub sleep_position: SleepPosition,
}

/// The routines of a proposal that keep at least one move for these answers, in order. The rule is the
/// core's; this only asks the library adapted to the answers.
fn suitable_routine_ids(
    library: &limber_core::library::Library,
    answers: &PlanAnswers,
) -> Vec<String> {
    let adapted = library.for_conditions(&answers.conditions);
    propose(answers)
        .routine_ids
        .into_iter()
        .filter(|id| !adapted.is_unsuitable(id))
        .collect()
}

fn preview(
    library: &limber_core::library::Library,
    answers: PlanAnswers,
) -> Result<PlanPreview, AppError> {
    let proposal = propose(&answers);
    // The library the person will have once the plan is accepted, whatever the answers of the plan now
    // in force (adapting starts again from the routines as shipped).
    let library = &library.for_conditions(&answers.conditions);
    let mut routines = Vec::with_capacity(proposal.routine_ids.len());
    let mut unsuitable = Vec::new();
    for id in &proposal.routine_ids {
        let routine = library.routine(id).ok_or_else(|| AppError::NotFound {
            what: "routine",
            id: id.clone(),
        })?;
        let left_out = library.left_out(id).iter().map(LeftOut::from).collect();
        if library.is_unsuitable(id) {
            unsuitable.push(UnsuitableRoutine {
                id: id.clone(),
                name: routine.name.clone(),
                left_out,
            });
            continue;
        }
        let reminder = proposal
            .reminders
            .iter()
            .find(|r| &r.routine_id == id)
            .map(|r| PlannedReminder {
                time: wire_schedule::TimeRule::from(&r.time),
                days: r.days.iter().map(wire_schedule::DayOfWeek::from).collect(),
                at: wall_time(r),
            });
        routines.push(PlannedRoutine {
            routine: summarize(library, routine),
            reminder,
            left_out,
        });
    }
    Ok(PlanPreview {
        answers,
        routines,
        unsuitable,
        sleep_position: proposal.sleep_position,
    })
}

/// How the first run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum OnboardingOutcome {
    Accepted,
    Skipped,
}

/// The "onboarding" setting: whether the first run is done and the safety note was read.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OnboardingStatus {
    /// True once the plan was accepted or the first run skipped; a fresh data directory has false.
    #[serde(default)]
    pub completed: bool,
    /// True once the person acknowledged the safety note; it is asked for only once.
    #[serde(default)]
    pub safety_acknowledged: bool,
    #[serde(default)]
    pub outcome: Option<OnboardingOutcome>,
}

/// What the guide shows, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GuidePreferences {
    /// The position whose setup advice and checklist are shown; none until the person says.
    #[serde(default)]
    pub sleep_position: Option<SleepPosition>,
    /// Show "tonight's setup" at the start of the bedtime routine.
    #[serde(default = "yes")]
    pub setup_checklist: bool,
    /// Show the wind-down habits before the bedtime routine.
    #[serde(default = "yes")]
    pub wind_down_checklist: bool,
}

fn yes() -> bool {
    true
}

impl Default for GuidePreferences {
    fn default() -> Self {
        GuidePreferences {
            sleep_position: None,
            setup_checklist: true,
            wind_down_checklist: true,
        }
    }
}

/// The "plan" setting.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanRecord {
    /// The accepted answers; none when the first run was skipped.
    #[serde(default)]
    pub answers: Option<PlanAnswers>,
    /// The routines of the accepted plan, in order.
    #[serde(default)]
    pub routine_ids: Vec<String>,
    #[serde(default)]
    pub guide: GuidePreferences,
}

/// The person's plan as the settings and the home screen read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanView {
    /// The accepted plan; none when the first run was skipped or not done yet.
    pub plan: Option<PlanPreview>,
    pub guide: GuidePreferences,
}

/// Reads a setting this module owns. A value that no longer parses (hand-edited, or from a future
/// version) is logged and replaced by the default rather than failing every screen that reads it.
fn load<T: DeserializeOwned + Default>(
    store: &limber_store::Store,
    key: &str,
) -> Result<T, AppError> {
    match store.setting(key)? {
        None => Ok(T::default()),
        Some(value) => Ok(serde_json::from_value(value).unwrap_or_else(|error| {
            log::warn!("the \"{key}\" setting could not be read ({error}); using the defaults");
            T::default()
        })),
    }
}

fn save<T: Serialize>(store: &limber_store::Store, key: &str, value: &T) -> Result<(), AppError> {
    let json = serde_json::to_value(value)
        .map_err(|error| AppError::InvalidInput(format!("cannot store {key}: {error}")))?;
    Ok(store.set_setting(key, &json)?)
}

fn view(library: &limber_core::library::Library, record: PlanRecord) -> Result<PlanView, AppError> {
    let plan = record
        .answers
        .map(|answers| preview(library, answers))
        .transpose()?;
    Ok(PlanView {
        plan,
        guide: record.guide,
    })
}

/// Whether the first run is done; the UI opens on the first-run flow while it is not.
#[tauri::command]
pub async fn onboarding_status(store: State<'_, StoreHandle>) -> CommandResult<OnboardingStatus> {
    Ok(load(&store.lock(), ONBOARDING_KEY)?)
}

/// Records that the person read the safety note.
#[tauri::command]
pub async fn onboarding_acknowledge_safety(
    store: State<'_, StoreHandle>,
) -> CommandResult<OnboardingStatus> {
    let store = store.lock();
    let mut status: OnboardingStatus = load(&store, ONBOARDING_KEY)?;
    status.safety_acknowledged = true;
    save(&store, ONBOARDING_KEY, &status)?;
    Ok(status)
}

/// Proposes a plan for the answers without storing anything.
#[tauri::command]
pub async fn onboarding_propose(
    library: State<'_, LibraryHandle>,
    answers: PlanAnswers,
) -> CommandResult<PlanPreview> {
    Ok(preview(&library.current(), answers.normalized()?)?)
}

/// Accepts the plan for these answers: stores the plan, hands its reminders to the scheduler and marks
/// the first run done. The plan is proposed again here from the answers, so what is stored is always
/// what the rules give, never a copy the UI might have altered.
#[tauri::command]
pub async fn onboarding_accept(
    app: tauri::AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    answers: PlanAnswers,
) -> CommandResult<PlanView> {
    let answers = answers.normalized()?;
    let proposal = propose(&answers);
    // The reminders go first: the scheduler validates them, and if it refuses nothing else is stored.
    // No store lock is held here, because the scheduler's save takes it itself.
    hand_over_reminders(&app, &proposal.reminders)?;
    let store = store.lock();
    let mut record: PlanRecord = load(&store, PLAN_KEY)?;
    record.routine_ids = suitable_routine_ids(&library.current(), &answers);
    record.guide.sleep_position = Some(proposal.sleep_position);
    record.answers = Some(answers);
    save(&store, PLAN_KEY, &record)?;
    let mut status: OnboardingStatus = load(&store, ONBOARDING_KEY)?;
    status.completed = true;
    status.outcome = Some(OnboardingOutcome::Accepted);
    save(&store, ONBOARDING_KEY, &status)?;
    // The answers decide which moves the routines leave out from now on.
    limber_app::routines::reload(&store, &library)?;
    Ok(view(&library.current(), record)?)
}

/// Ends the first run without a plan; it can be run again from the settings.
#[tauri::command]
pub async fn onboarding_skip(store: State<'_, StoreHandle>) -> CommandResult<OnboardingStatus> {
    let store = store.lock();
    let mut status: OnboardingStatus = load(&store, ONBOARDING_KEY)?;
    status.completed = true;
    status.outcome = Some(OnboardingOutcome::Skipped);
    save(&store, ONBOARDING_KEY, &status)?;
    Ok(status)
}

/// Opens the first run again (from the settings). The safety note stays acknowledged and the current
/// plan stays in force until a new one is accepted.
#[tauri::command]
pub async fn onboarding_restart(store: State<'_, StoreHandle>) -> CommandResult<OnboardingStatus> {
    let store = store.lock();
    let mut status: OnboardingStatus = load(&store, ONBOARDING_KEY)?;
    status.completed = false;
    status.outcome = None;
    save(&store, ONBOARDING_KEY, &status)?;
    Ok(status)
}

/// The person's plan and guide preferences.
#[tauri::command]
pub async fn plan_get(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<PlanView> {
    let record: PlanRecord = load(&store.lock(), PLAN_KEY)?;
    Ok(view(&library.current(), record)?)
}

/// Changes what the guide shows (sleep position, the two checklists).
#[tauri::command]
pub async fn guide_set_preferences(
    store: State<'_, StoreHandle>,
    preferences: GuidePreferences,
) -> CommandResult<GuidePreferences> {
    let store = store.lock();
    let mut record: PlanRecord = load(&store, PLAN_KEY)?;
    record.guide = preferences;
    save(&store, PLAN_KEY, &record)?;
    Ok(record.guide)
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
    fn previews_show_the_wall_time_each_reminder_falls() {
        let library = limber_core::library::Library::builtin().unwrap();
        let rows = [
            ("23:00", "07:00", MorningCue::AfterWaking, "22:30", "07:15"),
            ("00:15", "06:00", MorningCue::AfterWaking, "23:45", "06:15"),
            (
                "22:00",
                "06:45",
                MorningCue::FirstComputerUse,
                "21:30",
                "06:45",
            ),
        ];
        for (bed, wake, cue, bedtime_reminder, morning_reminder) in rows {
            let input = answers(
                PainArea::Both,
                SleepPosition::Back,
                bed,
                wake,
                &DayOfWeek::ALL,
                cue,
            );
            let preview = preview(&library, input).unwrap();
            let at: Vec<(String, Option<NaiveTime>)> = preview
                .routines
                .iter()
                .map(|r| (r.routine.id.clone(), r.reminder.as_ref().map(|r| r.at)))
                .collect();
            assert_eq!(
                at,
                vec![
                    (BEDTIME_ROUTINE.to_owned(), Some(t(bedtime_reminder))),
                    (MORNING_ROUTINE.to_owned(), Some(t(morning_reminder))),
                    (UPPER_BACK_ROUTINE.to_owned(), None),
                ],
                "bedtime {bed}, wake {wake}"
            );
            assert!(preview.routines.iter().all(|r| r.routine.duration_secs > 0));
        }
    }

    /// Issue 20: the plan leaves out the moves the answers rule out, says which and why, and drops a routine
    /// with nothing left; the answers in force before never change what a new preview shows.
    #[test]
    fn previews_leave_out_the_moves_the_answers_rule_out() {
        let builtin = limber_core::library::Library::builtin().unwrap();
        // As if an earlier plan had already adapted the library to pregnancy.
        let current = builtin.for_conditions(&[Condition::Pregnancy]);
        let with = |conditions: &[Condition]| PlanAnswers {
            conditions: conditions.to_vec(),
            ..answers(
                PainArea::Both,
                SleepPosition::Side,
                "23:00",
                "07:00",
                &DayOfWeek::ALL,
                MorningCue::AfterWaking,
            )
        };
        type Row = (
            &'static [Condition],
            &'static [(&'static str, &'static [&'static str])],
            &'static [&'static str],
        );
        #[rustfmt::skip]
        let rows: &[Row] = &[
            (&[], &[(BEDTIME_ROUTINE, &[]), (MORNING_ROUTINE, &[]), (UPPER_BACK_ROUTINE, &[])], &[]),
            (
                &[Condition::WorseBendingForward],
                &[(BEDTIME_ROUTINE, &["knee-to-chest"]), (MORNING_ROUTINE, &["knee-to-chest"]), (UPPER_BACK_ROUTINE, &[])],
                &[],
            ),
            (
                &[Condition::RecentSpinalSurgeryOrFracture],
                &[
                    (BEDTIME_ROUTINE, &["cat-cow", "open-book", "knee-to-chest", "supine-knee-twist"]),
                    (MORNING_ROUTINE, &["abdominal-bracing", "knee-to-chest", "supine-knee-twist", "cat-cow", "open-book"]),
                ],
                &[UPPER_BACK_ROUTINE],
            ),
        ];
        for (conditions, planned, unsuitable) in rows {
            let preview = preview(&current, with(conditions)).unwrap();
            let got: Vec<(&str, Vec<&str>)> = preview
                .routines
                .iter()
                .map(|r| {
                    let left: Vec<&str> =
                        r.left_out.iter().map(|l| l.exercise_id.as_str()).collect();
                    (r.routine.id.as_str(), left)
                })
                .collect();
            let expected: Vec<(&str, Vec<&str>)> = planned
                .iter()
                .map(|(id, left)| (*id, left.to_vec()))
                .collect();
            assert_eq!(got, expected, "{conditions:?}");
            let dropped: Vec<&str> = preview.unsuitable.iter().map(|u| u.id.as_str()).collect();
            assert_eq!(dropped, *unsuitable, "{conditions:?}");
            let kept: Vec<String> = planned.iter().map(|(id, _)| (*id).to_owned()).collect();
            assert_eq!(suitable_routine_ids(&current, &with(conditions)), kept);
        }
        // The summary is the adapted routine's: shorter when moves are left out.
        let full = preview(&current, with(&[])).unwrap();
        let fewer = preview(&current, with(&[Condition::Osteoporosis])).unwrap();
        assert!(fewer.routines[0].routine.duration_secs < full.routines[0].routine.duration_secs);
        assert_eq!(fewer.routines[0].routine.exercise_count, 2);
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
    fn stored_settings_read_back_and_bad_ones_fall_back_to_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let store = limber_store::Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let fresh: OnboardingStatus = load(&store, ONBOARDING_KEY).unwrap();
        assert!(
            !fresh.completed,
            "a fresh data directory opens on the first run"
        );
        let fresh_plan: PlanRecord = load(&store, PLAN_KEY).unwrap();
        assert!(fresh_plan.guide.setup_checklist && fresh_plan.guide.wind_down_checklist);

        let done = OnboardingStatus {
            completed: true,
            safety_acknowledged: true,
            outcome: Some(OnboardingOutcome::Accepted),
        };
        save(&store, ONBOARDING_KEY, &done).unwrap();
        assert_eq!(
            load::<OnboardingStatus>(&store, ONBOARDING_KEY).unwrap(),
            done
        );

        store
            .set_setting(
                PLAN_KEY,
                &serde_json::json!({"guide": {"setupChecklist": "maybe"}}),
            )
            .unwrap();
        assert_eq!(
            load::<PlanRecord>(&store, PLAN_KEY).unwrap(),
            PlanRecord::default()
        );
    }

    #[test]
    fn the_plan_routines_exist_in_the_builtin_library() {
        let library = limber_core::library::Library::builtin().unwrap();
        for id in [BEDTIME_ROUTINE, MORNING_ROUTINE, UPPER_BACK_ROUTINE] {
            assert!(library.routine(id).is_some(), "{id} is missing");
        }
    }
}
