//! Import of an export document. It owns validating the whole document before anything is
//! written, naming the first problems by their path (`sessions[3].feel: must be 0–10`), and the
//! merge rules. It must never write part of a file: the merge is one transaction, and a file
//! with any problem changes nothing.
//!
//! # Bounded memory
//! A file may be anything a person picked, up to [`IMPORT_MAX_BYTES`]. So the document is never
//! built as a `serde_json::Value` tree (a tree of small junk objects costs dozens of times the
//! file's size). It is read in one pass with typed visitors: each record's known fields are read
//! as scalars (a list or an object where a scalar belongs is skipped without being built), unknown
//! fields are skipped, and the JSON values the store keeps as they are (a session's checklist, a
//! custom routine, a setting) are borrowed from the text as raw slices, each with a size limit.
//! Once one problem is found, no more records are kept: the file will be refused, so the rest is
//! only read to count its problems. Memory stays within a small multiple of the file's size.
//!
//! # Settings
//! The store does not know what a setting means; the caller's [`SettingsPolicy`] does. A key the
//! settings registry ([`SettingKey`]) does not know refuses the file; bookkeeping (the app's and
//! the store's own backup number) is left out; each of the person's settings must pass the policy's
//! check, which sees the custom routines the file brings. Problems are listed in document order,
//! except that settings problems come after the records' (they are checked once the whole file
//! has been read) and a bad `version` comes first.
//!
//! Merge rules, chosen so an import never destroys something the user has now:
//! - Sessions are facts and never change identity: one whose id, or whose routine and start
//!   time, is already stored is skipped (the stored one is kept as it is).
//! - Journal entries are matched by day: the entry with the later `updatedAt` wins; on a tie the
//!   stored entry stays. A replaced entry keeps the earlier of the two creation times.
//! - Custom routines are matched by id with the same later-`updatedAt`-wins rule.
//! - Rest days are a set: missing ones are added.
//! - Settings carry no time, so a stored setting is never overwritten; missing keys are added.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use limber_core::journal::{JournalField, FEEL_RANGE};
use limber_core::library::routine_file;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;

use crate::custom_routine;
use crate::error::{on_write, StoreError};
use crate::export::{EXPORT_FORMAT, EXPORT_VERSION};
use crate::journal;
use crate::policy::{ImportedFile, SettingKind, SettingsPolicy};
use crate::record::{JournalRecord, RestDay, SessionRecord};
use crate::rest_day;
use crate::session;
use crate::setting_key::SettingKey;
use crate::sql;
use crate::Store;

/// Files larger than this are refused before parsing. Ten years of daily use export to about
/// 5 MB, so this leaves ample room while keeping a wrong file from exhausting memory.
pub const IMPORT_MAX_BYTES: usize = 64 * 1024 * 1024;

/// How many problems an [`ImportError::Invalid`] lists; the total is always counted.
pub const PROBLEMS_LISTED: usize = 20;

/// The most JSON text one setting's value, or one session's checklist, may hold. Both are a
/// handful of fields; the limit keeps one huge value from costing memory each time it is read.
pub const VALUE_MAX_BYTES: usize = 64 * 1024;

/// The most JSON text one custom routine may hold: the limit of a routine file.
pub const ROUTINE_MAX_BYTES: usize = routine_file::MAX_BYTES;

/// The longest settings key the schema accepts, in characters.
const KEY_MAX_CHARS: usize = 200;

/// One problem in an import document, located by its path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportProblem {
    /// Where the problem is, such as `sessions[3].feel`.
    pub path: String,
    /// What is wrong, such as `must be 0–10`.
    pub message: String,
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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

    /// Adds a problem that belongs before every other in the list.
    fn add_first(&mut self, path: String, message: impl Into<String>) {
        self.total += 1;
        self.listed.insert(
            0,
            ImportProblem {
                path,
                message: message.into(),
            },
        );
        self.listed.truncate(PROBLEMS_LISTED);
    }
}

/// A field's value as far as a record needs it: a scalar, or the note that it was a list or an
/// object, which is skipped without being built.
#[derive(Debug, Clone, PartialEq)]
enum Scalar {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float,
    Text(String),
    Compound,
}

impl Scalar {
    fn as_str(&self) -> Option<&str> {
        match self {
            Scalar::Text(s) => Some(s),
            _ => None,
        }
    }

    /// The value as a whole number, as `serde_json::Value::as_i64` reads it: a number written
    /// with a fraction or an exponent is not one.
    fn as_i64(&self) -> Option<i64> {
        match *self {
            Scalar::Int(n) => Some(n),
            Scalar::UInt(n) => i64::try_from(n).ok(),
            _ => None,
        }
    }

    fn as_u64(&self) -> Option<u64> {
        match *self {
            Scalar::Int(n) => u64::try_from(n).ok(),
            Scalar::UInt(n) => Some(n),
            _ => None,
        }
    }

    fn as_bool(&self) -> Option<bool> {
        match *self {
            Scalar::Bool(b) => Some(b),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Scalar, E> {
        Ok(Scalar::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar::Int(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
        Ok(Scalar::UInt(v))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Scalar, E> {
        Ok(Scalar::Float)
    }

    fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar::Text(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Scalar, E> {
        Ok(Scalar::Text(v))
    }

    fn visit_unit<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Null)
    }

    fn visit_none<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Scalar, A::Error> {
        drain_seq(seq)?;
        Ok(Scalar::Compound)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Scalar, A::Error> {
        drain_map(map)?;
        Ok(Scalar::Compound)
    }
}

/// Reads the rest of a list without keeping any of it (the parser still checks its syntax).
fn drain_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

/// Reads the rest of an object without keeping any of it.
fn drain_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

/// How a record's field is read.
#[derive(Clone, Copy)]
enum Shape {
    /// A scalar (text, number, flag, time).
    Scalar,
    /// Any JSON the store keeps as it is, borrowed from the file's text.
    Raw,
}

/// A record's fields and how each is read. Fields not named here are skipped unread.
type Spec = &'static [(&'static str, Shape)];

const SESSION_FIELDS: Spec = &[
    ("id", Shape::Scalar),
    ("routineId", Shape::Scalar),
    ("startedAt", Shape::Scalar),
    ("endedAt", Shape::Scalar),
    ("utcOffsetSeconds", Shape::Scalar),
    ("routineDay", Shape::Scalar),
    ("stepsDone", Shape::Scalar),
    ("stepsSkipped", Shape::Scalar),
    ("completed", Shape::Scalar),
    ("activeMs", Shape::Scalar),
    ("pausedMs", Shape::Scalar),
    ("feel", Shape::Scalar),
    ("checklist", Shape::Raw),
    ("skippedExercises", Shape::Raw),
];

const JOURNAL_FIELDS: Spec = &[
    ("day", Shape::Scalar),
    ("backPain", Shape::Scalar),
    ("stiffness", Shape::Scalar),
    ("sleepQuality", Shape::Scalar),
    ("sleepPosition", Shape::Scalar),
    ("note", Shape::Scalar),
    ("createdAt", Shape::Scalar),
    ("updatedAt", Shape::Scalar),
];

const REST_DAY_FIELDS: Spec = &[("routineId", Shape::Scalar), ("day", Shape::Scalar)];

const CUSTOM_ROUTINE_FIELDS: Spec = &[
    ("id", Shape::Scalar),
    ("routine", Shape::Raw),
    ("createdAt", Shape::Scalar),
    ("updatedAt", Shape::Scalar),
    ("deleted", Shape::Scalar),
];

/// One field's value as read.
enum FieldValue<'de> {
    Scalar(Scalar),
    Raw(&'de RawValue),
}

/// The fields of one record, read with the path used in problem reports. Each reader returns
/// `None` after reporting a problem, so a record is built only when all its fields are good.
struct Fields<'de> {
    list: &'static str,
    index: usize,
    spec: Spec,
    values: Vec<Option<FieldValue<'de>>>,
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

impl<'de> Fields<'de> {
    fn at(&self, key: &str) -> String {
        format!("{}[{}].{key}", self.list, self.index)
    }

    fn value(&self, key: &str) -> Option<&FieldValue<'de>> {
        let i = self.spec.iter().position(|(name, _)| *name == key)?;
        self.values.get(i)?.as_ref()
    }

    /// The scalar value of `key`, treating `null` as absent.
    fn get(&self, key: &str) -> Option<&Scalar> {
        match self.value(key)? {
            FieldValue::Scalar(Scalar::Null) => None,
            FieldValue::Scalar(s) => Some(s),
            FieldValue::Raw(_) => None,
        }
    }

    /// The raw JSON of `key`, treating `null` as absent.
    fn raw(&self, key: &str) -> Option<&'de RawValue> {
        match self.value(key)? {
            FieldValue::Raw(raw) if raw.get() != "null" => Some(*raw),
            _ => None,
        }
    }

    fn required(&self, key: &str, p: &mut Problems) -> Option<&Scalar> {
        let v = self.get(key);
        if v.is_none() {
            p.add(self.at(key), "is missing");
        }
        v
    }

    /// Raw JSON of at most `max` bytes, or a problem.
    fn sized(&self, key: &str, raw: &'de RawValue, max: usize, p: &mut Problems) -> Option<()> {
        if raw.get().len() <= max {
            Some(())
        } else {
            p.add(
                self.at(key),
                format!(
                    "must be at most {max} bytes of JSON (it has {})",
                    raw.get().len()
                ),
            );
            None
        }
    }

    fn text_value(&self, key: &str, v: &Scalar, max: usize, p: &mut Problems) -> Option<String> {
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

    fn int_value(
        &self,
        key: &str,
        v: &Scalar,
        min: i64,
        max: i64,
        p: &mut Problems,
    ) -> Option<i64> {
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

    /// An optional answer on one of the core's scales (`(min, max)`, inclusive).
    fn opt_u8(&self, key: &str, (min, max): (u8, u8), p: &mut Problems) -> Option<Option<u8>> {
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

// The limits below are the schema's own CHECK constraints (see `migrations/`), which the store
// owns; the rules about what an answer means (the journal's scales, a routine file's size) are
// the core's and are imported from it.

/// The longest session, routine or custom routine id the schema keeps, in characters.
const ID_MAX: usize = 100;
/// The largest UTC offset the schema keeps, in seconds either way.
const MAX_OFFSET_SECONDS: i64 = 18 * 3600;
/// The longest sleep position the schema keeps, in characters.
const SLEEP_POSITION_MAX_CHARS: usize = 100;
/// The longest journal note the schema keeps, in characters. The check-in form keeps notes to the
/// core's `MAX_NOTE_CHARS`; the schema leaves room for what older exports hold.
const NOTE_MAX_CHARS: usize = 10_000;

/// A session as read, with its checklist still as the file's JSON text.
struct SessionRow<'de> {
    record: SessionRecord,
    checklist: Option<&'de RawValue>,
}

fn read_session<'de>(f: &Fields<'de>, p: &mut Problems) -> Option<SessionRow<'de>> {
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
    let feel = f.opt_u8("feel", FEEL_RANGE, p);
    let checklist = match f.raw("checklist") {
        None => Some(None),
        Some(raw) => f
            .sized("checklist", raw, VALUE_MAX_BYTES, p)
            .map(|()| Some(raw)),
    };
    // Optional: exports made before issue 18 have no list of skipped exercises.
    let skipped_exercises = match f.raw("skippedExercises") {
        None => Some(Vec::new()),
        Some(raw) => serde_json::from_str::<Vec<String>>(raw.get())
            .ok()
            .filter(|list| {
                list.len() <= 100 && list.iter().all(|id| !id.is_empty() && id.len() <= ID_MAX)
            })
            .or_else(|| {
                f.ensure(
                    false,
                    "skippedExercises",
                    "must be a list of exercise ids",
                    p,
                );
                None
            }),
    };
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
    Some(SessionRow {
        record: SessionRecord {
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
            checklist: None,
            skipped_exercises: skipped_exercises?,
        },
        checklist: checklist?,
    })
}

fn read_journal(f: &Fields<'_>, p: &mut Problems) -> Option<JournalRecord> {
    let day = f.day("day", p);
    let back_pain = f.opt_u8("backPain", JournalField::Pain.range(), p);
    let stiffness = f.opt_u8("stiffness", JournalField::Stiffness.range(), p);
    let sleep_quality = f.opt_u8("sleepQuality", JournalField::SleepQuality.range(), p);
    let sleep_position = f.opt_text("sleepPosition", SLEEP_POSITION_MAX_CHARS, p);
    let note = f.opt_text("note", NOTE_MAX_CHARS, p);
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

fn read_rest_day(f: &Fields<'_>, p: &mut Problems) -> Option<RestDay> {
    let routine_id = f.text("routineId", ID_MAX, p);
    let day = f.day("day", p);
    Some(RestDay {
        routine_id: routine_id?,
        day: day?,
    })
}

/// A custom routine as read, with the routine still as the file's JSON text.
struct RoutineRow<'de> {
    id: String,
    body: &'de RawValue,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    deleted: bool,
}

fn read_custom_routine<'de>(f: &Fields<'de>, p: &mut Problems) -> Option<RoutineRow<'de>> {
    let id = f.text("id", ID_MAX, p);
    let body = match f.raw("routine") {
        None => {
            p.add(f.at("routine"), "is missing");
            None
        }
        Some(raw) if !raw.get().starts_with('{') => {
            p.add(f.at("routine"), "must be an object");
            None
        }
        Some(raw) => f.sized("routine", raw, ROUTINE_MAX_BYTES, p).map(|()| raw),
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
    Some(RoutineRow {
        id: id?,
        body: body?,
        created_at,
        updated_at,
        deleted: deleted?,
    })
}

/// The lists of an export document.
#[derive(Clone, Copy, PartialEq, Eq)]
enum List {
    Sessions,
    Journal,
    RestDays,
    CustomRoutines,
}

impl List {
    fn name(self) -> &'static str {
        match self {
            List::Sessions => "sessions",
            List::Journal => "journal",
            List::RestDays => "restDays",
            List::CustomRoutines => "customRoutines",
        }
    }

    fn spec(self) -> Spec {
        match self {
            List::Sessions => SESSION_FIELDS,
            List::Journal => JOURNAL_FIELDS,
            List::RestDays => REST_DAY_FIELDS,
            List::CustomRoutines => CUSTOM_ROUTINE_FIELDS,
        }
    }
}

/// The top-level keys of an export document.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TopKey {
    Format,
    Version,
    List(List),
    Settings,
}

impl TopKey {
    fn of(key: &str) -> Option<TopKey> {
        Some(match key {
            "format" => TopKey::Format,
            "version" => TopKey::Version,
            "sessions" => TopKey::List(List::Sessions),
            "journal" => TopKey::List(List::Journal),
            "restDays" => TopKey::List(List::RestDays),
            "customRoutines" => TopKey::List(List::CustomRoutines),
            "settings" => TopKey::Settings,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            TopKey::Format => "format",
            TopKey::Version => "version",
            TopKey::List(list) => list.name(),
            TopKey::Settings => "settings",
        }
    }
}

/// Everything read from a document so far.
struct Parsed<'de> {
    problems: Problems,
    /// Whether the document is a JSON object at all.
    is_object: bool,
    format: Option<Scalar>,
    version: Option<Scalar>,
    seen: Vec<TopKey>,
    sessions: Vec<SessionRow<'de>>,
    journal: Vec<JournalRecord>,
    rest_days: Vec<RestDay>,
    custom_routines: Vec<RoutineRow<'de>>,
    /// The person's settings, as the file's JSON text (checked once the whole file is read).
    settings: Vec<(String, &'de RawValue)>,
    /// What the settings' checks may need to know about the rest of the file.
    file: ImportedFile,
}

impl<'de> Parsed<'de> {
    /// Records are kept only while the file has no problem: once it has one it is refused, and
    /// keeping the rest would only cost memory.
    fn keeping(&mut self) -> bool {
        if self.problems.total == 0 {
            return true;
        }
        if !self.sessions.is_empty() {
            self.sessions = Vec::new();
        }
        if !self.journal.is_empty() {
            self.journal = Vec::new();
        }
        if !self.rest_days.is_empty() {
            self.rest_days = Vec::new();
        }
        if !self.custom_routines.is_empty() {
            self.custom_routines = Vec::new();
        }
        false
    }

    fn add_record(&mut self, list: List, fields: &Fields<'de>) {
        match list {
            List::Sessions => {
                if let Some(row) = read_session(fields, &mut self.problems) {
                    if self.keeping() {
                        self.sessions.push(row);
                    }
                }
            }
            List::Journal => {
                if let Some(record) = read_journal(fields, &mut self.problems) {
                    if self.keeping() {
                        self.journal.push(record);
                    }
                }
            }
            List::RestDays => {
                if let Some(record) = read_rest_day(fields, &mut self.problems) {
                    if self.keeping() {
                        self.rest_days.push(record);
                    }
                }
            }
            List::CustomRoutines => {
                if let Some(row) = read_custom_routine(fields, &mut self.problems) {
                    // The ids are kept even once the file is refused, so the settings' checks
                    // still name only the problems that are really there.
                    self.file.custom_routine_ids.insert(row.id.clone());
                    if self.keeping() {
                        self.custom_routines.push(row);
                    }
                }
            }
        }
        self.keeping();
    }
}

/// How a settings key reads in a problem's path: `settings.reminders` for a plain name, the
/// quoted key otherwise (cut short, so a huge junk key cannot fill the message).
fn setting_path(key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if plain && chars(key) <= KEY_MAX_CHARS {
        format!("settings.{key}")
    } else if chars(key) > 40 {
        let short: String = key.chars().take(40).collect();
        format!("settings[{:?}…]", short)
    } else {
        format!("settings[{key:?}]")
    }
}

/// Reads a whole document into a [`Parsed`].
struct DocSeed<'a, 'de>(&'a mut Parsed<'de>);

impl<'de> DeserializeSeed<'de> for DocSeed<'_, 'de> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for DocSeed<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Limber export")
    }

    // Anything but an object is not an export; it is still read to the end, so a syntax error
    // anywhere is reported as such.
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        drain_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let doc = self.0;
        doc.is_object = true;
        while let Some(key) = map.next_key_seed(KeySeed(TopKey::of))? {
            let Some(key) = key else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            if doc.seen.contains(&key) {
                doc.problems
                    .add(key.name().to_owned(), "appears more than once");
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            doc.seen.push(key);
            match key {
                TopKey::Format => doc.format = Some(map.next_value()?),
                TopKey::Version => doc.version = Some(map.next_value()?),
                TopKey::List(list) => map.next_value_seed(ListSeed { doc, list })?,
                TopKey::Settings => map.next_value_seed(SettingsSeed(doc))?,
            }
        }
        Ok(())
    }
}

/// Reads an object key as one of a known set (by `lookup`) without allocating; `None` for a key
/// outside the set.
struct KeySeed<T>(fn(&str) -> Option<T>);

impl<'de, T> DeserializeSeed<'de> for KeySeed<T> {
    type Value = Option<T>;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de, T> Visitor<'de> for KeySeed<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E>(self, v: &str) -> Result<Option<T>, E> {
        Ok((self.0)(v))
    }
}

/// Reads a record's field key as its index in a [`Spec`].
struct FieldKeySeed(Spec);

impl<'de> DeserializeSeed<'de> for FieldKeySeed {
    type Value = Option<usize>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Option<usize>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for FieldKeySeed {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E>(self, v: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|(name, _)| *name == v))
    }
}

/// Reads one of the document's lists, record by record.
struct ListSeed<'a, 'de> {
    doc: &'a mut Parsed<'de>,
    list: List,
}

impl<'de> DeserializeSeed<'de> for ListSeed<'_, 'de> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl ListSeed<'_, '_> {
    fn not_a_list(self) {
        self.doc
            .problems
            .add(self.list.name().to_owned(), "must be a list");
    }
}

impl<'de> Visitor<'de> for ListSeed<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        self.not_a_list();
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        self.not_a_list();
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        self.not_a_list();
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        self.not_a_list();
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        self.not_a_list();
        Ok(())
    }

    /// An absent list and `null` are both empty.
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        self.not_a_list();
        drain_map(map)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let (doc, list) = (self.doc, self.list);
        let mut index = 0;
        while let Some(fields) = seq.next_element_seed(RecordSeed {
            problems: &mut doc.problems,
            list,
            index,
        })? {
            if let Some(fields) = fields {
                doc.add_record(list, &fields);
            } else {
                doc.keeping();
            }
            index += 1;
        }
        Ok(())
    }
}

/// Reads one record of a list as [`Fields`]; `None` (after a problem) when it is not an object.
struct RecordSeed<'a> {
    problems: &'a mut Problems,
    list: List,
    index: usize,
}

impl RecordSeed<'_> {
    fn not_an_object<T>(self) -> Option<T> {
        self.problems.add(
            format!("{}[{}]", self.list.name(), self.index),
            "must be an object",
        );
        None
    }
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = Option<Fields<'de>>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = Option<Fields<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a record")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(self.not_an_object())
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(self.not_an_object())
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(self.not_an_object())
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(self.not_an_object())
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(self.not_an_object())
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(self.not_an_object())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        drain_seq(seq)?;
        Ok(self.not_an_object())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let spec = self.list.spec();
        let mut fields = Fields {
            list: self.list.name(),
            index: self.index,
            spec,
            values: spec.iter().map(|_| None).collect(),
        };
        let mut repeated = false;
        while let Some(key) = map.next_key_seed(FieldKeySeed(spec))? {
            let Some(i) = key else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            let value = match spec[i].1 {
                Shape::Scalar => FieldValue::Scalar(map.next_value()?),
                Shape::Raw => FieldValue::Raw(map.next_value()?),
            };
            if fields.values[i].is_some() {
                self.problems
                    .add(fields.at(spec[i].0), "appears more than once");
                repeated = true;
            }
            fields.values[i] = Some(value);
        }
        Ok((!repeated).then_some(fields))
    }
}

/// Reads the `settings` object: the registry sorts each key at once, so only the person's settings
/// are kept (as the file's text), and a file full of junk keys costs no memory.
struct SettingsSeed<'a, 'de>(&'a mut Parsed<'de>);

impl<'de> DeserializeSeed<'de> for SettingsSeed<'_, 'de> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl SettingsSeed<'_, '_> {
    fn not_an_object(self) {
        self.0
            .problems
            .add("settings".to_owned(), "must be an object");
    }
}

impl<'de> Visitor<'de> for SettingsSeed<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the settings")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        self.not_an_object();
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        self.not_an_object();
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        self.not_an_object();
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        self.not_an_object();
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        self.not_an_object();
        Ok(())
    }

    /// `null` settings are no settings.
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        self.not_an_object();
        drain_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let doc = self.0;
        while let Some(key) = map.next_key::<String>()? {
            let path = setting_path(&key);
            if key.is_empty() || chars(&key) > KEY_MAX_CHARS {
                doc.problems
                    .add(path, format!("key must be 1–{KEY_MAX_CHARS} characters"));
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            match SettingKey::kind_of(&key) {
                SettingKind::Internal => {
                    map.next_value::<IgnoredAny>()?;
                }
                SettingKind::Unknown => {
                    doc.problems.add(path, "is not a setting Limber knows");
                    map.next_value::<IgnoredAny>()?;
                }
                SettingKind::Owned => {
                    let raw: &'de RawValue = map.next_value()?;
                    if doc.settings.iter().any(|(k, _)| *k == key) {
                        doc.problems.add(path, "appears more than once");
                    } else if raw.get().len() > VALUE_MAX_BYTES {
                        doc.problems.add(
                            path,
                            format!(
                                "must be at most {VALUE_MAX_BYTES} bytes of JSON (it has {})",
                                raw.get().len()
                            ),
                        );
                    } else {
                        doc.settings.push((key, raw));
                    }
                }
            }
        }
        Ok(())
    }
}

/// A document that passed validation, ready to merge.
struct Validated<'de> {
    sessions: Vec<SessionRow<'de>>,
    journal: Vec<JournalRecord>,
    rest_days: Vec<RestDay>,
    settings: Vec<(String, Value)>,
    custom_routines: Vec<RoutineRow<'de>>,
}

/// Checks the whole document and converts it, or explains everything wrong with it.
fn validate<'de>(
    text: &'de str,
    policy: &dyn SettingsPolicy,
) -> Result<Validated<'de>, ImportError> {
    if text.len() > IMPORT_MAX_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: IMPORT_MAX_BYTES,
        });
    }
    let mut doc = Parsed {
        problems: Problems::default(),
        is_object: false,
        format: None,
        version: None,
        seen: Vec::new(),
        sessions: Vec::new(),
        journal: Vec::new(),
        rest_days: Vec::new(),
        custom_routines: Vec::new(),
        settings: Vec::new(),
        file: ImportedFile::default(),
    };
    let mut de = serde_json::Deserializer::from_str(text);
    DocSeed(&mut doc)
        .deserialize(&mut de)
        .and_then(|()| de.end())
        .map_err(|e| {
            // The line and column are fields of their own; serde's text repeats them at its end.
            let text = e.to_string();
            let position = format!(" at line {} column {}", e.line(), e.column());
            ImportError::NotJson {
                line: e.line(),
                column: e.column(),
                message: text.strip_suffix(&position).unwrap_or(&text).to_owned(),
            }
        })?;
    if !doc.is_object || doc.format.as_ref().and_then(Scalar::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    match doc.version.as_ref().and_then(Scalar::as_u64) {
        Some(v) if v > u64::from(EXPORT_VERSION) => {
            return Err(ImportError::NewerVersion {
                found: v,
                known: EXPORT_VERSION,
            })
        }
        Some(v) if v >= 1 => {}
        _ => doc.problems.add_first(
            "version".to_owned(),
            format!("must be a whole number from 1 to {EXPORT_VERSION}"),
        ),
    }
    let mut settings = Vec::with_capacity(doc.settings.len());
    for (key, raw) in &doc.settings {
        match policy.check(key, raw.get(), &doc.file) {
            Ok(value) => settings.push((key.clone(), value)),
            Err(problem) => {
                let mut path = setting_path(key);
                if let Some(field) = &problem.field {
                    if !field.starts_with('[') {
                        path.push('.');
                    }
                    path.push_str(field);
                }
                doc.problems.add(path, problem.message);
            }
        }
    }
    if doc.problems.total > 0 {
        return Err(ImportError::Invalid {
            problems: doc.problems.listed,
            total: doc.problems.total,
        });
    }
    Ok(Validated {
        sessions: doc.sessions,
        journal: doc.journal,
        rest_days: doc.rest_days,
        settings,
        custom_routines: doc.custom_routines,
    })
}

impl Store {
    /// Validates an export document completely, then merges it in one transaction following
    /// the rules in this module's documentation. `policy` checks the person's settings the file
    /// holds (the registry says which those are). On any error nothing is written.
    pub fn import_json(
        &self,
        text: &str,
        policy: &dyn SettingsPolicy,
    ) -> Result<ImportReport, ImportError> {
        let doc = validate(text, policy)?;
        let mut report = ImportReport::default();
        let tx = self.write()?;
        for s in &doc.sessions {
            let checklist = s.checklist.map(RawValue::get);
            if session::insert_row(&tx, &s.record, checklist, true)? {
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
            let row = custom_routine::BodyRow {
                id: &r.id,
                body: r.body.get(),
                created_at: r.created_at,
                updated_at: r.updated_at,
                deleted: r.deleted,
            };
            match stored {
                None => {
                    custom_routine::upsert_row(&tx, &row)?;
                    report.custom_routines_added += 1;
                }
                Some(ms) if sql::millis(r.updated_at) > ms => {
                    custom_routine::upsert_row(&tx, &row)?;
                    report.custom_routines_updated += 1;
                }
                Some(_) => report.custom_routines_kept += 1,
            }
        }
        tx.commit().map_err(StoreError::from)?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each row: a settings key, and how a problem's path names it.
    #[test]
    fn setting_paths() {
        fn check(key: &str, expected: &str) {
            assert_eq!(setting_path(key), expected, "{key:?}");
        }
        check("reminders", "settings.reminders");
        check("reminder-state", "settings.reminder-state");
        check("snake_case9", "settings.snake_case9");
        check("", "settings[\"\"]");
        check("a b", "settings[\"a b\"]");
        check("quote\"d", "settings[\"quote\\\"d\"]");
        check(
            &"x".repeat(300),
            &format!("settings[{:?}…]", "x".repeat(40)),
        );
    }

    /// Each row: a JSON scalar's text, and how a record field reads it.
    #[test]
    fn scalars() {
        fn check(text: &str, expected: Scalar) {
            assert_eq!(
                serde_json::from_str::<Scalar>(text).unwrap(),
                expected,
                "{text}"
            );
        }
        check("null", Scalar::Null);
        check("true", Scalar::Bool(true));
        check("-3", Scalar::Int(-3));
        check("18446744073709551615", Scalar::UInt(u64::MAX));
        check("2.5", Scalar::Float);
        check("2.0", Scalar::Float);
        check("1e3", Scalar::Float);
        check("\"a\\nb\"", Scalar::Text("a\nb".into()));
        check("[1, [2, {\"a\": []}]]", Scalar::Compound);
        check("{\"a\": {\"b\": [null]}}", Scalar::Compound);
        assert_eq!(Scalar::UInt(u64::MAX).as_i64(), None);
        assert_eq!(Scalar::Int(-1).as_u64(), None);
        assert_eq!(Scalar::UInt(7).as_i64(), Some(7));
    }
}
