//! The sync folder on disk: whether it can be used, what is in it, and this computer's file. A file is
//! read only when it is a regular file of a sane size (never a FIFO, a device or a folder), and every
//! file left out is named with its reason. This computer's file is replaced atomically (written
//! beside it under a name readers ignore, flushed, then renamed), so no other computer ever reads
//! half of it from us.

use std::fs;
use std::hash::{BuildHasher, Hasher};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use limber_core::sync::{
    classify_file_name, file_name, parse_device_file, DeviceId, FileName, FileProblem,
};
use limber_store::IncomingFile;
use serde::{Deserialize, Serialize};

use super::SyncError;
use crate::words::Words;

/// The largest device file read: years of use make a few megabytes; anything far larger is not ours.
pub const FILE_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// A file (or, for a refused change, a key) left out of a pass, and why, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Skipped {
    pub file: String,
    pub reason: Words,
}

/// What a pass found in the folder.
#[derive(Debug, Default)]
pub struct FolderRead {
    /// Every device file that could be read, this computer's own included.
    pub files: Vec<IncomingFile>,
    /// The text of this computer's own file as it is in the folder now, if there is one.
    pub own_text: Option<String>,
    pub skipped: Vec<Skipped>,
}

fn folder_error(folder: &Path, why: Words) -> SyncError {
    SyncError::Folder {
        folder: folder.display().to_string(),
        why,
    }
}

/// Why a file or folder could not be used, for the error the system gave.
fn io_words(error: &std::io::Error) -> Words {
    match error.kind() {
        std::io::ErrorKind::NotFound => Words::new("sync-why-not-found"),
        std::io::ErrorKind::PermissionDenied => Words::new("sync-why-denied"),
        std::io::ErrorKind::ReadOnlyFilesystem => Words::new("sync-why-read-only"),
        std::io::ErrorKind::StorageFull => Words::new("sync-why-full"),
        _ => Words::new("sync-why-system").with("detail", error.to_string()),
    }
}

/// Why a device file was left out, for what is wrong with it.
fn problem_words(problem: &FileProblem) -> Words {
    match problem {
        FileProblem::NoHeader => Words::new("sync-skip-no-header"),
        FileProblem::NewerFormat(version) => {
            Words::new("sync-skip-newer").with("version", *version)
        }
        FileProblem::OtherDevice(device) => {
            Words::new("sync-skip-other-device").with("device", device.as_str())
        }
        FileProblem::TornLine(line) => Words::new("sync-skip-torn").with("line", *line),
        // The reason is the parser's own (English) words for a line it does not know.
        FileProblem::BadLine { line, reason } => Words::new("sync-skip-bad-line")
            .with("line", *line)
            .with("reason", *reason),
    }
}

/// The folder as an absolute path, once it is known to be a folder Limber can write in.
pub fn usable(folder: &Path) -> Result<PathBuf, SyncError> {
    let folder = if folder.is_absolute() {
        folder.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|error| folder_error(folder, io_words(&error)))?
            .join(folder)
    };
    let meta = fs::metadata(&folder).map_err(|error| folder_error(&folder, io_words(&error)))?;
    if !meta.is_dir() {
        return Err(folder_error(&folder, Words::new("sync-why-not-folder")));
    }
    // Writing is the only proof that writing works (permissions, a read-only mount, a full disk).
    let probe = folder.join(format!(
        ".limber-probe-{}.tmp",
        DeviceId::from_bytes(random_bytes())
    ));
    let written = fs::File::create(&probe).and_then(|mut file| file.write_all(b"limber"));
    let _ = fs::remove_file(&probe);
    written.map_err(|error| folder_error(&folder, io_words(&error)))?;
    Ok(folder)
}

fn read_capped(path: &Path) -> Result<String, Words> {
    let meta = fs::metadata(path).map_err(|error| io_words(&error))?;
    if !meta.is_file() {
        return Err(Words::new("sync-skip-not-file"));
    }
    if meta.len() > FILE_MAX_BYTES {
        return Err(
            Words::new("sync-skip-too-large").with("megabytes", FILE_MAX_BYTES / 1024 / 1024)
        );
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|file| file.take(FILE_MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|error| io_words(&error))?;
    // A torn last character belongs to a torn last line, which is left out anyway.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Reads every Limber file in `folder`; `me` is this computer.
pub fn read_folder(folder: &Path, me: &DeviceId) -> FolderRead {
    let mut read = FolderRead::default();
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) => {
            read.skipped.push(Skipped {
                file: folder.display().to_string(),
                reason: Words::new("sync-skip-unreadable-folder").with("why", io_words(&error)),
            });
            return read;
        }
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let skip = |reason: Words| Skipped {
            file: name.clone(),
            reason,
        };
        let device = match classify_file_name(&name) {
            FileName::Device(device) => device,
            FileName::ConflictCopy => {
                read.skipped
                    .push(skip(Words::new("sync-skip-conflict-copy")));
                continue;
            }
            FileName::Unknown => {
                read.skipped
                    .push(skip(Words::new("sync-skip-unknown-name")));
                continue;
            }
            FileName::Partial | FileName::Unrelated => continue,
        };
        let text = match read_capped(&folder.join(&name)) {
            Ok(text) => text,
            Err(why) => {
                read.skipped.push(skip(why));
                continue;
            }
        };
        match parse_device_file(&device, &text) {
            Ok(file) => {
                for problem in &file.problems {
                    read.skipped.push(skip(problem_words(problem)));
                }
                if &device == me {
                    read.own_text = Some(text);
                }
                read.files.push(IncomingFile {
                    device: file.device,
                    name: file.name,
                    changes: file.changes,
                });
            }
            Err(problem) => read.skipped.push(skip(problem_words(&problem))),
        }
    }
    read
}

/// Replaces this computer's file in `folder` with `text`.
pub fn write_own(folder: &Path, me: &DeviceId, text: &str) -> Result<(), SyncError> {
    let name = file_name(me);
    let temporary = folder.join(format!(".{name}.tmp"));
    let written = fs::File::create(&temporary)
        .and_then(|mut file| {
            file.write_all(text.as_bytes())?;
            file.sync_all()
        })
        .and_then(|()| fs::rename(&temporary, folder.join(&name)));
    if let Err(error) = written {
        let _ = fs::remove_file(&temporary);
        return Err(folder_error(folder, io_words(&error)));
    }
    Ok(())
}

/// What the folder holds of Limber's, cheaply: names, sizes and times. Two equal listings mean no
/// file arrived or changed.
pub type Listing = Vec<(String, u64, Option<SystemTime>)>;

pub fn listing(folder: &Path) -> Listing {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut out: Listing = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if matches!(classify_file_name(&name), FileName::Unrelated) {
                return None;
            }
            let meta = entry.metadata().ok()?;
            Some((name, meta.len(), meta.modified().ok()))
        })
        .collect();
    out.sort();
    out
}

/// Eight random bytes: the standard library seeds each `RandomState` from the operating system.
pub fn random_bytes() -> [u8; 8] {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    hasher.write_u32(std::process::id());
    hasher.finish().to_le_bytes()
}

/// The computer's host name, or a plain stand-in.
pub fn host_name() -> String {
    let name = host_name_from_os().unwrap_or_default();
    let name: String = name
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(100)
        .collect();
    if name.is_empty() {
        "this computer".into()
    } else {
        name
    }
}

/// `LIMBER_DEVICE_NAME` names the computer when the host name says little (two test homes on one
/// machine, a generic laptop name). Linux keeps the name in /proc (and most systems in /etc/hostname); Windows in COMPUTERNAME. Where
/// none answers, the name is a plain stand-in: it only labels the computer on the others' screens.
fn host_name_from_os() -> Option<String> {
    if let Ok(name) = std::env::var("LIMBER_DEVICE_NAME") {
        return Some(name);
    }
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .find_map(|path| fs::read_to_string(path).ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
}
