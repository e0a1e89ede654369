//! The adaptive dose against a real SQLite file (issue 18): a run of complete sessions with a settled back
//! brings a suggestion; accepting it makes a personal copy of the built-in routine that takes its place (its
//! sessions, reminder and weekly goal move), the next session uses the new dose, the dose history names both
//! doses with the sessions that used each, and undo brings the old dose back as a new version. A declined
//! offer spaces the next one, a stale or unoffered change is refused with nothing changed, and a red flag
//! pauses everything. "Now" is pinned to a Sunday evening.

#![allow(clippy::unwrap_used)]

use chrono::{DateTime, NaiveDate, NaiveTime, TimeDelta, Utc};
use chrono_tz::Tz;
use limber_app::progression::{self, DoseCard, DoseChange, DoseOffer, Reply};
use limber_app::reminders::{save_setup, ReminderSetup};
use limber_app::state::LibraryHandle;
use limber_core::exercise::RangeField;
use limber_core::library::Library;
use limber_core::schedule::{Reminder, ReminderSettings, TimeRule};
use limber_store::{JournalRecord, SessionRecord, SettingKey, Store};

const BEDTIME: &str = "bedtime-wind-down";
const COPY: &str = "my-bedtime-wind-down";
const TZ: Tz = chrono_tz::Asia::Tokyo;

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

struct World {
    _dir: tempfile::TempDir,
    store: Store,
    handle: LibraryHandle,
}

fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
    let handle = LibraryHandle::new(Library::builtin().unwrap());
    let setup = ReminderSetup {
        schedule: ReminderSettings {
            reminders: vec![Reminder::every_day(
                BEDTIME,
                TimeRule::Fixed {
                    time: NaiveTime::from_hms_opt(22, 0, 0).unwrap(),
                },
            )],
            ..ReminderSettings::default()
        },
        snooze_minutes: 10,
    };
    // Set up long before the pinned week, so every day of it is planned.
    save_setup(
        &store,
        &handle.current(),
        &setup,
        at("2026-10-01T00:00:00Z"),
        TZ,
    )
    .unwrap();
    World {
        _dir: dir,
        store,
        handle,
    }
}

/// A completed session of `routine` on the routine day `day`, started at 22:15 Tokyo time, with an answer
/// to "how does your back feel".
fn session(store: &Store, routine: &str, day: &str, feel: u8) {
    let start = at(&format!("{day}T13:15:00Z"));
    store
        .insert_session(&SessionRecord {
            id: format!("{routine}-{day}"),
            routine_id: routine.to_owned(),
            started_at: start,
            ended_at: start + TimeDelta::minutes(10),
            utc_offset_seconds: 9 * 3600,
            routine_day: date(day),
            steps_done: 8,
            steps_skipped: 0,
            completed: true,
            active_ms: 600_000,
            paused_ms: 0,
            feel: Some(feel),
            checklist: None,
            skipped_exercises: Vec::new(),
        })
        .unwrap();
}

fn check_in(store: &Store, day: &str, pain: u8) {
    let written = at(&format!("{day}T00:00:00Z"));
    store
        .save_journal_entry(&JournalRecord {
            day: date(day),
            back_pain: Some(pain),
            stiffness: Some(3),
            sleep_quality: Some(4),
            sleep_position: Some("side".into()),
            note: None,
            created_at: written,
            updated_at: written,
        })
        .unwrap();
}

/// Six evenings done (Monday 30 November to Saturday 5 December) with the back at 3 after each, and six
/// mornings at 3: a settled back after a full run.
fn settled_week(store: &Store) {
    session(store, BEDTIME, "2026-11-30", 3);
    for day in 1..=5 {
        session(store, BEDTIME, &format!("2026-12-{day:02}"), 3);
    }
    for day in 1..=6 {
        check_in(store, &format!("2026-12-{day:02}"), 3);
    }
}

/// Sunday evening in Tokyo, before this evening's session.
const NOW: &str = "2026-12-06T11:00:00Z";

/// The person's reply to the offered change at `now`.
fn reply(
    w: &World,
    change: &DoseChange,
    answer: Reply,
    now: &str,
) -> Result<progression::DoseAnswer, limber_app::error::AppError> {
    progression::reply(
        &w.store,
        &w.handle,
        BEDTIME,
        change,
        answer,
        (at(now), TZ),
        "en",
    )
}

fn card<'a>(cards: &'a [DoseCard], routine: &str) -> &'a DoseCard {
    cards.iter().find(|c| c.routine_id == routine).unwrap()
}

fn offered(w: &World, now: &str) -> DoseChange {
    let cards = progression::cards(&w.store, &w.handle.current(), at(now), TZ).unwrap();
    match &card(&cards, BEDTIME).offer {
        DoseOffer::Suggest {
            change,
            up,
            copy_note,
            ..
        } => {
            assert!(up, "a settled run suggests a step up");
            assert!(copy_note
                .as_ref()
                .unwrap()
                .to_string()
                .contains("your own copy"));
            change.clone()
        }
        other => panic!("no suggestion: {other:?}"),
    }
}

/// The value of the changed field in a routine of the library as it is now.
fn dose_now(w: &World, routine: &str, change: &DoseChange) -> u32 {
    let library = w.handle.current();
    let routine = library.routine(routine).unwrap();
    let item = &routine.items[change.item as usize];
    let exercise = library.exercise(&item.exercise).unwrap();
    let field = match change.field {
        progression::DoseField::HoldSecs => RangeField::HoldSecs,
        progression::DoseField::Reps => RangeField::Reps,
        progression::DoseField::Rounds => RangeField::Rounds,
    };
    field.value(&item.dose(&exercise.dose)).unwrap()
}

#[test]
fn accepting_makes_a_copy_that_takes_over_and_the_history_names_both_doses() {
    let w = world();
    settled_week(&w.store);
    let change = offered(&w, NOW);
    assert_eq!(dose_now(&w, BEDTIME, &change), change.from);

    let answer = reply(&w, &change, Reply::Accept, NOW).unwrap();
    assert_eq!(answer.routine_id, COPY);
    assert!(
        answer
            .message
            .to_string()
            .starts_with("From your next session: "),
        "{}",
        answer.message
    );
    assert!(
        answer
            .message
            .to_string()
            .contains("called “My bedtime wind-down”"),
        "{}",
        answer.message
    );

    // The built-in routine is untouched; the copy has the new dose.
    assert_eq!(dose_now(&w, BEDTIME, &change), change.from);
    assert_eq!(dose_now(&w, COPY, &change), change.to);
    // The copy took the original's place: its sessions and its reminder.
    let sessions = w.store.sessions().unwrap();
    assert!(
        sessions.iter().all(|s| s.routine_id == COPY),
        "{sessions:?}"
    );
    let reminders = w.store.setting(SettingKey::Reminders).unwrap().unwrap();
    assert_eq!(reminders["reminders"][0]["routineId"], COPY);

    // The copy's card: no offer for a week, undo ready, and a history with both doses.
    let copy = card(&answer.cards, COPY);
    match &copy.offer {
        DoseOffer::Quiet { text } => {
            assert!(text.to_string().contains("Sunday 13 December"), "{text}")
        }
        other => panic!("{other:?}"),
    }
    assert!(answer.cards.iter().all(|c| c.routine_id != BEDTIME));
    assert_eq!(copy.eras.len(), 2);
    assert_eq!(copy.eras[0].how.to_string(), "Starting dose");
    assert_eq!(copy.eras[0].sessions.len(), 6);
    assert_eq!(copy.eras[1].how.to_string(), "Step up you accepted");
    assert_eq!(copy.eras[1].since, Some(date("2026-12-06")));
    assert!(copy.eras[1].sessions.is_empty());
    assert_ne!(copy.eras[0].doses, copy.eras[1].doses);
    let from_words: Vec<String> = copy.eras[0].doses.iter().map(ToString::to_string).collect();
    let from_words = from_words.join("; ");
    assert!(
        from_words.contains(&change.from.to_string()),
        "{from_words}"
    );

    // This evening's session uses the new dose and is named with it.
    session(&w.store, COPY, "2026-12-06", 3);
    let later = progression::cards(
        &w.store,
        &w.handle.current(),
        at("2026-12-07T11:00:00Z"),
        TZ,
    )
    .unwrap();
    let copy = card(&later, COPY);
    assert_eq!(copy.eras[1].sessions, vec![date("2026-12-06")]);
    assert_eq!(copy.eras[0].sessions.last(), Some(&date("2026-12-05")));
    let undo = copy.undo.as_ref().unwrap();
    assert!(
        undo.doses
            .to_string()
            .contains(&format!("instead of {}", change.to)),
        "{}",
        undo.doses
    );

    // Undo brings the old dose back as a new version; nothing is left to undo.
    let undone =
        progression::undo(&w.store, &w.handle, COPY, at("2026-12-07T11:00:00Z"), TZ).unwrap();
    assert!(
        undone.message.to_string().starts_with("Undone."),
        "{}",
        undone.message
    );
    assert_eq!(dose_now(&w, COPY, &change), change.from);
    let copy = card(&undone.cards, COPY);
    assert_eq!(copy.eras.len(), 3);
    assert_eq!(copy.eras[2].how.to_string(), "Change undone");
    assert_eq!(copy.eras[2].doses, copy.eras[0].doses);
    assert!(copy.undo.is_none());
    assert!(progression::undo(&w.store, &w.handle, COPY, at("2026-12-07T12:00:00Z"), TZ).is_err());
}

/// Issue 22: a copy made while Limber speaks German gets a German name (it is the person's from then on, so
/// it keeps that name in every language), and the answer is said in German.
#[test]
fn a_copy_made_in_german_is_named_in_german() {
    let w = world();
    settled_week(&w.store);
    let change = offered(&w, NOW);
    let answer = progression::reply(
        &w.store,
        &w.handle,
        BEDTIME,
        &change,
        Reply::Accept,
        (at(NOW), TZ),
        "de",
    )
    .unwrap();
    let copy = w
        .handle
        .current()
        .routine(&answer.routine_id)
        .unwrap()
        .clone();
    assert_eq!(copy.name, "Zur Ruhe kommen am Abend (meine Version)");
    let said = answer.message.say("de");
    assert!(said.starts_with("Ab deiner nächsten Einheit: "), "{said}");
    assert!(
        said.contains("Kopie von Zur Ruhe kommen am Abend mit dem neuen Umfang angelegt, genannt „Zur Ruhe kommen am Abend (meine Version)“"),
        "{said}"
    );
}

#[test]
fn a_declined_offer_keeps_the_dose_and_waits_a_week() {
    let w = world();
    settled_week(&w.store);
    let change = offered(&w, NOW);
    let answer = reply(&w, &change, Reply::Decline, NOW).unwrap();
    assert!(
        answer.message.to_string().contains("Sunday 13 December"),
        "{}",
        answer.message
    );
    assert!(w.store.custom_routines(true).unwrap().is_empty());
    assert_eq!(dose_now(&w, BEDTIME, &change), change.from);
    match &card(&answer.cards, BEDTIME).offer {
        DoseOffer::Quiet { text } => {
            assert!(text.to_string().contains("one change a week"), "{text}")
        }
        other => panic!("{other:?}"),
    }
    // Accepting what was declined is refused now: it is no longer offered.
    let refused = reply(&w, &change, Reply::Accept, NOW);
    assert!(refused.is_err());
    assert!(w.store.custom_routines(true).unwrap().is_empty());
}

#[test]
fn a_change_that_is_not_offered_is_refused_and_changes_nothing() {
    let w = world();
    settled_week(&w.store);
    let mut change = offered(&w, NOW);
    change.to += 10;
    let error = reply(&w, &change, Reply::Accept, NOW)
        .unwrap_err()
        .to_string();
    assert!(error.contains("no longer offered"), "{error}");
    assert!(w.store.custom_routines(true).unwrap().is_empty());
    assert!(w.store.setting(SettingKey::DoseHistory).unwrap().is_none());
}

#[test]
fn a_red_flag_pauses_suggestions_and_shows_the_advice() {
    let w = world();
    settled_week(&w.store);
    for day in 4..=6 {
        check_in(&w.store, &format!("2026-12-{day:02}"), 8);
    }
    let cards = progression::cards(&w.store, &w.handle.current(), at(NOW), TZ).unwrap();
    match &card(&cards, BEDTIME).offer {
        DoseOffer::Paused { day, .. } => assert_eq!(*day, date("2026-12-06")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn too_little_history_says_so() {
    let w = world();
    session(&w.store, BEDTIME, "2026-12-05", 3);
    let cards = progression::cards(&w.store, &w.handle.current(), at(NOW), TZ).unwrap();
    match &card(&cards, BEDTIME).offer {
        DoseOffer::Quiet { text } => assert!(text.to_string().starts_with("Not enough"), "{text}"),
        other => panic!("{other:?}"),
    }
    assert!(card(&cards, BEDTIME).eras.is_empty());
}

/// Found at a hostile instant (03:30 after Berlin's spring-forward): a change made after midnight but before
/// the day boundary belongs to the evening before, like a session then, so the history never names a day
/// after the session that used it.
#[test]
fn a_change_after_midnight_belongs_to_the_evening_before() {
    let w = world();
    settled_week(&w.store);
    // 00:30 in Tokyo on Monday 7 December: the routine day is still Sunday 6 December.
    let late = "2026-12-06T15:30:00Z";
    let change = offered(&w, late);
    let answer = reply(&w, &change, Reply::Accept, late).unwrap();
    let copy = card(&answer.cards, COPY);
    assert_eq!(copy.eras[1].since, Some(date("2026-12-06")));
    assert_eq!(copy.undo.as_ref().unwrap().since, date("2026-12-06"));
}

/// An export carries the personal copy, its moved history and its dose history: imported into an empty store,
/// the cards read the same. A dose history out of order refuses the file, naming the routine.
#[test]
fn an_export_carries_the_dose_history_and_an_import_checks_it() {
    use limber_app::settings::SettingsRules;
    let w = world();
    settled_week(&w.store);
    let change = offered(&w, NOW);
    reply(&w, &change, Reply::Accept, NOW).unwrap();
    let text = w.store.export_json().unwrap();

    let to = tempfile::tempdir().unwrap();
    let target = Store::open(&to.path().join("limber.sqlite3")).unwrap();
    let handle = LibraryHandle::new(Library::builtin().unwrap());
    target
        .import_json(&text, &SettingsRules::new(&handle.current(), &target))
        .unwrap();
    limber_app::routines::reload(&target, &handle).unwrap();
    let later = at("2026-12-07T11:00:00Z");
    assert_eq!(
        progression::cards(&target, &handle.current(), later, TZ).unwrap(),
        progression::cards(&w.store, &w.handle.current(), later, TZ).unwrap()
    );

    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let versions = &mut doc["settings"]["dose-history"]["routines"][COPY]["versions"];
    let mut second = versions[0].clone();
    second["since"] = "2026-01-01T00:00:00Z".into();
    versions.as_array_mut().unwrap().push(second);
    let to = tempfile::tempdir().unwrap();
    let refused = Store::open(&to.path().join("limber.sqlite3")).unwrap();
    let error = refused
        .import_json(
            &doc.to_string(),
            &SettingsRules::new(&handle.current(), &refused),
        )
        .unwrap_err()
        .to_string();
    assert!(
        error.contains(
            "settings.dose-history.routines.my-bedtime-wind-down: version 1 took effect before the one before it"
        ),
        "{error}"
    );
    assert!(refused.sessions().unwrap().is_empty());
}

/// A reply while the data folder can only be read (a read-only folder, a full disk: the app then holds a store
/// that can only read) is refused in plain words, and neither the file nor the routines in memory change: no
/// copy appears, and the next look still offers the same change.
#[test]
fn a_reply_while_the_store_can_only_read_is_refused_and_changes_nothing() {
    let w = world();
    settled_week(&w.store);
    let change = offered(&w, NOW);
    let path = w.store.path().to_path_buf();
    let reading = Store::open_read_only(&path).unwrap();
    let error = progression::reply(
        &reading,
        &w.handle,
        BEDTIME,
        &change,
        Reply::Accept,
        (at(NOW), TZ),
        "en",
    )
    .unwrap_err()
    .to_string();
    assert!(error.contains("data folder is read-only"), "{error}");
    assert!(!error.contains("SQLITE"), "plain words: {error}");
    assert!(
        w.handle.current().routine(COPY).is_none(),
        "no copy in memory"
    );
    drop(reading);
    assert!(w.store.custom_routines(true).unwrap().is_empty());
    assert!(w.store.setting(SettingKey::DoseHistory).unwrap().is_none());
    assert_eq!(offered(&w, NOW), change, "the same change is still offered");
}
