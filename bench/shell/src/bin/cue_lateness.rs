//! Cue lateness of the real session driver on the real clock.
//!
//! Runs a routine (default: `morning-mobility`, about 5 minutes) through `limber_shell::session::spawn` — the
//! same task, clock and sleeps the app uses, with sound switched off so no device is needed — and records,
//! for every cue, how late the driver delivered it: the monotonic time at which the cue reached the output
//! minus the instant the engine says it was due. Prints the median, 95th percentile and worst lateness.
//!
//! `cargo run --release -p limber-bench-shell --bin cue_lateness [-- --routine two-minute-reset]`

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use limber_app::settings::AudioSettings;
use limber_app::state::LibraryHandle;
use limber_core::session::Cue;
use limber_resident::clock::{Clock, SystemClock};
use limber_shell::audio::Audio;
use limber_shell::session::{self, SessionOutput, SessionSink, SessionView};

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

fn percentile(sorted: &[u64], p: f64) -> u64 {
    if sorted.is_empty() {
        return 0;
    }
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let index = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

#[allow(clippy::print_stdout)]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let routine = args
        .iter()
        .position(|a| a == "--routine")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| "morning-mobility".to_owned());

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
        sound: false,
        voice: false,
        volume: 0.0,
    });
    let handle = session::spawn(
        library,
        clock.clone(),
        clock.scale(),
        audio,
        recorder.clone(),
        Arc::new(NoStore),
    );
    println!(
        "cue lateness: running {routine} ({planned} s planned) on the real driver and clock..."
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(handle.start(routine.clone(), None))?;
    while !recorder.finished.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(200));
    }
    let mut late = recorder
        .lateness_ms
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone();
    late.sort_unstable();
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
    Ok(())
}
