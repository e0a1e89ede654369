//! A device's change file in the sync folder: its name, its text, and how a reader takes it apart.
//! Each device writes only its own file, so a sync tool never has two writers for one file. The
//! reader is forgiving line by line (a torn last line, junk, a line from a forged device) and strict
//! about the whole (no header, a newer format), and says why for everything it leaves out.

use std::fmt;

use serde_json::{json, Map, Value};

use super::{Change, DeviceId, Hlc, SyncKey};

/// The header's `format`.
pub const FORMAT: &str = "limber-sync";
/// The version this build writes and reads; a file with a greater one is left for a newer Limber.
pub const FORMAT_VERSION: u64 = 1;

const PREFIX: &str = "limber-";
const SUFFIX: &str = ".jsonl";

/// The name of `device`'s file in the folder.
pub fn file_name(device: &DeviceId) -> String {
    format!("{PREFIX}{device}{SUFFIX}")
}

/// What a name in the sync folder is to Limber.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileName {
    /// A device's change file.
    Device(DeviceId),
    /// A copy a sync tool made when two versions met (Syncthing's `.sync-conflict-`, Dropbox's and
    /// Nextcloud's "conflicted copy", a case conflict). Never read: the original is.
    ConflictCopy,
    /// A file Limber is writing (or a sync tool's partial download): read once it is whole.
    Partial,
    /// Starts like Limber's files but is none of them.
    Unknown,
    /// Not Limber's at all; left alone without a word.
    Unrelated,
}

/// Sorts a folder entry's name.
pub fn classify_file_name(name: &str) -> FileName {
    let lower = name.to_lowercase();
    let limbers = lower.contains(PREFIX);
    if !limbers {
        return FileName::Unrelated;
    }
    if lower.contains(".sync-conflict-")
        || lower.contains("conflicted copy")
        || lower.contains("case conflict")
        || lower.contains("-conflict-")
    {
        return FileName::ConflictCopy;
    }
    if lower.ends_with(".tmp")
        || lower.starts_with(".syncthing.")
        || lower.starts_with("~syncthing~")
        || lower.ends_with(".partial")
    {
        return FileName::Partial;
    }
    match name
        .strip_prefix(PREFIX)
        .and_then(|rest| rest.strip_suffix(SUFFIX))
        .and_then(DeviceId::parse)
    {
        Some(device) => FileName::Device(device),
        None => FileName::Unknown,
    }
}

/// Why a file, or a line of it, was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    /// The first line is not a Limber sync header.
    NoHeader,
    /// Written by a newer Limber, in a format this one does not know.
    NewerFormat(u64),
    /// The header names another device than the file name.
    OtherDevice(String),
    /// The last line has no end yet: the sync tool has not brought all of it.
    TornLine(usize),
    /// A line that is not a change this version knows.
    BadLine { line: usize, reason: &'static str },
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileProblem::NoHeader => f.write_str("it does not start like a Limber sync file"),
            FileProblem::NewerFormat(version) => write!(
                f,
                "a newer Limber wrote it (format {version}); update Limber on this computer to read it"
            ),
            FileProblem::OtherDevice(device) => {
                write!(f, "its first line names another computer ({device})")
            }
            FileProblem::TornLine(line) => write!(
                f,
                "line {line} has not fully arrived yet; it is read once the sync tool has brought it"
            ),
            FileProblem::BadLine { line, reason } => write!(f, "line {line}: {reason}"),
        }
    }
}

/// A device's file as read.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceFile {
    pub device: DeviceId,
    /// The name the device gave itself (its host name).
    pub name: String,
    /// Its changes in file order, seq rising.
    pub changes: Vec<Change>,
    /// The lines left out, and why.
    pub problems: Vec<FileProblem>,
}

fn change_line(change: &Change) -> Value {
    json!({
        "seq": change.seq,
        "hlc": change.hlc.to_string(),
        "key": change.key.to_string(),
        "value": change.value,
    })
}

/// The whole text of `device`'s file holding `changes` (in seq order).
pub fn write_device_file(device: &DeviceId, name: &str, changes: &[Change]) -> String {
    let header = json!({
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "device": device.as_str(),
        "name": name,
    });
    let mut text = header.to_string();
    text.push('\n');
    for change in changes {
        text.push_str(&change_line(change).to_string());
        text.push('\n');
    }
    text
}

fn read_change(fields: &Map<String, Value>, device: &DeviceId) -> Result<Change, &'static str> {
    let seq = fields
        .get("seq")
        .and_then(Value::as_u64)
        .filter(|seq| *seq > 0)
        .ok_or("no running number")?;
    let hlc = fields
        .get("hlc")
        .and_then(Value::as_str)
        .and_then(Hlc::parse)
        .ok_or("no clock reading")?;
    if &hlc.device != device {
        return Err("a change signed by another computer");
    }
    let key = fields
        .get("key")
        .and_then(Value::as_str)
        .and_then(SyncKey::parse)
        .ok_or("a kind of change this version does not know")?;
    let value = match fields.get("value") {
        None => return Err("no value"),
        Some(Value::Null) => None,
        Some(value) => Some(value.clone()),
    };
    Ok(Change {
        seq,
        hlc,
        key,
        value,
    })
}

/// Takes apart the text of the file named for `device`. A whole-file problem is an error (the file
/// is skipped); a line's problem leaves that line out and is listed in the result.
pub fn parse_device_file(device: &DeviceId, text: &str) -> Result<DeviceFile, FileProblem> {
    let mut lines = text.split_inclusive('\n').enumerate();
    let header = lines
        .next()
        .filter(|(_, line)| line.ends_with('\n'))
        .and_then(|(_, line)| serde_json::from_str::<Value>(line).ok())
        .ok_or(FileProblem::NoHeader)?;
    if header.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(FileProblem::NoHeader);
    }
    let version = header
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(FileProblem::NoHeader)?;
    if version > FORMAT_VERSION {
        return Err(FileProblem::NewerFormat(version));
    }
    let named = header.get("device").and_then(Value::as_str).unwrap_or("");
    if named != device.as_str() {
        return Err(FileProblem::OtherDevice(named.to_owned()));
    }
    let name = header
        .get("name")
        .and_then(Value::as_str)
        .map(|name| name.chars().filter(|c| !c.is_control()).take(100).collect())
        .unwrap_or_default();

    let mut file = DeviceFile {
        device: device.clone(),
        name,
        changes: Vec::new(),
        problems: Vec::new(),
    };
    for (index, line) in lines {
        let number = index + 1;
        if !line.ends_with('\n') {
            file.problems.push(FileProblem::TornLine(number));
            break;
        }
        let parsed = serde_json::from_str::<Value>(line)
            .ok()
            .and_then(|value| value.as_object().cloned())
            .ok_or("not a change")
            .and_then(|fields| read_change(&fields, device));
        match parsed {
            Ok(change)
                if file
                    .changes
                    .last()
                    .is_some_and(|last| last.seq >= change.seq) =>
            {
                file.problems.push(FileProblem::BadLine {
                    line: number,
                    reason: "its running number does not follow the line before",
                });
            }
            Ok(change) => file.changes.push(change),
            Err(reason) => file.problems.push(FileProblem::BadLine {
                line: number,
                reason,
            }),
        }
    }
    Ok(file)
}
