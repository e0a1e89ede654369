//! The first run and the person's plan: the use cases the first-run screens and the settings call, the
//! views they show, and the two settings they keep, "onboarding" (has the first run been done, was the
//! safety note read) and "plan" (the accepted answers, the plan's routines and the guide's preferences).
//!
//! The proposal and its rules are the core's (`limber_core::plan::propose`); the moves the answers rule
//! out are left out by the core's rule too (`limber_core::contraindication`, applied through
//! `Library::for_conditions`), and a routine with nothing left is not proposed. This module loads and
//! stores settings, hands the proposed reminders to whoever runs the reminder scheduler (a function the
//! caller passes, because the scheduler must be woken when they change, so this module never writes the
//! "reminders" key itself) and reloads the library so the answers take effect. It never reads the clock.

use chrono::NaiveTime;
use limber_core::journal::SleepPosition;
use limber_core::library::Library;
use limber_core::plan::{propose, wall_time, PlanAnswers};
use limber_core::schedule::Reminder;
use limber_store::Store;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::AppError;
use crate::routine_view::{summarize, RoutineSummary};
use crate::state::{LibraryHandle, StoreHandle};
use crate::wire::journal::SleepPosition as WireSleepPosition;
use crate::wire::plan::PlanAnswers as WirePlanAnswers;
use crate::wire::safety::LeftOut as WireLeftOut;
use crate::wire::schedule as wire_schedule;

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
    #[ts(as = "Option<WireSleepPosition>")]
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
    pub left_out: Vec<WireLeftOut>,
}

/// A routine the plan would have had, left out because the answers rule out every move in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UnsuitableRoutine {
    pub id: String,
    pub name: String,
    pub left_out: Vec<WireLeftOut>,
}

/// A plan as the first run and the settings show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanPreview {
    pub answers: WirePlanAnswers,
    pub routines: Vec<PlannedRoutine>,
    /// Routines left out of the plan because nothing in them suits the person.
    pub unsuitable: Vec<UnsuitableRoutine>,
    pub sleep_position: WireSleepPosition,
}

/// The routines of a proposal that keep at least one move for these answers, in order. The rule is the
/// core's; this only asks the library adapted to the answers.
pub fn suitable_routine_ids(library: &Library, answers: &PlanAnswers) -> Vec<String> {
    let adapted = library.for_conditions(&answers.conditions);
    propose(answers)
        .routine_ids
        .into_iter()
        .filter(|id| !adapted.is_unsuitable(id))
        .collect()
}

/// The plan these answers give, its routines' and moves' words in `language`.
pub fn preview(
    library: &Library,
    answers: PlanAnswers,
    language: &str,
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
        let left_out = library
            .left_out(id)
            .iter()
            .map(|left| crate::content::left_out(language, left))
            .collect::<Vec<WireLeftOut>>();
        if library.is_unsuitable(id) {
            unsuitable.push(UnsuitableRoutine {
                id: id.clone(),
                name: crate::content::routine_name(language, library, routine),
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
            routine: summarize(library, routine, language),
            reminder,
            left_out,
        });
    }
    Ok(PlanPreview {
        answers: WirePlanAnswers::from(&answers),
        routines,
        unsuitable,
        sleep_position: WireSleepPosition::from(&proposal.sleep_position),
    })
}

/// The person's plan as the settings and the home screen read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanView {
    /// The accepted plan; none when the first run was skipped or not done yet.
    pub plan: Option<PlanPreview>,
    pub guide: GuidePreferences,
}

fn view(library: &Library, record: PlanRecord, language: &str) -> Result<PlanView, AppError> {
    let plan = record
        .answers
        .map(|answers| preview(library, answers, language))
        .transpose()?;
    Ok(PlanView {
        plan,
        guide: record.guide,
    })
}

/// Whether the first run is done; the UI opens on the first-run flow while it is not.
pub fn status(store: &Store) -> Result<OnboardingStatus, AppError> {
    Ok(store.load_setting()?)
}

/// Changes the "onboarding" setting and returns it as stored.
fn change_status(
    store: &Store,
    change: impl FnOnce(&mut OnboardingStatus),
) -> Result<OnboardingStatus, AppError> {
    let mut status: OnboardingStatus = store.load_setting()?;
    change(&mut status);
    store.save_setting(&status)?;
    Ok(status)
}

/// Records that the person read the safety note.
pub fn acknowledge_safety(store: &Store) -> Result<OnboardingStatus, AppError> {
    change_status(store, |status| status.safety_acknowledged = true)
}

/// The plan for these answers, stored nowhere.
pub fn propose_plan(
    library: &Library,
    answers: &PlanAnswers,
    language: &str,
) -> Result<PlanPreview, AppError> {
    preview(library, answers.normalized()?, language)
}

/// Accepts the plan for these answers: hands its reminders to `hand_over` (the reminder scheduler, which
/// validates and stores them; if it refuses, nothing else is stored), stores the plan, marks the first run
/// done and reloads the library with the answers' conditions. The plan is proposed again here from the
/// answers, so what is stored is always what the rules give, never a copy the UI might have altered. No
/// store lock is held while `hand_over` runs, because the scheduler's save takes it itself.
pub fn accept(
    store: &StoreHandle,
    library: &LibraryHandle,
    answers: &PlanAnswers,
    language: &str,
    hand_over: impl FnOnce(&[Reminder]) -> Result<(), AppError>,
) -> Result<PlanView, AppError> {
    let answers = answers.normalized()?;
    let proposal = propose(&answers);
    hand_over(&proposal.reminders)?;
    let store = store.lock();
    let mut record: PlanRecord = store.load_setting()?;
    record.routine_ids = suitable_routine_ids(&library.current(), &answers);
    record.guide.sleep_position = Some(proposal.sleep_position);
    record.answers = Some(answers);
    store.save_setting(&record)?;
    change_status(&store, |status| {
        status.completed = true;
        status.outcome = Some(OnboardingOutcome::Accepted);
    })?;
    // The answers decide which moves the routines leave out from now on.
    crate::routines::reload(&store, library)?;
    view(&library.current(), record, language)
}

/// Ends the first run without a plan; it can be run again from the settings.
pub fn skip(store: &Store) -> Result<OnboardingStatus, AppError> {
    change_status(store, |status| {
        status.completed = true;
        status.outcome = Some(OnboardingOutcome::Skipped);
    })
}

/// Opens the first run again (from the settings). The safety note stays acknowledged and the current
/// plan stays in force until a new one is accepted.
pub fn restart(store: &Store) -> Result<OnboardingStatus, AppError> {
    change_status(store, |status| {
        status.completed = false;
        status.outcome = None;
    })
}

/// The person's plan and guide preferences.
pub fn plan(store: &Store, library: &Library, language: &str) -> Result<PlanView, AppError> {
    view(library, store.load_setting()?, language)
}

/// Changes what the guide shows (sleep position, the two checklists).
pub fn set_guide(
    store: &Store,
    preferences: GuidePreferences,
) -> Result<GuidePreferences, AppError> {
    let mut record: PlanRecord = store.load_setting()?;
    record.guide = preferences;
    store.save_setting(&record)?;
    Ok(record.guide)
}

#[cfg(test)]
mod tests {
    use super::*;
    use limber_core::contraindication::Condition;
    use limber_core::plan::{
        MorningCue, PainArea, BEDTIME_ROUTINE, MORNING_ROUTINE, UPPER_BACK_ROUTINE,
    };
    use limber_core::schedule::DayOfWeek;

    fn t(text: &str) -> NaiveTime {
        NaiveTime::parse_from_str(text, "%H:%M").unwrap()
    }

    fn answers(bedtime: &str, wake: &str, morning_cue: MorningCue) -> PlanAnswers {
        PlanAnswers {
            pain_area: PainArea::Both,
            sleep_position: SleepPosition::Side,
            bedtime: t(bedtime),
            wake_time: t(wake),
            days: DayOfWeek::ALL.to_vec(),
            morning_cue,
            conditions: Vec::new(),
        }
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
            let input = answers(bed, wake, cue);
            let preview = preview(&library, input, "en").unwrap();
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
            ..answers("23:00", "07:00", MorningCue::AfterWaking)
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
            let preview = preview(&current, with(conditions), "en").unwrap();
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
        let full = preview(&current, with(&[]), "en").unwrap();
        let fewer = preview(&current, with(&[Condition::Osteoporosis]), "en").unwrap();
        assert!(fewer.routines[0].routine.duration_secs < full.routines[0].routine.duration_secs);
        assert_eq!(fewer.routines[0].routine.exercise_count, 2);
    }

    #[test]
    fn stored_settings_read_back_and_bad_ones_fall_back_to_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let store = limber_store::Store::open(&dir.path().join("db.sqlite3")).unwrap();
        let fresh = status(&store).unwrap();
        assert!(
            !fresh.completed,
            "a fresh data directory opens on the first run"
        );
        let fresh_plan: PlanRecord = store.load_setting().unwrap();
        assert!(fresh_plan.guide.setup_checklist && fresh_plan.guide.wind_down_checklist);

        let done = OnboardingStatus {
            completed: true,
            safety_acknowledged: true,
            outcome: Some(OnboardingOutcome::Accepted),
        };
        store.save_setting(&done).unwrap();
        assert_eq!(status(&store).unwrap(), done);

        store
            .set_setting(
                limber_store::SettingKey::Plan,
                &serde_json::json!({"guide": {"setupChecklist": "maybe"}}),
            )
            .unwrap();
        assert_eq!(
            store.load_setting::<PlanRecord>().unwrap(),
            PlanRecord::default()
        );
    }

    /// Accepting a plan hands its reminders over first: when they are refused nothing is stored; when
    /// they are taken the plan and the first run's end are stored. Skipping and restarting change only the
    /// first run's state.
    #[test]
    fn accepting_skipping_and_restarting_the_first_run() {
        let dir = tempfile::tempdir().unwrap();
        let store = StoreHandle::new(Store::open(&dir.path().join("db.sqlite3")).unwrap());
        let library = LibraryHandle::new(Library::builtin().unwrap());
        let input = answers("23:00", "07:00", MorningCue::AfterWaking);
        let refused = accept(&store, &library, &input, "en", |_| {
            Err(AppError::InvalidInput("no".into()))
        });
        assert!(refused.is_err());
        assert_eq!(status(&store.lock()).unwrap(), OnboardingStatus::default());
        assert_eq!(
            plan(&store.lock(), &library.current(), "en").unwrap().plan,
            None
        );

        let mut handed = Vec::new();
        let view = accept(&store, &library, &input, "en", |reminders| {
            handed = reminders.iter().map(|r| r.routine_id.clone()).collect();
            Ok(())
        })
        .unwrap();
        assert_eq!(handed, [BEDTIME_ROUTINE, MORNING_ROUTINE]);
        assert_eq!(view.guide.sleep_position, Some(SleepPosition::Side));
        let stored: PlanRecord = store.lock().load_setting().unwrap();
        assert_eq!(
            stored.routine_ids,
            [BEDTIME_ROUTINE, MORNING_ROUTINE, UPPER_BACK_ROUTINE]
        );
        let done = status(&store.lock()).unwrap();
        assert!(done.completed);
        assert_eq!(done.outcome, Some(OnboardingOutcome::Accepted));

        let again = restart(&store.lock()).unwrap();
        assert!(!again.completed && again.outcome.is_none());
        assert!(plan(&store.lock(), &library.current(), "en")
            .unwrap()
            .plan
            .is_some());
        let skipped = skip(&store.lock()).unwrap();
        assert_eq!(skipped.outcome, Some(OnboardingOutcome::Skipped));
        assert!(
            acknowledge_safety(&store.lock())
                .unwrap()
                .safety_acknowledged
        );
    }
}
