//! Issue 17: the voice coach's clips, played by the real session driver and sound thread in a real session,
//! start within 20 ms of their cues, as heard on a sound output that keeps real time.
//!
//! ALSA's own file sink runs faster than real time, so it proves what was played but not when. Here the sound
//! goes the way it does on a desktop, through ALSA's pulse plugin to a PulseAudio server, whose null sink keeps
//! real time; `parec` records that sink's stream to a file. The test starts its own server in a temporary
//! directory, re-runs this test binary as a child (ALSA reads its configuration once per process) that runs a
//! 37-second routine with the coach on, and then finds the speech in the recording: every expected segment is
//! there, none more, with silence between them, and each starts where the child's plan put it, within 20 ms,
//! once the output's constant latency is taken out (the median offset).

// Helpers outside `#[test]` functions are test code too; clippy's in-test exemption misses them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]
#![cfg(target_os = "linux")]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use limber_app::settings::AudioSettings;
use limber_app::state::LibraryHandle;
use limber_core::library::Library;
use limber_core::routine::CustomRoutine;
use limber_core::session::Cue;
use limber_core::speech::{Coach, Phrase, MAX_SPOKEN_NUMBER};
use limber_resident::clock::SystemClock;
use limber_shell::audio::{decode_clip, Audio, AudioStatus, Pace, Voice};
use limber_shell::session::{self, FinishedSession, SessionOutput, SessionSink, SessionView};

/// Set in the child process; its value is the temporary directory the parent prepared.
const CHILD: &str = "LIMBER_VOICE_TIMING_CHILD";
/// The capture's format: mono 32-bit float samples at 48 kHz.
const RATE: usize = 48_000;
/// A sample louder than this is sound (the clips peak at 0.4).
const LOUD: f32 = 0.01;
/// Silence longer than this separates two segments; the longest pause inside a day clip is 0.44 s.
const SEGMENT_GAP: Duration = Duration::from_millis(500);
/// The target for a clip's start.
const TARGET_MS: f64 = 20.0;

/// A routine of 37 s: the get-ready countdown, then two 12-second holds with their countdowns.
fn library() -> Library {
    let routine = serde_json::from_value(serde_json::json!({
        "id": "timing", "name": "Timing", "description": "For the timing test.", "timeOfDay": "anytime",
        "items": [{ "exercise": "abdominal-bracing", "reps": 2, "holdSecs": 12 }]
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

struct Finished(AtomicBool);

impl SessionOutput for Finished {
    fn view(&self, _view: &SessionView) {}
    fn cue(&self, _cue: &Cue, _view: &SessionView) {}
    fn finished(&self, _view: &SessionView) {
        self.0.store(true, Ordering::SeqCst);
    }
}

struct NoStore;

impl SessionSink for NoStore {
    fn record(&self, _session: &FinishedSession) -> limber_app::outbox::SaveState {
        limber_app::outbox::SaveState::Saved
    }
}

/// The child: runs the routine on the real driver and sound thread, then prints one line per clip that
/// started, `clip <name> <planned µs> <due µs> <start error µs>`, and one per phrase dropped,
/// `dropped <name> <due µs> <offered µs>`, times from one instant of its own.
fn run_session() {
    let origin = Instant::now();
    let audio = Audio::spawn(AudioSettings {
        sound: true,
        // The tones are off so that the recording holds the voice alone.
        volume: 0.0,
        coach: Coach::Full,
        voice_volume: 1.0,
        gentle_at_night: true,
    });
    let opened = Instant::now();
    while audio.status() != AudioStatus::Available && opened.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        audio.status(),
        AudioStatus::Available,
        "the pulse output did not open"
    );
    let clock = Arc::new(SystemClock::new());
    let finished = Arc::new(Finished(AtomicBool::new(false)));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let _guard = runtime.enter();
    let handle = session::spawn(
        LibraryHandle::new(library()),
        clock,
        1.0,
        audio.clone(),
        finished.clone(),
        Arc::new(NoStore),
    );
    runtime
        .block_on(handle.start("timing".into(), None, limber_app::i18n::SOURCE.to_owned()))
        .unwrap();
    let started = Instant::now();
    while !finished.0.load(Ordering::SeqCst) {
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "the session never ended"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // Let "well done" play out.
    std::thread::sleep(Duration::from_secs(2));
    let micros = |at: Instant| at.saturating_duration_since(origin).as_micros();
    let log = audio.take_voice_log();
    for start in log.started {
        println!(
            "clip {} {} {} {:.0}",
            start.clip,
            micros(start.planned),
            micros(start.due),
            start.error_ms() * 1000.0
        );
    }
    for drop in log.dropped {
        println!(
            "dropped {} {} {}",
            drop.clip,
            micros(drop.due),
            micros(drop.offered)
        );
    }
}

/// A process this test started, ended when the test ends, pass or fail.
struct Started(Child);

impl Drop for Started {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts a PulseAudio server with a null sink named `capture`, private to `dir`; returns it and its address.
/// The sink never rewinds: a rewind rewrites what the monitor already delivered, which cuts pieces out of the
/// recording's timeline.
fn pulse_server(dir: &Path) -> (Started, String) {
    let runtime = dir.join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    let socket = runtime.join("native");
    let server = Command::new("pulseaudio")
        .args([
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--log-target=stderr",
            "--load=module-null-sink sink_name=capture rate=48000 norewinds=1",
        ])
        .arg(format!(
            "--load=module-native-protocol-unix auth-anonymous=1 socket={}",
            socket.display()
        ))
        .env("HOME", dir)
        .env("XDG_RUNTIME_DIR", &runtime)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect(
            "pulseaudio must be installed (scripts/common.sh installs it with the test packages)",
        );
    let server = Started(server);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !socket.exists() {
        assert!(Instant::now() < deadline, "pulseaudio did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    (server, format!("unix:{}", socket.display()))
}

/// Records the null sink's stream into `out` until dropped.
fn record(address: &str, out: &Path) -> Started {
    let file = std::fs::File::create(out).unwrap();
    Started(
        Command::new("parec")
            .args([
                "--server",
                address,
                "-d",
                "capture.monitor",
                "--format=float32le",
                "--rate=48000",
                "--channels=1",
                "--raw",
            ])
            .stdout(file)
            .spawn()
            .expect("parec must be installed (package pulseaudio-utils)"),
    )
}

/// The (first, last) loud instants inside a clip, from its start.
fn loud_span(clip: &str) -> (Duration, Duration) {
    let phrase = phrase(clip);
    let samples = decode_clip(&phrase, Voice::ENGLISH, Pace::Day).unwrap();
    let first = samples.data.iter().position(|s| s.abs() > LOUD).unwrap();
    let last = samples.data.iter().rposition(|s| s.abs() > LOUD).unwrap();
    let at = |i: usize| Duration::from_secs_f64(i as f64 / f64::from(samples.rate));
    (at(first), at(last))
}

/// The phrase whose clip is named `clip`.
fn phrase(clip: &str) -> Phrase {
    let mut all = Phrase::fixed();
    for exercise in Library::builtin().unwrap().exercises() {
        all.push(Phrase::ExerciseName(exercise.id.clone()));
        all.push(Phrase::Instruction(exercise.id.clone()));
    }
    assert!(all.len() > usize::from(MAX_SPOKEN_NUMBER));
    all.into_iter().find(|p| p.clip() == clip).unwrap()
}

/// The loud segments of a recording, as (start, end) sample indices, split where silence lasts longer than
/// [`SEGMENT_GAP`].
fn segments(samples: &[f32]) -> Vec<(usize, usize)> {
    let gap = (SEGMENT_GAP.as_secs_f64() * RATE as f64) as usize;
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, s) in samples.iter().enumerate() {
        if s.abs() <= LOUD {
            continue;
        }
        match out.last_mut() {
            Some((_, end)) if i - *end <= gap => *end = i,
            _ => out.push((i, i)),
        }
    }
    out
}

#[test]
fn voice_clips_start_within_twenty_milliseconds_of_their_cues_on_a_real_time_output() {
    if std::env::var_os(CHILD).is_some() {
        run_session();
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (_server, address) = pulse_server(dir.path());
    let capture: PathBuf = dir.path().join("capture.raw");
    let recorder = record(&address, &capture);
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let output = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "voice_clips_start_within_twenty_milliseconds_of_their_cues_on_a_real_time_output",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, "1")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", &home)
        .env("XDG_RUNTIME_DIR", dir.path().join("run"))
        .env("PULSE_SERVER", &address)
        .env_remove("ALSA_CONFIG_PATH")
        .output()
        .unwrap();
    drop(recorder);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "the child failed: {}\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );

    // What the child's sound thread planned: each clip's start, from which its loud part follows.
    let mut planned: Vec<(String, Duration, Duration, f64)> = Vec::new();
    // The test harness prints the test's name without a line break before the test's own output.
    for line in stdout
        .lines()
        .filter_map(|l| l.find("clip ").map(|at| &l[at..]))
    {
        let f: Vec<&str> = line.split_whitespace().collect();
        let us = |s: &str| Duration::from_micros(s.parse().unwrap());
        planned.push((
            f[1].to_owned(),
            us(f[2]),
            us(f[3]),
            f[4].parse::<f64>().unwrap() / 1000.0,
        ));
    }
    let mut dropped: Vec<(String, Duration, Duration)> = Vec::new();
    for line in stdout
        .lines()
        .filter_map(|l| l.find("dropped ").map(|at| &l[at..]))
    {
        let f: Vec<&str> = line.split_whitespace().collect();
        let us = |s: &str| Duration::from_micros(s.parse().unwrap());
        dropped.push((f[1].to_owned(), us(f[2]), us(f[3])));
    }
    // What the coach said, in order, with when each was due (from the first "three", the get-ready countdown):
    // the countdowns a second apart and the holds 12 s long, exactly the engine's times.
    let expected_said = [
        ("number-3", 0),
        ("number-2", 1),
        ("number-1", 2),
        ("name-abdominal-bracing", 3),
        ("instruction-abdominal-bracing", 3),
        ("number-3", 12),
        ("number-2", 13),
        ("number-1", 14),
        ("last-one", 19),
        ("number-3", 28),
        ("number-2", 29),
        ("number-1", 30),
        ("well-done", 35),
    ];
    let mut said: Vec<(String, Duration)> = planned
        .iter()
        .map(|p| (p.0.clone(), p.2))
        .chain(dropped.iter().map(|d| (d.0.clone(), d.1)))
        .collect();
    said.sort_by_key(|s| s.1);
    let first = said.first().map(|s| s.1).unwrap_or_default();
    let got: Vec<(String, u64)> = said
        .iter()
        .map(|(clip, due)| (clip.clone(), ((*due - first).as_secs_f64()).round() as u64))
        .collect();
    let want: Vec<(String, u64)> = expected_said
        .iter()
        .map(|(c, s)| ((*c).to_owned(), *s))
        .collect();
    assert_eq!(
        got, want,
        "what the coach said, with its due second; the child's log:\n{stdout}"
    );
    for (clip, _, due, _) in &planned {
        let secs = (*due - first).as_secs_f64();
        assert!(
            (secs - secs.round()).abs() < 0.005,
            "{clip} due at {secs} s, off the engine's time"
        );
    }
    // On a busy machine the sound thread may get a count too late for its cue: the rule drops it rather than
    // speak it late. Nothing else may be dropped, and most of the routine must have been heard.
    for (clip, due, offered) in &dropped {
        let late = offered.saturating_sub(*due);
        assert!(
            clip.starts_with("number-") && late > Duration::from_millis(20),
            "{clip} was dropped though it was handed over {late:?} after its cue"
        );
        println!(
            "note: {clip} was handed over {late:?} after its cue and was dropped, as the rule says"
        );
    }
    assert!(
        dropped.len() <= 3,
        "too many counts dropped to judge the timing: {dropped:?}"
    );

    // The expected loud segments: each clip's loud span at its planned start, merged where the silence
    // between them is shorter than a segment gap.
    let mut expected: Vec<(Duration, Duration)> = Vec::new();
    for (clip, start, _, _) in &planned {
        let (first, last) = loud_span(clip);
        let span = (*start + first, *start + last);
        match expected.last_mut() {
            Some((_, end)) if span.0 - *end <= SEGMENT_GAP => *end = span.1,
            _ => expected.push(span),
        }
    }

    let bytes = std::fs::read(&capture).unwrap();
    let samples: Vec<f32> = bytes
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    let found = segments(&samples);
    assert_eq!(
        found.len(),
        expected.len(),
        "speech segments in the recording (at {:?} s)",
        found
            .iter()
            .map(|(s, _)| *s as f64 / RATE as f64)
            .collect::<Vec<_>>()
    );
    // Each segment's start against its plan; the output's latency is constant, so it is the median offset.
    let mut offsets: Vec<f64> = found
        .iter()
        .zip(&expected)
        .map(|((start, _), (plan, _))| {
            *start as f64 / RATE as f64 * 1000.0 - plan.as_secs_f64() * 1000.0
        })
        .collect();
    let mut sorted = offsets.clone();
    sorted.sort_by(f64::total_cmp);
    let latency = sorted[sorted.len() / 2];
    for offset in &mut offsets {
        *offset -= latency;
    }
    println!("start error of each speech segment, heard (ms, latency {latency:.1} ms taken out): {offsets:.1?}");
    let reported: Vec<f64> = planned.iter().map(|p| p.3).collect();
    println!("start error of each clip, as the sound thread measured it (ms): {reported:.1?}");
    // The first segment is heard through a PulseAudio stream that has only just started, whose latency is
    // not yet the steady one the median measures (on a quiet machine it was heard 57 ms "early" once in a
    // few runs, while the sound thread started it 8.6 ms after its cue): it is judged by the sound thread's
    // own measurement, and every later segment by what was heard.
    assert!(
        reported
            .first()
            .is_none_or(|first| first.abs() <= TARGET_MS),
        "the first clip started {:.1} ms from its cue, as the sound thread measured it",
        reported[0]
    );
    for (i, offset) in offsets.iter().enumerate().skip(1) {
        assert!(
            offset.abs() <= TARGET_MS,
            "segment {i} started {offset:.1} ms from its plan: {offsets:.1?}"
        );
    }
    // Where the lane made the instruction wait for the name, silence separates them in the recording.
    let find = |clip: &str| planned.iter().find(|p| p.0 == clip).unwrap();
    let name = find("name-abdominal-bracing");
    let instruction = find("instruction-abdominal-bracing");
    let name_end = name.1 + loud_span(&name.0).1;
    let instruction = instruction.1 + loud_span(&instruction.0).0;
    assert!(instruction > name_end, "the instruction overlaps the name");
    let quiet = |from: Duration, to: Duration| {
        let at =
            |d: Duration| ((d.as_secs_f64() * 1000.0 + latency) / 1000.0 * RATE as f64) as usize;
        samples[at(from) + RATE / 100..at(to) - RATE / 100]
            .iter()
            .all(|s| s.abs() <= LOUD)
    };
    assert!(
        quiet(name_end, instruction),
        "no silence between the name and the instruction"
    );
}
