//! Tests of the sound thread's logic and the settings, against a fake device.

use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::json;

use super::playback::{Message, Playback, CLOSE_WHEN_QUIET_FOR, RETRY_EVERY};
use super::*;

/// What the fake device saw, and how it should behave.
#[derive(Debug, Default)]
struct Log {
    available: bool,
    open_delay: Duration,
    /// The next this many plays fail as if the device had been unplugged.
    failing_plays: usize,
    opens: usize,
    closes: usize,
    played: Vec<Samples>,
}

#[derive(Clone)]
struct FakeDevice(Arc<Mutex<Log>>);

struct FakeOutput(Arc<Mutex<Log>>);

impl FakeDevice {
    fn new(available: bool) -> FakeDevice {
        FakeDevice(Arc::new(Mutex::new(Log {
            available,
            ..Log::default()
        })))
    }

    /// The log, even after a failed assertion poisoned it, so that the fake's `Drop` never panics while a
    /// failing test unwinds (which would abort the whole test binary).
    fn log(&self) -> std::sync::MutexGuard<'_, Log> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Device for FakeDevice {
    type Output = FakeOutput;

    fn open(&mut self) -> Result<FakeOutput, AudioError> {
        let delay = self.log().open_delay;
        thread::sleep(delay);
        let mut log = self.log();
        log.opens += 1;
        if log.available {
            Ok(FakeOutput(Arc::clone(&self.0)))
        } else {
            Err(AudioError::NoDevice("the fake has no device".into()))
        }
    }
}

impl Output for FakeOutput {
    fn play(&mut self, samples: &Samples) -> Result<(), AudioError> {
        let mut log = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if log.failing_plays > 0 {
            log.failing_plays -= 1;
            return Err(AudioError::DeviceLost("the fake was unplugged".into()));
        }
        log.played.push(samples.clone());
        Ok(())
    }
}

impl Drop for FakeOutput {
    fn drop(&mut self) {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).closes += 1;
    }
}

fn settings(sound: bool, voice: bool, volume: f32) -> AudioSettings {
    AudioSettings {
        sound,
        voice,
        volume,
    }
}

fn voice(phrase: Voice) -> Samples {
    phrase.render().unwrap()
}

/// Feeds `messages` to a fresh playback on an available fake device and compares what reached the device.
fn check(initial: AudioSettings, messages: Vec<Message>, expected: Vec<Samples>) {
    let device = FakeDevice::new(true);
    let mut playback = Playback::new(device.clone(), initial);
    let now = Instant::now();
    playback.start(now);
    let described = format!("{initial:?} {messages:?}");
    for message in messages {
        playback.handle(message, now);
    }
    let played = &device.log().played;
    assert_eq!(
        played.len(),
        expected.len(),
        "{described}: wrong number of cues played"
    );
    for (got, want) in played.iter().zip(&expected) {
        assert_eq!(got, want, "{described}: a cue reached the device changed");
    }
}

#[test]
fn settings_decide_what_reaches_the_device_and_how_loud() {
    use Message::{Play, Say, Settings};
    let chime = || render(Sound::StepStart);
    let rows = vec![
        (
            settings(true, false, 1.0),
            vec![Play(Sound::StepStart)],
            vec![chime()],
        ),
        (
            settings(false, false, 1.0),
            vec![Play(Sound::StepStart)],
            vec![],
        ),
        (
            settings(false, true, 1.0),
            vec![Play(Sound::StepStart), Say(Voice::Rest)],
            vec![],
        ),
        (
            settings(true, false, 0.5),
            vec![Play(Sound::StepStart)],
            vec![chime().scaled(0.25)],
        ),
        (
            settings(true, false, 0.0),
            vec![Play(Sound::StepStart)],
            vec![],
        ),
        (
            settings(true, true, 1.0),
            vec![Say(Voice::Rest)],
            vec![voice(Voice::Rest)],
        ),
        (
            settings(true, true, 0.5),
            vec![Say(Voice::WellDone)],
            vec![voice(Voice::WellDone).scaled(0.25)],
        ),
        (settings(true, false, 1.0), vec![Say(Voice::Rest)], vec![]),
        (
            settings(true, true, 1.0),
            vec![Say(Voice::Exercise("cat-cow".into()))],
            vec![voice(Voice::Exercise("cat-cow".into()))],
        ),
        (
            settings(true, true, 1.0),
            vec![Say(Voice::Exercise("no-such-move".into()))],
            vec![],
        ),
        (
            settings(true, false, 1.0),
            vec![
                Play(Sound::StepStart),
                Settings(settings(false, false, 1.0)),
                Play(Sound::StepStart),
            ],
            vec![chime()],
        ),
        (
            settings(false, false, 1.0),
            vec![Settings(settings(true, false, 0.5)), Play(Sound::Halfway)],
            vec![render(Sound::Halfway).scaled(0.25)],
        ),
        (
            settings(true, false, 1.0),
            vec![
                Settings(settings(true, true, 1.0)),
                Say(Voice::SwitchSides),
                Play(Sound::SwitchSides),
            ],
            vec![voice(Voice::SwitchSides), render(Sound::SwitchSides)],
        ),
    ];
    for (initial, messages, expected) in rows {
        check(initial, messages, expected);
    }
}

#[test]
fn a_missing_device_is_retried_at_most_every_thirty_seconds() {
    let device = FakeDevice::new(false);
    let mut playback = Playback::new(device.clone(), settings(true, false, 1.0));
    let t0 = Instant::now();
    playback.start(t0);
    assert_eq!(device.log().opens, 1);
    assert!(matches!(playback.status(), AudioStatus::Unavailable { .. }));
    // (seconds after start, device plugged in?, opens so far, cues played so far, available?)
    let rows = [
        (1, false, 1, 0, false),
        (29, true, 1, 0, false),
        (30, false, 2, 0, false),
        (45, true, 2, 0, false),
        (60, true, 3, 1, true),
        (61, true, 3, 2, true),
    ];
    for (seconds, plugged, opens, played, available) in rows {
        device.log().available = plugged;
        playback.handle(
            Message::Play(Sound::Halfway),
            t0 + Duration::from_secs(seconds),
        );
        let log = device.log();
        assert_eq!(
            (log.opens, log.played.len()),
            (opens, played),
            "at {seconds} s"
        );
        assert_eq!(
            playback.status() == AudioStatus::Available,
            available,
            "at {seconds} s"
        );
    }
    assert_eq!(RETRY_EVERY, Duration::from_secs(30));
}

#[test]
fn an_unavailable_device_is_reported_with_its_reason() {
    let mut playback = Playback::new(FakeDevice::new(false), AudioSettings::default());
    playback.start(Instant::now());
    assert_eq!(
        playback.status(),
        AudioStatus::Unavailable {
            reason: "Sound is unavailable: no sound device was found.".into()
        }
    );
}

#[test]
fn sound_off_never_opens_a_missing_device_again() {
    let device = FakeDevice::new(false);
    let mut playback = Playback::new(device.clone(), settings(false, true, 1.0));
    let t0 = Instant::now();
    playback.start(t0);
    playback.handle(Message::Play(Sound::StepStart), t0 + RETRY_EVERY * 2);
    playback.handle(Message::Say(Voice::Rest), t0 + RETRY_EVERY * 3);
    assert_eq!(device.log().opens, 1);
}

#[test]
fn a_quiet_output_is_closed_and_reopened_on_demand() {
    let device = FakeDevice::new(true);
    let mut playback = Playback::new(device.clone(), settings(true, false, 1.0));
    let t0 = Instant::now();
    playback.start(t0);
    let cue = render(Sound::SessionDone).duration();
    playback.handle(Message::Play(Sound::SessionDone), t0);
    assert_eq!(playback.wake_after(t0), Some(cue + CLOSE_WHEN_QUIET_FOR));
    assert_eq!(playback.finishes_after(t0), cue);
    // (seconds after start to tick, closes so far)
    for (seconds, closes) in [(30, 0), (60, 0), (62, 1), (90, 1)] {
        playback.tick(t0 + Duration::from_secs(seconds));
        assert_eq!(device.log().closes, closes, "after a tick at {seconds} s");
    }
    assert_eq!(playback.status(), AudioStatus::Available);
    assert_eq!(playback.wake_after(t0), None);
    playback.handle(
        Message::Play(Sound::StepStart),
        t0 + Duration::from_secs(91),
    );
    let log = device.log();
    assert_eq!((log.opens, log.played.len()), (2, 2));
}

#[test]
fn an_unplugged_device_is_reopened_once_then_left_for_the_retry_interval() {
    // (plays that fail, opens after one cue, cues played, available afterwards)
    let rows = [(0, 1, 1, true), (1, 2, 1, true), (2, 2, 0, false)];
    for (failing, opens, played, available) in rows {
        let device = FakeDevice::new(true);
        let mut playback = Playback::new(device.clone(), settings(true, false, 1.0));
        let t0 = Instant::now();
        playback.start(t0);
        device.log().failing_plays = failing;
        playback.handle(Message::Play(Sound::StepDone), t0);
        let log = device.log();
        assert_eq!(
            (log.opens, log.played.len()),
            (opens, played),
            "{failing} failing plays"
        );
        assert_eq!(
            playback.status() == AudioStatus::Available,
            available,
            "{failing} failing plays"
        );
    }
}

/// Polls `done` every 5 ms until it holds or `limit` passes.
fn wait_until(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        thread::sleep(Duration::from_millis(5));
    }
    done()
}

#[test]
fn calls_return_at_once_even_while_the_device_is_slow_to_open() {
    let device = FakeDevice::new(true);
    device.log().open_delay = Duration::from_millis(400);
    let started = Instant::now();
    let audio = Audio::spawn_with(settings(true, true, 1.0), device.clone());
    for _ in 0..10 {
        audio.play(Sound::Countdown { remaining: 2 });
    }
    audio.say(Voice::Rest);
    audio.set_settings(settings(true, true, 0.5)).unwrap();
    let _ = audio.status();
    assert!(
        started.elapsed() < Duration::from_millis(100),
        "the calls took {:?}",
        started.elapsed()
    );
    assert!(wait_until(Duration::from_secs(5), || device
        .log()
        .played
        .len()
        == 11));
    assert_eq!(audio.status(), AudioStatus::Available);
}

#[test]
fn the_thread_reports_a_missing_device_and_drops_calls_quietly() {
    let device = FakeDevice::new(false);
    let audio = Audio::spawn_with(AudioSettings::default(), device.clone());
    let reported = wait_until(
        Duration::from_secs(1),
        || matches!(audio.status(), AudioStatus::Unavailable { reason } if reason == "Sound is unavailable: no sound device was found."),
    );
    assert!(reported, "status: {:?}", audio.status());
    let started = Instant::now();
    for _ in 0..100 {
        audio.play(Sound::StepStart);
        audio.say(Voice::WellDone);
    }
    assert!(started.elapsed() < Duration::from_millis(100));
    thread::sleep(Duration::from_millis(50));
    assert!(device.log().played.is_empty());
    // The retry interval has not passed, so the device was not tried again for every call.
    assert_eq!(device.log().opens, 1);
}

#[test]
fn an_invalid_volume_is_refused_by_set_settings_and_clamped_at_spawn() {
    let device = FakeDevice::new(true);
    let audio = Audio::spawn_with(settings(true, false, 7.0), device.clone());
    assert_eq!(
        audio.set_settings(settings(true, false, -0.5)),
        Err(AudioError::InvalidVolume(-0.5))
    );
    audio.play(Sound::Halfway);
    assert!(wait_until(Duration::from_secs(2), || device
        .log()
        .played
        .len()
        == 1));
    // Clamped to 1 at spawn, and the refused -0.5 did not replace it.
    assert_eq!(device.log().played[0], render(Sound::Halfway));
}

#[test]
fn dropping_every_handle_stops_the_thread_and_closes_the_device() {
    let device = FakeDevice::new(true);
    let audio = Audio::spawn_with(settings(true, false, 1.0), device.clone());
    let copy = audio.clone();
    audio.play(Sound::Countdown { remaining: 1 });
    drop(audio);
    copy.play(Sound::Countdown { remaining: 2 });
    drop(copy);
    assert!(wait_until(Duration::from_secs(3), || device.log().closes == 1));
    assert_eq!(device.log().played.len(), 2);
}

#[test]
fn settings_validate_the_volume() {
    let rows = [
        (0.0, true),
        (0.5, true),
        (1.0, true),
        (-0.01, false),
        (1.01, false),
        (f32::NAN, false),
        (f32::INFINITY, false),
        (f32::NEG_INFINITY, false),
    ];
    for (volume, valid) in rows {
        let result = settings(true, true, volume).validate();
        assert_eq!(result.is_ok(), valid, "volume {volume}");
    }
    assert!(AudioSettings::default().validate().is_ok());
}

#[test]
fn volume_maps_to_gain_along_a_squared_curve() {
    let rows = [
        (0.0, 0.0),
        (0.5, 0.25),
        (0.1, 0.01),
        (1.0, 1.0),
        (3.0, 1.0),
        (-1.0, 0.0),
        (f32::NAN, 0.0),
    ];
    for (volume, gain) in rows {
        let got = settings(true, true, volume).gain();
        assert!(
            (got - gain).abs() < 1e-6,
            "volume {volume}: gain {got}, expected {gain}"
        );
    }
}

#[test]
fn settings_and_status_cross_ipc_in_camel_case() {
    let rows = [
        (
            serde_json::to_value(settings(true, false, 0.5)).unwrap(),
            json!({ "sound": true, "voice": false, "volume": 0.5 }),
        ),
        (
            serde_json::to_value(AudioStatus::Available).unwrap(),
            json!({ "state": "available" }),
        ),
        (
            serde_json::to_value(AudioStatus::unavailable("no device")).unwrap(),
            json!({ "state": "unavailable", "reason": "Sound is unavailable: no device." }),
        ),
    ];
    for (got, expected) in rows {
        assert_eq!(got, expected);
    }
    let parsed: AudioSettings =
        serde_json::from_value(json!({ "sound": false, "voice": true, "volume": 1 })).unwrap();
    assert_eq!(parsed, settings(false, true, 1.0));
}

#[test]
fn samples_report_their_duration_and_peak() {
    let rows = [
        (
            Samples {
                rate: 48_000,
                data: vec![0.0; 24_000],
            },
            Duration::from_millis(500),
            0.0,
        ),
        (
            Samples {
                rate: 16_000,
                data: vec![0.1, -0.3, 0.2],
            },
            Duration::from_secs_f64(3.0 / 16_000.0),
            0.3,
        ),
        (
            Samples {
                rate: 0,
                data: vec![0.5],
            },
            Duration::ZERO,
            0.5,
        ),
    ];
    for (samples, duration, peak) in rows {
        assert_eq!(samples.duration(), duration);
        assert_eq!(samples.peak(), peak);
    }
}
