//! The tray-only process, `limber-tray` (Linux): where Limber lives between routines.
//!
//! A webview cannot be made small: linking WebKitGTK alone maps tens of megabytes (WebKit, JavaScriptCore,
//! GTK, Mesa's software GL with libLLVM, speech synthesis voices), even with no window open. So when the
//! window closes with no routine running, the app starts this process and ends; this one keeps the reminder
//! scheduler, desktop notifications and the tray icon, without tauri, GTK or WebKit. When the person wants the
//! window again (the tray's menu, a reminder's "Start now", a second `limber` launch) it starts the app and
//! ends. At most one of the two runs at a time: they hand over the single-instance D-Bus name the app's
//! single-instance plugin uses, so a second `limber` always reaches whichever one runs.
//!
//! The tray is a StatusNotifierItem on the session bus (the protocol desktop panels and the app's own
//! appindicator tray speak), drawn from the same labels and status lines as the app's tray. Without a session
//! bus or a tray host the process still keeps the reminders. It must never decide anything about reminders
//! itself (the scheduler does) and never keep the single-instance name while the app starts.

mod instance;

pub use instance::{forward as forward_launch, tell_data_changed, Forwarded};

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use limber_core::library::Library;
use limber_core::routine::TimeOfDay;

use crate::scheduler::{self, Message, Presence, Scheduler};
use limber_app::notice::Notice;
use limber_app::state::{DataPaths, LibraryHandle, StoreHandle};
use limber_app::status::{tray_lines, ReminderStatus};
use limber_app::tray_menu::Labels;

use crate::binaries::{sibling, APP_BINARY, PROCESS_BINARY as BINARY};

/// How long the tray process waits for the app that started it to end and free the single-instance name.
const HANDOVER_WAIT: Duration = Duration::from_secs(10);

/// How often the daily backup is checked while only the tray runs (as the app does).
const BACKUP_CHECK_EVERY: Duration = Duration::from_secs(60 * 60);

/// What the tray process is asked to do: by its menu, by a reminder's answer or by a second launch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Show the window, on this routine's player if one is named: the app takes over.
    Open(Option<String>),
    /// "Start bedtime routine" or "Start morning routine": the app takes over on the routine for that time.
    StartFor(TimeOfDay),
    /// "Pause reminders for today" switched on (true) or off.
    Pause(bool),
    /// The person used the computer (a "first use" reminder may be waiting).
    Activity,
    /// Another process changed the data (`limber import`): read routines and reminders again.
    DataChanged,
    /// "Quit": end Limber.
    Quit,
}

/// What the process does after a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Continue,
    /// End and start the app, on this routine's player if one is named.
    HandOver(Option<String>),
    Quit,
}

/// The command line of the tray process: `limber-tray [--after <pid>]`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    /// The app process that is handing over: wait for it to end before claiming the single-instance name.
    pub after: Option<u32>,
}

/// Parses the arguments after the program name.
pub fn parse_args<I, S>(args: I) -> Result<Options, String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut options = Options::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_ref() {
            "--after" => {
                let pid = args
                    .next()
                    .ok_or_else(|| "--after needs a process id".to_owned())?;
                let pid = pid
                    .as_ref()
                    .parse()
                    .map_err(|_| format!("--after needs a process id, not \"{}\"", pid.as_ref()))?;
                options.after = Some(pid);
            }
            other => return Err(format!("unknown argument \"{other}\"")),
        }
    }
    Ok(options)
}

/// Decides what a request means: menu choices and answers reach the scheduler; anything that needs the
/// window hands over to the app. `pick` names the routine for a time of day (the tray's rule).
pub fn handle(
    request: Request,
    scheduler: &Scheduler,
    pick: impl FnOnce(TimeOfDay) -> Option<String>,
) -> Step {
    match request {
        Request::Open(routine) => {
            scheduler.send(Message::Activity);
            Step::HandOver(routine)
        }
        Request::StartFor(time_of_day) => {
            scheduler.send(Message::Activity);
            Step::HandOver(pick(time_of_day))
        }
        Request::Pause(paused) => {
            scheduler.send(Message::Activity);
            scheduler.send(if paused {
                Message::PauseToday { ack: None }
            } else {
                Message::Resume { ack: None }
            });
            Step::Continue
        }
        Request::Activity => {
            scheduler.send(Message::Activity);
            Step::Continue
        }
        Request::DataChanged => {
            scheduler.send(Message::DataChanged);
            Step::Continue
        }
        Request::Quit => Step::Quit,
    }
}

/// The arguments that start the app on a routine, or plainly.
pub fn app_args(routine: Option<&str>) -> Vec<String> {
    match routine {
        Some(routine_id) => vec!["start".to_owned(), routine_id.to_owned()],
        None => Vec::new(),
    }
}

/// The start time of a process (field 22 of `/proc/<pid>/stat`, in clock ticks since boot), which tells it
/// apart from a later process that happens to get the same pid; `None` when it is gone.
fn start_time(stat: &str) -> Option<&str> {
    // The fields after the command name, which sits in parentheses and may itself hold spaces or ')'.
    let (_, rest) = stat.rsplit_once(')')?;
    // `rest` starts with field 3 (the state); field 22 is the 20th after it.
    rest.split_whitespace().nth(19)
}

/// Whether a process has ended: gone, a zombie waiting for its parent, or its pid now taken by another
/// process (its start time differs from the one first seen).
fn has_ended(pid: u32, first_start: Option<&str>) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => {
            let state_ended = stat
                .rsplit_once(')')
                .is_some_and(|(_, rest)| rest.trim_start().starts_with(['Z', 'X']));
            let reused = first_start.is_some_and(|first| start_time(&stat) != Some(first));
            state_ended || reused
        }
        Err(_) => true,
    }
}

/// Waits until the app that handed over has really ended, however long that takes: its reminder scheduler
/// may run until its last moment, and two schedulers at once could show a reminder twice. A slow exit is
/// logged once after `patience`; the tray starts nothing (no scheduler, no tray icon) until then.
fn wait_for_exit(pid: u32, patience: Duration) {
    let first = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok();
    let first_start = first.as_deref().and_then(start_time).map(str::to_owned);
    let since = Instant::now();
    let mut told = false;
    while !has_ended(pid, first_start.as_deref()) {
        if !told && since.elapsed() >= patience {
            log::warn!(
                "the app (pid {pid}) has not ended after {patience:?}; the tray waits for it before \
                 keeping the reminders"
            );
            told = true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Runs the tray process with the given arguments (after the program name) and returns its exit code.
pub fn run<I, S>(args: I) -> i32
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    crate::logger::init();
    let options = match parse_args(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("limber-tray: {message}");
            return 2;
        }
    };
    if let Some(pid) = options.after {
        wait_for_exit(pid, HANDOVER_WAIT);
    }
    let (requests, incoming) = mpsc::channel();
    let wait = if options.after.is_some() {
        HANDOVER_WAIT
    } else {
        Duration::ZERO
    };
    let instance = match instance::claim(requests.clone(), wait) {
        Ok(instance::Claim::Owned(instance)) => Some(instance),
        Ok(instance::Claim::Taken) => {
            log::info!("Limber already runs; this tray process ends");
            return 0;
        }
        Err(error) => {
            log::warn!("no D-Bus session bus ({error}); a second launch will not find Limber");
            None
        }
    };
    let code = match serve(&requests, &incoming) {
        Ok(Step::HandOver(routine)) => {
            // Free the name first: the app's single-instance plugin must find no one holding it.
            if let Some(instance) = instance {
                instance.release();
            }
            handover_clock::log("the single-instance name is free");
            let code = start_app(routine.as_deref());
            handover_clock::log("the app is started");
            code
        }
        Ok(_) => 0,
        Err(message) => {
            log::error!("{message}");
            1
        }
    };
    log::info!("the tray process ends");
    code
}

/// Opens the store and the library, starts the scheduler and the tray, and answers requests until one
/// ends the process. The scheduler has stopped when this returns.
fn serve(
    requests: &mpsc::Sender<Request>,
    incoming: &mpsc::Receiver<Request>,
) -> Result<Step, String> {
    let paths = DataPaths::from_os().map_err(|error| error.to_string())?;
    log::info!("tray only; data directory: {}", paths.dir().display());
    // A recovery made here is kept in the store; the app tells the person when the window next opens. A full
    // disk or a read-only folder does not stop the tray: it is logged in plain words, the reminders go on
    // from what can be read, and the app says it on screen when the window opens.
    let opened = limber_app::state::open_for_use(&paths).map_err(|error| error.to_string())?;
    if let Some(problem) = &opened.problem {
        log::error!("{}", problem.sentence(limber_app::i18n::SOURCE));
    }
    let (store, recovery) = (opened.store, opened.recovery);
    if let Some(recovery) = recovery {
        log::warn!("{}", limber_app::state::recovery_words(&recovery));
    }
    let clock_now = || crate::clock::Clock::now_utc(&crate::clock::SystemClock::new());
    limber_app::state::backup_now(&store, clock_now(), &paths.backups());
    let library =
        Library::builtin().map_err(|error| format!("the built-in library is invalid: {error}"))?;
    let library = LibraryHandle::new(library);
    let store = StoreHandle::new(store);
    limber_app::routines::load_at_start(&store, &library);

    // The language is settled once: it can only be changed in the window, and the app and this process never
    // run at the same time.
    let language = limber_app::i18n::language_in_force(&store.lock(), &crate::locale::system());
    let tray = icon::spawn(requests.clone(), Labels::new(&language));
    let on_start = requests.clone();
    let (scheduler, thread) = scheduler::start(
        library.clone(),
        store.clone(),
        TrayPresence { tray: tray.clone() },
        move |routine_id| {
            let _ = on_start.send(Request::Open(Some(routine_id.to_owned())));
        },
    )
    .map_err(|error| error.to_string())?;
    // Closing the window or logging in is using the computer; so is unlocking the screen later.
    scheduler.send(Message::Activity);
    let on_return = requests.clone();
    crate::unlock::watch(move |_| {
        let _ = on_return.send(Request::Activity);
    });

    let step = loop {
        let request = match incoming.recv_timeout(BACKUP_CHECK_EVERY) {
            Ok(request) => request,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                limber_app::state::backup_now(&store.lock(), clock_now(), &paths.backups());
                continue;
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break Step::Quit,
        };
        let pick = |time_of_day| {
            limber_app::tray_menu::pick_routine(&library.current(), &store.lock(), time_of_day)
        };
        match handle(request, &scheduler, pick) {
            Step::Continue => {}
            Step::HandOver(routine) if sibling(APP_BINARY).is_none() => {
                log::error!(
                    "the app ({APP_BINARY}) is not beside {BINARY}; cannot open the window{}",
                    routine.map(|id| format!(" on {id}")).unwrap_or_default()
                );
            }
            step => break step,
        }
    };
    if matches!(step, Step::HandOver(_)) {
        handover_clock::start();
    }
    scheduler.send(Message::Shutdown);
    // Wait for the scheduler to stop, so that a reminder it is showing is stored before the app reads them.
    if thread.join().is_err() {
        log::warn!("the reminder scheduler had stopped with a panic");
    }
    handover_clock::log("the reminder scheduler stopped");
    if let Some(tray) = tray {
        tray.shutdown().wait();
    }
    handover_clock::log("the tray icon is gone");
    Ok(step)
}

/// Starts the app (on a routine's player) and returns this process's exit code.
fn start_app(routine: Option<&str>) -> i32 {
    let Some(app) = sibling(APP_BINARY) else {
        log::error!("the app ({APP_BINARY}) is not beside {BINARY}");
        return 1;
    };
    match spawn_detached(&app, &app_args(routine)) {
        Ok(()) => 0,
        Err(error) => {
            log::error!("the app could not be started: {error}");
            1
        }
    }
}

fn spawn_detached(program: &Path, args: &[String]) -> std::io::Result<()> {
    let mut command = Command::new(program);
    command.args(args).stdin(Stdio::null());
    // Reminders on screen keep their buttons: the app listens for their answers.
    crate::open_notices::pass_on(&mut command);
    command.spawn().map(|_| ())
}

/// The tray as the scheduler's [`Presence`]: there is no window to show a banner in.
struct TrayPresence {
    tray: Option<ksni::blocking::Handle<icon::TrayIcon>>,
}

impl Presence for TrayPresence {
    fn banner(&self, notice: &Notice) -> bool {
        log::warn!(
            "no window is open to show the reminder \"{}\" in",
            notice.summary
        );
        false
    }

    fn status(&self, status: &ReminderStatus) {
        if let Some(tray) = &self.tray {
            let (next, streak) = tray_lines(status);
            let paused = status.paused_today;
            tray.update(move |icon| icon.show(next, streak, paused));
        }
    }
}

/// The StatusNotifierItem: icon, tooltip and menu.
mod icon {
    use std::sync::mpsc;

    use ksni::blocking::TrayMethods;
    use ksni::menu::{CheckmarkItem, StandardItem};
    use ksni::MenuItem;
    use limber_core::routine::TimeOfDay;

    use super::{Labels, Request};

    /// The icon as the installed theme names it, and as pixels for a tray that does not find it.
    const THEME_ICON: &str = "limber";
    const PNG: &[u8] = include_bytes!("../../../src-tauri/icons/32x32.png");

    pub struct TrayIcon {
        requests: mpsc::Sender<Request>,
        labels: Labels,
        next: String,
        streak: String,
        paused: bool,
        pixmap: Vec<ksni::Icon>,
    }

    impl TrayIcon {
        pub fn new(requests: mpsc::Sender<Request>, labels: Labels) -> Self {
            Self {
                requests,
                next: labels.next_unknown.clone(),
                streak: labels.streak_unknown.clone(),
                labels,
                paused: false,
                pixmap: pixmap(PNG).into_iter().collect(),
            }
        }

        pub fn show(&mut self, next: String, streak: String, paused: bool) {
            self.next = next;
            self.streak = streak;
            self.paused = paused;
        }

        fn send(&self, request: Request) {
            if self.requests.send(request).is_err() {
                log::debug!("the tray process is ending; a tray choice was dropped");
            }
        }
    }

    /// Starts the tray on the session bus; `None` (logged) without a bus. A panel that starts later still
    /// finds it.
    pub fn spawn(
        requests: mpsc::Sender<Request>,
        labels: Labels,
    ) -> Option<ksni::blocking::Handle<TrayIcon>> {
        match TrayIcon::new(requests, labels)
            .assume_sni_available(true)
            .spawn()
        {
            Ok(handle) => Some(handle),
            Err(error) => {
                log::warn!("no tray icon: {error}");
                None
            }
        }
    }

    /// Decodes an RGBA PNG into the ARGB32 (network order) pixels the protocol carries.
    pub fn pixmap(png_bytes: &[u8]) -> Option<ksni::Icon> {
        let mut reader = png::Decoder::new(std::io::Cursor::new(png_bytes))
            .read_info()
            .ok()?;
        let mut buffer = vec![0; reader.output_buffer_size()?];
        let info = reader.next_frame(&mut buffer).ok()?;
        if info.color_type != png::ColorType::Rgba || info.bit_depth != png::BitDepth::Eight {
            return None;
        }
        let data = buffer[..info.buffer_size()]
            .chunks_exact(4)
            .flat_map(|rgba| [rgba[3], rgba[0], rgba[1], rgba[2]])
            .collect();
        Some(ksni::Icon {
            width: i32::try_from(info.width).ok()?,
            height: i32::try_from(info.height).ok()?,
            data,
        })
    }

    fn item(text: &str, request: Request) -> MenuItem<TrayIcon> {
        StandardItem {
            label: text.to_owned(),
            activate: Box::new(move |icon: &mut TrayIcon| icon.send(request.clone())),
            ..Default::default()
        }
        .into()
    }

    fn line(text: &str) -> MenuItem<TrayIcon> {
        StandardItem {
            label: text.to_owned(),
            enabled: false,
            ..Default::default()
        }
        .into()
    }

    impl ksni::Tray for TrayIcon {
        fn id(&self) -> String {
            "limber".to_owned()
        }

        fn title(&self) -> String {
            "Limber".to_owned()
        }

        fn icon_name(&self) -> String {
            THEME_ICON.to_owned()
        }

        fn icon_pixmap(&self) -> Vec<ksni::Icon> {
            self.pixmap.clone()
        }

        fn tool_tip(&self) -> ksni::ToolTip {
            ksni::ToolTip {
                title: "Limber".to_owned(),
                description: format!("{}\n{}", self.next, self.streak),
                ..Default::default()
            }
        }

        /// A click on the icon opens Limber.
        fn activate(&mut self, _x: i32, _y: i32) {
            self.send(Request::Open(None));
        }

        fn menu(&self) -> Vec<MenuItem<Self>> {
            vec![
                line(&self.next),
                line(&self.streak),
                MenuItem::Separator,
                item(
                    &self.labels.start_bedtime,
                    Request::StartFor(TimeOfDay::Bedtime),
                ),
                item(
                    &self.labels.start_morning,
                    Request::StartFor(TimeOfDay::Morning),
                ),
                CheckmarkItem {
                    label: self.labels.pause_today.clone(),
                    checked: self.paused,
                    activate: Box::new(|icon: &mut TrayIcon| {
                        icon.paused = !icon.paused;
                        icon.send(Request::Pause(icon.paused));
                    }),
                    ..Default::default()
                }
                .into(),
                MenuItem::Separator,
                item(&self.labels.open, Request::Open(None)),
                item(&self.labels.quit, Request::Quit),
            ]
        }
    }
}

#[cfg(test)]
mod tests;

/// How long each part of a hand-over to the app takes, logged at debug level: a reminder's "Start now" to the
/// player is a start-up figure (bench/footprint), and this process's part of it is these steps.
mod handover_clock {
    use std::sync::OnceLock;
    use std::time::Instant;

    static STARTED: OnceLock<Instant> = OnceLock::new();

    pub fn start() {
        let _ = STARTED.set(Instant::now());
    }

    /// Logs `what` with the time since the hand-over began, and the wall clock (milliseconds since the epoch,
    /// as the page's start-up report gives it), so that the steps can be put beside a reminder's click.
    pub fn log(what: &str) {
        if let Some(started) = STARTED.get() {
            let wall = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|since| since.as_secs_f64() * 1000.0)
                .unwrap_or_default();
            log::debug!(
                "hand-over: {what} after {:.1} ms (at {wall:.1} ms since the epoch)",
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
    }
}
