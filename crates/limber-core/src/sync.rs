//! Sync between a person's computers through a folder they already sync (Syncthing, Nextcloud, a USB
//! stick). This module owns the rules only: the hybrid logical clock that orders changes, the keys of
//! what is shared, the merge law (the latest change of a key wins, by its clock and then its device),
//! and the text of a device's change file (one header line, then one change per line) with what a
//! reader skips and why. It never touches a file, a folder or the clock: the app layer reads and
//! writes the folder and passes every instant in.
//!
//! # The merge law
//! Every shared thing is a key with a value; a change sets a key to a value or deletes it (a
//! tombstone). Of all the changes any device made to one key, the one with the greatest [`Hlc`] wins.
//! Facts that are only ever added (a session) never change after their first change, so for them the
//! law is a union by id. Because "greatest" is a total order on changes, applying any set of changes
//! in any order, with duplicates, gives the same state: every replica that has seen the same files
//! holds the same data.

mod file;
mod hlc;
mod key;

pub use file::{
    classify_file_name, file_name, parse_device_file, write_device_file, DeviceFile, FileName,
    FileProblem, FORMAT, FORMAT_VERSION,
};
pub use hlc::{DeviceId, Hlc, HlcClock};
pub use key::{SyncKey, SHARED_SETTINGS};

use std::collections::BTreeMap;

use serde_json::Value;

/// One change a device made: key set to `value`, or deleted when `value` is `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The device's own running number, 1 for its first change: a reader remembers the last one it
    /// read from each device and reads on from there.
    pub seq: u64,
    pub hlc: Hlc,
    pub key: SyncKey,
    pub value: Option<Value>,
}

/// Where a change to a key belongs. Routines are keyed by an id made from their name, so two
/// computers apart can each create a routine with the same id: those are two routines, told apart by
/// their creation time (`createdAt` in the value). The one created first keeps the id; each other is
/// kept under [`routine_alias`] of its creation time, so neither is lost, and every replica places them
/// the same way whatever the order it reads them in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Home {
    /// The change is one of the key's own: the latest wins.
    Here,
    /// The change belongs to another routine created with the same id: it goes to this key.
    Elsewhere(SyncKey),
    /// The change's routine was created before the one the key holds: it takes the key, and the
    /// routine held moves to this key.
    Displaces(SyncKey),
    /// A routine is never removed (deleting one is a flag in its value), so a change that removes one
    /// is no change at all: taking it in would make the order of reading matter.
    Nowhere,
}

fn created_millis(value: Option<&Value>) -> Option<i64> {
    let text = value?.get("createdAt")?.as_str()?;
    chrono::DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|at| at.timestamp_millis())
}

/// The key of a routine created at `created_millis` that found its id taken by an older one.
pub fn routine_alias(id: &str, created_millis: i64) -> SyncKey {
    SyncKey::Routine(format!("{id}-{:x}", created_millis.rem_euclid(0x10_0000)))
}

/// Where a change with value `incoming` to `key` belongs, given the value `current` the key holds.
pub fn home(key: &SyncKey, incoming: Option<&Value>, current: Option<&Value>) -> Home {
    let SyncKey::Routine(id) = key else {
        return Home::Here;
    };
    if incoming.is_none() {
        return Home::Nowhere;
    }
    match (created_millis(incoming), created_millis(current)) {
        (Some(new), Some(held)) if new > held => Home::Elsewhere(routine_alias(id, new)),
        (Some(new), Some(held)) if new < held => Home::Displaces(routine_alias(id, held)),
        _ => Home::Here,
    }
}

/// A routine's value moved to the key `to`: its record's id and its routine's own id follow.
pub fn moved(value: Option<&Value>, to: &SyncKey) -> Option<Value> {
    let mut value = value?.clone();
    if let SyncKey::Routine(id) = to {
        if let Some(record) = value.as_object_mut() {
            record.insert("id".into(), Value::String(id.clone()));
            if let Some(routine) = record.get_mut("routine").and_then(Value::as_object_mut) {
                routine.insert("id".into(), Value::String(id.clone()));
            }
        }
    }
    Some(value)
}

/// Whether `incoming` replaces the change `current` (the one a replica holds for the same key).
/// The same change seen twice never replaces itself.
pub fn wins(incoming: &Hlc, current: Option<&Hlc>) -> bool {
    current.is_none_or(|current| incoming > current)
}

/// A replica's state: the winning change of every key. The store keeps the same thing in SQL; this
/// form states the law and lets tests check it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Replica {
    winners: BTreeMap<SyncKey, Change>,
}

impl Replica {
    /// Merges one change (at its [`home`]); returns whether it became a key's winner.
    pub fn apply(&mut self, change: &Change) -> bool {
        let current = self.winners.get(&change.key).and_then(|c| c.value.as_ref());
        match home(&change.key, change.value.as_ref(), current) {
            Home::Here => self.latest(change.clone()),
            Home::Elsewhere(to) => self.latest(Change {
                value: moved(change.value.as_ref(), &to),
                key: to,
                ..change.clone()
            }),
            Home::Nowhere => false,
            Home::Displaces(to) => {
                if let Some(held) = self.winners.remove(&change.key) {
                    self.latest(Change {
                        value: moved(held.value.as_ref(), &to),
                        key: to,
                        ..held
                    });
                }
                self.winners.insert(change.key.clone(), change.clone());
                true
            }
        }
    }

    fn latest(&mut self, change: Change) -> bool {
        if wins(&change.hlc, self.winners.get(&change.key).map(|c| &c.hlc)) {
            self.winners.insert(change.key.clone(), change);
            true
        } else {
            false
        }
    }

    /// What a person sees: each key's winning value, without the deleted ones.
    pub fn values(&self) -> BTreeMap<SyncKey, Value> {
        self.winners
            .iter()
            .filter_map(|(key, change)| Some((key.clone(), change.value.clone()?)))
            .collect()
    }
}

#[cfg(test)]
mod tests;
