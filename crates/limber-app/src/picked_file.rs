//! Reading a file a person picked (a data import, a routine file) safely, whatever the path names.
//!
//! A chosen path can be anything: `/dev/zero` (reading it never ends), a named pipe with no writer (opening it
//! blocks forever), a folder, a socket, or a huge file. So a picked file is read only when it is a regular file,
//! which is checked before anything opens it (`stat` never blocks) and again on what was opened (the path may
//! have changed in between), with a non-blocking open so that even that race cannot hang; and it is read
//! through a reader capped at the caller's limit, so a file that grows while it is read cannot exhaust memory.
//! This module must never read more than `limit + 1` bytes and never open a path before its type is known.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why a picked file was not read.
#[derive(Debug, thiserror::Error)]
pub enum PickedFileError {
    #[error("could not read {path}: {source}")]
    Unreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is {kind}, not a file")]
    NotAFile { path: PathBuf, kind: &'static str },
    #[error("{path} is too large ({bytes} bytes; the limit is {limit})")]
    TooLarge {
        path: PathBuf,
        bytes: u64,
        limit: usize,
    },
}

/// What a path that is not a regular file is, in words.
fn kind_of(meta: &Metadata) -> &'static str {
    if meta.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "something other than a regular file"
}

/// Opens `path` for reading only if it is a regular file, and returns it with its size.
fn open_regular(path: &Path) -> Result<(File, u64), PickedFileError> {
    let unreadable = |source| PickedFileError::Unreadable {
        path: path.to_path_buf(),
        source,
    };
    let not_a_file = |meta: &Metadata| PickedFileError::NotAFile {
        path: path.to_path_buf(),
        kind: kind_of(meta),
    };
    // `metadata` follows links and never opens the file, so a pipe or a device is refused before any
    // blocking open.
    let meta = fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(not_a_file(&meta));
    }
    let mut options = OpenOptions::new();
    options.read(true);
    // Non-blocking, so that a pipe swapped in after the check above cannot hang the open; it changes
    // nothing for a regular file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    if !meta.is_file() {
        return Err(not_a_file(&meta));
    }
    Ok((file, meta.len()))
}

/// Reads a picked file of at most `limit` bytes. A larger one is refused, from its size when the file system
/// gives it and otherwise once `limit + 1` bytes have been read.
pub fn read(path: &Path, limit: usize) -> Result<Vec<u8>, PickedFileError> {
    let too_large = |bytes: u64| PickedFileError::TooLarge {
        path: path.to_path_buf(),
        bytes,
        limit,
    };
    let cap = u64::try_from(limit).unwrap_or(u64::MAX);
    let (file, size) = open_regular(path)?;
    if size > cap {
        return Err(too_large(size));
    }
    let bytes = read_capped(path, file, limit, size)?;
    if bytes.len() > limit {
        return Err(too_large(
            size.max(u64::try_from(bytes.len()).unwrap_or(u64::MAX)),
        ));
    }
    Ok(bytes)
}

/// Reads at most `limit + 1` bytes of a picked file, so a caller that reports a file's size itself (the
/// routine file format does) can see that it is too large without it being read whole.
pub fn read_at_most(path: &Path, limit: usize) -> Result<Vec<u8>, PickedFileError> {
    let (file, size) = open_regular(path)?;
    read_capped(path, file, limit, size)
}

fn read_capped(
    path: &Path,
    file: File,
    limit: usize,
    size: u64,
) -> Result<Vec<u8>, PickedFileError> {
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    // The size is only a hint for the first allocation: the file may change while it is read.
    let hint = usize::try_from(size.min(cap)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(hint);
    file.take(cap)
        .read_to_end(&mut bytes)
        .map_err(|source| PickedFileError::Unreadable {
            path: path.to_path_buf(),
            source,
        })?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What reading a path gives, in short.
    fn outcome(path: &Path, limit: usize) -> String {
        match read(path, limit) {
            Ok(bytes) => format!("{} bytes", bytes.len()),
            Err(PickedFileError::NotAFile { kind, .. }) => format!("not a file: {kind}"),
            Err(PickedFileError::TooLarge { bytes, limit, .. }) => {
                format!("too large: {bytes} > {limit}")
            }
            Err(PickedFileError::Unreadable { .. }) => "unreadable".to_owned(),
        }
    }

    /// Each row: a path (made in a temp dir, or a device), the limit, and what reading it gives. The pipe has no
    /// writer: were it opened, the test would hang.
    #[test]
    fn picked_paths() {
        let dir = tempfile::tempdir().unwrap();
        let file = |name: &str, bytes: usize| {
            let path = dir.path().join(name);
            fs::write(&path, vec![b'x'; bytes]).unwrap();
            path
        };
        let check = |path: &Path, limit: usize, expected: &str| {
            assert_eq!(outcome(path, limit), expected, "{}", path.display());
        };
        check(&file("empty", 0), 10, "0 bytes");
        check(&file("ten", 10), 10, "10 bytes");
        check(&file("eleven", 11), 10, "too large: 11 > 10");
        check(dir.path(), 10, "not a file: a folder");
        check(&dir.path().join("missing"), 10, "unreadable");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(file("target", 3), dir.path().join("link")).unwrap();
            check(&dir.path().join("link"), 10, "3 bytes");
            check(Path::new("/dev/zero"), 10, "not a file: a device");
            check(Path::new("/dev/null"), 10, "not a file: a device");
            let fifo = dir.path().join("fifo");
            let made = std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap();
            assert!(made.success());
            check(&fifo, 10, "not a file: a named pipe (FIFO)");
            let socket = dir.path().join("socket");
            let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
            check(&socket, 10, "not a file: a socket");
        }
        // A file larger than the limit but read with `read_at_most` gives one byte more than the limit.
        assert_eq!(read_at_most(&file("big", 100), 10).unwrap().len(), 11);
    }
}
