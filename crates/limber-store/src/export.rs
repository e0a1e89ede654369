//! Export of everything the user produced, as one versioned JSON document (for moving to another
//! machine and for import) and as CSV files (for spreadsheets). It owns the export formats; it
//! must never write a file itself (the shell picks where) and never leave out a fact the user
//! entered. Only the settings the person owns are exported, as the caller's [`SettingsPolicy`]
//! says: the app's bookkeeping (a pending notice, snoozes, the store's own backup number) is its
//! state, not the person's data, and reminder occurrences are not exported for the same reason.

use std::collections::BTreeMap;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::backup::BACKUP_KEY;
use crate::custom_routine::{custom_routine_from_row, CUSTOM_ROUTINE_COLUMNS};
use crate::error::Result;
use crate::journal::{journal_from_row, JOURNAL_COLUMNS};
use crate::policy::{SettingKind, SettingsPolicy};
use crate::record::{CustomRoutineRecord, JournalRecord, RestDay, SessionRecord};
use crate::rest_day::rest_day_from_row;
use crate::session::{session_from_row, SESSION_COLUMNS};
use crate::Store;

/// The `format` field of every export document.
pub const EXPORT_FORMAT: &str = "limber-export";
/// The export document version this build writes and the newest it can import.
pub const EXPORT_VERSION: u32 = 1;

/// The export document, as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportDocument {
    pub format: String,
    pub version: u32,
    pub sessions: Vec<SessionRecord>,
    pub journal: Vec<JournalRecord>,
    pub rest_days: Vec<RestDay>,
    pub settings: BTreeMap<String, Value>,
    pub custom_routines: Vec<CustomRoutineRecord>,
}

/// Appends one CSV field, quoted when RFC 4180 requires it (a comma, a quote or a line break),
/// with inner quotes doubled. Values are written as they are: a note starting with `=` stays
/// text here, and spreadsheets that evaluate it are the reader's concern, because altering the
/// user's words would break the round trip.
fn push_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// Appends one CSV record terminated by CRLF, as RFC 4180 specifies.
fn push_record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, field.as_ref());
    }
    out.push_str("\r\n");
}

fn time_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

impl Store {
    /// Reads every exported fact in one snapshot, with the settings `policy` calls the person's.
    pub fn export_document(&self, policy: &dyn SettingsPolicy) -> Result<ExportDocument> {
        let tx = self.conn.unchecked_transaction()?;
        let sessions = {
            let sql = format!("SELECT {SESSION_COLUMNS} FROM sessions ORDER BY started_at, id");
            let mut stmt = tx.prepare_cached(&sql)?;
            let rows = stmt.query_map([], session_from_row)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let journal = {
            let sql = format!("SELECT {JOURNAL_COLUMNS} FROM journal_entries ORDER BY day");
            let mut stmt = tx.prepare_cached(&sql)?;
            let rows = stmt.query_map([], journal_from_row)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let rest_days = {
            let mut stmt = tx
                .prepare_cached("SELECT routine_id, day FROM rest_days ORDER BY day, routine_id")?;
            let rows = stmt.query_map([], rest_day_from_row)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let settings = {
            let mut stmt = tx.prepare_cached("SELECT key, value FROM settings ORDER BY key")?;
            let rows =
                stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
            let mut settings = BTreeMap::new();
            for row in rows {
                let (key, text) = row?;
                if key != BACKUP_KEY && policy.kind(&key) == SettingKind::Owned {
                    settings.insert(key, serde_json::from_str(&text)?);
                }
            }
            settings
        };
        let custom_routines = {
            let sql = format!(
                "SELECT {CUSTOM_ROUTINE_COLUMNS} FROM custom_routines ORDER BY created_at, id"
            );
            let mut stmt = tx.prepare_cached(&sql)?;
            let rows = stmt.query_map([], custom_routine_from_row)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        tx.finish()?;
        Ok(ExportDocument {
            format: EXPORT_FORMAT.to_owned(),
            version: EXPORT_VERSION,
            sessions,
            journal,
            rest_days,
            settings,
            custom_routines,
        })
    }

    /// The whole store as a versioned JSON document:
    /// `{"format":"limber-export","version":1,"sessions":[…],"journal":[…],"restDays":[…],
    /// "settings":{…},"customRoutines":[…]}`, with the records' camelCase fields and the
    /// settings `policy` calls the person's.
    pub fn export_json(&self, policy: &dyn SettingsPolicy) -> Result<String> {
        Ok(serde_json::to_string_pretty(
            &self.export_document(policy)?,
        )?)
    }

    /// Every session as RFC 4180 CSV (header row, CRLF line ends), oldest first. Times are UTC
    /// in RFC 3339; the checklist column holds its JSON.
    pub fn export_sessions_csv(&self) -> Result<String> {
        let mut out = String::new();
        push_record(
            &mut out,
            &[
                "id",
                "routineId",
                "routineDay",
                "startedAt",
                "endedAt",
                "utcOffsetSeconds",
                "stepsDone",
                "stepsSkipped",
                "completed",
                "activeMs",
                "pausedMs",
                "feel",
                "checklist",
            ],
        );
        for s in self.sessions()? {
            let checklist = s
                .checklist
                .as_ref()
                .map(serde_json::to_string)
                .transpose()?;
            push_record(
                &mut out,
                &[
                    s.id,
                    s.routine_id,
                    s.routine_day.to_string(),
                    time_text(s.started_at),
                    time_text(s.ended_at),
                    s.utc_offset_seconds.to_string(),
                    s.steps_done.to_string(),
                    s.steps_skipped.to_string(),
                    s.completed.to_string(),
                    s.active_ms.to_string(),
                    s.paused_ms.to_string(),
                    opt(s.feel),
                    checklist.unwrap_or_default(),
                ],
            );
        }
        Ok(out)
    }

    /// Every journal entry as RFC 4180 CSV (header row, CRLF line ends), oldest day first.
    /// Notes keep their commas, quotes and line breaks inside quoted fields.
    pub fn export_journal_csv(&self) -> Result<String> {
        let mut out = String::new();
        push_record(
            &mut out,
            &[
                "day",
                "backPain",
                "stiffness",
                "sleepQuality",
                "sleepPosition",
                "note",
                "createdAt",
                "updatedAt",
            ],
        );
        for e in self.journal_entries()? {
            push_record(
                &mut out,
                &[
                    e.day.to_string(),
                    opt(e.back_pain),
                    opt(e.stiffness),
                    opt(e.sleep_quality),
                    e.sleep_position.unwrap_or_default(),
                    e.note.unwrap_or_default(),
                    time_text(e.created_at),
                    time_text(e.updated_at),
                ],
            );
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each row: a field, and how RFC 4180 writes it.
    #[test]
    fn csv_field_quoting() {
        fn check(field: &str, expected: &str) {
            let mut out = String::new();
            push_field(&mut out, field);
            assert_eq!(out, expected, "{field:?}");
        }
        check("", "");
        check("plain", "plain");
        check("with space", "with space");
        check("a,b", "\"a,b\"");
        check("say \"hi\"", "\"say \"\"hi\"\"\"");
        check("line\nbreak", "\"line\nbreak\"");
        check("cr\rlf", "\"cr\rlf\"");
        check("\"", "\"\"\"\"");
        check("=SUM(A1)", "=SUM(A1)");
        check("é ✓", "é ✓");
    }
}
