//! Reminder bookkeeping. It owns the `reminder_occurrences` table: which scheduled reminders
//! fired or were missed, so a restart never fires the same day's reminder twice. It must never
//! schedule anything (the core computes occurrences; the shell fires them).

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::error::{on_write, Result};
use crate::sql;
use crate::Store;

/// What became of a scheduled reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ReminderState {
    /// The notification was shown.
    Fired,
    /// The app was not running (or the machine slept) at the time.
    Missed,
}

impl ReminderState {
    fn as_sql(self) -> &'static str {
        match self {
            ReminderState::Fired => "fired",
            ReminderState::Missed => "missed",
        }
    }

    fn from_sql(column: usize, text: &str) -> rusqlite::Result<Self> {
        match text {
            "fired" => Ok(ReminderState::Fired),
            "missed" => Ok(ReminderState::Missed),
            other => Err(rusqlite::Error::FromSqlConversionFailure(
                column,
                rusqlite::types::Type::Text,
                format!("unknown reminder state {other:?}").into(),
            )),
        }
    }
}

/// One routine's reminder on one scheduled day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReminderOccurrence {
    pub routine_id: String,
    /// The routine day the reminder was scheduled for.
    pub day: NaiveDate,
    pub state: ReminderState,
    /// When it fired, or when it was noticed as missed.
    pub at: DateTime<Utc>,
}

fn occurrence_from_row(row: &Row<'_>) -> rusqlite::Result<ReminderOccurrence> {
    Ok(ReminderOccurrence {
        routine_id: row.get(0)?,
        day: sql::day(1, row.get_ref(1)?.as_str()?)?,
        state: ReminderState::from_sql(2, row.get_ref(2)?.as_str()?)?,
        at: sql::instant(3, row.get(3)?)?,
    })
}

impl Store {
    /// Records what became of a routine's reminder on a day. Only the first record per routine
    /// and day counts: the return value is true when this one was stored, so a caller that
    /// fires only on `true` fires at most once per day.
    pub fn record_reminder(&self, occurrence: &ReminderOccurrence) -> Result<bool> {
        let tx = self.write()?;
        let added = tx
            .prepare_cached(
                "INSERT INTO reminder_occurrences (routine_id, day, state, at)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
            )?
            .execute((
                &occurrence.routine_id,
                sql::day_text(occurrence.day),
                occurrence.state.as_sql(),
                sql::millis(occurrence.at),
            ))
            .map_err(on_write)?;
        tx.commit()?;
        Ok(added > 0)
    }

    /// What was recorded for a routine's reminder on a day, if anything.
    pub fn reminder_occurrence(
        &self,
        routine_id: &str,
        day: NaiveDate,
    ) -> Result<Option<ReminderOccurrence>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT routine_id, day, state, at FROM reminder_occurrences
                 WHERE routine_id = ?1 AND day = ?2",
            )?
            .query_row((routine_id, sql::day_text(day)), occurrence_from_row)
            .optional()?)
    }

    /// Every occurrence on or after `from`, ordered by day then routine.
    pub fn reminder_occurrences_since(&self, from: NaiveDate) -> Result<Vec<ReminderOccurrence>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT routine_id, day, state, at FROM reminder_occurrences
             WHERE day >= ?1 ORDER BY day, routine_id",
        )?;
        let rows = stmt.query_map([sql::day_text(from)], occurrence_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
