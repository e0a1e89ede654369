//! Writing and reading every kind of fact, on a real SQLite file.

// Helpers outside `#[test]` functions are test code too; clippy's in-test exemption misses them.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::Duration;
use common::{at, day, journal, session, temp_store};
use limber_store::{
    JournalRecord, ReminderOccurrence, ReminderState, RestDay, SessionRecord, Store, StoreError,
};
use serde_json::json;

#[test]
fn session_round_trips_through_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let mut bare = session("s2", "morning-mobility", "2024-03-02");
    bare.feel = None;
    bare.checklist = None;
    bare.completed = false;
    let written = [session("s1", "bedtime-wind-down", "2024-03-01"), bare];
    {
        let store = Store::open(&path).unwrap();
        for s in &written {
            store.insert_session(s).unwrap();
        }
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.sessions().unwrap(), written);
    assert_eq!(store.session("s2").unwrap().as_ref(), Some(&written[1]));
    assert_eq!(store.session("nope").unwrap(), None);
}

/// Each row: a change to a valid session, and whether the store must accept it.
#[test]
fn session_constraints() {
    fn check(name: &str, change: fn(&mut SessionRecord), accepted: bool) {
        let (_dir, store) = temp_store();
        let mut s = session("s", "bedtime-wind-down", "2024-03-01");
        change(&mut s);
        let result = store.insert_session(&s);
        match (accepted, &result) {
            (true, Ok(())) | (false, Err(StoreError::Rejected(_))) => {}
            _ => panic!("{name}: expected accepted={accepted}, got {result:?}"),
        }
        let stored = store.sessions().unwrap().len();
        assert_eq!(stored, usize::from(accepted), "{name}");
    }
    check("valid", |_| {}, true);
    check("feel 0", |s| s.feel = Some(0), true);
    check("feel 10", |s| s.feel = Some(10), true);
    check("feel 11", |s| s.feel = Some(11), false);
    check("no feel", |s| s.feel = None, true);
    check("zero length", |s| s.ended_at = s.started_at, true);
    check(
        "ends before it starts",
        |s| s.ended_at = s.started_at - Duration::milliseconds(1),
        false,
    );
    check("offset +14h", |s| s.utc_offset_seconds = 14 * 3600, true);
    check("offset -12h", |s| s.utc_offset_seconds = -12 * 3600, true);
    check("offset +19h", |s| s.utc_offset_seconds = 19 * 3600, false);
    check("empty id", |s| s.id.clear(), false);
    check("empty routine", |s| s.routine_id.clear(), false);
    check("long id", |s| s.id = "x".repeat(101), false);
    check("huge active time", |s| s.active_ms = u64::MAX, true);
}

#[test]
fn duplicate_sessions_are_rejected_by_id_and_by_routine_and_start() {
    let (_dir, store) = temp_store();
    let s = session("s1", "bedtime-wind-down", "2024-03-01");
    store.insert_session(&s).unwrap();
    let same_id = SessionRecord {
        routine_id: "morning-mobility".into(),
        ..s.clone()
    };
    let same_start = SessionRecord {
        id: "s2".into(),
        ..s.clone()
    };
    let other_routine_same_start = SessionRecord {
        id: "s3".into(),
        routine_id: "morning-mobility".into(),
        ..s.clone()
    };
    assert!(matches!(
        store.insert_session(&same_id),
        Err(StoreError::Rejected(_))
    ));
    assert!(matches!(
        store.insert_session(&same_start),
        Err(StoreError::Rejected(_))
    ));
    store.insert_session(&other_routine_same_start).unwrap();
    assert_eq!(store.sessions().unwrap().len(), 2);
}

#[test]
fn feel_and_checklist_can_be_updated_after_the_session() {
    let (_dir, store) = temp_store();
    store
        .insert_session(&session("s1", "bedtime-wind-down", "2024-03-01"))
        .unwrap();
    assert!(store.set_session_feel("s1", Some(8)).unwrap());
    assert!(store
        .set_session_checklist("s1", Some(&json!({"teeth": true})))
        .unwrap());
    let s = store.session("s1").unwrap().unwrap();
    assert_eq!(s.feel, Some(8));
    assert_eq!(s.checklist, Some(json!({"teeth": true})));
    assert!(store.set_session_feel("s1", None).unwrap());
    assert!(store.set_session_checklist("s1", None).unwrap());
    let s = store.session("s1").unwrap().unwrap();
    assert_eq!((s.feel, s.checklist), (None, None));
    assert!(!store.set_session_feel("missing", Some(1)).unwrap());
    assert!(matches!(
        store.set_session_feel("s1", Some(11)),
        Err(StoreError::Rejected(_))
    ));
    assert_eq!(store.session("s1").unwrap().unwrap().feel, None);
}

/// Each row: a day range, and the ids of the sessions whose routine day lies in it.
#[test]
fn sessions_between_days() {
    let (_dir, store) = temp_store();
    for (id, routine, d) in [
        ("a", "bedtime-wind-down", "2024-02-28"),
        ("b", "morning-mobility", "2024-02-29"),
        ("c", "bedtime-wind-down", "2024-02-29"),
        ("d", "bedtime-wind-down", "2024-03-01"),
        ("e", "morning-mobility", "2025-01-01"),
    ] {
        let mut s = session(id, routine, d);
        // Morning sessions start earlier than evening ones on the same day.
        if routine == "morning-mobility" {
            s.started_at -= Duration::hours(12);
            s.ended_at -= Duration::hours(12);
        }
        store.insert_session(&s).unwrap();
    }
    let check = |from: &str, to: &str, expected: &[&str]| {
        let ids: Vec<String> = store
            .sessions_between(day(from), day(to))
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(ids, expected, "{from}..={to}");
    };
    check("2024-02-29", "2024-02-29", &["b", "c"]);
    check("2024-02-28", "2024-03-01", &["a", "b", "c", "d"]);
    check("2024-03-02", "2024-12-31", &[]);
    check("2000-01-01", "2100-01-01", &["a", "b", "c", "d", "e"]);
    check("2024-03-01", "2024-02-28", &[]);

    let ids: Vec<String> = store
        .sessions_for_routine("morning-mobility")
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, ["b", "e"]);
}

#[test]
fn journal_upsert_keeps_one_entry_per_day_and_the_first_creation_time() {
    let (_dir, store) = temp_store();
    let first = journal("2024-03-01", "stiff, slept badly");
    assert_eq!(store.save_journal_entry(&first).unwrap(), first);
    let later = JournalRecord {
        back_pain: Some(2),
        note: None,
        created_at: first.created_at + Duration::hours(3),
        updated_at: first.created_at + Duration::hours(3),
        ..first.clone()
    };
    let stored = store.save_journal_entry(&later).unwrap();
    assert_eq!(
        stored,
        JournalRecord {
            created_at: first.created_at,
            ..later.clone()
        }
    );
    store
        .save_journal_entry(&journal("2024-02-29", "leap"))
        .unwrap();
    let days: Vec<String> = store
        .journal_entries()
        .unwrap()
        .iter()
        .map(|e| e.day.to_string())
        .collect();
    assert_eq!(days, ["2024-02-29", "2024-03-01"]);
    assert!(store.delete_journal_entry(day("2024-02-29")).unwrap());
    assert!(!store.delete_journal_entry(day("2024-02-29")).unwrap());
    assert_eq!(store.journal_entry(day("2024-02-29")).unwrap(), None);
}

/// Each row: a change to a valid journal entry, and whether the store must accept it.
#[test]
fn journal_constraints() {
    fn check(name: &str, change: fn(&mut JournalRecord), accepted: bool) {
        let (_dir, store) = temp_store();
        let mut e = journal("2024-03-01", "note");
        change(&mut e);
        let result = store.save_journal_entry(&e);
        assert_eq!(result.is_ok(), accepted, "{name}: {result:?}");
        if !accepted {
            assert!(matches!(result, Err(StoreError::Rejected(_))), "{name}");
        }
    }
    check("valid", |_| {}, true);
    check(
        "all empty",
        |e| {
            e.back_pain = None;
            e.stiffness = None;
            e.sleep_quality = None;
            e.sleep_position = None;
            e.note = None;
        },
        true,
    );
    check("pain 0", |e| e.back_pain = Some(0), true);
    check("pain 10", |e| e.back_pain = Some(10), true);
    check("pain 11", |e| e.back_pain = Some(11), false);
    check("stiffness 11", |e| e.stiffness = Some(11), false);
    check("sleep 0", |e| e.sleep_quality = Some(0), false);
    check("sleep 1", |e| e.sleep_quality = Some(1), true);
    check("sleep 5", |e| e.sleep_quality = Some(5), true);
    check("sleep 6", |e| e.sleep_quality = Some(6), false);
    check("long note", |e| e.note = Some("é".repeat(10_000)), true);
    check(
        "too long note",
        |e| e.note = Some("a".repeat(10_001)),
        false,
    );
    check(
        "updated before created",
        |e| e.updated_at = e.created_at - Duration::seconds(1),
        false,
    );
}

#[test]
fn rest_days_are_a_set() {
    let (_dir, store) = temp_store();
    let r = |routine: &str, d: &str| RestDay {
        routine_id: routine.into(),
        day: day(d),
    };
    assert!(store
        .add_rest_day(&r("morning-mobility", "2024-03-02"))
        .unwrap());
    assert!(!store
        .add_rest_day(&r("morning-mobility", "2024-03-02"))
        .unwrap());
    assert!(store
        .add_rest_day(&r("bedtime-wind-down", "2024-03-02"))
        .unwrap());
    assert!(store
        .add_rest_day(&r("morning-mobility", "2024-03-01"))
        .unwrap());
    assert_eq!(
        store.rest_days().unwrap(),
        [
            r("morning-mobility", "2024-03-01"),
            r("bedtime-wind-down", "2024-03-02"),
            r("morning-mobility", "2024-03-02"),
        ]
    );
    assert!(store
        .remove_rest_day(&r("morning-mobility", "2024-03-02"))
        .unwrap());
    assert!(!store
        .remove_rest_day(&r("morning-mobility", "2024-03-02"))
        .unwrap());
    assert_eq!(store.rest_days().unwrap().len(), 2);
}

#[test]
fn a_reminder_is_recorded_at_most_once_per_routine_and_day() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let occ = |routine: &str, d: &str, state, t: &str| ReminderOccurrence {
        routine_id: routine.into(),
        day: day(d),
        state,
        at: at(t),
    };
    let fired = occ(
        "bedtime-wind-down",
        "2024-03-01",
        ReminderState::Fired,
        "2024-03-01T20:30:00Z",
    );
    {
        let store = Store::open(&path).unwrap();
        assert!(store.record_reminder(&fired).unwrap());
    }
    // A restart must not fire (or re-mark) the same day's reminder.
    let store = Store::open(&path).unwrap();
    assert!(!store.record_reminder(&fired).unwrap());
    assert!(!store
        .record_reminder(&occ(
            "bedtime-wind-down",
            "2024-03-01",
            ReminderState::Missed,
            "2024-03-01T23:00:00Z"
        ))
        .unwrap());
    let missed = occ(
        "morning-mobility",
        "2024-03-02",
        ReminderState::Missed,
        "2024-03-02T09:00:00Z",
    );
    assert!(store.record_reminder(&missed).unwrap());
    assert_eq!(
        store
            .reminder_occurrence("bedtime-wind-down", day("2024-03-01"))
            .unwrap(),
        Some(fired.clone())
    );
    assert_eq!(
        store.reminder_occurrences_since(day("2024-03-01")).unwrap(),
        [fired, missed.clone()]
    );
    assert_eq!(
        store.reminder_occurrences_since(day("2024-03-02")).unwrap(),
        [missed]
    );
}

#[test]
fn deleted_custom_routines_are_kept_for_history() {
    let (_dir, store) = temp_store();
    let t0 = at("2024-03-01T10:00:00Z");
    let t1 = at("2024-03-02T10:00:00Z");
    store
        .save_custom_routine("mine", &json!({"name": "Desk break", "steps": [1, 2]}), t0)
        .unwrap();
    store
        .save_custom_routine("other", &json!({"name": "Other"}), t0)
        .unwrap();
    assert!(store.delete_custom_routine("mine", t1).unwrap());
    assert!(!store.delete_custom_routine("mine", t1).unwrap());
    assert!(!store.delete_custom_routine("never", t1).unwrap());
    let live: Vec<String> = store
        .custom_routines(false)
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(live, ["other"]);
    let all = store.custom_routines(true).unwrap();
    assert_eq!(all.len(), 2);
    let mine = all.iter().find(|r| r.id == "mine").unwrap();
    assert!(mine.deleted);
    assert_eq!((mine.created_at, mine.updated_at), (t0, t1));
    assert_eq!(mine.routine["name"], "Desk break");
    // Saving it again brings it back but keeps its creation time.
    store
        .save_custom_routine("mine", &json!({"name": "Desk break 2"}), t1)
        .unwrap();
    let mine = store
        .custom_routines(false)
        .unwrap()
        .into_iter()
        .find(|r| r.id == "mine")
        .unwrap();
    assert_eq!((mine.deleted, mine.created_at), (false, t0));
}

#[test]
fn history_since_returns_the_facts_from_that_day_on() {
    let (_dir, store) = temp_store();
    for (i, d) in ["2023-12-31", "2024-01-01", "2024-06-01"]
        .iter()
        .enumerate()
    {
        store
            .insert_session(&session(&format!("s{i}"), "bedtime-wind-down", d))
            .unwrap();
        store.save_journal_entry(&journal(d, "n")).unwrap();
        store
            .add_rest_day(&RestDay {
                routine_id: "morning-mobility".into(),
                day: day(d),
            })
            .unwrap();
    }
    let h = store.history_since(day("2024-01-01")).unwrap();
    assert_eq!(
        h.sessions.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["s1", "s2"]
    );
    assert_eq!(
        h.journal
            .iter()
            .map(|e| e.day.to_string())
            .collect::<Vec<_>>(),
        ["2024-01-01", "2024-06-01"]
    );
    assert_eq!(h.rest_days.len(), 2);
    assert_eq!(
        store
            .history_since(day("2000-01-01"))
            .unwrap()
            .sessions
            .len(),
        3
    );
}

#[test]
fn records_serialise_in_camel_case() {
    let v = serde_json::to_value(session("s1", "bedtime-wind-down", "2024-03-01")).unwrap();
    for key in [
        "routineId",
        "startedAt",
        "endedAt",
        "utcOffsetSeconds",
        "routineDay",
        "stepsDone",
        "stepsSkipped",
        "activeMs",
        "pausedMs",
    ] {
        assert!(v.get(key).is_some(), "missing {key} in {v}");
    }
    assert_eq!(v["routineDay"], "2024-03-01");
    let state = serde_json::to_value(ReminderState::Missed).unwrap();
    assert_eq!(state, "missed");
}

/// Issue 18: a personal copy takes a built-in routine's place in one transaction. Its sessions, rest days
/// and reminder bookkeeping move; another routine's stay; the settings are written with it.
#[test]
fn a_routine_hands_its_history_over_to_its_copy() {
    use limber_store::SettingKey;
    let (_dir, store) = temp_store();
    store
        .insert_session(&session("a", "bedtime-wind-down", "2024-03-01"))
        .unwrap();
    store
        .insert_session(&session("b", "bedtime-wind-down", "2024-03-02"))
        .unwrap();
    store
        .insert_session(&session("c", "morning-mobility", "2024-03-02"))
        .unwrap();
    let rest = RestDay {
        routine_id: "bedtime-wind-down".into(),
        day: day("2024-03-03"),
    };
    store.add_rest_day(&rest).unwrap();
    store
        .record_reminder(&ReminderOccurrence {
            routine_id: "bedtime-wind-down".into(),
            day: day("2024-03-04"),
            state: ReminderState::Fired,
            at: at("2024-03-04T21:00:00Z"),
        })
        .unwrap();
    let body = json!({"format": "limber-routine", "version": 1, "id": "my-bedtime-wind-down"});
    let goals = json!({"weeklyGoals": {"my-bedtime-wind-down": 5}});
    let moved = store
        .save_routine_version(
            "my-bedtime-wind-down",
            &body,
            &[(SettingKey::Progress, goals.clone())],
            Some("bedtime-wind-down"),
            at("2024-03-05T08:00:00Z"),
        )
        .unwrap();
    assert_eq!(moved, 2);
    let routines: Vec<(String, String)> = store
        .sessions()
        .unwrap()
        .into_iter()
        .map(|s| (s.id, s.routine_id))
        .collect();
    assert_eq!(
        routines,
        vec![
            ("a".into(), "my-bedtime-wind-down".into()),
            ("b".into(), "my-bedtime-wind-down".into()),
            ("c".into(), "morning-mobility".into()),
        ]
    );
    assert_eq!(
        store.rest_days().unwrap(),
        vec![RestDay {
            routine_id: "my-bedtime-wind-down".into(),
            day: day("2024-03-03"),
        }]
    );
    assert!(store
        .reminder_occurrence("my-bedtime-wind-down", day("2024-03-04"))
        .unwrap()
        .is_some());
    assert!(store
        .reminder_occurrence("bedtime-wind-down", day("2024-03-04"))
        .unwrap()
        .is_none());
    assert_eq!(store.setting(SettingKey::Progress).unwrap(), Some(goals));
    let copies = store.custom_routines(false).unwrap();
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].routine, body);

    // A later version of the copy keeps its creation time and moves nothing.
    let next = json!({"format": "limber-routine", "version": 1, "id": "my-bedtime-wind-down", "name": "v2"});
    let moved = store
        .save_routine_version(
            "my-bedtime-wind-down",
            &next,
            &[],
            None,
            at("2024-03-12T08:00:00Z"),
        )
        .unwrap();
    assert_eq!(moved, 0);
    let copies = store.custom_routines(false).unwrap();
    assert_eq!(
        (copies[0].created_at, &copies[0].routine),
        (at("2024-03-05T08:00:00Z"), &next)
    );
}
