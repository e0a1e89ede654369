//! The audio cues of a guided session: gentle synthesised sounds (a step starts, the last seconds tick, switch
//! sides, breathe in and out, a step or the session is done) and the voice coach's pre-rendered spoken clips.
//!
//! It owns the output device, on one dedicated thread that takes closed [`Message`]s over a channel, so a caller
//! is never blocked by a slow or missing sound card. It must never panic, never block its callers, never decide
//! *when* a cue is due (the session driver does, from the engine), and never be loud: every sound is rendered
//! here with soft edges and a modest peak, and the user's volumes only ever scale it down. The voice goes
//! through one lane (`limber_core::speech::Lane`): a clip never starts while another plays, a count that would
//! be late is dropped, and each clip's real start is measured against its cue ([`ClipStart`]).

mod device;
mod playback;
mod synth;
mod voice;

use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use limber_core::speech::Phrase;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use device::SystemDevice;
pub use playback::{ClipDrop, ClipStart, Device, Output, Play, VoiceLog};
pub use synth::{render, Sound, BREATH_MILLIS, SAMPLE_RATE};
pub use voice::{
    clip_bytes, decode_clip, languages as voice_languages, voice_dir, words as voice_words, Pace,
    Voice, CLIP_NAMES,
};

use limber_app::settings::AudioSettings;
use limber_app::words::Words;
use limber_core::settings::VolumeError;
use playback::{Message, Playback};

/// Everything that can go wrong with sound, by cause.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AudioError {
    #[error("The volume must be a number from 0 to 1, not {0}.")]
    InvalidVolume(f32),
    #[error("The voice volume must be a number from 0 to 1, not {0}.")]
    InvalidVoiceVolume(f32),
    #[error("no sound output device could be opened ({0})")]
    NoDevice(String),
    #[error("the sound output device stopped working ({0})")]
    DeviceLost(String),
    #[error("the voice clip \"{clip}\" cannot be read: {reason}")]
    InvalidClip { clip: String, reason: String },
    #[error("there is no voice clip for \"{0}\"")]
    UnknownClip(String),
    #[error("the sound thread could not start ({0})")]
    Thread(String),
}

impl From<VolumeError> for AudioError {
    fn from(error: VolumeError) -> Self {
        match error {
            VolumeError::Tones(volume) => AudioError::InvalidVolume(volume),
            VolumeError::Voice(volume) => AudioError::InvalidVoiceVolume(volume),
        }
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
        reason: Words,
    },
}

impl AudioStatus {
    fn unavailable(cause: Words) -> AudioStatus {
        AudioStatus::Unavailable {
            reason: Words::new("sound-off-because").with("cause", cause),
        }
    }

    /// The status after `error`, in plain words: a person at bedtime is told what happened, not the sound
    /// system's own message (which the log keeps).
    fn failed(error: &AudioError) -> AudioStatus {
        Self::unavailable(match error {
            AudioError::NoDevice(_) => Words::new("sound-cause-no-device"),
            AudioError::DeviceLost(_) => Words::new("sound-cause-device-lost"),
            AudioError::Thread(_) => Words::new("sound-cause-thread"),
            // A voice clip that cannot be read or is missing is Limber's own fault; its words stay English.
            other => Words::as_said(other.to_string()),
        })
    }
}

impl AudioError {
    /// The error as a sentence of the catalogue, for a command that refuses a setting.
    pub fn words(&self) -> Words {
        match self {
            AudioError::InvalidVolume(volume) => volume_words(&VolumeError::Tones(*volume)),
            AudioError::InvalidVoiceVolume(volume) => volume_words(&VolumeError::Voice(*volume)),
            other => Words::as_said(other.to_string()),
        }
    }
}

/// The refusal of a volume out of range, as the settings page says it.
pub fn volume_words(error: &VolumeError) -> Words {
    match error {
        VolumeError::Tones(volume) => {
            Words::new("sound-invalid-volume").with("volume", volume.to_string())
        }
        VolumeError::Voice(volume) => {
            Words::new("sound-invalid-voice-volume").with("volume", volume.to_string())
        }
    }
}

/// A cheap, cloneable handle to the sound thread. Every call returns at once; when the thread or the device is
/// gone, calls are silently dropped and [`Audio::status`] says why.
#[derive(Debug, Clone)]
pub struct Audio {
    messages: Sender<Message>,
    status: Arc<Mutex<AudioStatus>>,
    settings: Arc<Mutex<AudioSettings>>,
    voice_log: Arc<Mutex<VoiceLog>>,
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
                let safe = |volume: f32| {
                    if volume.is_finite() {
                        volume.clamp(0.0, 1.0)
                    } else {
                        AudioSettings::default().volume
                    }
                };
                AudioSettings {
                    volume: safe(settings.volume),
                    voice_volume: safe(settings.voice_volume),
                    ..settings
                }
            }
        };
        let (messages, inbox) = mpsc::channel();
        // Until the thread has tried the device, the honest answer is that sound is not ready yet.
        let status = Arc::new(Mutex::new(AudioStatus::unavailable(Words::new(
            "sound-cause-opening",
        ))));
        let voice_log = Arc::new(Mutex::new(VoiceLog::default()));
        let shared = Arc::clone(&status);
        let reported = Arc::clone(&voice_log);
        // The playback is made on its thread: an open output stream may not move between threads.
        let started = thread::Builder::new()
            .name("limber-audio".into())
            .spawn(move || playback::run(Playback::new(device, settings, reported), inbox, shared));
        if let Err(error) = started {
            let error = AudioError::Thread(error.to_string());
            log::error!("{error}");
            publish(&status, AudioStatus::failed(&error));
        }
        Audio {
            messages,
            status,
            settings: Arc::new(Mutex::new(settings)),
            voice_log,
        }
    }

    /// Plays a synthesised cue, unless sound is off.
    pub fn play(&self, sound: Sound) {
        self.send(Message::Play(sound));
    }

    /// Speaks a phrase in `voice` (the voice of the session's language) due at `due` through the voice lane (it
    /// may wait for the clip before it, or be dropped), unless sound or the coach is off. `night` picks the
    /// gentle night voice when the settings allow.
    pub fn say(&self, phrase: Phrase, voice: Voice, due: Instant, night: bool) {
        self.send(Message::Say {
            phrase,
            voice,
            due,
            night,
        });
    }

    /// Decodes these clips of `voice` ahead of a session, so that no clip's start waits for its decoding.
    pub fn prepare(&self, phrases: Vec<Phrase>, voice: Voice, night: bool) {
        self.send(Message::Prepare {
            phrases,
            voice,
            night,
        });
    }

    /// Replaces the settings; an out-of-range volume is refused and the old settings stay.
    pub fn set_settings(&self, settings: AudioSettings) -> Result<(), AudioError> {
        settings.validate()?;
        *self.settings.lock().unwrap_or_else(PoisonError::into_inner) = settings;
        self.send(Message::Settings(settings));
        Ok(())
    }

    /// The settings in force.
    pub fn settings(&self) -> AudioSettings {
        *self.settings.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether cues can currently be heard.
    pub fn status(&self) -> AudioStatus {
        self.status
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The voice clips that started since the last call, each with its cue and its real start, and the phrases
    /// the lane dropped (for the cue-lateness benchmark and the tests).
    pub fn take_voice_log(&self) -> VoiceLog {
        std::mem::take(
            &mut *self
                .voice_log
                .lock()
                .unwrap_or_else(PoisonError::into_inner),
        )
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
