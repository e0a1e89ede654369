//! The reminder scheduler: a thread that keeps the wall clock in view and shows each reminder once.
//!
//! This module owns the scheduler's thread and its closed set of [`Message`]s. The reminder setup and what is
//! remembered of past reminders are stored through `limber_app::reminders`. The decisions themselves (what is
//! due, what is missed, when to look again) are the core's `schedule::Agenda`; the [`Driver`] only reads the
//! clock, applies those decisions, persists them and shows notices. It must never compute a reminder time itself, never sleep
//! longer than [`MAX_SLEEP`] at a time, and never show a notice from the main thread.
//!
//! # What counts as using the computer
//! A "when I first use the computer after HH:MM" reminder fires on the first of these at or after its time:
//! Limber starting (at login, when start at login is on), the machine waking from sleep (seen as the wall
//! clock running ahead of the monotonic clock, which stops during suspend, and on Linux from logind), the
//! screen being unlocked (Linux: the screen saver's and logind's D-Bus signals, `crate::unlock`), the Limber
//! window gaining focus, and any use of the tray menu or of `limber start`.

mod driver;
#[cfg(test)]
mod tests;

use std::sync::{mpsc, Arc};
use std::time::Duration;

use chrono::NaiveDate;
use limber_app::error::AppError;
use limber_app::notice::{Notice, NoticeAction};
use limber_app::reminders::ReminderError;
use limber_app::state::{LibraryHandle, StoreHandle};
use limber_app::status::ReminderStatus;

use crate::notification::DesktopNotifier;

pub use driver::{Driver, Flow};

/// The longest the scheduler sleeps between two looks at the wall clock. Monotonic timers stop while the
/// machine is suspended and the wall clock may be corrected or change zone at any time, so a reminder is
/// never more than this late after a wake.
pub const MAX_SLEEP: Duration = Duration::from_secs(60);

/// The event that carries a reminder to the window when the desktop notification could not be shown.
pub const BANNER_EVENT: &str = "reminders://banner";

/// What the scheduler's thread is told. The set is closed: everything that changes reminders goes through
/// one of these, so the thread is the ledger's only writer.
#[derive(Debug)]
pub enum Message {
    /// The settings changed (or a session was recorded): read them again and recompute.
    Reload,
    /// Another process changed the data (an import): read the person's routines and the reminder settings
    /// again, so imported routines can be started and imported reminders fire at once.
    DataChanged,
    /// The person used the computer: fire "first use" reminders that are waiting.
    Activity,
    /// Show a delivered reminder again after the snooze length.
    Snooze { routine_id: String, day: NaiveDate },
    /// Pause every reminder of today (snoozes included); `ack` is told once the pause is stored.
    PauseToday { ack: Option<mpsc::Sender<()>> },
    /// Lift today's pause; reminders still within the grace period then fire.
    Resume { ack: Option<mpsc::Sender<()>> },
    /// Stop the thread (the app is quitting).
    Shutdown,
}

/// The app's side of a reminder besides the desktop notification: the banner in the window and the tray.
/// Tests replace it with a recorder.
pub trait Presence: Send + 'static {
    /// Shows the notice inside the window; returns false when no window is open.
    fn banner(&self, notice: &Notice) -> bool;
    /// The next reminders or today's state changed (for the tray's tooltip and menu).
    fn status(&self, status: &ReminderStatus);
    /// A sync pass brought data from another computer: an open window shows it again.
    fn data_changed(&self) {}
}

/// The handle commands and the window use to reach the scheduler's thread.
#[derive(Debug, Clone)]
pub struct Scheduler {
    tx: mpsc::Sender<Message>,
}

/// Starts the scheduler with the system clock and the desktop notifier: `presence` is the process's window
/// and tray, `on_start` is called with a routine id when the person answers a reminder with "Start now" (or
/// clicks it). Snoozes go straight back to the scheduler. Returns the handle to reach its thread, and the
/// thread, for a caller that must know it has stopped (after [`Message::Shutdown`]) before another process
/// takes over the reminders.
pub fn start<P: Presence>(
    library: LibraryHandle,
    store: StoreHandle,
    presence: P,
    on_start: impl Fn(&str) + Send + Sync + 'static,
) -> Result<(Scheduler, std::thread::JoinHandle<()>), AppError> {
    let (scheduler, rx) = Scheduler::channel();
    let answers = scheduler.clone();
    let on_action: limber_app::notice::ActionSink = Arc::new(move |answer| match answer {
        NoticeAction::Start { routine_id } => {
            on_start(&routine_id);
            answers.send(Message::Activity);
        }
        NoticeAction::Snooze { routine_id, day } => {
            answers.send(Message::Snooze { routine_id, day });
        }
    });
    // Reminders the other process showed before handing over still answer here.
    #[cfg(target_os = "linux")]
    crate::open_notices::adopt(Arc::clone(&on_action));
    let notifier = DesktopNotifier::new(on_action);
    let clock = Arc::new(crate::clock::SystemClock::new());
    let driver = Driver::new(clock, store, library, notifier, presence);
    let thread = run(driver, rx).map_err(|error| {
        AppError::Internal(format!("the reminder scheduler could not start: {error}"))
    })?;
    Ok((scheduler, thread))
}

/// How long a command waits for the scheduler to confirm a pause. The scheduler only ever blocks on a
/// notification, for at most [`crate::notification::SHOW_TIMEOUT`].
const ACK_TIMEOUT: Duration = Duration::from_secs(8);

impl Scheduler {
    /// A handle and the receiving end its thread reads (tests read it directly).
    pub fn channel() -> (Scheduler, mpsc::Receiver<Message>) {
        let (tx, rx) = mpsc::channel();
        (Scheduler { tx }, rx)
    }

    /// Sends a message; a stopped scheduler is logged, never a panic.
    pub fn send(&self, message: Message) {
        if self.tx.send(message).is_err() {
            log::warn!("the reminder scheduler has stopped; a message was dropped");
        }
    }

    /// Pauses or resumes today's reminders and waits until the scheduler has stored it.
    pub fn pause_today(&self, paused: bool) -> Result<(), ReminderError> {
        let (ack, done) = mpsc::channel();
        let message = if paused {
            Message::PauseToday { ack: Some(ack) }
        } else {
            Message::Resume { ack: Some(ack) }
        };
        self.tx
            .send(message)
            .map_err(|_| ReminderError::NotRunning)?;
        done.recv_timeout(ACK_TIMEOUT)
            .map_err(|_| ReminderError::NotRunning)
    }
}

/// Runs a driver on its own thread until [`Message::Shutdown`] or until every sender is gone. Each turn
/// re-reads the wall clock; the wait never exceeds [`MAX_SLEEP`].
pub fn run<N, P>(
    mut driver: Driver<N, P>,
    rx: mpsc::Receiver<Message>,
) -> std::io::Result<std::thread::JoinHandle<()>>
where
    N: crate::notification::Notifier,
    P: Presence,
{
    std::thread::Builder::new()
        .name("limber-reminders".into())
        .spawn(move || {
            let mut wait = driver.tick();
            loop {
                match rx.recv_timeout(wait) {
                    Ok(message) => {
                        if driver.handle(message) == Flow::Stop {
                            break;
                        }
                        // Several messages often come together (focus, then a click): take them all
                        // before looking at the clock again.
                        while let Ok(message) = rx.try_recv() {
                            if driver.handle(message) == Flow::Stop {
                                return;
                            }
                        }
                    }
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                    Err(mpsc::RecvTimeoutError::Disconnected) => break,
                }
                wait = driver.tick();
            }
            log::info!("the reminder scheduler stopped");
        })
}
