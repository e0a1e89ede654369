//! Opening a database: folders, pragmas, migrations and settings, always on a real file.

// Helpers outside `#[test]` functions are test code too; clippy's in-test exemption misses them.
#![allow(clippy::unwrap_used)]

use limber_store::{Store, StoreError, SCHEMA_VERSION};
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
        .set_setting("k", &json!(1))
        .unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.setting("k").unwrap(), Some(json!(1)));
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
    fn check(writes: &[(&str, Value)], expected: &[(&str, Option<Value>)]) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("limber.sqlite3");
        {
            let store = Store::open(&path).unwrap();
            for (key, value) in writes {
                store.set_setting(key, value).unwrap();
            }
        }
        // Reopen so the values come from disk, not from a cache.
        let store = Store::open(&path).unwrap();
        for (key, value) in expected {
            assert_eq!(&store.setting(key).unwrap(), value, "key {key}");
        }
        let all = store.settings().unwrap();
        assert_eq!(
            all.len(),
            expected.iter().filter(|(_, v)| v.is_some()).count()
        );
    }
    check(&[], &[("theme", None)]);
    check(
        &[("theme", json!("dark"))],
        &[("theme", Some(json!("dark")))],
    );
    check(
        &[("theme", json!("dark")), ("theme", json!("light"))],
        &[("theme", Some(json!("light")))],
    );
    check(
        &[
            (
                "reminders",
                json!({"morning": "07:00", "evening": ["22:30", null]}),
            ),
            ("volume", json!(0.5)),
            ("muted", json!(false)),
            ("nothing", Value::Null),
        ],
        &[
            (
                "reminders",
                Some(json!({"morning": "07:00", "evening": ["22:30", null]})),
            ),
            ("volume", Some(json!(0.5))),
            ("muted", Some(json!(false))),
            ("nothing", Some(Value::Null)),
            ("other", None),
        ],
    );
    check(
        &[("quote\"and'apostrophe", json!("é ✓ \n"))],
        &[("quote\"and'apostrophe", Some(json!("é ✓ \n")))],
    );
}

#[test]
fn empty_setting_key_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
    assert!(matches!(
        store.set_setting("", &json!(1)),
        Err(StoreError::Rejected(_))
    ));
}

#[test]
fn remove_setting_reports_whether_it_existed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
    store.set_setting("a", &json!(1)).unwrap();
    assert!(store.remove_setting("a").unwrap());
    assert!(!store.remove_setting("a").unwrap());
    assert_eq!(store.setting("a").unwrap(), None);
}

#[test]
fn a_store_can_move_to_another_thread() {
    // The shell keeps the store behind a mutex shared by async tasks, which requires `Send`.
    fn assert_send<T: Send + 'static>() {}
    assert_send::<Store>();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
    let store = std::thread::spawn(move || {
        store.set_setting("from", &json!("thread")).unwrap();
        store
    })
    .join()
    .unwrap();
    assert_eq!(store.setting("from").unwrap(), Some(json!("thread")));
}
