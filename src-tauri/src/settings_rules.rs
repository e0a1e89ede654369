//! The settings table's keys as the app knows them, and the rules an imported setting must pass: the one place
//! that gives the store's export and import their [`SettingsPolicy`].
//!
//! Five keys hold the person's own choices and travel in an export: "audio", "onboarding", "plan", "progress"
//! and "reminders". Two hold the app's bookkeeping and never leave this computer: "reminder-state" (snoozes
//! and the paused day) and "recovery-pending" (a notice still to be read); the store keeps its own backup
//! number and treats it the same way by itself. Any other key in an import file is refused.
//!
//! An imported setting is read into its type and checked by the very functions the settings screens and the
//! first-run flow call (`AudioSettings::validate`, `ReminderSetup::validate`, `check_settings` of the progress
//! settings, `PlanAnswers::normalized`), so an import can never store what the screens would refuse. Routines
//! a setting names may be the library's, the person's own, or ones the file itself brings. This module must
//! never hold a rule of its own about a setting's values: a missing rule belongs beside the others.

use limber_core::library::Library;
use limber_store::{ImportedFile, SettingKind, SettingProblem, SettingsPolicy, Store};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::audio::AudioSettings;
use crate::commands::audio::KEY as AUDIO_KEY;
use crate::commands::onboarding::{OnboardingStatus, PlanRecord, ONBOARDING_KEY, PLAN_KEY};
use crate::commands::progress::{check_settings, goal_routines, ProgressSettingsInput};
use limber_app::progress::{ProgressSettings, SETTINGS_KEY as PROGRESS_KEY};
use limber_app::reminders::{
    routine_exists, ReminderSetup, SETTINGS_KEY as REMINDERS_KEY, STATE_KEY as REMINDER_STATE_KEY,
};
use limber_app::state::RECOVERY_KEY;

/// The keys that hold the person's own choices.
pub const OWNED: [&str; 5] = [
    AUDIO_KEY,
    ONBOARDING_KEY,
    PLAN_KEY,
    PROGRESS_KEY,
    REMINDERS_KEY,
];

/// The keys that hold the app's bookkeeping.
pub const INTERNAL: [&str; 2] = [REMINDER_STATE_KEY, RECOVERY_KEY];

/// What a settings key is.
pub fn kind(key: &str) -> SettingKind {
    if OWNED.contains(&key) {
        SettingKind::Owned
    } else if INTERNAL.contains(&key) {
        SettingKind::Internal
    } else {
        SettingKind::Unknown
    }
}

/// The app's settings rules over one store and library (the routines a setting may name are theirs).
pub struct SettingsRules<'a> {
    library: &'a Library,
    store: &'a Store,
}

impl<'a> SettingsRules<'a> {
    pub fn new(library: &'a Library, store: &'a Store) -> Self {
        Self { library, store }
    }
}

/// A validator's sentence as the end of an import problem ("settings.audio.volume: the volume must be…"): it
/// follows a colon, so it starts in lower case, and the import adds its own full stop.
fn clause(sentence: impl ToString) -> String {
    let text = sentence.to_string();
    let text = text.strip_suffix('.').unwrap_or(&text);
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        // "URL…" keeps its capitals; "The…" becomes "the…".
        (Some(first), second)
            if first.is_uppercase() && !second.is_some_and(char::is_uppercase) =>
        {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_owned(),
    }
}

fn problem(field: impl Into<String>, sentence: impl ToString) -> SettingProblem {
    SettingProblem::new(Some(field.into()), clause(sentence))
}

/// Reads a setting into its type. serde's message says what is wrong; the line and column it adds are about
/// the setting's own text, which the person never saw as such, so they are left out.
fn parse<T: DeserializeOwned>(json: &str) -> Result<T, SettingProblem> {
    serde_json::from_str(json).map_err(|error| {
        let text = error.to_string();
        let position = format!(" at line {} column {}", error.line(), error.column());
        let text = text.strip_suffix(&position).unwrap_or(&text);
        SettingProblem::new(None, format!("cannot be read: {text}"))
    })
}

/// The value to store: the setting as its type writes it, so anything the type does not know is dropped.
fn stored<T: Serialize>(value: &T) -> Result<Value, SettingProblem> {
    serde_json::to_value(value)
        .map_err(|error| SettingProblem::new(None, format!("cannot be stored: {error}")))
}

impl SettingsPolicy for SettingsRules<'_> {
    fn kind(&self, key: &str) -> SettingKind {
        kind(key)
    }

    fn check(&self, key: &str, json: &str, file: &ImportedFile) -> Result<Value, SettingProblem> {
        let known_routine = |id: &str| {
            file.custom_routine_ids.contains(id) || routine_exists(self.library, self.store, id)
        };
        match key {
            AUDIO_KEY => {
                let settings: AudioSettings = parse(json)?;
                // The volumes are the only rules the sound settings have.
                settings.validate().map_err(|e| match e {
                    crate::audio::AudioError::InvalidVoiceVolume(_) => problem("voiceVolume", e),
                    _ => problem("volume", e),
                })?;
                stored(&settings)
            }
            ONBOARDING_KEY => stored(&parse::<OnboardingStatus>(json)?),
            PLAN_KEY => {
                let mut record: PlanRecord = parse(json)?;
                if let Some(answers) = &record.answers {
                    // The days are the only answers a plan can be refused for.
                    record.answers = Some(
                        answers
                            .normalized()
                            .map_err(|e| problem("answers.days", e))?,
                    );
                }
                stored(&record)
            }
            PROGRESS_KEY => {
                let settings: ProgressSettings = parse(json)?;
                let mut known = goal_routines(self.store, self.library).map_err(|error| {
                    SettingProblem::new(None, format!("could not be checked: {error}"))
                })?;
                known.extend(file.custom_routine_ids.iter().cloned());
                let checked =
                    check_settings(&ProgressSettingsInput::of(&settings), &known, &settings)
                        .map_err(|refused| problem(refused.field, refused.sentence))?;
                stored(&checked)
            }
            REMINDERS_KEY => {
                let setup: ReminderSetup = parse(json)?;
                setup
                    .validate(known_routine)
                    .map_err(|error| SettingProblem::new(error.field(&setup), clause(&error)))?;
                stored(&setup)
            }
            _ => Err(SettingProblem::new(None, "is not a setting Limber knows")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn clauses_table() {
        fn check(sentence: &str, expected: &str) {
            assert_eq!(clause(sentence), expected, "{sentence}");
        }
        check("The volume must be 0–1.", "the volume must be 0–1");
        check(
            "a snooze must last 1–120 minutes",
            "a snooze must last 1–120 minutes",
        );
        check("URL must be set.", "URL must be set");
        check("Á la carte.", "á la carte");
        check("", "");
        check(".", "");
    }

    #[test]
    fn keys_table() {
        fn check(key: &str, expected: SettingKind) {
            assert_eq!(kind(key), expected, "{key}");
        }
        check("audio", SettingKind::Owned);
        check("onboarding", SettingKind::Owned);
        check("plan", SettingKind::Owned);
        check("progress", SettingKind::Owned);
        check("reminders", SettingKind::Owned);
        check("reminder-state", SettingKind::Internal);
        check("recovery-pending", SettingKind::Internal);
        check("backup", SettingKind::Unknown);
        check("theme", SettingKind::Unknown);
        check("Reminders", SettingKind::Unknown);
        check("", SettingKind::Unknown);
    }

    fn reminder(routine: &str) -> Value {
        json!({
            "routineId": routine, "enabled": true, "days": ["monday"],
            "time": {"kind": "fixed", "time": "07:15:00"}
        })
    }

    /// Each row: a key, its value in an import file, and either the value stored (`Ok`) or the problem as the
    /// import names it (`field: message`, or just the message when no field is to blame). The file brings the
    /// custom routine "desk"; the store holds "my-stretch".
    #[test]
    fn imported_settings_table() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
        store
            .save_custom_routine(
                "my-stretch",
                &json!({"name": "Mine"}),
                "2024-03-01T10:00:00Z".parse().unwrap(),
            )
            .unwrap();
        let library = Library::builtin().unwrap();
        let rules = SettingsRules::new(&library, &store);
        let file = ImportedFile {
            custom_routine_ids: ["desk".to_owned()].into(),
        };
        let check = |key: &str, value: Value, expected: Result<Value, &str>| {
            let got = rules
                .check(key, &value.to_string(), &file)
                .map_err(|p| match p.field {
                    Some(field) => format!("{field}: {}", p.message),
                    None => p.message,
                });
            match expected {
                Ok(stored) => assert_eq!(got, Ok(stored), "{key} {value}"),
                Err(message) => assert_eq!(got, Err(message.to_owned()), "{key} {value}"),
            }
        };
        // Sound.
        let audio = json!({"sound": true, "volume": 0.5, "coach": "full", "voiceVolume": 0.25, "gentleAtNight": false});
        check("audio", audio.clone(), Ok(audio));
        // An export from before the voice coach: its spoken names are the coach's cues now.
        check(
            "audio",
            json!({"sound": true, "voice": true, "volume": 0.5}),
            Ok(
                json!({"sound": true, "volume": 0.5, "coach": "cues", "voiceVolume": 0.5, "gentleAtNight": true}),
            ),
        );
        check(
            "audio",
            json!({"sound": true, "volume": 0.5, "voiceVolume": -1}),
            Err("voiceVolume: the voice volume must be a number from 0 to 1, not -1"),
        );
        check(
            "audio",
            json!({"sound": true, "voice": false, "volume": 2.0}),
            Err("volume: the volume must be a number from 0 to 1, not 2"),
        );
        check(
            "audio",
            json!({"sound": "loud", "voice": false, "volume": 0.5}),
            Err("cannot be read: invalid type: string \"loud\", expected a boolean"),
        );
        check(
            "audio",
            json!({"sound": true}),
            Err("cannot be read: missing field `volume`"),
        );
        // The first run and the plan.
        check(
            "onboarding",
            json!({"completed": true, "extra": 1}),
            Ok(json!({"completed": true, "safetyAcknowledged": false, "outcome": null})),
        );
        let answers = json!({
            "painArea": "lowerBack", "sleepPosition": "side", "bedtime": "23:00:00",
            "wakeTime": "07:00:00", "days": ["friday", "monday", "monday"], "morningCue": "afterWaking"
        });
        let plan = check_plan(
            &rules,
            &file,
            json!({"answers": answers, "routineIds": ["bedtime-wind-down"]}),
        );
        assert_eq!(plan["answers"]["days"], json!(["monday", "friday"]));
        let mut no_days = answers.clone();
        no_days["days"] = json!([]);
        check(
            "plan",
            json!({"answers": no_days}),
            Err("answers.days: choose at least one day for your routines"),
        );
        // Progress: the day boundary, rest days and goals, as the settings screen checks them.
        check(
            "progress",
            json!({"dayBoundary": "05:30:00", "weeklyGoals": {"desk": 3, "my-stretch": 2}}),
            Ok(json!({
                "dayBoundary": "05:30:00", "weeklyGoals": {"desk": 3, "my-stretch": 2},
                "restDaysPerMonth": 2, "dismissedRedFlags": []
            })),
        );
        check(
            "progress",
            json!({"dayBoundary": "07:00:00"}),
            Err("dayBoundary: the day boundary must be between 00:00 and 06:00 (got 07:00)"),
        );
        check(
            "progress",
            json!({"restDaysPerMonth": 9}),
            Err("restDaysPerMonth: rest days per month must be 0–8 (got 9)"),
        );
        check(
            "progress",
            json!({"weeklyGoals": {"moonwalk": 3}}),
            Err("weeklyGoals.moonwalk: no routine called \"moonwalk\" can have a goal"),
        );
        check(
            "progress",
            json!({"weeklyGoals": {"desk": 0}}),
            Err("weeklyGoals.desk: a weekly goal must be 1–7 days (got 0)"),
        );
        // Reminders, as the reminder settings check them.
        let ok = json!({
            "reminders": [reminder("bedtime-wind-down"), reminder("desk"), reminder("my-stretch")],
            "graceMinutes": 60, "quietHours": null, "snoozeMinutes": 10
        });
        check("reminders", ok.clone(), Ok(ok));
        check(
            "reminders",
            json!({"reminders": [], "graceMinutes": 0}),
            Err("graceMinutes: reminders must be allowed to be at least 1 minute late, not 0"),
        );
        check(
            "reminders",
            json!({"reminders": [], "graceMinutes": 721}),
            Err("graceMinutes: reminders may be at most 720 minutes late, not 721"),
        );
        check(
            "reminders",
            json!({"reminders": [], "snoozeMinutes": 0}),
            Err("snoozeMinutes: a snooze must last between 1 and 120 minutes, not 0"),
        );
        check(
            "reminders",
            json!({"reminders": [reminder("desk"), reminder("nowhere")]}),
            Err("reminders[1].routineId: a reminder names a routine Limber does not know: \"nowhere\""),
        );
        check(
            "reminders",
            json!({"reminders": [reminder("desk"), reminder("morning-mobility"), reminder("desk")]}),
            Err("reminders[2].routineId: more than one reminder is set for routine `desk`"),
        );
        let mut long_lead = reminder("bedtime-wind-down");
        long_lead["time"] = json!({"kind": "bedtime", "bedtime": "23:00:00", "leadMinutes": 721});
        check(
            "reminders",
            json!({"reminders": [long_lead]}),
            Err("reminders[0].time.leadMinutes: the reminder for routine `bedtime-wind-down` comes 721 minutes \
                 before bedtime; at most 720 are allowed"),
        );
        check(
            "reminders",
            json!({"reminders": [], "quietHours": {"start": "22:00:00", "end": "22:00:00"}}),
            Err("quietHours: quiet hours start and end at the same time"),
        );
        check(
            "reminders",
            json!({"reminders": [{"routineId": "desk"}]}),
            Err("cannot be read: missing field `enabled`"),
        );
        check("theme", json!("dark"), Err("is not a setting Limber knows"));
    }

    fn check_plan(rules: &SettingsRules<'_>, file: &ImportedFile, value: Value) -> Value {
        rules.check("plan", &value.to_string(), file).unwrap()
    }
}
