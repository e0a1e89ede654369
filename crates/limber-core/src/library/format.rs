//! The file format of exercise and routine files: JSON text in, typed data and every problem out.
//!
//! This module owns reading: the JSON syntax, the shape of each object, every field's type and the
//! unknown fields a typo leaves. Each problem names its field path so a file is fixed in one pass.
//! It never checks ranges, names or which exercises exist: [`super::validate`] does that once a
//! file has been read.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::limits::{HOLD_SECS, PACE_SECS, REPS, REST_SECS, ROUNDS};
use super::validate::Problem;
use crate::condition::Condition;
use crate::exercise::{Dose, Exercise, Phase, Sides};
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

/// Reads the fields of one JSON object one by one, so that every missing, mistyped or unknown field
/// is reported with its own path instead of stopping at the first (which is what serde would do).
pub(super) struct Fields<'a> {
    pub(super) object: Map<String, Value>,
    pub(super) file: &'a str,
    pub(super) item: Option<String>,
    prefix: String,
    pub(super) problems: &'a mut Vec<Problem>,
}

impl<'a> Fields<'a> {
    /// Starts reading `value`, which must be an object; reports and gives up otherwise.
    pub(super) fn new(
        value: Value,
        file: &'a str,
        item: Option<String>,
        prefix: String,
        problems: &'a mut Vec<Problem>,
    ) -> Option<Fields<'a>> {
        match value {
            Value::Object(object) => Some(Fields {
                object,
                file,
                item,
                prefix,
                problems,
            }),
            other => {
                let field = prefix.trim_end_matches('.').to_owned();
                problems.push(Problem {
                    file: file.to_owned(),
                    item,
                    field: (!field.is_empty()).then_some(field),
                    message: format!("expected an object, found {}", kind_of(&other)),
                });
                None
            }
        }
    }

    fn path(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    pub(super) fn report(&mut self, field: String, message: String) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            item: self.item.clone(),
            field: Some(field),
            message,
        });
    }

    /// A field that must be present; `None` after reporting when it is missing or malformed.
    fn required<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
        match self.object.remove(key) {
            None => {
                let path = self.path(key);
                self.report(path, "missing field".to_owned());
                None
            }
            Some(value) => self.convert(key, value),
        }
    }

    /// A field that may be absent: `Some(None)` when absent, `None` when present but malformed.
    pub(super) fn optional<T: DeserializeOwned>(&mut self, key: &str) -> Option<Option<T>> {
        match self.object.remove(key) {
            None | Some(Value::Null) => Some(None),
            Some(value) => self.convert(key, value).map(Some),
        }
    }

    /// An optional whole number with a range, e.g. a routine item's hold. Anything that is not a
    /// whole number from 0 to `u32::MAX` is reported with the same words the range check uses, so
    /// the user reads one rule whether they typed `-1`, `2.5` or `"many"`.
    fn optional_count(
        &mut self,
        key: &str,
        noun: &str,
        range: std::ops::RangeInclusive<u32>,
        unit: &str,
    ) -> Option<Option<u32>> {
        match self.object.remove(key) {
            None | Some(Value::Null) => Some(None),
            Some(value) => {
                let number = value.as_u64().and_then(|n| u32::try_from(n).ok());
                if number.is_none() {
                    let path = self.path(key);
                    let whole = if value.is_number() {
                        ""
                    } else {
                        "a whole number, "
                    };
                    self.report(
                        path,
                        format!(
                            "{noun} must be {whole}{}–{}{unit}",
                            range.start(),
                            range.end()
                        ),
                    );
                    return None;
                }
                Some(number)
            }
        }
    }

    /// A list field whose elements are read one by one so a bad element names its index.
    fn list_with<T>(
        &mut self,
        key: &str,
        required: bool,
        mut read: impl FnMut(Value, String, &mut Vec<Problem>) -> Option<T>,
    ) -> Option<Vec<T>> {
        let path = self.path(key);
        match self.object.remove(key) {
            None if required => {
                self.report(path, "missing field".to_owned());
                None
            }
            None | Some(Value::Null) => Some(Vec::new()),
            Some(Value::Array(values)) => {
                let mut out = Vec::new();
                let mut ok = true;
                for (i, value) in values.into_iter().enumerate() {
                    match read(value, format!("{path}[{i}]"), self.problems) {
                        Some(v) => out.push(v),
                        None => ok = false,
                    }
                }
                ok.then_some(out)
            }
            Some(other) => {
                let message = format!("expected a list, found {}", kind_of(&other));
                self.report(path, message);
                None
            }
        }
    }

    fn convert<T: DeserializeOwned>(&mut self, key: &str, value: Value) -> Option<T> {
        match serde_json::from_value(value) {
            Ok(v) => Some(v),
            Err(e) => {
                let path = self.path(key);
                self.report(path, e.to_string());
                None
            }
        }
    }

    /// Reports every field that was not read: a typo must not be silently ignored.
    pub(super) fn finish(self) -> bool {
        let mut ok = true;
        let keys: Vec<String> = self.object.keys().cloned().collect();
        for key in keys {
            ok = false;
            self.problems.push(Problem {
                file: self.file.to_owned(),
                item: self.item.clone(),
                field: Some(format!("{}{key}", self.prefix)),
                message: "unknown field".to_owned(),
            });
        }
        ok
    }
}

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

/// Parses the JSON text of a source; reports bad JSON with its line and column.
pub(super) fn parse_json(source: &Source, problems: &mut Vec<Problem>) -> Option<Value> {
    match serde_json::from_str::<Value>(&source.text) {
        Ok(value) => Some(value),
        Err(e) => {
            problems.push(Problem {
                file: source.name.clone(),
                item: None,
                field: None,
                message: json_error(&e),
            });
            None
        }
    }
}

/// A JSON syntax error as one sentence: where, then what (serde_json puts the place at the end).
fn json_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let place = format!(" at line {} column {}", e.line(), e.column());
    let what = text.strip_suffix(&place).unwrap_or(&text);
    format!(
        "bad JSON at line {}, column {}: {what}",
        e.line(),
        e.column()
    )
}

/// The `id` of an object, read early so every later problem can name its item.
pub(super) fn peek_id(value: &Value) -> Option<String> {
    value.get("id").and_then(Value::as_str).map(str::to_owned)
}

pub(super) fn parse_exercise(source: &Source, problems: &mut Vec<Problem>) -> Option<Exercise> {
    let value = parse_json(source, problems)?;
    let item = peek_id(&value);
    let mut f = Fields::new(value, &source.name, item.clone(), String::new(), problems)?;
    let id = f.required("id");
    let name = f.required("name");
    let area = f.required("area");
    let position = f.required("position");
    let kind = f.required("kind");
    let summary = f.required("summary");
    let steps = f.required("steps");
    let breathing = f.required("breathing");
    let cautions = f.required("cautions");
    let avoid_with = f.optional::<Vec<Condition>>("avoidWith");
    let illustration = f.required("illustration");
    let file = source.name.clone();
    let dose = match f.object.remove("dose") {
        None => {
            f.report("dose".to_owned(), "missing field".to_owned());
            None
        }
        Some(value) => parse_dose(value, &file, item, f.problems),
    };
    let complete = f.finish();
    Some(Exercise {
        id: id?,
        name: name?,
        area: area?,
        position: position?,
        kind: kind?,
        summary: summary?,
        steps: steps?,
        breathing: breathing?,
        cautions: cautions?,
        avoid_with: avoid_with?.unwrap_or_default(),
        dose: dose?,
        illustration: illustration?,
    })
    .filter(|_| complete)
}

fn parse_dose(
    value: Value,
    file: &str,
    item: Option<String>,
    problems: &mut Vec<Problem>,
) -> Option<Dose> {
    let phase_item = item.clone();
    let mut f = Fields::new(value, file, item, "dose.".to_owned(), problems)?;
    let hold_secs = f.optional("holdSecs");
    let reps = f.optional("reps");
    let rounds = f.optional("rounds");
    let sides = f.optional::<Sides>("sides");
    let pace = f.list_with(
        "pace",
        false,
        |value, path, problems| match serde_json::from_value::<Phase>(value) {
            Ok(phase) => Some(phase),
            Err(e) => {
                problems.push(Problem {
                    file: file.to_owned(),
                    item: phase_item.clone(),
                    field: Some(path),
                    message: e.to_string(),
                });
                None
            }
        },
    );
    let complete = f.finish();
    Some(Dose {
        hold_secs: hold_secs?,
        reps: reps?,
        rounds: rounds?.unwrap_or(1),
        sides: sides?.unwrap_or_default(),
        pace: pace?,
    })
    .filter(|_| complete)
}

pub(super) fn parse_routine(source: &Source, problems: &mut Vec<Problem>) -> Option<Routine> {
    let value = parse_json(source, problems)?;
    let item = peek_id(&value);
    let mut f = Fields::new(value, &source.name, item, String::new(), problems)?;
    let routine = read_routine(&mut f);
    let complete = f.finish();
    routine.filter(|_| complete)
}

/// Reads a routine's own fields from an object (a routine file adds its own fields around them);
/// every field is read, so each problem is reported, before `None` says one was bad.
pub(super) fn read_routine(f: &mut Fields<'_>) -> Option<Routine> {
    let file = f.file;
    let item = f.item.clone();
    let id = f.required("id");
    let name = f.required("name");
    let description = f.required("description");
    let time_of_day = f.required("timeOfDay");
    let items = f.list_with("items", true, |value, path, problems| {
        parse_item(value, file, item.clone(), path, problems)
    });
    Some(Routine {
        id: id?,
        name: name?,
        description: description?,
        time_of_day: time_of_day?,
        items: items?,
    })
}

fn parse_item(
    value: Value,
    file: &str,
    item: Option<String>,
    path: String,
    problems: &mut Vec<Problem>,
) -> Option<RoutineItem> {
    let mut f = Fields::new(value, file, item, format!("{path}."), problems)?;
    let exercise = f.required("exercise");
    let hold_secs = f.optional_count("holdSecs", "hold", HOLD_SECS, " s");
    let reps = f.optional_count("reps", "reps", REPS, "");
    let rounds = f.optional_count("rounds", "rounds", ROUNDS, "");
    let sides = f.optional("sides");
    let pace_secs = f.optional_count("paceSecs", "pace", PACE_SECS, " s");
    let rest_after_secs = f.optional_count("restAfterSecs", "rest", REST_SECS, " s");
    let complete = f.finish();
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
