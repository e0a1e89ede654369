//! Issue 15, faults 9 and 10: the store on a full disk and in a read-only folder, against real
//! SQLite files on a small tmpfs (and a read-only bind mount of it). Mounting needs root; without
//! it each test prints why it was skipped and passes, so the rest of the suite still runs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, TimeDelta, Utc};
use limber_store::{SessionRecord, Store, StoreError};

/// A 2 MiB tmpfs mounted on a fresh temp dir, unmounted (and the dir removed) on drop.
struct SmallDisk {
    dir: tempfile::TempDir,
    read_only_binds: usize,
    /// One at a time: a full disk, mounts and remounts were seen to disturb another such test running at once.
    _one_at_a_time: std::sync::MutexGuard<'static, ()>,
}

static DISKS: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn run(program: &str, args: &[&str]) -> Result<(), String> {
    let status = Command::new(program)
        .args(args)
        .status()
        .map_err(|e| format!("{program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{program} {} failed: {status}", args.join(" ")))
    }
}

impl SmallDisk {
    /// Mounts the disk, or says why not (not root, no mount permission) and returns `None`.
    fn mount(test: &str) -> Option<SmallDisk> {
        let one_at_a_time = DISKS
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_str().unwrap().to_owned();
        match run("mount", &["-t", "tmpfs", "-o", "size=2m", "tmpfs", &path]) {
            Ok(()) => Some(SmallDisk {
                dir,
                read_only_binds: 0,
                _one_at_a_time: one_at_a_time,
            }),
            Err(error) => {
                // Written to the real stderr, past the test harness's capture, so the skip is seen.
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "skipped {test}: a small tmpfs needs root ({error})"
                );
                None
            }
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn database(&self) -> PathBuf {
        self.path().join("limber.sqlite3")
    }

    /// Fills the disk to the last block.
    fn fill(&self) {
        use std::io::Write;
        let mut file = std::fs::File::create(self.path().join("fill")).unwrap();
        let block = [0u8; 4096];
        while file.write_all(&block).is_ok() {}
        let _ = file.sync_all();
    }

    fn free(&self) {
        std::fs::remove_file(self.path().join("fill")).unwrap();
    }

    /// Makes the folder read-only with a read-only bind mount on itself (`chmod` does not stop root).
    fn make_read_only(&mut self) {
        let path = self.path().to_str().unwrap().to_owned();
        run("mount", &["--bind", &path, &path]).unwrap();
        self.read_only_binds += 1;
        run("mount", &["-o", "remount,bind,ro", &path]).unwrap();
    }

    fn make_writable(&mut self) {
        let path = self.path().to_str().unwrap().to_owned();
        run("umount", &[&path]).unwrap();
        self.read_only_binds -= 1;
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let path = self.path().to_str().unwrap_or_default().to_owned();
        for _ in 0..=self.read_only_binds {
            let _ = run("umount", &["-l", &path]);
        }
    }
}

fn session(id: &str, minute: i64) -> SessionRecord {
    let start: DateTime<Utc> = "2026-12-06T22:00:00Z".parse().unwrap();
    let start = start + TimeDelta::minutes(minute);
    SessionRecord {
        id: id.into(),
        routine_id: "bedtime-wind-down".into(),
        started_at: start,
        ended_at: start + TimeDelta::minutes(9),
        utc_offset_seconds: 3600,
        routine_day: "2026-12-06".parse().unwrap(),
        steps_done: 12,
        steps_skipped: 0,
        completed: true,
        active_ms: 540_000,
        paused_ms: 0,
        feel: None,
        checklist: None,
        skipped_exercises: Vec::new(),
    }
}

fn integrity_ok(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let report: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(report, "ok");
}

#[test]
fn issue_15_fault_9_a_session_written_on_a_full_disk_fails_plainly_and_a_retry_stores_it_once() {
    let Some(disk) = SmallDisk::mount("the full-disk session test") else {
        return;
    };
    let store = Store::open(&disk.database()).unwrap();
    store.insert_session(&session("earlier", 0)).unwrap();
    disk.fill();

    let error = store.record_session(&session("tonight", 60)).unwrap_err();
    assert!(
        matches!(error, StoreError::DiskFull { .. }),
        "a full disk is named as such: {error:?}"
    );
    assert!(error.is_transient());
    assert!(error
        .to_string()
        .starts_with("the disk that holds Limber's data is full"));
    assert!(matches!(
        store.check_writable(),
        Err(StoreError::DiskFull { .. })
    ));
    // Reading goes on.
    assert_eq!(store.sessions().unwrap().len(), 1);

    disk.free();
    store.check_writable().unwrap();
    assert!(store.record_session(&session("tonight", 60)).unwrap());
    // A retry whose first attempt did reach the disk adds nothing.
    assert!(!store.record_session(&session("tonight", 60)).unwrap());
    drop(store);
    let store = Store::open(&disk.database()).unwrap();
    let ids: Vec<String> = store
        .sessions()
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, ["earlier", "tonight"]);
    drop(store);
    integrity_ok(&disk.database());
}

#[test]
fn issue_15_fault_9_opening_on_a_full_disk_says_so_and_the_data_can_still_be_read() {
    let Some(disk) = SmallDisk::mount("the full-disk start test") else {
        return;
    };
    {
        let store = Store::open(&disk.database()).unwrap();
        store.insert_session(&session("kept", 0)).unwrap();
    }
    // Closed cleanly: the WAL's files are gone, and SQLite cannot create its 32 KiB shared-memory file.
    disk.fill();
    let error = Store::open(&disk.database()).unwrap_err();
    assert!(
        matches!(error, StoreError::DiskFull { .. }),
        "not a raw \"disk I/O error\": {error:?}"
    );

    let reading = Store::open_read_only(&disk.database()).unwrap();
    assert!(reading.is_read_only());
    assert_eq!(reading.sessions().unwrap().len(), 1);
    let refused = reading.record_session(&session("new", 5)).unwrap_err();
    assert!(
        matches!(refused, StoreError::ReadOnly { .. }),
        "{refused:?}"
    );
    drop(reading);

    disk.free();
    let store = Store::open(&disk.database()).unwrap();
    assert!(store.record_session(&session("new", 5)).unwrap());
    assert_eq!(store.sessions().unwrap().len(), 2);
    drop(store);
    integrity_ok(&disk.database());
}

#[test]
fn issue_15_fault_9_a_first_start_on_a_full_disk_leaves_no_empty_file_behind() {
    let Some(disk) = SmallDisk::mount("the full-disk first-start test") else {
        return;
    };
    disk.fill();
    let error = Store::open(&disk.database()).unwrap_err();
    assert!(matches!(error, StoreError::DiskFull { .. }), "{error:?}");
    // An empty file left here would be taken for a damaged database at the next start.
    assert!(!disk.database().exists());
    disk.free();
    Store::open(&disk.database()).unwrap();
}

#[test]
fn issue_15_fault_10_a_read_only_folder_is_named_at_open_and_can_still_be_read() {
    let Some(mut disk) = SmallDisk::mount("the read-only folder test") else {
        return;
    };
    {
        let store = Store::open(&disk.database()).unwrap();
        store.insert_session(&session("kept", 0)).unwrap();
    }
    disk.make_read_only();
    let error = Store::open(&disk.database()).unwrap_err();
    assert!(
        matches!(error, StoreError::ReadOnly { .. }),
        "not a raw \"attempt to write a readonly database\": {error:?}"
    );
    assert!(error
        .to_string()
        .starts_with("Limber's data folder is read-only"));
    let reading = Store::open_read_only(&disk.database()).unwrap();
    assert_eq!(reading.sessions().unwrap().len(), 1);
    assert!(matches!(
        reading.check_writable(),
        Err(StoreError::ReadOnly { .. })
    ));
    // A fresh folder that is read-only has nothing to read, and says so the same way.
    let fresh = Store::open(&disk.path().join("other.sqlite3")).unwrap_err();
    assert!(matches!(fresh, StoreError::ReadOnly { .. }), "{fresh:?}");
    drop(reading);

    disk.make_writable();
    let store = Store::open(&disk.database()).unwrap();
    store.check_writable().unwrap();
}
