//! The real output device: the system's default sound output through rodio (and cpal underneath).
//!
//! It owns opening the device and noticing that it went away. It must only be used on the sound thread (a cpal
//! stream is not `Send` on every platform), and must never print to the terminal on its own: rodio's messages
//! are turned off and our log is used instead.

use std::num::NonZero;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rodio::cpal::traits::{DeviceTrait, HostTrait};
use rodio::{
    ChannelCount, CpalError, CpalErrorKind, DeviceSinkBuilder, DeviceSinkError, MixerDeviceSink,
    SampleRate, Source,
};

use super::playback::{Device, Output, Play, StartProbe};
use super::AudioError;

/// The system's default sound output.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemDevice;

/// An open stream on the system's sound output.
pub struct SystemOutput {
    sink: MixerDeviceSink,
    /// Set by cpal's error callback, on its own thread, when the stream can no longer play.
    lost: Arc<AtomicBool>,
    clock: Arc<StreamClock>,
}

impl Device for SystemDevice {
    type Output = SystemOutput;

    fn open(&mut self) -> Result<SystemOutput, AudioError> {
        let lost = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&lost);
        let on_error = move |error: CpalError| {
            // Underruns and reroutes are glitches the stream survives; anything else means it has stopped.
            if matches!(
                error.kind(),
                CpalErrorKind::Xrun | CpalErrorKind::DeviceChanged | CpalErrorKind::RealtimeDenied
            ) {
                log::debug!("sound output: {error}");
            } else {
                log::warn!("the sound output failed: {error}");
                flag.store(true, Ordering::Relaxed);
            }
        };
        let mut sink =
            open_sink(on_error).map_err(|error| AudioError::NoDevice(describe(&error)))?;
        sink.log_on_drop(false);
        log::info!("sound output opened: {:?}", sink.config());
        let clock = Arc::new(StreamClock::new(sink.config().sample_rate()));
        sink.mixer().add(Ticker(Arc::clone(&clock)));
        Ok(SystemOutput { sink, lost, clock })
    }
}

/// Opens the default device, or failing that the first other real device, the way rodio's
/// `open_default_sink` does, but with an error callback so that a vanished device is noticed.
fn open_sink<E>(on_error: E) -> Result<MixerDeviceSink, DeviceSinkError>
where
    E: FnMut(CpalError) + Send + Clone + 'static,
{
    let first = match DeviceSinkBuilder::from_default_device() {
        Ok(builder) => match builder
            .with_error_callback(on_error.clone())
            .open_sink_or_fallback()
        {
            Ok(sink) => return Ok(sink),
            Err(error) => error,
        },
        Err(error) => error,
    };
    let Ok(devices) = rodio::cpal::default_host().output_devices() else {
        return Err(first);
    };
    devices
        // ALSA's "null" device accepts sound and plays nothing; reporting it as working would hide the problem.
        .filter(|device| {
            device.description().is_ok_and(|description| {
                description.driver().is_some_and(|driver| driver != "null")
            })
        })
        .find_map(|device| {
            DeviceSinkBuilder::from_device(device)
                .and_then(|builder| {
                    builder
                        .with_error_callback(on_error.clone())
                        .open_sink_or_fallback()
                })
                .ok()
        })
        .ok_or(first)
}

/// rodio's error, followed by its causes: its own messages are terse ("Failed to get the config for the
/// given device") and the cause says why.
fn describe(error: &DeviceSinkError) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

impl Output for SystemOutput {
    fn play(&mut self, play: Play) -> Result<(), AudioError> {
        if self.lost.load(Ordering::Relaxed) {
            return Err(AudioError::DeviceLost(
                "the stream reported an error".into(),
            ));
        }
        let Some(rate) = NonZero::new(play.samples.rate) else {
            // Nothing sensible can be played at zero samples per second; it is not the device's fault.
            return Ok(());
        };
        self.sink
            .mixer()
            .add(Clip::new(play, rate, Arc::clone(&self.clock)));
        Ok(())
    }
}

/// The output stream's own timeline: how many frames the mixer has pulled, and when frame zero was pulled as
/// seen from the system's clock. Pulls come in bursts, one per fill of the device's buffer, and a burst can only
/// be late, never early; so the earliest `pulled at - frame / rate` seen is the stream's true start, and any
/// frame `f` is pulled at `start + f / rate` plus a constant. A clip scheduled on this timeline starts on its
/// planned frame whatever the buffer size and however late a fill's thread wakes. The minimum is taken over a
/// window of a few seconds at a time, so a sound card's clock that drifts from the system's is followed.
struct StreamClock {
    origin: Instant,
    rate: f64,
    frames: AtomicU64,
    start: Mutex<Window>,
}

/// The smallest `pulled at - frame / rate` of the last complete window and of the current one, in seconds
/// from the clock's origin.
#[derive(Debug, Clone, Copy)]
struct Window {
    settled: Option<f64>,
    current: f64,
    ends_at_frame: u64,
}

/// How many frames a window of the minimum lasts: half a second at 48 kHz, a dozen fills of the buffer, so
/// that one fill on time is enough and a change of the buffer's level (after an underrun) is followed soon.
const WINDOW_FRAMES: u64 = 24_000;
/// How often, in frames, the ticker reads the system's clock.
const LOOK_EVERY: u64 = 32;

impl StreamClock {
    fn new(rate: SampleRate) -> StreamClock {
        StreamClock {
            origin: Instant::now(),
            rate: f64::from(rate.get()),
            frames: AtomicU64::new(0),
            start: Mutex::new(Window {
                settled: None,
                current: f64::INFINITY,
                ends_at_frame: WINDOW_FRAMES,
            }),
        }
    }

    /// Counts one pulled frame, and now and then compares it with the system's clock.
    fn tick(&self) {
        let frame = self.frames.fetch_add(1, Ordering::Relaxed) + 1;
        if !frame.is_multiple_of(LOOK_EVERY) {
            return;
        }
        let start = self.origin.elapsed().as_secs_f64() - frame as f64 / self.rate;
        let mut window = self.start.lock().unwrap_or_else(PoisonError::into_inner);
        window.current = window.current.min(start);
        // A lower start counts at once (also while the first window fills); at the end of a window the last
        // window's minimum replaces it, so a start that drifts later is followed too.
        window.settled = Some(
            window
                .settled
                .map_or(window.current, |s| s.min(window.current)),
        );
        if frame >= window.ends_at_frame {
            window.settled = Some(window.current);
            window.current = f64::INFINITY;
            window.ends_at_frame = frame + WINDOW_FRAMES;
        }
    }

    /// The frame being pulled now.
    fn now(&self) -> u64 {
        self.frames.load(Ordering::Relaxed)
    }

    /// The frame pulled at `at` on the stream's timeline, or none before the stream has been seen to run.
    fn frame_at(&self, at: Instant) -> Option<f64> {
        let start = self
            .start
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .settled?;
        let seconds = at.saturating_duration_since(self.origin).as_secs_f64() - start;
        Some(seconds * self.rate)
    }

    /// The instant `frame` is pulled on the stream's timeline.
    fn instant_of(&self, frame: f64) -> Option<Instant> {
        let start = self
            .start
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .settled?;
        let seconds = start + frame / self.rate;
        (seconds >= 0.0).then(|| self.origin + Duration::from_secs_f64(seconds))
    }
}

/// A silent source that stays in the mixer for the life of the stream and counts its frames.
struct Ticker(Arc<StreamClock>);

impl Iterator for Ticker {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        self.0.tick();
        Some(0.0)
    }
}

impl Source for Ticker {
    fn current_span_len(&self) -> Option<usize> {
        None
    }

    fn channels(&self) -> ChannelCount {
        NonZero::<u16>::MIN
    }

    fn sample_rate(&self) -> SampleRate {
        // The stream's own rate, so that the mixer pulls exactly one sample of it per frame.
        NonZero::new(self.0.rate as u32).unwrap_or(NonZero::<u32>::MIN)
    }

    fn total_duration(&self) -> Option<Duration> {
        None
    }
}

/// Mono samples preceded by silence, as a rodio source. The mixer takes a new source in at its next fill of
/// the device's buffer, which may come a buffer's length after the hand-over; so the silence is measured when
/// the clip is first pulled, on the stream's own timeline ([`StreamClock`]), from the frame being pulled to the
/// frame of the planned start. The probe learns when that frame is pulled.
struct Clip {
    rate: SampleRate,
    /// When the first sample should sound (on the stream's timeline, before the device's own latency).
    planned: Instant,
    clock: Arc<StreamClock>,
    /// The silence before the first sample, known once the mixer first pulls the clip.
    lead: Option<usize>,
    data: Vec<f32>,
    position: usize,
    probe: Option<StartProbe>,
}

impl Clip {
    fn new(play: Play, rate: SampleRate, clock: Arc<StreamClock>) -> Clip {
        Clip {
            rate,
            planned: Instant::now() + play.delay,
            clock,
            lead: None,
            data: play.samples.data,
            position: 0,
            probe: play.probe,
        }
    }

    fn lead(&mut self) -> usize {
        if let Some(lead) = self.lead {
            return lead;
        }
        let pulled = Instant::now();
        let now = self.clock.now() as f64;
        let (lead_frames, started) = match self.clock.frame_at(self.planned) {
            Some(target) => {
                let ahead = (target - now).max(0.0);
                (ahead, self.clock.instant_of(now + ahead))
            }
            // Before the stream has been seen to run, the system's clock is all there is.
            None => {
                let wait = self.planned.saturating_duration_since(pulled).as_secs_f64();
                (wait * self.clock.rate, None)
            }
        };
        let lead = (lead_frames * f64::from(self.rate.get()) / self.clock.rate).round() as usize;
        if let Some(probe) = self.probe.take() {
            probe.fire(started.unwrap_or_else(|| pulled.max(self.planned)));
        }
        self.lead = Some(lead);
        lead
    }
}

impl Iterator for Clip {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        let lead = self.lead();
        let at = self.position;
        self.position += 1;
        if at < lead {
            return Some(0.0);
        }
        self.data.get(at - lead).copied()
    }
}

impl Source for Clip {
    fn current_span_len(&self) -> Option<usize> {
        Some((self.lead.unwrap_or(0) + self.data.len()).saturating_sub(self.position))
    }

    fn channels(&self) -> ChannelCount {
        NonZero::<u16>::MIN
    }

    fn sample_rate(&self) -> SampleRate {
        self.rate
    }

    fn total_duration(&self) -> Option<Duration> {
        Some(Duration::from_secs_f64(
            (self.lead.unwrap_or(0) + self.data.len()) as f64 / f64::from(self.rate.get()),
        ))
    }
}
