//! The sound thread against real ALSA sinks, with no sound card needed: each test re-runs this test binary as a
//! child process (ALSA reads its configuration once per process) whose `HOME` holds an `.asoundrc`.
//!
//! The capture sink writes what was played to a file (interleaved stereo f32le at 48 kHz), so the test can
//! check that a cue really reached the device, and that it is the cue that was rendered.

// Helpers outside `#[test]` functions are test code too; clippy's in-test exemption misses them.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(target_os = "linux")]

use std::f64::consts::TAU;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

use limber_app::settings::AudioSettings;
use limber_core::speech::{Coach, Phrase};
use limber_shell::audio::{render, Audio, AudioStatus, Sound, SAMPLE_RATE};

/// Set in the child process; its value is the temporary directory the parent prepared.
const CHILD: &str = "LIMBER_AUDIO_SINK_CHILD";

/// Runs the test `name` of this binary again in a child process with `HOME` (and XDG config) set to `home`,
/// plus `env`, and fails with the child's output if the child fails.
fn run_child(name: &str, home: &Path, env: &[(&str, &Path)]) -> String {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args(["--exact", name, "--nocapture", "--test-threads=1"])
        .env(CHILD, home)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home)
        .env_remove("ALSA_CONFIG_PATH");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().unwrap();
    let text = format!(
        "child status: {}\nstdout:\n{}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "the child failed\n{text}");
    assert!(!text.contains("panicked"), "the child panicked\n{text}");
    // The child must really have run the test, not matched nothing.
    assert!(text.contains("1 passed"), "the child ran no test\n{text}");
    text
}

/// The directory the parent prepared, when this process is the child.
fn child_home() -> Option<PathBuf> {
    std::env::var_os(CHILD).map(PathBuf::from)
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

fn file_len(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

/// The whole stereo frames of the capture from byte `offset` on (the sink may be mid-write).
fn read_from(path: &Path, offset: u64) -> Vec<[f32; 2]> {
    let bytes = std::fs::read(path).unwrap_or_default();
    let start = (offset as usize / 8 * 8).min(bytes.len());
    bytes[start..]
        .chunks_exact(8)
        .map(|b| {
            [
                f32::from_le_bytes([b[0], b[1], b[2], b[3]]),
                f32::from_le_bytes([b[4], b[5], b[6], b[7]]),
            ]
        })
        .collect()
}

fn left_channel(frames: &[[f32; 2]]) -> Vec<f32> {
    frames.iter().map(|f| f[0]).collect()
}

/// The magnitude of one frequency in `samples` (the Goertzel algorithm), normalised by length.
fn magnitude(samples: &[f32], hz: f64) -> f64 {
    let w = TAU * hz / f64::from(SAMPLE_RATE);
    let coeff = 2.0 * w.cos();
    let (mut s1, mut s2) = (0.0_f64, 0.0_f64);
    for &x in samples {
        let s0 = f64::from(x) + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    (s1 * s1 + s2 * s2 - coeff * s1 * s2).max(0.0).sqrt() / samples.len() as f64
}

fn rms(samples: &[f32]) -> f64 {
    (samples.iter().map(|&s| f64::from(s).powi(2)).sum::<f64>() / samples.len() as f64).sqrt()
}

/// The part of `samples` between the first and the last sample louder than a whisper.
fn audible(samples: &[f32]) -> &[f32] {
    let loud = |s: &f32| s.abs() > 1e-4;
    match (
        samples.iter().position(loud),
        samples.iter().rposition(loud),
    ) {
        (Some(first), Some(last)) => &samples[first..=last],
        _ => &[],
    }
}

#[test]
fn session_done_reaches_the_capture_sink_as_rendered() {
    let cue = Sound::SessionDone;
    if let Some(home) = child_home() {
        let out = home.join("out.raw");
        let audio = Audio::spawn(AudioSettings {
            volume: 1.0,
            ..AudioSettings::default()
        });
        assert!(
            wait_until(Duration::from_secs(5), || audio.status()
                == AudioStatus::Available),
            "the capture sink did not open: {:?}",
            audio.status()
        );
        let before = file_len(&out);
        audio.play(cue);
        // The file sink runs faster than real time and never stops writing (silence between cues), and the
        // sound thread first has to render the cue. So wait until the capture holds sound followed by half a
        // second of silence, which means the whole cue is in, then stop.
        let tail = SAMPLE_RATE as usize / 2;
        let finished = wait_until(Duration::from_secs(20), || {
            let left = left_channel(&read_from(&out, before));
            left.iter()
                .rposition(|s| s.abs() > 1e-4)
                .is_some_and(|last| left.len() - last > tail)
        });
        assert!(
            finished,
            "the cue did not reach the sink; it holds {} bytes",
            file_len(&out)
        );
        return;
    }

    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out.raw");
    // The plug fixes what reaches the file to stereo f32 at 48 kHz, whatever format rodio picks.
    let asoundrc = format!(
        "pcm.capture {{ type file slave.pcm \"null\" file \"{}\" format \"raw\" }}\n\
         pcm.!default {{ type plug slave {{ pcm \"capture\" format FLOAT_LE rate {SAMPLE_RATE} channels 2 }} }}\n",
        out.display()
    );
    std::fs::write(home.path().join(".asoundrc"), asoundrc).unwrap();
    run_child(
        "session_done_reaches_the_capture_sink_as_rendered",
        home.path(),
        &[],
    );

    assert_eq!(
        file_len(&out) % 8,
        0,
        "the capture holds a partial stereo frame"
    );
    let frames = read_from(&out, 0);
    let left = left_channel(&frames);
    assert!(
        frames.iter().all(|f| (f[0] - f[1]).abs() < 1e-6),
        "a mono cue must be the same on both sides"
    );

    let captured = audible(&left);
    let rendered = render(cue).data;
    let expected = audible(&rendered);
    assert!(!captured.is_empty(), "the capture is silent");
    let length_ratio = captured.len() as f64 / expected.len() as f64;
    assert!(
        (0.98..=1.02).contains(&length_ratio),
        "captured {} samples, rendered {}",
        captured.len(),
        expected.len()
    );
    let (got, want) = (rms(captured), rms(expected));
    assert!(
        (got / want - 1.0).abs() < 0.03,
        "captured RMS {got}, rendered RMS {want}"
    );
    // The energy sits on the cue's three notes (E4, G4, C5) in the rendered proportions, with next to
    // nothing between them.
    for hz in [329.63, 392.0, 523.25] {
        let (got, want) = (magnitude(captured, hz), magnitude(expected, hz));
        assert!(
            (got / want - 1.0).abs() < 0.05,
            "at {hz} Hz: captured {got}, rendered {want}"
        );
    }
    let strongest = magnitude(captured, 392.0);
    for hz in [450.0, 700.0, 1500.0] {
        let got = magnitude(captured, hz);
        assert!(
            got < 0.1 * strongest,
            "at {hz} Hz: captured {got}, against {strongest} at 392 Hz"
        );
    }
}

#[test]
fn without_any_device_calls_return_at_once_and_status_says_why() {
    if child_home().is_some() {
        let started = Instant::now();
        let audio = Audio::spawn(AudioSettings::default());
        assert!(
            started.elapsed() < Duration::from_millis(200),
            "spawn took {:?}",
            started.elapsed()
        );
        let reported = wait_until(
            Duration::from_secs(1),
            || matches!(audio.status(), AudioStatus::Unavailable { reason } if reason.to_string() == "Sound is unavailable: no sound device was found."),
        );
        assert!(reported, "status after a second: {:?}", audio.status());
        let AudioStatus::Unavailable { reason } = audio.status() else {
            unreachable!()
        };
        assert!(
            reason.to_string().starts_with("Sound is unavailable"),
            "{reason}"
        );
        println!("status: {reason}");

        let started = Instant::now();
        for remaining in (1..=3).cycle().take(300) {
            audio.play(Sound::Countdown { remaining });
            audio.say(
                Phrase::ExerciseName("cat-cow".into()),
                limber_shell::audio::Voice::ENGLISH,
                Instant::now(),
                false,
            );
        }
        audio.play(Sound::Test);
        audio
            .set_settings(AudioSettings {
                sound: true,
                volume: 0.3,
                coach: Coach::Full,
                voice_volume: 0.3,
                gentle_at_night: true,
            })
            .unwrap();
        assert!(
            started.elapsed() < Duration::from_millis(100),
            "the calls took {:?}",
            started.elapsed()
        );
        assert!(matches!(audio.status(), AudioStatus::Unavailable { .. }));
        drop(audio);
        return;
    }

    // An empty ALSA configuration defines no device at all, not even a default one, whatever cards exist.
    let home = tempfile::tempdir().unwrap();
    let empty = home.path().join("alsa.conf");
    std::fs::write(&empty, "").unwrap();
    let output = run_child(
        "without_any_device_calls_return_at_once_and_status_says_why",
        home.path(),
        &[("ALSA_CONFIG_PATH", &empty)],
    );
    assert!(output.contains("status: Sound is unavailable"), "{output}");
}
