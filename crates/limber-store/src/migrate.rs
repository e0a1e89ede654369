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
        log::info!("store: applied migration {version}");
    }
    Ok(())
}
