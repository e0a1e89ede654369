//! The data import's part of issue 15's fault matrix, through the real `limber import` binary with a temporary
//! HOME and XDG data directory seeded with data: every malformed file of the corpus in `tests/data-files/bad/`
//! (each with the message it must give), special files (a device, a named pipe with no writer, a folder), a file
//! over the size limit and 50 MB of junk under a memory cap. Each must exit non-zero with a plain message and leave
//! the database exactly as it was (a dump of every table compared before and after, and `PRAGMA
//! integrity_check`). The good files of the corpus import, and importing them again changes nothing. A property
//! test then imports mutated exports in process, with the app's real settings rules: each is imported whole or
//! refused with named problems, changing nothing, and never panics.
//!
//! Each binary-level test prints its lines of figures (tries, refused, changed, peak memory) and writes them to
//! `target/tmp/fault-matrix/import-<test>.txt`. `LIMBER_TEST_BINARY` may name another build of `limber` to run instead,
//! for instance an older one, to see these tests fail there.
//!
//! To add a case to the corpus, drop `<name>.json` and `<name>.expected` (the message after `limber: `) into
//! `tests/data-files/bad/`, or an export that must import into `good/`; no code changes.

// Helpers outside `#[test]` functions are test code too; clippy's in-test exemption misses them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]
#![cfg(target_os = "linux")]

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use limber_app::data::{export_to, import_from, ExportKind};
use limber_core::library::Library;
use limber_store::{JournalRecord, RestDay, SessionRecord, Store};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Value};

/// The longest one import may take before the test calls it hung. Far above what any import here needs (well
/// under a second each, a few seconds for 50 MB in a debug build), so it only catches a hang, such as reading a
/// named pipe that never gets a writer.
const HANG: Duration = Duration::from_secs(60);

/// The address-space cap for the imports of large files. The debug binary needs about 400 MB of address space
/// to start (it maps the WebKit and GTK libraries even for `limber import`); the rest is what an import may
/// use. Before issue 15's fault 7 was fixed, 50 MB of junk needed over 2.5 GB.
const ADDRESS_SPACE: u64 = 1_000_000_000;

fn binary() -> PathBuf {
    std::env::var_os("LIMBER_TEST_BINARY")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_limber")))
}

fn corpus_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/data-files")
        .join(kind)
}

/// Prints a test's lines of figures and writes them to `target/tmp/fault-matrix/import-<test>.txt` (replacing
/// the last run's), where the fault matrix's table can read them.
fn report(test: &str, lines: &[String]) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fault-matrix");
    fs::create_dir_all(&dir).unwrap();
    let mut text = String::new();
    for line in lines {
        println!("fault matrix: {line}");
        text.push_str(line);
        text.push('\n');
    }
    fs::write(dir.join(format!("import-{test}.txt")), text).unwrap();
}

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

/// Fills a store with a little of everything: sessions, a journal entry, a rest day, a custom routine, the
/// person's settings and the app's bookkeeping.
fn seed(store: &Store) {
    for (i, day) in ["2024-02-20", "2024-02-21", "2024-02-22"]
        .iter()
        .enumerate()
    {
        let start = at(&format!("{day}T21:00:00Z"));
        store
            .insert_session(&SessionRecord {
                id: format!("seeded-{i}"),
                routine_id: "bedtime-wind-down".into(),
                started_at: start,
                ended_at: start + chrono::TimeDelta::minutes(12),
                utc_offset_seconds: 3600,
                routine_day: day.parse().unwrap(),
                steps_done: 8,
                steps_skipped: 0,
                completed: true,
                active_ms: 700_000,
                paused_ms: 0,
                feel: Some(4),
                checklist: Some(json!({"dimScreen": true})),
                skipped_exercises: Vec::new(),
            })
            .unwrap();
    }
    store
        .save_journal_entry(&JournalRecord {
            day: "2024-02-21".parse().unwrap(),
            back_pain: Some(5),
            stiffness: Some(6),
            sleep_quality: Some(3),
            sleep_position: Some("back".into()),
            note: Some("seeded".into()),
            created_at: at("2024-02-21T07:00:00Z"),
            updated_at: at("2024-02-21T07:00:00Z"),
        })
        .unwrap();
    store
        .add_rest_day(&RestDay {
            routine_id: "morning-mobility".into(),
            day: "2024-02-23".parse().unwrap(),
        })
        .unwrap();
    store
        .save_custom_routine(
            "my-stretch",
            &json!({"format": "limber-routine", "version": 1, "id": "my-stretch", "name": "Mine",
                    "description": "Mine.", "timeOfDay": "anytime", "items": [{"exercise": "head-tilt"}]}),
            at("2024-02-01T10:00:00Z"),
        )
        .unwrap();
    store
        .set_setting(
            limber_store::SettingKey::Audio,
            &json!({"sound": true, "voice": false, "volume": 0.4}),
        )
        .unwrap();
    store
        .set_setting(
            limber_store::SettingKey::ReminderState,
            &json!({"snoozes": [], "pausedDay": null}),
        )
        .unwrap();
}

/// Fills a store with data other than [`seed`]'s, so importing an export of that adds to it.
fn seed_other(store: &Store) {
    let start = at("2024-01-10T06:30:00Z");
    store
        .insert_session(&SessionRecord {
            id: "other-0".into(),
            routine_id: "morning-mobility".into(),
            started_at: start,
            ended_at: start + chrono::TimeDelta::minutes(6),
            utc_offset_seconds: -18_000,
            routine_day: "2024-01-10".parse().unwrap(),
            steps_done: 6,
            steps_skipped: 1,
            completed: true,
            active_ms: 330_000,
            paused_ms: 0,
            feel: None,
            checklist: None,
            skipped_exercises: Vec::new(),
        })
        .unwrap();
    store
        .set_setting(
            limber_store::SettingKey::Plan,
            &json!({"routineIds": ["bedtime-wind-down"]}),
        )
        .unwrap();
}

/// A temporary HOME with XDG directories, and Limber's database in it seeded with data.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["home", "data", "config", "cache"] {
            fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        let home = Home { dir };
        seed(&Store::open(&home.database()).unwrap());
        home
    }

    fn database(&self) -> PathBuf {
        self.dir
            .path()
            .join("data/app.limber.desktop/limber.sqlite3")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `limber import <file>` in this home, run through `wrapper` (such as `prlimit`) when given.
    fn import(&self, file: &Path, wrapper: &[&str]) -> Outcome {
        let rss = self.path("rss.txt");
        let _ = fs::remove_file(&rss);
        let time = Path::new("/usr/bin/time");
        let mut args: Vec<String> = Vec::new();
        if time.exists() {
            args.extend(["-f", "%M", "-o"].map(str::to_owned));
            args.push(rss.display().to_string());
        }
        args.extend(wrapper.iter().map(|s| (*s).to_owned()));
        args.push(binary().display().to_string());
        args.push("import".into());
        args.push(file.display().to_string());
        let (program, args) = if time.exists() {
            (time.display().to_string(), args)
        } else {
            (args[0].clone(), args[1..].to_vec())
        };
        let child = Command::new(program)
            .args(args)
            .env("HOME", self.path("home"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_CACHE_HOME", self.path("cache"))
            .env("LIMBER_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        let output = wait_or_kill(child, HANG).unwrap_or_else(|| {
            panic!(
                "`limber import {}` still ran after {HANG:?}: it hangs",
                file.display()
            )
        });
        let peak_kib = fs::read_to_string(&rss)
            .ok()
            .and_then(|text| text.lines().last()?.trim().parse::<u64>().ok());
        Outcome {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            // The log's own lines (warnings) are not the message to the person.
            stderr: String::from_utf8_lossy(&output.stderr)
                .lines()
                .filter(|line| !line.starts_with("[limber "))
                .collect::<Vec<_>>()
                .join("\n"),
            peak_mb: peak_kib.map(|kib| kib / 1024),
            elapsed: started.elapsed(),
        }
    }

    /// Every row of every table, in a stable order, and the integrity check's answer.
    fn dump(&self) -> String {
        dump(&self.database())
    }
}

fn wait_or_kill(mut child: std::process::Child, limit: Duration) -> Option<std::process::Output> {
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return Some(child.wait_with_output().unwrap());
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn dump(database: &Path) -> String {
    let conn =
        rusqlite::Connection::open_with_flags(database, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(integrity, "ok", "integrity check of {}", database.display());
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |row| {
                let cells: Vec<String> = (0..columns)
                    .map(|i| match row.get_ref(i).unwrap() {
                        rusqlite::types::ValueRef::Text(text) => {
                            format!("{:?}", String::from_utf8_lossy(text))
                        }
                        other => format!("{other:?}"),
                    })
                    .collect();
                Ok(cells.join(" | "))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        out.push_str(&format!("[{table}]\n{}\n", rows.join("\n")));
    }
    out
}

/// What one run of `limber import` did.
#[derive(Debug)]
struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    /// Peak resident memory, when `/usr/bin/time` could measure it.
    peak_mb: Option<u64>,
    elapsed: Duration,
}

impl Outcome {
    /// Checks a refusal: exit code 1 (not a crash), nothing on standard output, and `message` as the only line
    /// to the person.
    fn assert_refused(&self, what: &str, message: &str) {
        assert_eq!(self.code, Some(1), "{what}: {self:?}");
        assert_eq!(self.stdout, "", "{what}");
        assert_eq!(self.stderr, format!("limber: {message}"), "{what}");
    }
}

fn peak_text(outcome: &Outcome) -> String {
    outcome
        .peak_mb
        .map_or("not measured (/usr/bin/time is missing)".to_owned(), |mb| {
            format!("{mb} MB")
        })
}

/// Issue 15's fault matrix, import part: every malformed file of the corpus gives its named error, exit code 1,
/// and changes nothing.
#[test]
fn every_bad_data_file_is_refused_with_its_message_and_changes_nothing() {
    let home = Home::new();
    let before = home.dump();
    let mut files: Vec<PathBuf> = fs::read_dir(corpus_dir("bad"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 30, "the corpus is missing: {}", files.len());
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let expected_path = file.with_extension("expected");
        let expected = fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        home.import(file, &[])
            .assert_refused(&name, expected.trim_end());
        assert_eq!(home.dump(), before, "{name} changed the database");
    }
    report(
        "corpus",
        &[format!(
            "import corpus: {} malformed files tried, {} refused with their message, 0 changed the database",
            files.len(),
            files.len()
        )],
    );
}

/// The good files of the corpus import whole (older exports' bookkeeping left out), and again add nothing.
#[test]
fn every_good_data_file_imports_and_again_changes_nothing() {
    let mut files: Vec<PathBuf> = fs::read_dir(corpus_dir("good"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 2);
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let home = Home::new();
        let before = home.dump();
        let first = home.import(file, &[]);
        assert_eq!(first.code, Some(0), "{name}: {first:?}");
        assert!(
            first.stdout.starts_with("Imported: 2 sessions added"),
            "{name}: {first:?}"
        );
        let after = home.dump();
        assert_ne!(after, before, "{name} imported nothing");
        for internal in ["recovery-pending", "\"backup\"", "2030-01-01"] {
            assert!(!after.contains(internal), "{name} brought in {internal}");
        }
        let again = home.import(file, &[]);
        assert_eq!(again.code, Some(0), "{name}: {again:?}");
        assert!(
            again.stdout.starts_with("Imported: 0 sessions added"),
            "{name}: {again:?}"
        );
        assert_eq!(
            home.dump(),
            after,
            "{name} imported twice changed the database"
        );
    }
}

/// Issue 15, fault 7: a device, a named pipe with no writer and a folder are refused at once, in words, and
/// change nothing. Before the fix, `/dev/zero` was read until memory ran out and the pipe hung for ever.
#[test]
fn issue_15_fault_7_special_files_are_refused_at_once() {
    let home = Home::new();
    let before = home.dump();
    let fifo = home.path("no-writer.fifo");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let folder = home.path("home");
    let rows: [(&Path, String); 4] = [
        (
            Path::new("/dev/zero"),
            "Nothing was imported: /dev/zero is a device, not a file.".to_owned(),
        ),
        (
            Path::new("/dev/null"),
            "Nothing was imported: /dev/null is a device, not a file.".to_owned(),
        ),
        (
            &fifo,
            format!(
                "Nothing was imported: {} is a named pipe (FIFO), not a file.",
                fifo.display()
            ),
        ),
        (
            &folder,
            format!(
                "Nothing was imported: {} is a folder, not a file.",
                folder.display()
            ),
        ),
    ];
    let cap = format!("--as={ADDRESS_SPACE}");
    let mut slowest = Duration::ZERO;
    for (path, message) in &rows {
        let outcome = home.import(path, &["prlimit", &cap, "--"]);
        outcome.assert_refused(&path.display().to_string(), message);
        slowest = slowest.max(outcome.elapsed);
        assert_eq!(
            home.dump(),
            before,
            "{} changed the database",
            path.display()
        );
    }
    report(
        "special-files",
        &[format!(
            "import special files: {} tried (/dev/zero, /dev/null, a FIFO with no writer, a folder), {} \
             refused, 0 changed the database, slowest {} ms",
            rows.len(),
            rows.len(),
            slowest.as_millis()
        )],
    );
}

/// Writes about `bytes` bytes of a JSON list of junk objects to `path`, either alone or as the sessions of an
/// export, and returns how many objects it wrote.
fn write_junk(path: &Path, bytes: usize, in_an_export: bool) -> usize {
    let mut out = std::io::BufWriter::new(fs::File::create(path).unwrap());
    let (head, tail) = if in_an_export {
        (
            r#"{"format":"limber-export","version":1,"sessions":["#,
            "]}",
        )
    } else {
        ("[", "]")
    };
    out.write_all(head.as_bytes()).unwrap();
    let mut written = head.len() + tail.len();
    let mut i = 0u64;
    while written < bytes {
        let item = format!(
            r#"{}{{"a":{{"b":[1,2,{{"c":null}}]}},"x{i}":"yy"}}"#,
            if i == 0 { "" } else { "," }
        );
        out.write_all(item.as_bytes()).unwrap();
        written += item.len();
        i += 1;
    }
    out.write_all(tail.as_bytes()).unwrap();
    usize::try_from(i).unwrap()
}

/// Issue 15, fault 7: 50 MB of junk objects (alone, and as an export's sessions) is refused within a few times
/// its size in memory, under an address-space cap, instead of needing 1.65 GB and aborting; a file over the
/// size limit is refused without being read.
#[test]
fn issue_15_fault_7_large_files_are_refused_in_bounded_memory() {
    let home = Home::new();
    let before = home.dump();
    let cap = format!("--as={ADDRESS_SPACE}");
    let wrapper = ["prlimit", cap.as_str(), "--"];
    let mut lines = Vec::new();
    // What the binary needs to import nothing, for the baseline of the memory target.
    let tiny = home.path("tiny.json");
    fs::write(&tiny, r#"{"format":"limber-export","version":1}"#).unwrap();
    let baseline = home.import(&tiny, &wrapper);
    assert_eq!(baseline.code, Some(0), "{baseline:?}");
    let before_junk = home.dump();
    assert_eq!(before_junk, before);

    const SIZE: usize = 50 * 1024 * 1024;
    let size_mb = u64::try_from(SIZE / (1024 * 1024)).unwrap();
    for (name, in_an_export) in [("junk-list.json", false), ("junk-sessions.json", true)] {
        let path = home.path(name);
        let objects = write_junk(&path, SIZE, in_an_export);
        // Each junk session lacks all eleven required fields.
        let problems = objects * 11;
        let message = if in_an_export {
            format!(
                "Nothing was imported: the file has {problems} problems. The first are: sessions[0].id: is \
                 missing; sessions[0].routineId: is missing; sessions[0].startedAt: is missing; \
                 sessions[0].endedAt: is missing; sessions[0].utcOffsetSeconds: is missing; and {} more.",
                problems - 5
            )
        } else {
            "Nothing was imported: the file is not a Limber export.".to_owned()
        };
        let outcome = home.import(&path, &wrapper);
        outcome.assert_refused(name, &message);
        assert_eq!(home.dump(), before, "{name} changed the database");
        let target = baseline.peak_mb.map(|b| b + 3 * size_mb);
        if let (Some(peak), Some(target)) = (outcome.peak_mb, target) {
            assert!(
                peak <= target,
                "{name}: peak RSS {peak} MB is over the target of {target} MB"
            );
        }
        lines.push(format!(
            "import {name} ({size_mb} MB, {objects} junk objects): refused, exit 1, 0 changed, peak RSS {} \
             (target: at most {} = baseline {} + 3 x {size_mb} MB; address space capped at {} MB), {} ms",
            peak_text(&outcome),
            target.map_or("-".to_owned(), |t| format!("{t} MB")),
            peak_text(&baseline),
            ADDRESS_SPACE / 1_000_000,
            outcome.elapsed.as_millis()
        ));
        fs::remove_file(&path).unwrap();
    }

    // A file over the limit is refused from its size: a sparse file, so nothing is written or read.
    let huge = home.path("huge.json");
    let limit = limber_store::IMPORT_MAX_BYTES;
    fs::File::create(&huge)
        .unwrap()
        .set_len(u64::try_from(limit).unwrap() + 1)
        .unwrap();
    let outcome = home.import(&huge, &wrapper);
    outcome.assert_refused(
        "huge.json",
        &format!(
            "Nothing was imported: the file is too large to be a Limber export ({} bytes; the limit is {limit}).",
            limit + 1
        ),
    );
    assert_eq!(home.dump(), before);
    lines.push(format!(
        "import of a file over the {} MB limit: refused from its size, peak RSS {}",
        limit / (1024 * 1024),
        peak_text(&outcome)
    ));
    report("large-files", &lines);
}

/// The valid export the property test mutates: one of everything, the person's settings included (among them
/// reminders and a weekly goal for the file's own custom routine).
fn base_export() -> Value {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("source.sqlite3")).unwrap();
    seed(&store);
    store
        .set_setting(
            limber_store::SettingKey::Reminders,
            &json!({
                "reminders": [
                    {"routineId": "my-stretch", "enabled": true, "days": ["monday", "friday"],
                     "time": {"kind": "fixed", "time": "15:00:00"}},
                    {"routineId": "bedtime-wind-down", "enabled": true, "days": ["sunday"],
                     "time": {"kind": "bedtime", "bedtime": "23:00:00", "leadMinutes": 30}}
                ],
                "graceMinutes": 60, "quietHours": {"start": "23:30:00", "end": "06:30:00"}, "snoozeMinutes": 10
            }),
        )
        .unwrap();
    store
        .set_setting(
            limber_store::SettingKey::Progress,
            &json!({"dayBoundary": "04:00:00", "weeklyGoals": {"my-stretch": 3}, "restDaysPerMonth": 2,
                    "dismissedRedFlags": []}),
        )
        .unwrap();
    store
        .set_setting(
            limber_store::SettingKey::Onboarding,
            &json!({"completed": true, "safetyAcknowledged": true, "outcome": "skipped"}),
        )
        .unwrap();
    let file = dir.path().join("export.json");
    export_to(&store, ExportKind::Json, &file).unwrap();
    serde_json::from_str(&fs::read_to_string(file).unwrap()).unwrap()
}

/// One change to a valid export.
#[derive(Debug, Clone)]
enum Mutation {
    /// Replace the value found by walking down the document with these choices.
    Replace(Vec<Index>, Value),
    /// Add a key to the object found so.
    AddKey(Vec<Index>, String, Value),
    /// Remove what the walk finds (a key of an object, an element of a list).
    Remove(Vec<Index>),
    /// Cut the file's text at this point.
    Truncate(Index),
}

/// Values that break a field's type or range.
fn junk_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1.0e12f64..1.0e12).prop_map(Value::from),
        prop::sample::select(vec![
            -1i64,
            0,
            1,
            5,
            7,
            8,
            9,
            10,
            11,
            60,
            120,
            121,
            720,
            721,
            4_294_967_296
        ])
        .prop_map(Value::from),
        "[a-z0-9:.TZ -]{0,24}".prop_map(Value::from),
        prop::sample::select(vec![
            "2024-02-30",
            "2024-03-01",
            "2024-03-01T21:00:00Z",
            "07:30:00",
            "04:00:00",
            "25:00:00",
            "monday",
            "Funday",
            "fixed",
            "bedtime",
            "bedtime-wind-down",
            "my-stretch",
            "tai-chi",
            "",
        ])
        .prop_map(Value::from),
        Just(json!([])),
        Just(json!({})),
        Just(json!([1, {"a": [null, "x"]}])),
        Just(json!({"kind": "fixed", "time": "07:00:00"})),
        Just(Value::from("x".repeat(70_000))),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let path = prop::collection::vec(any::<Index>(), 1..7);
    prop_oneof![
        4 => (path.clone(), junk_value()).prop_map(|(p, v)| Mutation::Replace(p, v)),
        2 => (path.clone(), "[a-zA-Z-]{1,12}", junk_value()).prop_map(|(p, k, v)| Mutation::AddKey(p, k, v)),
        2 => path.prop_map(Mutation::Remove),
        1 => any::<Index>().prop_map(Mutation::Truncate),
    ]
}

/// Walks down `doc` by the choices in `path` (as far as it goes) and returns the JSON pointer reached.
fn pointer(doc: &Value, path: &[Index]) -> String {
    let mut at = doc;
    let mut pointer = String::new();
    for choice in path {
        let next = match at {
            Value::Object(map) if !map.is_empty() => {
                let (key, value) = map.iter().nth(choice.index(map.len())).unwrap();
                pointer.push('/');
                pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
                value
            }
            Value::Array(items) if !items.is_empty() => {
                let i = choice.index(items.len());
                pointer.push_str(&format!("/{i}"));
                &items[i]
            }
            _ => break,
        };
        at = next;
    }
    pointer
}

/// The file's text after the mutation.
fn mutated(base: &Value, mutation: &Mutation) -> String {
    let mut doc = base.clone();
    match mutation {
        Mutation::Replace(path, value) => {
            let at = pointer(&doc, path);
            *doc.pointer_mut(&at).unwrap() = value.clone();
        }
        Mutation::AddKey(path, key, value) => {
            let at = pointer(&doc, path);
            let mut target = doc.pointer_mut(&at).unwrap();
            if !target.is_object() {
                // Add beside the value instead, in the object that holds it.
                let parent = at
                    .rsplit_once('/')
                    .map_or("", |(parent, _)| parent)
                    .to_owned();
                target = doc.pointer_mut(&parent).unwrap();
            }
            if let Some(map) = target.as_object_mut() {
                map.insert(key.clone(), value.clone());
            }
        }
        Mutation::Remove(path) => {
            let at = pointer(&doc, path);
            if let Some((parent, last)) = at.rsplit_once('/') {
                match doc.pointer_mut(parent).unwrap() {
                    Value::Object(map) => {
                        map.remove(&last.replace("~1", "/").replace("~0", "~"));
                    }
                    Value::Array(items) => {
                        items.remove(last.parse::<usize>().unwrap());
                    }
                    _ => {}
                }
            }
        }
        Mutation::Truncate(cut) => {
            let text = serde_json::to_string_pretty(&doc).unwrap();
            let mut end = cut.index(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            return text[..end].to_owned();
        }
    }
    serde_json::to_string_pretty(&doc).unwrap()
}

/// What importing one mutated export did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Imported {
    Whole,
    Refused,
}

/// Imports one mutated export into a store holding other data and checks the law: imported whole (a second
/// import then changes nothing), or refused with named problems, changing nothing.
fn import_mutated(base: &Value, mutation: &Mutation) -> Result<Imported, TestCaseError> {
    let text = mutated(base, mutation);
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("limber.sqlite3");
    let store = Store::open(&database).unwrap();
    seed_other(&store);
    let before = dump(&database);
    let file = dir.path().join("mutated.json");
    fs::write(&file, &text).unwrap();
    let library = Library::builtin().unwrap();
    match import_from(&store, &library, &file) {
        Ok(summary) => {
            prop_assert!(
                summary.message.to_string().starts_with("Imported: "),
                "{}",
                summary.message
            );
            let after = dump(&database);
            let again = import_from(&store, &library, &file);
            prop_assert!(again.is_ok(), "{again:?}");
            prop_assert_eq!(
                dump(&database),
                after,
                "a second import changed the database"
            );
            Ok(Imported::Whole)
        }
        Err(error) => {
            let message = error.to_string();
            prop_assert!(message.starts_with("Nothing was imported: "), "{}", message);
            // A refusal of a file that is JSON names where the problem is, or what the file is not.
            let named = message.contains(": the file has ")
                || message.contains("the file is not valid JSON (line ")
                || message.contains("the file is not a Limber export")
                || message.contains("made by a newer Limber");
            prop_assert!(named, "{}", message);
            prop_assert_eq!(
                dump(&database),
                before,
                "a refused import changed the database"
            );
            Ok(Imported::Refused)
        }
    }
}

/// Issue 15's fault matrix, generated files: a mutated export (a bad type, an out-of-range value, an unknown key,
/// a missing field, a cut) is either imported whole or refused with named problems, changing nothing; it never
/// panics (proptest reports a panic as a failing case).
#[test]
fn a_mutated_export_imports_whole_or_changes_nothing() {
    const CASES: u32 = 160;
    let base = base_export();
    let counts = std::cell::RefCell::new((0u32, 0u32));
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(CASES));
    let result = runner.run(&mutation(), |mutation| {
        let imported = import_mutated(&base, &mutation)?;
        let mut counts = counts.borrow_mut();
        match imported {
            Imported::Whole => counts.0 += 1,
            Imported::Refused => counts.1 += 1,
        }
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
    let (whole, refused) = counts.into_inner();
    report(
        "generated",
        &[format!(
            "import generated files: {} mutated exports tried, {whole} imported whole, \
             {refused} refused with named problems, 0 changed by a refusal, 0 panics",
            whole + refused
        )],
    );
}
