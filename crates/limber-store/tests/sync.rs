//! Sync's pass against real SQLite files: two (or three) data directories exchange their files in
//! memory, as the folder would carry them, and must end holding the same records, with nothing lost,
//! nothing doubled and nothing written twice.

// Helpers outside `#[test]` functions are test code too; clippy's in-test exemption misses them.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::{DateTime, Duration, Utc};
use common::{at, day, journal, session, temp_store, TestPolicy};
use limber_core::sync::{parse_device_file, write_device_file, DeviceId};
use limber_store::{IncomingFile, PassReport, RestDay, SettingKey, Store};
use serde_json::json;

struct Computer {
    _dir: tempfile::TempDir,
    store: Store,
    id: DeviceId,
}

fn computer(n: u8) -> Computer {
    let (dir, store) = temp_store();
    Computer {
        _dir: dir,
        store,
        id: DeviceId::from_bytes([n; 8]),
    }
}

/// The file a computer publishes, read back as another computer reads it.
fn file_of(c: &Computer) -> IncomingFile {
    let text = write_device_file(&c.id, "pc", &c.store.own_sync_changes().unwrap());
    let file = parse_device_file(&c.id, &text).unwrap();
    IncomingFile {
        device: file.device,
        name: file.name,
        changes: file.changes,
    }
}

fn pass(c: &Computer, now: DateTime<Utc>, others: &[&Computer]) -> PassReport {
    let incoming: Vec<IncomingFile> = others.iter().map(|o| file_of(o)).collect();
    c.store
        .sync_pass(&c.id, now, &incoming, &TestPolicy)
        .unwrap()
}

/// What a person sees: the records and the shared settings (not the sound or bookkeeping).
fn seen(store: &Store) -> String {
    let doc = json!({
        "sessions": store.sessions().unwrap(),
        "journal": store.journal_entries().unwrap(),
        "rest": store.rest_days().unwrap(),
        "routines": store.custom_routines(true).unwrap(),
        "reminders": store.setting(SettingKey::Reminders).unwrap(),
        "plan": store.setting(SettingKey::Plan).unwrap(),
    });
    serde_json::to_string_pretty(&doc).unwrap()
}

fn reminders(grace: u64) -> serde_json::Value {
    json!({"graceMinutes": grace, "reminders": [{"routineId": "bedtime-wind-down", "time": "22:45"}]})
}

#[test]
fn the_first_pass_shares_the_whole_history_and_the_next_writes_nothing() {
    let a = computer(1);
    let b = computer(2);
    let t = at("2027-01-13T10:00:00Z");
    a.store
        .insert_session(&session("s1", "bedtime-wind-down", "2027-01-12"))
        .unwrap();
    a.store
        .save_journal_entry(&journal("2027-01-13", "stiff"))
        .unwrap();
    a.store
        .add_rest_day(&RestDay {
            routine_id: "morning-mobility".into(),
            day: day("2027-01-14"),
        })
        .unwrap();
    a.store
        .set_setting(SettingKey::Reminders, &reminders(30))
        .unwrap();
    // Sound stays with the computer; the bookkeeping too.
    a.store.set_setting(SettingKey::Audio, &json!(0.4)).unwrap();
    a.store
        .set_setting(SettingKey::ReminderState, &json!({"paused": true}))
        .unwrap();

    let first = pass(&a, t, &[]);
    // session, its feel, its checklist, journal, rest day, reminders.
    assert_eq!(
        (first.written, first.read, first.changed_data),
        (6, 0, false)
    );
    let keys: Vec<String> = a
        .store
        .own_sync_changes()
        .unwrap()
        .iter()
        .map(|c| c.key.to_string())
        .collect();
    assert!(
        !keys
            .iter()
            .any(|k| k.contains("audio") || k.contains("reminder-state")),
        "{keys:?}"
    );

    let got = pass(&b, t + Duration::seconds(5), &[&a]);
    assert_eq!((got.written, got.read, got.changed_data), (0, 6, true));
    assert!(got.refused.is_empty(), "{:?}", got.refused);
    assert_eq!(seen(&a.store), seen(&b.store));
    assert_eq!(b.store.setting(SettingKey::Audio).unwrap(), None);

    // No ping-pong: what B took in is not B's change, and nothing new is read twice.
    for _ in 0..2 {
        assert_eq!(
            pass(&b, t + Duration::seconds(9), &[&a]),
            PassReport::default()
        );
        assert_eq!(
            pass(&a, t + Duration::seconds(9), &[&b]),
            PassReport::default()
        );
    }
    let devices = b.store.sync_devices().unwrap();
    assert_eq!(devices.len(), 1);
    assert_eq!((devices[0].changes, devices[0].forgotten), (6, false));
    assert_eq!(devices[0].last_change, Some(t));
}

#[test]
fn offline_edits_on_both_sides_merge_by_the_latest_write() {
    let a = computer(1);
    let b = computer(2);
    let t = at("2027-01-13T10:00:00Z");
    pass(&a, t, &[]);
    pass(&b, t, &[]);
    // Offline: each records its own session (facts: both kept) and edits the same day's journal
    // and the same setting; B edits later.
    a.store
        .insert_session(&session("on-a", "bedtime-wind-down", "2027-01-13"))
        .unwrap();
    b.store
        .insert_session(&session("on-b", "morning-mobility", "2027-01-13"))
        .unwrap();
    a.store
        .save_journal_entry(&journal("2027-01-13", "from a"))
        .unwrap();
    b.store
        .save_journal_entry(&journal("2027-01-13", "from b"))
        .unwrap();
    a.store
        .set_setting(SettingKey::Reminders, &reminders(10))
        .unwrap();
    b.store
        .set_setting(SettingKey::Reminders, &reminders(20))
        .unwrap();
    pass(&a, t + Duration::minutes(1), &[]);
    pass(&b, t + Duration::minutes(2), &[]);
    // Together again, in either order.
    pass(&a, t + Duration::minutes(3), &[&b]);
    pass(&b, t + Duration::minutes(3), &[&a]);
    pass(&a, t + Duration::minutes(4), &[&b]);
    assert_eq!(seen(&a.store), seen(&b.store));
    assert_eq!(a.store.sessions().unwrap().len(), 2);
    assert_eq!(
        a.store
            .journal_entry(day("2027-01-13"))
            .unwrap()
            .unwrap()
            .note
            .as_deref(),
        Some("from b")
    );
    assert_eq!(
        a.store.setting(SettingKey::Reminders).unwrap(),
        Some(reminders(20))
    );
}

#[test]
fn a_computer_whose_clock_is_a_year_ahead_does_not_win_forever() {
    let a = computer(1);
    let b = computer(2);
    let t = at("2027-01-13T10:00:00Z");
    a.store
        .save_journal_entry(&journal("2027-01-13", "from the future"))
        .unwrap();
    pass(&a, t + Duration::days(365), &[]);
    pass(&b, t, &[&a]);
    // B edits after seeing it: B's edit is the later one, whatever A's clock says.
    b.store
        .save_journal_entry(&journal("2027-01-13", "now"))
        .unwrap();
    pass(&b, t + Duration::minutes(1), &[&a]);
    pass(&a, t + Duration::days(365), &[&b]);
    for store in [&a.store, &b.store] {
        assert_eq!(
            store
                .journal_entry(day("2027-01-13"))
                .unwrap()
                .unwrap()
                .note
                .as_deref(),
            Some("now")
        );
    }
}

#[test]
fn deletions_travel_as_tombstones() {
    let a = computer(1);
    let b = computer(2);
    let t = at("2027-01-13T10:00:00Z");
    let rest = RestDay {
        routine_id: "morning-mobility".into(),
        day: day("2027-01-14"),
    };
    a.store
        .save_journal_entry(&journal("2027-01-13", "x"))
        .unwrap();
    a.store.add_rest_day(&rest).unwrap();
    a.store.set_session_feel("none", Some(2)).unwrap();
    pass(&a, t, &[]);
    pass(&b, t, &[&a]);
    assert_eq!(b.store.rest_days().unwrap(), vec![rest.clone()]);
    a.store.delete_journal_entry(day("2027-01-13")).unwrap();
    a.store.remove_rest_day(&rest).unwrap();
    assert_eq!(pass(&a, t + Duration::minutes(1), &[]).written, 2);
    pass(&b, t + Duration::minutes(1), &[&a]);
    assert_eq!(b.store.journal_entries().unwrap(), vec![]);
    assert_eq!(b.store.rest_days().unwrap(), vec![]);
    assert_eq!(seen(&a.store), seen(&b.store));
}

#[test]
fn an_answer_that_arrives_before_its_session_waits_for_it() {
    let a = computer(1);
    let b = computer(2);
    let c = computer(3);
    let t = at("2027-01-13T10:00:00Z");
    let mut s1 = session("s1", "bedtime-wind-down", "2027-01-12");
    s1.feel = None;
    a.store.insert_session(&s1).unwrap();
    pass(&a, t, &[]);
    pass(&b, t, &[&a]);
    // B answers "back feels" for A's session; C hears from B before A's file arrives.
    assert!(b.store.set_session_feel("s1", Some(2)).unwrap());
    pass(&b, t + Duration::minutes(1), &[&a]);
    let early = pass(&c, t + Duration::minutes(2), &[&b]);
    assert_eq!((early.read, early.changed_data), (1, false));
    assert!(
        early.refused.is_empty(),
        "waiting is not refusing: {early:?}"
    );
    assert_eq!(c.store.sessions().unwrap(), vec![]);
    // A's file arrives: the session is written, and the answer with it.
    let late = pass(&c, t + Duration::minutes(3), &[&a, &b]);
    assert!(late.changed_data);
    assert_eq!(c.store.session("s1").unwrap().unwrap().feel, Some(2));
    assert_eq!(seen(&b.store), seen(&c.store));
    assert_eq!(
        pass(&c, t + Duration::minutes(4), &[&a, &b]),
        PassReport::default()
    );
}

#[test]
fn a_setting_the_rules_refuse_is_listed_and_not_written() {
    let a = computer(1);
    let b = computer(2);
    let t = at("2027-01-13T10:00:00Z");
    a.store
        .set_setting(SettingKey::Reminders, &reminders(0))
        .unwrap();
    pass(&a, t, &[]);
    let got = pass(&b, t, &[&a]);
    assert_eq!(got.refused.len(), 1, "{got:?}");
    assert_eq!(got.refused[0].0, "setting:reminders");
    assert!(got.refused[0].1.contains("at least 1"), "{:?}", got.refused);
    assert_eq!(b.store.setting(SettingKey::Reminders).unwrap(), None);
    // B's own later choice goes out as B's change and wins on A.
    b.store
        .set_setting(SettingKey::Reminders, &reminders(15))
        .unwrap();
    pass(&b, t + Duration::minutes(1), &[&a]);
    pass(&a, t + Duration::minutes(2), &[&b]);
    assert_eq!(
        a.store.setting(SettingKey::Reminders).unwrap(),
        Some(reminders(15))
    );
}

#[test]
fn a_restored_backup_takes_its_own_changes_back_from_the_folder() {
    let a = computer(1);
    let t = at("2027-01-13T10:00:00Z");
    a.store
        .insert_session(&session("s1", "bedtime-wind-down", "2027-01-12"))
        .unwrap();
    pass(&a, t, &[]);
    let published = file_of(&a);
    assert_eq!(published.changes.len(), 3);
    // The same computer's data directory, as an older backup left it: it knows none of that.
    let restored = Computer {
        id: a.id.clone(),
        ..computer(9)
    };
    restored
        .store
        .save_journal_entry(&journal("2027-01-13", "after"))
        .unwrap();
    let got = restored
        .store
        .sync_pass(
            &restored.id,
            t + Duration::minutes(1),
            &[published],
            &TestPolicy,
        )
        .unwrap();
    assert!(got.changed_data);
    let own: Vec<u64> = restored
        .store
        .own_sync_changes()
        .unwrap()
        .iter()
        .map(|c| c.seq)
        .collect();
    // Numbers 1–3 are the ones already published; the new change never reuses one.
    assert_eq!(own, vec![1, 2, 3, 4]);
    assert_eq!(restored.store.sessions().unwrap().len(), 1);
}

#[test]
fn a_forgotten_computer_is_not_read_again_and_what_it_brought_stays() {
    let a = computer(1);
    let b = computer(2);
    let t = at("2027-01-13T10:00:00Z");
    a.store
        .insert_session(&session("s1", "bedtime-wind-down", "2027-01-12"))
        .unwrap();
    pass(&a, t, &[]);
    pass(&b, t, &[&a]);
    assert!(b.store.forget_sync_device(&a.id).unwrap());
    a.store
        .insert_session(&session("s2", "bedtime-wind-down", "2027-01-13"))
        .unwrap();
    pass(&a, t + Duration::minutes(1), &[]);
    assert_eq!(pass(&b, t + Duration::minutes(1), &[&a]).read, 0);
    assert_eq!(b.store.sessions().unwrap().len(), 1);
    assert!(b.store.sync_devices().unwrap()[0].forgotten);
    assert!(!b
        .store
        .forget_sync_device(&DeviceId::from_bytes([7; 8]))
        .unwrap());
}

#[test]
fn three_computers_used_offline_converge_whatever_the_order() {
    let pcs = [computer(1), computer(2), computer(3)];
    let t = at("2027-01-13T10:00:00Z");
    for (n, pc) in pcs.iter().enumerate() {
        for d in 0..5 {
            let dayt = format!("2027-01-{:02}", 10 + d);
            let mut s = session(&format!("s{n}-{d}"), "bedtime-wind-down", &dayt);
            // Each computer's session at its own minute (one routine cannot start twice at once).
            s.started_at += Duration::minutes(n as i64);
            s.ended_at += Duration::minutes(n as i64);
            pc.store.insert_session(&s).unwrap();
            pc.store
                .save_journal_entry(&journal(&dayt, &format!("pc {n}")))
                .unwrap();
            pass(pc, t + Duration::hours(d * 24 + n as i64), &[]);
        }
    }
    // Brought together in a rotating order, twice round.
    for round in 0..2 {
        for i in 0..3 {
            let me = &pcs[(i + round) % 3];
            let others: Vec<&Computer> = pcs.iter().filter(|o| o.id != me.id).collect();
            pass(me, t + Duration::days(6), &others);
        }
    }
    assert_eq!(seen(&pcs[0].store), seen(&pcs[1].store));
    assert_eq!(seen(&pcs[1].store), seen(&pcs[2].store));
    assert_eq!(pcs[0].store.sessions().unwrap().len(), 15);
    // Each day's entry is the last one written: pc 2's, an hour after pc 1's.
    for entry in pcs[0].store.journal_entries().unwrap() {
        assert_eq!(entry.note.as_deref(), Some("pc 2"));
    }
}

/// Two computers apart each create a routine named "Desk", so both get the id `desk`: after they
/// meet, both computers hold both routines (the one made first under `desk`), identically.
#[test]
fn two_routines_made_apart_with_one_id_are_both_kept() {
    let a = computer(1);
    let b = computer(2);
    let t = at("2027-01-13T10:00:00Z");
    let body = |name: &str| json!({"id": "desk", "name": name, "items": []});
    a.store
        .save_custom_routine("desk", &body("Desk (made on A)"), t)
        .unwrap();
    b.store
        .save_custom_routine("desk", &body("Desk (made on B)"), t + Duration::hours(1))
        .unwrap();
    pass(&a, t + Duration::hours(2), &[]);
    pass(&b, t + Duration::hours(2), &[]);
    pass(&a, t + Duration::hours(3), &[&b]);
    pass(&b, t + Duration::hours(3), &[&a]);
    pass(&a, t + Duration::hours(4), &[&b]);
    assert_eq!(seen(&a.store), seen(&b.store));
    let routines = a.store.custom_routines(true).unwrap();
    assert_eq!(routines.len(), 2, "{routines:#?}");
    assert_eq!(routines[0].id, "desk");
    assert_eq!(routines[0].routine["name"], "Desk (made on A)");
    assert!(routines[1].id.starts_with("desk-"), "{}", routines[1].id);
    assert_eq!(routines[1].routine["id"], json!(routines[1].id));
    assert_eq!(routines[1].routine["name"], "Desk (made on B)");
    // B's later edits of its own routine follow it to its new id.
    let mut edited = routines[1].routine.clone();
    edited["name"] = json!("Desk, longer");
    b.store
        .save_custom_routine(&routines[1].id, &edited, t + Duration::hours(5))
        .unwrap();
    pass(&b, t + Duration::hours(5), &[&a]);
    pass(&a, t + Duration::hours(5), &[&b]);
    assert_eq!(seen(&a.store), seen(&b.store));
    assert_eq!(
        a.store.custom_routines(true).unwrap()[1].routine["name"],
        "Desk, longer"
    );
}

/// The streak a computer shows for a routine from what its store holds: its sessions, and the schedule
/// history it was given (issue 18), judged on `today`.
fn streak_seen(store: &Store, routine: &str, today: &str) -> (u32, u32) {
    use limber_core::schedule_history::{ScheduleHistory, StoredEntry};
    use limber_core::streak::{streak, RoutineFacts, ScheduledWeekdays};
    let stored = store.setting(SettingKey::ScheduleHistory).unwrap();
    let schedule = stored
        .and_then(|value| {
            serde_json::from_value::<Vec<StoredEntry>>(value["routines"][routine].clone()).ok()
        })
        .map_or(ScheduledWeekdays::EVERY_DAY.into(), |entries| {
            ScheduleHistory::from_stored(&entries).unwrap()
        });
    let facts = RoutineFacts {
        done: store
            .sessions()
            .unwrap()
            .iter()
            .filter(|s| s.routine_id == routine && s.completed)
            .map(|s| s.routine_day)
            .collect(),
        schedule,
        ..RoutineFacts::default()
    };
    let got = streak(&facts, day(today));
    (got.current, got.best)
}

/// Issue 18: the schedule history is shared like the reminder setup, so both computers judge the weekend
/// before a change of days by the days in force then, and compute the same streak; a later change made on
/// the other computer wins on both.
#[test]
fn both_computers_judge_the_past_by_the_same_schedule_history() {
    let a = computer(1);
    let b = computer(2);
    let t = at("2024-01-15T10:00:00Z");
    let weekdays = json!(["monday", "tuesday", "wednesday", "thursday", "friday"]);
    let every_day = json!([
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday"
    ]);
    let history = |entries: serde_json::Value| json!({"routines": {"morning-mobility": entries}});
    for (n, d) in [
        "2024-01-01",
        "2024-01-02",
        "2024-01-03",
        "2024-01-04",
        "2024-01-05",
        "2024-01-08",
        "2024-01-09",
        "2024-01-10",
        "2024-01-11",
        "2024-01-12",
        "2024-01-15",
    ]
    .iter()
    .enumerate()
    {
        a.store
            .insert_session(&session(&format!("s{n}"), "morning-mobility", d))
            .unwrap();
    }
    a.store
        .set_setting(
            SettingKey::ScheduleHistory,
            &history(json!([
                {"from": "2024-01-01", "days": weekdays},
                {"from": "2024-01-10", "days": every_day},
            ])),
        )
        .unwrap();
    pass(&a, t, &[]);
    let got = pass(&b, t + Duration::seconds(5), &[&a]);
    assert!(got.refused.is_empty(), "{:?}", got.refused);
    assert_eq!(
        b.store.setting(SettingKey::ScheduleHistory).unwrap(),
        a.store.setting(SettingKey::ScheduleHistory).unwrap()
    );
    // Ten weekdays in a row (the first weekend was not due), the second weekend missed, then Monday.
    assert_eq!(
        streak_seen(&a.store, "morning-mobility", "2024-01-15"),
        (1, 10)
    );
    assert_eq!(
        streak_seen(&b.store, "morning-mobility", "2024-01-15"),
        (1, 10)
    );

    // B goes back to weekdays from Monday the 15th; A takes it in and both agree again.
    b.store
        .set_setting(
            SettingKey::ScheduleHistory,
            &history(json!([
                {"from": "2024-01-01", "days": weekdays},
                {"from": "2024-01-10", "days": every_day},
                {"from": "2024-01-15", "days": weekdays},
            ])),
        )
        .unwrap();
    pass(&b, t + Duration::seconds(20), &[&a]);
    pass(&a, t + Duration::seconds(30), &[&b]);
    assert_eq!(
        a.store.setting(SettingKey::ScheduleHistory).unwrap(),
        b.store.setting(SettingKey::ScheduleHistory).unwrap()
    );
    assert_eq!(
        streak_seen(&a.store, "morning-mobility", "2024-01-15"),
        (1, 10)
    );
}
