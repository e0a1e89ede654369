//! The records a person makes, as the store keeps them: sessions, journal entries, rest days and
//! custom routines, and the record log's line that carries one of them. It owns these plain types
//! only, so the tables that write them and the record log that copies them both build on it; it
//! must never hold SQL or file IO.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// One finished (or abandoned) run of a routine, exactly as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionRecord {
    /// Chosen by the caller (a UUID, for instance) and never reused.
    pub id: String,
    /// The routine that was run: a built-in id or a custom routine's id.
    pub routine_id: String,
    /// When the session started; stored to the millisecond.
    pub started_at: DateTime<Utc>,
    /// When it ended; never before `started_at`.
    pub ended_at: DateTime<Utc>,
    /// The user's UTC offset at `started_at`, in seconds, so local times can be shown as they
    /// were lived even after the user moves time zones.
    pub utc_offset_seconds: i32,
    /// The routine day this session counts for, computed by the caller (a 00:40 wind-down can
    /// count for the previous evening).
    pub routine_day: NaiveDate,
    pub steps_done: u32,
    pub steps_skipped: u32,
    /// Whether the user reached the end of the routine.
    pub completed: bool,
    /// Time spent with the timer running.
    pub active_ms: u64,
    /// Time spent paused.
    pub paused_ms: u64,
    /// The 0–10 answer to "how does your back feel now", given after the session.
    pub feel: Option<u8>,
    /// The evening checklist ticks, as the shell encoded them.
    pub checklist: Option<serde_json::Value>,
    /// The exercises that had work skipped, in routine order (issue 18's dose progression eases one a
    /// person keeps skipping). Empty for sessions recorded before it was kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped_exercises: Vec<String>,
}

/// The journal entry for one day. Every answer is optional: the user may fill in only some.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JournalRecord {
    pub day: NaiveDate,
    /// Back pain, 0 (none) to 10 (worst imaginable).
    pub back_pain: Option<u8>,
    /// Morning stiffness, 0 to 10.
    pub stiffness: Option<u8>,
    /// Sleep quality, 1 (very poor) to 5 (very good).
    pub sleep_quality: Option<u8>,
    /// The position the user slept in, as the UI names it (at most 100 characters).
    pub sleep_position: Option<String>,
    /// Free text (at most 10,000 characters).
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A planned rest day for one routine.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RestDay {
    pub routine_id: String,
    pub day: NaiveDate,
}

/// A routine the user built, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomRoutineRecord {
    pub id: String,
    /// The routine as the core serialises it.
    pub routine: serde_json::Value,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Deleted by the user; kept so old sessions can still show its name.
    pub deleted: bool,
}

/// One line of the record log (see `record_log`): a record as a person made it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub(crate) enum Entry {
    Session {
        session: SessionRecord,
    },
    Feel {
        session_id: String,
        feel: Option<u8>,
    },
    Checklist {
        session_id: String,
        checklist: Option<serde_json::Value>,
    },
    Journal {
        entry: JournalRecord,
    },
    JournalDeleted {
        day: NaiveDate,
    },
    RestDay {
        rest_day: RestDay,
        /// Added (true) or removed (false).
        rested: bool,
    },
    CustomRoutine {
        routine: CustomRoutineRecord,
    },
}
