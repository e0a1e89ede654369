//! Each key of the store's settings registry with the type its value has, side by side (one
//! [`Setting`] impl per key), the sound settings' type, and the policy an import of a Limber export uses
//! for settings ([`SettingsRules`]).
//!
//! An imported setting is read into its type and checked by the very functions the settings screens and
//! the first run call (the core's `check_volume`, `check_reminder_setup`, `check_progress` and
//! `PlanAnswers::normalized`), so an import can never store what the screens would refuse. Routines a
//! setting names may be the library's, the person's own, or ones the file itself brings. This module must
//! never hold a rule of its own about a setting's values: a missing rule belongs in `limber_core::settings`
//! beside the others. Both the app and the command line (`limber import`, the benches) use it.

use limber_core::library::Library;
use limber_core::settings::{check_voice_volume, check_volume, VolumeError};
use limber_core::speech::Coach;
use limber_store::{ImportedFile, Setting, SettingKey, SettingProblem, SettingsPolicy, Store};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::onboarding::{OnboardingStatus, PlanRecord};
use crate::progress::{goal_routines, ProgressSettings};
use crate::reminders::{routine_exists, HeldState, ReminderSetup};

/// What the user chose to hear. `sound` is the master switch: when it is off nothing plays, not even the voice.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AudioSettings {
    /// Play the cues at all.
    pub sound: bool,
    /// Loudness of the tones from 0 (silent) to 1 (the cues' full, already gentle, level).
    pub volume: f32,
    /// How much the voice coach says.
    #[ts(as = "crate::wire::session::Coach")]
    pub coach: Coach,
    /// Loudness of the voice from 0 to 1, apart from the tones.
    pub voice_volume: f32,
    /// Bedtime routines use the slower night clips and [`NIGHT_VOICE_VOLUME`] of the voice volume.
    pub gentle_at_night: bool,
}

/// The share of the voice volume a bedtime routine uses when `gentle_at_night` is on (about 5 dB quieter once
/// squared into a gain).
pub const NIGHT_VOICE_VOLUME: f32 = 0.75;

/// The settings as stored: what this version writes, or what an older one wrote (`{sound, voice, volume}`,
/// where `voice` spoke the exercise names), which becomes the coach's cues at the same volume.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredAudioSettings {
    sound: bool,
    volume: f32,
    #[serde(default)]
    voice: Option<bool>,
    #[serde(default)]
    coach: Option<Coach>,
    #[serde(default)]
    voice_volume: Option<f32>,
    #[serde(default)]
    gentle_at_night: Option<bool>,
}

impl<'de> Deserialize<'de> for AudioSettings {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        StoredAudioSettings::deserialize(deserializer).map(AudioSettings::from)
    }
}

impl From<StoredAudioSettings> for AudioSettings {
    fn from(stored: StoredAudioSettings) -> Self {
        let defaults = AudioSettings::default();
        AudioSettings {
            sound: stored.sound,
            volume: stored.volume,
            coach: stored.coach.unwrap_or(match stored.voice {
                Some(true) => Coach::Cues,
                _ => defaults.coach,
            }),
            voice_volume: stored.voice_volume.unwrap_or(stored.volume),
            gentle_at_night: stored.gentle_at_night.unwrap_or(defaults.gentle_at_night),
        }
    }
}

impl Default for AudioSettings {
    /// Tones on at a moderate level; the coach is opt-in (a voice that speaks up unasked at bedtime startles
    /// more than a chime), and gentle at night once on.
    fn default() -> Self {
        AudioSettings {
            sound: true,
            volume: 0.7,
            coach: Coach::Off,
            voice_volume: 0.7,
            gentle_at_night: true,
        }
    }
}

impl AudioSettings {
    /// Checks that both volumes are numbers from 0 to 1 (the core's rules).
    pub fn validate(&self) -> Result<(), VolumeError> {
        check_volume(self.volume)?;
        check_voice_volume(self.voice_volume)
    }

    /// The factor applied to every tone sample.
    pub fn gain(&self) -> f32 {
        squared(self.volume)
    }

    /// The factor applied to every voice sample, for a bedtime routine when `night`.
    pub fn voice_gain(&self, night: bool) -> f32 {
        let quieter = if night && self.gentle_at_night {
            NIGHT_VOICE_VOLUME
        } else {
            1.0
        };
        squared(self.voice_volume * quieter)
    }

    /// Whether a bedtime routine (when `night`) or any other routine uses the slower night clips.
    pub fn night_clips(&self, night: bool) -> bool {
        night && self.gentle_at_night
    }
}

/// Loudness is perceived roughly logarithmically, so a linear slider would do all its audible work near the
/// bottom; squaring spreads the change evenly along the slider.
fn squared(volume: f32) -> f32 {
    let volume = if volume.is_finite() {
        volume.clamp(0.0, 1.0)
    } else {
        0.0
    };
    volume * volume
}

impl Setting for AudioSettings {
    const KEY: SettingKey = SettingKey::Audio;
}

impl Setting for OnboardingStatus {
    const KEY: SettingKey = SettingKey::Onboarding;
}

impl Setting for PlanRecord {
    const KEY: SettingKey = SettingKey::Plan;
}

impl Setting for ProgressSettings {
    const KEY: SettingKey = SettingKey::Progress;
}

impl Setting for ReminderSetup {
    const KEY: SettingKey = SettingKey::Reminders;
}

impl Setting for crate::progress::ScheduleHistories {
    const KEY: SettingKey = SettingKey::ScheduleHistory;
}

impl Setting for crate::progression::DoseHistories {
    const KEY: SettingKey = SettingKey::DoseHistory;
}

/// The look a person chose for this computer: a theme, and whether the whole app wears the night look from
/// the bedtime reminder until the day boundary (`limber_core::look`). An export carries it; sync never does,
/// because a look belongs to a screen and its room, not to the person's routines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Appearance {
    #[ts(as = "crate::wire::look::Theme")]
    pub theme: limber_core::look::Theme,
    pub night_after_bedtime: bool,
}

impl Setting for Appearance {
    const KEY: SettingKey = SettingKey::Appearance;
}

impl Setting for HeldState {
    const KEY: SettingKey = SettingKey::ReminderState;
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
    fn check(&self, key: &str, json: &str, file: &ImportedFile) -> Result<Value, SettingProblem> {
        let known_routine = |id: &str| {
            file.custom_routine_ids.contains(id) || routine_exists(self.library, self.store, id)
        };
        match SettingKey::from_name(key) {
            Some(SettingKey::Audio) => {
                let settings: AudioSettings = parse(json)?;
                // The volumes are the only rules the sound settings have.
                settings.validate().map_err(|e| match e {
                    VolumeError::Voice(_) => problem("voiceVolume", e),
                    VolumeError::Tones(_) => problem("volume", e),
                })?;
                stored(&settings)
            }
            Some(SettingKey::Onboarding) => stored(&parse::<OnboardingStatus>(json)?),
            Some(SettingKey::Plan) => {
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
            Some(SettingKey::Progress) => {
                let settings: ProgressSettings = parse(json)?;
                let mut known = goal_routines(self.store, self.library).map_err(|error| {
                    SettingProblem::new(None, format!("could not be checked: {error}"))
                })?;
                known.extend(file.custom_routine_ids.iter().cloned());
                let checked = settings
                    .with_edit(&settings.as_edit(), &known)
                    .map_err(|refused| problem(refused.field, refused.reason))?;
                stored(&checked)
            }
            Some(SettingKey::Reminders) => {
                let setup: ReminderSetup = parse(json)?;
                setup.validate(known_routine).map_err(|error| {
                    SettingProblem::new(error.field(&setup.schedule), clause(&error))
                })?;
                stored(&setup)
            }
            Some(SettingKey::ScheduleHistory) => {
                let histories: crate::progress::ScheduleHistories = parse(json)?;
                // Each routine's entries must read as a history (at least one entry, goals of 1–7 days). A
                // history may name a routine that is gone: it is kept, and harmless.
                for (id, entries) in &histories.routines {
                    limber_core::schedule_history::ScheduleHistory::from_stored(entries)
                        .map_err(|error| problem(format!("routines.{id}"), error))?;
                }
                stored(&histories)
            }
            Some(SettingKey::DoseHistory) => {
                let histories: crate::progression::DoseHistories = parse(json)?;
                // Each routine's versions must be in order and each must change a dose. A history may name a
                // routine that is gone: it is kept, and harmless.
                for (id, log) in &histories.routines {
                    log.check()
                        .map_err(|error| problem(format!("routines.{id}"), error))?;
                }
                stored(&histories)
            }
            // A theme is one of four names and a switch: reading it into its type is its whole check.
            Some(SettingKey::Appearance) => stored(&parse::<Appearance>(json)?),
            // A language must be one the catalogue knows (complete or not: a later version may have finished
            // it); one that is not offered here is kept, and the system's language is used meanwhile.
            Some(SettingKey::Language) => {
                let choice: crate::i18n::LanguageChoice = parse(json)?;
                if let Some(tag) = &choice.language {
                    if !crate::i18n::catalogue()
                        .languages()
                        .iter()
                        .any(|entry| &entry.tag == tag)
                    {
                        return Err(problem(
                            "language",
                            format!("\"{tag}\" is not a language Limber knows"),
                        ));
                    }
                }
                stored(&choice)
            }
            Some(
                SettingKey::ReminderState
                | SettingKey::RecoveryPending
                | SettingKey::Backup
                | SettingKey::Sync,
            )
            | None => Err(SettingProblem::new(None, "is not a setting Limber knows")),
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
        // The look: four themes and a switch; anything else is refused, and what is missing is the default.
        let look = json!({"theme": "night", "nightAfterBedtime": true});
        check("appearance", look.clone(), Ok(look));
        check(
            "appearance",
            json!({"theme": "dark", "glow": 3}),
            Ok(json!({"theme": "dark", "nightAfterBedtime": false})),
        );
        check(
            "appearance",
            json!({}),
            Ok(json!({"theme": "system", "nightAfterBedtime": false})),
        );
        check(
            "appearance",
            json!({"theme": "sepia"}),
            Err("cannot be read: unknown variant `sepia`, expected one of `system`, `light`, `dark`, `night`"),
        );
        check(
            "appearance",
            json!({"theme": "light", "nightAfterBedtime": "yes"}),
            Err("cannot be read: invalid type: string \"yes\", expected a boolean"),
        );
        check("theme", json!("dark"), Err("is not a setting Limber knows"));
        // The language (issue 22): a tag the catalogue knows, in progress or not, or none for the system's.
        check(
            "language",
            json!({"language": "de"}),
            Ok(json!({"language": "de"})),
        );
        check(
            "language",
            json!({"language": "ja"}),
            Ok(json!({"language": "ja"})),
        );
        check("language", json!({}), Ok(json!({"language": null})));
        check(
            "language",
            json!({"language": "tlh"}),
            Err("language: \"tlh\" is not a language Limber knows"),
        );
    }

    fn check_plan(rules: &SettingsRules<'_>, file: &ImportedFile, value: Value) -> Value {
        rules.check("plan", &value.to_string(), file).unwrap()
    }
}
