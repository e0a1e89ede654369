//! Cue lateness of the real session driver on the real clock, and the start error of the voice coach's clips.
//!
//! Runs a routine (default: `morning-mobility`, about 5 minutes) through `limber_shell::session::spawn` — the
//! same task, clock, sleeps and sound thread the app uses — with the voice coach on (`--coach full`, `cues` or
//! `off`) and the tones silent, and records:
//! - for every cue, how late the driver delivered it: the monotonic time at which the cue reached the output
//!   minus the instant the engine says it was due;
//! - for every voice clip, its start error: when its first sample reached the output stream minus when the
//!   voice lane planned it (its cue, or later when it waited for the clip before it), as the sound thread
//!   measures it; the device's own fixed latency comes on top and is the same for every clip. Phrases the lane
//!   dropped (a count that would have been late) are counted apart.
//!
//! The clips need a sound output that keeps real time. Without a sound card, `--null-sink` starts a private
//! PulseAudio server with a null sink (packages pulseaudio and libasound2-plugins) and runs the benchmark again
//! with ALSA's default output going there.
//!
//! `cargo run --release -p limber-bench-shell --bin cue_lateness [-- --routine two-minute-reset] [--coach cues] [--null-sink]`

use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use limber_app::settings::AudioSettings;
use limber_app::state::LibraryHandle;
use limber_core::session::Cue;
use limber_core::speech::Coach;
use limber_resident::clock::{Clock, SystemClock};
use limber_shell::audio::{Audio, AudioStatus};
use limber_shell::session::{self, SessionOutput, SessionSink, SessionView};

/// The target for a clip's start.
const CLIP_TARGET_MS: f64 = 20.0;

/// Records when each cue arrived, on the driver's own clock.
struct Recorder {
    clock: Arc<SystemClock>,
    lateness_ms: Mutex<Vec<u64>>,
    finished: AtomicBool,
}

impl SessionOutput for Recorder {
    fn view(&self, _view: &SessionView) {}

    fn cue(&self, cue: &Cue, _view: &SessionView) {
        let now = self.clock.monotonic_ms();
        let late = now.saturating_sub(cue.at.0);
        self.lateness_ms
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(late);
    }

    fn finished(&self, _view: &SessionView) {
        self.finished.store(true, Ordering::SeqCst);
    }
}

struct NoStore;

impl SessionSink for NoStore {
    fn record(&self, _session: &session::FinishedSession) -> limber_app::outbox::SaveState {
        limber_app::outbox::SaveState::Saved
    }
}

fn percentile<T: Copy + Default>(sorted: &[T], p: f64) -> T {
    if sorted.is_empty() {
        return T::default();
    }
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let index = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// Starts a private PulseAudio server with a null sink and runs this benchmark again with ALSA's default
/// output going to it (ALSA reads its configuration once per process, so it must be a new process).
#[allow(clippy::print_stdout)]
fn rerun_with_null_sink(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let runtime = dir.path().join("run");
    std::fs::create_dir_all(&runtime)?;
    let socket = runtime.join("native");
    let mut server = Command::new("pulseaudio")
        .args([
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--load=module-null-sink sink_name=bench rate=48000 norewinds=1",
        ])
        .arg(format!(
            "--load=module-native-protocol-unix auth-anonymous=1 socket={}",
            socket.display()
        ))
        .env("HOME", dir.path())
        .env("XDG_RUNTIME_DIR", &runtime)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let deadline = Instant::now() + Duration::from_secs(10);
    while !socket.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    println!("cue lateness: a private PulseAudio null sink stands in for the sound card");
    let status = Command::new(std::env::current_exe()?)
        .args(args.iter().skip(1).filter(|a| *a != "--null-sink"))
        .env("PULSE_SERVER", format!("unix:{}", socket.display()))
        .env("XDG_RUNTIME_DIR", &runtime)
        .status();
    let _ = server.kill();
    let _ = server.wait();
    if !status?.success() {
        return Err("the benchmark failed".into());
    }
    Ok(())
}

#[allow(clippy::print_stdout, clippy::too_many_lines)]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--null-sink") {
        return rerun_with_null_sink(&args);
    }
    let routine = arg(&args, "--routine").unwrap_or_else(|| "morning-mobility".to_owned());
    let coach = match arg(&args, "--coach").as_deref() {
        None | Some("full") => Coach::Full,
        Some("cues") => Coach::Cues,
        Some("off") => Coach::Off,
        Some(other) => return Err(format!("--coach is off, cues or full, not {other}").into()),
    };

    let library = LibraryHandle::new(limber_core::library::Library::builtin()?);
    let planned = {
        let lib = library.current();
        let r = lib.routine(&routine).ok_or("unknown routine")?;
        lib.planned_duration_secs(r)
    };
    let clock = Arc::new(SystemClock::new());
    let recorder = Arc::new(Recorder {
        clock: Arc::clone(&clock),
        lateness_ms: Mutex::new(Vec::new()),
        finished: AtomicBool::new(false),
    });
    let audio = Audio::spawn(AudioSettings {
        sound: true,
        // The tones are silent: the figure is about the voice.
        volume: 0.0,
        coach,
        voice_volume: 1.0,
        gentle_at_night: true,
    });
    let opened = Instant::now();
    while audio.status() != AudioStatus::Available && opened.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(20));
    }
    if let AudioStatus::Unavailable { reason } = audio.status() {
        println!("cue lateness: {reason} The voice clips are not measured; try --null-sink.");
    }
    let handle = session::spawn(
        library,
        clock.clone(),
        clock.scale(),
        audio.clone(),
        recorder.clone(),
        Arc::new(NoStore),
    );
    println!(
        "cue lateness: running {routine} ({planned} s planned) with the coach {coach:?} on the real driver, \
         clock and sound thread..."
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(handle.start(routine.clone(), None, "en".to_owned()))?;
    while !recorder.finished.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(200));
    }
    // Let the last clip start.
    std::thread::sleep(Duration::from_secs(2));
    let mut late = recorder
        .lateness_ms
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone();
    late.sort_unstable();
    let log = audio.take_voice_log();
    let mut errors: Vec<f64> = log.started.iter().map(|s| s.error_ms()).collect();
    errors.sort_by(f64::total_cmp);
    // The lane's timeline counts whole milliseconds, so a clip placed on its cue may sit a fraction of one after it.
    let waited = log
        .started
        .iter()
        .filter(|s| s.planned.saturating_duration_since(s.due) > Duration::from_millis(1))
        .count();
    println!("| measure | value | target |");
    println!("|---|---|---|");
    println!("| cues delivered | {} | every cue once |", late.len());
    println!(
        "| median lateness | {} ms | < 5 ms |",
        percentile(&late, 0.5)
    );
    println!(
        "| 95th percentile | {} ms | < 10 ms |",
        percentile(&late, 0.95)
    );
    println!(
        "| worst lateness | {} ms | < 50 ms |",
        late.last().copied().unwrap_or(0)
    );
    println!(
        "| voice clips started | {} ({waited} after waiting for the clip before them) | |",
        errors.len()
    );
    println!(
        "| phrases dropped (busy voice, or a count handed over late) | {} | counts never late |",
        log.dropped.len()
    );
    println!(
        "| clip start error, p50 | {:.1} ms | < {CLIP_TARGET_MS} ms |",
        percentile(&errors, 0.5)
    );
    println!(
        "| clip start error, p99 | {:.1} ms | < {CLIP_TARGET_MS} ms |",
        percentile(&errors, 0.99)
    );
    println!(
        "| clip start error, worst | {:.1} ms | |",
        errors.last().copied().unwrap_or(0.0)
    );
    // Each clip apart, so a clip that is slow to start (a long one decoded late, say) shows by name.
    let mut by_clip: std::collections::BTreeMap<&str, Vec<f64>> = std::collections::BTreeMap::new();
    for start in &log.started {
        by_clip
            .entry(start.clip.as_str())
            .or_default()
            .push(start.error_ms());
    }
    println!();
    println!("| clip | started | start error p50 | p99 | target |");
    println!("|---|---|---|---|---|");
    for (clip, mut errors) in by_clip {
        errors.sort_by(f64::total_cmp);
        let p99 = percentile(&errors, 0.99);
        let verdict = if p99.abs() <= CLIP_TARGET_MS {
            "ok"
        } else {
            "over"
        };
        println!(
            "| {clip} | {} | {:.1} ms | {p99:.1} ms | < {CLIP_TARGET_MS} ms ({verdict}) |",
            errors.len(),
            percentile(&errors, 0.5),
        );
    }
    Ok(())
}
