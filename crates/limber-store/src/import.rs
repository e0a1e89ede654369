//! Import of an export document. It owns validating the whole document before anything is
//! written, naming the first problems by their path (`sessions[3].feel: must be 0–10`), and the
//! merge rules. It must never write part of a file: the merge is one transaction, and a file
//! with any problem changes nothing.
//!
//! Merge rules, chosen so an import never destroys something the user has now:
//! - Sessions are facts and never change identity: one whose id, or whose routine and start
//!   time, is already stored is skipped (the stored one is kept as it is).
//! - Journal entries are matched by day: the entry with the later `updatedAt` wins; on a tie the
//!   stored entry stays. A replaced entry keeps the earlier of the two creation times.
//! - Custom routines are matched by id with the same later-`updatedAt`-wins rule.
//! - Rest days are a set: missing ones are added.
//! - Settings carry no time, so a stored setting is never overwritten; missing keys are added.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::custom_routine::{self, CustomRoutineRecord};
use crate::error::{on_write, StoreError};
use crate::export::{EXPORT_FORMAT, EXPORT_VERSION};
use crate::journal::{self, JournalRecord};
use crate::rest_day::{self, RestDay};
use crate::session::{self, SessionRecord};
use crate::sql;
use crate::Store;

/// Files larger than this are refused before parsing. Ten years of daily use export to about
/// 5 MB, so this leaves ample room while keeping a wrong file from exhausting memory.
pub const IMPORT_MAX_BYTES: usize = 64 * 1024 * 1024;

/// How many problems an [`ImportError::Invalid`] lists; the total is always counted.
pub const PROBLEMS_LISTED: usize = 20;

/// One problem in an import document, located by its path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportProblem {
    /// Where the problem is, such as `sessions[3].feel`.
    pub path: String,
    /// What is wrong, such as `must be 0–10`.
    pub message: String,
}

impl std::fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

fn summary(problems: &[ImportProblem]) -> String {
    let shown: Vec<String> = problems.iter().take(3).map(ToString::to_string).collect();
    shown.join("; ")
}

/// Why an import was refused. In every case nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is too large to be a Limber export ({bytes} bytes; the limit is {limit})")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the file is not valid JSON (line {line}, column {column}): {message}")]
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("the file is not a Limber export")]
    NotAnExport,
    #[error(
        "the file was made by a newer Limber (export version {found}; this Limber reads up to \
         version {known}); please update Limber to import it"
    )]
    NewerVersion { found: u64, known: u32 },
    #[error("nothing was imported: the file has {total} problem(s), first {}", summary(.problems))]
    Invalid {
        /// The first [`PROBLEMS_LISTED`] problems, in document order.
        problems: Vec<ImportProblem>,
        total: usize,
    },
    #[error("nothing was imported: {0}")]
    Store(#[from] StoreError),
}

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    pub sessions_added: usize,
    pub sessions_skipped: usize,
    pub journal_added: usize,
    pub journal_updated: usize,
    pub journal_kept: usize,
    pub rest_days_added: usize,
    pub rest_days_skipped: usize,
    pub settings_added: usize,
    pub settings_kept: usize,
    pub custom_routines_added: usize,
    pub custom_routines_updated: usize,
    pub custom_routines_kept: usize,
}

/// The problems found so far: the first few in full, and a count of all.
#[derive(Default)]
struct Problems {
    listed: Vec<ImportProblem>,
    total: usize,
}

impl Problems {
    fn add(&mut self, path: String, message: impl Into<String>) {
        self.total += 1;
        if self.listed.len() < PROBLEMS_LISTED {
            self.listed.push(ImportProblem {
                path,
                message: message.into(),
            });
        }
    }
}

/// The fields of one JSON object, read with the path used in problem reports. Each reader
/// returns `None` after reporting a problem, so a record is built only when all its fields are
/// good.
struct Fields<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

fn object<'a>(value: &'a Value, path: String, p: &mut Problems) -> Option<Fields<'a>> {
    match value {
        Value::Object(map) => Some(Fields { map, path }),
        _ => {
            p.add(path, "must be an object");
            None
        }
    }
}

/// Characters as SQLite's `length()` counts them, which the schema's limits use.
fn chars(s: &str) -> usize {
    s.chars().count()
}

fn range_message(min: i64, max: i64) -> String {
    if max == i64::MAX {
        format!("must be a whole number ≥ {min}")
    } else {
        format!("must be {min}–{max}")
    }
}

impl Fields<'_> {
    fn at(&self, key: &str) -> String {
        format!("{}.{key}", self.path)
    }

    /// The value of `key`, treating `null` as absent.
    fn get(&self, key: &str) -> Option<&Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn required<'v>(&'v self, key: &str, p: &mut Problems) -> Option<&'v Value> {
        let v = self.get(key);
        if v.is_none() {
            p.add(self.at(key), "is missing");
        }
        v
    }

    fn text_value(&self, key: &str, v: &Value, max: usize, p: &mut Problems) -> Option<String> {
        match v.as_str() {
            Some(s) if chars(s) <= max => Some(s.to_owned()),
            Some(_) => {
                p.add(self.at(key), format!("must be at most {max} characters"));
                None
            }
            None => {
                p.add(self.at(key), "must be text");
                None
            }
        }
    }

    /// Required, non-empty text of at most `max` characters.
    fn text(&self, key: &str, max: usize, p: &mut Problems) -> Option<String> {
        let s = self.text_value(key, self.required(key, p)?, max, p)?;
        if s.is_empty() {
            p.add(self.at(key), "must not be empty");
            return None;
        }
        Some(s)
    }

    fn opt_text(&self, key: &str, max: usize, p: &mut Problems) -> Option<Option<String>> {
        match self.get(key) {
            None => Some(None),
            Some(v) => self.text_value(key, v, max, p).map(Some),
        }
    }

    fn int_value(&self, key: &str, v: &Value, min: i64, max: i64, p: &mut Problems) -> Option<i64> {
        match v.as_i64() {
            Some(n) if (min..=max).contains(&n) => Some(n),
            _ => {
                p.add(self.at(key), range_message(min, max));
                None
            }
        }
    }

    fn int(&self, key: &str, min: i64, max: i64, p: &mut Problems) -> Option<i64> {
        self.int_value(key, self.required(key, p)?, min, max, p)
    }

    fn opt_int(&self, key: &str, min: i64, max: i64, p: &mut Problems) -> Option<Option<i64>> {
        match self.get(key) {
            None => Some(None),
            Some(v) => self.int_value(key, v, min, max, p).map(Some),
        }
    }

    fn opt_u8(&self, key: &str, min: u8, max: u8, p: &mut Problems) -> Option<Option<u8>> {
        self.opt_int(key, min.into(), max.into(), p)
            .map(|v| v.and_then(|n| u8::try_from(n).ok()))
    }

    fn flag(&self, key: &str, p: &mut Problems) -> Option<bool> {
        let v = self.required(key, p)?;
        let b = v.as_bool();
        if b.is_none() {
            p.add(self.at(key), "must be true or false");
        }
        b
    }

    fn instant(&self, key: &str, p: &mut Problems) -> Option<DateTime<Utc>> {
        let v = self.required(key, p)?;
        match v.as_str().map(DateTime::parse_from_rfc3339) {
            Some(Ok(t)) => Some(t.with_timezone(&Utc)),
            _ => {
                p.add(
                    self.at(key),
                    "must be a date and time such as 2024-05-01T21:30:00Z",
                );
                None
            }
        }
    }

    fn day(&self, key: &str, p: &mut Problems) -> Option<NaiveDate> {
        let v = self.required(key, p)?;
        let parsed = v.as_str().and_then(|s| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .ok()
                .filter(|d| sql::day_text(*d) == s)
        });
        if parsed.is_none() {
            p.add(self.at(key), "must be a date such as 2024-05-01");
        }
        parsed
    }

    /// Reports `message` at `key` unless `ok`.
    fn ensure(&self, ok: bool, key: &str, message: &str, p: &mut Problems) -> Option<()> {
        if ok {
            Some(())
        } else {
            p.add(self.at(key), message);
            None
        }
    }
}

/// The elements of a top-level list; an absent list is empty.
fn list<'a>(doc: &'a Map<String, Value>, key: &str, p: &mut Problems) -> &'a [Value] {
    match doc.get(key) {
        None | Some(Value::Null) => &[],
        Some(Value::Array(items)) => items,
        Some(_) => {
            p.add(key.to_owned(), "must be a list");
            &[]
        }
    }
}

const ID_MAX: usize = 100;
const MAX_OFFSET_SECONDS: i64 = 18 * 3600;

fn read_session(v: &Value, path: String, p: &mut Problems) -> Option<SessionRecord> {
    let f = object(v, path, p)?;
    // Every field is read before any `?`, so one bad record reports all its problems.
    let id = f.text("id", ID_MAX, p);
    let routine_id = f.text("routineId", ID_MAX, p);
    let started_at = f.instant("startedAt", p);
    let ended_at = f.instant("endedAt", p);
    let offset = f.int(
        "utcOffsetSeconds",
        -MAX_OFFSET_SECONDS,
        MAX_OFFSET_SECONDS,
        p,
    );
    let routine_day = f.day("routineDay", p);
    let steps_done = f.int("stepsDone", 0, u32::MAX.into(), p);
    let steps_skipped = f.int("stepsSkipped", 0, u32::MAX.into(), p);
    let completed = f.flag("completed", p);
    let active_ms = f.int("activeMs", 0, i64::MAX, p);
    let paused_ms = f.int("pausedMs", 0, i64::MAX, p);
    let feel = f.opt_u8("feel", 0, 10, p);
    let checklist = f.get("checklist").cloned();
    let (started_at, ended_at, offset, routine_day) =
        (started_at?, ended_at?, offset?, routine_day?);
    f.ensure(
        ended_at >= started_at,
        "endedAt",
        "must not be before startedAt",
        p,
    )?;
    // The routine day is the caller's choice (a late wind-down counts for the evening before),
    // but it is always within a day of the local date the session started on.
    let local_start = (started_at + chrono::Duration::seconds(offset)).date_naive();
    f.ensure(
        (routine_day - local_start).num_days().abs() <= 1,
        "routineDay",
        "must be within a day of the local date of startedAt",
        p,
    )?;
    Some(SessionRecord {
        id: id?,
        routine_id: routine_id?,
        started_at,
        ended_at,
        utc_offset_seconds: i32::try_from(offset).ok()?,
        routine_day,
        steps_done: u32::try_from(steps_done?).ok()?,
        steps_skipped: u32::try_from(steps_skipped?).ok()?,
        completed: completed?,
        active_ms: u64::try_from(active_ms?).ok()?,
        paused_ms: u64::try_from(paused_ms?).ok()?,
        feel: feel?,
        checklist,
    })
}

fn read_journal(v: &Value, path: String, p: &mut Problems) -> Option<JournalRecord> {
    let f = object(v, path, p)?;
    let day = f.day("day", p);
    let back_pain = f.opt_u8("backPain", 0, 10, p);
    let stiffness = f.opt_u8("stiffness", 0, 10, p);
    let sleep_quality = f.opt_u8("sleepQuality", 1, 5, p);
    let sleep_position = f.opt_text("sleepPosition", 100, p);
    let note = f.opt_text("note", 10_000, p);
    let created_at = f.instant("createdAt", p);
    let updated_at = f.instant("updatedAt", p);
    let (created_at, updated_at) = (created_at?, updated_at?);
    f.ensure(
        updated_at >= created_at,
        "updatedAt",
        "must not be before createdAt",
        p,
    )?;
    Some(JournalRecord {
        day: day?,
        back_pain: back_pain?,
        stiffness: stiffness?,
        sleep_quality: sleep_quality?,
        sleep_position: sleep_position?,
        note: note?,
        created_at,
        updated_at,
    })
}

fn read_rest_day(v: &Value, path: String, p: &mut Problems) -> Option<RestDay> {
    let f = object(v, path, p)?;
    let routine_id = f.text("routineId", ID_MAX, p);
    let day = f.day("day", p);
    Some(RestDay {
        routine_id: routine_id?,
        day: day?,
    })
}

fn read_custom_routine(v: &Value, path: String, p: &mut Problems) -> Option<CustomRoutineRecord> {
    let f = object(v, path, p)?;
    let id = f.text("id", ID_MAX, p);
    let routine = f.required("routine", p).cloned();
    let routine = match routine {
        Some(r @ Value::Object(_)) => Some(r),
        Some(_) => {
            p.add(f.at("routine"), "must be an object");
            None
        }
        None => None,
    };
    let created_at = f.instant("createdAt", p);
    let updated_at = f.instant("updatedAt", p);
    let deleted = f.flag("deleted", p);
    let (created_at, updated_at) = (created_at?, updated_at?);
    f.ensure(
        updated_at >= created_at,
        "updatedAt",
        "must not be before createdAt",
        p,
    )?;
    Some(CustomRoutineRecord {
        id: id?,
        routine: routine?,
        created_at,
        updated_at,
        deleted: deleted?,
    })
}

fn read_settings(doc: &Map<String, Value>, p: &mut Problems) -> BTreeMap<String, Value> {
    let mut settings = BTreeMap::new();
    match doc.get("settings") {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            for (key, value) in map {
                if key.is_empty() || chars(key) > 200 {
                    p.add(format!("settings[{key:?}]"), "key must be 1–200 characters");
                } else {
                    settings.insert(key.clone(), value.clone());
                }
            }
        }
        Some(_) => p.add("settings".to_owned(), "must be an object"),
    }
    settings
}

/// A document that passed validation, ready to merge.
struct Validated {
    sessions: Vec<SessionRecord>,
    journal: Vec<JournalRecord>,
    rest_days: Vec<RestDay>,
    settings: BTreeMap<String, Value>,
    custom_routines: Vec<CustomRoutineRecord>,
}

/// Checks the whole document and converts it, or explains everything wrong with it.
fn validate(text: &str) -> Result<Validated, ImportError> {
    if text.len() > IMPORT_MAX_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: IMPORT_MAX_BYTES,
        });
    }
    let doc: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let Value::Object(doc) = doc else {
        return Err(ImportError::NotAnExport);
    };
    if doc.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    let mut p = Problems::default();
    match doc.get("version").and_then(Value::as_u64) {
        Some(v) if v > u64::from(EXPORT_VERSION) => {
            return Err(ImportError::NewerVersion {
                found: v,
                known: EXPORT_VERSION,
            })
        }
        Some(v) if v >= 1 => {}
        _ => p.add(
            "version".to_owned(),
            format!("must be a whole number from 1 to {EXPORT_VERSION}"),
        ),
    }
    let sessions: Vec<_> = list(&doc, "sessions", &mut p)
        .iter()
        .enumerate()
        .filter_map(|(i, v)| read_session(v, format!("sessions[{i}]"), &mut p))
        .collect();
    let journal: Vec<_> = list(&doc, "journal", &mut p)
        .iter()
        .enumerate()
        .filter_map(|(i, v)| read_journal(v, format!("journal[{i}]"), &mut p))
        .collect();
    let rest_days: Vec<_> = list(&doc, "restDays", &mut p)
        .iter()
        .enumerate()
        .filter_map(|(i, v)| read_rest_day(v, format!("restDays[{i}]"), &mut p))
        .collect();
    let settings = read_settings(&doc, &mut p);
    let custom_routines: Vec<_> = list(&doc, "customRoutines", &mut p)
        .iter()
        .enumerate()
        .filter_map(|(i, v)| read_custom_routine(v, format!("customRoutines[{i}]"), &mut p))
        .collect();
    if p.total > 0 {
        return Err(ImportError::Invalid {
            problems: p.listed,
            total: p.total,
        });
    }
    Ok(Validated {
        sessions,
        journal,
        rest_days,
        settings,
        custom_routines,
    })
}

impl Store {
    /// Validates an export document completely, then merges it in one transaction following
    /// the rules in this module's documentation. On any error nothing is written.
    pub fn import_json(&self, text: &str) -> Result<ImportReport, ImportError> {
        let doc = validate(text)?;
        let mut report = ImportReport::default();
        let tx = self.write()?;
        for s in &doc.sessions {
            if session::insert(&tx, s, true)? {
                report.sessions_added += 1;
            } else {
                report.sessions_skipped += 1;
            }
        }
        for e in &doc.journal {
            match journal::get(&tx, e.day)? {
                None => {
                    journal::upsert(&tx, e)?;
                    report.journal_added += 1;
                }
                Some(stored) if e.updated_at > stored.updated_at => {
                    journal::upsert(&tx, e)?;
                    report.journal_updated += 1;
                }
                Some(_) => report.journal_kept += 1,
            }
        }
        for r in &doc.rest_days {
            if rest_day::insert(&tx, r)? {
                report.rest_days_added += 1;
            } else {
                report.rest_days_skipped += 1;
            }
        }
        for (key, value) in &doc.settings {
            let added = tx
                .prepare_cached(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                )
                .map_err(StoreError::from)?
                .execute((key, serde_json::to_string(value).map_err(StoreError::from)?))
                .map_err(on_write)?;
            if added > 0 {
                report.settings_added += 1;
            } else {
                report.settings_kept += 1;
            }
        }
        for r in &doc.custom_routines {
            let stored: Option<i64> = tx
                .prepare_cached("SELECT updated_at FROM custom_routines WHERE id = ?1")
                .map_err(StoreError::from)?
                .query_row([&r.id], |row| row.get(0))
                .map(Some)
                .or_else(|e| match e {
                    rusqlite::Error::QueryReturnedNoRows => Ok(None),
                    e => Err(e),
                })
                .map_err(StoreError::from)?;
            match stored {
                None => {
                    custom_routine::upsert(&tx, r)?;
                    report.custom_routines_added += 1;
                }
                Some(ms) if sql::millis(r.updated_at) > ms => {
                    custom_routine::upsert(&tx, r)?;
                    report.custom_routines_updated += 1;
                }
                Some(_) => report.custom_routines_kept += 1,
            }
        }
        tx.commit().map_err(StoreError::from)?;
        Ok(report)
    }
}
