//! What sync shows: the settings screen's status (crossing IPC) and the command line's summary. Both
//! are built from the stored bookkeeping and the store's list of computers, never from the folder
//! itself, so looking at the screen costs no disk reads of the folder.

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

use limber_store::Store;

use super::{PassDone, SyncError, SyncSettings};
use crate::words::Words;

/// Sync as the settings screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    /// The folder chosen; none when sync is off.
    pub folder: Option<String>,
    /// This computer's id (16 hex characters); empty until its first pass.
    pub device_id: String,
    /// This computer's name as the others see it.
    pub device_name: String,
    /// When a pass last could use the folder (RFC 3339).
    pub last_synced: Option<String>,
    /// Why the folder cannot be used now, in words.
    pub problem: Option<Words>,
    /// The changes this computer has written in all.
    pub written: u32,
    /// The other computers seen in the folder, the latest change first (removed ones left out).
    pub devices: Vec<SyncDevice>,
    /// What the last pass left out, and why.
    pub skipped: Vec<SyncSkipped>,
}

/// Another computer seen in the folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncDevice {
    pub id: String,
    pub name: String,
    pub changes: u32,
    /// Its latest change read (RFC 3339).
    pub last_change: Option<String>,
}

/// A file (or a change) the last pass left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncSkipped {
    pub file: String,
    pub reason: Words,
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn count(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The status for the settings screen.
pub fn status(store: &Store) -> Result<SyncStatus, SyncError> {
    let settings: SyncSettings = store.load_setting()?;
    let devices = store
        .sync_devices()?
        .into_iter()
        .filter(|device| !device.forgotten)
        .map(|device| SyncDevice {
            id: device.id.to_string(),
            name: device.name,
            changes: count(device.changes),
            last_change: device.last_change.map(rfc3339),
        })
        .collect();
    Ok(SyncStatus {
        folder: settings
            .folder
            .as_ref()
            .map(|folder| folder.display().to_string()),
        device_id: settings.device_id.clone().unwrap_or_default(),
        device_name: super::device_name(),
        last_synced: settings.last_synced.map(rfc3339),
        problem: settings.problem.clone(),
        written: count(store.own_sync_changes()?.len() as u64),
        devices,
        skipped: settings
            .skipped
            .iter()
            .map(|skip| SyncSkipped {
                file: skip.file.clone(),
                reason: skip.reason.clone(),
            })
            .collect(),
    })
}

/// The command line's summary of a pass in `language`; times in the person's zone.
pub fn summary_text(
    done: &PassDone,
    devices: &[limber_store::SyncDevice],
    tz: chrono_tz::Tz,
    language: &str,
) -> String {
    let local = |at: DateTime<Utc>| at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string();
    let line = |words: Words| format!("{}\n", words.say(language));
    let others: Vec<_> = devices.iter().filter(|d| !d.forgotten).collect();
    let mut text = line(
        Words::new("sync-cli-synced")
            .with("folder", done.folder.display().to_string())
            .with("time", local(done.at)),
    );
    text.push_str(&line(
        Words::new("sync-cli-this-computer")
            .with("name", done.device_name.as_str())
            .with("id", done.device.short())
            .with("written", done.written)
            .with("total", done.written_total),
    ));
    text.push_str(&line(
        Words::new("sync-cli-read")
            .with("read", done.read)
            .with("computers", others.len()),
    ));
    for device in others {
        let device_line = match device.last_change {
            Some(at) => Words::new("sync-cli-device-last").with("last", local(at)),
            None => Words::new("sync-cli-device"),
        };
        text.push_str("  ");
        text.push_str(&line(
            device_line
                .with("name", device.name.as_str())
                .with("id", device.id.short())
                .with("changes", device.changes),
        ));
    }
    if !done.skipped.is_empty() {
        text.push_str(&line(
            Words::new("sync-cli-skipped").with("files", done.skipped.len()),
        ));
        for skip in &done.skipped {
            text.push_str(&format!("  {}: {}\n", skip.file, skip.reason.say(language)));
        }
    }
    text
}
