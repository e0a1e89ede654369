//! Daily backups and start-up recovery, on real files.

// Helpers outside `#[test]` functions are test code too; clippy's in-test exemption misses them.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::Duration;
use common::{at, session};
use limber_store::{Store, StoreError, BACKUPS_KEPT, SCHEMA_VERSION};

/// Writes `n` sessions with ids `{tag}-{i}`.
fn fill(store: &Store, tag: &str, n: usize) {
    for i in 0..n {
        let mut s = session(&format!("{tag}-{i}"), tag, "2024-03-01");
        s.started_at += Duration::seconds(i as i64);
        s.ended_at += Duration::seconds(i as i64);
        s.checklist = Some(serde_json::json!({ "padding": "x".repeat(200) }));
        store.insert_session(&s).unwrap();
    }
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

fn ids(store: &Store) -> Vec<String> {
    let mut ids: Vec<String> = store
        .sessions()
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    ids.sort();
    ids
}

/// Each row: the times `backup_if_due` is called at, the file name each call must return
/// (`None` when no backup was due), and the backups left afterwards.
#[test]
fn backup_schedule_and_pruning() {
    fn check(calls: &[(&str, Option<&str>)], left: &[&str]) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
        let backups = dir.path().join("backups");
        fs::create_dir_all(&backups).unwrap();
        // A stranger's file in the folder must survive pruning.
        fs::write(backups.join("notes.txt"), "mine").unwrap();
        for (now, expected) in calls {
            let made = store.backup_if_due(at(now), &backups).unwrap();
            let made = made.map(|p| p.file_name().unwrap().to_str().unwrap().to_owned());
            assert_eq!(made.as_deref(), *expected, "at {now}");
        }
        let mut expected: Vec<String> = left.iter().map(|s| s.to_string()).collect();
        expected.push("notes.txt".into());
        expected.sort();
        assert_eq!(names(&backups), expected);
    }
    check(
        &[("2024-03-01T08:00:00Z", Some("limber-2024-03-01.sqlite3"))],
        &["limber-2024-03-01.sqlite3"],
    );
    check(
        &[
            ("2024-03-01T08:00:00Z", Some("limber-2024-03-01.sqlite3")),
            ("2024-03-01T23:59:59Z", None),
            ("2024-03-02T00:00:00Z", Some("limber-2024-03-02.sqlite3")),
        ],
        &["limber-2024-03-01.sqlite3", "limber-2024-03-02.sqlite3"],
    );
    // A clock that went back to a day without a backup makes one for it (issue 15, fault 3: the
    // clock that was wrong may be the earlier one), and none for a day that has one.
    check(
        &[
            ("2024-03-05T08:00:00Z", Some("limber-2024-03-05.sqlite3")),
            ("2024-03-04T08:00:00Z", Some("limber-2024-03-04.sqlite3")),
            ("2024-03-05T09:00:00Z", None),
        ],
        &["limber-2024-03-04.sqlite3", "limber-2024-03-05.sqlite3"],
    );
    let ten_days: Vec<(String, String)> = (1..=10)
        .map(|d| {
            (
                format!("2024-03-{d:02}T21:00:00Z"),
                format!("limber-2024-03-{d:02}.sqlite3"),
            )
        })
        .collect();
    let calls: Vec<(&str, Option<&str>)> = ten_days
        .iter()
        .map(|(t, n)| (t.as_str(), Some(n.as_str())))
        .collect();
    let left: Vec<&str> = ten_days[10 - BACKUPS_KEPT..]
        .iter()
        .map(|(_, n)| n.as_str())
        .collect();
    check(&calls, &left);
    // Gaps of several days are fine; the seven newest are kept whatever their dates.
    check(
        &[
            ("2023-12-31T10:00:00Z", Some("limber-2023-12-31.sqlite3")),
            ("2024-01-09T10:00:00Z", Some("limber-2024-01-09.sqlite3")),
            ("2024-02-29T10:00:00Z", Some("limber-2024-02-29.sqlite3")),
        ],
        &[
            "limber-2023-12-31.sqlite3",
            "limber-2024-01-09.sqlite3",
            "limber-2024-02-29.sqlite3",
        ],
    );
}

/// A file copied into the folder by hand under today's name is not today's backup: today's gets
/// the next free name and the copy is left alone.
#[test]
fn a_name_taken_by_a_copy_gets_a_numbered_twin() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
    let backups = dir.path().join("backups");
    let first = store
        .backup_if_due(at("2024-03-01T08:00:00Z"), &backups)
        .unwrap()
        .unwrap();
    fs::copy(&first, backups.join("limber-2024-03-02.sqlite3")).unwrap();
    let made = backups_at(
        &store,
        &backups,
        &["2024-03-02T08:00:00Z", "2024-03-02T09:00:00Z"],
    );
    assert_eq!(made, [Some("limber-2024-03-02-2.sqlite3".to_owned()), None]);
    let listed: Vec<(String, Option<u64>)> = limber_store::backups(&backups)
        .unwrap()
        .into_iter()
        .map(|b| {
            (
                b.path.file_name().unwrap().to_str().unwrap().to_owned(),
                b.sequence,
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("limber-2024-03-02-2.sqlite3".to_owned(), Some(2)),
            ("limber-2024-03-02.sqlite3".to_owned(), Some(1)),
            ("limber-2024-03-01.sqlite3".to_owned(), Some(1)),
        ]
    );
}

#[test]
fn a_backup_is_a_complete_single_file_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
    fill(&store, "before", 50);
    let backups = dir.path().join("new/backups");
    let path = store
        .backup_if_due(at("2024-03-01T08:00:00Z"), &backups)
        .unwrap()
        .unwrap();
    fill(&store, "after", 5);
    // Only the backup itself: no -wal, -shm or .partial file beside it.
    assert_eq!(names(&backups), ["limber-2024-03-01.sqlite3"]);
    let copy = rusqlite::Connection::open(&path).unwrap();
    let mode: String = copy
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
    drop(copy);
    let restored = Store::open(&path).unwrap();
    assert_eq!(restored.sessions().unwrap().len(), 50);
    assert_eq!(restored.schema_version().unwrap(), SCHEMA_VERSION);
}

/// How a test damages the database file after the store closed it.
type Damage = fn(&Path);

fn garbage(path: &Path) {
    fs::write(
        path,
        b"this is not a database, just some text pretending to be one\n".repeat(100),
    )
    .unwrap();
}

fn truncate_half(path: &Path) {
    let len = fs::metadata(path).unwrap().len();
    fs::OpenOptions::new()
        .write(true)
        .open(path)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
}

fn truncate_empty(path: &Path) {
    fs::write(path, b"").unwrap();
}

fn scribble_pages(path: &Path) {
    let mut bytes = fs::read(path).unwrap();
    assert!(
        bytes.len() > 16 * 4096,
        "the database is too small to damage"
    );
    // Keep the header page intact so SQLite recognises the file, garble b-tree pages after it.
    for b in &mut bytes[4096 * 2..4096 * 12] {
        *b = 0xA5;
    }
    fs::write(path, bytes).unwrap();
}

fn garble_header(path: &Path) {
    let mut bytes = fs::read(path).unwrap();
    bytes[..16].copy_from_slice(b"Not SQLite at al");
    fs::write(path, bytes).unwrap();
}

/// What the recovery must report: the backup restored (by file name), or none; the session id
/// prefixes visible afterwards; and how many records the record log brought back.
struct Expected {
    restored: Option<&'static str>,
    tags: &'static [&'static str],
    from_log: u32,
}

/// Builds a database with two daily backups (`day1` holding the "old" sessions, `day2` holding
/// "old" and "new"), then "latest" sessions, damages the file, recovers, and compares. The record
/// log brings back whatever the restored backup misses, so every session is there afterwards.
fn check_recovery(name: &str, damage: Damage, damage_backups: &[&str], expected: Expected) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let backups = dir.path().join("backups");
    {
        let store = Store::open(&path).unwrap();
        fill(&store, "old", 40);
        store
            .backup_if_due(at("2024-03-01T08:00:00Z"), &backups)
            .unwrap();
        fill(&store, "new", 40);
        store
            .backup_if_due(at("2024-03-02T08:00:00Z"), &backups)
            .unwrap();
        fill(&store, "latest", 40);
    }
    for b in damage_backups {
        garbage(&backups.join(b));
    }
    damage(&path);
    let damaged_bytes = fs::read(&path).unwrap();

    let (store, recovery) = Store::open_or_recover(&path, &backups).unwrap();
    let recovery = recovery.unwrap_or_else(|| panic!("{name}: expected a recovery"));
    assert_eq!(
        recovery
            .restored_from
            .as_ref()
            .map(|p| p.file_name().unwrap().to_str().unwrap()),
        expected.restored,
        "{name}"
    );
    assert_eq!(
        fs::read(&recovery.moved_to).unwrap(),
        damaged_bytes,
        "{name}: the damaged file is kept unchanged"
    );
    assert!(!recovery.reason.is_empty());
    assert_eq!(recovery.records_from_log, expected.from_log, "{name}");
    let mut tags: Vec<String> = ids(&store)
        .into_iter()
        .map(|id| id.split('-').next().unwrap().to_owned())
        .collect();
    tags.dedup();
    let mut want: Vec<&str> = expected.tags.to_vec();
    want.sort();
    assert_eq!(tags, want, "{name}");
    assert_eq!(store.sessions().unwrap().len(), 120, "{name}");
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    drop(store);
    // The recovered database opens cleanly next time, with nothing more to recover.
    let (_store, again) = Store::open_or_recover(&path, &backups).unwrap();
    assert_eq!(again, None, "{name}");
}

#[test]
fn damaged_databases_are_replaced_by_the_newest_good_backup() {
    const D1: &str = "limber-2024-03-01.sqlite3";
    const D2: &str = "limber-2024-03-02.sqlite3";
    const ALL: &[&str] = &["latest", "new", "old"];
    let newest = || Expected {
        restored: Some(D2),
        tags: ALL,
        from_log: 40,
    };
    check_recovery("not a database", garbage, &[], newest());
    check_recovery("truncated", truncate_half, &[], newest());
    check_recovery("empty file", truncate_empty, &[], newest());
    check_recovery("garbled pages", scribble_pages, &[], newest());
    check_recovery("garbled header", garble_header, &[], newest());
    check_recovery(
        "newest backup damaged too",
        garbage,
        &[D2],
        Expected {
            restored: Some(D1),
            tags: ALL,
            from_log: 80,
        },
    );
    check_recovery(
        "every backup damaged",
        truncate_half,
        &[D1, D2],
        Expected {
            restored: None,
            tags: ALL,
            from_log: 120,
        },
    );
}

#[test]
fn recovery_without_backups_starts_empty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    garbage(&path);
    let (store, recovery) = Store::open_or_recover(&path, &dir.path().join("none")).unwrap();
    let recovery = recovery.unwrap();
    assert_eq!(recovery.restored_from, None);
    assert!(recovery.moved_to.exists());
    assert!(recovery
        .moved_to
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("limber.sqlite3.damaged-"));
    assert!(store.sessions().unwrap().is_empty());
}

#[test]
fn healthy_and_missing_databases_need_no_recovery() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/limber.sqlite3");
    let backups = dir.path().join("backups");
    let (store, recovery) = Store::open_or_recover(&path, &backups).unwrap();
    assert_eq!(recovery, None);
    fill(&store, "a", 3);
    drop(store);
    let (store, recovery) = Store::open_or_recover(&path, &backups).unwrap();
    assert_eq!(recovery, None);
    assert_eq!(store.sessions().unwrap().len(), 3);
}

#[test]
fn a_database_from_a_newer_limber_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let backups = dir.path().join("backups");
    {
        let store = Store::open(&path).unwrap();
        fill(&store, "a", 3);
        store
            .backup_if_due(at("2024-03-01T08:00:00Z"), &backups)
            .unwrap();
    }
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 5)
            .unwrap();
    }
    let before = fs::read(&path).unwrap();
    // SQLite may create the -wal and -shm files of a WAL database just by reading it.
    let main_files = |dir: &Path| -> Vec<String> {
        names(dir)
            .into_iter()
            .filter(|n| !n.ends_with("-wal") && !n.ends_with("-shm"))
            .collect()
    };
    let listing = main_files(dir.path());
    match Store::open_or_recover(&path, &backups) {
        Err(StoreError::NewerSchema { found, known }) => {
            assert_eq!((found, known), (SCHEMA_VERSION + 5, SCHEMA_VERSION));
        }
        other => panic!("expected NewerSchema, got {:?}", other.map(|(_, r)| r)),
    }
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(main_files(dir.path()), listing, "nothing was moved aside");
    let message = StoreError::NewerSchema { found: 9, known: 3 }.to_string();
    assert!(message.contains("newer Limber"), "{message}");
}

#[test]
fn the_damaged_files_wal_moves_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    garbage(&path);
    let wal: PathBuf = dir.path().join("limber.sqlite3-wal");
    fs::write(&wal, b"stale wal").unwrap();
    let (_store, recovery) = Store::open_or_recover(&path, &dir.path().join("b")).unwrap();
    let moved = recovery.unwrap().moved_to;
    let mut moved_wal = moved.into_os_string();
    moved_wal.push("-wal");
    assert_eq!(fs::read(PathBuf::from(moved_wal)).unwrap(), b"stale wal");
}

#[test]
fn a_database_left_by_a_crash_is_healthy_and_keeps_its_wal_commits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let store = Store::open(&path).unwrap();
    fill(&store, "a", 5);
    // Leaking the store skips the close-time checkpoint, leaving the commits only in the WAL,
    // as a killed process does.
    std::mem::forget(store);
    assert!(dir.path().join("limber.sqlite3-wal").exists());
    let (store, recovery) = Store::open_or_recover(&path, &dir.path().join("backups")).unwrap();
    assert_eq!(recovery, None);
    assert_eq!(store.sessions().unwrap().len(), 5);
}

/// Calls `backup_if_due` at each time and returns the file name each call made (or `None`).
fn backups_at(store: &Store, dir: &Path, times: &[&str]) -> Vec<Option<String>> {
    times
        .iter()
        .map(|now| {
            store
                .backup_if_due(at(now), dir)
                .unwrap()
                .map(|p| p.file_name().unwrap().to_str().unwrap().to_owned())
        })
        .collect()
}

/// Issue 15, fault 3: one backup made while the clock said 2030 must not stop the daily backups
/// once the clock is right again. Each row: the times `backup_if_due` is called at, and the
/// file name each call must make (`None` when no backup was due).
#[test]
fn issue_15_fault_3_a_future_dated_backup_does_not_stop_later_daily_backups() {
    fn check(calls: &[(&str, Option<&str>)]) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
        let backups = dir.path().join("backups");
        let times: Vec<&str> = calls.iter().map(|(t, _)| *t).collect();
        let expected: Vec<Option<String>> =
            calls.iter().map(|(_, n)| n.map(str::to_owned)).collect();
        assert_eq!(backups_at(&store, &backups, &times), expected);
    }
    // The clock said 2030 for a while, then was corrected.
    check(&[
        ("2030-01-01T09:00:00Z", Some("limber-2030-01-01.sqlite3")),
        ("2026-12-06T09:00:00Z", Some("limber-2026-12-06.sqlite3")),
        ("2026-12-06T10:00:00Z", None),
        ("2026-12-07T09:00:00Z", Some("limber-2026-12-07.sqlite3")),
        ("2026-12-08T09:00:00Z", Some("limber-2026-12-08.sqlite3")),
    ]);
    // Set back and forward again: every real day still gets its backup, and a day that already
    // has one made on it gets no second one.
    check(&[
        ("2024-03-01T08:00:00Z", Some("limber-2024-03-01.sqlite3")),
        ("2024-03-02T08:00:00Z", Some("limber-2024-03-02.sqlite3")),
        ("2024-02-20T08:00:00Z", Some("limber-2024-02-20.sqlite3")),
        ("2024-02-20T09:00:00Z", None),
        ("2024-03-01T09:00:00Z", None),
        ("2024-03-03T08:00:00Z", Some("limber-2024-03-03.sqlite3")),
        ("2024-03-04T08:00:00Z", Some("limber-2024-03-04.sqlite3")),
    ]);
    // Forward and back again, twice.
    check(&[
        ("2024-03-01T08:00:00Z", Some("limber-2024-03-01.sqlite3")),
        ("2031-06-01T08:00:00Z", Some("limber-2031-06-01.sqlite3")),
        ("2024-03-01T12:00:00Z", None),
        ("2024-03-02T08:00:00Z", Some("limber-2024-03-02.sqlite3")),
        ("2031-06-01T09:00:00Z", None),
        ("2024-03-03T08:00:00Z", Some("limber-2024-03-03.sqlite3")),
    ]);
}

/// Issue 15, fault 3: pruning keeps the seven backups made most recently, whatever dates their
/// names carry, and never a file it did not name.
#[test]
fn issue_15_fault_3_pruning_keeps_the_seven_most_recently_made() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
    let backups = dir.path().join("backups");
    fs::create_dir_all(&backups).unwrap();
    fs::write(backups.join("limber-notes.sqlite3"), "mine").unwrap();
    fs::write(backups.join("limber-2024-3-9.sqlite3"), "mine too").unwrap();
    // Two backups while the clock ran ahead, then eight real days after it was set back.
    let mut times = vec!["2030-05-01T08:00:00Z", "2030-05-02T08:00:00Z"];
    let days: Vec<String> = (1..=8)
        .map(|d| format!("2024-03-{d:02}T08:00:00Z"))
        .collect();
    times.extend(days.iter().map(String::as_str));
    let made = backups_at(&store, &backups, &times);
    assert!(made.iter().all(Option::is_some), "{made:?}");
    let mut expected: Vec<String> = (2..=8)
        .map(|d| format!("limber-2024-03-{d:02}.sqlite3"))
        .collect();
    expected.push("limber-2024-3-9.sqlite3".into());
    expected.push("limber-notes.sqlite3".into());
    expected.sort();
    assert_eq!(names(&backups), expected);
}

/// Issue 15, fault 3: recovery restores the backup made most recently, not the one whose name
/// carries the latest date.
#[test]
fn issue_15_fault_3_recovery_restores_the_most_recently_made_good_backup() {
    fn check(damage_newest: bool, restored: &str, tags: &[&str]) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("limber.sqlite3");
        let backups = dir.path().join("backups");
        {
            let store = Store::open(&path).unwrap();
            fill(&store, "old", 10);
            // The clock says 2030 for this backup: its copy holds only the "old" sessions.
            store
                .backup_if_due(at("2030-01-01T08:00:00Z"), &backups)
                .unwrap()
                .unwrap();
            fill(&store, "new", 10);
            store
                .backup_if_due(at("2024-03-02T08:00:00Z"), &backups)
                .unwrap()
                .unwrap();
        }
        if damage_newest {
            garbage(&backups.join("limber-2024-03-02.sqlite3"));
        }
        garbage(&path);
        let (store, recovery) = Store::open_or_recover(&path, &backups).unwrap();
        let restored_from = recovery.unwrap().restored_from.unwrap();
        assert_eq!(
            restored_from.file_name().unwrap().to_str().unwrap(),
            restored
        );
        let mut found: Vec<String> = ids(&store)
            .into_iter()
            .map(|id| id.split('-').next().unwrap().to_owned())
            .collect();
        found.dedup();
        assert_eq!(found, tags);
    }
    // The record log brings the "new" sessions back on top of either backup.
    check(false, "limber-2024-03-02.sqlite3", &["new", "old"]);
    check(true, "limber-2030-01-01.sqlite3", &["new", "old"]);
}

/// Backups made by an older Limber carry no sequence number: they are still restored (after any
/// backup that has one), newest name date first.
#[test]
fn backups_from_an_older_limber_are_restored_after_newer_ones() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let backups = dir.path().join("backups");
    fs::create_dir_all(&backups).unwrap();
    {
        // A database copied by hand, as an older Limber's backup is: no record of a backup inside.
        let store = Store::open(&path).unwrap();
        fill(&store, "legacy", 5);
    }
    for day in ["2024-02-27", "2024-02-28"] {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute(
            "VACUUM INTO ?1",
            [backups
                .join(format!("limber-{day}.sqlite3"))
                .to_str()
                .unwrap()],
        )
        .unwrap();
    }
    garbage(&path);
    let (store, recovery) = Store::open_or_recover(&path, &backups).unwrap();
    let restored = recovery.unwrap().restored_from.unwrap();
    assert_eq!(
        restored.file_name().unwrap().to_str().unwrap(),
        "limber-2024-02-28.sqlite3"
    );
    assert_eq!(store.sessions().unwrap().len(), 5);
    // The next backup carries a sequence number, so it is restored before the older ones even
    // though its name's date is earlier.
    fill(&store, "later", 2);
    store
        .backup_if_due(at("2024-02-01T08:00:00Z"), &backups)
        .unwrap()
        .unwrap();
    drop(store);
    garbage(&path);
    let (store, recovery) = Store::open_or_recover(&path, &backups).unwrap();
    let restored = recovery.unwrap().restored_from.unwrap();
    assert_eq!(
        restored.file_name().unwrap().to_str().unwrap(),
        "limber-2024-02-01.sqlite3"
    );
    assert_eq!(store.sessions().unwrap().len(), 7);
}

/// A copy of the fixture folder `name` (from `tests/fixtures`) in a fresh temporary folder.
fn fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    dir
}

/// Found by the fault matrix (SIGKILL at random moments, CI on 2026-12-06): the very first start killed
/// while SQLite deleted the rollback journal of the switch to WAL leaves a header page and a hot journal
/// (the fixture is that state, made by killing `limber --fault-writes` at that `unlink`). A read-only
/// look cannot roll the journal back, so every later start failed with "attempt to write a readonly
/// database" and saved nothing. Now the journal is rolled back, the file is found to have never held
/// anything, and the store opens as new, with no recovery to tell about.
#[test]
fn a_first_start_killed_as_its_journal_was_deleted_opens_as_new() {
    let dir = fixture("hot-journal");
    let path = dir.path().join("limber.sqlite3");
    assert!(dir.path().join("limber.sqlite3-journal").exists());
    let (store, recovery) = Store::open_or_recover(&path, &dir.path().join("backups")).unwrap();
    assert_eq!(
        recovery, None,
        "nothing was ever saved, so nothing was recovered"
    );
    assert!(!store.is_read_only());
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    store.check_writable().unwrap();
    fill(&store, "after", 2);
    assert_eq!(ids(&store), ["after-0", "after-1"]);
    assert!(!dir.path().join("limber.sqlite3-journal").exists());
    assert_eq!(
        names(dir.path()),
        [
            "limber.sqlite3",
            "limber.sqlite3-shm",
            "limber.sqlite3-wal",
            "limber.sqlite3.records"
        ],
        "nothing was moved aside"
    );
}

/// The same hot journal beside a file while backups exist: the rollback leaves an empty file, which may
/// have been a database with records, so the newest backup is restored as for any other damage.
#[test]
fn a_hot_journal_that_empties_the_file_is_recovered_when_a_backup_exists() {
    let dir = fixture("hot-journal");
    let path = dir.path().join("limber.sqlite3");
    let backups = dir.path().join("backups");
    {
        let other = tempfile::tempdir().unwrap();
        let store = Store::open(&other.path().join("limber.sqlite3")).unwrap();
        fill(&store, "kept", 3);
        store
            .backup_if_due(at("2024-03-01T08:00:00Z"), &backups)
            .unwrap();
    }
    let (store, recovery) = Store::open_or_recover(&path, &backups).unwrap();
    let recovery = recovery.unwrap();
    assert!(recovery.restored_from.is_some());
    assert_eq!(ids(&store), ["kept-0", "kept-1", "kept-2"]);
    store.check_writable().unwrap();
}

/// An empty file with nothing beside it but a record log is not "never written": the log's records come
/// back, and the person is told.
#[test]
fn an_empty_file_with_a_record_log_is_recovered_from_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    {
        let store = Store::open(&path).unwrap();
        fill(&store, "logged", 3);
    }
    fs::write(&path, b"").unwrap();
    let (store, recovery) = Store::open_or_recover(&path, &dir.path().join("backups")).unwrap();
    let recovery = recovery.unwrap();
    assert_eq!(recovery.restored_from, None);
    assert_eq!(recovery.records_from_log, 3);
    assert_eq!(ids(&store), ["logged-0", "logged-1", "logged-2"]);
}
