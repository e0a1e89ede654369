//! The record log: the records saved after the last backup come back when the database file is
//! damaged (issue 15, fault matrix: "a truncated or zero-filled database file"), on real files.

// Helpers outside `#[test]` functions are test code too; clippy's in-test exemption misses them.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Utc};
use common::{at, journal, session};
use limber_store::{
    record_log_dir, CustomRoutineRecord, JournalRecord, Recovery, RestDay, SessionRecord, Store,
};
use serde_json::json;

/// Everything a person made, as the store reads it back.
#[derive(Debug, PartialEq)]
struct Records {
    sessions: Vec<SessionRecord>,
    journal: Vec<JournalRecord>,
    rest_days: Vec<RestDay>,
    routines: Vec<CustomRoutineRecord>,
}

fn records(store: &Store) -> Records {
    Records {
        sessions: store.sessions().unwrap(),
        journal: store.journal_entries().unwrap(),
        rest_days: store.rest_days().unwrap(),
        routines: store.custom_routines(true).unwrap(),
    }
}

/// A session `id` on `day`, `n` seconds after the fixture's start, with some padding so the
/// database spans enough pages for a cut in half to hit its tables.
fn padded_session(id: &str, day: &str, n: i64) -> SessionRecord {
    let mut s = session(id, "bedtime-wind-down", day);
    s.started_at += Duration::seconds(n);
    s.ended_at += Duration::seconds(n);
    s.checklist = Some(json!({ "padding": "x".repeat(300) }));
    s
}

fn rest(routine: &str, day: &str) -> RestDay {
    RestDay {
        routine_id: routine.to_owned(),
        day: common::day(day),
    }
}

fn entry(day: &str, note: &str, updated: DateTime<Utc>) -> JournalRecord {
    JournalRecord {
        updated_at: updated,
        created_at: updated,
        ..journal(day, note)
    }
}

/// How a test damages the database file after the store closed it.
type Damage = fn(&Path);

fn truncate_half(path: &Path) {
    let len = fs::metadata(path).unwrap().len();
    let file = fs::OpenOptions::new().write(true).open(path).unwrap();
    file.set_len(len / 2).unwrap();
}

fn truncate_empty(path: &Path) {
    fs::OpenOptions::new()
        .write(true)
        .open(path)
        .unwrap()
        .set_len(0)
        .unwrap();
}

fn zero_fill(path: &Path) {
    let len = fs::metadata(path).unwrap().len();
    assert!(len > 0);
    fs::write(path, vec![0u8; usize::try_from(len).unwrap()]).unwrap();
}

fn overwrite_header(path: &Path) {
    let mut bytes = fs::read(path).unwrap();
    bytes[..100].copy_from_slice(&[0x5a; 100]);
    fs::write(path, bytes).unwrap();
}

const DAMAGES: [(&str, Damage); 4] = [
    ("truncated to half", truncate_half),
    ("truncated to 0 bytes", truncate_empty),
    ("zero-filled", zero_fill),
    ("header overwritten", overwrite_header),
];

/// The log's segment files, lowest number first.
fn segments(database: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(record_log_dir(database))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    found.sort();
    found
}

fn segment_names(database: &Path) -> Vec<String> {
    segments(database)
        .iter()
        .map(|p| p.file_name().unwrap().to_str().unwrap().to_owned())
        .collect()
}

fn append_raw(segment: &Path, bytes: &[u8]) {
    let mut file = fs::OpenOptions::new().append(true).open(segment).unwrap();
    file.write_all(bytes).unwrap();
}

/// Damages the closed database, opens it again and checks the recovery: the same records as
/// before the damage, a healthy file, and the report.
fn recover(path: &Path, backups: &Path, damage: Damage, name: &str) -> (Store, Recovery) {
    damage(path);
    let (store, recovery) = Store::open_or_recover(path, backups).unwrap();
    let recovery = recovery.unwrap_or_else(|| panic!("{name}: the damage went unnoticed"));
    assert_eq!(store.integrity_check().unwrap(), "ok", "{name}");
    (store, recovery)
}

/// The records of the fault matrix's row: some before the day's backup, then sessions (through
/// both ways of recording one), a journal entry changed twice, feel answers (on a session in the
/// backup and on a new one), a rest day added and one removed, a custom routine saved and one
/// changed, after it. Returns the records as they stand, and how many the log must bring back.
fn seed_backup_then_more(store: &Store, backups: &Path) -> (Records, u32) {
    for i in 0..30 {
        store
            .insert_session(&padded_session(&format!("before-{i}"), "2024-03-01", i))
            .unwrap();
    }
    store
        .save_journal_entry(&entry("2024-03-01", "stiff", at("2024-03-01T08:00:00Z")))
        .unwrap();
    store
        .add_rest_day(&rest("morning-mobility", "2024-03-03"))
        .unwrap();
    store
        .save_custom_routine(
            "my-evening",
            &json!({"name": "Mine"}),
            at("2024-03-01T09:00:00Z"),
        )
        .unwrap();
    store
        .backup_if_due(at("2024-03-01T12:00:00Z"), backups)
        .unwrap()
        .unwrap();

    // After the backup: 3 new sessions.
    store
        .insert_session(&padded_session("after-0", "2024-03-02", 0))
        .unwrap();
    assert!(store
        .record_session(&padded_session("after-1", "2024-03-02", 1))
        .unwrap());
    // A retry of the same session adds nothing, to the database or the log.
    assert!(!store
        .record_session(&padded_session("after-1", "2024-03-02", 1))
        .unwrap());
    store
        .record_session(&padded_session("after-2", "2024-03-02", 2))
        .unwrap();
    // Feel answers: one on a new session (the same record), one on a session in the backup (+1).
    assert!(store.set_session_feel("after-2", Some(8)).unwrap());
    assert!(store.set_session_feel("before-5", Some(1)).unwrap());
    assert!(store.set_session_feel("before-5", Some(2)).unwrap());
    // A journal entry saved, then changed twice (+1); yesterday's changed (+1).
    for (note, time) in [
        ("first", "2024-03-02T07:00:00Z"),
        ("second", "2024-03-02T07:05:00Z"),
        ("third", "2024-03-02T07:09:00Z"),
    ] {
        store
            .save_journal_entry(&entry("2024-03-02", note, at(time)))
            .unwrap();
    }
    store
        .save_journal_entry(&entry("2024-03-01", "better", at("2024-03-02T07:10:00Z")))
        .unwrap();
    // A rest day added (+1), the backup's one removed (+1).
    assert!(store
        .add_rest_day(&rest("bedtime-wind-down", "2024-03-04"))
        .unwrap());
    assert!(store
        .remove_rest_day(&rest("morning-mobility", "2024-03-03"))
        .unwrap());
    // A custom routine saved (+1), the backup's one changed and then deleted (+1).
    store
        .save_custom_routine(
            "my-morning",
            &json!({"name": "Up"}),
            at("2024-03-02T08:00:00Z"),
        )
        .unwrap();
    store
        .save_custom_routine(
            "my-evening",
            &json!({"name": "Mine, longer"}),
            at("2024-03-02T08:01:00Z"),
        )
        .unwrap();
    assert!(store
        .delete_custom_routine("my-evening", at("2024-03-02T08:02:00Z"))
        .unwrap());
    (records(store), 3 + 1 + 2 + 2 + 2)
}

/// Issue 15, fault matrix "a truncated or zero-filled database file": the records saved after the
/// backup come back from the record log, each once with its last content, whatever the damage.
#[test]
fn issue_15_damaged_file_records_after_the_backup_come_back_from_the_log() {
    for (name, damage) in DAMAGES {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("limber.sqlite3");
        let backups = dir.path().join("backups");
        let store = Store::open(&path).unwrap();
        let (before, brought_back) = seed_backup_then_more(&store, &backups);
        drop(store);
        let (store, recovery) = recover(&path, &backups, damage, name);
        assert_eq!(
            recovery
                .restored_from
                .as_deref()
                .and_then(Path::file_name)
                .and_then(|n| n.to_str()),
            Some("limber-2024-03-01.sqlite3"),
            "{name}"
        );
        assert_eq!(records(&store), before, "{name}");
        assert_eq!(recovery.records_from_log, brought_back, "{name}");
        assert_eq!(recovery.log_lines_skipped, 0, "{name}");
        // Usable: a new record is saved and read back.
        store
            .insert_session(&padded_session("later", "2024-03-05", 0))
            .unwrap();
        assert_eq!(store.sessions().unwrap().len(), before.sessions.len() + 1);
    }
}

/// Issue 15, damaged database file: with no backup made yet, the log alone rebuilds every record.
#[test]
fn issue_15_damaged_file_without_a_backup_is_rebuilt_from_the_log() {
    for (name, damage) in DAMAGES {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("limber.sqlite3");
        let store = Store::open(&path).unwrap();
        for i in 0..20 {
            store
                .insert_session(&padded_session(&format!("s-{i}"), "2024-03-01", i))
                .unwrap();
        }
        store.set_session_feel("s-3", Some(7)).unwrap();
        store
            .save_journal_entry(&entry("2024-03-01", "one", at("2024-03-01T08:00:00Z")))
            .unwrap();
        store
            .save_journal_entry(&entry("2024-03-01", "two", at("2024-03-01T09:00:00Z")))
            .unwrap();
        store
            .add_rest_day(&rest("morning-mobility", "2024-03-03"))
            .unwrap();
        store
            .save_custom_routine("mine", &json!({"name": "Mine"}), at("2024-03-01T10:00:00Z"))
            .unwrap();
        let before = records(&store);
        drop(store);
        let (store, recovery) = recover(&path, &dir.path().join("backups"), damage, name);
        assert_eq!(recovery.restored_from, None, "{name}");
        assert_eq!(records(&store), before, "{name}");
        assert_eq!(recovery.records_from_log, 20 + 1 + 1 + 1, "{name}");
    }
}

/// Issue 15, damaged database file: a line cut by a crash in the middle of an append, and junk, are
/// skipped; the whole records around them come back. An append after a cut line starts a new line,
/// so the cut never takes the next record with it.
#[test]
fn issue_15_damaged_file_cut_and_junk_log_lines_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let store = Store::open(&path).unwrap();
    store
        .insert_session(&padded_session("a", "2024-03-01", 0))
        .unwrap();
    let segment = segments(&path).pop().unwrap();
    let line = fs::read(&segment).unwrap();
    append_raw(&segment, b"this is not a record\n");
    append_raw(&segment, b"{\"kind\":\"somethingNew\",\"x\":1}\n");
    store
        .insert_session(&padded_session("b", "2024-03-01", 1))
        .unwrap();
    // A crash cut the next append in half...
    append_raw(&segment, &line[..line.len() / 2]);
    // ...and the next start goes on saving.
    store
        .insert_session(&padded_session("c", "2024-03-01", 2))
        .unwrap();
    // The last append was cut too.
    append_raw(&segment, &line[..line.len() - 10]);
    let before = records(&store);
    drop(store);
    let (store, recovery) = recover(&path, &dir.path().join("backups"), zero_fill, "cut");
    assert_eq!(records(&store), before);
    let ids: Vec<String> = store
        .sessions()
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(recovery.records_from_log, 3);
    // Junk, an unknown kind, the cut line in the middle, the cut last line.
    assert_eq!(recovery.log_lines_skipped, 4);
}

/// Issue 15, damaged database file: the log is rotated with the backups. Each backup starts a
/// segment; once backups are pruned, the segments older than the oldest kept backup go, and a
/// recovery after that still brings back everything since the newest backup.
#[test]
fn issue_15_damaged_file_log_segments_are_pruned_with_their_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let backups = dir.path().join("backups");
    let store = Store::open(&path).unwrap();
    let mut listed = Vec::new();
    for day in 1..=10 {
        store
            .insert_session(&padded_session(
                &format!("d{day}"),
                &format!("2024-03-{day:02}"),
                0,
            ))
            .unwrap();
        store
            .backup_if_due(at(&format!("2024-03-{day:02}T12:00:00Z")), &backups)
            .unwrap()
            .unwrap();
        listed.push(segment_names(&path));
    }
    let names = |numbers: std::ops::RangeInclusive<u32>| -> Vec<String> {
        numbers
            .map(|n| format!("after-backup-{n:06}.jsonl"))
            .collect()
    };
    // Seven backups or fewer: every segment stays, the one before the first backup too.
    assert_eq!(listed[0], names(0..=1));
    assert_eq!(listed[6], names(0..=7));
    // The eighth prunes backup 1 (the oldest kept is 2): segments 0 and 1 go.
    assert_eq!(listed[7], names(2..=8));
    assert_eq!(listed[9], names(4..=10));
    assert_eq!(limber_store::backups(&backups).unwrap().len(), 7);
    store
        .insert_session(&padded_session("after", "2024-03-11", 0))
        .unwrap();
    let before = records(&store);
    drop(store);
    let (store, recovery) = recover(&path, &backups, truncate_half, "pruned");
    assert_eq!(records(&store), before);
    assert_eq!(recovery.records_from_log, 1);
}

/// Issue 15, damaged database file: a second damage after a recovery replays the same log again and
/// writes nothing twice; records made between the two recoveries come back too.
#[test]
fn issue_15_damaged_file_replaying_twice_writes_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let backups = dir.path().join("backups");
    let store = Store::open(&path).unwrap();
    let (before, brought_back) = seed_backup_then_more(&store, &backups);
    drop(store);
    let (store, first) = recover(&path, &backups, truncate_half, "first");
    assert_eq!(records(&store), before);
    assert_eq!(first.records_from_log, brought_back);
    drop(store);
    // Damaged again at once: the same backup, the same log, the same records.
    let (store, second) = recover(&path, &backups, zero_fill, "second");
    assert_eq!(records(&store), before);
    assert_eq!(second.records_from_log, brought_back);
    // A session and a check-in after the recovery, then a third damage.
    store
        .insert_session(&padded_session("between", "2024-03-03", 0))
        .unwrap();
    store
        .save_journal_entry(&entry("2024-03-02", "fourth", at("2024-03-03T07:00:00Z")))
        .unwrap();
    let now = records(&store);
    drop(store);
    let (store, third) = recover(&path, &backups, overwrite_header, "third");
    assert_eq!(records(&store), now);
    assert_eq!(third.records_from_log, brought_back + 1);
    let mut ids: Vec<String> = store
        .sessions()
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    let all = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), all);
}

/// Issue 15, damaged database file: a recovery that cannot finish (here the backup cannot be
/// copied, as on a full disk) leaves the damaged file where it was, so the next start tries again
/// instead of finding no database and starting empty.
#[test]
fn issue_15_damaged_file_an_unfinished_recovery_is_tried_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let backups = dir.path().join("backups");
    let store = Store::open(&path).unwrap();
    let (before, brought_back) = seed_backup_then_more(&store, &backups);
    drop(store);
    truncate_half(&path);
    let damaged = fs::read(&path).unwrap();
    // The copy's temporary name is taken by a folder, so the copy fails.
    let blocker = dir.path().join("limber.sqlite3.restoring.partial");
    fs::create_dir(&blocker).unwrap();
    assert!(Store::open_or_recover(&path, &backups).is_err());
    assert_eq!(fs::read(&path).unwrap(), damaged, "the damaged file stays");
    fs::remove_dir(&blocker).unwrap();
    let (store, recovery) = Store::open_or_recover(&path, &backups).unwrap();
    let recovery = recovery.unwrap();
    assert_eq!(fs::read(&recovery.moved_to).unwrap(), damaged);
    assert_eq!(records(&store), before);
    assert_eq!(recovery.records_from_log, brought_back);
}

/// Issue 15, damaged database file: the log holds only what a person made, never settings or the
/// reminder ledger.
#[test]
fn issue_15_damaged_file_the_internal_state_is_not_logged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let store = Store::open(&path).unwrap();
    store
        .set_setting(
            limber_store::SettingKey::ReminderState,
            &json!({"fired": ["x"]}),
        )
        .unwrap();
    store
        .set_setting(limber_store::SettingKey::Onboarding, &json!("dark"))
        .unwrap();
    store
        .insert_session(&padded_session("a", "2024-03-01", 0))
        .unwrap();
    store
        .backup_if_due(at("2024-03-01T12:00:00Z"), &dir.path().join("b"))
        .unwrap();
    let text: String = segments(&path)
        .iter()
        .map(|p| fs::read_to_string(p).unwrap())
        .collect();
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("\"kind\":\"session\""), "{text}");
    assert!(
        !text.contains("reminder-state") && !text.contains("dark"),
        "{text}"
    );
}

mod laws {
    use super::*;
    use proptest::prelude::*;

    /// One thing a person (or the daily backup) does.
    #[derive(Debug, Clone)]
    enum Op {
        Session(u8),
        Feel(u8, Option<u8>),
        Journal(u8, u8),
        Rest(u8, bool),
        Routine(u8, bool),
        Backup,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            3 => (0u8..12).prop_map(Op::Session),
            2 => (0u8..12, proptest::option::of(0u8..=10)).prop_map(|(s, f)| Op::Feel(s, f)),
            2 => (0u8..5, 0u8..=10).prop_map(|(d, p)| Op::Journal(d, p)),
            1 => (0u8..4, any::<bool>()).prop_map(|(d, r)| Op::Rest(d, r)),
            1 => (0u8..3, any::<bool>()).prop_map(|(i, d)| Op::Routine(i, d)),
            1 => Just(Op::Backup),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// Issue 15, damaged database file: whatever was done and whenever the backups were
        /// made, a damaged file comes back as it was before the damage.
        #[test]
        fn issue_15_a_damaged_file_comes_back_as_it_was(
            ops in proptest::collection::vec(op(), 1..40),
            damage in 0usize..DAMAGES.len(),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("limber.sqlite3");
            let backups = dir.path().join("backups");
            let store = Store::open(&path).unwrap();
            // A clock that only moves forward: each step is a minute, each backup a new day.
            let mut now = at("2024-03-01T08:00:00Z");
            let mut day = 0;
            // Enough to make the file span several pages.
            for i in 0..20 {
                store.insert_session(&padded_session(&format!("seed-{i}"), "2024-02-01", i)).unwrap();
            }
            for op in ops {
                now += Duration::minutes(1);
                match op {
                    Op::Session(n) => {
                        store.record_session(&padded_session(&format!("s{n}"), "2024-03-01", i64::from(n))).unwrap();
                    }
                    Op::Feel(n, feel) => {
                        store.set_session_feel(&format!("s{n}"), feel).unwrap();
                    }
                    Op::Journal(d, pain) => {
                        let mut e = entry(&format!("2024-03-{:02}", d + 1), &format!("pain {pain}"), now);
                        e.back_pain = Some(pain);
                        store.save_journal_entry(&e).unwrap();
                    }
                    Op::Rest(d, rested) => {
                        let r = rest("bedtime-wind-down", &format!("2024-03-{:02}", d + 1));
                        if rested { store.add_rest_day(&r).unwrap(); } else { store.remove_rest_day(&r).unwrap(); }
                    }
                    Op::Routine(i, delete) => {
                        let id = format!("mine-{i}");
                        if delete {
                            store.delete_custom_routine(&id, now).unwrap();
                        } else {
                            store.save_custom_routine(&id, &json!({"name": format!("v{}", now.timestamp())}), now).unwrap();
                        }
                    }
                    Op::Backup => {
                        day += 1;
                        now += Duration::days(1);
                        store.backup_if_due(now, &backups).unwrap();
                    }
                }
            }
            let before = records(&store);
            drop(store);
            let (name, damage) = DAMAGES[damage];
            let (store, _) = recover(&path, &backups, damage, name);
            prop_assert_eq!(records(&store), before, "{} after {} backups", name, day);
        }
    }
}

/// Issue 15, damaged database file: a recovery stopped between moving the damaged file aside and
/// renaming its finished replacement into place (a crash, a power cut) is finished at the next
/// start, instead of starting with an empty database.
#[test]
fn issue_15_damaged_file_a_recovery_stopped_before_its_rename_is_finished() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let backups = dir.path().join("backups");
    let store = Store::open(&path).unwrap();
    let (before, _) = seed_backup_then_more(&store, &backups);
    drop(store);
    // The replacement as a finished recovery leaves it, and no database under the real name.
    fs::copy(&path, dir.path().join("limber.sqlite3.restoring")).unwrap();
    fs::remove_file(&path).unwrap();
    let (store, recovery) = Store::open_or_recover(&path, &backups).unwrap();
    assert_eq!(recovery, None);
    assert_eq!(records(&store), before);
    assert!(!dir.path().join("limber.sqlite3.restoring").exists());
}
