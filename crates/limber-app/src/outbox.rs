//! The records a person makes (a finished session, the "back feels" answer after it, the morning check-in)
//! and what happens when the store cannot take them: they are kept in memory and written again until the
//! store has committed them, each exactly once.
//!
//! [`Outbox`] is the pure part: which records wait, in which order, and what one round of writing did. It
//! takes the writing as a function, so tests drive it with a fake store. [`Saving`] is the shared handle the
//! app uses: it writes through the real store, tracks the [`DataProblem`] that keeps records waiting, and
//! reopens the store when it could only read. Nothing here says "saved" before a commit returned, and
//! nothing is written twice: sessions are keyed by their id, the feel answer by its session, and check-ins
//! by their day, and each write is idempotent for its key. The retry timer lives in the app, not here.

use std::sync::{Arc, Mutex, MutexGuard};

use chrono::NaiveDate;
use limber_store::{JournalRecord, SessionRecord, Store, StoreError};
use serde::Serialize;
use ts_rs::TS;

use crate::health::{waiting_message, DataProblem, ProblemKind};
use crate::state::{DataPaths, StoreHandle};
use crate::words::Words;

/// A record a person made, as it is to be written.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    Session(SessionRecord),
    /// The 0–10 answer to "How does your back feel now?", for a session already handed to the store.
    Feel {
        session_id: String,
        feel: u8,
    },
    CheckIn(JournalRecord),
}

/// What identifies a record: a later record with the same key replaces a waiting one.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordKey {
    Session(String),
    Feel(String),
    CheckIn(NaiveDate),
}

impl Record {
    pub fn key(&self) -> RecordKey {
        match self {
            Record::Session(session) => RecordKey::Session(session.id.clone()),
            Record::Feel { session_id, .. } => RecordKey::Feel(session_id.clone()),
            Record::CheckIn(entry) => RecordKey::CheckIn(entry.day),
        }
    }
}

/// What became of one attempt to write a record.
#[derive(Debug, PartialEq)]
pub enum Attempt<E> {
    /// The store committed it (or already had it).
    Written,
    /// The store cannot write now (a full disk, a read-only folder, a lock): keep it and try again.
    Blocked(E),
    /// The store will never take it as it is (a broken rule): it is dropped, and the error said.
    Refused(E),
}

/// What one round of writing did.
#[derive(Debug, PartialEq)]
pub struct Flush<E> {
    pub written: Vec<RecordKey>,
    pub refused: Vec<(RecordKey, E)>,
    /// Why writing stopped, when it did; the records from there on still wait.
    pub blocked: Option<E>,
}

/// Records waiting to be written, oldest first.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Outbox {
    waiting: Vec<Record>,
}

impl Outbox {
    /// Adds a record to write. It replaces a waiting record with the same key; a feel answer for a session
    /// that is itself still waiting goes into that session's record, so the two are written together.
    pub fn keep(&mut self, record: Record) {
        if let Record::Feel { session_id, feel } = &record {
            let session = self.waiting.iter_mut().find_map(|waiting| match waiting {
                Record::Session(session) if &session.id == session_id => Some(session),
                _ => None,
            });
            if let Some(session) = session {
                session.feel = Some(*feel);
                return;
            }
        }
        let key = record.key();
        match self.waiting.iter_mut().find(|waiting| waiting.key() == key) {
            Some(slot) => *slot = record,
            None => self.waiting.push(record),
        }
    }

    pub fn len(&self) -> usize {
        self.waiting.len()
    }

    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    /// Whether `record` (or the session it belongs to) is still waiting.
    pub fn is_waiting(&self, record: &Record) -> bool {
        let keys = match record {
            Record::Feel { session_id, .. } => vec![
                RecordKey::Feel(session_id.clone()),
                RecordKey::Session(session_id.clone()),
            ],
            other => vec![other.key()],
        };
        self.waiting
            .iter()
            .any(|waiting| keys.contains(&waiting.key()))
    }

    /// The check-in for `day` that waits to be written, if any, so the form can show what was typed.
    pub fn check_in(&self, day: NaiveDate) -> Option<&JournalRecord> {
        self.waiting.iter().find_map(|waiting| match waiting {
            Record::CheckIn(entry) if entry.day == day => Some(entry),
            _ => None,
        })
    }

    /// Writes the waiting records in order with `write`. It stops at the first record the store cannot take
    /// now, so a full disk is asked once a round, not once a record; refused records are dropped.
    pub fn flush<E>(&mut self, mut write: impl FnMut(&Record) -> Attempt<E>) -> Flush<E> {
        let mut flush = Flush {
            written: Vec::new(),
            refused: Vec::new(),
            blocked: None,
        };
        let mut still = Vec::new();
        for record in std::mem::take(&mut self.waiting) {
            if flush.blocked.is_some() {
                still.push(record);
                continue;
            }
            match write(&record) {
                Attempt::Written => flush.written.push(record.key()),
                Attempt::Refused(error) => flush.refused.push((record.key(), error)),
                Attempt::Blocked(error) => {
                    flush.blocked = Some(error);
                    still.push(record);
                }
            }
        }
        self.waiting = still;
        flush
    }
}

/// Where a record a person made stands, as the screen tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(
    tag = "state",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum SaveState {
    /// The store has committed it.
    Saved,
    /// Not on disk yet: kept in memory and retried. `message` says why and what to do, in plain words.
    Waiting { message: Words },
    /// The store will never take it as it is; `message` says why. (A record Limber built itself should
    /// never end here.)
    Refused { message: Words },
}

/// Where Limber's data stands, for the window's banner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DataStatus {
    /// What keeps Limber from saving, if anything.
    pub problem: Option<DataProblem>,
    /// How many records wait to be written.
    pub waiting: u32,
    /// The person chose Quit while records were waiting, so Limber stayed open to say so.
    pub quit_held: bool,
}

/// Writes one record through the store: each write is idempotent for the record's key.
pub fn write(store: &Store, record: &Record) -> Attempt<StoreError> {
    let result = match record {
        Record::Session(session) => store.record_session(session).map(|_| true),
        Record::Feel { session_id, feel } => store.set_session_feel(session_id, Some(*feel)),
        Record::CheckIn(entry) => store.save_journal_entry(entry).map(|_| true),
    };
    match result {
        Ok(true) => Attempt::Written,
        Ok(false) => Attempt::Refused(StoreError::Rejected(format!(
            "no session with id {:?} to add the answer to",
            match record {
                Record::Feel { session_id, .. } => session_id.as_str(),
                _ => "",
            }
        ))),
        Err(error) if error.is_transient() => Attempt::Blocked(error),
        // A store that can only read says nothing about the record by failing: it may even show an older
        // schema than the file's WAL holds. The record waits for the store to reopen for writing.
        Err(error) if store.is_read_only() => Attempt::Blocked(StoreError::ReadOnly {
            detail: format!("the database is open for reading only ({error})"),
        }),
        Err(error) => Attempt::Refused(error),
    }
}

struct Inner {
    outbox: Outbox,
    problem: Option<DataProblem>,
    /// The store can only read (the file could not be opened for writing at start); it is reopened on retry.
    degraded: bool,
    /// The store reads the real file (false for the empty stand-in when nothing could be read).
    reads_file: bool,
    quit_held: bool,
}

/// What a retry did.
#[derive(Debug, Default, PartialEq)]
pub struct Retry {
    /// Records the store committed in this round.
    pub written: Vec<RecordKey>,
    /// The store was opened again for writing (after it could only read).
    pub reopened: bool,
    /// The banner's status changed.
    pub changed: bool,
}

/// The shared handle through which the app saves what a person makes. Cloning shares it.
#[derive(Clone)]
pub struct Saving {
    inner: Arc<Mutex<Inner>>,
    store: StoreHandle,
    paths: DataPaths,
}

impl Saving {
    /// `problem` is what the start found (see [`crate::state::open_for_use`]); `degraded` that the store can
    /// only read, and `reads_file` that it reads the real file.
    pub fn new(
        store: StoreHandle,
        paths: DataPaths,
        problem: Option<DataProblem>,
        degraded: bool,
    ) -> Saving {
        let reads_file = problem.as_ref().is_none_or(|problem| problem.can_read);
        Saving {
            inner: Arc::new(Mutex::new(Inner {
                outbox: Outbox::default(),
                problem,
                degraded,
                reads_file,
                quit_held: false,
            })),
            store,
            paths,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A poisoned lock only means a panic elsewhere; the waiting records themselves are whole.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The store the records go to. Lock it only for reading, and never while calling into this handle.
    pub fn store(&self) -> &StoreHandle {
        &self.store
    }

    /// Saves a record now if the store takes it, else keeps it to try again and says why. A record the
    /// store refuses for what it is comes back as the error.
    pub fn save(&self, record: Record) -> Result<SaveState, StoreError> {
        let mut inner = self.lock();
        let key = record.key();
        inner.outbox.keep(record.clone());
        let refused = self.flush(&mut inner);
        if let Some((_, error)) = refused.into_iter().find(|(refused, _)| *refused == key) {
            return Err(error);
        }
        Ok(if inner.outbox.is_waiting(&record) {
            SaveState::Waiting {
                message: Self::message(&inner),
            }
        } else {
            SaveState::Saved
        })
    }

    /// Whether a record is still waiting to be written, and why.
    pub fn state_of(&self, record: &Record) -> SaveState {
        let inner = self.lock();
        if inner.outbox.is_waiting(record) {
            SaveState::Waiting {
                message: Self::message(&inner),
            }
        } else {
            SaveState::Saved
        }
    }

    fn message(inner: &Inner) -> Words {
        inner.problem.as_ref().map_or_else(
            || waiting_message(ProblemKind::Unavailable),
            DataProblem::waiting_message,
        )
    }

    /// One round of writing; the problem is updated from its outcome. Returns what the store refused.
    fn flush(&self, inner: &mut Inner) -> Vec<(RecordKey, StoreError)> {
        if inner.outbox.is_empty() {
            return Vec::new();
        }
        let result = {
            let store = self.store.lock();
            inner.outbox.flush(|record| write(&store, record))
        };
        for (key, error) in &result.refused {
            log::error!("a record was refused by the store and dropped ({key:?}): {error}");
        }
        match &result.blocked {
            Some(error) => {
                // Said once when writing stops, not at every retry while the disk stays full.
                if inner.problem.is_none() {
                    log::warn!(
                        "{} record(s) could not be saved yet: {error}",
                        inner.outbox.len()
                    );
                } else {
                    log::debug!("{} record(s) still wait: {error}", inner.outbox.len());
                }
                self.note_problem(inner, error);
            }
            None if !inner.degraded => inner.problem = None,
            None => {}
        }
        result.refused
    }

    fn note_problem(&self, inner: &mut Inner, error: &StoreError) {
        // A store that can only read refuses every write as read-only; the problem found at start (a full
        // disk, say) is the one that explains it.
        if inner.degraded && inner.problem.is_some() {
            return;
        }
        // A connection refused as read-only may stay so after the folder is writable again: reopen it.
        if matches!(error, StoreError::ReadOnly { .. }) {
            inner.degraded = true;
        }
        // A vague error (a disk error, a file that cannot be opened) may be a full disk or a read-only
        // folder in disguise; the folder says which. It is rare, so probing it costs nothing that matters.
        let explained = match error {
            StoreError::Sqlite(_) | StoreError::Io { .. } => {
                limber_store::cause(error, self.paths.dir())
            }
            _ => None,
        };
        let error = explained.as_ref().unwrap_or(error);
        inner.problem = Some(DataProblem::from_error(
            error,
            self.paths.dir(),
            inner.reads_file,
        ));
    }

    /// Tries again: reopens the store for writing if it could only read, checks that a problem has passed
    /// and writes what waits. The app calls this every few seconds while [`Saving::needs_retry`].
    pub fn retry(&self) -> Retry {
        let mut inner = self.lock();
        let before = Self::status_of(&inner);
        let mut retry = Retry::default();
        if inner.degraded && self.reopen() {
            inner.degraded = false;
            inner.reads_file = true;
            retry.reopened = true;
        }
        if inner.outbox.is_empty() {
            if inner.problem.is_some() && !inner.degraded {
                let checked = self.store.lock().check_writable();
                match checked {
                    Ok(()) => inner.problem = None,
                    Err(error) => self.note_problem(&mut inner, &error),
                }
            }
        } else {
            // Also through a store that could not be reopened: it refuses at once, and a connection that
            // was open before the disk filled may still be able to write.
            let before = inner.outbox.len();
            let waiting: Vec<Record> = inner.outbox.waiting.clone();
            self.flush(&mut inner);
            retry.written = waiting
                .iter()
                .filter(|record| !inner.outbox.is_waiting(record))
                .map(Record::key)
                .collect();
            if inner.outbox.len() < before {
                log::info!(
                    "saved {} waiting record(s); {} still wait",
                    before - inner.outbox.len(),
                    inner.outbox.len()
                );
            }
        }
        if inner.outbox.is_empty() {
            inner.quit_held = false;
        }
        retry.changed = Self::status_of(&inner) != before;
        retry
    }

    /// Opens the store again for writing, in place of one that could only read. The old connection is closed
    /// first: SQLite shares one WAL index per file within a process, and one that a read-only connection
    /// opened read-only would keep the new connection from writing. When the store still cannot be opened
    /// for writing, it is opened for reading again. Returns whether it can write now.
    fn reopen(&self) -> bool {
        let database = self.paths.database();
        let mut store = self.store.lock();
        let stand_in = match Store::empty_read_only(&database) {
            Ok(stand_in) => stand_in,
            Err(error) => {
                log::warn!("the store cannot be reopened now: {error}");
                return false;
            }
        };
        drop(std::mem::replace(&mut *store, stand_in));
        match Store::open(&database) {
            Ok(opened) if !opened.is_read_only() => {
                *store = opened;
                log::info!("the data folder can be written again; the store is open for writing");
                true
            }
            other => {
                match other {
                    Ok(_) => log::debug!("the store still opens for reading only"),
                    Err(error) => {
                        log::debug!("the store still cannot be opened for writing: {error}");
                    }
                }
                // Reading goes on as far as SQLite allows; else the empty stand-in stays.
                if let Ok(reading) = Store::open_read_only(&database) {
                    *store = reading;
                }
                false
            }
        }
    }

    /// Whether there is anything to try again: waiting records, or a problem that may have passed.
    pub fn needs_retry(&self) -> bool {
        let inner = self.lock();
        !inner.outbox.is_empty() || inner.problem.is_some() || inner.degraded
    }

    /// Whether every record a person made is on disk, so the app may end or hand over.
    pub fn all_saved(&self) -> bool {
        self.lock().outbox.is_empty()
    }

    /// The person chose Quit: returns true when records wait (Limber then stays open to say so).
    pub fn hold_quit(&self) -> bool {
        let mut inner = self.lock();
        inner.quit_held = !inner.outbox.is_empty();
        inner.quit_held
    }

    /// The check-in for `day` that still waits to be written, if any.
    pub fn waiting_check_in(&self, day: NaiveDate) -> Option<JournalRecord> {
        self.lock().outbox.check_in(day).cloned()
    }

    pub fn status(&self) -> DataStatus {
        Self::status_of(&self.lock())
    }

    fn status_of(inner: &Inner) -> DataStatus {
        DataStatus {
            problem: inner.problem.clone(),
            waiting: u32::try_from(inner.outbox.len()).unwrap_or(u32::MAX),
            quit_held: inner.quit_held,
        }
    }
}

#[cfg(test)]
mod tests;
