//! Store benchmark: builds a database holding ten years of daily use (two sessions a day and a
//! journal entry a day) in a temp dir, then times what the dashboard loads at start-up and
//! reports the file size. It prints figures beside their targets; it never asserts on timings,
//! which depend on the machine.

// A benchmark's whole purpose is to print its figures.
#![allow(clippy::print_stdout)]

use std::time::{Duration, Instant};

use chrono::{DateTime, Duration as Span, NaiveDate, TimeZone, Utc};
use limber_app::settings::SettingsRules;
use limber_bench::{median, ms, XorShift};
use limber_store::{
    ExportDocument, JournalRecord, RestDay, SessionRecord, Store, EXPORT_FORMAT, EXPORT_VERSION,
};
use serde_json::json;

const YEARS: i64 = 10;
const RUNS: usize = 20;
const LOAD_TARGET_MS: f64 = 10.0;
const SIZE_TARGET_MB: f64 = 5.0;

/// Ten years of use ending on `last_day`: a morning and an evening session every day, a
/// journal entry every day, notes on a third of them, a rest day now and then.
fn ten_years(last_day: NaiveDate) -> ExportDocument {
    let mut rng = XorShift(0x5EED_u64);
    let days = YEARS * 365;
    let first = last_day - Span::days(days - 1);
    let mut sessions = Vec::with_capacity(days as usize * 2);
    let mut journal = Vec::with_capacity(days as usize);
    let mut rest_days = Vec::new();
    for n in 0..days {
        let day = first + Span::days(n);
        // Summer time in the middle of the year, as in most of Europe.
        let offset: i32 = if (90..300).contains(&(n % 365)) {
            7200
        } else {
            3600
        };
        let local_midnight = Utc.from_utc_datetime(&day.and_hms_opt(0, 0, 0).unwrap_or_default())
            - Span::seconds(offset.into());
        let morning_start = local_midnight
            + Span::minutes(7 * 60 + rng.below(90) as i64)
            + Span::milliseconds(rng.below(1000) as i64);
        let evening_start = local_midnight
            + Span::minutes(22 * 60 + rng.below(80) as i64)
            + Span::milliseconds(rng.below(1000) as i64);
        for (i, (routine, start, minutes, checklist)) in [
            ("morning-mobility", morning_start, 5, None),
            (
                "bedtime-wind-down",
                evening_start,
                10,
                Some(
                    json!({"dimScreen": true, "alarmSet": rng.below(2) == 0, "teeth": true,
                            "roomCool": rng.below(3) > 0, "noCaffeine": true}),
                ),
            ),
        ]
        .into_iter()
        .enumerate()
        {
            let completed = rng.below(10) > 0;
            let active = minutes * 60_000 - rng.below(30_000) as i64;
            sessions.push(SessionRecord {
                id: format!("{day}-{i}-{:08x}", rng.below(u32::MAX.into())),
                routine_id: routine.to_owned(),
                started_at: start,
                ended_at: start + Span::milliseconds(active + 20_000),
                utc_offset_seconds: offset,
                routine_day: day,
                steps_done: if completed {
                    7
                } else {
                    3 + rng.below(4) as u32
                },
                steps_skipped: rng.below(2) as u32,
                completed,
                active_ms: active as u64,
                paused_ms: 20_000,
                feel: (rng.below(10) < 7).then(|| rng.below(11) as u8),
                checklist,
                skipped_exercises: Vec::new(),
            });
        }
        let written: DateTime<Utc> = morning_start + Span::minutes(10);
        journal.push(JournalRecord {
            day,
            back_pain: Some(rng.below(11) as u8),
            stiffness: Some(rng.below(11) as u8),
            sleep_quality: Some(1 + rng.below(5) as u8),
            sleep_position: Some(["side", "back", "stomach", "mixed"][rng.below(4) as usize].to_owned()),
            note: (rng.below(3) == 0).then(|| {
                "Woke up stiff, eased after the cat-cow; pillow between the knees helped, \"a bit\"."
                    .to_owned()
            }),
            created_at: written,
            updated_at: written,
        });
        if rng.below(30) == 0 {
            rest_days.push(RestDay {
                routine_id: "morning-mobility".to_owned(),
                day,
            });
        }
    }
    ExportDocument {
        format: EXPORT_FORMAT.to_owned(),
        version: EXPORT_VERSION,
        sessions,
        journal,
        rest_days,
        settings: [(
            "audio".to_owned(),
            json!({"sound": true, "voice": false, "volume": 0.5}),
        )]
        .into_iter()
        .collect(),
        custom_routines: Vec::new(),
    }
}

fn file_mb(path: &std::path::Path) -> f64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0) as f64 / (1024.0 * 1024.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("limber.sqlite3");
    let last_day = NaiveDate::from_ymd_opt(2026, 6, 30).ok_or("bad date")?;
    let doc = ten_years(last_day);
    let text = serde_json::to_string(&doc)?;

    let store = Store::open(&path)?;
    let library = limber_core::library::Library::builtin()?;
    let started = Instant::now();
    // The app's own settings rules, so the import times what `limber import` does.
    let report = store.import_json(&text, &SettingsRules::new(&library, &store))?;
    let import_time = started.elapsed();
    // Closing the last connection checkpoints the WAL into the main file, so its size is the
    // whole database.
    drop(store);
    let size = file_mb(&path);

    let started = Instant::now();
    let store = Store::open(&path)?;
    let open_time = started.elapsed();
    let from = last_day - Span::days(YEARS * 365);
    // The first load after opening also fills SQLite's page cache; it is reported on its own
    // and the median is taken over the warm loads that follow, as the dashboard reloads.
    let started = Instant::now();
    store.history_since(from)?;
    let cold = started.elapsed();
    let mut samples: Vec<Duration> = Vec::with_capacity(RUNS);
    let mut loaded = (0, 0, 0);
    for _ in 0..RUNS {
        let started = Instant::now();
        let history = store.history_since(from)?;
        samples.push(started.elapsed());
        loaded = (
            history.sessions.len(),
            history.journal.len(),
            history.rest_days.len(),
        );
    }
    let load = median(&mut samples).ok_or("no samples")?;
    // The median is the figure; the fastest run shows how much of it is other processes' noise.
    let fastest = samples.first().copied().unwrap_or_default();
    let started = Instant::now();
    let exported = store.export_json()?;
    let export_time = started.elapsed();

    println!("store benchmark: {YEARS} years of use");
    println!(
        "  data:            {} sessions, {} journal entries, {} rest days (import added {} sessions)",
        loaded.0, loaded.1, loaded.2, report.sessions_added
    );
    println!(
        "  dashboard load:  {} median of {RUNS} runs (fastest {})   target: a few ms (< {LOAD_TARGET_MS} ms with the computations) {}",
        ms(load),
        ms(fastest),
        if load.as_secs_f64() * 1000.0 < LOAD_TARGET_MS / 2.0 { "OK" } else { "OVER" }
    );
    println!(
        "  database size:   {size:.2} MB   target: < {SIZE_TARGET_MB} MB {}",
        if size < SIZE_TARGET_MB { "OK" } else { "OVER" }
    );
    println!("  first load:      {} (cold page cache)", ms(cold));
    println!("  open + migrate:  {}", ms(open_time));
    println!("  import (1 tx):   {}", ms(import_time));
    println!(
        "  export JSON:     {} ({:.2} MB)",
        ms(export_time),
        exported.len() as f64 / (1024.0 * 1024.0)
    );
    Ok(())
}
