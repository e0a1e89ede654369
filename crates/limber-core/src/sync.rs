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
    /// Merges one change; returns whether it became the key's winner.
    pub fn apply(&mut self, change: &Change) -> bool {
        if wins(
            &change.hlc,
            self.winners.get(&change.key).map(|current| &current.hlc),
        ) {
            self.winners.insert(change.key.clone(), change.clone());
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
