//! The logic of the sound thread: which messages it takes, when it opens, retries and closes the output device,
//! and how the user's settings shape what reaches the device.
//!
//! It owns the device's life cycle behind two small traits, [`Device`] and [`Output`], so that it can be tested
//! with a fake device and explicit instants. It must never block a caller (it only ever runs on its own thread),
//! never panic, and never retry a missing device more often than every [`RETRY_EVERY`].

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{publish, AudioError, AudioSettings, AudioStatus, Samples, Sound, Voice};

/// How long to wait before trying a missing or broken device again. Opening is cheap, but ALSA logs every
/// failure, and a headset plugged in later only needs to be noticed eventually.
pub const RETRY_EVERY: Duration = Duration::from_secs(30);

/// How long the device stays open after the last cue has ended. An open stream keeps the sound server and the
/// CPU awake for nothing, and the app spends most of its day waiting in the tray; within a session, cues come
/// far more often than this, so a session keeps one stream.
pub const CLOSE_WHEN_QUIET_FOR: Duration = Duration::from_secs(60);

/// The longest the thread waits, when told to stop, for a playing cue to finish.
const FINISH_AT_MOST: Duration = Duration::from_secs(3);

/// Something that can open an [`Output`]: the system's default device, or a fake in tests.
pub trait Device: Send + 'static {
    type Output: Output;
    /// Opens the device. It may take a while; it runs on the sound thread.
    fn open(&mut self) -> Result<Self::Output, AudioError>;
}

/// An open output stream. Dropping it closes the device.
pub trait Output {
    /// Starts playing `samples` mixed with whatever is already playing, and returns without waiting.
    /// An error means the device is gone and this output should be dropped.
    fn play(&mut self, samples: &Samples) -> Result<(), AudioError>;
}

/// The closed set of requests the sound thread takes.
#[derive(Debug)]
pub enum Message {
    Play(Sound),
    Say(Voice),
    Settings(AudioSettings),
}

/// The state of the connection to the device.
enum Link<O> {
    /// Open; the last cue ends at `quiet_from`.
    Open { output: O, quiet_from: Instant },
    /// Closed because nothing played for a while; the device worked last time, so it is opened on demand.
    Closed,
    /// The last attempt to open or play failed at `at`.
    Failed { at: Instant, error: AudioError },
}

/// The sound thread's state: the device, the settings and the link between them.
pub struct Playback<D: Device> {
    device: D,
    settings: AudioSettings,
    link: Link<D::Output>,
}

impl<D: Device> Playback<D> {
    pub fn new(device: D, settings: AudioSettings) -> Playback<D> {
        Playback {
            device,
            settings,
            link: Link::Closed,
        }
    }

    /// Opens the device once at start-up, so the status is known before the first cue is needed.
    pub fn start(&mut self, now: Instant) {
        self.open(now);
    }

    pub fn handle(&mut self, message: Message, now: Instant) {
        match message {
            Message::Settings(settings) => self.settings = settings,
            Message::Play(sound) => {
                if self.audible() {
                    self.deliver(super::render(sound), now);
                }
            }
            Message::Say(voice) => {
                if self.audible() && self.settings.voice {
                    match voice.render() {
                        Ok(samples) => self.deliver(samples, now),
                        Err(error) => log::warn!("a voice cue was skipped: {error}"),
                    }
                }
            }
        }
    }

    /// Closes an output that has been quiet for [`CLOSE_WHEN_QUIET_FOR`].
    pub fn tick(&mut self, now: Instant) {
        if let Link::Open { quiet_from, .. } = &self.link {
            if now >= *quiet_from + CLOSE_WHEN_QUIET_FOR {
                log::debug!("closing the quiet sound output");
                self.link = Link::Closed;
            }
        }
    }

    /// How long the thread may sleep before [`Playback::tick`] has work to do, or `None` for "until a message".
    pub fn wake_after(&self, now: Instant) -> Option<Duration> {
        match &self.link {
            Link::Open { quiet_from, .. } => {
                Some((*quiet_from + CLOSE_WHEN_QUIET_FOR).saturating_duration_since(now))
            }
            Link::Closed | Link::Failed { .. } => None,
        }
    }

    /// How long the cues already sent to the device still play.
    pub fn finishes_after(&self, now: Instant) -> Duration {
        match &self.link {
            Link::Open { quiet_from, .. } => quiet_from.saturating_duration_since(now),
            Link::Closed | Link::Failed { .. } => Duration::ZERO,
        }
    }

    pub fn status(&self) -> AudioStatus {
        match &self.link {
            Link::Open { .. } | Link::Closed => AudioStatus::Available,
            Link::Failed { error, .. } => AudioStatus::failed(error),
        }
    }

    /// Whether anything can be heard at all with the current settings; when not, the device is left alone.
    fn audible(&self) -> bool {
        self.settings.sound && self.settings.gain() > 0.0
    }

    /// Sends samples, scaled by the volume, to the device, opening it first if needed and allowed.
    fn deliver(&mut self, samples: Samples, now: Instant) {
        let samples = samples.scaled(self.settings.gain());
        let ready = match &self.link {
            Link::Open { .. } => true,
            Link::Closed => self.open(now),
            Link::Failed { at, .. } if now.saturating_duration_since(*at) >= RETRY_EVERY => {
                self.open(now)
            }
            Link::Failed { .. } => false,
        };
        if !ready {
            return;
        }
        if let Err(error) = self.play_on_open(&samples, now) {
            // The device went away (a headset unplugged, say). Another device may have taken its place, so try
            // once at once instead of waiting for the retry interval; a second failure waits.
            log::warn!("{error}; trying the sound output again");
            if self.open(now) {
                if let Err(error) = self.play_on_open(&samples, now) {
                    log::warn!("{error}");
                    self.link = Link::Failed { at: now, error };
                }
            }
        }
    }

    /// Plays on the open output and notes when it falls quiet; on error the link is closed.
    fn play_on_open(&mut self, samples: &Samples, now: Instant) -> Result<(), AudioError> {
        let length = samples.duration();
        if let Link::Open { output, quiet_from } = &mut self.link {
            match output.play(samples) {
                Ok(()) => {
                    *quiet_from = (*quiet_from).max(now + length);
                    Ok(())
                }
                Err(error) => {
                    self.link = Link::Closed;
                    Err(error)
                }
            }
        } else {
            Ok(())
        }
    }

    /// Tries to open the device; returns whether it is open.
    fn open(&mut self, now: Instant) -> bool {
        // Drop any old output first, so the device is free to be opened again.
        self.link = Link::Closed;
        match self.device.open() {
            Ok(output) => {
                self.link = Link::Open {
                    output,
                    quiet_from: now,
                };
                true
            }
            Err(error) => {
                log::warn!("{error}");
                self.link = Link::Failed { at: now, error };
                false
            }
        }
    }
}

/// The sound thread's loop: takes messages until every [`super::Audio`] handle is dropped, publishing the status
/// after each change.
pub fn run<D: Device>(
    mut playback: Playback<D>,
    inbox: Receiver<Message>,
    status: Arc<Mutex<AudioStatus>>,
) {
    playback.start(Instant::now());
    publish(&status, playback.status());
    loop {
        let received = match playback.wake_after(Instant::now()) {
            Some(wait) => inbox.recv_timeout(wait),
            None => inbox.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match received {
            Ok(message) => playback.handle(message, Instant::now()),
            Err(RecvTimeoutError::Timeout) => playback.tick(Instant::now()),
            Err(RecvTimeoutError::Disconnected) => break,
        }
        publish(&status, playback.status());
    }
    // Let a closing "well done" finish instead of cutting it off when the app quits.
    std::thread::sleep(playback.finishes_after(Instant::now()).min(FINISH_AT_MOST));
}
