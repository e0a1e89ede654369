//! A routine's dose history: every dose change the person accepted from a suggestion and every undo,
//! each with the instant it took effect; the last offer they declined; and, from these, which dose each
//! session used.
//!
//! This module owns the record of answers ([`DoseLog`]), the rule that turns it into the last answered
//! offer the progression rules space their suggestions by ([`DoseLog::last_offer`]), which change "undo"
//! takes back ([`DoseLog::undoable`]), and the dose eras a history shows ([`DoseLog::eras`]): the stretch
//! before the first change and one stretch per version, each naming the doses in force and the sessions
//! that used them. A session's dose is derived from when it started, so sessions recorded on another
//! computer, or before this history existed, are placed as well as the ones recorded here. It never
//! stores anything (the app keeps each routine's log under the "dose-history" setting) and never reads a
//! clock: instants and routine days are passed in.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::exercise::RangeField;
use crate::progression::{Answer, Change, LastOffer};

/// How a version came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum VersionKind {
    /// The person accepted a suggested step up.
    StepUp,
    /// The person accepted a suggested step down.
    StepDown,
    /// The person took the previous version's change back.
    Undo,
}

/// One version of a routine's dose: the change that made it and when it took effect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DoseVersion {
    /// The instant the change was accepted (or undone): sessions started from then on use it.
    pub since: DateTime<Utc>,
    /// The routine day it was made on, which spaces the next suggestion.
    pub day: NaiveDate,
    pub kind: VersionKind,
    pub change: Change,
}

/// The last offer the person declined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Declined {
    pub day: NaiveDate,
    pub change: Change,
}

/// Everything kept about one routine's dose changes, oldest version first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DoseLog {
    pub versions: Vec<DoseVersion>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub declined: Option<Declined>,
    /// For a personal copy made by accepting a change to a built-in routine: the built-in routine's id.
    /// The copy took over that routine's history, so its first era is the built-in dose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copied_from: Option<String>,
}

/// Why a log cannot be used as it is (an import checks this).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DoseLogError {
    #[error("version {index} took effect before the one before it")]
    OutOfOrder { index: usize },
    #[error("version {index} does not change the dose ({from} to {to})")]
    NoChange { index: usize, from: u32, to: u32 },
}

/// One dose field of one item, as a history names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldValue {
    pub item: usize,
    pub exercise: String,
    pub field: RangeField,
    pub value: u32,
}

/// A stretch of time with one dose: before the first version, or from one version to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Era {
    /// The version that began it; `None` for the stretch before the first change.
    pub version: Option<DoseVersion>,
    /// The value, in this era, of every field any version changed, in routine order.
    pub doses: Vec<FieldValue>,
    /// The indexes, into the starts passed to [`DoseLog::eras`], of the sessions that began in it.
    pub sessions: Vec<usize>,
}

type FieldKey = (usize, String, RangeField);

fn key(change: &Change) -> FieldKey {
    (change.item, change.exercise.clone(), change.field)
}

impl DoseLog {
    /// Checks that the versions are in order and that each changes something.
    pub fn check(&self) -> Result<(), DoseLogError> {
        for (index, version) in self.versions.iter().enumerate() {
            if version.change.from == version.change.to {
                return Err(DoseLogError::NoChange {
                    index,
                    from: version.change.from,
                    to: version.change.to,
                });
            }
            if index > 0 && self.versions[index - 1].since > version.since {
                return Err(DoseLogError::OutOfOrder { index });
            }
        }
        Ok(())
    }

    /// The last offer answered, for spacing suggestions: the later of the last accepted change and the
    /// last declined one (an accepted change wins a tie). An undo is not an answer to an offer.
    pub fn last_offer(&self) -> Option<LastOffer> {
        let accepted = self
            .versions
            .iter()
            .rev()
            .find(|v| v.kind != VersionKind::Undo)
            .map(|v| LastOffer {
                day: v.day,
                change: v.change.clone(),
                answer: Answer::Accepted,
            });
        let declined = self.declined.as_ref().map(|d| LastOffer {
            day: d.day,
            change: d.change.clone(),
            answer: Answer::Declined,
        });
        match (accepted, declined) {
            (Some(a), Some(d)) => Some(if d.day > a.day { d } else { a }),
            (a, d) => a.or(d),
        }
    }

    /// Records an accepted change that took effect at `since` on routine day `day`.
    pub fn accept(&mut self, change: Change, since: DateTime<Utc>, day: NaiveDate) {
        let kind = if change.is_up() {
            VersionKind::StepUp
        } else {
            VersionKind::StepDown
        };
        self.push(DoseVersion {
            since,
            day,
            kind,
            change,
        });
    }

    /// Records a declined offer; only the latest is kept, since only it spaces the next one.
    pub fn decline(&mut self, change: Change, day: NaiveDate) {
        self.declined = Some(Declined { day, change });
    }

    /// The version "undo" takes back: the latest, unless it is itself an undo (an undo is not undone,
    /// and older changes stay: the person can wait for the next suggestion or edit the routine).
    pub fn undoable(&self) -> Option<&DoseVersion> {
        self.versions
            .last()
            .filter(|version| version.kind != VersionKind::Undo)
    }

    /// Records the undo of the latest version at `since`, and returns the change it makes; `None` when
    /// there is nothing to undo.
    pub fn undo(&mut self, since: DateTime<Utc>, day: NaiveDate) -> Option<Change> {
        let change = self.undoable()?.change.undo();
        self.push(DoseVersion {
            since,
            day,
            kind: VersionKind::Undo,
            change: change.clone(),
        });
        Some(change)
    }

    /// Appends a version, never before the last one: a clock set back still gives a history in order.
    fn push(&mut self, mut version: DoseVersion) {
        if let Some(last) = self.versions.last() {
            version.since = version.since.max(last.since);
            version.day = version.day.max(last.day);
        }
        self.versions.push(version);
    }

    /// The eras of this routine's dose, oldest first, with the sessions that started in each (by index
    /// into `starts`). Empty when no change was ever made: then every session used the one dose.
    pub fn eras(&self, starts: &[DateTime<Utc>]) -> Vec<Era> {
        if self.versions.is_empty() {
            return Vec::new();
        }
        // Each field starts at the value the first change to it moved it from.
        let mut values: BTreeMap<FieldKey, u32> = BTreeMap::new();
        for version in &self.versions {
            values
                .entry(key(&version.change))
                .or_insert(version.change.from);
        }
        let snapshot = |values: &BTreeMap<FieldKey, u32>| -> Vec<FieldValue> {
            values
                .iter()
                .map(|((item, exercise, field), value)| FieldValue {
                    item: *item,
                    exercise: exercise.clone(),
                    field: *field,
                    value: *value,
                })
                .collect()
        };
        let mut eras = vec![Era {
            version: None,
            doses: snapshot(&values),
            sessions: Vec::new(),
        }];
        for version in &self.versions {
            values.insert(key(&version.change), version.change.to);
            eras.push(Era {
                version: Some(version.clone()),
                doses: snapshot(&values),
                sessions: Vec::new(),
            });
        }
        for (index, start) in starts.iter().enumerate() {
            // The era a session belongs to is the last one that had begun when it started.
            let era = self
                .versions
                .iter()
                .take_while(|version| version.since <= *start)
                .count();
            eras[era].sessions.push(index);
        }
        eras
    }
}
