//! The real output device: the system's default sound output through rodio (and cpal underneath).
//!
//! It owns opening the device and noticing that it went away. It must only be used on the sound thread (a cpal
//! stream is not `Send` on every platform), and must never print to the terminal on its own: rodio's messages
//! are turned off and our log is used instead.

use std::num::NonZero;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rodio::cpal::traits::{DeviceTrait, HostTrait};
use rodio::cpal::BufferSize;
use rodio::{
    ChannelCount, CpalError, CpalErrorKind, DeviceSinkBuilder, DeviceSinkError, MixerDeviceSink,
    SampleRate, Source,
};

use super::playback::{Device, Output, Play, StartProbe};
use super::AudioError;

/// The output buffer asked for, in frames: about 10 ms at 48 kHz.
const BUFFER_FRAMES: u32 = 512;

/// The system's default sound output.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemDevice;

/// An open stream on the system's sound output.
pub struct SystemOutput {
    sink: MixerDeviceSink,
    /// Set by cpal's error callback, on its own thread, when the stream can no longer play.
    lost: Arc<AtomicBool>,
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
        Ok(SystemOutput { sink, lost })
    }
}

/// Opens the default device, or failing that the first other real device, the way rodio's
/// `open_default_sink` does, but with an error callback so that a vanished device is noticed.
fn open_sink<E>(on_error: E) -> Result<MixerDeviceSink, DeviceSinkError>
where
    E: FnMut(CpalError) + Send + Clone + 'static,
{
    // A short buffer first: the mixer takes a new clip in once per fill, so the fill's length is the jitter of
    // a clip's start; rodio's default (about 43 ms) would be twice the voice's target.
    let short = DeviceSinkBuilder::from_default_device().and_then(|builder| {
        builder
            .with_buffer_size(BufferSize::Fixed(BUFFER_FRAMES))
            .with_error_callback(on_error.clone())
            .open_sink_or_fallback()
    });
    if let Ok(sink) = short {
        return Ok(sink);
    }
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
        self.sink.mixer().add(Clip::new(play, rate));
        Ok(())
    }
}

/// Mono samples preceded by silence, as a rodio source. The mixer takes a new source in at the start of its next
/// fill of the device's buffer, which may be a buffer's length after it was handed over; so the silence is
/// measured when the clip is first pulled, from then to the planned start, and the first sample lands on the
/// planned instant of the stream whatever the thread and buffer timing. The probe learns when that is.
struct Clip {
    rate: SampleRate,
    /// When the first sample should sound (on the stream's timeline, before the device's own latency).
    planned: Instant,
    /// The silence before the first sample, known once the mixer first pulls the clip.
    lead: Option<usize>,
    data: Vec<f32>,
    position: usize,
    probe: Option<StartProbe>,
}

impl Clip {
    fn new(play: Play, rate: SampleRate) -> Clip {
        Clip {
            rate,
            planned: Instant::now() + play.delay,
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
        let wait = self.planned.saturating_duration_since(pulled);
        let lead = (wait.as_secs_f64() * f64::from(self.rate.get())).round() as usize;
        if let Some(probe) = self.probe.take() {
            // The first sample sounds `lead` samples into this fill, or now if the clip was taken in late.
            probe.fire(pulled.max(self.planned));
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
