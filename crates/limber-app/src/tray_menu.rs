//! What the tray offers, the same in both processes: the menu's labels (in the language given) and which routine "Start bedtime
//! routine" and "Start morning routine" open. The app draws it with Tauri's tray (`src-tauri/src/tray.rs`);
//! the tray-only process draws it over D-Bus (`limber_resident::tray_process`). It must never compute a
//! reminder or a streak: the scheduler hands the status lines over (`crate::status::tray_lines`).

use limber_core::library::Library;
use limber_core::routine::TimeOfDay;
use limber_store::Store;

/// The menu's labels in one language, from the message catalogue (messages `tray-*`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    pub start_bedtime: String,
    pub start_morning: String,
    pub pause_today: String,
    pub open: String,
    pub quit: String,
    /// The status lines before the scheduler's first look.
    pub next_unknown: String,
    pub streak_unknown: String,
}

impl Labels {
    pub fn new(language: &str) -> Labels {
        let text = |id: &str| crate::i18n::text(language, id);
        Labels {
            start_bedtime: text("tray-start-bedtime"),
            start_morning: text("tray-start-morning"),
            pause_today: text("tray-pause-today"),
            open: text("tray-open"),
            quit: text("tray-quit"),
            next_unknown: text("tray-next-unknown"),
            streak_unknown: text("tray-streak-unknown"),
        }
    }
}

/// The routine to open for this time of day: the first one with a reminder set (the routine the person
/// chose), else the library's first of that time of day. `None` when there is none at all.
pub fn pick_routine(library: &Library, store: &Store, time_of_day: TimeOfDay) -> Option<String> {
    let catalog = crate::progress::catalog(library, store).ok()?;
    let setup = crate::reminders::load_setup(store).ok()?;
    let of_kind = |id: &str| {
        catalog.iter().any(|routine| {
            routine.id == id && routine.time_of_day == time_of_day && !routine.deleted
        })
    };
    setup
        .schedule
        .reminders
        .iter()
        .find(|reminder| reminder.enabled && of_kind(&reminder.routine_id))
        .map(|reminder| reminder.routine_id.clone())
        .or_else(|| {
            library
                .routines()
                .iter()
                .find(|routine| routine.time_of_day == time_of_day)
                .map(|routine| routine.id.clone())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::ReminderSetup;
    use limber_core::schedule::{Reminder, ReminderSettings, TimeRule};

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
        (dir, store)
    }

    /// Issue 22: the menu speaks the language it is given (an in-progress one too, where the tray asks for it by
    /// its tag); a language Limber does not have speaks English.
    #[test]
    fn labels_table() {
        fn check(language: &str, quit: &str, pause: &str) {
            let labels = Labels::new(language);
            assert_eq!(
                (labels.quit.as_str(), labels.pause_today.as_str()),
                (quit, pause),
                "{language}"
            );
        }
        check("en", "Quit", "Pause reminders for today");
        check("de", "Beenden", "Erinnerungen für heute pausieren");
        check("es", "Salir", "Pausar los recordatorios por hoy");
        check("xx", "Quit", "Pause reminders for today");
    }

    #[test]
    fn without_reminders_the_library_routine_of_that_time_of_day_opens() {
        let library = Library::builtin().unwrap();
        let (_dir, store) = store();
        let bedtime = pick_routine(&library, &store, TimeOfDay::Bedtime).unwrap();
        let morning = pick_routine(&library, &store, TimeOfDay::Morning).unwrap();
        assert_eq!(
            library.routine(&bedtime).unwrap().time_of_day,
            TimeOfDay::Bedtime
        );
        assert_eq!(
            library.routine(&morning).unwrap().time_of_day,
            TimeOfDay::Morning
        );
    }

    fn remind(store: &Store, routine_id: &str, enabled: bool) {
        let mut reminder = Reminder::every_day(
            routine_id,
            TimeRule::Fixed {
                time: chrono::NaiveTime::from_hms_opt(7, 30, 0).unwrap(),
            },
        );
        reminder.enabled = enabled;
        let setup = ReminderSetup {
            schedule: ReminderSettings {
                reminders: vec![reminder],
                ..ReminderSettings::default()
            },
            snooze_minutes: 10,
        };
        store.save_setting(&setup).unwrap();
    }

    #[test]
    fn the_routine_with_a_reminder_wins_over_the_first_of_its_kind() {
        let library = Library::builtin().unwrap();
        let (_dir, store) = store();
        let first = pick_routine(&library, &store, TimeOfDay::Morning).unwrap();
        // The person's own morning routine, with the morning reminder.
        let mut own = library.routine(&first).unwrap().clone();
        own.id = "my-morning".into();
        own.name = "My morning".into();
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-21T21:30:00Z")
            .unwrap()
            .to_utc();
        store
            .save_custom_routine(&own.id, &serde_json::to_value(&own).unwrap(), now)
            .unwrap();
        remind(&store, "my-morning", true);
        assert_eq!(
            pick_routine(&library, &store, TimeOfDay::Morning).as_deref(),
            Some("my-morning")
        );
        // The bedtime entry is not taken over by a morning reminder.
        assert_ne!(
            pick_routine(&library, &store, TimeOfDay::Bedtime).as_deref(),
            Some("my-morning")
        );
        // A switched-off reminder, or a deleted routine, leaves the library's first.
        remind(&store, "my-morning", false);
        assert_eq!(
            pick_routine(&library, &store, TimeOfDay::Morning),
            Some(first.clone())
        );
        remind(&store, "my-morning", true);
        assert!(store.delete_custom_routine("my-morning", now).unwrap());
        assert_eq!(
            pick_routine(&library, &store, TimeOfDay::Morning),
            Some(first)
        );
    }
}
