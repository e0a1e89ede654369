//! Issue 17: the session driver's own loop (`limber_shell::session::spawn`, the task the app runs whether or not
//! a window exists) hands the sound thread exactly the phrases the core says a routine has
//! (`limber_core::speech::routine_utterances`), cue by cue and in order, for the cues-only and the full coach,
//! breathing phases and per-side moves included; and a sound device lost mid-session leaves a routine that runs
//! to its end silently, with the plain-words status the player shows.
//!
//! No window and no sound card are involved: the session's output is a recorder and the sound thread plays on a
//! fake device, which notes every clip it is given. Sessions run ten times faster than real time, so the voice
//! lane drops many phrases (a clip is longer than the time between its cues); what the lane dropped counts as
//! handed over, since the question here is what the driver asked for, not what the lane let through (the lane
//! has its own tests, and `voice_timing.rs` hears it in real time).

// Helpers outside `#[test]` functions are test code too; clippy's in-test exemption misses them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use limber_app::words::Words;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use limber_app::outbox::SaveState;
use limber_app::settings::AudioSettings;
use limber_app::state::LibraryHandle;
use limber_core::library::Library;
use limber_core::routine::CustomRoutine;
use limber_core::session::{Cue, Ms};
use limber_core::speech::{routine_utterances, Coach, Phrase};
use limber_resident::clock::Clock;
use limber_shell::audio::{Audio, AudioError, AudioStatus, Device, Output, Play, Voice, VoiceLog};
use limber_shell::session::{self, FinishedSession, SessionOutput, SessionSink, SessionView};

/// How many times faster than real time the sessions run.
const SCALE: f64 = 10.0;

/// Phrases due within this much session time of each other belong to one instant: the driver computes each
/// cue's real instant when it hands the words over, so two cues due together may differ by a few real
/// milliseconds, while distinct cues are at least a second of session time apart.
const SAME_INSTANT_MS: f64 = 400.0;

/// A monotonic clock that runs `SCALE` times faster than real time, as `LIMBER_TIME_SCALE` makes the app's.
struct FastClock(Instant);

impl Clock for FastClock {
    fn monotonic_ms(&self) -> u64 {
        (self.0.elapsed().as_secs_f64() * 1000.0 * SCALE) as u64
    }
    fn now_utc(&self) -> DateTime<Utc> {
        Utc::now()
    }
    fn time_zone(&self) -> Tz {
        Tz::UTC
    }
}

/// A sound device that is always there and takes every clip at once; after `working_plays` plays, every play
/// fails and every open fails, as when a headset is unplugged and no other output takes its place.
#[derive(Clone)]
struct FakeDevice {
    plays: Arc<AtomicUsize>,
    working_plays: usize,
}

struct FakeOutput(FakeDevice);

impl FakeDevice {
    fn new(working_plays: usize) -> FakeDevice {
        FakeDevice {
            plays: Arc::new(AtomicUsize::new(0)),
            working_plays,
        }
    }

    fn lost(&self) -> bool {
        self.plays.load(Ordering::SeqCst) >= self.working_plays
    }
}

impl Device for FakeDevice {
    type Output = FakeOutput;
    fn open(&mut self) -> Result<FakeOutput, AudioError> {
        if self.lost() {
            return Err(AudioError::NoDevice("the fake was unplugged".into()));
        }
        Ok(FakeOutput(self.clone()))
    }
}

impl Output for FakeOutput {
    fn play(&mut self, play: Play) -> Result<(), AudioError> {
        if self.0.lost() {
            return Err(AudioError::DeviceLost("the fake was unplugged".into()));
        }
        self.0.plays.fetch_add(1, Ordering::SeqCst);
        // The fake starts every clip exactly where the lane placed it.
        if let Some(probe) = &play.probe {
            probe.fire(probe.planned);
        }
        Ok(())
    }
}

/// Records every cue the driver delivered, and the end.
#[derive(Default)]
struct Recorder {
    cues: Mutex<Vec<Cue>>,
    finished: AtomicBool,
}

impl SessionOutput for Recorder {
    fn view(&self, _view: &SessionView) {}
    fn cue(&self, cue: &Cue, _view: &SessionView) {
        self.cues.lock().unwrap().push(*cue);
    }
    fn finished(&self, _view: &SessionView) {
        self.finished.store(true, Ordering::SeqCst);
    }
}

struct NoStore;

impl SessionSink for NoStore {
    fn record(&self, _session: &FinishedSession) -> SaveState {
        SaveState::Saved
    }
}

/// The built-in library plus a bedtime routine of one's own with a per-side hold, a breathing item and an
/// alternating move (the custom routine of the core's speech tables).
fn library() -> Library {
    let routine = serde_json::from_value(serde_json::json!({
        "id": "my-evening", "name": "My evening", "description": "Short and slow.", "timeOfDay": "bedtime",
        "items": [
            { "exercise": "head-tilt", "reps": 2, "holdSecs": 10, "restAfterSecs": 6 },
            { "exercise": "diaphragmatic-breathing", "reps": 2, "restAfterSecs": 0 },
            { "exercise": "supine-knee-twist", "reps": 2, "holdSecs": 2 }
        ]
    }))
    .unwrap();
    Library::builtin()
        .unwrap()
        .with_custom(vec![CustomRoutine {
            routine,
            based_on: None,
        }])
        .0
}

/// What one session on the real driver loop did.
struct Run {
    cues: Vec<Cue>,
    log: VoiceLog,
    /// How many sounds reached the device: tones and clips.
    plays: usize,
    status: AudioStatus,
    session_start: Instant,
}

/// Runs `routine` to its end on the real driver loop and sound thread, with the coach at `coach` and the
/// sound thread on `device`, in English.
fn run(routine: &str, coach: Coach, device: FakeDevice) -> Run {
    run_in(routine, coach, device, limber_app::i18n::SOURCE)
}

/// The same, with `language` in force when the session starts.
fn run_in(routine: &str, coach: Coach, device: FakeDevice, language: &str) -> Run {
    let audio = Audio::spawn_with(
        AudioSettings {
            sound: true,
            volume: 0.5,
            coach,
            voice_volume: 1.0,
            gentle_at_night: true,
        },
        device.clone(),
    );
    let recorder = Arc::new(Recorder::default());
    let clock = Arc::new(FastClock(Instant::now()));
    let handle = session::spawn(
        LibraryHandle::new(library()),
        clock,
        SCALE,
        audio.clone(),
        recorder.clone(),
        Arc::new(NoStore),
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let session_start = Instant::now();
    runtime
        .block_on(handle.start(routine.into(), None, language.to_owned()))
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while !recorder.finished.load(Ordering::SeqCst) {
        assert!(Instant::now() < deadline, "{routine} never ended");
        std::thread::sleep(Duration::from_millis(50));
    }
    // Let the sound thread take the last phrase.
    std::thread::sleep(Duration::from_millis(300));
    let cues = recorder.cues.lock().unwrap().clone();
    Run {
        cues,
        log: audio.take_voice_log(),
        plays: device.plays.load(Ordering::SeqCst),
        status: audio.status(),
        session_start,
    }
}

/// Groups clip names by the instant they are due, in session milliseconds from the session's start (rounded to
/// the group's first), each group's names sorted: the phrases of one cue share one instant, and their order
/// within it is the lane's business.
fn by_instant(mut said: Vec<(f64, String)>) -> Vec<(f64, Vec<String>)> {
    said.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut groups: Vec<(f64, Vec<String>)> = Vec::new();
    for (at, clip) in said {
        match groups.last_mut() {
            Some((first, names)) if at - *first < SAME_INSTANT_MS => names.push(clip),
            _ => groups.push((at, vec![clip])),
        }
    }
    for (_, names) in &mut groups {
        names.sort();
    }
    groups
}

/// The clips the driver handed over (started or dropped by the lane), grouped by instant.
fn handed_over(run: &Run) -> Vec<(f64, Vec<String>)> {
    let session_ms = |due: Instant| {
        due.saturating_duration_since(run.session_start)
            .as_secs_f64()
            * 1000.0
            * SCALE
    };
    let said = run
        .log
        .started
        .iter()
        .map(|s| (session_ms(s.due), s.clip.clone()))
        .chain(
            run.log
                .dropped
                .iter()
                .map(|d| (session_ms(d.due), d.clip.clone())),
        )
        .collect();
    by_instant(said)
}

/// What the core says the routine speaks, grouped the same way, with the session's start at the first cue
/// (the driver's session starts when `start` is answered, a few real milliseconds after `session_start`).
fn expected(routine: &str, coach: Coach) -> Vec<(f64, Vec<String>)> {
    let library = library();
    let plan = library.plan(library.routine(routine).unwrap()).unwrap();
    by_instant(
        routine_utterances(&plan, coach)
            .into_iter()
            .filter(|u| u.phrase != Phrase::Sample)
            .map(|u| (u.at.0 as f64, u.phrase.clip()))
            .collect(),
    )
}

/// `check(routine, coach)`: the phrases handed to the sound thread, instant by instant, are the core's.
fn check(routine: &str, coach: Coach) {
    let run = run(routine, coach, FakeDevice::new(usize::MAX));
    let got = handed_over(&run);
    let want = expected(routine, coach);
    let names = |groups: &[(f64, Vec<String>)]| -> Vec<Vec<String>> {
        groups.iter().map(|(_, names)| names.clone()).collect()
    };
    assert_eq!(
        names(&got),
        names(&want),
        "{routine} with the coach {coach:?}: the phrases handed over, instant by instant"
    );
    // Each instant is the engine's (the session's start is a few real milliseconds after `session_start`). The
    // instants go through a scaled `Instant` and back as floating point, so "on the dot" may read a hair early:
    // up to 1 session millisecond (0.1 ms of real time) counts as on time.
    for ((at, names), (due, _)) in got.iter().zip(&want) {
        let off = at - due;
        assert!(
            (-1.0..SAME_INSTANT_MS).contains(&off),
            "{routine}: {names:?} due at {due} ms of the session, handed over for {at:.3} ms"
        );
    }
    assert!(
        !run.log.started.is_empty(),
        "{routine}: the lane let nothing through"
    );
    assert!(
        run.cues.iter().any(|c| c.at > Ms(0)),
        "{routine}: no cue delivered"
    );
}

#[test]
fn the_driver_hands_over_the_cues_only_coachs_phrases_of_the_two_minute_reset() {
    check("two-minute-reset", Coach::Cues);
}

/// Breathing phases ("breathe in" / "breathe out" on the pacer), rep counts and instructions.
#[test]
fn the_driver_hands_over_the_full_coachs_phrases_of_the_two_minute_reset() {
    check("two-minute-reset", Coach::Full);
}

/// A bedtime routine of one's own: per-side holds ("switch sides"), breathing, an alternating move.
#[test]
fn the_driver_hands_over_the_full_coachs_phrases_of_a_custom_bedtime_routine() {
    check("my-evening", Coach::Full);
}

#[test]
fn the_coach_off_hands_over_nothing() {
    let run = run("two-minute-reset", Coach::Off, FakeDevice::new(usize::MAX));
    assert_eq!(run.log, VoiceLog::default());
}

/// Issue 22: a session in a language the coach has no voice for hears no words at all, never the English
/// clips: every cue gets its tone, as with the coach off. The same session in English is coached as before.
#[test]
fn a_session_in_a_language_without_a_voice_gets_tones_only_and_english_gets_its_clips() {
    // German has no clips of its own (README.md, "The voice coach"); the English ones are embedded.
    let german = "de";
    assert_eq!(Voice::for_language(german), None);
    assert_eq!(Voice::for_language("en"), Some(Voice::ENGLISH));
    let routine = "two-minute-reset";
    let silent = run_in(routine, Coach::Full, FakeDevice::new(usize::MAX), german);
    assert_eq!(
        silent.log,
        VoiceLog::default(),
        "no clip was even handed over"
    );
    let tones_only = run(routine, Coach::Off, FakeDevice::new(usize::MAX));
    assert!(tones_only.plays > 10, "{} tones", tones_only.plays);
    assert_eq!(
        silent.plays, tones_only.plays,
        "the German session got the tones of the coach off"
    );
    let english = run(routine, Coach::Full, FakeDevice::new(usize::MAX));
    assert!(!english.log.started.is_empty());
    // Japanese has a voice of its own (which clips a voice plays is `audio::tests`' business).
    let japanese = run_in(routine, Coach::Full, FakeDevice::new(usize::MAX), "ja");
    assert!(
        !japanese.log.started.is_empty(),
        "the Japanese session is coached"
    );
    assert!(
        english.plays - english.log.started.len() < tones_only.plays,
        "in English the words replace tones"
    );
}

/// Issue 17: a device lost mid-session silences the rest of the routine, which still runs to its end with every
/// cue delivered, and the status says so in plain words (the player's note: "… The routine runs silently.").
#[test]
fn a_device_lost_mid_session_leaves_a_silent_routine_that_runs_to_its_end() {
    let whole = run("two-minute-reset", Coach::Cues, FakeDevice::new(usize::MAX));
    let device = FakeDevice::new(4);
    let cut = run("two-minute-reset", Coach::Cues, device.clone());
    // The engine's instants, from the session's first cue.
    let timeline = |cues: &[Cue]| -> Vec<String> {
        let first = cues.first().map_or(0, |c| c.at.0);
        cues.iter()
            .map(|c| format!("{} {} {:?}", c.at.0 - first, c.step, c.kind))
            .collect()
    };
    assert_eq!(
        timeline(&cut.cues),
        timeline(&whole.cues),
        "every cue is delivered, at the engine's instants, with or without sound"
    );
    assert_eq!(device.plays.load(Ordering::SeqCst), 4);
    assert!(
        cut.log.started.len() < whole.log.started.len(),
        "the clips after the loss were not played"
    );
    // The lost device was tried again at once and could not be opened: what a person is told is what the
    // player shows before "The routine runs silently."
    assert_eq!(
        cut.status,
        AudioStatus::Unavailable {
            reason: Words::new("sound-off-because")
                .with("cause", Words::new("sound-cause-no-device"))
        }
    );
}
