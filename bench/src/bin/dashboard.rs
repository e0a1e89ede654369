//! Dashboard benchmark: builds a database holding ten years of use (a morning and a bedtime session a day, about
//! 7,300 sessions, and a journal entry a day, about 3,650) in a temp dir, then times what the progress screen's
//! command does: load every fact from the store and run all the core's computations (streaks, heatmaps, scores,
//! the pain chart, the insight and the red flags). It prints the median of 20 runs beside the target (< 10 ms)
//! and the database size beside its target (< 5 MB); it never asserts on timings, which depend on the machine.
//!
//! The figure is for the very function the progress command calls, `limber_app::progress::dashboard`.

// A benchmark's whole purpose is to print its figures.
#![allow(clippy::print_stdout)]

#[cfg(not(test))]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    bench::run()
}

#[cfg(not(test))]
mod bench {
    use std::time::{Duration, Instant};

    use chrono::{DateTime, Duration as Span, NaiveDate, TimeZone, Utc};
    use limber_bench::{median, ms, XorShift};
    use limber_core::library::Library;
    use limber_store::{
        ExportDocument, JournalRecord, RestDay, SessionRecord, Store, EXPORT_FORMAT, EXPORT_VERSION,
    };
    use serde_json::json;

    use limber_app::progress;

    const YEARS: i64 = 10;
    const RUNS: usize = 20;
    const TARGET_MS: f64 = 10.0;
    const SIZE_TARGET_MB: f64 = 5.0;

    /// Ten years ending on `last_day` in Berlin: the wind-down most evenings, the morning routine most mornings
    /// (scheduled on weekdays), a check-in every morning with pain drifting slowly, a rest day now and then,
    /// reminders and a weekly goal, so every computation of the dashboard has real work to do.
    fn ten_years(last_day: NaiveDate) -> ExportDocument {
        let mut rng = XorShift(0xDA5B_0A2D);
        let days = YEARS * 365;
        let first = last_day - Span::days(days - 1);
        let mut sessions = Vec::new();
        let mut journal = Vec::new();
        let mut rest_days = Vec::new();
        let mut pain: i64 = 4;
        for n in 0..days {
            let day = first + Span::days(n);
            let offset: i32 = if (90..300).contains(&(n % 365)) {
                7200
            } else {
                3600
            };
            let local_midnight = Utc
                .from_utc_datetime(&day.and_hms_opt(0, 0, 0).unwrap_or_default())
                - Span::seconds(offset.into());
            let morning = local_midnight + Span::minutes(7 * 60 + rng.below(90) as i64);
            let evening = local_midnight + Span::minutes(22 * 60 + rng.below(100) as i64);
            for (i, (routine, start, minutes)) in [
                ("morning-mobility", morning, 5),
                ("bedtime-wind-down", evening, 10),
            ]
            .into_iter()
            .enumerate()
            {
                let completed = rng.below(10) > 1;
                sessions.push(SessionRecord {
                    id: format!("{day}-{i}"),
                    routine_id: routine.to_owned(),
                    started_at: start,
                    ended_at: start + Span::minutes(minutes),
                    utc_offset_seconds: offset,
                    routine_day: day,
                    steps_done: 7,
                    steps_skipped: 0,
                    completed,
                    active_ms: (minutes * 60_000) as u64,
                    paused_ms: 0,
                    feel: Some(rng.below(11) as u8),
                    checklist: None,
                    skipped_exercises: Vec::new(),
                });
            }
            pain = (pain + rng.below(3) as i64 - 1).clamp(0, 9);
            let written: DateTime<Utc> = morning + Span::minutes(8);
            journal.push(JournalRecord {
                day,
                back_pain: Some(pain as u8),
                stiffness: Some((pain + rng.below(3) as i64).min(10) as u8),
                sleep_quality: Some(1 + rng.below(5) as u8),
                sleep_position: Some(
                    ["side", "back", "stomach", "varies"][rng.below(4) as usize].to_owned(),
                ),
                note: (rng.below(4) == 0)
                    .then(|| "Stiff first thing, easier after cat-cow.".to_owned()),
                created_at: written,
                updated_at: written,
            });
            if rng.below(25) == 0 {
                rest_days.push(RestDay {
                    routine_id: "bedtime-wind-down".to_owned(),
                    day,
                });
            }
        }
        let weekdays = json!(["monday", "tuesday", "wednesday", "thursday", "friday"]);
        let every_day = json!([
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday"
        ]);
        let reminders = json!({
            "reminders": [
                {"routineId": "morning-mobility", "enabled": true, "days": weekdays,
                 "time": {"kind": "fixed", "time": "07:15:00"}},
                {"routineId": "bedtime-wind-down", "enabled": true, "days": every_day,
                 "time": {"kind": "bedtime", "bedtime": "23:00:00", "leadMinutes": 30}},
            ],
        });
        let progress = json!({"dayBoundary": "04:00:00", "weeklyGoals": {"bedtime-wind-down": 5},
                              "restDaysPerMonth": 2});
        ExportDocument {
            format: EXPORT_FORMAT.to_owned(),
            version: EXPORT_VERSION,
            sessions,
            journal,
            rest_days,
            settings: [
                ("reminders".to_owned(), reminders),
                ("progress".to_owned(), progress),
            ]
            .into_iter()
            .collect(),
            custom_routines: Vec::new(),
        }
    }

    fn file_mb(path: &std::path::Path) -> f64 {
        std::fs::metadata(path).map(|m| m.len()).unwrap_or(0) as f64 / (1024.0 * 1024.0)
    }

    fn verdict(ok: bool) -> &'static str {
        if ok {
            "OK"
        } else {
            "OVER"
        }
    }

    pub fn run() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("limber.sqlite3");
        let last_day = NaiveDate::from_ymd_opt(2026, 6, 30).ok_or("bad date")?;
        let doc = ten_years(last_day);
        let text = serde_json::to_string(&doc)?;
        let store = Store::open(&path)?;
        let library = Library::builtin()?;
        store.import_json(
            &text,
            &limber_app::settings::SettingsRules::new(&library, &store),
        )?;
        // Closing the last connection checkpoints the WAL into the main file, so its size is the whole database.
        drop(store);
        let size = file_mb(&path);

        let store = Store::open(&path)?;
        let tz = chrono_tz::Europe::Berlin;
        // 08:30 in Berlin on the last day, after the morning check-in.
        let now = Utc.from_utc_datetime(&last_day.and_hms_opt(6, 30, 0).unwrap_or_default());

        let started = Instant::now();
        let first = progress::dashboard(&store, &library, now, tz)?;
        let cold = started.elapsed();
        let mut samples: Vec<Duration> = Vec::with_capacity(RUNS);
        for _ in 0..RUNS {
            let started = Instant::now();
            let dashboard = progress::dashboard(&store, &library, now, tz)?;
            samples.push(started.elapsed());
            std::hint::black_box(dashboard);
        }
        let typical = median(&mut samples).ok_or("no samples")?;
        // The same work in its two halves, to show where the time goes.
        let (mut loads, mut computes) = (Vec::with_capacity(RUNS), Vec::with_capacity(RUNS));
        for _ in 0..RUNS {
            let started = Instant::now();
            let facts = progress::Facts::load(&store, &library, now, tz)?;
            loads.push(started.elapsed());
            let started = Instant::now();
            std::hint::black_box(progress::compose(&facts));
            computes.push(started.elapsed());
        }
        let load = median(&mut loads).ok_or("no samples")?;
        let compute = median(&mut computes).ok_or("no samples")?;
        let json_bytes = serde_json::to_string(&first)?.len();

        println!("dashboard benchmark: {YEARS} years of use");
        println!(
            "  data:        {} sessions, {} journal entries, {} rest days",
            doc.sessions.len(),
            doc.journal.len(),
            doc.rest_days.len()
        );
        println!(
            "  dashboard:   {} median of {RUNS} runs (load + all computations)   target: < {TARGET_MS} ms {}",
            ms(typical),
            verdict(typical.as_secs_f64() * 1000.0 < TARGET_MS)
        );
        println!(
            "    of which:  load {} + computations {} (medians)",
            ms(load),
            ms(compute)
        );
        println!("  first run:   {}", ms(cold));
        println!(
            "  database:    {size:.2} MB   target: < {SIZE_TARGET_MB} MB {}",
            verdict(size < SIZE_TARGET_MB)
        );
        println!(
            "  result:      {} routines, {} chart days, {:.1} KB of JSON over IPC",
            first.routines.len(),
            first.pain_chart.len(),
            json_bytes as f64 / 1024.0
        );
        for routine in &first.routines {
            println!(
                "               {}: streak {} (best {}), habit strength {:.0}%",
                routine.name,
                routine.summary.streak.current,
                routine.summary.streak.best,
                routine.score.today * 100.0
            );
        }
        Ok(())
    }
}
