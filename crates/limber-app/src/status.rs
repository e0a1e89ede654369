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
use crate::i18n::{self, System};
use crate::reminders::{load_ledger, load_setup, ReminderSetup};
use fluent_bundle::FluentArgs;

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
    /// The language its words are in (the labels, and the tray's and command line's lines made from it).
    /// The window has the same language in force, so it is not sent there.
    #[serde(skip)]
    #[ts(skip)]
    pub language: String,
}

impl ReminderStatus {
    /// Whether two reports say the same thing (the instant they were made aside). A report in another
    /// language is news: the tray's lines must be said again.
    pub fn same_as(&self, other: &ReminderStatus) -> bool {
        self.language == other.language
            && self.time_zone == other.time_zone
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
    language: &str,
) -> Result<ReminderStatus, StoreError> {
    let setup = load_setup(store)?;
    let boundary = crate::progress::day_boundary(store)?;
    let ledger = load_ledger(store, limber_core::day::today(now, tz, boundary))?;
    report(store, library, &setup, &ledger, now, tz, language)
}

/// Builds the report from a setup and ledger in hand (the scheduler's own). Its labels are in `language`.
pub fn report(
    store: &Store,
    library: &Library,
    setup: &ReminderSetup,
    ledger: &ReminderLedger,
    now: DateTime<Utc>,
    tz: Tz,
    language: &str,
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
        let duration_secs = crate::reminders::routine_brief(library, store, &routine.id, language)
            .map_or(0, |brief| brief.duration_secs);
        let schedule = crate::progress::schedule_of(
            &schedules,
            &setup.schedule,
            &progress,
            &routine.id,
            today,
        );
        let routine_history = crate::progress::routine_history(&history, &routine.id, schedule);
        // A built-in routine is named in the report's language; a person's keeps its own name.
        let name = crate::content::named(language, library, &routine.id, &routine.name);
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
                &name,
                setup,
                ledger,
                &open,
                Instant { now, tz, boundary },
                language,
            )
        });
        routines.push(RoutineStatus {
            routine_id: routine.id.clone(),
            name,
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
        language: language.to_owned(),
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
    instant: Instant,
    language: &str,
) -> Option<NextReminder> {
    let Instant { now, tz, boundary } = instant;
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
        label: label(at, day, kind, now, tz, setup.schedule.quiet_hours, language),
    })
}

/// Now, in a zone, with the day boundary in force: where a report is made from.
#[derive(Clone, Copy)]
struct Instant {
    now: DateTime<Utc>,
    tz: Tz,
    boundary: NaiveTime,
}

/// Fluent arguments from name-value pairs.
fn args<'a>(
    pairs: impl IntoIterator<Item = (&'a str, fluent_bundle::FluentValue<'a>)>, // i18n-ok: lifetimes
) -> FluentArgs<'a> {
    pairs.into_iter().collect()
}

/// A weekday's name in `language`.
pub fn weekday_name(day: chrono::Weekday, language: &str) -> String {
    let key = match day {
        chrono::Weekday::Mon => "mon",
        chrono::Weekday::Tue => "tue",
        chrono::Weekday::Wed => "wed",
        chrono::Weekday::Thu => "thu",
        chrono::Weekday::Fri => "fri",
        chrono::Weekday::Sat => "sat",
        chrono::Weekday::Sun => "sun",
    };
    i18n::text_with(language, "status-weekday", &args([("day", key.into())]))
}

/// A month's name in `language`.
fn month_name(date: NaiveDate, language: &str) -> String {
    i18n::text_with(
        language,
        "status-month",
        &args([("month", date.month().into())]),
    )
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
    language: &str,
) -> String {
    let local = at.with_timezone(&tz);
    let clock = local.format("%H:%M").to_string();
    let after_midnight = local.date_naive() > routine_day;
    let day = if after_midnight {
        night_word(routine_day, language)
    } else {
        day_word(
            local.date_naive(),
            now.with_timezone(&tz).date_naive(),
            language,
        )
    };
    let day_and_time = args([("day", day.into()), ("time", clock.clone().into())]);
    match kind {
        NextKind::Snoozed => {
            i18n::text_with(language, "status-snoozed", &args([("time", clock.into())]))
        }
        NextKind::FirstUse => i18n::text_with(language, "status-first-use", &day_and_time),
        NextKind::Timed if after_midnight && at > now => {
            i18n::text_with(language, "status-after-midnight", &day_and_time)
        }
        NextKind::Timed if at <= now => {
            let held = quiet.filter(|quiet| quiet.contains(now.with_timezone(&tz).time()));
            match held {
                Some(quiet) => i18n::text_with(
                    language,
                    "status-quiet-hours-end",
                    &args([("time", quiet.end.format("%H:%M").to_string().into())]),
                ),
                None => i18n::text(language, "status-now"),
            }
        }
        NextKind::Timed => i18n::text_with(language, "status-at", &day_and_time),
    }
}

/// "Monday night": the evening a time after midnight belongs to.
pub fn night_word(routine_day: NaiveDate, language: &str) -> String {
    let weekday = weekday_name(routine_day.weekday(), language);
    i18n::text_with(
        language,
        "status-night",
        &args([("weekday", weekday.into())]),
    )
}

/// "today", "tomorrow", a weekday within the week, or a date.
fn day_word(date: NaiveDate, today: NaiveDate, language: &str) -> String {
    match date.signed_duration_since(today).num_days() {
        0 => i18n::text(language, "status-today"),
        1 => i18n::text(language, "status-tomorrow"),
        -1 => i18n::text(language, "status-yesterday"),
        2..=6 => weekday_name(date.weekday(), language),
        _ => i18n::text_with(
            language,
            "status-date",
            &args([
                ("day", date.day().into()),
                ("month", month_name(date, language).into()),
            ]),
        ),
    }
}

/// "9 min".
fn minutes(duration_secs: u32, language: &str) -> String {
    i18n::text_with(
        language,
        "status-minutes",
        &args([(
            "minutes",
            crate::notice::whole_minutes(duration_secs).into(),
        )]),
    )
}

/// The report as the command line prints it, in its language.
pub fn render_text(status: &ReminderStatus) -> String {
    let language = status.language.as_str();
    let local = status
        .now
        .with_timezone(&status.time_zone.parse::<Tz>().unwrap_or(Tz::UTC));
    let text = |id: &str| i18n::text(language, id);
    let text_with = |id: &str, args: &FluentArgs| i18n::text_with(language, id, args);
    let mut out = text_with(
        "status-cli-now",
        &args([
            ("weekday", weekday_name(local.weekday(), language).into()),
            ("day", local.day().into()),
            ("month", month_name(local.date_naive(), language).into()),
            // A string, so no language groups its digits ("2,027").
            ("year", local.year().to_string().into()),
            ("time", local.format("%H:%M").to_string().into()),
            ("zone", status.time_zone.clone().into()),
        ]),
    );
    out.push('\n');
    if status.paused_today {
        out.push_str(&text("status-cli-paused"));
        out.push('\n');
    }
    match &status.next {
        Some(next) => out.push_str(&text_with(
            "status-cli-next",
            &args([
                ("routine", next.routine_name.clone().into()),
                ("when", next.label.clone().into()),
            ]),
        )),
        None => out.push_str(&text("status-cli-next-none")),
    }
    out.push('\n');
    for routine in &status.routines {
        out.push('\n');
        out.push_str(&text_with(
            "status-cli-routine",
            &args([
                ("routine", routine.name.clone().into()),
                ("minutes", minutes(routine.duration_secs, language).into()),
            ]),
        ));
        out.push('\n');
        let reminder = match (&routine.reminder, &routine.next) {
            (None, _) => text("status-cli-no-reminder"),
            (Some(reminder), _) if !reminder.enabled => text("status-cli-reminder-off"),
            // A first-use label already says the rule.
            (Some(_), Some(next)) if next.kind == NextKind::FirstUse => text_with(
                "status-cli-reminder-next",
                &args([("when", next.label.clone().into())]),
            ),
            (Some(reminder), Some(next)) => text_with(
                "status-cli-reminder-next-rule",
                &args([
                    ("when", next.label.clone().into()),
                    ("rule", wire_rule_text(reminder, language).into()),
                ]),
            ),
            (Some(reminder), None) => text_with(
                "status-cli-reminder-none-upcoming",
                &args([("rule", wire_rule_text(reminder, language).into())]),
            ),
        };
        out.push_str(&format!("  {reminder}\n"));
        let done = if routine.done_today { "yes" } else { "no" };
        let sent = match routine.reminder_today {
            Some(ReminderToday::Sent) => "sent",
            Some(ReminderToday::Missed) => "missed",
            None => "none",
        };
        let today = text_with(
            "status-cli-today",
            &args([("done", done.into()), ("reminder", sent.into())]),
        );
        out.push_str(&format!("  {today}\n"));
        let streak = text_with(
            "status-cli-streak",
            &args([
                ("days", days(routine.streak.current, language).into()),
                ("best", routine.streak.best.into()),
            ]),
        );
        out.push_str(&format!("  {streak}\n"));
    }
    out
}

fn days(n: u32, language: &str) -> String {
    i18n::text_with(language, "status-days", &args([("days", n.into())]))
}

/// A reminder's rule in words: "22:00", "30 min before bedtime at 22:30", "first use after 06:30".
/// [`rule_text`] for a reminder as the status carries it.
fn wire_rule_text(reminder: &wire::Reminder, language: &str) -> String {
    rule_text(&Reminder::from(reminder.clone()), language)
}

pub fn rule_text(reminder: &Reminder, language: &str) -> String {
    match reminder.time {
        TimeRule::Fixed { time } => i18n::text_with(
            language,
            "status-rule-at",
            &args([("time", time.format("%H:%M").to_string().into())]),
        ),
        TimeRule::Bedtime {
            bedtime,
            lead_minutes,
        } => i18n::text_with(
            language,
            "status-rule-bedtime",
            &args([
                ("minutes", lead_minutes.into()),
                ("time", bedtime.format("%H:%M").to_string().into()),
            ]),
        ),
        TimeRule::FirstUseAfter { not_before } => i18n::text_with(
            language,
            "status-rule-first-use",
            &args([("time", not_before.format("%H:%M").to_string().into())]),
        ),
    }
}

/// The tray's two lines, in the report's language: what comes next, and the streaks.
pub fn tray_lines(status: &ReminderStatus) -> (String, String) {
    let language = status.language.as_str();
    let next = if status.paused_today {
        i18n::text(language, "status-tray-paused")
    } else {
        match &status.next {
            Some(next) => i18n::text_with(
                language,
                "status-tray-next",
                &args([
                    ("routine", next.routine_name.clone().into()),
                    ("when", next.label.clone().into()),
                ]),
            ),
            None => i18n::text(language, "status-tray-none"),
        }
    };
    let streaks: Vec<String> = status
        .routines
        .iter()
        .filter(|routine| routine.reminder.is_some() || routine.streak.current > 0)
        .map(|routine| {
            i18n::text_with(
                language,
                "status-tray-streak-item",
                &args([
                    ("routine", routine.name.clone().into()),
                    ("days", days(routine.streak.current, language).into()),
                ]),
            )
        })
        .collect();
    let streak = if streaks.is_empty() {
        i18n::text(language, "status-tray-no-streak")
    } else {
        i18n::text_with(
            language,
            "status-tray-streak",
            &args([(
                "streaks",
                streaks
                    .join(&i18n::text(language, "status-tray-streak-separator"))
                    .into(),
            )]),
        )
    };
    (next, streak)
}

/// `limber status [--json]`: prints the report at `now` in `tz` (the caller reads the clock) for the data
/// directory the app uses and returns the exit code. It opens the database like the app does (SQLite's WAL
/// lets it read while the app writes).
pub fn run(json: bool, now: DateTime<Utc>, tz: Tz, system: &System) -> i32 {
    match print(json, now, tz, system) {
        Ok(()) => 0,
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "limber: {message}");
            1
        }
    }
}

fn print(json: bool, now: DateTime<Utc>, tz: Tz, system: &System) -> Result<(), String> {
    let library = Library::builtin().map_err(|error| error.to_string())?;
    let paths = crate::state::DataPaths::from_os().map_err(|error| error.to_string())?;
    let (store, problem, recovery) = open_to_read(&paths)?;
    let language = i18n::language_in_force(&store, system);
    let status = report_from_store(&store, &library, now, tz, &language)
        .map_err(|error| error.to_string())?;
    let mut text = String::new();
    if json {
        text = serde_json::to_string_pretty(&status).map_err(|error| error.to_string())?;
        text.push('\n');
        if let Some(problem) = &problem {
            let _ = writeln!(std::io::stderr(), "limber: {}", problem.sentence(&language));
        }
        if let Some(recovery) = &recovery {
            let _ = writeln!(
                std::io::stderr(),
                "limber: {}",
                crate::state::recovery_words(recovery).say(&language)
            );
        }
    } else {
        if let Some(problem) = &problem {
            text.push_str(&problem_text(problem, &language));
        }
        if let Some(recovery) = &recovery {
            text.push_str(&crate::state::recovery_words(recovery).say(&language));
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
pub fn problem_text(problem: &DataProblem, language: &str) -> String {
    let folder = i18n::text_with(
        language,
        "status-cli-folder",
        &args([("folder", problem.folder.clone().into())]),
    );
    let details = i18n::text_with(
        language,
        "status-cli-details",
        &args([("detail", problem.detail.clone().into())]),
    );
    format!(
        "{}\n{folder}\n{}\n{details}\n\n",
        problem.title.say(language),
        problem.advice.say(language)
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
                    // The details line keeps the technical words, as SQLite's own are English.
                    "SQLite could open the database only for reading".to_owned(), // i18n-ok: details
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
            assert_eq!(
                day_word(date.parse().unwrap(), today, "en"),
                expected,
                "{date}"
            );
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
            assert_eq!(
                label(at, day, kind, now, London, None, "en"),
                expected,
                "{at}"
            );
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
            assert_eq!(
                label(at, day, kind, now, London, quiet, "en"),
                expected,
                "{at}"
            );
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

    /// Issue 22: the same words in German, from the catalogue: weekday and month names, the night a time after
    /// midnight belongs to, and each kind of reminder time.
    #[test]
    fn labels_and_rules_speak_german() {
        use chrono_tz::Europe::Berlin;
        fn label_de(now: &str, at: &str, day: &str, kind: NextKind, quiet: bool, expected: &str) {
            let now: DateTime<Utc> = now.parse().unwrap();
            let at: DateTime<Utc> = at.parse().unwrap();
            let quiet = quiet.then(|| QuietHours {
                start: "21:00".parse().unwrap(),
                end: "07:00".parse().unwrap(),
            });
            let day = day.parse().unwrap();
            assert_eq!(
                label(at, day, kind, now, Berlin, quiet, "de"),
                expected,
                "{at}"
            );
        }
        // 2026-11-23 is a Monday; 20:00 UTC is 21:00 in Berlin.
        let now = "2026-11-23T20:00:00Z";
        label_de(
            now,
            "2026-11-23T21:00:00Z",
            "2026-11-23",
            NextKind::Timed,
            false,
            "heute um 22:00",
        );
        label_de(
            now,
            "2026-11-23T23:30:00Z",
            "2026-11-23",
            NextKind::Timed,
            false,
            "Montagnacht, 00:30",
        );
        label_de(
            now,
            "2026-11-24T05:30:00Z",
            "2026-11-24",
            NextKind::FirstUse,
            false,
            "morgen, bei der ersten Nutzung nach 06:30",
        );
        label_de(
            now,
            "2026-11-27T21:00:00Z",
            "2026-11-27",
            NextKind::Timed,
            false,
            "Freitag um 22:00",
        );
        label_de(
            now,
            "2026-12-05T21:00:00Z",
            "2026-12-05",
            NextKind::Timed,
            false,
            "5. Dezember um 22:00",
        );
        label_de(
            now,
            "2026-11-23T20:10:00Z",
            "2026-11-23",
            NextKind::Snoozed,
            false,
            "verschoben auf 21:10",
        );
        label_de(
            now,
            "2026-11-23T19:00:00Z",
            "2026-11-23",
            NextKind::Timed,
            false,
            "jetzt",
        );
        label_de(
            now,
            "2026-11-23T19:00:00Z",
            "2026-11-23",
            NextKind::Timed,
            true,
            "wenn die Ruhezeit um 07:00 endet",
        );
        let today: NaiveDate = "2026-11-21".parse().unwrap();
        assert_eq!(
            day_word("2026-11-20".parse().unwrap(), today, "de"),
            "gestern"
        );
        assert_eq!(
            day_word("2027-03-01".parse().unwrap(), today, "de"),
            "1. März"
        );
        let rule = |time| rule_text(&Reminder::every_day("r", time), "de");
        let t = |s: &str| s.parse().unwrap();
        assert_eq!(rule(TimeRule::Fixed { time: t("07:05") }), "um 07:05");
        assert_eq!(
            rule(TimeRule::Bedtime {
                bedtime: t("22:30"),
                lead_minutes: 30
            }),
            "30 Min. vor der Schlafenszeit um 22:30"
        );
        assert_eq!(
            rule(TimeRule::FirstUseAfter {
                not_before: t("06:30")
            }),
            "erste Nutzung nach 06:30"
        );
    }

    /// What `limber status` prints and the tray shows, in English and in German, from one report: the
    /// plural of "day", a reminder sent and one missed, a paused day, and the year's digits never grouped.
    #[test]
    fn the_printed_status_and_tray_lines_speak_the_reports_language() {
        fn status(language: &str) -> ReminderStatus {
            let now: DateTime<Utc> = "2027-01-04T21:30:00Z".parse().unwrap(); // a Monday
            let reminder = |id: &str, enabled| wire::Reminder {
                routine_id: id.to_owned(),
                enabled,
                days: Vec::new(),
                time: wire::TimeRule::from(&TimeRule::Fixed {
                    time: "22:00".parse().unwrap(),
                }),
            };
            let next = NextReminder {
                routine_id: "bedtime".to_owned(),
                routine_name: "Bedtime wind-down".to_owned(),
                at: "2027-01-04T22:00:00Z".parse().unwrap(),
                local: "2027-01-04T22:00:00".parse().unwrap(),
                kind: NextKind::Timed,
                label: "LABEL".to_owned(),
            };
            let routine = |id: &str, name: &str, reminder, next, today, current| RoutineStatus {
                routine_id: id.to_owned(),
                name: name.to_owned(),
                time_of_day: crate::wire::library::TimeOfDay::from(&TimeOfDay::Bedtime),
                duration_secs: 600,
                reminder,
                next,
                done_today: today == Some(ReminderToday::Sent),
                reminder_today: today,
                streak: Streak { current, best: 12 },
            };
            ReminderStatus {
                now,
                time_zone: "UTC".to_owned(),
                today: now.date_naive(),
                paused_today: false,
                next: Some(next.clone()),
                routines: vec![
                    routine(
                        "bedtime",
                        "Bedtime wind-down",
                        Some(reminder("bedtime", true)),
                        Some(next),
                        Some(ReminderToday::Sent),
                        1,
                    ),
                    routine(
                        "morning",
                        "Morning mobility",
                        Some(reminder("morning", false)),
                        None,
                        Some(ReminderToday::Missed),
                        3,
                    ),
                ],
                language: language.to_owned(),
            }
        }
        assert_eq!(
            render_text(&status("en")),
            "Limber, Monday 4 January 2027, 21:30 (UTC)\nNext reminder: Bedtime wind-down, LABEL\n\n\
             Bedtime wind-down (10 min)\n  next reminder LABEL (at 22:00)\n  today: done; reminder sent\n  \
             streak: 1 day (best 12)\n\nMorning mobility (10 min)\n  reminder off\n  \
             today: not done yet; reminder missed\n  streak: 3 days (best 12)\n"
        );
        assert_eq!(
            render_text(&status("de")),
            "Limber, Montag, 4. Januar 2027, 21:30 (UTC)\nNächste Erinnerung: Bedtime wind-down, LABEL\n\n\
             Bedtime wind-down (10 Min.)\n  nächste Erinnerung LABEL (um 22:00)\n  \
             heute: erledigt; Erinnerung gesendet\n  Serie: 1 Tag (bisher beste: 12)\n\n\
             Morning mobility (10 Min.)\n  Erinnerung aus\n  heute: noch nicht erledigt; Erinnerung verpasst\n  \
             Serie: 3 Tage (bisher beste: 12)\n"
        );
        assert_eq!(
            tray_lines(&status("de")),
            (
                "Als Nächstes: Bedtime wind-down, LABEL".to_owned(),
                "Serie: Bedtime wind-down 1 Tag, Morning mobility 3 Tage".to_owned()
            )
        );
        // Japanese joins the streaks with its own list mark, not ", ".
        assert!(
            tray_lines(&status("ja"))
                .1
                .contains("1日、Morning mobility"),
            "{}",
            tray_lines(&status("ja")).1
        );
        let mut paused = status("de");
        paused.paused_today = true;
        assert!(render_text(&paused).contains("\nDie Erinnerungen sind für heute pausiert.\n"));
        assert_eq!(tray_lines(&paused).0, "Erinnerungen für heute pausiert");
        assert!(
            !status("en").same_as(&status("de")),
            "a report in another language is news"
        );
    }

    #[test]
    fn rules_read_as_words() {
        fn check(rule: TimeRule, expected: &str) {
            assert_eq!(rule_text(&Reminder::every_day("r", rule), "en"), expected);
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
