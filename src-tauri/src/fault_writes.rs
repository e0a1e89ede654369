//! Debug builds only: `limber --fault-writes <count> <first>` makes `count` sessions and `count` morning
//! check-ins (numbered from `first`, each check-in on a day of its own)
//! through the very paths the app uses when a person finishes a routine (`session::StoreSink`) and saves a
//! check-in (`limber_app::journal::save`), and prints `ack session <id>` or `ack check-in <day> <pain>` to
//! standard output only once the store has committed each (or `wait …` when it could not). The fault matrix
//! (`tests/faults/kill.test.mjs`) kills the process with SIGKILL at random moments and then checks that
//! every acknowledged record is in the database exactly once. When the store could not take a record (a full
//! disk, a read-only folder, a lock), the writer prints `wait …` with what the person would read, then retries
//! as the app does (every 250 ms here) until every record is written, acknowledging each then, or gives up
//! after [`RETRY_FOR`] with exit code 3. Release builds do not know the option.

use std::io::Write;

use chrono::{DateTime, Duration, TimeZone, Utc};
use chrono_tz::Tz;
use limber_app::wire::journal::SleepPosition;
use limber_core::session::{Ms, Outcome, SessionState};

use crate::session::{FinishedSession, SessionSink, StoreSink};
use limber_app::journal::CheckInInput;
use limber_app::outbox::{RecordKey, SaveState, Saving};
use limber_app::state::{DataPaths, StoreHandle};

/// How long the writer keeps retrying records the store could not take.
const RETRY_FOR: std::time::Duration = std::time::Duration::from_secs(120);

/// A finished two-minute reset that counts as done.
fn session(id: String, started_at: DateTime<Utc>) -> FinishedSession {
    let active_ms = 120_000;
    FinishedSession {
        id,
        routine_id: "two-minute-reset".to_owned(),
        started_at,
        ended_at: started_at + Duration::milliseconds(120_000),
        time_zone: Tz::UTC,
        outcome: Outcome {
            state: SessionState::Finished,
            started_at: Ms(0),
            ended_at: Ms(active_ms),
            steps_completed: 4,
            steps_skipped: 0,
            steps_total: 4,
            active_ms,
            paused_ms: 0,
            planned_exercise_ms: 90_000,
            done_exercise_ms: 90_000,
            counts_as_done: true,
        },
        checklist: None,
        skipped_exercises: Vec::new(),
    }
}

/// Runs the writes; returns the process exit code.
// The acknowledgements go to standard output by design: the test reads them.
#[allow(clippy::print_stdout)]
pub fn run(count: u32, first: u32) -> i32 {
    let paths = match DataPaths::from_os() {
        Ok(paths) => paths,
        Err(error) => {
            eprintln!("limber: {error}");
            return 1;
        }
    };
    let opened = match crate::commands::data::open_for_app(&paths) {
        Ok(opened) => opened,
        Err(error) => {
            eprintln!("limber: {error}");
            return 1;
        }
    };
    let store = StoreHandle::new(opened.store);
    let saving = Saving::new(store, paths, opened.problem, opened.degraded);
    let sink = StoreSink {
        saving: saving.clone(),
    };
    let pid = std::process::id();
    // Far in the past, so these days never meet the test's own; each check-in gets a day of its own.
    let base = Utc
        .with_ymd_and_hms(2001, 1, 1, 7, 30, 0)
        .single()
        .unwrap_or(DateTime::<Utc>::MIN_UTC);
    let mut out = std::io::stdout().lock();
    // The notes of check-ins that wait, to acknowledge them by their content once written.
    let mut notes = std::collections::HashMap::new();
    for n in first..first.saturating_add(count) {
        let id = format!("fault-{pid}-{n}");
        let at = base + Duration::days(i64::from(n));
        let said = match sink.record(&session(id.clone(), at)) {
            SaveState::Saved => format!("ack session {id}"),
            SaveState::Waiting { message } => format!("wait session {id} {message}"),
            SaveState::Refused { message } => format!("refused session {id} {message}"),
        };
        let pain = i64::from(n % 11);
        let note = format!("fault {pid} {n}");
        let input = CheckInInput {
            pain,
            stiffness: pain,
            sleep_quality: 3,
            sleep_position: SleepPosition::Side,
            note: Some(note.clone()),
        };
        let checked = match limber_app::journal::save(&saving, &input, at, Tz::UTC) {
            Ok(view) => match view.not_saved {
                None => format!("ack check-in {} {note}", view.day),
                Some(message) => {
                    notes.insert(view.day, note);
                    format!("wait check-in {} {message}", view.day)
                }
            },
            Err(error) => format!("error check-in {error}"),
        };
        if writeln!(out, "{said}\n{checked}")
            .and_then(|()| out.flush())
            .is_err()
        {
            return 1;
        }
    }
    let started = std::time::Instant::now();
    while !saving.all_saved() {
        if started.elapsed() > RETRY_FOR {
            return 3;
        }
        std::thread::sleep(std::time::Duration::from_millis(250));
        for key in saving.retry().written {
            let line = match key {
                RecordKey::Session(id) => format!("ack session {id}"),
                RecordKey::CheckIn(day) => format!(
                    "ack check-in {day} {}",
                    notes.get(&day).map_or("", String::as_str)
                ),
                RecordKey::Feel(id) => format!("ack feel {id}"),
            };
            if writeln!(out, "{line}").and_then(|()| out.flush()).is_err() {
                return 1;
            }
        }
    }
    0
}
