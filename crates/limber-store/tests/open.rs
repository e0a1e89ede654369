//! Opening a database: folders, pragmas, migrations and settings, always on a real file.

// Helpers outside `#[test]` functions are test code too; clippy's in-test exemption misses them.
#![allow(clippy::unwrap_used)]

use limber_store::{SettingKey, Store, StoreError, SCHEMA_VERSION};
use serde_json::{json, Value};

fn pragma(path: &std::path::Path, name: &str) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_query_value(None, name, |row| {
        let v: rusqlite::types::Value = row.get(0)?;
        Ok(match v {
            rusqlite::types::Value::Integer(i) => i.to_string(),
            rusqlite::types::Value::Text(t) => t,
            other => format!("{other:?}"),
        })
    })
    .unwrap()
}

#[test]
fn open_creates_parent_folders_and_migrates() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/limber.sqlite3");
    let store = Store::open(&path).unwrap();
    assert!(path.exists());
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.path(), path.as_path());
    drop(store);
    // Journal mode is persistent in the file, so a fresh connection sees it.
    assert_eq!(pragma(&path, "journal_mode"), "wal");
    assert_eq!(pragma(&path, "user_version"), SCHEMA_VERSION.to_string());
}

#[test]
fn open_twice_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    Store::open(&path)
        .unwrap()
        .set_setting(SettingKey::Audio, &json!(1))
        .unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.setting(SettingKey::Audio).unwrap(), Some(json!(1)));
}

#[test]
fn newer_schema_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); INSERT INTO future VALUES (42);")
            .unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    match Store::open(&path) {
        Err(StoreError::NewerSchema { found, known }) => {
            assert_eq!((found, known), (SCHEMA_VERSION + 1, SCHEMA_VERSION));
        }
        other => panic!("expected NewerSchema, got {other:?}"),
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// Each row: settings written in order, then the expected value of every key read back.
#[test]
fn settings_round_trip() {
    use SettingKey::*;
    fn check(writes: &[(SettingKey, Value)], expected: &[(SettingKey, Option<Value>)]) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("limber.sqlite3");
        {
            let store = Store::open(&path).unwrap();
            for (key, value) in writes {
                store.set_setting(*key, value).unwrap();
            }
        }
        // Reopen so the values come from disk, not from a cache.
        let store = Store::open(&path).unwrap();
        for (key, value) in expected {
            assert_eq!(&store.setting(*key).unwrap(), value, "key {key}");
        }
        let all = store.settings().unwrap();
        assert_eq!(
            all.len(),
            expected.iter().filter(|(_, v)| v.is_some()).count()
        );
    }
    check(&[], &[(Onboarding, None)]);
    check(
        &[(Onboarding, json!("dark"))],
        &[(Onboarding, Some(json!("dark")))],
    );
    check(
        &[(Onboarding, json!("dark")), (Onboarding, json!("light"))],
        &[(Onboarding, Some(json!("light")))],
    );
    check(
        &[
            (
                Reminders,
                json!({"morning": "07:00", "evening": ["22:30", null]}),
            ),
            (Audio, json!(0.5)),
            (Progress, json!(false)),
            (Plan, Value::Null),
        ],
        &[
            (
                Reminders,
                Some(json!({"morning": "07:00", "evening": ["22:30", null]})),
            ),
            (Audio, Some(json!(0.5))),
            (Progress, Some(json!(false))),
            (Plan, Some(Value::Null)),
            (RecoveryPending, None),
        ],
    );
    check(
        &[(ReminderState, json!("quote\"and'apostrophe é ✓ \n"))],
        &[(ReminderState, Some(json!("quote\"and'apostrophe é ✓ \n")))],
    );
}

/// Every key of the registry can be written, read back under its own name and removed, so none is a
/// name the table refuses (its keys must not be empty).
#[test]
fn every_registered_key_is_stored_under_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
    for (i, key) in SettingKey::ALL.into_iter().enumerate() {
        store.set_setting(key, &json!(i)).unwrap();
    }
    let all = store.settings().unwrap();
    for (i, key) in SettingKey::ALL.into_iter().enumerate() {
        assert_eq!(all.get(key.name()), Some(&json!(i)), "{key}");
        assert!(store.remove_setting(key).unwrap(), "{key}");
    }
    assert!(store.settings().unwrap().is_empty());
}

#[test]
fn remove_setting_reports_whether_it_existed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
    store.set_setting(SettingKey::Plan, &json!(1)).unwrap();
    assert!(store.remove_setting(SettingKey::Plan).unwrap());
    assert!(!store.remove_setting(SettingKey::Plan).unwrap());
    assert_eq!(store.setting(SettingKey::Plan).unwrap(), None);
}

#[test]
fn a_store_can_move_to_another_thread() {
    // The shell keeps the store behind a mutex shared by async tasks, which requires `Send`.
    fn assert_send<T: Send + 'static>() {}
    assert_send::<Store>();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
    let store = std::thread::spawn(move || {
        store
            .set_setting(SettingKey::Audio, &json!("thread"))
            .unwrap();
        store
    })
    .join()
    .unwrap();
    assert_eq!(
        store.setting(SettingKey::Audio).unwrap(),
        Some(json!("thread"))
    );
}
