//! Where reminders stand: the next reminder of each routine and today's state, for `limber status`, the tray
//! and the reminder settings screen.
//!
//! This module owns the [`ReminderStatus`] report and its two printed forms (text and JSON). It composes the
//! core's answers (`schedule::occurrences_after`, `streak::streak`, `day::today`) with the stored setup,
//! ledger and sessions; it must never decide when a reminder fires (the scheduler's `Agenda` does) and never
//! write anything of its own, so `limber status` can run beside the app on the same data directory. It opens
//! the store as every Limber process does: a damaged database is recovered from its backup and record log,
//! and a recovery the person has not read about yet (in the app's banner) is told above the status. When the
//! data folder is read-only or its disk full, `limber status` says so in plain words above the status.

use std::io::Write;

use crate::wire::progress::Streak;
use crate::wire::schedule as wire;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use limber_core::library::Library;
use limber_core::routine::TimeOfDay;
use limber_core::schedule::{
    first_use_closes, occurrences_after, Occurrence, Outcome, QuietHours, Reminder, ReminderLedger,
    TimeRule,
};
use limber_core::streak::streak;
use limber_store::{Store, StoreError};
use serde::Serialize;
use ts_rs::TS;

use crate::health::{DataProblem, ProblemKind};
use crate::reminders::{load_ledger, load_setup, ReminderSetup};

/// How a routine's next reminder will come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum NextKind {
    /// At a set time (a fixed time, or a time before bedtime).
    Timed,
    /// On the first use of the computer at or after `at`.
    FirstUse,
    /// When a snooze runs out.
    Snoozed,
}

/// What became of today's reminder so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ReminderToday {
    /// It was shown (or snoozed).
    Sent,
    /// It could not be shown in time and was recorded as missed.
    Missed,
}

impl From<Outcome> for ReminderToday {
    fn from(outcome: Outcome) -> Self {
        match outcome {
            Outcome::Fired => ReminderToday::Sent,
            Outcome::Missed => ReminderToday::Missed,
        }
    }
}

/// A routine's next reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NextReminder {
    pub routine_id: String,
    pub routine_name: String,
    /// The instant it falls due (for first use: from when activity fires it).
    pub at: DateTime<Utc>,
    /// The same instant on the local wall clock.
    pub local: NaiveDateTime,
    pub kind: NextKind,
    /// A short phrase for people: "today at 22:00", "tomorrow, on first use after 06:30".
    pub label: String,
}

/// One routine's reminder and today's state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoutineStatus {
    pub routine_id: String,
    pub name: String,
    pub time_of_day: crate::wire::library::TimeOfDay,
    /// The planned length, computed by the library from the doses.
    pub duration_secs: u32,
    /// The reminder as set (it may be disabled), if any.
    pub reminder: Option<wire::Reminder>,
    pub next: Option<NextReminder>,
    /// A completed session counts for today's routine day.
    pub done_today: bool,
    /// What became of today's reminder so far.
    pub reminder_today: Option<ReminderToday>,
    pub streak: Streak,
}

/// Everything `limber status` prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderStatus {
    pub now: DateTime<Utc>,
    pub time_zone: String,
    /// Today's routine day (before the day boundary, still yesterday's).
    pub today: NaiveDate,
    pub paused_today: bool,
    /// The earliest of the routines' next reminders.
    pub next: Option<NextReminder>,
    pub routines: Vec<RoutineStatus>,
}

impl ReminderStatus {
    /// Whether two reports say the same thing (the instant they were made aside).
    pub fn same_as(&self, other: &ReminderStatus) -> bool {
        self.time_zone == other.time_zone
            && self.today == other.today
            && self.paused_today == other.paused_today
            && self.next == other.next
            && self.routines == other.routines
    }
}

/// The first day sessions are read from for streaks: all of history, since the current run may be long.
const HISTORY_FROM: NaiveDate = match NaiveDate::from_ymd_opt(1970, 1, 1) {
    Some(day) => day,
    None => NaiveDate::MIN,
};

/// How many upcoming days are searched for a routine's next open reminder.
const SEARCH_DAYS: usize = 64;

/// Builds the report from the stored setup and ledger (the command line, and commands in the app).
pub fn report_from_store(
    store: &Store,
    library: &Library,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<ReminderStatus, StoreError> {
    let setup = load_setup(store)?;
    let boundary = crate::progress::day_boundary(store)?;
    let ledger = load_ledger(store, limber_core::day::today(now, tz, boundary))?;
    report(store, library, &setup, &ledger, now, tz)
}

/// Builds the report from a setup and ledger in hand (the scheduler's own).
pub fn report(
    store: &Store,
    library: &Library,
    setup: &ReminderSetup,
    ledger: &ReminderLedger,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<ReminderStatus, StoreError> {
    let progress = crate::progress::ProgressSettings::load(store)?;
    let boundary = progress.day_boundary;
    let today = limber_core::day::today(now, tz, boundary);
    let history = store.history_since(HISTORY_FROM)?;
    // The streak judges each past day by the schedule in force on it, as the progress screen does.
    let schedules = crate::progress::ScheduleHistories::load(store)?;
    let done_on = |routine_id: &str, day: NaiveDate| {
        history
            .sessions
            .iter()
            .any(|s| s.completed && s.routine_id == routine_id && s.routine_day == day)
    };
    let catalog = crate::progress::catalog(library, store)?;
    let mut routines = Vec::new();
    for routine in catalog.iter().filter(|routine| !routine.deleted) {
        let reminder = setup.schedule.reminder(&routine.id).cloned();
        let shown = reminder.is_some()
            || matches!(routine.time_of_day, TimeOfDay::Bedtime | TimeOfDay::Morning)
            || done_on(&routine.id, today);
        if !shown {
            continue;
        }
        let duration_secs = crate::reminders::routine_brief(library, store, &routine.id)
            .map_or(0, |brief| brief.duration_secs);
        let schedule = crate::progress::schedule_of(
            &schedules,
            &setup.schedule,
            &progress,
            &routine.id,
            today,
        );
        let routine_history = crate::progress::routine_history(&history, &routine.id, schedule);
        let open = |occurrence: &Occurrence| {
            ledger
                .outcome(&occurrence.routine_id, occurrence.day)
                .is_none()
                && ledger.paused_day != Some(occurrence.day)
                && !done_on(&occurrence.routine_id, occurrence.day)
        };
        let next = reminder.as_ref().and_then(|reminder| {
            next_reminder(
                reminder,
                &routine.name,
                setup,
                ledger,
                &open,
                now,
                tz,
                boundary,
            )
        });
        routines.push(RoutineStatus {
            routine_id: routine.id.clone(),
            name: routine.name.clone(),
            time_of_day: crate::wire::library::TimeOfDay::from(&routine.time_of_day),
            duration_secs,
            reminder: reminder.as_ref().map(wire::Reminder::from),
            next,
            done_today: done_on(&routine.id, today),
            reminder_today: ledger.outcome(&routine.id, today).map(ReminderToday::from),
            streak: Streak::from(&streak(&routine_history, today)),
        });
    }
    let next = routines
        .iter()
        .filter_map(|routine| routine.next.clone())
        .min_by(|a, b| (a.at, &a.routine_id).cmp(&(b.at, &b.routine_id)));
    Ok(ReminderStatus {
        now,
        time_zone: tz.name().to_owned(),
        today,
        paused_today: ledger.paused_day == Some(today),
        next,
        routines,
    })
}

/// A routine's next reminder: a waiting snooze, today's first-use reminder still waiting for activity, or
/// the first upcoming occurrence that is neither decided, paused nor done.
#[allow(clippy::too_many_arguments)] // Each is one input of the same rule the scheduler applies.
fn next_reminder(
    reminder: &Reminder,
    name: &str,
    setup: &ReminderSetup,
    ledger: &ReminderLedger,
    open: &dyn Fn(&Occurrence) -> bool,
    now: DateTime<Utc>,
    tz: Tz,
    boundary: NaiveTime,
) -> Option<NextReminder> {
    if !reminder.enabled {
        return None;
    }
    let snoozed = ledger
        .snoozes
        .iter()
        .filter(|snooze| snooze.occurrence.routine_id == reminder.routine_id)
        .filter(|snooze| ledger.paused_day != Some(snooze.occurrence.day))
        .map(|snooze| (snooze.until, NextKind::Snoozed, snooze.occurrence.day))
        .min();
    let kind = if reminder.time.waits_for_activity() {
        NextKind::FirstUse
    } else {
        NextKind::Timed
    };
    // Occurrences up to the grace period back are still pending when nothing decided them (quiet hours
    // hold them, or the scheduler is about to fire them); today's first-use reminder waits all day.
    let look_back = match kind {
        NextKind::FirstUse => chrono::TimeDelta::days(1),
        _ => setup.schedule.grace(),
    };
    let from = now.checked_sub_signed(look_back).unwrap_or(now);
    let scheduled = occurrences_after(reminder, from, tz, boundary)
        .take(SEARCH_DAYS)
        .filter(|occurrence| match kind {
            NextKind::FirstUse => now < first_use_closes(reminder, occurrence.day, tz, boundary),
            _ => true,
        })
        .find(|occurrence| open(occurrence))
        .map(|occurrence| (occurrence.at, kind, occurrence.day));
    let (at, kind, day) = [snoozed, scheduled].into_iter().flatten().min()?;
    Some(NextReminder {
        routine_id: reminder.routine_id.clone(),
        routine_name: name.to_owned(),
        at,
        local: at.with_timezone(&tz).naive_local(),
        kind,
        label: label(at, day, kind, now, tz, setup.schedule.quiet_hours),
    })
}

/// "today at 22:00", "tomorrow, on first use after 06:30", "snoozed until 22:10", and for a time after
/// midnight that belongs to the evening before, "Monday night, 00:30", so nobody has to guess which night.
fn label(
    at: DateTime<Utc>,
    routine_day: NaiveDate,
    kind: NextKind,
    now: DateTime<Utc>,
    tz: Tz,
    quiet: Option<QuietHours>,
) -> String {
    let local = at.with_timezone(&tz);
    let clock = local.format("%H:%M");
    let after_midnight = local.date_naive() > routine_day;
    let day = if after_midnight {
        night_word(routine_day)
    } else {
        day_word(local.date_naive(), now.with_timezone(&tz).date_naive())
    };
    match kind {
        NextKind::Snoozed => format!("snoozed until {clock}"),
        NextKind::FirstUse => format!("{day}, on first use after {clock}"),
        NextKind::Timed if after_midnight && at > now => format!("{day}, {clock}"),
        NextKind::Timed if at <= now => {
            let held = quiet.filter(|quiet| quiet.contains(now.with_timezone(&tz).time()));
            match held {
                Some(quiet) => format!("when quiet hours end at {}", quiet.end.format("%H:%M")),
                None => "now".to_owned(),
            }
        }
        NextKind::Timed => format!("{day} at {clock}"),
    }
}

/// "Monday night": the evening a time after midnight belongs to.
pub fn night_word(routine_day: NaiveDate) -> String {
    format!("{} night", routine_day.format("%A"))
}

/// "today", "tomorrow", a weekday within the week, or a date.
fn day_word(date: NaiveDate, today: NaiveDate) -> String {
    match date.signed_duration_since(today).num_days() {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        -1 => "yesterday".to_owned(),
        2..=6 => date.format("%A").to_string(),
        _ => date.format("%-d %B").to_string(),
    }
}

/// "9 min".
fn minutes(duration_secs: u32) -> String {
    format!("{} min", crate::notice::whole_minutes(duration_secs))
}

/// The report as the command line prints it.
pub fn render_text(status: &ReminderStatus) -> String {
    let local = status
        .now
        .with_timezone(&status.time_zone.parse::<Tz>().unwrap_or(Tz::UTC));
    let mut out = format!(
        "Limber, {} {} {}, {} ({})\n",
        local.format("%A"),
        local.day(),
        local.format("%B %Y"),
        local.format("%H:%M"),
        status.time_zone
    );
    if status.paused_today {
        out.push_str("Reminders are paused for today.\n");
    }
    match &status.next {
        Some(next) => out.push_str(&format!(
            "Next reminder: {}, {}\n",
            next.routine_name, next.label
        )),
        None => out.push_str("Next reminder: none set\n"),
    }
    for routine in &status.routines {
        out.push_str(&format!(
            "\n{} ({})\n",
            routine.name,
            minutes(routine.duration_secs)
        ));
        let reminder = match (&routine.reminder, &routine.next) {
            (None, _) => "no reminder".to_owned(),
            (Some(reminder), _) if !reminder.enabled => "reminder off".to_owned(),
            // A first-use label already says the rule.
            (Some(_), Some(next)) if next.kind == NextKind::FirstUse => {
                format!("next reminder {}", next.label)
            }
            (Some(reminder), Some(next)) => {
                format!(
                    "next reminder {} ({})",
                    next.label,
                    wire_rule_text(reminder)
                )
            }
            (Some(reminder), None) => {
                format!("no upcoming reminder ({})", wire_rule_text(reminder))
            }
        };
        out.push_str(&format!("  {reminder}\n"));
        let done = if routine.done_today {
            "done"
        } else {
            "not done yet"
        };
        let sent = match routine.reminder_today {
            Some(ReminderToday::Sent) => "; reminder sent",
            Some(ReminderToday::Missed) => "; reminder missed",
            None => "",
        };
        out.push_str(&format!("  today: {done}{sent}\n"));
        out.push_str(&format!(
            "  streak: {} (best {})\n",
            days(routine.streak.current),
            routine.streak.best
        ));
    }
    out
}

fn days(n: u32) -> String {
    if n == 1 {
        "1 day".to_owned()
    } else {
        format!("{n} days")
    }
}

/// A reminder's rule in words: "22:00", "30 min before bedtime at 22:30", "first use after 06:30".
/// [`rule_text`] for a reminder as the status carries it.
fn wire_rule_text(reminder: &wire::Reminder) -> String {
    rule_text(&Reminder::from(reminder.clone()))
}

pub fn rule_text(reminder: &Reminder) -> String {
    match reminder.time {
        TimeRule::Fixed { time } => format!("at {}", time.format("%H:%M")),
        TimeRule::Bedtime {
            bedtime,
            lead_minutes,
        } => format!(
            "{lead_minutes} min before bedtime at {}",
            bedtime.format("%H:%M")
        ),
        TimeRule::FirstUseAfter { not_before } => {
            format!("first use after {}", not_before.format("%H:%M"))
        }
    }
}

/// The tray's two lines: what comes next, and the streaks.
pub fn tray_lines(status: &ReminderStatus) -> (String, String) {
    let next = if status.paused_today {
        "Reminders paused for today".to_owned()
    } else {
        match &status.next {
            Some(next) => format!("Next: {}, {}", next.routine_name, next.label),
            None => "No reminders set".to_owned(),
        }
    };
    let streaks: Vec<String> = status
        .routines
        .iter()
        .filter(|routine| routine.reminder.is_some() || routine.streak.current > 0)
        .map(|routine| format!("{} {}", routine.name, days(routine.streak.current)))
        .collect();
    let streak = if streaks.is_empty() {
        "No streak yet".to_owned()
    } else {
        format!("Streak: {}", streaks.join(", "))
    };
    (next, streak)
}

/// `limber status [--json]`: prints the report at `now` in `tz` (the caller reads the clock) for the data
/// directory the app uses and returns the exit code. It opens the database like the app does (SQLite's WAL
/// lets it read while the app writes).
pub fn run(json: bool, now: DateTime<Utc>, tz: Tz) -> i32 {
    match print(json, now, tz) {
        Ok(()) => 0,
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "limber: {message}");
            1
        }
    }
}

fn print(json: bool, now: DateTime<Utc>, tz: Tz) -> Result<(), String> {
    let library = Library::builtin().map_err(|error| error.to_string())?;
    let paths = crate::state::DataPaths::from_os().map_err(|error| error.to_string())?;
    let (store, problem, recovery) = open_to_read(&paths)?;
    let status = report_from_store(&store, &library, now, tz).map_err(|error| error.to_string())?;
    let mut text = String::new();
    if json {
        text = serde_json::to_string_pretty(&status).map_err(|error| error.to_string())?;
        text.push('\n');
        if let Some(problem) = &problem {
            let _ = writeln!(std::io::stderr(), "limber: {}", problem.sentence());
        }
        if let Some(recovery) = &recovery {
            let _ = writeln!(
                std::io::stderr(),
                "limber: {}",
                crate::state::recovery_text(recovery)
            );
        }
    } else {
        if let Some(problem) = &problem {
            text.push_str(&problem_text(problem));
        }
        if let Some(recovery) = &recovery {
            text.push_str(&crate::state::recovery_text(recovery));
            text.push_str("\n\n");
        }
        text.push_str(&render_text(&status));
    }
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_err(|error| error.to_string())
}

/// The problem with the data folder as `limber status` prints it, above the status.
pub fn problem_text(problem: &DataProblem) -> String {
    format!(
        "{}\nFolder: {}\n{}\n(Details: {}.)\n\n",
        problem.title, problem.folder, problem.advice, problem.detail
    )
}

/// What `limber status` reads from: the store, what keeps it from being written, and a recovery still to be
/// told.
type Opened = (Store, Option<DataProblem>, Option<limber_store::Recovery>);

/// Opens the store to report on it, recovering a damaged database as every start does (and keeping the
/// recovery for the app's banner). A folder that cannot be written (full, read-only) is named, and the data is
/// read as far as SQLite allows, so the status is still printed.
fn open_to_read(paths: &crate::state::DataPaths) -> Result<Opened, String> {
    match crate::state::open_keeping_recovery(paths) {
        Ok((store, recovery)) => {
            let problem = store.is_read_only().then(|| {
                DataProblem::new(
                    ProblemKind::ReadOnly,
                    paths.dir(),
                    true,
                    "SQLite could open the database only for reading".to_owned(),
                )
            });
            Ok((store, problem, recovery))
        }
        Err(crate::error::AppError::Store(error)) => {
            let error = limber_store::explain(error, paths.dir());
            let readable = match error {
                StoreError::DiskFull { .. } | StoreError::ReadOnly { .. } => {
                    Store::open_read_only(&paths.database()).ok()
                }
                _ => None,
            };
            let problem = DataProblem::from_error(&error, paths.dir(), readable.is_some());
            let store = match readable {
                Some(store) => store,
                None if problem.kind == ProblemKind::Unavailable => return Err(error.to_string()),
                None => Store::empty_read_only(&paths.database()).map_err(|e| e.to_string())?,
            };
            Ok((store, Some(problem), None))
        }
        Err(other) => Err(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_named_relative_to_today() {
        fn check(date: &str, expected: &str) {
            let today: NaiveDate = "2026-11-21".parse().unwrap(); // a Saturday
            assert_eq!(day_word(date.parse().unwrap(), today), expected, "{date}");
        }
        check("2026-11-21", "today");
        check("2026-11-22", "tomorrow");
        check("2026-11-20", "yesterday");
        check("2026-11-23", "Monday");
        check("2026-11-27", "Friday");
        check("2026-11-28", "28 November");
        check("2027-01-05", "5 January");
    }

    /// Issue 15, fault 1: a time after midnight says which night it belongs to.
    #[test]
    fn labels_name_the_night_a_time_after_midnight_belongs_to() {
        use chrono_tz::Europe::London;
        fn check(now: &str, at: &str, routine_day: &str, kind: NextKind, expected: &str) {
            let now: DateTime<Utc> = now.parse().unwrap();
            let at: DateTime<Utc> = at.parse().unwrap();
            let day: NaiveDate = routine_day.parse().unwrap();
            assert_eq!(label(at, day, kind, now, London, None), expected, "{at}");
        }
        // 2026-11-23 is a Monday; its night's 00:30 is Tuesday 00:30.
        let rows = [
            (
                "2026-11-23T12:00:00Z",
                "2026-11-24T00:30:00Z",
                "2026-11-23",
                NextKind::Timed,
                "Monday night, 00:30",
            ),
            (
                "2026-11-21T12:00:00Z",
                "2026-11-24T00:30:00Z",
                "2026-11-23",
                NextKind::Timed,
                "Monday night, 00:30",
            ),
            (
                "2026-11-23T12:00:00Z",
                "2026-11-24T01:00:00Z",
                "2026-11-23",
                NextKind::FirstUse,
                "Monday night, on first use after 01:00",
            ),
            // Before midnight nothing changes.
            (
                "2026-11-23T12:00:00Z",
                "2026-11-23T23:30:00Z",
                "2026-11-23",
                NextKind::Timed,
                "today at 23:30",
            ),
        ];
        for (now, at, day, kind, expected) in rows {
            check(now, at, day, kind, expected);
        }
    }

    #[test]
    fn labels_say_when_and_how() {
        use chrono_tz::Europe::London;
        fn check(at: &str, kind: NextKind, quiet: Option<(&str, &str)>, expected: &str) {
            let now: DateTime<Utc> = "2026-11-21T21:14:00Z".parse().unwrap();
            let quiet = quiet.map(|(start, end)| QuietHours {
                start: start.parse().unwrap(),
                end: end.parse().unwrap(),
            });
            let at: DateTime<Utc> = at.parse().unwrap();
            // The occurrence's routine day is its own calendar day here; evenings are checked below.
            let day = at.with_timezone(&London).date_naive();
            assert_eq!(label(at, day, kind, now, London, quiet), expected, "{at}");
        }
        check(
            "2026-11-21T22:00:00Z",
            NextKind::Timed,
            None,
            "today at 22:00",
        );
        check(
            "2026-11-22T06:30:00Z",
            NextKind::FirstUse,
            None,
            "tomorrow, on first use after 06:30",
        );
        check(
            "2026-11-21T21:24:00Z",
            NextKind::Snoozed,
            None,
            "snoozed until 21:24",
        );
        check("2026-11-21T21:00:00Z", NextKind::Timed, None, "now");
        check(
            "2026-11-21T21:00:00Z",
            NextKind::Timed,
            Some(("21:00", "07:00")),
            "when quiet hours end at 07:00",
        );
        check(
            "2026-11-24T22:00:00Z",
            NextKind::Timed,
            None,
            "Tuesday at 22:00",
        );
    }

    #[test]
    fn rules_read_as_words() {
        fn check(rule: TimeRule, expected: &str) {
            assert_eq!(rule_text(&Reminder::every_day("r", rule)), expected);
        }
        let t = |s: &str| s.parse().unwrap();
        check(TimeRule::Fixed { time: t("07:05") }, "at 07:05");
        check(
            TimeRule::Bedtime {
                bedtime: t("22:30"),
                lead_minutes: 30,
            },
            "30 min before bedtime at 22:30",
        );
        check(
            TimeRule::FirstUseAfter {
                not_before: t("06:30"),
            },
            "first use after 06:30",
        );
    }
}
