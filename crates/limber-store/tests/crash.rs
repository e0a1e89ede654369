//! Durability under SIGKILL: a session the store acknowledged must be on disk, and the database
//! must pass `PRAGMA integrity_check`, however abruptly the process dies.
//!
//! The test runs this same test binary again as the writer (selected by an environment
//! variable). The writer prints `ACK <id>` only after `insert_session` returned; the parent kills
//! it with SIGKILL (`Child::kill` on Unix) after a random number of acknowledgements, several
//! times over the same file, then checks every acknowledged id.

// Helpers outside `#[test]` functions are test code too; clippy's in-test exemption misses them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use limber_store::{JournalRecord, Store};

const WRITER_ENV: &str = "LIMBER_STORE_CRASH_WRITER";
const ROUND_ENV: &str = "LIMBER_STORE_CRASH_ROUND";
const ROUNDS: u64 = 20;
const TEST_NAME: &str = "acknowledged_sessions_survive_sigkill";

/// The child's side: write sessions (and a journal entry and a feel update now and then, so
/// different statements are in flight when the kill lands) until killed.
fn write_until_killed(path: &str, round: u64) {
    let store = Store::open(std::path::Path::new(path)).expect("writer opens the store");
    let mut out = std::io::stdout().lock();
    let base = common::session("seed", "bedtime-wind-down", "2024-03-01");
    for i in 0..1_000_000u64 {
        let id = format!("r{round}-{i}");
        let mut s = base.clone();
        s.id.clone_from(&id);
        // Distinct starts keep (routine, start) unique across rounds.
        let offset = chrono::Duration::seconds((round * 1_000_000 + i) as i64);
        s.started_at += offset;
        s.ended_at += offset;
        store.insert_session(&s).expect("insert");
        writeln!(out, "ACK {id}").expect("stdout");
        out.flush().expect("stdout");
        if i % 7 == 0 {
            let day = s.routine_day + chrono::Duration::days((i % 400) as i64);
            store
                .save_journal_entry(&JournalRecord {
                    day,
                    note: Some(format!("round {round} entry {i}, with \"quotes\"")),
                    ..common::journal("2024-03-01", "")
                })
                .expect("journal");
        }
        if i % 5 == 0 {
            store
                .set_session_feel(&id, Some((i % 11) as u8))
                .expect("feel");
        }
    }
}

/// A small deterministic generator, so a failing run can be repeated with its seed.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn acknowledged_sessions_survive_sigkill() {
    if let Ok(path) = std::env::var(WRITER_ENV) {
        let round = std::env::var(ROUND_ENV).unwrap().parse().unwrap();
        write_until_killed(&path, round);
        return;
    }

    let seed = std::env::var("LIMBER_STORE_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    let mut rng = XorShift(seed);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("limber.sqlite3");
    let exe = std::env::current_exe().unwrap();
    let started = Instant::now();
    let mut acknowledged = BTreeSet::new();

    for round in 0..ROUNDS {
        let mut child = Command::new(&exe)
            .args([TEST_NAME, "--exact", "--nocapture", "--test-threads=1"])
            .env(WRITER_ENV, &path)
            .env(ROUND_ENV, round.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(id) = line.strip_prefix("ACK ") {
                    if tx.send(id.to_owned()).is_err() {
                        break;
                    }
                }
            }
        });
        // Kill after a random number of acknowledgements, then a random few hundred
        // microseconds more so the kill lands anywhere inside the next write.
        let kill_after = 1 + rng.next() % 400;
        let mut seen = 0;
        while seen < kill_after {
            let id = rx
                .recv_timeout(Duration::from_secs(20))
                .unwrap_or_else(|e| panic!("seed {seed} round {round}: writer stalled: {e}"));
            acknowledged.insert(id);
            seen += 1;
        }
        std::thread::sleep(Duration::from_micros(rng.next() % 2_000));
        child.kill().unwrap();
        let status = child.wait().unwrap();
        assert!(
            !status.success(),
            "seed {seed}: the writer must die by the signal"
        );
        reader.join().unwrap();
        // Acknowledgements already in the pipe when the kill landed count too.
        acknowledged.extend(rx.try_iter());
    }

    let conn = rusqlite::Connection::open(&path).unwrap();
    let report: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(report, ["ok"], "seed {seed}");
    drop(conn);

    let store = Store::open(&path).unwrap();
    let stored: BTreeSet<String> = store
        .sessions()
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    let lost: Vec<&String> = acknowledged.difference(&stored).collect();
    assert!(
        lost.is_empty(),
        "seed {seed}: acknowledged but lost: {lost:?}"
    );
    assert!(acknowledged.len() as u64 >= ROUNDS, "seed {seed}");
    eprintln!(
        "crash test: {} rounds, {} acknowledged, {} stored, {:?}, seed {seed}",
        ROUNDS,
        acknowledged.len(),
        stored.len(),
        started.elapsed()
    );
}
