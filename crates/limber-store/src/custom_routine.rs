//! Custom-routine persistence. It owns the `custom_routines` table: the JSON the core produced
//! for each routine the user built, with a deleted flag instead of real deletion so the history
//! that names a routine survives it. It must never parse the routine's JSON beyond checking that
//! it is JSON (its shape belongs to the core).

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Row};

use crate::error::{on_write, Result};
use crate::record::{CustomRoutineRecord, Entry};
use crate::setting_key::SettingKey;
use crate::sql;
use crate::Store;

pub(crate) const CUSTOM_ROUTINE_COLUMNS: &str = "id, body, created_at, updated_at, deleted";

pub(crate) fn custom_routine_from_row(row: &Row<'_>) -> rusqlite::Result<CustomRoutineRecord> {
    Ok(CustomRoutineRecord {
        id: row.get(0)?,
        routine: sql::json(1, Some(row.get_ref(1)?.as_str()?))?.unwrap_or_default(),
        created_at: sql::instant(2, row.get(2)?)?,
        updated_at: sql::instant(3, row.get(3)?)?,
        deleted: row.get(4)?,
    })
}

/// The custom routine with this id as stored, for the record log's line that follows its save or
/// deletion.
pub(crate) fn stored_custom_routine(
    conn: &Connection,
    id: &str,
) -> rusqlite::Result<Option<CustomRoutineRecord>> {
    use rusqlite::OptionalExtension;
    let sql = format!(
        "SELECT {} FROM custom_routines WHERE id = ?1",
        CUSTOM_ROUTINE_COLUMNS
    );
    conn.prepare_cached(&sql)?
        .query_row([id], custom_routine_from_row)
        .optional()
}

/// Writes a whole record inside an open transaction, replacing one with the same id but keeping
/// the earlier creation time.
pub(crate) fn upsert(conn: &rusqlite::Connection, r: &CustomRoutineRecord) -> Result<()> {
    let body = serde_json::to_string(&r.routine)?;
    upsert_row(
        conn,
        &BodyRow {
            id: &r.id,
            body: &body,
            created_at: r.created_at,
            updated_at: r.updated_at,
            deleted: r.deleted,
        },
    )
}

/// A record with its routine as JSON text: an import keeps the file's text, so it never builds
/// the value.
pub(crate) struct BodyRow<'a> {
    pub(crate) id: &'a str,
    pub(crate) body: &'a str,
    pub(crate) created_at: DateTime<Utc>,
    pub(crate) updated_at: DateTime<Utc>,
    pub(crate) deleted: bool,
}

/// Like [`upsert`], for a [`BodyRow`].
pub(crate) fn upsert_row(conn: &rusqlite::Connection, r: &BodyRow<'_>) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO custom_routines (id, body, created_at, updated_at, deleted)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET
             body = excluded.body,
             created_at = min(created_at, excluded.created_at),
             updated_at = excluded.updated_at,
             deleted = excluded.deleted",
    )?
    .execute((
        r.id,
        r.body,
        sql::millis(r.created_at),
        sql::millis(r.updated_at),
        r.deleted,
    ))
    .map_err(on_write)?;
    Ok(())
}

impl Store {
    /// Creates or replaces a custom routine. Saving a deleted routine brings it back.
    pub fn save_custom_routine(
        &self,
        id: &str,
        routine: &serde_json::Value,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.write()?;
        upsert(
            &tx,
            &CustomRoutineRecord {
                id: id.to_owned(),
                routine: routine.clone(),
                created_at: now,
                updated_at: now,
                deleted: false,
            },
        )?;
        let entry = stored_custom_routine(&tx, id)?.map(|routine| Entry::CustomRoutine { routine });
        self.commit_logged(tx, entry)
    }

    /// Saves a new version of a custom routine together with settings that describe it, in one
    /// transaction: `routine` (the routine's file JSON) is saved under `id` and each of `settings` is
    /// written as given. With `take_over_from`, every session, rest day and reminder occurrence of that
    /// routine moves to `id` as well (the caller has already renamed the routine inside `settings`).
    /// Either all of it happens or none. Returns how many sessions moved.
    ///
    /// This is how an accepted dose change is kept with its dose history, and how a personal copy made
    /// by accepting a change to a built-in routine takes that routine's place: its streak, reminder and
    /// goal carry on instead of starting again. A sync pass sees the moved sessions as changed and shares
    /// them. A restored backup followed by a replay of the record log does not replay the move (the log
    /// holds records as a person made them): the copy then comes back without the history.
    pub fn save_routine_version(
        &self,
        id: &str,
        routine: &serde_json::Value,
        settings: &[(SettingKey, serde_json::Value)],
        take_over_from: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<usize> {
        let tx = self.write()?;
        let created_at = stored_custom_routine(&tx, id)?.map_or(now, |r| r.created_at);
        upsert(
            &tx,
            &CustomRoutineRecord {
                id: id.to_owned(),
                routine: routine.clone(),
                created_at,
                updated_at: now,
                deleted: false,
            },
        )?;
        let (from, to) = (take_over_from.unwrap_or(id), id);
        let mut moved = 0;
        if from != to {
            moved = tx
                .prepare_cached("UPDATE sessions SET routine_id = ?2 WHERE routine_id = ?1")?
                .execute((from, to))
                .map_err(on_write)?;
        }
        for table in ["rest_days", "reminder_occurrences"]
            .into_iter()
            .filter(|_| from != to)
        {
            // A row already under `to` for the same day stays, and the one under `from` goes: a new
            // routine has none, so this only guards a second hand-over.
            tx.execute(
                &format!("UPDATE OR IGNORE {table} SET routine_id = ?2 WHERE routine_id = ?1"),
                (from, to),
            )
            .map_err(on_write)?;
            tx.execute(
                &format!("DELETE FROM {table} WHERE routine_id = ?1"),
                [from],
            )
            .map_err(on_write)?;
        }
        for (key, value) in settings {
            tx.prepare_cached(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?
            .execute((key.name(), serde_json::to_string(value)?))
            .map_err(on_write)?;
        }
        let entry = stored_custom_routine(&tx, id)?.map(|routine| Entry::CustomRoutine { routine });
        self.commit_logged(tx, entry)?;
        Ok(moved)
    }

    /// Marks a custom routine deleted; returns false when there is no such live routine.
    pub fn delete_custom_routine(&self, id: &str, now: DateTime<Utc>) -> Result<bool> {
        let tx = self.write()?;
        let changed = tx
            .prepare_cached(
                "UPDATE custom_routines SET deleted = 1, updated_at = max(updated_at, ?2)
                 WHERE id = ?1 AND deleted = 0",
            )?
            .execute((id, sql::millis(now)))
            .map_err(on_write)?;
        let entry = if changed > 0 {
            stored_custom_routine(&tx, id)?.map(|routine| Entry::CustomRoutine { routine })
        } else {
            None
        };
        self.commit_logged(tx, entry)?;
        Ok(changed > 0)
    }

    /// Custom routines ordered by creation; deleted ones only when asked for.
    pub fn custom_routines(&self, include_deleted: bool) -> Result<Vec<CustomRoutineRecord>> {
        let sql = format!(
            "SELECT {CUSTOM_ROUTINE_COLUMNS} FROM custom_routines
             WHERE deleted = 0 OR ?1 ORDER BY created_at, id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([include_deleted], custom_routine_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
