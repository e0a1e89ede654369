//! Issue 15, fault 9: a record that cannot be written is kept, retried and written exactly once. The pure
//! outbox is driven by a fake store; [`Saving`] by a real SQLite file in a temp dir and, as root, on a full
//! 2 MiB tmpfs and a read-only bind mount (skipped with a printed reason otherwise).

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, TimeDelta, Utc};

use super::*;
use crate::state::open_for_use;

/// A session whose start depends on its id, as two real sessions never start in the same millisecond.
fn session(id: &str) -> SessionRecord {
    let start: DateTime<Utc> = "2026-12-06T22:10:00Z".parse().unwrap();
    let start = start + TimeDelta::seconds(id.bytes().map(i64::from).sum());
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

fn check_in(pain: u8) -> JournalRecord {
    let at: DateTime<Utc> = "2026-12-07T06:40:00Z".parse().unwrap();
    JournalRecord {
        day: "2026-12-07".parse().unwrap(),
        back_pain: Some(pain),
        stiffness: Some(4),
        sleep_quality: Some(3),
        sleep_position: Some("side".into()),
        note: Some("stiff after the drive".into()),
        created_at: at,
        updated_at: at,
    }
}

/// What the fake store answers to one write: written, blocked (disk full) or refused.
#[derive(Clone, Copy, Debug)]
enum Answer {
    W,
    B,
    R,
}

/// Runs rounds of writing against a fake store that commits with insert-or-ignore semantics, as the real
/// one does. Returns every commit the store made (duplicates would show) and what still waits.
fn run(kept: Vec<Record>, rounds: &[&[Answer]]) -> (Vec<RecordKey>, usize, usize) {
    let mut outbox = Outbox::default();
    for record in kept {
        outbox.keep(record);
    }
    let mut committed: Vec<RecordKey> = Vec::new();
    let mut calls = 0;
    for answers in rounds {
        let mut answers = answers.iter();
        outbox.flush(|record| {
            calls += 1;
            match answers.next().copied().unwrap_or(Answer::W) {
                Answer::W => {
                    if !committed.contains(&record.key()) {
                        committed.push(record.key());
                    }
                    Attempt::Written
                }
                Answer::B => Attempt::Blocked("disk full"),
                Answer::R => Attempt::Refused("a rule was broken"),
            }
        });
    }
    (committed, outbox.len(), calls)
}

#[test]
fn save_state_machine_table() {
    use Answer::{B, R, W};
    fn check(kept: Vec<Record>, rounds: &[&[Answer]], expected: (Vec<RecordKey>, usize, usize)) {
        assert_eq!(run(kept.clone(), rounds), expected, "{kept:?} {rounds:?}");
    }
    let s1 = || Record::Session(session("s1"));
    let c1 = || Record::CheckIn(check_in(3));
    let k_s1 = || RecordKey::Session("s1".into());
    let k_c1 = || RecordKey::CheckIn("2026-12-07".parse().unwrap());

    // Pending, then saved.
    check(vec![s1()], &[&[W]], (vec![k_s1()], 0, 1));
    // Failed, retrying, saved exactly once; a later round writes nothing more.
    check(vec![s1()], &[&[B], &[B], &[W], &[]], (vec![k_s1()], 0, 3));
    // A blocked write ends the round: the disk is asked once, not once per record.
    check(vec![s1(), c1()], &[&[B]], (vec![], 2, 1));
    check(
        vec![s1(), c1()],
        &[&[B], &[W, W]],
        (vec![k_s1(), k_c1()], 0, 3),
    );
    // Blocked in the middle: what was written stays written, the rest waits in order.
    check(
        vec![s1(), c1()],
        &[&[W, B], &[W]],
        (vec![k_s1(), k_c1()], 0, 3),
    );
    // A record the store refuses for what it is is dropped, not retried for ever.
    check(
        vec![Record::Feel {
            session_id: "gone".into(),
            feel: 4,
        }],
        &[&[R], &[]],
        (vec![], 0, 1),
    );
}

#[test]
fn a_later_record_with_the_same_key_replaces_the_waiting_one() {
    let mut outbox = Outbox::default();
    outbox.keep(Record::CheckIn(check_in(3)));
    outbox.keep(Record::CheckIn(check_in(5)));
    assert_eq!(outbox.len(), 1);
    let day = "2026-12-07".parse().unwrap();
    assert_eq!(outbox.check_in(day).and_then(|e| e.back_pain), Some(5));

    // The feel answer for a waiting session goes into the session, so both are written together once.
    outbox.keep(Record::Session(session("s1")));
    let feel = Record::Feel {
        session_id: "s1".into(),
        feel: 7,
    };
    outbox.keep(feel.clone());
    assert_eq!(outbox.len(), 2);
    assert!(outbox.is_waiting(&feel));
    let mut written = Vec::new();
    outbox.flush(|record| {
        written.push(record.clone());
        Attempt::<()>::Written
    });
    assert!(written.contains(&Record::Session(SessionRecord {
        feel: Some(7),
        ..session("s1")
    })));
    assert!(!outbox.is_waiting(&feel));
}

fn saving_at(dir: &Path) -> (Saving, DataPaths) {
    let paths = DataPaths::new(dir.to_path_buf());
    let opened = open_for_use(&paths).unwrap();
    let saving = Saving::new(
        StoreHandle::new(opened.store),
        paths.clone(),
        opened.problem,
        opened.degraded,
    );
    (saving, paths)
}

fn stored_sessions(saving: &Saving) -> Vec<SessionRecord> {
    saving.store().lock().sessions().unwrap()
}

#[test]
fn a_record_saved_through_a_healthy_store_is_saved_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (saving, _) = saving_at(dir.path());
    assert_eq!(saving.status().problem, None);
    assert_eq!(
        saving.save(Record::Session(session("s1"))).unwrap(),
        SaveState::Saved
    );
    let feel = Record::Feel {
        session_id: "s1".into(),
        feel: 2,
    };
    assert_eq!(saving.save(feel).unwrap(), SaveState::Saved);
    assert_eq!(stored_sessions(&saving)[0].feel, Some(2));
    // A feel answer for a session that does not exist is refused, not kept for ever.
    let stray = Record::Feel {
        session_id: "nope".into(),
        feel: 2,
    };
    assert!(saving.save(stray).is_err());
    assert!(saving.all_saved());
    assert!(!saving.needs_retry());
}

/// The whole cycle without root: the app started with a store that could only read (here the empty stand-in),
/// a session finished, and the folder became usable: the retry reopens the store and writes it once.
#[test]
fn a_store_that_could_only_read_is_reopened_and_the_waiting_record_written_once() {
    let dir = tempfile::tempdir().unwrap();
    let paths = DataPaths::new(dir.path().to_path_buf());
    let problem = DataProblem::new(ProblemKind::DiskFull, paths.dir(), false, "test".into());
    let saving = Saving::new(
        StoreHandle::new(Store::empty_read_only(&paths.database()).unwrap()),
        paths.clone(),
        Some(problem),
        true,
    );
    let state = saving.save(Record::Session(session("s1"))).unwrap();
    let SaveState::Waiting { message } = state else {
        panic!("a store that can only read saved nothing: {state:?}");
    };
    assert!(
        message
            .to_string()
            .contains("disk that holds Limber's data is full"),
        "{message}"
    );
    assert_eq!(saving.status().waiting, 1);
    assert!(saving.hold_quit(), "quitting now would lose the session");

    let retry = saving.retry();
    assert!(retry.reopened);
    assert_eq!(retry.written, vec![RecordKey::Session("s1".into())]);
    assert!(retry.changed);
    assert_eq!(
        saving.status(),
        DataStatus {
            problem: None,
            waiting: 0,
            quit_held: false
        }
    );
    assert_eq!(saving.retry(), Retry::default());
    assert_eq!(stored_sessions(&saving).len(), 1);
    assert!(!saving.hold_quit());
}

/// The fault matrix's SIGKILL at the first start's journal deletion (fixture in limber-store): the next start
/// opens the store for writing, with no problem to report, and saves. Before, it found the store unwritable
/// and fell back to a view of the file without its tables, which refused the session as if it were wrong.
#[test]
fn a_first_start_killed_as_its_journal_was_deleted_does_not_stop_the_next_from_saving() {
    let dir = tempfile::tempdir().unwrap();
    let paths = DataPaths::new(dir.path().to_path_buf());
    std::fs::create_dir_all(paths.dir()).unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../limber-store/tests/fixtures/hot-journal");
    for name in ["limber.sqlite3", "limber.sqlite3-journal"] {
        std::fs::copy(fixture.join(name), paths.dir().join(name)).unwrap();
    }
    let opened = open_for_use(&paths).unwrap();
    assert!(opened.problem.is_none(), "{:?}", opened.problem);
    assert!(!opened.degraded);
    assert!(opened.recovery.is_none());
    let saving = Saving::new(StoreHandle::new(opened.store), paths, None, false);
    assert_eq!(
        saving.save(Record::Session(session("s1"))).unwrap(),
        SaveState::Saved
    );
    assert_eq!(stored_sessions(&saving).len(), 1);
}

/// A store that can only read may show the file without tables its WAL holds (opened as immutable, on a disk
/// that cannot take SQLite's shared-memory file). A session then waits for the store to reopen; it is never
/// refused and dropped as if the record were wrong.
#[test]
fn a_read_only_view_without_the_tables_keeps_the_record_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let paths = DataPaths::new(dir.path().to_path_buf());
    std::fs::create_dir_all(paths.dir()).unwrap();
    {
        let bare = rusqlite::Connection::open(paths.database()).unwrap();
        bare.execute_batch("CREATE TABLE unrelated (x INTEGER)")
            .unwrap();
    }
    let store = Store::open_read_only(&paths.database()).unwrap();
    let problem = DataProblem::new(ProblemKind::ReadOnly, paths.dir(), true, "test".into());
    let saving = Saving::new(StoreHandle::new(store), paths, Some(problem), true);
    let state = saving.save(Record::Session(session("s1"))).unwrap();
    assert!(matches!(state, SaveState::Waiting { .. }), "{state:?}");
    assert_eq!(saving.status().waiting, 1);
    // The folder is writable: the retry opens the file for writing, migrates it and saves the session.
    let retry = saving.retry();
    assert!(retry.reopened);
    assert_eq!(retry.written, vec![RecordKey::Session("s1".into())]);
    assert_eq!(stored_sessions(&saving).len(), 1);
}

/// A 2 MiB tmpfs on a temp dir, unmounted on drop; root only. One at a time: mounts, remounts and a full disk
/// are the whole process's business (SQLite's locks and shared memory are per process), and two such tests at
/// once were seen to disturb each other.
struct SmallDisk {
    dir: tempfile::TempDir,
    binds: usize,
    _one_at_a_time: std::sync::MutexGuard<'static, ()>,
}

static DISKS: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn sh(program: &str, args: &[&str]) -> Result<(), String> {
    let status = Command::new(program)
        .args(args)
        .status()
        .map_err(|e| format!("{program}: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("{program} {} failed: {status}", args.join(" ")))
}

impl SmallDisk {
    fn mount(test: &str) -> Option<SmallDisk> {
        let one_at_a_time = DISKS
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_str().unwrap().to_owned();
        match sh("mount", &["-t", "tmpfs", "-o", "size=2m", "tmpfs", &path]) {
            Ok(()) => Some(SmallDisk {
                dir,
                binds: 0,
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

    fn data(&self) -> PathBuf {
        self.dir.path().join("app.limber.desktop")
    }

    fn fill(&self) {
        use std::io::Write;
        let mut file = std::fs::File::create(self.dir.path().join("fill")).unwrap();
        while file.write_all(&[0; 4096]).is_ok() {}
    }

    fn free(&self) {
        std::fs::remove_file(self.dir.path().join("fill")).unwrap();
    }

    fn read_only(&mut self) {
        let path = self.dir.path().to_str().unwrap().to_owned();
        sh("mount", &["--bind", &path, &path]).unwrap();
        self.binds += 1;
        sh("mount", &["-o", "remount,bind,ro", &path]).unwrap();
    }

    /// Makes the folder writable again while Limber keeps its files open, as `mount -o remount,rw` does.
    fn writable(&mut self) {
        let path = self.dir.path().to_str().unwrap().to_owned();
        sh("mount", &["-o", "remount,bind,rw", &path]).unwrap();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let path = self.dir.path().to_str().unwrap_or_default().to_owned();
        for _ in 0..=self.binds {
            let _ = sh("umount", &["-l", &path]);
        }
    }
}

fn integrity_ok(path: &Path) {
    assert_eq!(Store::open(path).unwrap().integrity_check().unwrap(), "ok");
}

#[test]
fn issue_15_fault_9_a_session_finished_on_a_full_disk_waits_and_is_saved_once_space_is_freed() {
    let Some(disk) = SmallDisk::mount("the full-disk session test") else {
        return;
    };
    let (saving, paths) = saving_at(&disk.data());
    assert_eq!(saving.status().problem, None);
    disk.fill();

    let state = saving.save(Record::Session(session("tonight"))).unwrap();
    assert!(matches!(state, SaveState::Waiting { .. }), "{state:?}");
    let status = saving.status();
    let problem = status.problem.expect("the full disk is reported");
    assert_eq!(problem.kind, ProblemKind::DiskFull);
    assert_eq!(problem.folder, paths.dir().display().to_string());
    assert_eq!(status.waiting, 1);
    // The answer after the session goes with it.
    let feel = Record::Feel {
        session_id: "tonight".into(),
        feel: 3,
    };
    assert!(matches!(
        saving.save(feel).unwrap(),
        SaveState::Waiting { .. }
    ));
    // Still full: a retry writes nothing and loses nothing.
    assert_eq!(saving.retry().written, vec![]);
    assert_eq!(saving.status().waiting, 1);

    disk.free();
    let retry = saving.retry();
    assert_eq!(retry.written, vec![RecordKey::Session("tonight".into())]);
    assert_eq!(saving.status().problem, None);
    assert_eq!(saving.retry().written, vec![]);
    let stored = stored_sessions(&saving);
    assert_eq!(stored.len(), 1, "exactly once");
    assert_eq!(stored[0].feel, Some(3));
    drop(saving);
    integrity_ok(&paths.database());
}

#[test]
fn issue_15_fault_9_starting_on_a_full_disk_reads_the_data_says_so_and_saves_once_there_is_room() {
    let Some(disk) = SmallDisk::mount("the full-disk start test") else {
        return;
    };
    {
        let (saving, _) = saving_at(&disk.data());
        assert_eq!(
            saving.save(Record::Session(session("earlier"))).unwrap(),
            SaveState::Saved
        );
    }
    disk.fill();
    let (saving, paths) = saving_at(&disk.data());
    let problem = saving
        .status()
        .problem
        .expect("the full disk is found at start");
    assert_eq!(problem.kind, ProblemKind::DiskFull);
    assert!(problem.can_read);
    assert_eq!(stored_sessions(&saving).len(), 1, "reading still works");

    let state = saving.save(Record::CheckIn(check_in(6))).unwrap();
    assert!(matches!(state, SaveState::Waiting { .. }), "{state:?}");
    let day = "2026-12-07".parse().unwrap();
    assert_eq!(
        saving.waiting_check_in(day).and_then(|e| e.back_pain),
        Some(6)
    );
    assert!(!saving.retry().reopened, "still full");

    disk.free();
    let retry = saving.retry();
    assert!(retry.reopened);
    assert_eq!(retry.written, vec![RecordKey::CheckIn(day)]);
    assert_eq!(saving.status().problem, None);
    assert_eq!(saving.waiting_check_in(day), None);
    assert_eq!(saving.store().lock().journal_entries().unwrap().len(), 1);
    drop(saving);
    integrity_ok(&paths.database());
}

#[test]
fn issue_15_fault_10_a_read_only_data_folder_is_found_at_start_and_named() {
    let Some(mut disk) = SmallDisk::mount("the read-only folder test") else {
        return;
    };
    {
        let (saving, _) = saving_at(&disk.data());
        assert_eq!(
            saving.save(Record::Session(session("earlier"))).unwrap(),
            SaveState::Saved
        );
    }
    disk.read_only();
    let (saving, paths) = saving_at(&disk.data());
    let problem = saving
        .status()
        .problem
        .expect("the read-only folder is found at start");
    assert_eq!(problem.kind, ProblemKind::ReadOnly);
    assert_eq!(problem.folder, paths.dir().display().to_string());
    assert!(
        problem.title.to_string().contains("read-only"),
        "{}",
        problem.title
    );
    assert_eq!(stored_sessions(&saving).len(), 1);
    assert!(matches!(
        saving.save(Record::Session(session("tonight"))).unwrap(),
        SaveState::Waiting { .. }
    ));

    disk.writable();
    assert!(saving.retry().reopened);
    assert_eq!(saving.status().problem, None);
    assert_eq!(stored_sessions(&saving).len(), 2);
}
