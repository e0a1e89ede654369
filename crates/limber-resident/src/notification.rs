//! Desktop notifications for reminders: showing them without ever hanging Limber.
//!
//! This module owns the [`Notifier`] trait the reminder scheduler talks to (tests replace it with a
//! recorder) and [`DesktopNotifier`], which shows a reminder's words (`limber_app::notice::Notice`) through the platform's
//! notification service (D-Bus `org.freedesktop.Notifications` on Linux) and reports the user's answer
//! ("Start now", "Snooze", a click on the notice) back as a [`NoticeAction`]. A notification daemon that is
//! present but frozen blocks a D-Bus call for over a minute, so every call runs on its own short-lived
//! thread and the caller waits at most [`SHOW_TIMEOUT`]; a late answer is then withdrawn. This module never
//! decides when a reminder is due and never writes anything: the scheduler does both.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use limber_app::notice::{ActionSink, Notice};

/// How long the scheduler waits for the notification service to accept a notice before it falls back to
/// the window's banner. A healthy daemon answers in milliseconds.
pub const SHOW_TIMEOUT: Duration = Duration::from_secs(5);

/// Why a notice could not be shown as a desktop notification.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotificationError {
    /// The service answered with an error (no session bus, no notification daemon, a refusal).
    #[error("the notification service refused the reminder: {0}")]
    Refused(String),
    /// The service did not answer within [`SHOW_TIMEOUT`].
    #[error("the notification service did not answer within {} s", SHOW_TIMEOUT.as_secs())]
    TimedOut,
    /// The thread that talks to the service could not be started or stopped without an answer.
    #[error("the notification thread failed: {0}")]
    Thread(String),
}

/// Shows reminders outside the window. The scheduler calls it from its own thread; an implementation must
/// return within about [`SHOW_TIMEOUT`] whatever the platform does.
pub trait Notifier: Send + 'static {
    fn notify(&self, notice: &Notice) -> Result<(), NotificationError>;
}

/// The platform's notification service, through notify-rust.
pub struct DesktopNotifier {
    on_action: ActionSink,
}

impl DesktopNotifier {
    pub fn new(on_action: ActionSink) -> Self {
        Self { on_action }
    }
}

impl Notifier for DesktopNotifier {
    fn notify(&self, notice: &Notice) -> Result<(), NotificationError> {
        let on_action = Arc::clone(&self.on_action);
        deliver(
            notice.clone(),
            SHOW_TIMEOUT,
            platform::show,
            platform::withdraw,
            move |handle, notice| platform::wait_for_action(handle, notice, &on_action),
        )
    }
}

/// Runs `show` on a thread of its own and waits at most `timeout` for the service to accept the notice.
/// Once accepted, the same thread goes on to wait for the person's answer (`then`). After a timeout the
/// thread is left to finish on its own: if the service answers later, the notice is withdrawn at once,
/// because by then the window's banner has taken its place.
fn deliver<H: Send + 'static>(
    notice: Notice,
    timeout: Duration,
    show: impl FnOnce(&Notice) -> Result<H, NotificationError> + Send + 'static,
    withdraw: impl FnOnce(H) + Send + 'static,
    then: impl FnOnce(H, &Notice) + Send + 'static,
) -> Result<(), NotificationError> {
    let (answer_tx, answer_rx) = mpsc::channel();
    let abandoned = Arc::new(AtomicBool::new(false));
    let abandoned_in_thread = Arc::clone(&abandoned);
    std::thread::Builder::new()
        .name("limber-notice".into())
        .spawn(move || match show(&notice) {
            Ok(handle) => {
                if abandoned_in_thread.load(Ordering::SeqCst) {
                    withdraw(handle);
                    return;
                }
                // The receiver may be gone if the caller gave up in the meantime; that is fine.
                let _ = answer_tx.send(Ok(()));
                then(handle, &notice);
            }
            Err(error) => {
                let _ = answer_tx.send(Err(error));
            }
        })
        .map_err(|error| NotificationError::Thread(error.to_string()))?;
    match answer_rx.recv_timeout(timeout) {
        Ok(answer) => answer,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            abandoned.store(true, Ordering::SeqCst);
            Err(NotificationError::TimedOut)
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(NotificationError::Thread(
            "the notification thread ended without an answer".into(),
        )),
    }
}

#[cfg(target_os = "linux")]
mod platform {
    //! The XDG notification service over D-Bus, with actions, spoken to directly with zbus.
    //!
    //! The notice is sent and its answers are read on one connection, so a service that sends its signals
    //! only to the client that asked (as GNOME Shell does) still reaches us. Answers are taken only from the
    //! connection that owns `org.freedesktop.Notifications`: the bus daemon filters by sender, so another
    //! program on the session bus cannot forge a "Start now" or "Snooze" by emitting an `ActionInvoked`
    //! signal with a guessed id.

    use std::collections::HashMap;

    use zbus::blocking::{Connection, MessageIterator};
    use zbus::zvariant::Value;

    use limber_app::notice::{action, Notice, NoticeAction};

    use super::NotificationError;
    use limber_app::notice::ActionSink;

    const SERVICE: &str = "org.freedesktop.Notifications";
    const PATH: &str = "/org/freedesktop/Notifications";

    /// A notice the service accepted: the connection it answers on, its id, and the answers to it.
    pub(crate) struct Shown {
        connection: Connection,
        id: u32,
        answers: MessageIterator,
    }

    fn refused(error: impl std::fmt::Display) -> NotificationError {
        NotificationError::Refused(error.to_string())
    }

    pub(super) fn show(notice: &Notice) -> Result<Shown, NotificationError> {
        show_on(Connection::session().map_err(refused)?, notice)
    }

    /// [`show`] on a given connection (tests use a private bus).
    pub(crate) fn show_on(
        connection: Connection,
        notice: &Notice,
    ) -> Result<Shown, NotificationError> {
        let actions = [
            action::DEFAULT,
            notice.open_label.as_str(),
            action::START,
            notice.start_label.as_str(),
            action::SNOOZE,
            notice.snooze_label.as_str(),
        ];
        let mut hints: HashMap<&str, Value<'_>> = HashMap::new();
        // The name the .deb installs (`Limber.desktop`), so the server groups the notice under the app, and
        // normal urgency.
        hints.insert("desktop-entry", Value::from("Limber"));
        hints.insert("urgency", Value::from(1u8));
        // Calling Notify starts the service when D-Bus activation provides one; its owner is known after.
        let reply = connection
            .call_method(
                Some(SERVICE),
                PATH,
                Some(SERVICE),
                "Notify",
                &(
                    "Limber",
                    0u32,
                    "limber",
                    notice.summary.as_str(),
                    notice.body.as_str(),
                    &actions[..],
                    hints,
                    -1i32,
                ),
            )
            .map_err(refused)?;
        let id: u32 = reply.body().deserialize().map_err(refused)?;
        let answers = crate::open_notices::server_signals(&connection).map_err(refused)?;
        Ok(Shown {
            connection,
            id,
            answers,
        })
    }

    pub(crate) fn withdraw(shown: Shown) {
        let closed = shown.connection.call_method(
            Some(SERVICE),
            PATH,
            Some(SERVICE),
            "CloseNotification",
            &(shown.id,),
        );
        if let Err(error) = closed {
            log::debug!("the notice could not be withdrawn: {error}");
        }
    }

    /// Blocks this notice's own thread until the person acts on the notice or it closes.
    pub(crate) fn wait_for_action(shown: Shown, notice: &Notice, on_action: &ActionSink) {
        // Listed while on screen, so that a hand-over to the other process passes its buttons on.
        let id = shown.id;
        crate::open_notices::shown(crate::open_notices::OpenNotice {
            id,
            routine_id: notice.routine_id.clone(),
            day: notice.day,
        });
        for message in shown.answers {
            let Ok(message) = message else { continue };
            let header = message.header();
            let member = header.member().map(|member| member.as_str().to_owned());
            let body = message.body();
            match member.as_deref() {
                Some("ActionInvoked") => {
                    let Ok((answered, identifier)) = body.deserialize::<(u32, String)>() else {
                        continue;
                    };
                    if answered != id {
                        continue;
                    }
                    if let Some(answer) = NoticeAction::from_identifier(&identifier, notice) {
                        log::info!(
                            "reminder for {}: the person chose {identifier:?}",
                            notice.routine_id
                        );
                        on_action(answer);
                    }
                    break;
                }
                Some("NotificationClosed")
                    if body
                        .deserialize::<(u32, u32)>()
                        .is_ok_and(|(closed, _)| closed == id) =>
                {
                    break;
                }
                _ => {}
            }
        }
        crate::open_notices::ended(id);
    }
}

#[cfg(not(target_os = "linux"))]
mod platform {
    //! macOS and Windows: notify-rust shows the notice; actions are not offered there, so a click opens
    //! the app through the operating system instead. Each system files a notice under the app that sent
    //! it, so the notice names Limber by the identifier the installers register (`IDENTIFIER`): on Windows
    //! the AppUserModelID of the Start-menu shortcut the .msi creates, on macOS the bundle identifier of
    //! Limber.app. Without it Windows shows nothing for an unregistered id and macOS files the notice
    //! under the terminal that started the app.

    use notify_rust::Notification;

    use super::{ActionSink, Notice, NotificationError};
    use limber_app::state::IDENTIFIER;

    pub(super) struct Shown;

    pub(super) fn show(notice: &Notice) -> Result<Shown, NotificationError> {
        let mut notification = Notification::new();
        notification.summary(&notice.summary).body(&notice.body);
        #[cfg(target_os = "windows")]
        notification.app_id(IDENTIFIER);
        #[cfg(target_os = "macos")]
        claim_bundle();
        notification
            .show()
            .map(|_| Shown)
            .map_err(|error| NotificationError::Refused(error.to_string()))
    }

    /// macOS lets a process name its bundle once; later calls would fail, so it is done on first use.
    #[cfg(target_os = "macos")]
    fn claim_bundle() {
        static CLAIMED: std::sync::Once = std::sync::Once::new();
        CLAIMED.call_once(|| {
            if let Err(error) = notify_rust::set_application(IDENTIFIER) {
                log::warn!("notifications are not filed under Limber: {error}");
            }
        });
    }

    pub(super) fn withdraw(_shown: Shown) {}

    pub(super) fn wait_for_action(_shown: Shown, _notice: &Notice, _on_action: &ActionSink) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use limber_app::notice::{NoticeAction, Tone};

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
    }

    /// Issue 15: answers to a notice are taken from the notification service only. A fake service on a
    /// private bus accepts the notice; another program's forged "Start now" for the same id is ignored, and
    /// the service's own "Snooze" arrives.
    #[cfg(target_os = "linux")]
    #[test]
    fn answers_come_only_from_the_notification_service() {
        use zbus::blocking::MessageIterator;
        const SERVICE: &str = "org.freedesktop.Notifications";
        const PATH: &str = "/org/freedesktop/Notifications";
        let bus = crate::test_bus::PrivateBus::start();
        let service = bus.connect();
        service.request_name(SERVICE).unwrap();
        let (notified_tx, notified) = mpsc::channel();
        let calls = MessageIterator::from(&service);
        let replier = service.clone();
        std::thread::spawn(move || {
            for message in calls {
                let Ok(message) = message else { continue };
                let header = message.header();
                if header
                    .member()
                    .is_some_and(|member| member.as_str() == "Notify")
                {
                    let (app, _, icon, summary, _, actions): (
                        String,
                        u32,
                        String,
                        String,
                        String,
                        Vec<String>,
                    ) = match message.body().deserialize::<(
                        String,
                        u32,
                        String,
                        String,
                        String,
                        Vec<String>,
                        std::collections::HashMap<String, zbus::zvariant::OwnedValue>,
                        i32,
                    )>() {
                        Ok((a, b, c, d, e, f, _, _)) => (a, b, c, d, e, f),
                        Err(_) => continue,
                    };
                    replier.reply(&header, &7u32).unwrap();
                    let _ = notified_tx.send((app, icon, summary, actions));
                }
            }
        });
        let notice = Notice::new(
            "bedtime-wind-down",
            day(),
            "Bedtime wind-down",
            540,
            Tone::Bedtime,
            10,
            "en",
        );
        let shown = platform::show_on(bus.connect(), &notice).unwrap();
        let (app, icon, summary, actions) = notified.recv_timeout(Duration::from_secs(5)).unwrap();
        assert_eq!((app.as_str(), icon.as_str()), ("Limber", "limber"));
        assert_eq!(summary, notice.summary);
        assert_eq!(
            actions,
            [
                "default",
                "Open Limber",
                "start",
                "Start now",
                "snooze",
                "Snooze 10 min"
            ]
        );
        let (answers_tx, answers) = mpsc::channel();
        let sink: ActionSink = Arc::new(move |answer| {
            let _ = answers_tx.send(answer);
        });
        let waiter = std::thread::spawn(move || platform::wait_for_action(shown, &notice, &sink));
        let impostor = bus.connect();
        impostor
            .emit_signal(
                None::<&str>,
                PATH,
                SERVICE,
                "ActionInvoked",
                &(7u32, "start"),
            )
            .unwrap();
        service
            .emit_signal(
                None::<&str>,
                PATH,
                SERVICE,
                "ActionInvoked",
                &(7u32, "snooze"),
            )
            .unwrap();
        assert_eq!(
            answers.recv_timeout(Duration::from_secs(5)),
            Ok(NoticeAction::Snooze {
                routine_id: "bedtime-wind-down".into(),
                day: day(),
            })
        );
        waiter.join().unwrap();
        assert!(answers.try_recv().is_err(), "the forged answer was taken");
    }

    /// What happened to one delivery attempt on the fake service.
    #[derive(Debug, PartialEq, Eq)]
    enum Seen {
        Withdrawn,
        Waited,
    }

    /// A fake service that answers after `delay` with `answer`; reports what the delivery thread did.
    fn attempt(
        delay: Duration,
        answer: Result<(), NotificationError>,
        timeout: Duration,
    ) -> (
        Result<(), NotificationError>,
        Duration,
        mpsc::Receiver<Seen>,
    ) {
        let notice = Notice::new(
            "bedtime-wind-down",
            day(),
            "Wind-down",
            540,
            Tone::Bedtime,
            10,
            "en",
        );
        let (seen_tx, seen_rx) = mpsc::channel();
        let withdrawn_tx = seen_tx.clone();
        let started = std::time::Instant::now();
        let result = deliver(
            notice,
            timeout,
            move |_| {
                std::thread::sleep(delay);
                answer
            },
            move |()| withdrawn_tx.send(Seen::Withdrawn).unwrap(),
            move |(), _| seen_tx.send(Seen::Waited).unwrap(),
        );
        (result, started.elapsed(), seen_rx)
    }

    #[test]
    fn a_frozen_service_never_holds_the_caller_past_the_timeout() {
        let timeout = Duration::from_millis(200);
        // A service that answers in time: accepted, and the thread goes on to wait for the answer.
        let (result, took, seen) = attempt(Duration::ZERO, Ok(()), timeout);
        assert_eq!(result, Ok(()));
        assert!(took < timeout, "took {took:?}");
        assert_eq!(seen.recv_timeout(Duration::from_secs(2)), Ok(Seen::Waited));
        // A service that refuses at once (no daemon): the refusal comes back, nothing else happens.
        let refusal = NotificationError::Refused("ServiceUnknown".into());
        let (result, took, seen) = attempt(Duration::ZERO, Err(refusal.clone()), timeout);
        assert_eq!(result, Err(refusal));
        assert!(took < timeout, "took {took:?}");
        assert!(seen.recv_timeout(Duration::from_millis(300)).is_err());
        // A frozen service: the caller is back after the timeout, and the late notice is withdrawn.
        let (result, took, seen) = attempt(Duration::from_millis(800), Ok(()), timeout);
        assert_eq!(result, Err(NotificationError::TimedOut));
        assert!(
            took >= timeout && took < Duration::from_millis(700),
            "took {took:?}"
        );
        assert_eq!(
            seen.recv_timeout(Duration::from_secs(3)),
            Ok(Seen::Withdrawn)
        );
    }
}
