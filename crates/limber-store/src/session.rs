//! Session persistence. It owns the `sessions` table: one row per routine the user ran, with
//! when it happened, how it went and the optional answers given afterwards. It must never derive
//! anything (streaks, totals) and never delete a session: history is the product.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row};

use crate::error::{on_write, Result};
use crate::record::{Entry, SessionRecord};
use crate::sql;
use crate::Store;

/// The columns every session query selects, in the order [`session_from_row`] reads them.
pub(crate) const SESSION_COLUMNS: &str = "id, routine_id, started_at, ended_at, utc_offset_s, \
     routine_day, steps_done, steps_skipped, completed, active_ms, paused_ms, feel, checklist, \
     skipped_exercises";

/// Builds a record from a row selected with [`SESSION_COLUMNS`].
pub(crate) fn session_from_row(row: &Row<'_>) -> rusqlite::Result<SessionRecord> {
    Ok(SessionRecord {
        id: row.get(0)?,
        routine_id: row.get(1)?,
        started_at: sql::instant(2, row.get(2)?)?,
        ended_at: sql::instant(3, row.get(3)?)?,
        utc_offset_seconds: row.get(4)?,
        routine_day: sql::day(5, row.get_ref(5)?.as_str()?)?,
        steps_done: row.get(6)?,
        steps_skipped: row.get(7)?,
        completed: row.get(8)?,
        active_ms: sql::duration(9, row.get(9)?)?,
        paused_ms: sql::duration(10, row.get(10)?)?,
        feel: row.get(11)?,
        checklist: sql::json(12, row.get_ref(12)?.as_str_or_null()?)?,
        skipped_exercises: sql::json(13, row.get_ref(13)?.as_str_or_null()?)?
            .and_then(|list| serde_json::from_value(list).ok())
            .unwrap_or_default(),
    })
}

/// Inserts a session inside an open transaction. `or_ignore` turns a duplicate (same id, or same
/// routine and start) into a no-op; the return value says whether a row was added.
pub(crate) fn insert(
    conn: &rusqlite::Connection,
    s: &SessionRecord,
    or_ignore: bool,
) -> Result<bool> {
    let checklist = s
        .checklist
        .as_ref()
        .map(serde_json::to_string)
        .transpose()?;
    insert_row(conn, s, checklist.as_deref(), or_ignore)
}

/// Like [`insert`], with the checklist given as JSON text (an import keeps the file's text, so it
/// never builds the value) instead of the record's own.
pub(crate) fn insert_row(
    conn: &rusqlite::Connection,
    s: &SessionRecord,
    checklist: Option<&str>,
    or_ignore: bool,
) -> Result<bool> {
    let sql = if or_ignore {
        "INSERT INTO sessions (id, routine_id, started_at, ended_at, utc_offset_s, routine_day,
             steps_done, steps_skipped, completed, active_ms, paused_ms, feel, checklist,
             skipped_exercises)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
         ON CONFLICT DO NOTHING"
    } else {
        "INSERT INTO sessions (id, routine_id, started_at, ended_at, utc_offset_s, routine_day,
             steps_done, steps_skipped, completed, active_ms, paused_ms, feel, checklist,
             skipped_exercises)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
    };
    // Nothing skipped is stored as NULL, like the sessions recorded before the column existed.
    let skipped = if s.skipped_exercises.is_empty() {
        None
    } else {
        Some(serde_json::to_string(&s.skipped_exercises)?)
    };
    let added = conn
        .prepare_cached(sql)?
        .execute(rusqlite::params![
            s.id,
            s.routine_id,
            sql::millis(s.started_at),
            sql::millis(s.ended_at),
            s.utc_offset_seconds,
            sql::day_text(s.routine_day),
            s.steps_done,
            s.steps_skipped,
            s.completed,
            sql::duration_ms(s.active_ms),
            sql::duration_ms(s.paused_ms),
            s.feel,
            checklist,
            skipped,
        ])
        .map_err(on_write)?;
    Ok(added > 0)
}

impl Store {
    /// Records a session. When this returns `Ok`, the session is on disk.
    ///
    /// A session whose id, or whose routine and start time, is already stored is rejected with
    /// [`crate::StoreError::Rejected`], as is one that breaks a range (feel above 10, end before
    /// start, a UTC offset beyond ±18 h).
    pub fn insert_session(&self, session: &SessionRecord) -> Result<()> {
        let tx = self.write()?;
        insert(&tx, session, false)?;
        self.commit_logged(
            tx,
            Some(Entry::Session {
                session: session.clone(),
            }),
        )
    }

    /// Records a session that may have been recorded before: a retry after a failed write, when
    /// the first attempt may or may not have reached the disk. The session id is the key: a
    /// second call with the same id adds nothing and returns `Ok(false)`. Every other rule of
    /// [`Store::insert_session`] applies.
    pub fn record_session(&self, session: &SessionRecord) -> Result<bool> {
        let tx = self.write()?;
        let stored = tx
            .prepare_cached("SELECT 1 FROM sessions WHERE id = ?1")?
            .exists([&session.id])?;
        if stored {
            return Ok(false);
        }
        insert(&tx, session, false)?;
        self.commit_logged(
            tx,
            Some(Entry::Session {
                session: session.clone(),
            }),
        )?;
        Ok(true)
    }

    /// Sets (or clears) the after-session "how does your back feel now" answer. Returns false
    /// when no session has this id.
    pub fn set_session_feel(&self, id: &str, feel: Option<u8>) -> Result<bool> {
        let tx = self.write()?;
        let changed = tx
            .prepare_cached("UPDATE sessions SET feel = ?2 WHERE id = ?1")?
            .execute((id, feel))
            .map_err(on_write)?;
        let entry = (changed > 0).then(|| Entry::Feel {
            session_id: id.to_owned(),
            feel,
        });
        self.commit_logged(tx, entry)?;
        Ok(changed > 0)
    }

    /// Sets (or clears) a session's evening-checklist ticks. Returns false when no session has
    /// this id.
    pub fn set_session_checklist(
        &self,
        id: &str,
        checklist: Option<&serde_json::Value>,
    ) -> Result<bool> {
        let text = checklist.map(serde_json::to_string).transpose()?;
        let tx = self.write()?;
        let changed = tx
            .prepare_cached("UPDATE sessions SET checklist = ?2 WHERE id = ?1")?
            .execute((id, text))
            .map_err(on_write)?;
        let entry = (changed > 0).then(|| Entry::Checklist {
            session_id: id.to_owned(),
            checklist: checklist.cloned(),
        });
        self.commit_logged(tx, entry)?;
        Ok(changed > 0)
    }

    /// One session by id.
    pub fn session(&self, id: &str) -> Result<Option<SessionRecord>> {
        let sql = format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], session_from_row)
            .optional()?)
    }

    /// Sessions whose routine day lies in `from..=to`, ordered by start.
    pub fn sessions_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<SessionRecord>> {
        let sql = format!(
            "SELECT {SESSION_COLUMNS} FROM sessions
             WHERE routine_day BETWEEN ?1 AND ?2 ORDER BY started_at, id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map((sql::day_text(from), sql::day_text(to)), session_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every session of one routine, ordered by start.
    pub fn sessions_for_routine(&self, routine_id: &str) -> Result<Vec<SessionRecord>> {
        let sql = format!(
            "SELECT {SESSION_COLUMNS} FROM sessions WHERE routine_id = ?1 ORDER BY started_at, id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([routine_id], session_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every session, ordered by start.
    pub fn sessions(&self) -> Result<Vec<SessionRecord>> {
        let sql = format!("SELECT {SESSION_COLUMNS} FROM sessions ORDER BY started_at, id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], session_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
