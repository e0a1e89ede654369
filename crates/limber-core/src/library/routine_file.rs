//! The `.limber-routine.json` file: one user routine, versioned, for sharing and backing up.
//!
//! This module owns the file's format (see the README's "Routine files"), writing it, and reading
//! it back from untrusted bytes. Reading checks everything before anything is used: the size, the
//! text encoding, the JSON, the format and version, every field's type, the exercise ids, the dose
//! ranges and the name and description rules of [`super::Library::validate_routine`], and it reports every
//! problem with its field path (`items[2].holdSecs: hold must be 1–600 s`). It must never panic,
//! whatever the bytes, and never decides where an imported routine goes (which id it takes when its
//! own is in use): that is [`import_id`]'s job, with the ids the caller knows.
//!
//! A file looks like this:
//!
//! ```json
//! {
//!   "format": "limber-routine",
//!   "version": 1,
//!   "id": "my-evening",
//!   "name": "My evening",
//!   "description": "Slow and short.",
//!   "timeOfDay": "bedtime",
//!   "basedOn": "bedtime-wind-down",
//!   "items": [{ "exercise": "cat-cow", "reps": 6, "restAfterSecs": 5 }]
//! }
//! ```

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::format::{
    parse_json, peek_id, present, read_routine, RawField, RawRoutine, Reader, Source,
};
use super::validate::{check_routine, is_kebab, kebab_message, Problem};
use crate::exercise::Exercises;
use crate::routine::edit::fresh_id;
use crate::routine::{CustomRoutine, RoutineItem, TimeOfDay};

/// The value of the `format` field, which tells a routine file from any other JSON.
pub const FORMAT: &str = "limber-routine";
/// The version this Limber writes and the newest it reads.
pub const VERSION: u32 = 1;
/// The largest file read, in bytes (256 KiB); a routine of thirty exercises takes about 3 KiB.
pub const MAX_BYTES: usize = 256 * 1024;
/// The end of a routine file's name.
pub const EXTENSION: &str = ".limber-routine.json";
/// The `format` of a whole-data export, which people may pick by mistake.
const DATA_EXPORT_FORMAT: &str = "limber-export";

/// The file name a routine is exported under (and named by in problems).
pub fn file_name(id: &str) -> String {
    format!("{id}{EXTENSION}")
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Document<'a> {
    format: &'a str,
    version: u32,
    id: &'a str,
    name: &'a str,
    description: &'a str,
    time_of_day: TimeOfDay,
    #[serde(skip_serializing_if = "Option::is_none")]
    based_on: Option<&'a str>,
    items: &'a [RoutineItem],
}

/// The text of a routine file, pretty-printed so that a person can read and edit it.
pub fn to_text(custom: &CustomRoutine) -> String {
    let routine = &custom.routine;
    let document = Document {
        format: FORMAT,
        version: VERSION,
        id: &routine.id,
        name: &routine.name,
        description: &routine.description,
        time_of_day: routine.time_of_day,
        based_on: custom.based_on.as_deref(),
        items: &routine.items,
    };
    // Serialising plain strings, numbers and enums cannot fail; the compact form is a safe fallback
    // that keeps this function total.
    serde_json::to_string_pretty(&document)
        .map(|mut text| {
            text.push('\n');
            text
        })
        .unwrap_or_default()
}

/// Reads a routine file. `file` names it in problems; `exercises` (the library) supplies the exercises
/// the routine may use. Every problem found is returned, each with its field path.
pub fn parse(
    file: &str,
    bytes: &[u8],
    exercises: &impl Exercises,
) -> Result<CustomRoutine, Vec<Problem>> {
    let whole = |message: String| {
        vec![Problem {
            file: file.to_owned(),
            item: None,
            field: None,
            message,
            rule: None,
        }]
    };
    if bytes.len() > MAX_BYTES {
        return Err(whole(format!(
            "the file is {} KiB; a routine file is at most {} KiB",
            bytes.len().div_ceil(1024),
            MAX_BYTES / 1024
        )));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // A NUL byte is valid UTF-8 but never part of a JSON text; it is how UTF-16 and binary files
    // look, and saying "not text" helps more than a JSON error at column 2.
    let text = std::str::from_utf8(bytes)
        .ok()
        .filter(|_| !bytes.contains(&0));
    let Some(text) = text else {
        return Err(whole(
            "this is not a routine file: it is not UTF-8 text".to_owned(),
        ));
    };
    let mut problems = Vec::new();
    let source = Source::new(file, text);
    let Some(value) = parse_json(&source, &mut problems) else {
        return Err(problems);
    };
    let mut r = Reader::new(file, peek_id(&value), &mut problems);
    let Some(mut raw) = r.object::<RawRoutineFile>("", value) else {
        return Err(problems);
    };
    // The format and version come first: a file from a newer Limber may have any shape, and its
    // one useful message is "update Limber", not a list of unknown fields.
    let known = check_format(&mut r, raw.format) && check_version(&mut r, raw.version);
    if !known {
        return Err(problems);
    }
    let routine = read_routine(&mut r, &mut raw.routine);
    let based_on = r.optional::<String>("basedOn", raw.based_on);
    if let Some(Some(id)) = &based_on {
        if !is_kebab(id) {
            r.report("basedOn", kebab_message(id));
        }
    }
    let complete = r.no_unknown("", raw.routine.unknown);
    let custom = match (routine, based_on) {
        (Some(routine), Some(based_on)) if complete && problems.is_empty() => {
            CustomRoutine { routine, based_on }
        }
        _ => return Err(problems),
    };
    let found = check_routine(exercises, file, &custom.routine);
    if found.is_empty() {
        Ok(custom)
    } else {
        Err(found)
    }
}

/// A routine file's object, each field as the file has it (see [`super::format`]): the file's own
/// fields, and the routine's around them.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawRoutineFile {
    #[serde(default, deserialize_with = "present")]
    format: RawField,
    #[serde(default, deserialize_with = "present")]
    version: RawField,
    #[serde(default, deserialize_with = "present")]
    based_on: RawField,
    #[serde(flatten)]
    routine: RawRoutine,
}

/// Checks `format`; false (after reporting) when this is not a routine file.
fn check_format(r: &mut Reader<'_>, format: RawField) -> bool {
    let message = match format {
        Some(Value::String(format)) if format == FORMAT => return true,
        Some(Value::String(format)) if format == DATA_EXPORT_FORMAT => {
            "this is a Limber data export, not a routine file; import it under Settings, Data"
                .to_owned()
        }
        Some(other) => format!(
            "{} is not `{FORMAT}`, so this is not a Limber routine file",
            short(&other)
        ),
        None => format!("missing field: a Limber routine file says \"format\": \"{FORMAT}\""),
    };
    r.report("format", message);
    false
}

/// Checks `version`; false (after reporting) when this Limber cannot read the file.
fn check_version(r: &mut Reader<'_>, version: RawField) -> bool {
    let message = match version {
        Some(value) => match value.as_u64() {
            Some(v) if (1..=u64::from(VERSION)).contains(&v) => return true,
            Some(v) if v > u64::from(VERSION) => format!(
                "this routine was made by a newer Limber (routine file version {v}; this Limber \
                 reads version {VERSION}). Update Limber to import it"
            ),
            _ => format!(
                "{} is not a routine file version (a whole number from 1)",
                short(&value)
            ),
        },
        None => "missing field".to_owned(),
    };
    r.report("version", message);
    false
}

/// A value quoted in a message, cut short so a huge value cannot flood the screen.
fn short(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

/// Where an imported routine goes, decided from the ids already in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportPlace {
    /// The id is free: the routine is added as it is.
    New(String),
    /// The id names a routine the user deleted: it comes back, and with it its history.
    Restore(String),
    /// The id is taken by a built-in or a live user routine, which an import never replaces: the
    /// routine is added as a copy under this new id.
    Copy(String),
}

impl ImportPlace {
    /// The id the imported routine takes.
    pub fn id(&self) -> &str {
        match self {
            ImportPlace::New(id) | ImportPlace::Restore(id) | ImportPlace::Copy(id) => id,
        }
    }
}

/// Decides the id of an imported routine whose file says `wanted`. `in_use` holds the ids of the
/// built-in and live user routines, `deleted` those of deleted user routines (whose history is
/// kept); a copy's new id avoids both, so it never inherits someone else's history.
pub fn import_id(
    wanted: &str,
    in_use: &BTreeSet<String>,
    deleted: &BTreeSet<String>,
) -> ImportPlace {
    if in_use.contains(wanted) {
        let taken: BTreeSet<String> = in_use.union(deleted).cloned().collect();
        ImportPlace::Copy(fresh_id(wanted, &taken))
    } else if deleted.contains(wanted) {
        ImportPlace::Restore(wanted.to_owned())
    } else {
        ImportPlace::New(wanted.to_owned())
    }
}
