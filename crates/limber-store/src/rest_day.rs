//! Rest-day persistence. It owns the `rest_days` table: days on which the user planned not to do
//! a routine. It must never decide what a rest day means for a streak (the core does).

use rusqlite::Row;

use crate::error::{on_write, Result};
use crate::record::{Entry, RestDay};
use crate::sql;
use crate::Store;

pub(crate) fn rest_day_from_row(row: &Row<'_>) -> rusqlite::Result<RestDay> {
    Ok(RestDay {
        routine_id: row.get(0)?,
        day: sql::day(1, row.get_ref(1)?.as_str()?)?,
    })
}

/// Adds a rest day inside an open transaction; returns whether it was new.
pub(crate) fn insert(conn: &rusqlite::Connection, r: &RestDay) -> Result<bool> {
    let added = conn
        .prepare_cached(
            "INSERT INTO rest_days (routine_id, day) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        )?
        .execute((&r.routine_id, sql::day_text(r.day)))
        .map_err(on_write)?;
    Ok(added > 0)
}

impl Store {
    /// Marks a rest day; returns false when it was already marked.
    pub fn add_rest_day(&self, rest_day: &RestDay) -> Result<bool> {
        let tx = self.write()?;
        let added = insert(&tx, rest_day)?;
        let entry = added.then(|| Entry::RestDay {
            rest_day: rest_day.clone(),
            rested: true,
        });
        self.commit_logged(tx, entry)?;
        Ok(added)
    }

    /// Unmarks a rest day; returns whether it was marked.
    pub fn remove_rest_day(&self, rest_day: &RestDay) -> Result<bool> {
        let tx = self.write()?;
        let removed = tx.execute(
            "DELETE FROM rest_days WHERE routine_id = ?1 AND day = ?2",
            (&rest_day.routine_id, sql::day_text(rest_day.day)),
        )?;
        let entry = (removed > 0).then(|| Entry::RestDay {
            rest_day: rest_day.clone(),
            rested: false,
        });
        self.commit_logged(tx, entry)?;
        Ok(removed > 0)
    }

    /// Every rest day, ordered by day then routine.
    pub fn rest_days(&self) -> Result<Vec<RestDay>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT routine_id, day FROM rest_days ORDER BY day, routine_id")?;
        let rows = stmt.query_map([], rest_day_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
