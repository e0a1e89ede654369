//! The audio cues of a guided session: gentle synthesised sounds (a step starts, the last seconds tick, switch
//! sides, breathe in and out, a step or the session is done) and optional spoken phrases from pre-rendered clips.
//!
//! It owns the output device, on one dedicated thread that takes closed [`Message`]s over a channel, so a caller
//! is never blocked by a slow or missing sound card. It must never panic, never block its callers, never decide
//! *when* a cue sounds (the session driver does), and never be loud: every sound is rendered here with soft
//! edges and a modest peak, and the user's volume only ever scales it down.

mod device;
mod playback;
mod synth;
mod voice;

use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use device::SystemDevice;
pub use playback::{Device, Output};
pub use synth::{render, Sound, BREATH_MILLIS, SAMPLE_RATE};
pub use voice::{decode_wav, Voice, VOICE_CLIPS};

use limber_app::settings::AudioSettings;
use limber_core::settings::VolumeError;
use playback::{Message, Playback};

/// Everything that can go wrong with sound, by cause.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AudioError {
    #[error("The volume must be a number from 0 to 1, not {0}.")]
    InvalidVolume(f32),
    #[error("no sound output device could be opened ({0})")]
    NoDevice(String),
    #[error("the sound output device stopped working ({0})")]
    DeviceLost(String),
    #[error("the voice clip \"{clip}\" is not a WAV file this app can read: {reason}")]
    InvalidClip { clip: String, reason: &'static str },
    #[error("there is no voice clip for \"{0}\"")]
    UnknownClip(String),
    #[error("the sound thread could not start ({0})")]
    Thread(String),
}

impl From<VolumeError> for AudioError {
    fn from(VolumeError(volume): VolumeError) -> Self {
        AudioError::InvalidVolume(volume)
    }
}

/// Mono audio samples at a given rate, ready to be played: the one currency between synthesis, the voice
/// clips and an [`Output`].
#[derive(Debug, Clone, PartialEq)]
pub struct Samples {
    /// Samples per second.
    pub rate: u32,
    /// One channel of samples, nominally within -1..=1.
    pub data: Vec<f32>,
}

impl Samples {
    /// How long the samples last when played.
    pub fn duration(&self) -> Duration {
        if self.rate == 0 {
            return Duration::ZERO;
        }
        Duration::from_secs_f64(self.data.len() as f64 / f64::from(self.rate))
    }

    /// The largest absolute sample value (0 for silence).
    pub fn peak(&self) -> f32 {
        self.data.iter().fold(0.0_f32, |peak, s| peak.max(s.abs()))
    }

    /// Multiplies every sample by `gain`.
    pub fn scaled(mut self, gain: f32) -> Samples {
        for sample in &mut self.data {
            *sample *= gain;
        }
        self
    }
}

/// Whether cues can currently be heard, for the settings page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "camelCase")]
pub enum AudioStatus {
    Available,
    /// `reason` is a sentence for people, starting "Sound is unavailable".
    Unavailable {
        reason: String,
    },
}

impl AudioStatus {
    fn unavailable(cause: &str) -> AudioStatus {
        AudioStatus::Unavailable {
            reason: format!("Sound is unavailable: {cause}."),
        }
    }

    /// The status after `error`, in plain words: a person at bedtime is told what happened, not the sound
    /// system's own message (which the log keeps).
    fn failed(error: &AudioError) -> AudioStatus {
        match error {
            AudioError::NoDevice(_) => Self::unavailable("no sound device was found"),
            AudioError::DeviceLost(_) => Self::unavailable("the sound device stopped working"),
            AudioError::Thread(_) => Self::unavailable("the sound thread could not start"),
            other => Self::unavailable(&other.to_string()),
        }
    }
}

/// A cheap, cloneable handle to the sound thread. Every call returns at once; when the thread or the device is
/// gone, calls are silently dropped and [`Audio::status`] says why.
#[derive(Debug, Clone)]
pub struct Audio {
    messages: Sender<Message>,
    status: Arc<Mutex<AudioStatus>>,
}

impl Audio {
    /// Starts the sound thread on the system's default output device.
    pub fn spawn(settings: AudioSettings) -> Audio {
        Audio::spawn_with(settings, SystemDevice)
    }

    /// Starts the sound thread on `device`; tests pass a fake one. An invalid volume is clamped rather than
    /// refused, because start-up must not fail over a sound setting.
    pub fn spawn_with<D: Device>(settings: AudioSettings, device: D) -> Audio {
        let settings = match settings.validate() {
            Ok(()) => settings,
            Err(error) => {
                log::warn!("{error} Using a safe volume instead.");
                AudioSettings {
                    volume: if settings.volume.is_finite() {
                        settings.volume.clamp(0.0, 1.0)
                    } else {
                        AudioSettings::default().volume
                    },
                    ..settings
                }
            }
        };
        let (messages, inbox) = mpsc::channel();
        // Until the thread has tried the device, the honest answer is that sound is not ready yet.
        let status = Arc::new(Mutex::new(AudioStatus::unavailable(
            "the sound output is still opening",
        )));
        let shared = Arc::clone(&status);
        let started = thread::Builder::new()
            .name("limber-audio".into())
            .spawn(move || playback::run(Playback::new(device, settings), inbox, shared));
        if let Err(error) = started {
            let error = AudioError::Thread(error.to_string());
            log::error!("{error}");
            publish(&status, AudioStatus::failed(&error));
        }
        Audio { messages, status }
    }

    /// Plays a synthesised cue, unless sound is off.
    pub fn play(&self, sound: Sound) {
        self.send(Message::Play(sound));
    }

    /// Speaks a phrase, unless sound or voice is off.
    pub fn say(&self, voice: Voice) {
        self.send(Message::Say(voice));
    }

    /// Replaces the settings; an out-of-range volume is refused and the old settings stay.
    pub fn set_settings(&self, settings: AudioSettings) -> Result<(), AudioError> {
        settings.validate()?;
        self.send(Message::Settings(settings));
        Ok(())
    }

    /// Whether cues can currently be heard.
    pub fn status(&self) -> AudioStatus {
        self.status
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn send(&self, message: Message) {
        // A closed channel means the thread is gone; the status already says so, and a cue is never worth an
        // error for the caller.
        if self.messages.send(message).is_err() {
            log::debug!("the sound thread is gone; a cue was dropped");
        }
    }
}

/// Stores the latest status where [`Audio::status`] reads it.
fn publish(status: &Mutex<AudioStatus>, latest: AudioStatus) {
    let mut current = status.lock().unwrap_or_else(PoisonError::into_inner);
    if *current != latest {
        log::info!("sound status: {latest:?}");
        *current = latest;
    }
}

#[cfg(test)]
mod tests;
