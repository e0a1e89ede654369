//! Seeing the person come back to the computer (Linux): the screen unlocked, or the machine woke.
//!
//! A "when I first use the computer after HH:MM" reminder fires on the first use at or after its time. Waking
//! from suspend is also seen by the scheduler itself (the wall clock runs ahead of the monotonic one), but an
//! unlock without a suspend is only told on D-Bus: the screen saver's `ActiveChanged(false)` on the session
//! bus (GNOME, KDE and the freedesktop name, MATE, Cinnamon) and logind's `Unlock` for this login session and
//! `PrepareForSleep(false)` on the system bus. This module listens to both buses on one thread each and
//! calls back with what it saw; the caller turns that into the scheduler's `Activity`. Without a bus (or
//! without logind) it simply sees less. It must never block its caller and never decide about reminders.

use std::sync::Arc;

use zbus::blocking::{Connection, MessageIterator};
use zbus::message::Type;
use zbus::MatchRule;

/// What was seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Return {
    /// The screen saver or lock screen went away.
    Unlocked,
    /// The machine woke from suspend.
    Woke,
}

/// The interfaces of the screen savers that announce `ActiveChanged(bool)` on the session bus.
const SCREEN_SAVERS: [&str; 5] = [
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.xfce.ScreenSaver",
];

const LOGIND: &str = "org.freedesktop.login1";
const LOGIND_PATH: &str = "/org/freedesktop/login1";
const LOGIND_MANAGER: &str = "org.freedesktop.login1.Manager";
const LOGIND_SESSION: &str = "org.freedesktop.login1.Session";

/// What a signal means: `interface`, `member` and object `path` of the signal, its boolean argument if it
/// has one, and the object path of this login session (logind signals of other sessions are not ours).
pub fn meaning(
    interface: &str,
    member: &str,
    path: &str,
    flag: Option<bool>,
    own_session: Option<&str>,
) -> Option<Return> {
    match (interface, member, flag) {
        (interface, "ActiveChanged", Some(false)) if SCREEN_SAVERS.contains(&interface) => {
            Some(Return::Unlocked)
        }
        (LOGIND_SESSION, "Unlock", _) if own_session == Some(path) => Some(Return::Unlocked),
        (LOGIND_MANAGER, "PrepareForSleep", Some(false)) => Some(Return::Woke),
        _ => None,
    }
}

/// Listens on the real session and system buses; see [`watch_on`]. Connecting takes a few round trips,
/// so it happens on a thread of its own: the app's start-up does not wait for it.
pub fn watch(on_return: impl Fn(Return) + Send + Sync + 'static) {
    let spawned = std::thread::Builder::new()
        .name("limber-unlock-connect".into())
        .spawn(move || {
            let session = Connection::session()
                .inspect_err(|error| {
                    log::info!("no session bus; screen unlocks are not seen ({error})");
                })
                .ok();
            let system = Connection::system()
                .inspect_err(|error| {
                    log::info!("no system bus; logind's unlocks are not seen ({error})");
                })
                .ok();
            watch_on(session, system, on_return);
        });
    if let Err(error) = spawned {
        log::warn!("screen unlocks are not seen: {error}");
    }
}

/// Listens on the given connections (either may be missing) on a thread each, for the life of the process.
pub fn watch_on(
    session: Option<Connection>,
    system: Option<Connection>,
    on_return: impl Fn(Return) + Send + Sync + 'static,
) {
    let on_return: Arc<dyn Fn(Return) + Send + Sync> = Arc::new(on_return);
    if let Some(session) = session {
        let rule = MatchRule::builder()
            .msg_type(Type::Signal)
            .member("ActiveChanged")
            .map(|builder| builder.build());
        listen("limber-unlock", session, rule, None, Arc::clone(&on_return));
    }
    if let Some(system) = system {
        let own_session = own_logind_session(&system);
        let rule = MatchRule::builder()
            .msg_type(Type::Signal)
            .sender(LOGIND)
            .map(|builder| builder.build());
        listen("limber-logind", system, rule, own_session, on_return);
    }
}

/// The object path of the login session this process runs in, if logind knows it.
fn own_logind_session(system: &Connection) -> Option<String> {
    let reply = match std::env::var("XDG_SESSION_ID") {
        Ok(id) => system.call_method(
            Some(LOGIND),
            LOGIND_PATH,
            Some(LOGIND_MANAGER),
            "GetSession",
            &(id.as_str(),),
        ),
        Err(_) => system.call_method(
            Some(LOGIND),
            LOGIND_PATH,
            Some(LOGIND_MANAGER),
            "GetSessionByPID",
            &(std::process::id(),),
        ),
    };
    match reply.and_then(|reply| {
        reply
            .body()
            .deserialize::<zbus::zvariant::OwnedObjectPath>()
    }) {
        Ok(path) => Some(path.as_str().to_owned()),
        Err(error) => {
            log::info!("no logind session found; its unlocks are not seen ({error})");
            None
        }
    }
}

fn listen(
    name: &str,
    connection: Connection,
    rule: zbus::Result<MatchRule<'static>>,
    own_session: Option<String>,
    on_return: Arc<dyn Fn(Return) + Send + Sync>,
) {
    let messages =
        match rule.and_then(|rule| MessageIterator::for_match_rule(rule, &connection, Some(16))) {
            Ok(messages) => messages,
            Err(error) => {
                log::warn!("could not listen on D-Bus ({name}): {error}");
                return;
            }
        };
    let spawned = std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            // The connection must live as long as its messages are read.
            let _connection = connection;
            for message in messages {
                let Ok(message) = message else { continue };
                let header = message.header();
                let (Some(interface), Some(member), Some(path)) =
                    (header.interface(), header.member(), header.path())
                else {
                    continue;
                };
                let flag = message.body().deserialize::<bool>().ok();
                if let Some(seen) = meaning(
                    interface.as_str(),
                    member.as_str(),
                    path.as_str(),
                    flag,
                    own_session.as_deref(),
                ) {
                    log::info!("the person is back ({seen:?})");
                    on_return(seen);
                }
            }
        });
    if let Err(error) = spawned {
        log::warn!("could not start the {name} thread: {error}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_table() {
        let own = "/org/freedesktop/login1/session/_32";
        let check = |interface, member, path, flag, expected| {
            assert_eq!(
                meaning(interface, member, path, flag, Some(own)),
                expected,
                "{interface}.{member} at {path} with {flag:?}"
            );
        };
        for saver in SCREEN_SAVERS {
            check(
                saver,
                "ActiveChanged",
                "/",
                Some(false),
                Some(Return::Unlocked),
            );
            // Locking, or a screen saver starting, is not a return.
            check(saver, "ActiveChanged", "/", Some(true), None);
            check(saver, "ActiveChanged", "/", None, None);
        }
        check("org.example.Other", "ActiveChanged", "/", Some(false), None);
        check(
            LOGIND_SESSION,
            "Unlock",
            "/org/freedesktop/login1/session/_32",
            None,
            Some(Return::Unlocked),
        );
        // Another person's session unlocking is not this person coming back.
        check(
            LOGIND_SESSION,
            "Unlock",
            "/org/freedesktop/login1/session/c7",
            None,
            None,
        );
        check(LOGIND_SESSION, "Lock", own, None, None);
        check(
            LOGIND_MANAGER,
            "PrepareForSleep",
            LOGIND_PATH,
            Some(false),
            Some(Return::Woke),
        );
        // Going to sleep is not a return.
        check(
            LOGIND_MANAGER,
            "PrepareForSleep",
            LOGIND_PATH,
            Some(true),
            None,
        );
        // Without a known session, no logind unlock counts.
        assert_eq!(
            meaning(
                LOGIND_SESSION,
                "Unlock",
                "/org/freedesktop/login1/session/_32",
                None,
                None
            ),
            None
        );
    }

    #[test]
    fn a_screen_saver_going_away_on_the_bus_is_seen_once() {
        let bus = crate::test_bus::PrivateBus::start();
        let (seen_tx, seen) = std::sync::mpsc::channel();
        watch_on(Some(bus.connect()), None, move |what| {
            let _ = seen_tx.send(what);
        });
        let sender = bus.connect();
        let emit = |interface: &str, active: bool| {
            sender
                .emit_signal(
                    None::<&str>,
                    "/org/gnome/ScreenSaver",
                    interface,
                    "ActiveChanged",
                    &(active,),
                )
                .unwrap();
        };
        // The match rule is in place once watch_on returns: the first signal is not lost.
        emit("org.gnome.ScreenSaver", true);
        emit("org.gnome.ScreenSaver", false);
        emit("org.freedesktop.ScreenSaver", false);
        let wait = std::time::Duration::from_secs(5);
        assert_eq!(seen.recv_timeout(wait), Ok(Return::Unlocked));
        assert_eq!(seen.recv_timeout(wait), Ok(Return::Unlocked));
        // Locking (true) was not reported.
        assert!(seen
            .recv_timeout(std::time::Duration::from_millis(300))
            .is_err());
    }
}
