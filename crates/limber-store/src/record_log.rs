//! The record log. It owns an append-only copy of every record a person makes, kept in a folder
//! beside the database, so that the records saved after the last backup survive a damaged
//! database file. It must never hold the store's or the app's internal state (the reminder
//! ledger, settings, the backup number), never be written by a replay, and never make a save
//! fail: the database is the record, the log is its spare copy.
//!
//! # What is logged
//! Each of these writes appends one JSON line with the record's full content (enough to write it
//! again): a session recorded (`insert_session`, `record_session`), a "back feels" answer
//! (`set_session_feel`), a session's checklist ticks (`set_session_checklist`), a journal entry
//! saved (as stored, with its times) or deleted, a rest day added or removed, a custom routine
//! saved or deleted (the whole record as stored). A write that changed nothing (a session already
//! recorded, a feel answer for an unknown session) is not logged. An import is not logged: the
//! export file it came from is its copy.
//!
//! # When
//! The line is appended and flushed to disk (fsync) inside the write transaction, after its last
//! statement and just before the commit, while the store holds SQLite's write lock. That is a
//! change from appending after the commit, for two reasons: the log's order is then exactly the
//! order of the commits, even when two processes (the app and `limber-tray`) write; and there is
//! no moment at which the database holds an acknowledged record the log lacks. The price is that
//! a record whose commit then fails (a full disk) may be in the log; a replay can then bring back
//! a record the person was told was not saved yet, which is the record Limber keeps retrying
//! anyway, keyed by the same id or day. When the append fails, the write goes on and the reason is
//! logged: the record is in the database.
//!
//! # Segments and backups
//! The log is a folder `<database file name>.records/` of segments named
//! `after-backup-NNNNNN.jsonl`: segment N holds the records made after the backup with sequence
//! number N was started (see `backup`), segment 0 those made before the first backup. A record goes
//! to the highest of the live database's backup number (read in the same transaction) and the
//! highest segment in the folder; each backup creates its segment as soon as its number is
//! committed, before the copy is made. So every record missing from a backup numbered N is in a
//! segment numbered N or higher, and restoring backup N means replaying the segments from N on (all
//! of them for an empty start or for a backup without a number). When backups are pruned, the
//! segments older than the oldest backup kept are deleted with them; while any kept backup has no
//! number, none is.
//!
//! # Reading
//! A segment is read line by line. A last line without its newline was cut by a crash in the
//! middle of an append and is skipped; an append after such a line starts on a new line, so the
//! cut never swallows a whole record. A line that is not one of the entries below (junk, a line
//! longer than [`LINE_MAX_BYTES`], a kind this version does not know) is skipped with its reason in
//! the log.
//!
//! # Replay
//! The replay is idempotent and runs in one transaction: sessions by id (an id or a routine and
//! start already stored is left alone, so nothing is recorded twice), journal entries by day and
//! custom routines by id where the later `updatedAt` wins, feel answers, checklists and rest days
//! in the log's order. A line the schema refuses is skipped with its reason. It reports how many
//! distinct records (a session with its answers, a day's journal entry, a rest day, a custom
//! routine) it wrote.

use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::error::{on_write, Result, StoreError};
use crate::record::Entry;
use crate::rest_day;
use crate::session;
use crate::sql;

/// The longest line read back. A custom routine is the largest record (its JSON is capped well
/// below this by the shell); anything longer is junk, and the cap keeps a damaged segment without
/// newlines from being read into memory whole.
pub const LINE_MAX_BYTES: usize = 4 * 1024 * 1024;

const SEGMENT_PREFIX: &str = "after-backup-";
const SEGMENT_SUFFIX: &str = ".jsonl";

/// The log folder of the database at `database`.
pub(crate) fn dir_for(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".records");
    PathBuf::from(name)
}

fn segment_name(sequence: u64) -> String {
    format!("{SEGMENT_PREFIX}{sequence:06}{SEGMENT_SUFFIX}")
}

/// The sequence a segment's file name stands for; only the canonical spelling counts.
fn parse_segment_name(name: &str) -> Option<u64> {
    let digits = name
        .strip_prefix(SEGMENT_PREFIX)?
        .strip_suffix(SEGMENT_SUFFIX)?;
    let sequence = digits.parse().ok()?;
    (segment_name(sequence) == name).then_some(sequence)
}

/// One segment file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Segment {
    pub(crate) sequence: u64,
    pub(crate) path: PathBuf,
}

/// The segments in `dir`, lowest number first. A missing folder holds none.
pub(crate) fn segments(dir: &Path) -> std::io::Result<Vec<Segment>> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry?;
        let Some(sequence) = entry.file_name().to_str().and_then(parse_segment_name) else {
            continue;
        };
        found.push(Segment {
            sequence,
            path: entry.path(),
        });
    }
    found.sort_by_key(|s| s.sequence);
    Ok(found)
}

/// Flushes a folder's entries, so a file created or renamed in it survives a power cut. Only Unix
/// can open a folder to sync it; elsewhere the file system journals names itself.
pub(crate) fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Appends `entry` to the segment it belongs to in `dir` (see the module's documentation): the
/// higher of `live_sequence` and the highest segment there. Returns after the line is on disk.
pub(crate) fn append(dir: &Path, live_sequence: u64, entry: &Entry) -> std::io::Result<()> {
    let mut line = serde_json::to_vec(entry)?;
    line.push(b'\n');
    fs::create_dir_all(dir)?;
    let highest = segments(dir)?.last().map_or(0, |s| s.sequence);
    let path = dir.join(segment_name(highest.max(live_sequence)));
    let created = !path.exists();
    let mut file = fs::OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(&path)?;
    // A crash in the middle of an earlier append left a line without its newline: start a new
    // line, so the cut line stays one junk line and this record stays whole.
    if file.metadata()?.len() > 0 {
        let mut last = [0u8; 1];
        file.seek(SeekFrom::End(-1))?;
        file.read_exact(&mut last)?;
        if last[0] != b'\n' {
            line.insert(0, b'\n');
        }
    }
    file.write_all(&line)?;
    file.sync_data()?;
    if created {
        sync_dir(dir)?;
    }
    Ok(())
}

/// Creates segment `sequence` (empty) if it does not exist, so the records made from now on go
/// there or later.
pub(crate) fn start_segment(dir: &Path, sequence: u64) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let path = dir.join(segment_name(sequence));
    if path.exists() {
        return Ok(());
    }
    fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)?
        .sync_all()?;
    sync_dir(dir)
}

/// Deletes the segments numbered below `oldest_kept`. Returns how many were deleted.
pub(crate) fn prune(dir: &Path, oldest_kept: u64) -> std::io::Result<usize> {
    let mut deleted = 0;
    for segment in segments(dir)? {
        if segment.sequence < oldest_kept {
            fs::remove_file(&segment.path)?;
            deleted += 1;
        }
    }
    Ok(deleted)
}

/// A line that was not replayed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Skipped {
    pub(crate) segment: PathBuf,
    /// 1-based.
    pub(crate) line: usize,
    pub(crate) reason: String,
}

/// What reading segments gave.
#[derive(Debug, Default)]
pub(crate) struct LogRead {
    pub(crate) entries: Vec<Entry>,
    pub(crate) skipped: Vec<Skipped>,
}

/// Reads the lines of one segment into `out`.
fn read_segment(path: &Path, out: &mut LogRead) -> std::io::Result<()> {
    let mut reader = BufReader::new(fs::File::open(path)?);
    let mut buf = Vec::new();
    let mut number = 0;
    loop {
        buf.clear();
        number += 1;
        let cap = u64::try_from(LINE_MAX_BYTES).unwrap_or(u64::MAX) + 1;
        let read = reader.by_ref().take(cap).read_until(b'\n', &mut buf)?;
        if read == 0 {
            return Ok(());
        }
        let skip = |reason: String, out: &mut LogRead| {
            out.skipped.push(Skipped {
                segment: path.to_path_buf(),
                line: number,
                reason,
            });
        };
        if buf.last() != Some(&b'\n') {
            if buf.len() > LINE_MAX_BYTES {
                // Too long: skip the rest of the line without keeping it.
                let mut rest = 0u64;
                loop {
                    let mut chunk = Vec::new();
                    let n = reader
                        .by_ref()
                        .take(64 * 1024)
                        .read_until(b'\n', &mut chunk)?;
                    rest += n as u64;
                    if n == 0 || chunk.last() == Some(&b'\n') {
                        break;
                    }
                }
                skip(
                    format!("a line longer than {LINE_MAX_BYTES} bytes (+{rest})"),
                    out,
                );
                continue;
            }
            skip(
                "a cut last line (a crash in the middle of an append)".to_owned(),
                out,
            );
            return Ok(());
        }
        let text = &buf[..buf.len() - 1];
        if text.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Entry>(text) {
            Ok(entry) => out.entries.push(entry),
            Err(e) => skip(format!("not a record: {e}"), out),
        }
    }
}

/// Reads the segments in `dir` numbered `from` or higher (all of them for `None`), in order. A
/// segment that cannot be read at all is skipped with its reason.
pub(crate) fn read(dir: &Path, from: Option<u64>) -> std::io::Result<LogRead> {
    let mut out = LogRead::default();
    for segment in segments(dir)? {
        if from.is_some_and(|from| segment.sequence < from) {
            continue;
        }
        if let Err(e) = read_segment(&segment.path, &mut out) {
            out.skipped.push(Skipped {
                segment: segment.path.clone(),
                line: 0,
                reason: format!("the segment could not be read: {e}"),
            });
        }
    }
    Ok(out)
}

/// A record the replay may write, to count each once.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Session(String),
    Journal(NaiveDate),
    RestDay(String, NaiveDate),
    CustomRoutine(String),
}

/// What a replay did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Replayed {
    /// Distinct records written.
    pub(crate) records: u32,
    /// Lines the schema refused, with why.
    pub(crate) refused: Vec<String>,
}

/// Writes `entries` into the database inside the open transaction `conn` (see the module's
/// documentation). Only an error of the database itself (a full disk) stops it.
pub(crate) fn replay(conn: &Connection, entries: &[Entry]) -> Result<Replayed> {
    let mut written = BTreeSet::new();
    let mut refused = Vec::new();
    for entry in entries {
        match apply(conn, entry) {
            Ok(Some(key)) => {
                written.insert(key);
            }
            Ok(None) => {}
            Err(StoreError::Rejected(why)) => refused.push(why),
            Err(e) => return Err(e),
        }
    }
    Ok(Replayed {
        records: u32::try_from(written.len()).unwrap_or(u32::MAX),
        refused,
    })
}

/// Applies one entry; returns the record's key when it changed the database.
fn apply(conn: &Connection, entry: &Entry) -> Result<Option<Key>> {
    let changed = match entry {
        Entry::Session { session } => {
            return Ok(
                session::insert(conn, session, true)?.then(|| Key::Session(session.id.clone()))
            )
        }
        Entry::Feel { session_id, feel } => {
            let n = conn
                .prepare_cached("UPDATE sessions SET feel = ?2 WHERE id = ?1 AND feel IS NOT ?2")?
                .execute((session_id, feel))
                .map_err(on_write)?;
            (n > 0).then(|| Key::Session(session_id.clone()))
        }
        Entry::Checklist {
            session_id,
            checklist,
        } => {
            let text = checklist.as_ref().map(serde_json::to_string).transpose()?;
            let n = conn
                .prepare_cached(
                    "UPDATE sessions SET checklist = ?2 WHERE id = ?1 AND checklist IS NOT ?2",
                )?
                .execute((session_id, text))
                .map_err(on_write)?;
            (n > 0).then(|| Key::Session(session_id.clone()))
        }
        Entry::Journal { entry: e } => {
            // The later save wins; an equal time with other answers is a save the log holds later.
            let n = conn
                .prepare_cached(
                    "INSERT INTO journal_entries (day, back_pain, stiffness, sleep_quality,
                         sleep_position, note, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                     ON CONFLICT (day) DO UPDATE SET
                         back_pain = excluded.back_pain,
                         stiffness = excluded.stiffness,
                         sleep_quality = excluded.sleep_quality,
                         sleep_position = excluded.sleep_position,
                         note = excluded.note,
                         created_at = min(created_at, excluded.created_at),
                         updated_at = excluded.updated_at
                     WHERE excluded.updated_at > journal_entries.updated_at
                        OR (excluded.updated_at = journal_entries.updated_at
                            AND (back_pain IS NOT excluded.back_pain
                                 OR stiffness IS NOT excluded.stiffness
                                 OR sleep_quality IS NOT excluded.sleep_quality
                                 OR sleep_position IS NOT excluded.sleep_position
                                 OR note IS NOT excluded.note))",
                )?
                .execute(rusqlite::params![
                    sql::day_text(e.day),
                    e.back_pain,
                    e.stiffness,
                    e.sleep_quality,
                    e.sleep_position,
                    e.note,
                    sql::millis(e.created_at),
                    sql::millis(e.updated_at),
                ])
                .map_err(on_write)?;
            (n > 0).then_some(Key::Journal(e.day))
        }
        Entry::JournalDeleted { day } => {
            let n = conn
                .prepare_cached("DELETE FROM journal_entries WHERE day = ?1")?
                .execute([sql::day_text(*day)])
                .map_err(on_write)?;
            (n > 0).then_some(Key::Journal(*day))
        }
        Entry::RestDay { rest_day, rested } => {
            let changed = if *rested {
                rest_day::insert(conn, rest_day)?
            } else {
                conn.prepare_cached("DELETE FROM rest_days WHERE routine_id = ?1 AND day = ?2")?
                    .execute((&rest_day.routine_id, sql::day_text(rest_day.day)))
                    .map_err(on_write)?
                    > 0
            };
            changed.then(|| Key::RestDay(rest_day.routine_id.clone(), rest_day.day))
        }
        Entry::CustomRoutine { routine: r } => {
            let body = serde_json::to_string(&r.routine)?;
            let n = conn
                .prepare_cached(
                    "INSERT INTO custom_routines (id, body, created_at, updated_at, deleted)
                     VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (id) DO UPDATE SET
                         body = excluded.body,
                         created_at = min(created_at, excluded.created_at),
                         updated_at = excluded.updated_at,
                         deleted = excluded.deleted
                     WHERE excluded.updated_at > custom_routines.updated_at
                        OR (excluded.updated_at = custom_routines.updated_at
                            AND (body IS NOT excluded.body OR deleted IS NOT excluded.deleted))",
                )?
                .execute((
                    &r.id,
                    &body,
                    sql::millis(r.created_at),
                    sql::millis(r.updated_at),
                    r.deleted,
                ))
                .map_err(on_write)?;
            (n > 0).then(|| Key::CustomRoutine(r.id.clone()))
        }
    };
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::RestDay;

    /// Each row: a file name, and the segment number it stands for when it is one of ours.
    #[test]
    fn segment_names_table() {
        fn check(name: &str, expected: Option<u64>) {
            assert_eq!(parse_segment_name(name), expected, "{name}");
            if let Some(n) = expected {
                assert_eq!(segment_name(n), name);
            }
        }
        check("after-backup-000000.jsonl", Some(0));
        check("after-backup-000007.jsonl", Some(7));
        check("after-backup-1234567.jsonl", Some(1_234_567));
        check("after-backup-7.jsonl", None);
        check("after-backup-0000007.jsonl", None);
        check("after-backup-+00007.jsonl", None);
        check("after-backup-000007.jsonl.tmp", None);
        check("after-backup-.jsonl", None);
        check("notes.txt", None);
    }

    fn line(entry: &Entry) -> String {
        let mut text = serde_json::to_string(entry).unwrap();
        text.push('\n');
        text
    }

    fn rest(day: u32, rested: bool) -> Entry {
        Entry::RestDay {
            rest_day: RestDay {
                routine_id: "bedtime-wind-down".to_owned(),
                day: NaiveDate::from_ymd_opt(2024, 3, day).unwrap(),
            },
            rested,
        }
    }

    /// Each row: a segment's bytes, the entries read from it, and the reasons for the lines
    /// skipped (issue 15, damaged database file: a cut last line and junk are skipped, each with
    /// the reason logged).
    #[test]
    fn reading_a_segment_skips_cut_and_junk_lines_with_their_reason() {
        fn check(bytes: &[u8], expected: Vec<Entry>, reasons: &[(usize, &str)]) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(segment_name(3));
            fs::write(&path, bytes).unwrap();
            let read = read(dir.path(), None).unwrap();
            assert_eq!(
                read.entries,
                expected,
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
            let got: Vec<(usize, &str)> = read
                .skipped
                .iter()
                .map(|s| (s.line, s.reason.as_str()))
                .collect();
            assert_eq!(got.len(), reasons.len(), "{got:?}");
            for ((line, reason), (want_line, want)) in got.iter().zip(reasons) {
                assert_eq!(line, want_line);
                assert!(
                    reason.starts_with(want),
                    "{reason:?} should start with {want:?}"
                );
            }
        }
        let (a, b) = (rest(1, true), rest(2, false));
        let (la, lb) = (line(&a), line(&b));
        check(b"", vec![], &[]);
        check(la.as_bytes(), vec![a.clone()], &[]);
        check(
            format!("{la}{lb}").as_bytes(),
            vec![a.clone(), b.clone()],
            &[],
        );
        check(
            format!("{la}{}", &lb[..lb.len() / 2]).as_bytes(),
            vec![a.clone()],
            &[(2, "a cut last line")],
        );
        check(
            format!("{la}\n  \n{lb}").as_bytes(),
            vec![a.clone(), b.clone()],
            &[],
        );
        check(
            format!("{la}not json\n{lb}").as_bytes(),
            vec![a.clone(), b.clone()],
            &[(2, "not a record")],
        );
        check(
            format!("{{\"kind\":\"fromTheFuture\"}}\n{lb}").as_bytes(),
            vec![b.clone()],
            &[(1, "not a record: unknown variant `fromTheFuture`")],
        );
        check(
            format!("{}\n{lb}", &la[..la.len() - 5]).as_bytes(),
            vec![b.clone()],
            &[(1, "not a record")],
        );
        let zeros = vec![0u8; 10_000];
        check(&zeros, vec![], &[(1, "a cut last line")]);
        let mut long = vec![b'x'; LINE_MAX_BYTES + 10];
        long.push(b'\n');
        long.extend_from_slice(la.as_bytes());
        check(&long, vec![a.clone()], &[(1, "a line longer than")]);
    }

    /// An append after a cut line starts on a new line: the cut line is one junk line, the new
    /// record is whole.
    #[test]
    fn an_append_after_a_cut_line_starts_a_new_line() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (rest(1, true), rest(2, true));
        append(dir.path(), 0, &a).unwrap();
        let segment = dir.path().join(segment_name(0));
        let mut file = fs::OpenOptions::new().append(true).open(&segment).unwrap();
        file.write_all(&line(&a).as_bytes()[..10]).unwrap();
        append(dir.path(), 0, &b).unwrap();
        let read = read(dir.path(), None).unwrap();
        assert_eq!(read.entries, [a, b]);
        assert_eq!(read.skipped.len(), 1);
    }

    /// A record goes to the higher of the live database's backup number and the highest segment.
    #[test]
    fn appends_go_to_the_newest_segment() {
        fn check(existing: &[u64], live: u64, expected: u64) {
            let dir = tempfile::tempdir().unwrap();
            for n in existing {
                start_segment(dir.path(), *n).unwrap();
            }
            append(dir.path(), live, &rest(1, true)).unwrap();
            let written: Vec<u64> = segments(dir.path())
                .unwrap()
                .into_iter()
                .filter(|s| fs::metadata(&s.path).unwrap().len() > 0)
                .map(|s| s.sequence)
                .collect();
            assert_eq!(written, [expected], "{existing:?}, live {live}");
        }
        check(&[], 0, 0);
        check(&[], 4, 4);
        check(&[0, 1, 2], 1, 2);
        check(&[3], 5, 5);
        check(&[9], 5, 9);
    }
}
