//! Commands of the sound settings: read and change them, play a test sound or the test sentence of the voice
//! (in the language in force, if the coach speaks it), and say whether sound works and which languages the voice
//! coach speaks.

use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use limber_core::speech::Phrase;

use crate::audio::{Audio, AudioStatus, Sound, Voice};
use limber_app::error::{AppError, CommandResult};
use limber_app::settings::AudioSettings;
use limber_app::state::StoreHandle;

/// The sound settings and whether sound can be heard right now.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AudioState {
    pub settings: AudioSettings,
    pub status: AudioStatus,
    /// The languages the voice coach speaks (catalogue tags). In any other language a session gets tones only,
    /// whatever the coach setting, and the settings page says so (issue 22).
    pub voice_languages: Vec<String>,
}

impl AudioState {
    fn new(settings: AudioSettings, status: AudioStatus) -> AudioState {
        AudioState {
            settings,
            status,
            voice_languages: crate::audio::voice_languages().map(str::to_owned).collect(),
        }
    }
}

/// Reads the stored sound settings; missing or unreadable ones fall back to the defaults.
pub fn load_settings(store: &StoreHandle) -> AudioSettings {
    match store.lock().load_setting() {
        Ok(settings) => settings,
        Err(error) => {
            log::warn!("could not read the sound settings: {error}");
            AudioSettings::default()
        }
    }
}

#[tauri::command]
pub async fn audio_get(
    audio: State<'_, Audio>,
    store: State<'_, StoreHandle>,
) -> CommandResult<AudioState> {
    Ok(AudioState::new(load_settings(&store), audio.status()))
}

/// Validates and saves the settings, then applies them to the sound thread.
#[tauri::command]
pub async fn audio_set(
    audio: State<'_, Audio>,
    store: State<'_, StoreHandle>,
    settings: AudioSettings,
) -> CommandResult<AudioState> {
    settings
        .validate()
        .map_err(|e| AppError::Refused(crate::audio::volume_words(&e)))?;
    store.lock().save_setting(&settings)?;
    audio
        .set_settings(settings)
        .map_err(|e| AppError::Refused(e.words()))?;
    Ok(AudioState::new(settings, audio.status()))
}

/// Plays the test sound with the current settings.
#[tauri::command]
pub async fn audio_test(audio: State<'_, Audio>) -> CommandResult<AudioStatus> {
    audio.play(Sound::Test);
    Ok(audio.status())
}

/// Says the voice's test sentence with the current settings, as a bedtime routine would (`night`) or as any
/// other routine would, in the voice of the language in force. It speaks even while the coach is off, so a
/// person can hear the voice before choosing; in a language the coach does not speak it says nothing (the
/// settings page offers no test there), since another language's voice must never stand in.
#[tauri::command]
pub async fn audio_test_voice(
    audio: State<'_, Audio>,
    store: State<'_, StoreHandle>,
    night: bool,
) -> CommandResult<AudioStatus> {
    let language = super::language::in_force(&store);
    match Voice::for_language(&language) {
        Some(voice) => audio.say(Phrase::Sample, voice, std::time::Instant::now(), night),
        None => log::info!("the voice coach does not speak {language}: no test sentence"),
    }
    Ok(audio.status())
}
