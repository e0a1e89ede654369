//! The keys of what a person's computers share, and which settings follow the person. A key names
//! one thing that can change on its own: a session, its "back feels" answer and its checklist are
//! three keys, so an answer given later never races with the session it belongs to. The order of
//! the variants is the order changes are applied in (a session before its answer).

use std::fmt;

use chrono::NaiveDate;

/// The settings that follow a person from computer to computer: their reminder times, their plan of
/// routines, their goals and the history of their reminder days and goals (so that both computers
/// judge each past day by the same schedule). Sound and the window stay with each computer.
pub const SHARED_SETTINGS: [&str; 5] = [
    "reminders",
    "plan",
    "progress",
    "schedule-history",
    "dose-history",
];

/// The longest id a key carries (the store's own limit for routine and session ids).
const ID_MAX: usize = 100;

/// One shared thing.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SyncKey {
    /// A setting that follows the person (one of [`SHARED_SETTINGS`]).
    Setting(String),
    /// A routine the person built, by id (deleting one is a flag in its value).
    Routine(String),
    /// A session, by id: a fact, written once.
    Session(String),
    /// The "back feels" answer after a session.
    Feel(String),
    /// The evening checklist ticked during a session.
    Checklist(String),
    /// A day's journal entry (check-in).
    Journal(NaiveDate),
    /// A rest day planned for a routine.
    Rest { routine_id: String, day: NaiveDate },
}

fn id(text: &str) -> Option<String> {
    let valid = !text.is_empty() && text.len() <= ID_MAX && !text.chars().any(char::is_control);
    valid.then(|| text.to_owned())
}

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

impl SyncKey {
    /// Reads a key's text form; `None` for anything this version does not know.
    pub fn parse(text: &str) -> Option<SyncKey> {
        let (kind, rest) = text.split_once(':')?;
        match kind {
            "setting" => SHARED_SETTINGS
                .contains(&rest)
                .then(|| SyncKey::Setting(rest.to_owned())),
            "routine" => id(rest).map(SyncKey::Routine),
            "session" => id(rest).map(SyncKey::Session),
            "feel" => id(rest).map(SyncKey::Feel),
            "checklist" => id(rest).map(SyncKey::Checklist),
            "journal" => day(rest).map(SyncKey::Journal),
            "rest" => {
                let (routine_id, on) = rest.rsplit_once(':')?;
                Some(SyncKey::Rest {
                    routine_id: id(routine_id)?,
                    day: day(on)?,
                })
            }
            _ => None,
        }
    }
}

impl fmt::Display for SyncKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SyncKey::Setting(name) => write!(f, "setting:{name}"),
            SyncKey::Routine(id) => write!(f, "routine:{id}"),
            SyncKey::Session(id) => write!(f, "session:{id}"),
            SyncKey::Feel(id) => write!(f, "feel:{id}"),
            SyncKey::Checklist(id) => write!(f, "checklist:{id}"),
            SyncKey::Journal(day) => write!(f, "journal:{}", day.format("%Y-%m-%d")),
            SyncKey::Rest { routine_id, day } => {
                write!(f, "rest:{routine_id}:{}", day.format("%Y-%m-%d"))
            }
        }
    }
}
