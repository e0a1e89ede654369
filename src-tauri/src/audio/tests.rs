//! Tests of the sound thread's logic and the settings, against a fake device.

use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use limber_app::settings::NIGHT_VOICE_VOLUME;
use limber_core::speech::{Coach, Phrase, GAP_MS};
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
    /// The silence each play waited before its first sample.
    delays: Vec<Duration>,
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
    fn play(&mut self, play: Play) -> Result<(), AudioError> {
        let mut log = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if log.failing_plays > 0 {
            log.failing_plays -= 1;
            return Err(AudioError::DeviceLost("the fake was unplugged".into()));
        }
        // The fake device starts every clip exactly when it was asked to.
        if let Some(probe) = &play.probe {
            probe.fire(probe.planned);
        }
        log.played.push(play.samples);
        log.delays.push(play.delay);
        Ok(())
    }
}

impl Drop for FakeOutput {
    fn drop(&mut self) {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).closes += 1;
    }
}

/// Settings with the tones on or off, the coach at cues or off, and one volume for both.
fn settings(sound: bool, voice: bool, volume: f32) -> AudioSettings {
    AudioSettings {
        sound,
        volume,
        coach: if voice { Coach::Cues } else { Coach::Off },
        voice_volume: volume,
        gentle_at_night: true,
    }
}

fn voice(phrase: Phrase) -> Samples {
    decode_clip(&phrase, Voice::ENGLISH, Pace::Day).unwrap()
}

fn playback(device: &FakeDevice, settings: AudioSettings) -> Playback<FakeDevice> {
    Playback::new(
        device.clone(),
        settings,
        Arc::new(Mutex::new(VoiceLog::default())),
    )
}

/// A phrase due now, for a routine that is not a bedtime one.
fn say(phrase: Phrase, due: Instant) -> Message {
    Message::Say {
        phrase,
        voice: Voice::ENGLISH,
        due,
        night: false,
    }
}

/// Feeds `messages` to a fresh playback on an available fake device and compares what reached the device.
fn check(initial: AudioSettings, messages: Vec<Message>, expected: Vec<Samples>) {
    let device = FakeDevice::new(true);
    let mut playback = playback(&device, initial);
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
    use Message::{Play, Settings};
    let chime = || render(Sound::StepStart);
    let now = Instant::now();
    #[allow(non_snake_case)]
    let Say = |phrase: Phrase| say(phrase, now);
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
            vec![Play(Sound::StepStart), Say(Phrase::Rest)],
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
            vec![Say(Phrase::Rest)],
            vec![voice(Phrase::Rest)],
        ),
        (
            settings(true, true, 0.5),
            vec![Say(Phrase::WellDone)],
            vec![voice(Phrase::WellDone).scaled(0.25)],
        ),
        (settings(true, false, 1.0), vec![Say(Phrase::Rest)], vec![]),
        (
            settings(true, true, 1.0),
            vec![Say(Phrase::ExerciseName("cat-cow".into()))],
            vec![voice(Phrase::ExerciseName("cat-cow".into()))],
        ),
        (
            settings(true, true, 1.0),
            vec![Say(Phrase::ExerciseName("no-such-move".into()))],
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
                Say(Phrase::SwitchSides),
                Play(Sound::SwitchSides),
            ],
            vec![voice(Phrase::SwitchSides), render(Sound::SwitchSides)],
        ),
    ];
    for (initial, messages, expected) in rows {
        check(initial, messages, expected);
    }
}

#[test]
fn a_missing_device_is_retried_at_most_every_thirty_seconds() {
    let device = FakeDevice::new(false);
    let mut playback = playback(&device, settings(true, false, 1.0));
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
    let mut playback = playback(&FakeDevice::new(false), AudioSettings::default());
    playback.start(Instant::now());
    assert_eq!(
        playback.status(),
        AudioStatus::Unavailable {
            reason: Words::new("sound-off-because")
                .with("cause", Words::new("sound-cause-no-device"))
        }
    );
}

#[test]
fn sound_off_never_opens_a_missing_device_again() {
    let device = FakeDevice::new(false);
    let mut playback = playback(&device, settings(false, true, 1.0));
    let t0 = Instant::now();
    playback.start(t0);
    playback.handle(Message::Play(Sound::StepStart), t0 + RETRY_EVERY * 2);
    playback.handle(say(Phrase::Rest, t0), t0 + RETRY_EVERY * 3);
    assert_eq!(device.log().opens, 1);
}

/// Issue 19: a session on a machine without sound synthesised every breath and tick for nothing.
#[test]
fn nothing_is_synthesised_for_a_device_that_cannot_take_it() {
    let device = FakeDevice::new(false);
    let mut playback = playback(&device, settings(true, false, 1.0));
    let t0 = Instant::now();
    playback.start(t0);
    // Between two retries the device is known to be missing: no cue is synthesised.
    for second in 1..30 {
        playback.handle(
            Message::Play(Sound::BreatheIn { millis: 4_000 }),
            t0 + Duration::from_secs(second),
        );
    }
    assert_eq!((device.log().opens, playback.renders()), (1, 0));
    // At the retry the device is still missing: tried once more, still nothing synthesised.
    playback.handle(Message::Play(Sound::StepStart), t0 + RETRY_EVERY);
    assert_eq!((device.log().opens, playback.renders()), (2, 0));
    // It is back at the next retry: the cue is synthesised and played.
    device.log().available = true;
    playback.handle(Message::Play(Sound::StepStart), t0 + RETRY_EVERY * 2);
    assert_eq!((device.log().opens, playback.renders()), (3, 1));
    assert_eq!(device.log().played, vec![render(Sound::StepStart)]);
}

#[test]
fn a_cue_is_synthesised_once_while_the_output_is_open_and_scaled_each_time() {
    let device = FakeDevice::new(true);
    let mut playback = playback(&device, settings(true, false, 1.0));
    let t0 = Instant::now();
    playback.start(t0);
    let breath = Sound::BreatheOut { millis: 5_000 };
    playback.handle(Message::Play(breath), t0);
    playback.handle(Message::Play(breath), t0 + Duration::from_secs(6));
    // A change of volume applies to the kept cue.
    playback.handle(
        Message::Settings(settings(true, false, 0.5)),
        t0 + Duration::from_secs(7),
    );
    playback.handle(Message::Play(breath), t0 + Duration::from_secs(12));
    assert_eq!(playback.renders(), 1);
    let quiet = render(breath).scaled(settings(true, false, 0.5).gain());
    assert_eq!(
        device.log().played,
        vec![render(breath), render(breath), quiet]
    );
    // A different length of breath is a different cue.
    playback.handle(
        Message::Play(Sound::BreatheOut { millis: 6_000 }),
        t0 + Duration::from_secs(18),
    );
    assert_eq!(playback.renders(), 2);
    // The kept cues go with the output when it closes after a quiet minute, and are made again after.
    let later = t0 + Duration::from_secs(24) + CLOSE_WHEN_QUIET_FOR + Duration::from_secs(1);
    playback.tick(later);
    assert_eq!(device.log().closes, 1);
    playback.handle(Message::Play(breath), later);
    assert_eq!(playback.renders(), 3);
}

#[test]
fn the_kept_cues_never_hold_more_than_their_limit() {
    let device = FakeDevice::new(true);
    let mut playback = playback(&device, settings(true, false, 1.0));
    let t0 = Instant::now();
    playback.start(t0);
    // Fifteen-second breaths of different lengths: each is 720,000 samples or so, so the second one does not
    // fit beside the first and replaces it.
    let long = |millis| Sound::BreatheIn { millis };
    playback.handle(Message::Play(long(15_000)), t0);
    playback.handle(Message::Play(long(14_000)), t0);
    playback.handle(Message::Play(long(15_000)), t0);
    assert_eq!(playback.renders(), 3);
    playback.handle(Message::Play(long(15_000)), t0);
    assert_eq!(playback.renders(), 3);
    assert!(
        render(long(15_000)).data.len() + render(long(14_000)).data.len() > playback::SOUNDS_KEPT
    );
}

#[test]
fn a_quiet_output_is_closed_and_reopened_on_demand() {
    let device = FakeDevice::new(true);
    let mut playback = playback(&device, settings(true, false, 1.0));
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
        let mut playback = playback(&device, settings(true, false, 1.0));
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
    audio.say(Phrase::Rest, Voice::ENGLISH, Instant::now(), false);
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
        || matches!(audio.status(), AudioStatus::Unavailable { reason } if reason.to_string() == "Sound is unavailable: no sound device was found."),
    );
    assert!(reported, "status: {:?}", audio.status());
    let started = Instant::now();
    for _ in 0..100 {
        audio.play(Sound::StepStart);
        audio.say(Phrase::WellDone, Voice::ENGLISH, Instant::now(), false);
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
            json!({ "sound": true, "volume": 0.5, "coach": "off", "voiceVolume": 0.5, "gentleAtNight": true }),
        ),
        (
            serde_json::to_value(AudioStatus::Available).unwrap(),
            json!({ "state": "available" }),
        ),
        (
            serde_json::to_value(AudioStatus::unavailable(Words::new(
                "sound-cause-no-device",
            )))
            .unwrap(),
            json!({ "state": "unavailable", "reason": {
                "id": "sound-off-because",
                "args": { "cause": { "id": "sound-cause-no-device", "args": {} } }
            } }),
        ),
    ];
    for (got, expected) in rows {
        assert_eq!(got, expected);
    }
    // What this version stores, and what earlier ones stored: `voice` spoke the names, which are now the cues.
    let rows = [
        (
            json!({ "sound": false, "volume": 1, "coach": "full", "voiceVolume": 0.4, "gentleAtNight": false }),
            AudioSettings {
                sound: false,
                volume: 1.0,
                coach: Coach::Full,
                voice_volume: 0.4,
                gentle_at_night: false,
            },
        ),
        (
            json!({ "sound": false, "voice": true, "volume": 1 }),
            settings(false, true, 1.0),
        ),
        (
            json!({ "sound": true, "voice": false, "volume": 0.6 }),
            settings(true, false, 0.6),
        ),
        (
            json!({ "sound": true, "volume": 0.6 }),
            settings(true, false, 0.6),
        ),
    ];
    for (stored, expected) in rows {
        let parsed: AudioSettings = serde_json::from_value(stored.clone()).unwrap();
        assert_eq!(parsed, expected, "{stored}");
    }
    assert!(serde_json::from_value::<AudioSettings>(json!({ "sound": true })).is_err());
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

/// Issue 17: the voice goes through one lane on the sound thread. A phrase due while another clip plays waits
/// for it (the wait is silence before its first sample, so its start stays sample-exact), a count that would be
/// late is dropped, and every clip that starts is reported with its cue.
#[test]
fn the_voice_lane_delays_waiting_phrases_and_drops_late_counts() {
    let device = FakeDevice::new(true);
    let log = Arc::new(Mutex::new(VoiceLog::default()));
    let mut full = settings(true, true, 1.0);
    full.coach = Coach::Full;
    let mut playback = Playback::new(device.clone(), full, Arc::clone(&log));
    let t0 = Instant::now();
    playback.start(t0);
    let name = Phrase::ExerciseName("cat-cow".into());
    let instruction = Phrase::Instruction("cat-cow".into());
    let name_ms = voice(name.clone()).duration().as_millis() as u64;
    let ms = Duration::from_millis;
    // (message, handed over at, delay of the play that reaches the device, or none when dropped)
    let rows: Vec<(Message, Instant, Option<Duration>)> = vec![
        (say(name.clone(), t0), t0, Some(Duration::ZERO)),
        (
            say(instruction.clone(), t0),
            t0 + ms(2),
            Some(ms(name_ms + GAP_MS - 2)),
        ),
        // A count due while the instruction plays is dropped.
        (say(Phrase::Number(2), t0 + ms(3_000)), t0 + ms(3_000), None),
        // A count handed over more than 20 ms after its cue is dropped, even with the lane free.
        (
            say(Phrase::Number(3), t0 + ms(30_000)),
            t0 + ms(30_021),
            None,
        ),
        // One handed over 5 ms late starts at once.
        (
            say(Phrase::Number(4), t0 + ms(40_000)),
            t0 + ms(40_005),
            Some(Duration::ZERO),
        ),
        // A breath cue due 300 ms after a count waits for it.
        (
            say(Phrase::Number(5), t0 + ms(50_000)),
            t0 + ms(50_000),
            Some(Duration::ZERO),
        ),
    ];
    let mut expected_delays = Vec::new();
    for (message, at, delay) in rows {
        playback.handle(message, at);
        expected_delays.extend(delay);
    }
    let five = voice(Phrase::Number(5)).duration().as_millis() as u64;
    playback.handle(say(Phrase::BreatheIn, t0 + ms(50_300)), t0 + ms(50_300));
    expected_delays.push(ms(five + GAP_MS - 300));
    // The lane counts whole milliseconds from the thread's own origin, so a delay may differ by a fraction of one.
    let delays = device.log().delays.clone();
    assert_eq!(delays.len(), expected_delays.len(), "{delays:?}");
    for (got, want) in delays.iter().zip(&expected_delays) {
        assert!(
            got.abs_diff(*want) < ms(1),
            "delays {delays:?}, expected {expected_delays:?}"
        );
    }
    let dropped: Vec<String> = log
        .lock()
        .unwrap()
        .dropped
        .iter()
        .map(|d| d.clip.clone())
        .collect();
    assert_eq!(dropped, ["number-2", "number-3"]);
    let started: Vec<(String, u64)> = log
        .lock()
        .unwrap()
        .started
        .iter()
        .map(|s| (s.clip.clone(), (s.planned - s.due).as_micros() as u64))
        .collect();
    let expected = [
        ("name-cat-cow", 0),
        ("instruction-cat-cow", name_ms + GAP_MS),
        ("number-4", 5),
        ("number-5", 0),
        ("breathe-in", five + GAP_MS - 300),
    ];
    assert_eq!(started.len(), expected.len(), "{started:?}");
    for ((clip, waited_us), (want_clip, want_ms)) in started.iter().zip(expected) {
        assert_eq!(clip, want_clip);
        assert!(waited_us.abs_diff(want_ms * 1000) < 1000, "{started:?}");
    }
}

/// Issue 17: bedtime routines use the slower night clips at a lower voice volume when "gentle at night" is on;
/// the voice has its own volume; the coach off says nothing but the settings' test sentence.
#[test]
fn the_voice_follows_its_own_volume_the_night_setting_and_the_coach() {
    let now = Instant::now();
    let night_say = |phrase: Phrase| Message::Say {
        phrase,
        voice: Voice::ENGLISH,
        due: now,
        night: true,
    };
    let night_clip = |phrase: Phrase| decode_clip(&phrase, Voice::ENGLISH, Pace::Night).unwrap();
    let with = |coach: Coach, volume: f32, voice_volume: f32, gentle: bool| AudioSettings {
        sound: true,
        volume,
        coach,
        voice_volume,
        gentle_at_night: gentle,
    };
    let quiet = NIGHT_VOICE_VOLUME * NIGHT_VOICE_VOLUME;
    let rows = vec![
        (
            with(Coach::Cues, 1.0, 1.0, true),
            vec![night_say(Phrase::Rest)],
            vec![night_clip(Phrase::Rest).scaled(quiet)],
        ),
        (
            with(Coach::Cues, 1.0, 1.0, false),
            vec![night_say(Phrase::Rest)],
            vec![voice(Phrase::Rest)],
        ),
        (
            with(Coach::Full, 0.2, 0.5, true),
            vec![say(Phrase::Rest, now), Message::Play(Sound::Halfway)],
            vec![
                voice(Phrase::Rest).scaled(0.25),
                render(Sound::Halfway).scaled(0.2 * 0.2),
            ],
        ),
        (
            with(Coach::Cues, 1.0, 0.0, true),
            vec![say(Phrase::Rest, now), Message::Play(Sound::Halfway)],
            vec![render(Sound::Halfway)],
        ),
        (
            with(Coach::Off, 1.0, 1.0, true),
            vec![say(Phrase::Rest, now), say(Phrase::Sample, now)],
            vec![voice(Phrase::Sample)],
        ),
    ];
    for (initial, messages, expected) in rows {
        check(initial, messages, expected);
    }
}

#[test]
fn prepared_clips_are_decoded_before_they_are_due_and_dropped_with_the_quiet_output() {
    let device = FakeDevice::new(true);
    let mut playback = playback(&device, settings(true, true, 1.0));
    let t0 = Instant::now();
    playback.start(t0);
    playback.handle(
        Message::Prepare {
            phrases: vec![Phrase::Rest, Phrase::Number(3), Phrase::Number(99)],
            voice: Voice::ENGLISH,
            night: false,
        },
        t0,
    );
    assert!(device.log().played.is_empty(), "preparing plays nothing");
    playback.handle(say(Phrase::Rest, t0), t0);
    assert_eq!(device.log().played, vec![voice(Phrase::Rest)]);
}

/// Issue 22: a phrase is said in the voice it is handed with, and each voice's clip is its own: the Japanese
/// "rest" is not the English one.
#[test]
fn a_phrase_is_said_in_the_voice_it_is_handed_with() {
    let japanese = Voice::for_language("ja").expect("Japanese has a voice");
    let now = Instant::now();
    let said_in = |voice: Voice| Message::Say {
        phrase: Phrase::Rest,
        voice,
        due: now,
        night: false,
    };
    let clip = |voice: Voice| decode_clip(&Phrase::Rest, voice, Pace::Day).unwrap();
    assert_ne!(clip(japanese), clip(Voice::ENGLISH));
    check(
        settings(true, true, 1.0),
        vec![said_in(japanese)],
        vec![clip(japanese)],
    );
    check(
        settings(true, true, 1.0),
        vec![said_in(Voice::ENGLISH)],
        vec![clip(Voice::ENGLISH)],
    );
}
