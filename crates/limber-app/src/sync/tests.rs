//! Sync through a real folder between real data directories: offline edits on both, folder copies
//! swapped later, then identical exports; and everything a folder can hold that is not a whole
//! Limber file is skipped with its reason, never a crash and never a lost record.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use limber_core::library::Library;
use limber_core::sync::file_name;
use limber_store::{JournalRecord, SessionRecord, Store};

use super::*;

struct Computer {
    _dir: tempfile::TempDir,
    store: Store,
}

fn computer() -> Computer {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
    Computer { _dir: dir, store }
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

fn library() -> Library {
    Library::builtin().unwrap()
}

fn session(id: &str, start: DateTime<Utc>) -> SessionRecord {
    SessionRecord {
        id: id.into(),
        routine_id: "bedtime-wind-down".into(),
        started_at: start,
        ended_at: start + Duration::minutes(10),
        utc_offset_seconds: 0,
        routine_day: start.date_naive(),
        steps_done: 7,
        steps_skipped: 0,
        completed: true,
        active_ms: 600_000,
        paused_ms: 0,
        feel: None,
        checklist: None,
        skipped_exercises: Vec::new(),
    }
}

fn journal(day: &str, note: &str, at: DateTime<Utc>) -> JournalRecord {
    JournalRecord {
        day: NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap(),
        back_pain: Some(3),
        stiffness: None,
        sleep_quality: Some(4),
        sleep_position: None,
        note: Some(note.into()),
        created_at: at,
        updated_at: at,
    }
}

fn device_of(c: &Computer) -> DeviceId {
    let settings: SyncSettings = c.store.load_setting().unwrap();
    DeviceId::parse(settings.device_id.as_deref().unwrap()).unwrap()
}

/// Copies every Limber file from one folder to another, as a sync tool would after being offline.
fn carry(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("limber-") {
            fs::copy(entry.path(), to.join(&name)).unwrap();
        }
    }
}

fn folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    (dir, path)
}

#[test]
fn a_week_offline_on_two_computers_then_together_gives_identical_exports() {
    let lib = library();
    let (_fa, folder_a) = folder();
    let (_fb, folder_b) = folder();
    let laptop = computer();
    let desktop = computer();
    let t = at("2027-01-04T21:00:00Z");
    choose_folder(&laptop.store, &lib, &folder_a, t).unwrap();
    choose_folder(&desktop.store, &lib, &folder_b, t).unwrap();
    // A week apart: each records its own evenings and check-ins; both write Wednesday's entry.
    for day in 0..7 {
        let evening = t + Duration::days(day);
        laptop
            .store
            .insert_session(&session(&format!("laptop-{day}"), evening))
            .unwrap();
        desktop
            .store
            .insert_session(&session(
                &format!("desk-{day}"),
                evening + Duration::minutes(30),
            ))
            .unwrap();
        let date = evening.date_naive().format("%Y-%m-%d").to_string();
        laptop
            .store
            .save_journal_entry(&journal(&date, "laptop", evening))
            .unwrap();
        if day == 2 {
            desktop
                .store
                .save_journal_entry(&journal(
                    &date,
                    "desktop, later",
                    evening + Duration::hours(1),
                ))
                .unwrap();
        }
        pass(&laptop.store, &lib, evening + Duration::minutes(15)).unwrap();
        pass(&desktop.store, &lib, evening + Duration::hours(1)).unwrap();
    }
    // Brought together: the folders' files are swapped, then each runs a pass.
    carry(&folder_a, &folder_b);
    carry(&folder_b, &folder_a);
    let now = t + Duration::days(8);
    let on_laptop = pass(&laptop.store, &lib, now).unwrap();
    let on_desktop = pass(&desktop.store, &lib, now).unwrap();
    assert!(on_laptop.changed_data && on_desktop.changed_data);
    assert_eq!(on_laptop.skipped, vec![]);
    assert_eq!(
        laptop.store.export_json().unwrap(),
        desktop.store.export_json().unwrap()
    );
    assert_eq!(laptop.store.sessions().unwrap().len(), 14);
    let wednesday = NaiveDate::from_ymd_opt(2027, 1, 6).unwrap();
    assert_eq!(
        laptop
            .store
            .journal_entry(wednesday)
            .unwrap()
            .unwrap()
            .note
            .as_deref(),
        Some("desktop, later")
    );
    // A second round changes nothing and writes nothing new.
    carry(&folder_a, &folder_b);
    carry(&folder_b, &folder_a);
    let again = pass(&laptop.store, &lib, now + Duration::minutes(1)).unwrap();
    assert_eq!(
        (again.written, again.read, again.changed_data),
        (0, 0, false)
    );
}

#[test]
fn what_is_not_a_whole_limber_file_is_skipped_with_its_reason() {
    let lib = library();
    let (_f, shared) = folder();
    let a = computer();
    let b = computer();
    let t = at("2027-01-13T10:00:00Z");
    a.store.insert_session(&session("s1", t)).unwrap();
    a.store
        .save_journal_entry(&journal("2027-01-13", "later line", t))
        .unwrap();
    choose_folder(&a.store, &lib, &shared, t).unwrap();
    let a_file = shared.join(file_name(&device_of(&a)));
    let whole = fs::read_to_string(&a_file).unwrap();

    // A torn file: the sync tool has brought only part of it.
    fs::write(&a_file, &whole[..whole.len() - 7]).unwrap();
    let odd = "limber-00000000000000aa.jsonl";
    let newer = "{\"format\":\"limber-sync\",\"version\":9,\"device\":\"00000000000000aa\"}\n";
    fs::write(shared.join(odd), newer).unwrap();
    let conflict = format!(
        "{}.sync-conflict-20270113-100000-ABCDEFG.jsonl",
        file_name(&device_of(&a)).trim_end_matches(".jsonl")
    );
    fs::write(shared.join(&conflict), "whatever").unwrap();
    fs::write(shared.join("limber-notes.txt"), "hello").unwrap();
    fs::write(shared.join("holiday.jpg"), [0xff, 0xd8, 0xff]).unwrap();
    fs::create_dir(shared.join("limber-0000000000000bbb.jsonl")).unwrap_or(());
    #[cfg(unix)]
    {
        let fifo = shared.join("limber-00000000000000cc.jsonl");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()));
    }

    let done = choose_folder(&b.store, &lib, &shared, t).unwrap();
    let reasons: Vec<String> = done
        .skipped
        .iter()
        .map(|s| format!("{}: {}", s.file, s.reason))
        .collect();
    let has = |file: &str, words: &str| {
        assert!(
            reasons
                .iter()
                .any(|r| r.starts_with(file) && r.contains(words)),
            "{file} / {words}: {reasons:#?}"
        )
    };
    let a_name = file_name(&device_of(&a));
    has(&a_name, "has not fully arrived");
    has(odd, "a newer Limber wrote it");
    has(&conflict, "a copy the sync tool made");
    has("limber-notes.txt", "not one Limber writes");
    #[cfg(unix)]
    has("limber-00000000000000cc.jsonl", "not a regular file");
    assert!(!reasons.iter().any(|r| r.starts_with("holiday.jpg")));
    // Of the torn file, the whole lines were read: the session (its first change) is here.
    assert_eq!(b.store.sessions().unwrap().len(), 1);
    assert_eq!(b.store.journal_entries().unwrap().len(), 0);

    // Once the file is whole, the rest is read, and nothing twice.
    fs::write(&a_file, &whole).unwrap();
    let later = pass(&b.store, &lib, t + Duration::minutes(1)).unwrap();
    assert!(!later
        .skipped
        .iter()
        .any(|s| s.file == a_name && s.reason.to_string().contains("arrived")));
    assert_eq!(later.read, 1);
    assert_eq!(b.store.sessions().unwrap().len(), 1);
    assert_eq!(b.store.journal_entries().unwrap().len(), 1);
    // Only this computer's own file was written in the folder.
    let b_name = file_name(&device_of(&b));
    assert!(shared.join(&b_name).is_file());
    let leftovers: Vec<String> = fs::read_dir(&shared)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert_eq!(leftovers, Vec::<String>::new());
}

#[test]
fn a_folder_that_cannot_be_used_is_said_in_words_and_changes_nothing() {
    let lib = library();
    let c = computer();
    let t = at("2027-01-13T10:00:00Z");
    let (_f, base) = folder();
    let file = base.join("a-file");
    fs::write(&file, "x").unwrap();
    fn check(result: Result<PassDone, SyncError>, words: &str) {
        let message = result.unwrap_err().to_string();
        assert!(message.contains(words), "{message}");
    }
    check(pass(&c.store, &lib, t), "No sync folder is chosen");
    check(
        choose_folder(&c.store, &lib, &base.join("missing"), t),
        "it does not exist",
    );
    check(
        choose_folder(&c.store, &lib, &file, t),
        "it is not a folder",
    );
    let settings: SyncSettings = c.store.load_setting().unwrap();
    assert_eq!(settings.folder, None);
    // A folder that worked and then went away (a USB stick pulled out): the screen says why.
    let stick = base.join("stick");
    fs::create_dir(&stick).unwrap();
    choose_folder(&c.store, &lib, &stick, t).unwrap();
    fs::remove_dir_all(&stick).unwrap();
    check(pass(&c.store, &lib, t), "it does not exist");
    let shown = status(&c.store).unwrap();
    assert!(shown
        .problem
        .unwrap()
        .to_string()
        .contains("it does not exist"));
    assert_eq!(shown.last_synced.as_deref(), Some("2027-01-13T10:00:00Z"));
    stop(&c.store).unwrap();
    assert_eq!(status(&c.store).unwrap().folder, None);
}

#[test]
fn the_gate_opens_only_when_the_folder_or_the_data_changed() {
    let lib = library();
    let (_f, shared) = folder();
    let c = computer();
    let t = at("2027-01-13T10:00:00Z");
    let mut gate = SyncGate::default();
    assert!(!gate.due(&c.store), "no folder, no pass");
    choose_folder(&c.store, &lib, &shared, t).unwrap();
    assert!(gate.due(&c.store));
    gate.passed(&c.store);
    assert!(!gate.due(&c.store));
    fs::write(shared.join("limber-00000000000000dd.jsonl"), "x\n").unwrap();
    assert!(gate.due(&c.store));
    assert!(!gate.due(&c.store));
    // A commit by another connection (the app while limber-tray looks) opens it too.
    let other = Store::open(c.store.path()).unwrap();
    other.insert_session(&session("s9", t)).unwrap();
    assert!(gate.due(&c.store));
    assert!(!gate.due(&c.store));
    // And so does a save through this process's own connection (a session just finished here).
    c.store
        .insert_session(&session("s10", t + Duration::hours(1)))
        .unwrap();
    assert!(gate.due(&c.store));
    gate.passed(&c.store);
    assert!(!gate.due(&c.store));
}

#[test]
fn the_summary_names_both_sides_and_what_was_skipped() {
    let done = PassDone {
        folder: PathBuf::from("/home/a/Sync"),
        at: at("2027-01-13T10:00:00Z"),
        device: DeviceId::from_bytes([0x3f; 8]),
        device_name: "laptop".into(),
        written: 1,
        written_total: 12,
        read: 5,
        changed_data: true,
        skipped: vec![Skipped {
            file: "limber-x.sync-conflict-1.jsonl".into(),
            reason: Words::new("sync-skip-conflict-copy"),
        }],
    };
    let devices = vec![limber_store::SyncDevice {
        id: DeviceId::from_bytes([0x9c; 8]),
        name: "desktop".into(),
        changes: 12,
        last_change: Some(at("2027-01-13T09:58:00Z")),
        forgotten: false,
    }];
    assert_eq!(
        summary_text(&done, &devices, chrono_tz::Europe::Berlin, "en"),
        "Synced with /home/a/Sync at 2027-01-13 11:00.\n\
         This computer (laptop, 3f3f…): 1 new change written, 12 in all.\n\
         Read 5 new changes from 1 other computer.\n  \
         desktop (9c9c…): 12 changes, last change 2027-01-13 10:58\n\
         Skipped 1 file:\n  \
         limber-x.sync-conflict-1.jsonl: a copy the sync tool made when two versions met; Limber reads the \
         original\n"
    );
    assert_eq!(
        summary_text(&done, &devices, chrono_tz::Europe::Berlin, "de"),
        "Synchronisiert mit /home/a/Sync um 2027-01-13 11:00.\n\
         Dieser Computer (laptop, 3f3f…): 1 neue Änderung geschrieben, 12 insgesamt.\n\
         5 neue Änderungen von 1 anderen Computer gelesen.\n  \
         desktop (9c9c…): 12 Änderungen, letzte Änderung 2027-01-13 10:58\n\
         1 Datei übersprungen:\n  \
         limber-x.sync-conflict-1.jsonl: eine Kopie, die das Sync-Programm angelegt hat, als zwei Fassungen \
         aufeinandertrafen; Limber liest das Original\n"
    );
}
