//! The file format of exercise and routine files: JSON text in, typed data and every problem out.
//!
//! This module owns reading: the JSON syntax, the shape of each object, every field's type and the
//! unknown fields a typo leaves. It never checks ranges, names or which exercises exist:
//! [`super::validate`] does that once a file has been read.
//!
//! # Two steps, so that every problem is listed
//! serde stops at the first error, but a person fixing a file wants every problem at once, each
//! with its field path. So a file is read in two steps:
//! 1. serde reads the JSON into a *raw shape* (`RawExercise`, `RawRoutine`…): a struct per object
//!    that names every field the format has, each kept as the untyped JSON the file holds (absent,
//!    or any value, `null` included), and collects the keys the format does not have. This step
//!    cannot fail on a field's type, so it always sees the whole object. Its size is bounded by the
//!    text: the caller limits that (a routine file is at most [`super::routine_file::MAX_BYTES`]),
//!    and serde_json's recursion limit bounds the depth.
//! 2. The readers below turn each raw field into its type with serde (`T::deserialize`), and turn
//!    each failure into a [`FieldError`] at the field's path: a missing field, a value of the
//!    wrong type (serde's own words), a count out of its range, a list or an object that is not
//!    one, or a key the format does not have. Every field is read before the first `None`, so all
//!    the problems of one object are reported.
//!
//! Unknown keys are refused as surely as `#[serde(deny_unknown_fields)]` would refuse them, but by
//! step 2, so that a typo in one field never hides a wrong value in another. The typed structs the
//! file becomes ([`Exercise`], [`Routine`], [`RoutineItem`], [`Phase`]) keep `deny_unknown_fields`
//! for every other reader.

use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use super::limits::{ItemField, ITEM_FIELDS};
use super::validate::Problem;
use crate::condition::Condition;
use crate::exercise::{Dose, DoseRange, Exercise, Phase, Sides};
use crate::routine::{Routine, RoutineItem};

/// A JSON text and the file name it came from, so problems can say where they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The file name, e.g. `cat-cow.json`.
    pub name: String,
    pub text: String,
}

impl Source {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }
}

/// A field as the file has it: `None` when the key is absent, else its value, `null` included (a
/// required field that is `null` has the wrong type; it is not missing).
pub(super) type RawField = Option<Value>;

/// Reads a present field as it is; serde leaves an absent one at its default, `None`.
pub(super) fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<RawField, D::Error> {
    Value::deserialize(deserializer).map(Some)
}

/// An exercise file's object, each field as the file has it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawExercise {
    #[serde(default, deserialize_with = "present")]
    id: RawField,
    #[serde(default, deserialize_with = "present")]
    name: RawField,
    #[serde(default, deserialize_with = "present")]
    area: RawField,
    #[serde(default, deserialize_with = "present")]
    position: RawField,
    #[serde(default, deserialize_with = "present")]
    kind: RawField,
    #[serde(default, deserialize_with = "present")]
    summary: RawField,
    #[serde(default, deserialize_with = "present")]
    spoken: RawField,
    #[serde(default, deserialize_with = "present")]
    steps: RawField,
    #[serde(default, deserialize_with = "present")]
    breathing: RawField,
    #[serde(default, deserialize_with = "present")]
    cautions: RawField,
    #[serde(default, deserialize_with = "present")]
    avoid_with: RawField,
    #[serde(default, deserialize_with = "present")]
    illustration: RawField,
    #[serde(default, deserialize_with = "present")]
    dose: RawField,
    #[serde(default, deserialize_with = "present")]
    progression: RawField,
    /// The keys an exercise does not have.
    #[serde(flatten)]
    unknown: Map<String, Value>,
}

/// An exercise's `dose` object, each field as the file has it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawDose {
    #[serde(default, deserialize_with = "present")]
    hold_secs: RawField,
    #[serde(default, deserialize_with = "present")]
    reps: RawField,
    #[serde(default, deserialize_with = "present")]
    rounds: RawField,
    #[serde(default, deserialize_with = "present")]
    sides: RawField,
    #[serde(default, deserialize_with = "present")]
    pace: RawField,
    #[serde(flatten)]
    unknown: Map<String, Value>,
}

/// A routine's own fields, each as the file has it; a routine file adds its fields around them.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct RawRoutine {
    #[serde(default, deserialize_with = "present")]
    id: RawField,
    #[serde(default, deserialize_with = "present")]
    name: RawField,
    #[serde(default, deserialize_with = "present")]
    description: RawField,
    #[serde(default, deserialize_with = "present")]
    time_of_day: RawField,
    #[serde(default, deserialize_with = "present")]
    items: RawField,
    /// The keys neither a routine nor the file around it has.
    #[serde(flatten)]
    pub(super) unknown: Map<String, Value>,
}

/// One item of a routine's `items`, each field as the file has it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawItem {
    #[serde(default, deserialize_with = "present")]
    exercise: RawField,
    #[serde(default, deserialize_with = "present")]
    hold_secs: RawField,
    #[serde(default, deserialize_with = "present")]
    reps: RawField,
    #[serde(default, deserialize_with = "present")]
    rounds: RawField,
    #[serde(default, deserialize_with = "present")]
    sides: RawField,
    #[serde(default, deserialize_with = "present")]
    pace_secs: RawField,
    #[serde(default, deserialize_with = "present")]
    rest_after_secs: RawField,
    #[serde(flatten)]
    unknown: Map<String, Value>,
}

/// What is wrong with one field (or with the whole text, when it has no path), in the words a
/// person reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum FieldError {
    /// The text is not JSON: where, then what.
    Syntax {
        line: usize,
        column: usize,
        what: String,
    },
    Missing,
    /// A key the format does not have.
    Unknown,
    /// The value does not have the field's type; serde's words say how.
    Type(String),
    /// An object was expected; the value's kind is named.
    NotAnObject(&'static str),
    /// A list was expected; the value's kind is named.
    NotAList(&'static str),
    /// A dose override that is not a whole number in its range.
    Count {
        rule: &'static ItemField,
        /// Whether the value was a number at all (`-1`, `2.5`) rather than text or a list.
        number: bool,
    },
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::Syntax { line, column, what } => {
                write!(f, "bad JSON at line {line}, column {column}: {what}")
            }
            FieldError::Missing => f.write_str("missing field"),
            FieldError::Unknown => f.write_str("unknown field"),
            FieldError::Type(message) => f.write_str(message),
            FieldError::NotAnObject(kind) => write!(f, "expected an object, found {kind}"),
            FieldError::NotAList(kind) => write!(f, "expected a list, found {kind}"),
            FieldError::Count { rule, number: true } => f.write_str(&rule.rule()),
            FieldError::Count {
                rule,
                number: false,
            } => f.write_str(&rule.whole_number_rule()),
        }
    }
}

impl FieldError {
    /// A JSON syntax error: serde_json puts the place at the end of its message; here it comes
    /// first.
    fn syntax(e: &serde_json::Error) -> FieldError {
        let text = e.to_string();
        let place = format!(" at line {} column {}", e.line(), e.column());
        FieldError::Syntax {
            line: e.line(),
            column: e.column(),
            what: text.strip_suffix(&place).unwrap_or(&text).to_owned(),
        }
    }
}

/// The kind of a JSON value, as messages name it.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Reads the typed values out of raw shapes, collecting a [`Problem`] for each field that fails.
/// Each reader returns `None` after reporting, so a value is built only when all its fields are
/// good, and every field is read first.
pub(super) struct Reader<'a> {
    file: &'a str,
    /// The exercise or routine id, when the file has one, so every problem can name its item.
    item: Option<String>,
    problems: &'a mut Vec<Problem>,
}

impl<'a> Reader<'a> {
    pub(super) fn new(file: &'a str, item: Option<String>, problems: &'a mut Vec<Problem>) -> Self {
        Reader {
            file,
            item,
            problems,
        }
    }

    /// Reports a problem at `path` (the whole file when it is empty).
    pub(super) fn report(&mut self, path: &str, error: impl fmt::Display) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            item: self.item.clone(),
            field: (!path.is_empty()).then(|| path.to_owned()),
            message: error.to_string(),
            rule: None,
        });
    }

    /// A value of type `T`, or `None` after reporting serde's words.
    fn typed<T: DeserializeOwned>(&mut self, path: &str, value: Value) -> Option<T> {
        match T::deserialize(value) {
            Ok(typed) => Some(typed),
            Err(e) => {
                self.report(path, FieldError::Type(e.to_string()));
                None
            }
        }
    }

    /// A field that must be present.
    fn required<T: DeserializeOwned>(&mut self, path: &str, raw: RawField) -> Option<T> {
        match raw {
            None => {
                self.report(path, FieldError::Missing);
                None
            }
            Some(value) => self.typed(path, value),
        }
    }

    /// A field that may be absent or `null`: `Some(None)` then, `None` when present but wrong.
    pub(super) fn optional<T: DeserializeOwned>(
        &mut self,
        path: &str,
        raw: RawField,
    ) -> Option<Option<T>> {
        match raw {
            None | Some(Value::Null) => Some(None),
            Some(value) => self.typed(path, value).map(Some),
        }
    }

    /// An optional dose override: anything but a whole number from 0 to `u32::MAX` is reported in
    /// the words of its range check, so a person reads one rule whatever they typed.
    fn count(
        &mut self,
        path: &str,
        raw: RawField,
        rule: &'static ItemField,
    ) -> Option<Option<u32>> {
        match raw {
            None | Some(Value::Null) => Some(None),
            Some(value) => {
                let count = value.as_u64().and_then(|n| u32::try_from(n).ok());
                if count.is_none() {
                    let number = value.is_number();
                    self.report(path, FieldError::Count { rule, number });
                }
                count.map(Some)
            }
        }
    }

    /// The elements of a list field: `None` after reporting when it is missing (and `required`) or
    /// not a list; an absent optional list and `null` are empty.
    fn list(&mut self, path: &str, raw: RawField, required: bool) -> Option<Vec<Value>> {
        match raw {
            None if required => {
                self.report(path, FieldError::Missing);
                None
            }
            None | Some(Value::Null) => Some(Vec::new()),
            Some(Value::Array(values)) => Some(values),
            Some(other) => {
                self.report(path, FieldError::NotAList(kind_of(&other)));
                None
            }
        }
    }

    /// The raw shape of an object; `None` after reporting when `value` is not an object.
    pub(super) fn object<R: DeserializeOwned>(&mut self, path: &str, value: Value) -> Option<R> {
        if !value.is_object() {
            self.report(path, FieldError::NotAnObject(kind_of(&value)));
            return None;
        }
        // Every field of a raw shape takes any JSON and unknown keys are collected, so reading an
        // object cannot fail; if it ever did, the problem is still reported, never lost.
        match R::deserialize(value) {
            Ok(raw) => Some(raw),
            Err(e) => {
                self.report(path, FieldError::Type(e.to_string()));
                None
            }
        }
    }

    /// Reports every key the format does not have; false when there was one.
    pub(super) fn no_unknown(&mut self, prefix: &str, unknown: Map<String, Value>) -> bool {
        let clean = unknown.is_empty();
        for key in unknown.keys() {
            self.report(&format!("{prefix}{key}"), FieldError::Unknown);
        }
        clean
    }
}

/// The JSON of a source, or `None` after reporting bad JSON with its line and column.
pub(super) fn parse_json(source: &Source, problems: &mut Vec<Problem>) -> Option<Value> {
    match serde_json::from_str::<Value>(&source.text) {
        Ok(value) => Some(value),
        Err(e) => {
            Reader::new(&source.name, None, problems).report("", FieldError::syntax(&e));
            None
        }
    }
}

/// The `id` of an object, read first so every later problem can name its item.
pub(super) fn peek_id(value: &Value) -> Option<String> {
    value.get("id").and_then(Value::as_str).map(str::to_owned)
}

/// Reads one exercise file.
pub(super) fn parse_exercise(source: &Source, problems: &mut Vec<Problem>) -> Option<Exercise> {
    let value = parse_json(source, problems)?;
    let mut r = Reader::new(&source.name, peek_id(&value), problems);
    let raw: RawExercise = r.object("", value)?;
    let id = r.required("id", raw.id);
    let name = r.required("name", raw.name);
    let area = r.required("area", raw.area);
    let position = r.required("position", raw.position);
    let kind = r.required("kind", raw.kind);
    let summary = r.required("summary", raw.summary);
    let spoken = r.required("spoken", raw.spoken);
    let steps = r.required("steps", raw.steps);
    let breathing = r.required("breathing", raw.breathing);
    let cautions = r.required("cautions", raw.cautions);
    let avoid_with = r.optional::<Vec<Condition>>("avoidWith", raw.avoid_with);
    let illustration = r.required("illustration", raw.illustration);
    let dose = match raw.dose {
        None => {
            r.report("dose", FieldError::Missing);
            None
        }
        Some(value) => read_dose(&mut r, value),
    };
    let progression = r
        .list("progression", raw.progression, false)
        .and_then(|values| {
            let ranges: Vec<Option<DoseRange>> = values
                .into_iter()
                .enumerate()
                .map(|(i, value)| r.typed(&format!("progression[{i}]"), value))
                .collect();
            ranges.into_iter().collect::<Option<Vec<DoseRange>>>()
        });
    let complete = r.no_unknown("", raw.unknown);
    Some(Exercise {
        id: id?,
        name: name?,
        area: area?,
        position: position?,
        kind: kind?,
        summary: summary?,
        spoken: spoken?,
        steps: steps?,
        breathing: breathing?,
        cautions: cautions?,
        avoid_with: avoid_with?.unwrap_or_default(),
        dose: dose?,
        progression: progression?,
        illustration: illustration?,
    })
    .filter(|_| complete)
}

fn read_dose(r: &mut Reader<'_>, value: Value) -> Option<Dose> {
    let raw: RawDose = r.object("dose", value)?;
    let hold_secs = r.optional("dose.holdSecs", raw.hold_secs);
    let reps = r.optional("dose.reps", raw.reps);
    let rounds = r.optional("dose.rounds", raw.rounds);
    let sides = r.optional::<Sides>("dose.sides", raw.sides);
    let pace = r.list("dose.pace", raw.pace, false).and_then(|values| {
        let phases: Vec<Option<Phase>> = values
            .into_iter()
            .enumerate()
            .map(|(i, value)| r.typed(&format!("dose.pace[{i}]"), value))
            .collect();
        phases.into_iter().collect::<Option<Vec<Phase>>>()
    });
    let complete = r.no_unknown("dose.", raw.unknown);
    Some(Dose {
        hold_secs: hold_secs?,
        reps: reps?,
        rounds: rounds?.unwrap_or(1),
        sides: sides?.unwrap_or_default(),
        pace: pace?,
    })
    .filter(|_| complete)
}

/// Reads one routine file of the library.
pub(super) fn parse_routine(source: &Source, problems: &mut Vec<Problem>) -> Option<Routine> {
    let value = parse_json(source, problems)?;
    let mut r = Reader::new(&source.name, peek_id(&value), problems);
    let mut raw: RawRoutine = r.object("", value)?;
    let routine = read_routine(&mut r, &mut raw);
    let complete = r.no_unknown("", raw.unknown);
    routine.filter(|_| complete)
}

/// Reads a routine's own fields; every field is read, so each problem is reported, before `None`
/// says one was bad. The unknown keys are left in `raw` for the caller, which may know more keys.
pub(super) fn read_routine(r: &mut Reader<'_>, raw: &mut RawRoutine) -> Option<Routine> {
    let id = r.required("id", raw.id.take());
    let name = r.required("name", raw.name.take());
    let description = r.required("description", raw.description.take());
    let time_of_day = r.required("timeOfDay", raw.time_of_day.take());
    let items = r.list("items", raw.items.take(), true).and_then(|values| {
        let items: Vec<Option<RoutineItem>> = values
            .into_iter()
            .enumerate()
            .map(|(i, value)| read_item(r, &format!("items[{i}]"), value))
            .collect();
        items.into_iter().collect::<Option<Vec<RoutineItem>>>()
    });
    Some(Routine {
        id: id?,
        name: name?,
        description: description?,
        time_of_day: time_of_day?,
        items: items?,
    })
}

fn read_item(r: &mut Reader<'_>, path: &str, value: Value) -> Option<RoutineItem> {
    let raw: RawItem = r.object(path, value)?;
    let field = |name: &str| format!("{path}.{name}");
    let [hold, reps, rounds, pace, rest] = &ITEM_FIELDS;
    let exercise = r.required(&field("exercise"), raw.exercise);
    let hold_secs = r.count(&field(hold.name), raw.hold_secs, hold);
    let reps = r.count(&field(reps.name), raw.reps, reps);
    let rounds = r.count(&field(rounds.name), raw.rounds, rounds);
    let sides = r.optional(&field("sides"), raw.sides);
    let pace_secs = r.count(&field(pace.name), raw.pace_secs, pace);
    let rest_after_secs = r.count(&field(rest.name), raw.rest_after_secs, rest);
    let complete = r.no_unknown(&field(""), raw.unknown);
    Some(RoutineItem {
        exercise: exercise?,
        hold_secs: hold_secs?,
        reps: reps?,
        rounds: rounds?,
        sides: sides?,
        pace_secs: pace_secs?,
        rest_after_secs: rest_after_secs?,
    })
    .filter(|_| complete)
}
