//! The look in force, as the UI applies it: the appearance a person chose (the "appearance" setting), and,
//! with "Night look after bedtime" on, the core's rule over the bedtime reminders and the day boundary.
//!
//! The UI never decides whether it is night: it shows the look this module returns and asks again after
//! `nextChangeInMs` (one timer, no polling). Which reminders count is the library's word: those of routines
//! whose time of day is bedtime, built in or the person's own. It never reads a clock: `now` and the zone
//! are passed in.

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use limber_core::library::Library;
use limber_core::look;
use limber_core::routine::TimeOfDay;
use limber_core::schedule::{Reminder, TimeRule};
use limber_store::{Store, StoreError};
use serde::Serialize;
use ts_rs::TS;

use crate::reminders::{day_boundary, load_setup, routine_brief};
use crate::settings::Appearance;
use crate::wire::look as wire;

/// What the UI shows: the chosen appearance, the look in force and when to ask again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LookView {
    /// What the person chose.
    pub appearance: Appearance,
    /// The look to show now (`night` after bedtime when the option is on).
    pub look: wire::Theme,
    /// Whether the night look is shown because it is after bedtime.
    pub after_bedtime: bool,
    /// How long until the look may change, in milliseconds; `null` when the hour cannot change it.
    #[ts(type = "number | null")]
    pub next_change_in_ms: Option<u64>,
    /// The local time the night look starts this evening ("22:30"), or `null` without a bedtime reminder.
    pub night_from: Option<String>,
    /// The local time it ends: the day boundary ("04:00").
    pub night_until: String,
}

/// The time rules of the reminders for bedtime routines, enabled or not (the look follows the hour).
fn bedtime_rules(store: &Store, library: &Library) -> Result<Vec<TimeRule>, StoreError> {
    Ok(load_setup(store)?
        .schedule
        .reminders
        .into_iter()
        .filter(|reminder| {
            routine_brief(library, store, &reminder.routine_id, crate::i18n::SOURCE)
                .is_some_and(|brief| brief.time_of_day == TimeOfDay::Bedtime)
        })
        .map(|reminder| reminder.time)
        .collect())
}

/// The look in force at `now` in `tz` for the stored appearance, reminders and day boundary.
pub fn look_now(
    store: &Store,
    library: &Library,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<LookView, StoreError> {
    let appearance: Appearance = store.load_setting()?;
    let boundary = day_boundary(store);
    let rules = bedtime_rules(store, library)?;
    Ok(view(appearance, &rules, boundary, now, tz))
}

/// Stores a new appearance and returns the look it gives at `now`.
pub fn set_appearance(
    store: &Store,
    library: &Library,
    appearance: Appearance,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<LookView, StoreError> {
    store.save_setting(&appearance)?;
    look_now(store, library, now, tz)
}

fn view(
    appearance: Appearance,
    rules: &[TimeRule],
    boundary: NaiveTime,
    now: DateTime<Utc>,
    tz: Tz,
) -> LookView {
    let shown = look::look_at(
        now,
        tz,
        boundary,
        appearance.theme,
        appearance.night_after_bedtime,
        rules,
    );
    let today = limber_core::day::today(now, tz, boundary);
    let night_from = rules
        .iter()
        .filter_map(|&rule| Reminder::every_day("", rule).wall_time_on(today, boundary))
        .min()
        .map(|wall| wall.format("%H:%M").to_string());
    LookView {
        appearance,
        look: shown.theme.into(),
        after_bedtime: shown.after_bedtime,
        next_change_in_ms: shown.next_change.map(|at| {
            u64::try_from((at - now).num_milliseconds())
                .unwrap_or(0)
                .max(1)
        }),
        night_from,
        night_until: boundary.format("%H:%M").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use limber_core::look::Theme;
    use limber_core::schedule::ReminderSettings;
    use serde_json::json;

    use crate::reminders::ReminderSetup;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    /// A store whose bedtime wind-down reminds at 22:30 (bedtime 23:00) and whose morning routine reminds
    /// at 07:00, which must not start a night.
    fn store_with_reminders(dir: &tempfile::TempDir) -> Store {
        let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
        let reminders: ReminderSettings = serde_json::from_value(json!({
            "reminders": [
                {"routineId": "bedtime-wind-down", "enabled": false, "days": ["monday"],
                 "time": {"kind": "bedtime", "bedtime": "23:00:00", "leadMinutes": 30}},
                {"routineId": "morning-mobility", "enabled": true, "days": ["monday"],
                 "time": {"kind": "fixed", "time": "07:00:00"}}
            ]
        }))
        .unwrap();
        store
            .save_setting(&ReminderSetup {
                schedule: reminders,
                snooze_minutes: 10,
            })
            .unwrap();
        store
    }

    /// Each row: the stored appearance, the instant (Berlin, winter: UTC+1), then the look, whether it is
    /// after bedtime, the milliseconds to the next change.
    #[test]
    fn looks_table() {
        let dir = tempfile::tempdir().unwrap();
        let store = store_with_reminders(&dir);
        let library = Library::builtin().unwrap();
        let tz = chrono_tz::Europe::Berlin;
        let check =
            |theme: Theme, after: bool, now: &str, expected: (wire::Theme, bool, Option<u64>)| {
                let appearance = Appearance {
                    theme,
                    night_after_bedtime: after,
                };
                let got = set_appearance(&store, &library, appearance, at(now), tz).unwrap();
                assert_eq!(
                    (got.look, got.after_bedtime, got.next_change_in_ms),
                    expected,
                    "{theme:?} {after} {now}"
                );
                assert_eq!(got.appearance, appearance);
                assert_eq!(got.night_from.as_deref(), Some("22:30"));
                assert_eq!(got.night_until, "04:00");
            };
        let minutes = |m: u64| Some(m * 60_000);
        // 22:29 local, a minute before the disabled wind-down reminder's time (the look follows the hour).
        check(
            Theme::Light,
            true,
            "2027-01-13T21:29:00Z",
            (wire::Theme::Light, false, minutes(1)),
        );
        check(
            Theme::Light,
            true,
            "2027-01-13T21:30:00Z",
            (wire::Theme::Night, true, minutes(330)),
        );
        check(
            Theme::Light,
            false,
            "2027-01-13T21:30:00Z",
            (wire::Theme::Light, false, None),
        );
        check(
            Theme::Dark,
            true,
            "2027-01-14T03:00:00Z",
            (wire::Theme::Dark, false, minutes(1110)),
        );
        check(
            Theme::Night,
            false,
            "2027-01-14T10:00:00Z",
            (wire::Theme::Night, false, None),
        );
    }

    /// A look belongs to a computer: sync must never carry it (issue 18).
    #[test]
    fn the_look_is_not_synced() {
        assert!(!limber_core::sync::SHARED_SETTINGS
            .contains(&limber_store::SettingKey::Appearance.name()));
    }

    #[test]
    fn no_bedtime_reminder_means_no_night() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
        let library = Library::builtin().unwrap();
        let appearance = Appearance {
            theme: Theme::System,
            night_after_bedtime: true,
        };
        let got = set_appearance(
            &store,
            &library,
            appearance,
            at("2027-01-13T23:00:00Z"),
            chrono_tz::UTC,
        )
        .unwrap();
        assert_eq!(
            (got.look, got.next_change_in_ms, got.night_from),
            (wire::Theme::System, None, None)
        );
    }
}
