//! Export (JSON and CSV) and import (validation and merge), on real files.

// Helpers outside `#[test]` functions are test code too; clippy's in-test exemption misses them.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::Duration;
use common::{at, day, journal, session, temp_store, TestPolicy};
use limber_store::{
    ExportDocument, ImportError, ImportReport, RestDay, Store, EXPORT_VERSION, PROBLEMS_LISTED,
};
use proptest::prelude::*;
use serde_json::{json, Value};

/// A store holding one of every kind of fact, including awkward text.
fn populated() -> (tempfile::TempDir, Store) {
    let (dir, store) = temp_store();
    store
        .insert_session(&session("s1", "bedtime-wind-down", "2024-03-01"))
        .unwrap();
    let mut morning = session("s2", "morning-mobility", "2024-03-02");
    morning.feel = None;
    morning.checklist = None;
    // Issue 18: which exercises had work skipped travels with the session.
    morning.skipped_exercises = vec!["cat-cow".into(), "open-book".into()];
    store.insert_session(&morning).unwrap();
    store
        .save_journal_entry(&journal("2024-03-01", "stiff, \"very\"\nsecond line"))
        .unwrap();
    store
        .save_journal_entry(&journal("2024-03-02", "fine"))
        .unwrap();
    store
        .add_rest_day(&RestDay {
            routine_id: "morning-mobility".into(),
            day: day("2024-03-03"),
        })
        .unwrap();
    store
        .set_setting(limber_store::SettingKey::Onboarding, &json!("dark"))
        .unwrap();
    store
        .set_setting(
            limber_store::SettingKey::Reminders,
            &json!({"evening": "22:00"}),
        )
        .unwrap();
    let t = at("2024-02-01T10:00:00Z");
    store
        .save_custom_routine("desk", &json!({"name": "Desk break"}), t)
        .unwrap();
    store
        .save_custom_routine("gone", &json!({"name": "Old"}), t)
        .unwrap();
    store
        .delete_custom_routine("gone", t + Duration::days(1))
        .unwrap();
    (dir, store)
}

fn document(store: &Store) -> ExportDocument {
    store.export_document().unwrap()
}

#[test]
fn export_document_has_the_versioned_shape() {
    let (_dir, store) = populated();
    let v: Value = serde_json::from_str(&store.export_json().unwrap()).unwrap();
    assert_eq!(v["format"], "limber-export");
    assert_eq!(v["version"], 1);
    assert_eq!(v["sessions"].as_array().unwrap().len(), 2);
    assert_eq!(v["journal"].as_array().unwrap().len(), 2);
    assert_eq!(v["restDays"][0]["routineId"], "morning-mobility");
    assert_eq!(v["settings"]["onboarding"], "dark");
    assert_eq!(v["customRoutines"].as_array().unwrap().len(), 2);
    assert_eq!(v["sessions"][0]["startedAt"], "2024-03-01T20:30:00.123Z");
    assert_eq!(v["sessions"][0]["feel"], 3);
    assert_eq!(v["sessions"][1]["feel"], Value::Null);
    // Nothing skipped is left out, so older exports and newer ones read alike.
    assert_eq!(v["sessions"][0].get("skippedExercises"), None);
    assert_eq!(
        v["sessions"][1]["skippedExercises"],
        json!(["cat-cow", "open-book"])
    );
}

#[test]
fn export_then_import_into_an_empty_store_reproduces_everything() {
    let (_a, source) = populated();
    let text = source.export_json().unwrap();
    let (_b, target) = temp_store();
    let report = target.import_json(&text, &TestPolicy).unwrap();
    assert_eq!(
        report,
        ImportReport {
            sessions_added: 2,
            journal_added: 2,
            rest_days_added: 1,
            settings_added: 2,
            custom_routines_added: 2,
            ..ImportReport::default()
        }
    );
    assert_eq!(document(&target), document(&source));

    // Importing the same file again changes nothing and duplicates nothing.
    let again = target.import_json(&text, &TestPolicy).unwrap();
    assert_eq!(
        again,
        ImportReport {
            sessions_skipped: 2,
            journal_kept: 2,
            rest_days_skipped: 1,
            settings_kept: 2,
            custom_routines_kept: 2,
            ..ImportReport::default()
        }
    );
    assert_eq!(document(&target), document(&source));
}

/// Merge rules: each row changes the file's copy of the data, and says what the import must
/// report and what the target store must hold afterwards.
#[test]
fn merge_rules() {
    fn check(
        name: &str,
        change_file: fn(&mut ExportDocument),
        expected: ImportReport,
        verify: fn(&Store),
    ) {
        let (_a, target) = populated();
        let mut doc = document(&target);
        change_file(&mut doc);
        let report = target
            .import_json(&serde_json::to_string(&doc).unwrap(), &TestPolicy)
            .unwrap();
        // Only the counters a row cares about are compared; the rest come from the unchanged data.
        let mut unchanged = ImportReport {
            sessions_skipped: 2,
            journal_kept: 2,
            rest_days_skipped: 1,
            settings_kept: 2,
            custom_routines_kept: 2,
            ..ImportReport::default()
        };
        merge_expected(&mut unchanged, &expected);
        assert_eq!(report, unchanged, "{name}");
        verify(&target);
    }
    /// Copies every non-zero counter of `delta` over `base`, so rows state only what differs.
    fn merge_expected(base: &mut ImportReport, delta: &ImportReport) {
        let b = serde_json::to_value(&*base).unwrap();
        let d = serde_json::to_value(delta).unwrap();
        let mut merged = b.as_object().unwrap().clone();
        for (k, v) in d.as_object().unwrap() {
            if v != 0 {
                merged.insert(k.clone(), v.clone());
            }
        }
        let get = |k: &str| merged[k].as_u64().unwrap() as usize;
        *base = ImportReport {
            sessions_added: get("sessionsAdded"),
            sessions_skipped: get("sessionsSkipped"),
            journal_added: get("journalAdded"),
            journal_updated: get("journalUpdated"),
            journal_kept: get("journalKept"),
            rest_days_added: get("restDaysAdded"),
            rest_days_skipped: get("restDaysSkipped"),
            settings_added: get("settingsAdded"),
            settings_kept: get("settingsKept"),
            custom_routines_added: get("customRoutinesAdded"),
            custom_routines_updated: get("customRoutinesUpdated"),
            custom_routines_kept: get("customRoutinesKept"),
        };
    }

    check(
        "same session under another id is a duplicate",
        |d| d.sessions[0].id = "other-id".into(),
        ImportReport::default(),
        |s| assert_eq!(s.sessions().unwrap().len(), 2),
    );
    check(
        "same id with other content keeps the stored session",
        |d| d.sessions[0].feel = Some(9),
        ImportReport::default(),
        |s| assert_eq!(s.session("s1").unwrap().unwrap().feel, Some(3)),
    );
    check(
        "a new session is added",
        |d| {
            let mut extra = d.sessions[0].clone();
            extra.id = "s3".into();
            extra.started_at += Duration::minutes(1);
            extra.ended_at += Duration::minutes(1);
            d.sessions.push(extra);
        },
        ImportReport {
            sessions_added: 1,
            ..ImportReport::default()
        },
        |s| assert_eq!(s.sessions().unwrap().len(), 3),
    );
    check(
        "a newer journal entry replaces the stored one",
        |d| {
            d.journal[0].note = Some("from the file".into());
            d.journal[0].updated_at += Duration::seconds(1);
        },
        ImportReport {
            journal_updated: 1,
            journal_kept: 1,
            ..ImportReport::default()
        },
        |s| {
            let e = s.journal_entry(day("2024-03-01")).unwrap().unwrap();
            assert_eq!(e.note.as_deref(), Some("from the file"));
        },
    );
    check(
        "an equally old journal entry leaves the stored one",
        |d| d.journal[0].note = Some("from the file".into()),
        ImportReport::default(),
        |s| {
            let e = s.journal_entry(day("2024-03-01")).unwrap().unwrap();
            assert_eq!(e.note.as_deref(), Some("stiff, \"very\"\nsecond line"));
        },
    );
    check(
        "an older journal entry leaves the stored one",
        |d| {
            d.journal[0].note = Some("from the file".into());
            d.journal[0].created_at -= Duration::days(1);
            d.journal[0].updated_at -= Duration::days(1);
        },
        ImportReport::default(),
        |s| {
            let e = s.journal_entry(day("2024-03-01")).unwrap().unwrap();
            assert_ne!(e.note.as_deref(), Some("from the file"));
        },
    );
    check(
        "a stored setting is never overwritten; a new one is added",
        |d| {
            d.settings.insert("onboarding".into(), json!("light"));
            d.settings.insert("audio".into(), json!(0.3));
        },
        ImportReport {
            settings_added: 1,
            ..ImportReport::default()
        },
        |s| {
            assert_eq!(
                s.setting(limber_store::SettingKey::Onboarding).unwrap(),
                Some(json!("dark"))
            );
            assert_eq!(
                s.setting(limber_store::SettingKey::Audio).unwrap(),
                Some(json!(0.3))
            );
        },
    );
    check(
        "a newer custom routine replaces the stored one, deletion included",
        |d| {
            let r = d
                .custom_routines
                .iter_mut()
                .find(|r| r.id == "desk")
                .unwrap();
            r.deleted = true;
            r.updated_at += Duration::days(3);
        },
        ImportReport {
            custom_routines_updated: 1,
            custom_routines_kept: 1,
            ..ImportReport::default()
        },
        |s| assert_eq!(s.custom_routines(false).unwrap().len(), 0),
    );
}

/// A small valid document to break in one place per row.
fn valid_document() -> Value {
    json!({
        "format": "limber-export",
        "version": 1,
        "sessions": [
            {
                "id": "a", "routineId": "bedtime-wind-down",
                "startedAt": "2024-03-01T23:30:00Z", "endedAt": "2024-03-01T23:40:00Z",
                "utcOffsetSeconds": 3600, "routineDay": "2024-03-01",
                "stepsDone": 7, "stepsSkipped": 0, "completed": true,
                "activeMs": 600000, "pausedMs": 0, "feel": 2,
                "checklist": {"teeth": true}
            },
            {
                "id": "b", "routineId": "bedtime-wind-down",
                "startedAt": "2024-03-02T23:30:00+01:00", "endedAt": "2024-03-02T23:40:00+01:00",
                "utcOffsetSeconds": 3600, "routineDay": "2024-03-02",
                "stepsDone": 7, "stepsSkipped": 0, "completed": false,
                "activeMs": 600000, "pausedMs": 0
            }
        ],
        "journal": [
            {
                "day": "2024-03-01", "backPain": 3, "stiffness": null, "sleepQuality": 4,
                "sleepPosition": "side", "note": "ok",
                "createdAt": "2024-03-01T08:00:00Z", "updatedAt": "2024-03-01T08:00:00Z"
            }
        ],
        "restDays": [{"routineId": "morning-mobility", "day": "2024-03-03"}],
        "settings": {"onboarding": "dark"},
        "customRoutines": [
            {
                "id": "desk", "routine": {"name": "Desk"},
                "createdAt": "2024-02-01T10:00:00Z", "updatedAt": "2024-02-01T10:00:00Z",
                "deleted": false
            }
        ]
    })
}

/// Sets the value at a JSON pointer, creating nothing: the pointer must exist or end in a new
/// key of an existing object.
fn set(doc: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = doc.pointer_mut(parent).unwrap();
    match parent {
        Value::Object(map) => {
            map.insert(key.to_owned(), value);
        }
        Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
        _ => panic!("{pointer} has no parent container"),
    }
}

fn remove(doc: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    doc.pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove(key);
}

/// Each row: edits to the valid document, and the problems the import must name, in order.
/// Every rejected import must leave the store exactly as it was.
#[test]
fn invalid_documents_name_their_problems_and_change_nothing() {
    fn check(edits: &[(&str, Option<Value>)], expected: &[&str]) {
        let (_dir, store) = populated();
        let before = document(&store);
        let mut doc = valid_document();
        for (pointer, value) in edits {
            match value {
                Some(v) => set(&mut doc, pointer, v.clone()),
                None => remove(&mut doc, pointer),
            }
        }
        let result = store.import_json(&doc.to_string(), &TestPolicy);
        match result {
            Err(ImportError::Invalid { problems, total }) => {
                let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
                assert_eq!(got, expected);
                assert_eq!(total, expected.len());
            }
            other => panic!("{edits:?}: expected Invalid, got {other:?}"),
        }
        assert_eq!(document(&store), before, "{edits:?} changed the store");
    }
    check(
        &[("/sessions/1/feel", Some(json!(11)))],
        &["sessions[1].feel: must be 0–10"],
    );
    check(
        &[("/sessions/0/skippedExercises", Some(json!("cat-cow")))],
        &["sessions[0].skippedExercises: must be a list of exercise ids"],
    );
    check(
        &[("/sessions/0/skippedExercises", Some(json!([""])))],
        &["sessions[0].skippedExercises: must be a list of exercise ids"],
    );
    check(
        &[("/sessions/0/feel", Some(json!(-1)))],
        &["sessions[0].feel: must be 0–10"],
    );
    check(
        &[("/sessions/0/feel", Some(json!(2.5)))],
        &["sessions[0].feel: must be 0–10"],
    );
    check(
        &[("/sessions/0/feel", Some(json!("2")))],
        &["sessions[0].feel: must be 0–10"],
    );
    check(&[("/sessions/0/id", None)], &["sessions[0].id: is missing"]);
    check(
        &[("/sessions/0/id", Some(json!("")))],
        &["sessions[0].id: must not be empty"],
    );
    check(
        &[("/sessions/0/id", Some(json!("x".repeat(101))))],
        &["sessions[0].id: must be at most 100 characters"],
    );
    check(
        &[("/sessions/0/routineDay", Some(json!("2024-02-30")))],
        &["sessions[0].routineDay: must be a date such as 2024-05-01"],
    );
    check(
        &[("/sessions/0/routineDay", Some(json!("2024-3-1")))],
        &["sessions[0].routineDay: must be a date such as 2024-05-01"],
    );
    check(
        &[("/sessions/0/routineDay", Some(json!("2024-03-05")))],
        &["sessions[0].routineDay: must be within a day of the local date of startedAt"],
    );
    check(
        &[("/sessions/0/startedAt", Some(json!("yesterday")))],
        &["sessions[0].startedAt: must be a date and time such as 2024-05-01T21:30:00Z"],
    );
    check(
        &[("/sessions/0/endedAt", Some(json!("2024-03-01T23:29:59Z")))],
        &["sessions[0].endedAt: must not be before startedAt"],
    );
    check(
        &[("/sessions/0/utcOffsetSeconds", Some(json!(86400)))],
        &["sessions[0].utcOffsetSeconds: must be -64800–64800"],
    );
    check(
        &[("/sessions/0/activeMs", Some(json!(-5)))],
        &["sessions[0].activeMs: must be a whole number ≥ 0"],
    );
    check(
        &[("/sessions/0/completed", Some(json!("yes")))],
        &["sessions[0].completed: must be true or false"],
    );
    check(
        &[
            ("/sessions/0/feel", Some(json!(12))),
            ("/sessions/0/stepsDone", Some(json!(-1))),
        ],
        &[
            "sessions[0].stepsDone: must be 0–4294967295",
            "sessions[0].feel: must be 0–10",
        ],
    );
    check(
        &[("/sessions/1", Some(json!(7)))],
        &["sessions[1]: must be an object"],
    );
    check(
        &[("/sessions", Some(json!({})))],
        &["sessions: must be a list"],
    );
    check(
        &[("/journal/0/sleepQuality", Some(json!(0)))],
        &["journal[0].sleepQuality: must be 1–5"],
    );
    check(
        &[("/journal/0/backPain", Some(json!(11)))],
        &["journal[0].backPain: must be 0–10"],
    );
    check(
        &[("/journal/0/stiffness", Some(json!(20)))],
        &["journal[0].stiffness: must be 0–10"],
    );
    check(
        &[("/journal/0/note", Some(json!("n".repeat(10_001))))],
        &["journal[0].note: must be at most 10000 characters"],
    );
    check(
        &[("/journal/0/updatedAt", Some(json!("2024-03-01T07:00:00Z")))],
        &["journal[0].updatedAt: must not be before createdAt"],
    );
    check(&[("/journal/0/day", None)], &["journal[0].day: is missing"]);
    check(
        &[("/restDays/0/day", Some(json!("someday")))],
        &["restDays[0].day: must be a date such as 2024-05-01"],
    );
    check(
        &[("/settings", Some(json!({"": 1})))],
        &["settings[\"\"]: key must be 1–200 characters"],
    );
    check(
        &[("/settings", Some(json!([1])))],
        &["settings: must be an object"],
    );
    check(
        &[("/customRoutines/0/routine", Some(json!("text")))],
        &["customRoutines[0].routine: must be an object"],
    );
    check(
        &[("/customRoutines/0/deleted", None)],
        &["customRoutines[0].deleted: is missing"],
    );
    check(
        &[("/version", Some(json!(0)))],
        &["version: must be a whole number from 1 to 1"],
    );
    check(
        &[("/version", Some(json!("1")))],
        &["version: must be a whole number from 1 to 1"],
    );
}

#[test]
fn problems_are_listed_up_to_a_limit_and_all_counted() {
    let (_dir, store) = temp_store();
    let mut doc = valid_document();
    let bad = {
        let mut s = doc["sessions"][0].clone();
        s["feel"] = json!(99);
        s
    };
    doc["sessions"] = Value::Array(vec![bad; PROBLEMS_LISTED + 10]);
    match store.import_json(&doc.to_string(), &TestPolicy) {
        Err(ImportError::Invalid { problems, total }) => {
            assert_eq!(problems.len(), PROBLEMS_LISTED);
            assert_eq!(total, PROBLEMS_LISTED + 10);
            assert_eq!(problems[4].path, "sessions[4].feel");
            let message = ImportError::Invalid { problems, total }.to_string();
            assert!(
                message.contains("30 problem(s)")
                    && message.contains("sessions[0].feel: must be 0–10"),
                "{message}"
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

/// Each row: a file's text, and the error kind it must produce.
#[test]
fn files_that_are_not_current_exports() {
    fn check(text: &str, expected: fn(&ImportError) -> bool) {
        let (_dir, store) = populated();
        let before = document(&store);
        let err = store.import_json(text, &TestPolicy).unwrap_err();
        assert!(expected(&err), "{text:.60}: got {err:?}");
        assert_eq!(document(&store), before);
    }
    check("", |e| {
        matches!(
            e,
            ImportError::NotJson {
                line: 1,
                column: 0,
                ..
            }
        ) && e.to_string()
            == "the file is not valid JSON (line 1, column 0): EOF while parsing a value"
    });
    check("{\"format\": \"limber-export\",", |e| {
        matches!(e, ImportError::NotJson { line: 1, .. })
    });
    check("[1, 2]", |e| matches!(e, ImportError::NotAnExport));
    check("{\"format\": \"other\", \"version\": 1}", |e| {
        matches!(e, ImportError::NotAnExport)
    });
    check("{\"version\": 1, \"sessions\": []}", |e| {
        matches!(e, ImportError::NotAnExport)
    });
    check("{\"format\": \"limber-export\", \"version\": 2}", |e| {
        matches!(e, ImportError::NewerVersion { found: 2, known: 1 })
            && e.to_string().contains("made by a newer Limber")
    });
    let huge = format!("\"{}\"", " ".repeat(limber_store::IMPORT_MAX_BYTES));
    check(&huge, |e| matches!(e, ImportError::TooLarge { .. }));
    // A minimal document with no lists at all is valid and empty.
    let (_dir, store) = temp_store();
    let report = store
        .import_json(
            &format!("{{\"format\": \"limber-export\", \"version\": {EXPORT_VERSION}}}"),
            &TestPolicy,
        )
        .unwrap();
    assert_eq!(report, ImportReport::default());
}

#[test]
fn a_store_failure_during_the_merge_rolls_back_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let store = Store::open(&path).unwrap();
    // A trigger stands in for a failure that validation cannot foresee (a full disk, say): the
    // last table merged refuses its rows after sessions and journal entries were written.
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER refuse BEFORE INSERT ON custom_routines
             BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
        )
        .unwrap();
    let err = store
        .import_json(&valid_document().to_string(), &TestPolicy)
        .unwrap_err();
    assert!(matches!(err, ImportError::Store(_)), "{err:?}");
    let doc = document(&store);
    assert!(doc.sessions.is_empty() && doc.journal.is_empty() && doc.rest_days.is_empty());
    assert!(doc.settings.is_empty());
}

/// A strict RFC 4180 reader for the tests: quoted fields may hold anything, records end in CRLF.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' => {
                assert!(field.is_empty(), "a quote inside an unquoted field");
                quoted = true;
            }
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF outside quotes");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            '\n' => panic!("bare LF outside quotes"),
            c => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && record.is_empty(),
        "text must end with CRLF"
    );
    records
}

#[test]
fn csv_exports_have_a_header_and_one_record_per_fact() {
    let (_dir, store) = populated();
    let sessions = parse_csv(&store.export_sessions_csv().unwrap());
    assert_eq!(sessions.len(), 3);
    assert_eq!(sessions[0][0], "id");
    assert!(sessions.iter().all(|r| r.len() == 13));
    assert_eq!(
        sessions[1],
        [
            "s1",
            "bedtime-wind-down",
            "2024-03-01",
            "2024-03-01T20:30:00.123Z",
            "2024-03-01T20:40:00.123Z",
            "7200",
            "7",
            "1",
            "true",
            "570000",
            "30000",
            "3",
            "{\"alarmSet\":false,\"dimScreen\":true}",
        ]
    );
    assert_eq!(sessions[2][11], "", "no feel answer is an empty field");

    let journal = parse_csv(&store.export_journal_csv().unwrap());
    assert_eq!(
        journal[0],
        [
            "day",
            "backPain",
            "stiffness",
            "sleepQuality",
            "sleepPosition",
            "note",
            "createdAt",
            "updatedAt"
        ]
    );
    assert_eq!(journal[1][5], "stiff, \"very\"\nsecond line");
    assert_eq!(journal.len(), 3);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever a note holds, the journal CSV gives it back unchanged.
    #[test]
    fn any_note_survives_the_journal_csv(note in "[a-z ,\"\r\n=;'é✓\t]{0,60}|\\PC{0,30}") {
        let (_dir, store) = temp_store();
        store.save_journal_entry(&journal("2024-03-01", &note)).unwrap();
        let records = parse_csv(&store.export_journal_csv().unwrap());
        prop_assert_eq!(records.len(), 2);
        prop_assert_eq!(&records[1][5], &note);
    }
}

/// Issue 15, fault 6: an export carries only the settings the person owns, never the app's
/// bookkeeping, keys the app does not know, or the store's own backup number.
#[test]
fn issue_15_fault_6_an_export_carries_only_the_persons_settings() {
    let (dir, store) = populated();
    store
        .set_setting(
            limber_store::SettingKey::ReminderState,
            &json!({"snoozes": []}),
        )
        .unwrap();
    store
        .set_setting(
            limber_store::SettingKey::RecoveryPending,
            &json!({"movedTo": "/x"}),
        )
        .unwrap();
    // A key no registry entry spells can only have been written by another version, so it is
    // written here past the store's typed keys.
    rusqlite::Connection::open(dir.path().join("limber.sqlite3"))
        .unwrap()
        .execute(
            "INSERT INTO settings (key, value) VALUES ('left-by-an-old-version', '1')",
            [],
        )
        .unwrap();
    store
        .backup_if_due(at("2024-03-05T08:00:00Z"), &dir.path().join("backups"))
        .unwrap()
        .unwrap();
    assert!(store
        .setting(limber_store::SettingKey::Backup)
        .unwrap()
        .is_some());
    let keys: Vec<String> = document(&store).settings.into_keys().collect();
    assert_eq!(keys, ["onboarding", "reminders"]);
    let text = store.export_json().unwrap();
    for internal in [
        "reminder-state",
        "recovery-pending",
        "left-by-an-old-version",
        "\"backup\"",
    ] {
        assert!(!text.contains(internal), "{internal} was exported");
    }
}

/// Issue 15, fault 6: each row is the `settings` of an otherwise valid file and the problems the
/// import must name; the whole file is refused and the store does not change.
#[test]
fn issue_15_fault_6_an_import_refuses_unknown_and_unchecked_settings() {
    fn check(settings: Value, expected: &[&str]) {
        let (_dir, store) = populated();
        let before = document(&store);
        let before_all = store.settings().unwrap();
        let mut doc = valid_document();
        doc["settings"] = settings.clone();
        match store.import_json(&doc.to_string(), &TestPolicy) {
            Err(ImportError::Invalid { problems, total }) => {
                let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
                assert_eq!(got, expected, "{settings}");
                assert_eq!(total, expected.len());
            }
            other => panic!("{settings}: expected Invalid, got {other:?}"),
        }
        assert_eq!(document(&store), before, "{settings} changed the store");
        assert_eq!(store.settings().unwrap(), before_all);
    }
    check(
        json!({"onboarding": "dark", "colour": "red"}),
        &["settings.colour: is not a setting Limber knows"],
    );
    check(
        json!({"reminders": {"graceMinutes": 0, "reminders": []}}),
        &["settings.reminders.graceMinutes: must be at least 1"],
    );
    check(
        json!({"reminders": {"reminders": [{"routineId": "bedtime-wind-down"}, {"routineId": "nope"}]}}),
        &["settings.reminders.reminders[1].routineId: names no routine Limber knows"],
    );
    check(
        json!({"onboarding": "purple"}),
        &["settings.onboarding: must be dark or light"],
    );
    check(
        json!({"audio": 2, "onboarding": "x", "zzz": 1}),
        &[
            "settings.zzz: is not a setting Limber knows",
            "settings.audio: must be 0–1",
            "settings.onboarding: must be dark or light",
        ],
    );
    check(
        json!({"onboarding": "x".repeat(limber_store::VALUE_MAX_BYTES)}),
        &["settings.onboarding: must be at most 65536 bytes of JSON (it has 65538)"],
    );
    check(
        json!({"a key": 1}),
        &["settings[\"a key\"]: is not a setting Limber knows"],
    );
}

/// A file may name the custom routines it brings, deleted ones too (deleting a routine leaves its
/// reminder in place, so a person's own export names it), but no other routine.
#[test]
fn a_reminder_may_name_a_routine_the_file_brings() {
    fn check(deleted: bool, routine: &str, expected: Result<(), &str>) {
        let (_dir, store) = temp_store();
        let mut doc = valid_document();
        doc["customRoutines"][0]["deleted"] = json!(deleted);
        doc["settings"] = json!({"reminders": {"reminders": [{"routineId": routine}]}});
        match (store.import_json(&doc.to_string(), &TestPolicy), expected) {
            (Ok(report), Ok(())) => {
                assert_eq!(report.settings_added, 1);
                assert_eq!(
                    store.setting(limber_store::SettingKey::Reminders).unwrap(),
                    Some(json!({"reminders": [{"routineId": routine}]}))
                );
            }
            (Err(ImportError::Invalid { problems, .. }), Err(message)) => {
                assert_eq!(problems[0].to_string(), message);
                assert!(store.settings().unwrap().is_empty());
            }
            (got, _) => panic!("{routine} (deleted: {deleted}): {got:?}"),
        }
    }
    check(false, "desk", Ok(()));
    check(true, "desk", Ok(()));
    check(
        false,
        "elsewhere",
        Err("settings.reminders.reminders[0].routineId: names no routine Limber knows"),
    );
}

/// An export made before exports left the app's bookkeeping out still imports: those keys (and
/// the store's own backup number) are left out, the person's settings come in.
#[test]
fn internal_settings_in_a_file_are_left_out() {
    let (_dir, store) = temp_store();
    let mut doc = valid_document();
    doc["settings"] = json!({
        "onboarding": "light",
        "reminder-state": {"snoozes": []},
        "recovery-pending": {"movedTo": "/elsewhere"},
        "backup": {"sequence": 99, "madeAt": "2030-01-01T00:00:00Z"}
    });
    let report = store.import_json(&doc.to_string(), &TestPolicy).unwrap();
    assert_eq!((report.settings_added, report.settings_kept), (1, 0));
    let keys: Vec<String> = store.settings().unwrap().into_keys().collect();
    assert_eq!(keys, ["onboarding"]);
}

/// Each row: a file's text that breaks a rule only raw JSON can break (a repeated key, a value
/// too large to keep), and the problems it must name.
#[test]
fn raw_documents_name_their_problems_and_change_nothing() {
    fn check(text: &str, expected: &[&str]) {
        let (_dir, store) = populated();
        let before = document(&store);
        match store.import_json(text, &TestPolicy) {
            Err(ImportError::Invalid { problems, total }) => {
                let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
                assert_eq!(got, expected, "{text:.80}");
                assert_eq!(total, expected.len());
            }
            other => panic!("{text:.80}: expected Invalid, got {other:?}"),
        }
        assert_eq!(document(&store), before);
    }
    let head = r#"{"format":"limber-export","version":1"#;
    check(
        &format!(r#"{head},"journal":[],"journal":[]}}"#),
        &["journal: appears more than once"],
    );
    check(
        &format!(r#"{head},"settings":{{"onboarding":"dark","onboarding":"light"}}}}"#),
        &["settings.onboarding: appears more than once"],
    );
    check(
        &format!(
            r#"{head},"restDays":[{{"routineId":"a","day":"2024-03-01","day":"2024-03-02"}}]}}"#
        ),
        &["restDays[0].day: appears more than once"],
    );
    let session = valid_document()["sessions"][0].clone();
    let mut big = session.clone();
    big["checklist"] = json!({"note": "x".repeat(limber_store::VALUE_MAX_BYTES)});
    check(
        &format!(r#"{head},"sessions":[{big}]}}"#),
        &["sessions[0].checklist: must be at most 65536 bytes of JSON (it has 65547)"],
    );
    let routine = valid_document()["customRoutines"][0].clone();
    let mut big = routine.clone();
    big["routine"] = json!({"name": "x".repeat(limber_store::ROUTINE_MAX_BYTES)});
    check(
        &format!(r#"{head},"customRoutines":[{big}]}}"#),
        &["customRoutines[0].routine: must be at most 262144 bytes of JSON (it has 262155)"],
    );
    let mut wrong = routine;
    wrong["routine"] = json!(7);
    check(
        &format!(r#"{head},"customRoutines":[{wrong}]}}"#),
        &["customRoutines[0].routine: must be an object"],
    );
    // A list or an object where a scalar belongs is named, not built.
    let mut nested = session.clone();
    nested["feel"] = json!([[[{"a": [1, 2, 3]}]]]);
    check(
        &format!(r#"{head},"sessions":[{nested}]}}"#),
        &["sessions[0].feel: must be 0–10"],
    );
    // Nesting far deeper than any parser's recursion limit costs neither the stack nor memory.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let mut text = session.to_string();
    text = text.replacen("\"feel\":2", &format!("\"feel\":{deep}"), 1);
    check(
        &format!(r#"{head},"sessions":[{text}],"restDays":[{deep}]}}"#),
        &[
            "sessions[0].feel: must be 0–10",
            "restDays[0]: must be an object",
        ],
    );
}

/// A large file of junk records is refused whole, with every problem counted, and nothing
/// changes. (The memory this costs, issue 15's fault 7, is measured on the real binary by
/// src-tauri/tests/data_import.rs; here the streaming reader must keep the counts exact.)
#[test]
fn a_file_of_junk_records_is_refused_whole_with_every_problem_counted() {
    let (_dir, store) = populated();
    let before = document(&store);
    let junk = r#"{"a":{"b":[1,2,{"c":null}]},"x":"yy"}"#;
    let n = 40_000;
    let mut text = String::from(r#"{"format":"limber-export","version":1,"restDays":["#);
    for i in 0..n {
        if i > 0 {
            text.push(',');
        }
        text.push_str(junk);
    }
    text.push_str("]}");
    match store.import_json(&text, &TestPolicy) {
        Err(ImportError::Invalid { problems, total }) => {
            // Each junk rest day lacks both its fields.
            assert_eq!(total, 2 * n);
            assert_eq!(problems.len(), PROBLEMS_LISTED);
            assert_eq!(problems[0].to_string(), "restDays[0].routineId: is missing");
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert_eq!(document(&store), before);
}
