//! Commands of the sound settings: read and change them, play a test sound or the test sentence of the voice,
//! and say whether sound works.

use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use limber_core::speech::Phrase;

use crate::audio::{Audio, AudioStatus, Sound};
use limber_app::error::{AppError, CommandResult};
use limber_app::settings::AudioSettings;
use limber_app::state::StoreHandle;

/// The sound settings and whether sound can be heard right now.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AudioState {
    pub settings: AudioSettings,
    pub status: AudioStatus,
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
    Ok(AudioState {
        settings: load_settings(&store),
        status: audio.status(),
    })
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
    Ok(AudioState {
        settings,
        status: audio.status(),
    })
}

/// Plays the test sound with the current settings.
#[tauri::command]
pub async fn audio_test(audio: State<'_, Audio>) -> CommandResult<AudioStatus> {
    audio.play(Sound::Test);
    Ok(audio.status())
}

/// Says the voice's test sentence with the current settings, as a bedtime routine would (`night`) or as any
/// other routine would. It speaks even while the coach is off, so a person can hear the voice before choosing.
#[tauri::command]
pub async fn audio_test_voice(audio: State<'_, Audio>, night: bool) -> CommandResult<AudioStatus> {
    audio.say(Phrase::Sample, std::time::Instant::now(), night);
    Ok(audio.status())
}
