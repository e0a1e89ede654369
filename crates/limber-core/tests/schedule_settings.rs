//! Reminder settings as the UI sends them (JSON shape, defaults), their validation, quiet-hour windows and
//! the ledger's bookkeeping.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use chrono::{NaiveDate, NaiveTime};
use limber_core::schedule::{
    Decision, FireCause, Occurrence, Outcome, QuietHours, Reminder, ReminderLedger,
    ReminderSettings, ScheduleError, TimeRule,
};
use serde_json::{json, Value};

fn time(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").unwrap()
}

/// Parses `input`, compares it with `expected`, and checks that serialising gives `output` back.
fn check_json<T>(input: Value, expected: &T, output: Value)
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    let parsed: T = serde_json::from_value(input.clone()).unwrap();
    assert_eq!(&parsed, expected, "parsing {input}");
    assert_eq!(
        serde_json::to_value(&parsed).unwrap(),
        output,
        "writing {input}"
    );
}

#[test]
fn schedule_settings_json_shape() {
    use limber_core::schedule::DayOfWeek::{Monday, Sunday};
    let bedtime = json!({
        "routineId": "bedtime-wind-down", "enabled": true, "days": ["sunday"],
        "time": {"kind": "bedtime", "bedtime": "00:15:00"}
    });
    check_json(
        bedtime,
        &Reminder {
            routine_id: "bedtime-wind-down".into(),
            enabled: true,
            days: vec![Sunday],
            time: TimeRule::bedtime(time("00:15")),
        },
        json!({
            "routineId": "bedtime-wind-down", "enabled": true, "days": ["sunday"],
            "time": {"kind": "bedtime", "bedtime": "00:15:00", "leadMinutes": 30}
        }),
    );
    let first_use = json!({
        "routineId": "morning-mobility", "enabled": false, "days": ["monday"],
        "time": {"kind": "firstUseAfter", "notBefore": "06:00:00"}
    });
    check_json(
        first_use.clone(),
        &Reminder {
            routine_id: "morning-mobility".into(),
            enabled: false,
            days: vec![Monday],
            time: TimeRule::FirstUseAfter {
                not_before: time("06:00"),
            },
        },
        first_use,
    );
    check_json(
        json!({"reminders": []}),
        &ReminderSettings::default(),
        json!({"reminders": [], "graceMinutes": 120, "quietHours": null}),
    );
    check_json(
        json!({"reminders": [], "graceMinutes": 30, "quietHours": {"start": "22:00:00", "end": "07:00:00"}}),
        &ReminderSettings {
            reminders: vec![],
            grace_minutes: 30,
            quiet_hours: Some(QuietHours {
                start: time("22:00"),
                end: time("07:00"),
            }),
        },
        json!({"reminders": [], "graceMinutes": 30, "quietHours": {"start": "22:00:00", "end": "07:00:00"}}),
    );
    let occurrence = Occurrence {
        routine_id: "morning-mobility".into(),
        day: NaiveDate::from_ymd_opt(2024, 6, 10).unwrap(),
        at: "2024-06-10T11:00:00Z".parse().unwrap(),
    };
    let occurrence_json =
        json!({"routineId": "morning-mobility", "day": "2024-06-10", "at": "2024-06-10T11:00:00Z"});
    check_json(
        json!({"kind": "fire", "occurrence": occurrence_json, "cause": "snooze"}),
        &Decision::Fire {
            occurrence: occurrence.clone(),
            cause: FireCause::Snooze,
        },
        json!({"kind": "fire", "occurrence": occurrence_json, "cause": "snooze"}),
    );
    check_json(
        json!({"kind": "missed", "occurrence": occurrence_json}),
        &Decision::Missed { occurrence },
        json!({"kind": "missed", "occurrence": occurrence_json}),
    );
    // A ledger saved before any decision was made may be an empty object.
    check_json(
        json!({}),
        &ReminderLedger::default(),
        json!({"handled": [], "snoozes": [], "pausedDay": null, "activeAt": null}),
    );
}

#[test]
fn schedule_settings_validation() {
    let reminder = |id: &str, rule: TimeRule| Reminder::every_day(id, rule);
    let bedtime = |lead_minutes: u16| TimeRule::Bedtime {
        bedtime: time("22:30"),
        lead_minutes,
    };
    let quiet = |start: &str, end: &str| {
        Some(QuietHours {
            start: time(start),
            end: time(end),
        })
    };
    // The reminders, the quiet hours, and what validation must say.
    type Row = (Vec<Reminder>, Option<QuietHours>, Result<(), ScheduleError>);
    let rows: Vec<Row> = vec![
        (
            vec![reminder("a", bedtime(720)), reminder("b", bedtime(0))],
            quiet("22:00", "07:00"),
            Ok(()),
        ),
        (
            vec![reminder("a", bedtime(721))],
            None,
            Err(ScheduleError::LeadTooLong {
                routine_id: "a".into(),
                minutes: 721,
            }),
        ),
        (
            vec![
                reminder("a", bedtime(30)),
                reminder(
                    "a",
                    TimeRule::Fixed {
                        time: time("07:00"),
                    },
                ),
            ],
            None,
            Err(ScheduleError::DuplicateRoutine("a".into())),
        ),
        (
            vec![],
            quiet("07:00", "07:00"),
            Err(ScheduleError::EmptyQuietHours),
        ),
    ];
    for (reminders, quiet_hours, expected) in rows {
        let settings = ReminderSettings {
            reminders,
            quiet_hours,
            ..ReminderSettings::default()
        };
        assert_eq!(settings.validate(), expected, "{settings:?}");
    }
    for (grace_minutes, expected) in [(0, Err(ScheduleError::GraceTooShort(0))), (1, Ok(()))] {
        let settings = ReminderSettings {
            grace_minutes,
            ..ReminderSettings::default()
        };
        assert_eq!(settings.validate(), expected, "grace {grace_minutes}");
    }
}

#[test]
fn schedule_quiet_hours_window() {
    let rows = [
        // (start, end, time, inside)
        ("22:00", "07:00", "21:59", false),
        ("22:00", "07:00", "22:00", true),
        ("22:00", "07:00", "23:59", true),
        ("22:00", "07:00", "00:00", true),
        ("22:00", "07:00", "06:59", true),
        ("22:00", "07:00", "07:00", false),
        ("12:00", "14:00", "11:59", false),
        ("12:00", "14:00", "12:00", true),
        ("12:00", "14:00", "14:00", false),
        ("00:00", "06:00", "00:00", true),
        ("00:00", "06:00", "23:59", false),
    ];
    for (start, end, at, inside) in rows {
        let quiet = QuietHours {
            start: time(start),
            end: time(end),
        };
        assert_eq!(quiet.contains(time(at)), inside, "{start}-{end} at {at}");
    }
}

#[test]
fn schedule_ledger_bookkeeping() {
    let occurrence = |day: u32| Occurrence {
        routine_id: "morning".into(),
        day: NaiveDate::from_ymd_opt(2024, 6, day).unwrap(),
        at: format!("2024-06-{day:02}T11:00:00Z").parse().unwrap(),
    };
    let mut ledger = ReminderLedger::default();
    let fired = Decision::Fire {
        occurrence: occurrence(10),
        cause: FireCause::Scheduled,
    };
    ledger.apply(&fired);
    ledger.apply(&fired);
    ledger.apply(&Decision::Missed {
        occurrence: occurrence(11),
    });
    assert_eq!(
        ledger.handled.len(),
        2,
        "applying a decision twice records it once"
    );
    assert_eq!(
        ledger.outcome("morning", occurrence(10).day),
        Some(Outcome::Fired)
    );
    assert_eq!(
        ledger.outcome("morning", occurrence(11).day),
        Some(Outcome::Missed)
    );
    assert_eq!(ledger.outcome("evening", occurrence(10).day), None);

    // A snooze replaces an earlier one for the same day and leaves the day recorded as fired, also when the
    // snoozed reminder is later missed.
    let now = "2024-06-12T11:01:00Z".parse().unwrap();
    ledger.snooze(&occurrence(12), now, 10);
    ledger.snooze(&occurrence(12), now, 20);
    assert_eq!(ledger.snoozes.len(), 1);
    assert_eq!(
        ledger.snoozes[0].until,
        "2024-06-12T11:21:00Z"
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
    );
    ledger.apply(&Decision::Missed {
        occurrence: occurrence(12),
    });
    assert!(ledger.snoozes.is_empty());
    assert_eq!(
        ledger.outcome("morning", occurrence(12).day),
        Some(Outcome::Fired)
    );

    ledger.prune(occurrence(11).day);
    assert_eq!(ledger.outcome("morning", occurrence(10).day), None);
    assert_eq!(ledger.handled.len(), 2);
}
