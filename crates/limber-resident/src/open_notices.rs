//! Reminders still on screen when one Limber process hands over to the other (Linux).
//!
//! A desktop notification's buttons answer over D-Bus as `ActionInvoked(id, key)` signals, which the process
//! that showed the notice listens for on its own connection (`notification.rs`). When the app hands over to
//! `limber-tray` (or back), that process ends, so a "Start now" or "Snooze" clicked later would reach no one.
//! This module keeps the list of this process's notices that are still open, passes it to the process that
//! takes over in the [`ENV`] environment variable, and there listens for the answers to those notices and
//! for their closing. It never shows or withdraws a notice and never decides about reminders: answers go to
//! the same [`ActionSink`] as answers to the process's own notices.

use std::process::Command;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use limber_app::notice::{ActionSink, NoticeAction};

/// The environment variable that carries the open notices to the process that takes over.
pub const ENV: &str = "LIMBER_OPEN_NOTICES";

/// A notice the notification service still shows: its id there, and what its answers mean.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenNotice {
    pub id: u32,
    pub routine_id: String,
    pub day: NaiveDate,
}

/// This process's open notices, its own and those it took over. One list per process, as there is one
/// notification service per session.
static OPEN: Mutex<Vec<OpenNotice>> = Mutex::new(Vec::new());

fn open() -> std::sync::MutexGuard<'static, Vec<OpenNotice>> {
    // A poisoned lock only means a panic elsewhere mid-push; the list itself is whole.
    OPEN.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A notice is on screen.
pub fn shown(notice: OpenNotice) {
    let mut open = open();
    open.retain(|known| known.id != notice.id);
    open.push(notice);
}

/// A notice was answered or closed.
pub fn ended(id: u32) {
    open().retain(|known| known.id != id);
}

/// The notices still on screen.
pub fn all() -> Vec<OpenNotice> {
    open().clone()
}

/// The list as the environment variable carries it.
pub fn encode(notices: &[OpenNotice]) -> String {
    serde_json::to_string(notices).unwrap_or_default()
}

/// Reads the variable; anything unreadable is dropped (and logged): a stale button is better than a crash.
pub fn decode(text: &str) -> Vec<OpenNotice> {
    serde_json::from_str(text).unwrap_or_else(|error| {
        log::warn!("the open notices handed over could not be read ({error}); they are dropped");
        Vec::new()
    })
}

/// Gives the process about to take over the list of open notices.
pub fn pass_on(command: &mut Command) {
    let notices = all();
    if notices.is_empty() {
        command.env_remove(ENV);
    } else {
        command.env(ENV, encode(&notices));
    }
}

/// What a signal from the notification service means for the notices taken over: an answer to pass on,
/// and whether that notice is now gone from the screen.
pub fn meaning(
    adopted: &[OpenNotice],
    member: &str,
    id: u32,
    key: Option<&str>,
) -> (Option<NoticeAction>, bool) {
    let Some(notice) = adopted.iter().find(|notice| notice.id == id) else {
        return (None, false);
    };
    match (member, key) {
        ("ActionInvoked", Some(key)) => (
            NoticeAction::for_answer(key, &notice.routine_id, notice.day),
            false,
        ),
        ("NotificationClosed", _) => (None, true),
        _ => (None, false),
    }
}

const SERVICE: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";

/// The signals of the notification service on `connection`, and only those: the match rule names the unique
/// name that owns the service now, so the bus never delivers another sender's signals. Both this process's own
/// notices (`crate::notification`) and the ones taken over listen through it.
pub fn server_signals(
    connection: &zbus::blocking::Connection,
) -> zbus::Result<zbus::blocking::MessageIterator> {
    let dbus = zbus::blocking::fdo::DBusProxy::new(connection)?;
    let owner = dbus.get_name_owner(zbus::names::BusName::try_from(SERVICE)?)?;
    let rule = zbus::MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .sender(owner.as_str())?
        .interface(SERVICE)?
        .path(PATH)?
        .build();
    zbus::blocking::MessageIterator::for_match_rule(rule.to_owned(), connection, Some(16))
}

/// Takes over the notices the previous process left open (from [`ENV`]): their answers go to `on_action`
/// until each is closed. Does nothing when there are none.
pub fn adopt(on_action: ActionSink) {
    // The variable stays in this process's environment (changing it while threads run is unsound); the
    // processes this one starts for a hand-over get the current list through `pass_on` instead.
    let adopted = std::env::var(ENV)
        .map(|text| decode(&text))
        .unwrap_or_default();
    if adopted.is_empty() {
        return;
    }
    match zbus::blocking::Connection::session() {
        Ok(connection) => adopt_on(connection, adopted, on_action),
        Err(error) => log::warn!("the open notices cannot be taken over ({error})"),
    }
}

/// [`adopt`] on a given session bus connection.
pub fn adopt_on(
    connection: zbus::blocking::Connection,
    adopted: Vec<OpenNotice>,
    on_action: ActionSink,
) {
    for notice in &adopted {
        shown(notice.clone());
    }
    // Only the notification service's own signals: another program on the bus cannot answer for it.
    let messages = match server_signals(&connection) {
        Ok(messages) => messages,
        Err(error) => {
            log::warn!("the open notices cannot be taken over ({error})");
            return;
        }
    };
    let adopted = Arc::new(Mutex::new(adopted));
    let spawned = std::thread::Builder::new()
        .name("limber-open-notices".into())
        .spawn(move || {
            let _connection = connection;
            for message in messages {
                let Ok(message) = message else { continue };
                let header = message.header();
                let Some(member) = header.member().map(|member| member.as_str().to_owned()) else {
                    continue;
                };
                let body = message.body();
                let (id, key) = match member.as_str() {
                    "ActionInvoked" => match body.deserialize::<(u32, String)>() {
                        Ok((id, key)) => (id, Some(key)),
                        Err(_) => continue,
                    },
                    "NotificationClosed" => match body.deserialize::<(u32, u32)>() {
                        Ok((id, _reason)) => (id, None),
                        Err(_) => continue,
                    },
                    _ => continue,
                };
                let mut adopted = adopted
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                let (answer, gone) = meaning(&adopted, &member, id, key.as_deref());
                if let Some(answer) = answer {
                    log::info!("a reminder shown before the hand-over was answered: {answer:?}");
                    on_action(answer);
                }
                if gone {
                    adopted.retain(|notice| notice.id != id);
                    ended(id);
                    if adopted.is_empty() {
                        break;
                    }
                }
            }
        });
    if let Err(error) = spawned {
        log::warn!("the open notices cannot be taken over ({error})");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INTERFACE: &str = "org.freedesktop.Notifications";

    fn notice(id: u32, routine_id: &str) -> OpenNotice {
        OpenNotice {
            id,
            routine_id: routine_id.into(),
            day: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
        }
    }

    #[test]
    fn the_list_survives_the_environment() {
        let list = vec![
            notice(7, "bedtime-wind-down"),
            notice(12, "my \"own\" routine"),
        ];
        assert_eq!(decode(&encode(&list)), list);
        assert_eq!(decode(&encode(&[])), Vec::new());
        assert_eq!(decode("not json"), Vec::new());
        assert_eq!(decode("[{\"id\":-1}]"), Vec::new());
    }

    #[test]
    fn signals_table() {
        let adopted = [notice(7, "bedtime-wind-down")];
        let day = adopted[0].day;
        let start = Some(NoticeAction::Start {
            routine_id: "bedtime-wind-down".into(),
        });
        let check = |member, id, key, expected: (Option<NoticeAction>, bool)| {
            assert_eq!(
                meaning(&adopted, member, id, key),
                expected,
                "{member} {id} {key:?}"
            );
        };
        check("ActionInvoked", 7, Some("start"), (start.clone(), false));
        check("ActionInvoked", 7, Some("default"), (start, false));
        check(
            "ActionInvoked",
            7,
            Some("snooze"),
            (
                Some(NoticeAction::Snooze {
                    routine_id: "bedtime-wind-down".into(),
                    day,
                }),
                false,
            ),
        );
        check("ActionInvoked", 7, Some("something-else"), (None, false));
        check("NotificationClosed", 7, None, (None, true));
        // Another application's notice, or one this list does not hold.
        check("ActionInvoked", 8, Some("start"), (None, false));
        check("NotificationClosed", 8, None, (None, false));
    }

    #[test]
    fn the_process_list_follows_shown_and_ended_and_is_passed_on() {
        shown(notice(41, "a"));
        shown(notice(42, "b"));
        shown(notice(41, "a"));
        let ids: Vec<u32> = all()
            .iter()
            .map(|notice| notice.id)
            .filter(|id| *id > 40)
            .collect();
        assert_eq!(ids, vec![42, 41]);
        let mut command = Command::new("true");
        pass_on(&mut command);
        let passed = command
            .get_envs()
            .find(|(key, _)| *key == ENV)
            .and_then(|(_, value)| value)
            .map(|value| decode(&value.to_string_lossy()))
            .unwrap();
        assert!(passed.contains(&notice(42, "b")));
        ended(41);
        ended(42);
        assert!(all().iter().all(|notice| notice.id < 40));
    }

    #[test]
    fn an_answer_to_a_notice_taken_over_arrives_over_the_bus() {
        let bus = crate::test_bus::PrivateBus::start();
        let (answers_tx, answers) = std::sync::mpsc::channel();
        let sink: ActionSink = Arc::new(move |answer| {
            let _ = answers_tx.send(answer);
        });
        // The notification service owns its well-known name; an impostor on the same bus does not.
        let service = bus.connect();
        service.request_name(INTERFACE).unwrap();
        let impostor = bus.connect();
        adopt_on(bus.connect(), vec![notice(90, "morning-mobility")], sink);
        let emit = |from: &zbus::blocking::Connection, member: &str, body: &(u32, String)| {
            from.emit_signal(
                None::<&str>,
                "/org/freedesktop/Notifications",
                INTERFACE,
                member,
                body,
            )
            .unwrap();
        };
        // Issue 15: a forged "Start now" from another program is ignored.
        emit(&impostor, "ActionInvoked", &(90, "start".to_owned()));
        emit(&service, "ActionInvoked", &(91, "start".to_owned()));
        emit(&service, "ActionInvoked", &(90, "snooze".to_owned()));
        service
            .emit_signal(
                None::<&str>,
                "/org/freedesktop/Notifications",
                INTERFACE,
                "NotificationClosed",
                &(90u32, 2u32),
            )
            .unwrap();
        let wait = std::time::Duration::from_secs(5);
        assert_eq!(
            answers.recv_timeout(wait),
            Ok(NoticeAction::Snooze {
                routine_id: "morning-mobility".into(),
                day: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
            })
        );
        // Closed: it leaves the process's list, and nothing else was answered.
        let deadline = std::time::Instant::now() + wait;
        while all().iter().any(|notice| notice.id == 90) && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(all().iter().all(|notice| notice.id != 90));
        assert!(answers.try_recv().is_err());
    }
}
