//! The logic of the sound thread: which messages it takes, when it opens, retries and closes the output device,
//! and how the user's settings shape what reaches the device.
//!
//! It owns the device's life cycle behind two small traits, [`Device`] and [`Output`], so that it can be tested
//! with a fake device and explicit instants, and the voice lane: each spoken clip is placed by
//! `limber_core::speech::Lane` on this thread's timeline and handed to the device with the silence it must wait,
//! so its start is sample-exact on the output stream. It must never block a caller (it only ever runs on its own
//! thread), never panic, and never retry a missing device more often than every [`RETRY_EVERY`].

use std::collections::HashMap;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use limber_core::speech::{Coach, Lane, Phrase, Placement};

use super::voice::{decode_clip, Pace, Voice};
use super::{publish, AudioError, AudioSettings, AudioStatus, Samples, Sound};

/// How long to wait before trying a missing or broken device again. Opening is cheap, but ALSA logs every
/// failure, and a headset plugged in later only needs to be noticed eventually.
pub const RETRY_EVERY: Duration = Duration::from_secs(30);

/// How long the device stays open after the last cue has ended. An open stream keeps the sound server and the
/// CPU awake for nothing, and the app spends most of its day waiting in the tray; within a session, cues come
/// far more often than this, so a session keeps one stream.
pub const CLOSE_WHEN_QUIET_FOR: Duration = Duration::from_secs(60);

/// How many samples of synthesised cues are kept while the output is open: about 21 s of sound, 4 MB. A routine
/// repeats a few cues (a breath of each length it uses, the ticks, the chimes); a longest, 15 s breath is
/// 720,000 samples. When one more would not fit, the kept ones are dropped.
pub const SOUNDS_KEPT: usize = 1_000_000;

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
    /// Starts playing `play.samples` after `play.delay` of silence, mixed with whatever is already playing, and
    /// returns without waiting. An error means the device is gone and this output should be dropped.
    fn play(&mut self, play: Play) -> Result<(), AudioError>;
}

/// Something to play, and when.
#[derive(Debug, Clone, PartialEq)]
pub struct Play {
    pub samples: Samples,
    /// Silence before the first sample: the wait the voice lane decided, measured from the hand-over.
    pub delay: Duration,
    /// For a voice clip: where to report the instant its first sample reaches the output stream.
    pub probe: Option<StartProbe>,
}

/// Reports when a voice clip really started, into the log [`super::Audio::take_voice_log`] drains.
#[derive(Debug, Clone)]
pub struct StartProbe {
    pub clip: String,
    pub due: Instant,
    pub planned: Instant,
    pub log: Arc<Mutex<VoiceLog>>,
}

impl PartialEq for StartProbe {
    fn eq(&self, other: &Self) -> bool {
        (&self.clip, self.due, self.planned) == (&other.clip, other.due, other.planned)
    }
}

impl StartProbe {
    /// Records that the clip's first sample reached the output stream at `started`.
    pub fn fire(&self, started: Instant) {
        let start = ClipStart {
            clip: self.clip.clone(),
            due: self.due,
            planned: self.planned,
            started,
        };
        log::debug!(
            "voice: {} started {:+.1} ms from its cue{}",
            start.clip,
            start.error_ms(),
            if start.planned.saturating_duration_since(start.due) > Duration::from_millis(1) {
                format!(
                    " (waited {} ms for the clip before it)",
                    (start.planned - start.due).as_millis()
                )
            } else {
                String::new()
            }
        );
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .started
            .push(start);
    }
}

/// What the voice lane did with each phrase since the log was last taken.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VoiceLog {
    pub started: Vec<ClipStart>,
    pub dropped: Vec<ClipDrop>,
}

/// A phrase the lane dropped: the voice was busy at its cue, or it was handed over too late for its timing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClipDrop {
    pub clip: String,
    pub due: Instant,
    /// When the sound thread was handed the phrase.
    pub offered: Instant,
}

/// When one voice clip was due and when its first sample reached the output stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClipStart {
    pub clip: String,
    /// The instant of the engine's cue.
    pub due: Instant,
    /// Where the lane placed it: the cue, or later when it waited for the clip before it.
    pub planned: Instant,
    /// When its first sample was handed to the device's stream.
    pub started: Instant,
}

impl ClipStart {
    /// How far the real start was from the planned one, in milliseconds (negative: early).
    pub fn error_ms(&self) -> f64 {
        if self.started >= self.planned {
            (self.started - self.planned).as_secs_f64() * 1000.0
        } else {
            -(self.planned - self.started).as_secs_f64() * 1000.0
        }
    }
}

/// The closed set of requests the sound thread takes.
#[derive(Debug)]
pub enum Message {
    Play(Sound),
    /// Say `phrase` in `voice`: the session's language's voice, never another's.
    Say {
        phrase: Phrase,
        voice: Voice,
        due: Instant,
        night: bool,
    },
    Prepare {
        phrases: Vec<Phrase>,
        voice: Voice,
        night: bool,
    },
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

/// The sound thread's state: the device, the settings, the link between them, and the voice lane.
pub struct Playback<D: Device> {
    device: D,
    settings: AudioSettings,
    link: Link<D::Output>,
    /// The origin of the lane's millisecond timeline.
    origin: Instant,
    lane: Lane,
    /// Decoded clips, kept while the output is open (a session), dropped with it.
    clips: HashMap<(Phrase, Voice, Pace), Samples>,
    /// Synthesised cues, unscaled, kept and dropped like the clips: a routine repeats the same few cues (a
    /// breath of the same length, the countdown's ticks), and a long breath takes a few milliseconds of CPU to
    /// synthesise. At most [`SOUNDS_KEPT`] samples in all.
    sounds: HashMap<Sound, Samples>,
    /// How many cues were synthesised (the tests count them).
    renders: usize,
    log: Arc<Mutex<VoiceLog>>,
}

impl<D: Device> Playback<D> {
    pub fn new(device: D, settings: AudioSettings, log: Arc<Mutex<VoiceLog>>) -> Playback<D> {
        Playback {
            device,
            settings,
            link: Link::Closed,
            origin: Instant::now(),
            lane: Lane::default(),
            clips: HashMap::new(),
            sounds: HashMap::new(),
            renders: 0,
            log,
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
                // Nothing is synthesised for a device that cannot take it: on a machine without sound a
                // session would otherwise render every breath for nothing until the next retry.
                if self.audible() && self.ready(now) {
                    let samples = self.rendered(sound).scaled(self.settings.gain());
                    self.deliver(
                        Play {
                            samples,
                            delay: Duration::ZERO,
                            probe: None,
                        },
                        now,
                    );
                }
            }
            Message::Say {
                phrase,
                voice,
                due,
                night,
            } => self.say(phrase, voice, due, night, now),
            Message::Prepare {
                phrases,
                voice,
                night,
            } => {
                let pace = Pace::of(&self.settings, night);
                for phrase in phrases {
                    // A clip that cannot be decoded is reported when it is due.
                    let _ = self.clip(&phrase, voice, pace);
                }
            }
        }
    }

    /// Places a phrase in the voice lane and sends it to the device with the wait the lane decided.
    fn say(&mut self, phrase: Phrase, voice: Voice, due: Instant, night: bool, now: Instant) {
        // The settings' "Test the voice" speaks even while the coach is off: that is how a person chooses.
        let coached = self.settings.coach != Coach::Off || phrase == Phrase::Sample;
        let gain = self.settings.voice_gain(night);
        if !(self.settings.sound && coached && gain > 0.0) {
            return;
        }
        let pace = Pace::of(&self.settings, night);
        let samples = match self.clip(&phrase, voice, pace) {
            Ok(samples) => samples.clone(),
            Err(error) => {
                log::warn!("a voice cue was skipped: {error}");
                return;
            }
        };
        let length = u64::try_from(samples.duration().as_millis()).unwrap_or(u64::MAX);
        let due_ms = millis(due.saturating_duration_since(self.origin));
        let now_ms = millis(now.saturating_duration_since(self.origin));
        match self.lane.place(due_ms, now_ms, phrase.timing(), length) {
            Placement::Dropped => {
                log::debug!(
                    "voice: {} dropped: the voice was busy at its cue, or it came too late",
                    phrase.clip()
                );
                self.log
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .dropped
                    .push(ClipDrop {
                        clip: phrase.clip(),
                        due,
                        offered: now,
                    });
            }
            Placement::Start(at) => {
                let planned = self.origin + Duration::from_millis(at);
                let probe = StartProbe {
                    clip: phrase.clip(),
                    due,
                    planned,
                    log: Arc::clone(&self.log),
                };
                self.deliver(
                    Play {
                        samples: samples.scaled(gain),
                        delay: planned.saturating_duration_since(now),
                        probe: Some(probe),
                    },
                    now,
                );
            }
        }
    }

    /// The decoded clip of `phrase` in `voice` at `pace`, decoding it on first use.
    fn clip(&mut self, phrase: &Phrase, voice: Voice, pace: Pace) -> Result<&Samples, AudioError> {
        let key = (phrase.clone(), voice, pace);
        if !self.clips.contains_key(&key) {
            let samples = decode_clip(phrase, voice, pace)?;
            self.clips.insert(key.clone(), samples);
        }
        self.clips
            .get(&key)
            .ok_or_else(|| AudioError::UnknownClip(phrase.clip()))
    }

    /// The unscaled samples of `sound`, synthesised on first use while the output is open.
    fn rendered(&mut self, sound: Sound) -> Samples {
        if let Some(samples) = self.sounds.get(&sound) {
            return samples.clone();
        }
        self.renders += 1;
        let samples = super::render(sound);
        let kept: usize = self.sounds.values().map(|kept| kept.data.len()).sum();
        if kept + samples.data.len() > SOUNDS_KEPT {
            self.sounds.clear();
        }
        if samples.data.len() <= SOUNDS_KEPT {
            self.sounds.insert(sound, samples.clone());
        }
        samples
    }

    /// How many cues were synthesised since this playback began.
    #[cfg(test)]
    pub fn renders(&self) -> usize {
        self.renders
    }

    /// Closes an output that has been quiet for [`CLOSE_WHEN_QUIET_FOR`].
    pub fn tick(&mut self, now: Instant) {
        if let Link::Open { quiet_from, .. } = &self.link {
            if now >= *quiet_from + CLOSE_WHEN_QUIET_FOR {
                log::debug!("closing the quiet sound output");
                self.link = Link::Closed;
                self.clips.clear();
                self.sounds.clear();
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

    /// Sends already scaled samples to the device, opening it first if needed and allowed.
    fn deliver(&mut self, play: Play, now: Instant) {
        if !self.ready(now) {
            return;
        }
        if let Err(error) = self.play_on_open(&play, now) {
            // The device went away (a headset unplugged, say). Another device may have taken its place, so try
            // once at once instead of waiting for the retry interval; a second failure waits.
            log::warn!("{error}; trying the sound output again");
            if self.open(now) {
                if let Err(error) = self.play_on_open(&play, now) {
                    log::warn!("{error}");
                    self.link = Link::Failed { at: now, error };
                }
            }
        }
    }

    /// Whether the output is open, opening it first when it is closed or when a failed one is due for a retry.
    fn ready(&mut self, now: Instant) -> bool {
        match &self.link {
            Link::Open { .. } => true,
            Link::Closed => self.open(now),
            Link::Failed { at, .. } if now.saturating_duration_since(*at) >= RETRY_EVERY => {
                self.open(now)
            }
            Link::Failed { .. } => false,
        }
    }

    /// Plays on the open output and notes when it falls quiet; on error the link is closed.
    fn play_on_open(&mut self, play: &Play, now: Instant) -> Result<(), AudioError> {
        let length = play.delay + play.samples.duration();
        if let Link::Open { output, quiet_from } = &mut self.link {
            match output.play(play.clone()) {
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

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
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
