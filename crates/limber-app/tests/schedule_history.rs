//! Schedule history against a real SQLite file (issue 18): a change of reminder days or of a weekly goal,
//! saved through the app's save paths, applies from the routine day it was made on; the dashboard judges
//! each earlier day by the schedule in force then, also after the store is closed and opened again.

#![allow(clippy::unwrap_used)]

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use limber_app::progress::{self, ScheduleHistories};
use limber_app::progress_settings::{save_settings, ProgressSettingsInput};
use limber_app::reminders::{save_setup, ReminderSetup};
use limber_app::settings::SettingsRules;
use limber_app::wire::progress::DayState;
use limber_core::library::Library;
use limber_core::schedule::{DayOfWeek, Reminder, ReminderSettings, TimeRule};
use limber_store::{SessionRecord, Store};

const ROUTINE: &str = "morning-mobility";
const TZ: Tz = chrono_tz::UTC;

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn setup(days: &[DayOfWeek]) -> ReminderSetup {
    ReminderSetup {
        schedule: ReminderSettings {
            reminders: vec![Reminder {
                days: days.to_vec(),
                ..Reminder::every_day(
                    ROUTINE,
                    TimeRule::Fixed {
                        time: NaiveTime::from_hms_opt(7, 30, 0).unwrap(),
                    },
                )
            }],
            ..ReminderSettings::default()
        },
        snooze_minutes: 10,
    }
}

fn done(store: &Store, day: &str) {
    let start = at(&format!("{day}T08:00:00Z"));
    store
        .insert_session(&SessionRecord {
            id: format!("{ROUTINE}-{day}"),
            routine_id: ROUTINE.to_owned(),
            started_at: start,
            ended_at: start + chrono::TimeDelta::minutes(6),
            utc_offset_seconds: 0,
            routine_day: date(day),
            steps_done: 5,
            steps_skipped: 0,
            completed: true,
            active_ms: 360_000,
            paused_ms: 0,
            feel: None,
            checklist: None,
            skipped_exercises: Vec::new(),
        })
        .unwrap();
}

/// What the dashboard shows for the routine: the streak (current, best), the state of each listed day and
/// the weekly goal with its streak of weeks.
type Seen = ((u32, u32), Vec<DayState>, Option<(u8, u32)>);

/// What the dashboard shows for the routine at `now`.
fn seen(store: &Store, library: &Library, now: &str, days: &[&str]) -> Seen {
    let dashboard = progress::dashboard(store, library, at(now), TZ).unwrap();
    let routine = dashboard
        .routines
        .iter()
        .find(|routine| routine.routine_id == ROUTINE)
        .unwrap();
    let states = days
        .iter()
        .map(|day| {
            routine
                .summary
                .heatmap
                .iter()
                .find(|cell| cell.day == date(day))
                .unwrap()
                .state
        })
        .collect();
    let streak = &routine.summary.streak;
    (
        (streak.current, streak.best),
        states,
        routine
            .summary
            .weekly
            .as_ref()
            .map(|weekly| (weekly.goal, weekly.current)),
    )
}

/// Mon–Fri until Wednesday 10 January 2024, then every day: the weekend before the change is not missed,
/// the weekend after is, and the streak counts across the change.
#[test]
fn a_streak_across_a_change_of_days() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let library = Library::builtin().unwrap();
    {
        let store = Store::open(&path).unwrap();
        let weekdays = &DayOfWeek::ALL[..5];
        save_setup(
            &store,
            &library,
            &setup(weekdays),
            at("2024-01-01T06:00:00Z"),
            TZ,
        )
        .unwrap();
        for day in [
            "2024-01-01",
            "2024-01-02",
            "2024-01-03",
            "2024-01-04",
            "2024-01-05",
            "2024-01-08",
            "2024-01-09",
        ] {
            done(&store, day);
        }
        // Changed at 01:30 on Thursday the 11th, before the 04:00 day boundary: the change belongs to
        // Wednesday the 10th, the routine day still in progress.
        save_setup(
            &store,
            &library,
            &setup(&DayOfWeek::ALL),
            at("2024-01-11T01:30:00Z"),
            TZ,
        )
        .unwrap();
        for day in ["2024-01-10", "2024-01-11", "2024-01-12", "2024-01-15"] {
            done(&store, day);
        }
    }
    let store = Store::open(&path).unwrap();
    let weekends = ["2024-01-06", "2024-01-07", "2024-01-13", "2024-01-14"];
    let (streak, states, _) = seen(&store, &library, "2024-01-15T12:00:00Z", &weekends);
    assert_eq!(
        states,
        [
            DayState::Unscheduled,
            DayState::Unscheduled,
            DayState::Missed,
            DayState::Missed
        ]
    );
    // Ten weekdays in a row before the missed weekend, then Monday.
    assert_eq!(streak, (1, 10));
    // The history holds the day before the first setup (every day, as without a reminder), the first
    // setup and the change, each from the routine day it was made on.
    let stored = ScheduleHistories::load(&store).unwrap();
    let froms: Vec<NaiveDate> = stored.routines[ROUTINE]
        .iter()
        .map(|entry| entry.from)
        .collect();
    assert_eq!(
        froms,
        [date("2023-12-31"), date("2024-01-01"), date("2024-01-10")]
    );
}

/// A weekly goal raised this week holds this week to the new goal, and the weeks before to the old one.
#[test]
fn a_goal_changed_today_keeps_the_weeks_before() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
    let library = Library::builtin().unwrap();
    let goals = |days: i64| ProgressSettingsInput {
        day_boundary: "04:00".to_owned(),
        weekly_goals: [(ROUTINE.to_owned(), days)].into(),
        rest_days_per_month: 2,
    };
    save_settings(&store, &library, &goals(3), at("2024-01-01T12:00:00Z"), TZ).unwrap();
    // Three days a week for two weeks.
    for day in [
        "2024-01-01",
        "2024-01-02",
        "2024-01-03",
        "2024-01-08",
        "2024-01-09",
        "2024-01-10",
        "2024-01-15",
    ] {
        done(&store, day);
    }
    let (_, _, weekly) = seen(&store, &library, "2024-01-15T12:00:00Z", &[]);
    assert_eq!(weekly, Some((3, 2)));
    // Raised to five on Monday the 15th: this week is held to five, the two before still met three.
    save_settings(&store, &library, &goals(5), at("2024-01-15T12:00:00Z"), TZ).unwrap();
    let (_, _, weekly) = seen(&store, &library, "2024-01-15T12:00:00Z", &[]);
    assert_eq!(weekly, Some((5, 2)));
}

/// The store of `a_streak_across_a_change_of_days`, built in `dir`.
fn changed_days(dir: &std::path::Path, library: &Library) -> Store {
    let store = Store::open(&dir.join("limber.sqlite3")).unwrap();
    save_setup(
        &store,
        library,
        &setup(&DayOfWeek::ALL[..5]),
        at("2024-01-01T06:00:00Z"),
        TZ,
    )
    .unwrap();
    for day in [
        "2024-01-01",
        "2024-01-05",
        "2024-01-08",
        "2024-01-12",
        "2024-01-15",
    ] {
        done(&store, day);
    }
    save_setup(
        &store,
        library,
        &setup(&DayOfWeek::ALL),
        at("2024-01-10T12:00:00Z"),
        TZ,
    )
    .unwrap();
    store
}

/// An export carries the schedule history, and importing it into an empty store gives the same dashboard.
#[test]
fn an_export_carries_the_schedule_history() {
    let library = Library::builtin().unwrap();
    let (from, to) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let source = changed_days(from.path(), &library);
    let text = source.export_json().unwrap();
    let target = Store::open(&to.path().join("limber.sqlite3")).unwrap();
    target
        .import_json(&text, &SettingsRules::new(&library, &target))
        .unwrap();
    let now = at("2024-01-15T12:00:00Z");
    assert_eq!(
        progress::dashboard(&target, &library, now, TZ).unwrap(),
        progress::dashboard(&source, &library, now, TZ).unwrap()
    );
    let weekend = ["2024-01-06", "2024-01-13"];
    let (_, states, _) = seen(&target, &library, "2024-01-15T12:00:00Z", &weekend);
    assert_eq!(states, [DayState::Unscheduled, DayState::Missed]);
}

/// An export from before schedule history (no "schedule-history" setting) imports, and its history starts
/// from its current setup: every day is judged by the days it names, as before.
#[test]
fn an_older_export_without_history_imports() {
    let library = Library::builtin().unwrap();
    let (from, to) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let source = changed_days(from.path(), &library);
    let mut doc: serde_json::Value = serde_json::from_str(&source.export_json().unwrap()).unwrap();
    let settings = doc["settings"].as_object_mut().unwrap();
    assert!(settings.remove("schedule-history").is_some());
    let target = Store::open(&to.path().join("limber.sqlite3")).unwrap();
    target
        .import_json(&doc.to_string(), &SettingsRules::new(&library, &target))
        .unwrap();
    let weekend = ["2024-01-06", "2024-01-13"];
    let (_, states, _) = seen(&target, &library, "2024-01-15T12:00:00Z", &weekend);
    assert_eq!(states, [DayState::Missed, DayState::Missed]);
    assert_eq!(
        ScheduleHistories::load(&target).unwrap(),
        ScheduleHistories::default()
    );
}

/// An imported history is checked like any setting: a goal outside 1–7 refuses the file, naming the routine.
#[test]
fn an_imported_history_is_checked() {
    let library = Library::builtin().unwrap();
    let (from, to) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let source = changed_days(from.path(), &library);
    let mut doc: serde_json::Value = serde_json::from_str(&source.export_json().unwrap()).unwrap();
    doc["settings"]["schedule-history"]["routines"][ROUTINE][0]["goal"] = 9.into();
    let target = Store::open(&to.path().join("limber.sqlite3")).unwrap();
    let error = target
        .import_json(&doc.to_string(), &SettingsRules::new(&library, &target))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("settings.schedule-history.routines.morning-mobility: the weekly goal on 2023-12-31 must be 1 to 7 days, not 9"),
        "{error}"
    );
}
