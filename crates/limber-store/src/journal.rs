//! Journal persistence. It owns the `journal_entries` table: at most one entry per day with the
//! user's pain, stiffness and sleep answers. It must never interpret the answers (insights are
//! computed in the core).

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row};

use crate::error::{on_write, Result};
use crate::record::{Entry, JournalRecord};
use crate::sql;
use crate::Store;

pub(crate) const JOURNAL_COLUMNS: &str =
    "day, back_pain, stiffness, sleep_quality, sleep_position, note, created_at, updated_at";

/// Builds a record from a row selected with [`JOURNAL_COLUMNS`].
pub(crate) fn journal_from_row(row: &Row<'_>) -> rusqlite::Result<JournalRecord> {
    Ok(JournalRecord {
        day: sql::day(0, row.get_ref(0)?.as_str()?)?,
        back_pain: row.get(1)?,
        stiffness: row.get(2)?,
        sleep_quality: row.get(3)?,
        sleep_position: row.get(4)?,
        note: row.get(5)?,
        created_at: sql::instant(6, row.get(6)?)?,
        updated_at: sql::instant(7, row.get(7)?)?,
    })
}

/// Writes an entry inside an open transaction, replacing the day's existing entry but keeping
/// the earlier of the two creation times.
pub(crate) fn upsert(conn: &rusqlite::Connection, e: &JournalRecord) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO journal_entries (day, back_pain, stiffness, sleep_quality, sleep_position,
             note, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (day) DO UPDATE SET
             back_pain = excluded.back_pain,
             stiffness = excluded.stiffness,
             sleep_quality = excluded.sleep_quality,
             sleep_position = excluded.sleep_position,
             note = excluded.note,
             created_at = min(created_at, excluded.created_at),
             updated_at = excluded.updated_at",
    )?
    .execute(rusqlite::params![
        sql::day_text(e.day),
        e.back_pain,
        e.stiffness,
        e.sleep_quality,
        e.sleep_position,
        e.note,
        sql::millis(e.created_at),
        sql::millis(e.updated_at),
    ])
    .map_err(on_write)?;
    Ok(())
}

/// Reads one day's entry inside an open transaction or on the plain connection.
pub(crate) fn get(conn: &rusqlite::Connection, day: NaiveDate) -> Result<Option<JournalRecord>> {
    let sql = format!("SELECT {JOURNAL_COLUMNS} FROM journal_entries WHERE day = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([sql::day_text(day)], journal_from_row)
        .optional()?)
}

impl Store {
    /// Saves the entry for `entry.day`, replacing that day's answers if there were any. The
    /// stored creation time stays the earliest one seen, so callers may pass `now` for both
    /// times. Returns the entry as stored.
    pub fn save_journal_entry(&self, entry: &JournalRecord) -> Result<JournalRecord> {
        let tx = self.write()?;
        upsert(&tx, entry)?;
        let stored = get(&tx, entry.day)?;
        let logged = stored.clone().map(|entry| Entry::Journal { entry });
        self.commit_logged(tx, logged)?;
        stored.ok_or_else(|| {
            crate::StoreError::Rejected(format!("journal entry for {} was not stored", entry.day))
        })
    }

    /// Deletes one day's entry; returns whether there was one.
    pub fn delete_journal_entry(&self, day: NaiveDate) -> Result<bool> {
        let tx = self.write()?;
        let removed = tx.execute(
            "DELETE FROM journal_entries WHERE day = ?1",
            [sql::day_text(day)],
        )?;
        self.commit_logged(tx, (removed > 0).then_some(Entry::JournalDeleted { day }))?;
        Ok(removed > 0)
    }

    /// One day's entry.
    pub fn journal_entry(&self, day: NaiveDate) -> Result<Option<JournalRecord>> {
        get(&self.conn, day)
    }

    /// Every journal entry, oldest day first.
    pub fn journal_entries(&self) -> Result<Vec<JournalRecord>> {
        let sql = format!("SELECT {JOURNAL_COLUMNS} FROM journal_entries ORDER BY day");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], journal_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
