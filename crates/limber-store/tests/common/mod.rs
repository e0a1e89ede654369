//! Fixtures shared by the store's integration tests: a store in a fresh temp dir and
//! representative records.

// Each test binary uses a different subset of these fixtures.
#![allow(dead_code, clippy::unwrap_used)]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use limber_store::{JournalRecord, SessionRecord, Store};
use serde_json::json;

/// A store on a real file in a temp dir; keep the `TempDir` alive as long as the store.
pub fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
    (dir, store)
}

pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

pub fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

/// A completed evening session on `day` at 22:30 UTC+2, with checklist ticks.
pub fn session(id: &str, routine: &str, routine_day: &str) -> SessionRecord {
    let d = day(routine_day);
    let start =
        Utc.from_utc_datetime(&d.and_hms_opt(20, 30, 0).unwrap()) + Duration::milliseconds(123);
    SessionRecord {
        id: id.to_owned(),
        routine_id: routine.to_owned(),
        started_at: start,
        ended_at: start + Duration::seconds(600),
        utc_offset_seconds: 7200,
        routine_day: d,
        steps_done: 7,
        steps_skipped: 1,
        completed: true,
        active_ms: 570_000,
        paused_ms: 30_000,
        feel: Some(3),
        checklist: Some(json!({"dimScreen": true, "alarmSet": false})),
        skipped_exercises: Vec::new(),
    }
}

/// A journal entry with every answer filled in, written at 08:00 UTC on its day.
pub fn journal(day_text: &str, note: &str) -> JournalRecord {
    let d = day(day_text);
    let t = Utc.from_utc_datetime(&d.and_hms_opt(8, 0, 0).unwrap());
    JournalRecord {
        day: d,
        back_pain: Some(4),
        stiffness: Some(6),
        sleep_quality: Some(3),
        sleep_position: Some("side".to_owned()),
        note: Some(note.to_owned()),
        created_at: t,
        updated_at: t,
    }
}

/// A stand-in for the app's settings rules, so the store's tests need no app types: "onboarding"
/// ("dark" or "light"), "audio" (0–1) and "reminders" (a grace of at least a minute; reminders
/// naming a built-in routine or one of the file's own) are the person's; "reminder-state" and
/// "recovery-pending" are internal; every other key is unknown.
pub struct TestPolicy;

impl limber_store::SettingsPolicy for TestPolicy {
    fn check(
        &self,
        key: &str,
        json: &str,
        file: &limber_store::ImportedFile,
    ) -> Result<serde_json::Value, limber_store::SettingProblem> {
        use limber_store::SettingProblem;
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| SettingProblem::new(None, format!("is not readable: {e}")))?;
        let problem = |field: &str, message: &str| {
            Err(SettingProblem::new(
                (!field.is_empty()).then(|| field.to_owned()),
                message,
            ))
        };
        match key {
            "onboarding" if value != "dark" && value != "light" => {
                problem("", "must be dark or light")
            }
            "audio" if !value.as_f64().is_some_and(|v| (0.0..=1.0).contains(&v)) => {
                problem("", "must be 0–1")
            }
            "reminders" => {
                if value
                    .get("graceMinutes")
                    .is_some_and(|g| g.as_u64().unwrap_or(0) < 1)
                {
                    return problem("graceMinutes", "must be at least 1");
                }
                let list = value.get("reminders").and_then(|r| r.as_array());
                for (i, reminder) in list.into_iter().flatten().enumerate() {
                    let id = reminder["routineId"].as_str().unwrap_or("");
                    let known = ["bedtime-wind-down", "morning-mobility"].contains(&id)
                        || file.custom_routine_ids.contains(id);
                    if !known {
                        return problem(
                            &format!("reminders[{i}].routineId"),
                            "names no routine Limber knows",
                        );
                    }
                }
                Ok(value)
            }
            _ => Ok(value),
        }
    }
}
