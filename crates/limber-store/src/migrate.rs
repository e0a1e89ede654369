//! Forward-only schema migrations. It owns the ordered list of migration scripts and the runner
//! that applies the missing ones, each in its own transaction, tracking progress in
//! `PRAGMA user_version`. It must never edit or reorder a migration that has shipped, never run
//! a migration backwards, and never touch a database whose version is newer than it knows.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Result, StoreError};

/// The migration scripts in order. `user_version` N means the first N have been applied.
/// Appending is the only allowed change.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_settings.sql"),
    include_str!("../migrations/0002_sessions_journal.sql"),
    include_str!("../migrations/0003_rest_days_reminders_custom_routines.sql"),
    include_str!("../migrations/0004_sync.sql"),
    include_str!("../migrations/0005_session_skipped_exercises.sql"),
];

/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Reads the schema version stored in the database header.
pub(crate) fn schema_version(conn: &Connection) -> Result<u32> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Fails with [`StoreError::NewerSchema`] when a newer Limber wrote this database.
pub(crate) fn refuse_newer(conn: &Connection) -> Result<()> {
    let found = schema_version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            found,
            known: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Applies every migration the database has not seen yet.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_to(conn, SCHEMA_VERSION)
}

/// Applies migrations up to `target` (a schema version). Tests use a lower target to build
/// databases as older releases left them.
pub(crate) fn migrate_to(conn: &mut Connection, target: u32) -> Result<()> {
    refuse_newer(conn)?;
    for (index, script) in MIGRATIONS.iter().enumerate().take(target as usize) {
        let version = index as u32 + 1;
        // An immediate transaction takes the write lock first, so two processes opening the
        // same file cannot both apply the same migration; the version is re-read under the lock.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if schema_version(&tx)? >= version {
            continue;
        }
        tx.execute_batch(script)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        // An in-memory stand-in (see `Store::empty_read_only`) is migrated often; only files are news.
        if conn.path().is_some_and(|path| !path.is_empty()) {
            log::info!("store: applied migration {version}");
        } else {
            log::debug!("store: applied migration {version} in memory");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    //! Upgrades from every earlier schema version: a database is built as an older release left
    //! it (only its migrations applied, rows written with that release's SQL), then opened with
    //! the current store, which must keep every row and end with the current schema.

    use super::*;
    use crate::{ReminderState, Store};
    use chrono::NaiveDate;
    use serde_json::json;

    /// A row an older release could have written: the version whose schema has its table, the
    /// SQL that release would run, and a check through today's API that it survived.
    struct Fixture {
        since: u32,
        insert: &'static str,
        check: fn(&Store),
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    const FIXTURES: &[Fixture] = &[
        Fixture {
            since: 1,
            insert: r#"INSERT INTO settings (key, value) VALUES ('onboarding', '"dark"')"#,
            check: |s| {
                assert_eq!(
                    s.setting(crate::SettingKey::Onboarding).unwrap(),
                    Some(json!("dark"))
                )
            },
        },
        Fixture {
            since: 2,
            insert: "INSERT INTO sessions (id, routine_id, started_at, ended_at, utc_offset_s,
                         routine_day, steps_done, steps_skipped, completed, active_ms, paused_ms,
                         feel, checklist)
                     VALUES ('s1', 'bedtime-wind-down', 1709325000000, 1709325600000, 3600,
                         '2024-03-01', 6, 1, 1, 590000, 10000, 4, '{\"dimScreen\":true}')",
            check: |s| {
                let got = s.session("s1").unwrap().unwrap();
                assert_eq!(got.routine_day, day("2024-03-01"));
                assert_eq!(got.started_at.timestamp_millis(), 1_709_325_000_000);
                assert_eq!(
                    (got.steps_done, got.feel, got.completed),
                    (6, Some(4), true)
                );
                assert_eq!(got.checklist, Some(json!({"dimScreen": true})));
            },
        },
        Fixture {
            since: 2,
            insert: "INSERT INTO journal_entries (day, back_pain, stiffness, sleep_quality,
                         sleep_position, note, created_at, updated_at)
                     VALUES ('2024-03-01', 5, NULL, 2, 'back', 'sore, \"very\"', 1709280000000,
                         1709283600000)",
            check: |s| {
                let e = s.journal_entry(day("2024-03-01")).unwrap().unwrap();
                assert_eq!(
                    (e.back_pain, e.stiffness, e.sleep_quality),
                    (Some(5), None, Some(2))
                );
                assert_eq!(e.note.as_deref(), Some("sore, \"very\""));
            },
        },
        Fixture {
            since: 3,
            insert:
                "INSERT INTO rest_days (routine_id, day) VALUES ('morning-mobility', '2024-03-02')",
            check: |s| assert_eq!(s.rest_days().unwrap().len(), 1),
        },
        Fixture {
            since: 3,
            insert: "INSERT INTO reminder_occurrences (routine_id, day, state, at)
                     VALUES ('bedtime-wind-down', '2024-03-01', 'missed', 1709325000000)",
            check: |s| {
                let o = s
                    .reminder_occurrence("bedtime-wind-down", day("2024-03-01"))
                    .unwrap()
                    .unwrap();
                assert_eq!(o.state, ReminderState::Missed);
            },
        },
        Fixture {
            since: 3,
            insert: "INSERT INTO custom_routines (id, body, created_at, updated_at, deleted)
                     VALUES ('mine', '{\"name\":\"Desk\"}', 1709280000000, 1709280000000, 1)",
            check: |s| {
                let all = s.custom_routines(true).unwrap();
                assert_eq!(all.len(), 1);
                assert!(all[0].deleted);
            },
        },
        Fixture {
            since: 5,
            insert: "INSERT INTO sessions (id, routine_id, started_at, ended_at, utc_offset_s,
                         routine_day, steps_done, steps_skipped, completed, active_ms, paused_ms,
                         skipped_exercises)
                     VALUES ('s5', 'morning-mobility', 1709280000000, 1709280600000, 0,
                         '2024-03-01', 5, 2, 1, 500000, 0, '[\"cat-cow\"]')",
            check: |s| {
                let got = s.session("s5").unwrap().unwrap();
                assert_eq!(got.skipped_exercises, vec!["cat-cow".to_owned()]);
            },
        },
        Fixture {
            since: 4,
            insert: "INSERT INTO sync_devices (id, name, read_seq, changes, last_change)
                     VALUES ('0123456789abcdef', 'desk', 3, 3, 1709280000000)",
            check: |s| {
                let devices = s.sync_devices().unwrap();
                assert_eq!(devices.len(), 1);
                assert_eq!((devices[0].name.as_str(), devices[0].changes), ("desk", 3));
            },
        },
    ];

    /// The schema as `sqlite_master` describes it, for comparing two databases.
    fn schema(conn: &Connection) -> Vec<(String, String, Option<String>)> {
        let mut stmt = conn
            .prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn every_fixture_is_exercised_by_some_version() {
        assert!(FIXTURES
            .iter()
            .all(|f| f.since >= 1 && f.since <= SCHEMA_VERSION));
        for version in 1..=SCHEMA_VERSION {
            assert!(
                FIXTURES.iter().any(|f| f.since == version),
                "no fixture for the tables of migration {version}"
            );
        }
    }

    #[test]
    fn upgrades_from_every_earlier_version_keep_the_data() {
        let dir = tempfile::tempdir().unwrap();
        let fresh_path = dir.path().join("fresh.sqlite3");
        drop(Store::open(&fresh_path).unwrap());
        let fresh = schema(&Connection::open(&fresh_path).unwrap());

        for from in 0..=SCHEMA_VERSION {
            let path = dir.path().join(format!("from-{from}.sqlite3"));
            {
                let mut conn = Connection::open(&path).unwrap();
                migrate_to(&mut conn, from).unwrap();
                assert_eq!(schema_version(&conn).unwrap(), from);
                for f in FIXTURES.iter().filter(|f| f.since <= from) {
                    conn.execute_batch(f.insert).unwrap();
                }
            }
            let store = Store::open(&path).unwrap();
            assert_eq!(
                store.schema_version().unwrap(),
                SCHEMA_VERSION,
                "from {from}"
            );
            for f in FIXTURES.iter().filter(|f| f.since <= from) {
                (f.check)(&store);
            }
            drop(store);
            let upgraded = schema(&Connection::open(&path).unwrap());
            assert_eq!(
                upgraded, fresh,
                "schema after upgrading from version {from}"
            );
        }
    }

    #[test]
    fn a_failing_migration_leaves_the_previous_version_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("limber.sqlite3");
        let mut conn = Connection::open(&path).unwrap();
        migrate_to(&mut conn, 1).unwrap();
        // A table that migration 2 wants to create already exists, so migration 2 fails; its
        // transaction must roll back completely, including the version bump.
        conn.execute_batch("CREATE TABLE sessions (x)").unwrap();
        assert!(migrate(&mut conn).is_err());
        assert_eq!(schema_version(&conn).unwrap(), 1);
        let journal_exists: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'journal_entries'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(journal_exists, 0);
    }
}
