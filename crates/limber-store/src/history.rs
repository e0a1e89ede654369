//! The dashboard loader. It owns reading, in one consistent snapshot, every fact the dashboard's
//! pure computations need; it must never compute those figures itself.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::journal::{journal_from_row, JOURNAL_COLUMNS};
use crate::record::{JournalRecord, RestDay, SessionRecord};
use crate::rest_day::rest_day_from_row;
use crate::session::{session_from_row, SESSION_COLUMNS};
use crate::sql;
use crate::Store;

/// Sessions, journal entries and rest days from one day onwards.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct History {
    /// Ordered by start.
    pub sessions: Vec<SessionRecord>,
    /// Ordered by day.
    pub journal: Vec<JournalRecord>,
    /// Ordered by day, then routine.
    pub rest_days: Vec<RestDay>,
}

impl Store {
    /// Everything from routine day `from` onwards (pass today minus N years). The three lists
    /// are read in one transaction, so a session written meanwhile is either in all the figures
    /// or in none.
    pub fn history_since(&self, from: NaiveDate) -> Result<History> {
        let from = sql::day_text(from);
        // A read transaction pins one WAL snapshot for all three queries.
        let tx = self.conn.unchecked_transaction()?;
        let mut sessions = {
            // A table scan in rowid order is nearly start order already (sessions are written as
            // they end), and sorting that in Rust is cheaper than SQLite's temporary sort tree,
            // which must carry every column of every row.
            let sql = format!(
                "SELECT {SESSION_COLUMNS} FROM sessions NOT INDEXED WHERE routine_day >= ?1"
            );
            let mut stmt = tx.prepare_cached(&sql)?;
            let rows = stmt.query_map([&from], session_from_row)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        sessions.sort_by(|a, b| (a.started_at, &a.id).cmp(&(b.started_at, &b.id)));
        let journal = {
            let sql = format!(
                "SELECT {JOURNAL_COLUMNS} FROM journal_entries WHERE day >= ?1 ORDER BY day"
            );
            let mut stmt = tx.prepare_cached(&sql)?;
            let rows = stmt.query_map([&from], journal_from_row)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let rest_days = {
            let mut stmt = tx.prepare_cached(
                "SELECT routine_id, day FROM rest_days WHERE day >= ?1 ORDER BY day, routine_id",
            )?;
            let rows = stmt.query_map([&from], rest_day_from_row)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        tx.finish()?;
        Ok(History {
            sessions,
            journal,
            rest_days,
        })
    }
}
