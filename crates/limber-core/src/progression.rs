//! Dose progression: when to suggest one step up or one step down of a routine's dose, and what
//! accepting it makes of the routine.
//!
//! This module owns the rules that read a routine's recent history (its sessions, whether they were
//! completed, which exercises had work skipped, the "back feels" rating after each, the planned days,
//! and the morning check-ins) and return at most one suggested change, with a sentence that says why
//! from the numbers and names both doses; and the rule that applies an accepted change, which makes a
//! personal copy of a built-in routine instead of editing it. A red flag from the journal rules in
//! [`crate::insight`] anywhere in the window pauses every suggestion. Doses only ever move inside each
//! exercise's safe range ([`crate::exercise::DoseRange`], from the content brief). It never stores
//! anything, never reads a clock (today is a routine day passed in) and never decides how a routine
//! version is kept: the caller stores the routine it returns and the answer to each offer.
//!
//! # The rules, with their numbers
//! - **Window.** Ratings, skipped work and red flags are read from the last [`WINDOW_DAYS`] routine
//!   days, today included.
//! - **Red flag.** If a journal rule fires on any day of the window, the answer is
//!   [`Advice::Paused`]: show the red-flag advice, suggest nothing, not even a step down.
//! - **A week between changes.** Once an offer is answered (accepted or declined) on day `D`, nothing
//!   is offered for that routine before `D + ` [`SPACING_DAYS`].
//! - **Trend.** A measure (the after-session rating, morning pain, morning stiffness) is compared as
//!   the mean of its last [`TREND_RATINGS`] values in the window against the mean of the
//!   [`TREND_RATINGS`] before them; with fewer values it is unknown.
//! - **Step down** after rising pain: the after-session rating or morning pain rose by at least
//!   [`RISING_POINTS`] (a change of about 2 points on the 0–10 scale is meaningful, see the `NRS` source
//!   row); or after repeated skipped work: one exercise had work skipped in at least [`SKIP_REPEATS`]
//!   of the routine's last [`SKIP_SESSIONS`] sessions.
//! - **Step up** after a run: at least [`RUN_COMPLETE`] of the last [`RUN_DAYS`] planned days have a
//!   completed session, at least one pain measure is known, and every known measure (stiffness too)
//!   rose by less than [`SETTLED_BELOW_POINTS`]. A rise between that and [`RISING_POINTS`] holds the
//!   dose where it is.
//! - **Which item.** A step up goes to the item that has climbed the smallest share of its safe
//!   ranges (the first in the routine on a tie), leaving out exercises with work skipped in the last
//!   [`SKIP_SESSIONS`] sessions and items with a dose the person set outside the safe range. A step
//!   down after skipped work eases the exercise skipped; after rising pain it first takes back the
//!   last accepted step up if that dose is still in place, else eases the item highest in its ranges.
//!   Within an item, steps go up through its ranges in order and come down in reverse. When the
//!   change called for has no room (every candidate at its bound), nothing is offered: a step down
//!   that cannot be made never turns into a step up elsewhere.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, NaiveDate};

use crate::exercise::{Dose, DoseRange, Exercise, Exercises, RangeField, Sides};
use crate::insight::{red_flag, RedFlag};
use crate::journal::JournalEntry;
use crate::library::save::{duplicate, to_save, SaveError};
use crate::library::Library;
use crate::routine::edit::{self, DoseField, Edit};
use crate::routine::{CustomRoutine, Routine, RoutineItem};

/// How many routine days back, today included, ratings, skipped work and red flags are read.
pub const WINDOW_DAYS: u64 = 28;

/// How many days after an answered offer the next one may come: at most one change a week.
pub const SPACING_DAYS: u64 = 7;

/// How many of the latest planned days a run of complete sessions is judged on.
pub const RUN_DAYS: usize = 5;

/// How many of those planned days need a completed session for a step up.
pub const RUN_COMPLETE: usize = 4;

/// How many ratings each side of a trend is averaged over.
pub const TREND_RATINGS: usize = 3;

/// A rise of the mean by at least this many points on the 0–10 scale is rising pain, and steps the
/// dose down.
pub const RISING_POINTS: u32 = 2;

/// A step up needs every known measure's mean to have risen by less than this many points.
pub const SETTLED_BELOW_POINTS: u32 = 1;

/// How many of the routine's latest sessions are looked at for skipped work.
pub const SKIP_SESSIONS: usize = 3;

/// In how many of those sessions the same exercise must have had work skipped to ease it.
pub const SKIP_REPEATS: usize = 2;

/// One past session of the routine, as the rules need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastSession {
    /// The routine day it counts for (see [`crate::day::routine_day`]).
    pub day: NaiveDate,
    /// Whether it counts as done: the store's `completed`, the engine's
    /// [`crate::session::Outcome::counts_as_done`].
    pub completed: bool,
    /// The 0–10 answer to "how does your back feel now?" after it, if given.
    pub feel: Option<u8>,
    /// The exercises with work skipped in it ([`crate::session::Session::skipped_exercises`]);
    /// skipped rests and side switches are not in it.
    pub skipped: Vec<String>,
}

/// How the person answered an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Accepted,
    Declined,
}

/// The last offer the person answered for this routine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastOffer {
    /// The routine day it was answered on.
    pub day: NaiveDate,
    pub change: Change,
    pub answer: Answer,
}

/// What the rules read about one routine. Every list may hold more than the window; the rules pick
/// what they need.
#[derive(Debug, Clone, Copy)]
pub struct History<'a> {
    /// Today's routine day.
    pub today: NaiveDate,
    /// The routine days the routine was planned on, from the schedule in force on each day, with rest
    /// days taken out. For a routine without reminder days, pass the days it was done: the run is
    /// then judged on its last sessions. Days after today are ignored, and so is today while it has
    /// no completed session, since the day is not over.
    pub planned_days: &'a [NaiveDate],
    /// This routine's sessions, in the order they were recorded.
    pub sessions: &'a [PastSession],
    /// The morning check-ins; one per day counts, the later in the slice winning.
    pub check_ins: &'a [JournalEntry],
    /// The last offer answered for this routine, if any.
    pub last_offer: Option<&'a LastOffer>,
}

/// One step of one dose field of one routine item.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// The item's index in the routine.
    pub item: usize,
    /// The item's exercise, so a change never lands on a different exercise after an edit.
    pub exercise: String,
    pub field: RangeField,
    pub from: u32,
    pub to: u32,
}

impl Change {
    /// True for a step up.
    pub fn is_up(&self) -> bool {
        self.to > self.from
    }

    /// The change that takes this one back, for "undo".
    pub fn undo(&self) -> Change {
        Change {
            from: self.to,
            to: self.from,
            ..self.clone()
        }
    }
}

/// A measure of how the back feels, each on the 0–10 scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    /// The "back feels" rating after this routine's sessions.
    AfterSessions,
    /// Back pain at the morning check-in.
    MorningPain,
    /// Stiffness at the morning check-in; it can hold a step up back but never steps a dose down.
    MorningStiffness,
}

/// The numbers a suggestion stands on.
#[derive(Debug, Clone, PartialEq)]
pub enum Because {
    /// A run of complete sessions with pain stable or falling.
    Run { finished: usize, planned: usize },
    /// A pain measure rose from one mean to the next.
    PainRising {
        measure: Measure,
        before: f64,
        after: f64,
    },
    /// One exercise had work skipped in `sessions` of the last `of` sessions.
    Skipped {
        exercise: String,
        sessions: usize,
        of: usize,
    },
}

/// A change to offer and the numbers behind it. The words are the application layer's: the core speaks no
/// language.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub routine_id: String,
    pub change: Change,
    pub because: Because,
}

/// Why nothing is offered.
#[derive(Debug, Clone, PartialEq)]
pub enum Quiet {
    /// An offer was answered less than a week ago; the next may come on `until`.
    Answered { until: NaiveDate },
    /// Not enough planned days behind today, or no pain measure with enough ratings, to judge a run.
    TooLittleHistory { planned_days: usize, ratings: usize },
    /// Fewer than [`RUN_COMPLETE`] of the last [`RUN_DAYS`] planned days were completed.
    Building { finished: usize, planned: usize },
    /// A measure rose by more than a settled back allows but less than rising pain: the dose holds.
    NotSettled {
        measure: Measure,
        before: f64,
        after: f64,
    },
    /// The change called for has no room: every dose that could move is at its bound, or the
    /// exercises have no safe range.
    AtLimit,
}

/// The rules' answer for one routine.
#[derive(Debug, Clone, PartialEq)]
pub enum Advice {
    Suggest(Suggestion),
    /// A red flag fired on `day` inside the window: show the red-flag advice instead of any change.
    Paused {
        flag: RedFlag,
        day: NaiveDate,
    },
    Quiet(Quiet),
}

/// A measure's sums over the last [`TREND_RATINGS`] ratings and the ones before them. The rules
/// compare sums, which are whole numbers, so a threshold is never missed by a rounding error.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Trend {
    measure: Measure,
    before: u32,
    after: u32,
}

impl Trend {
    /// The rise of the mean, times [`TREND_RATINGS`]; negative when it fell.
    fn rise(&self) -> i64 {
        i64::from(self.after) - i64::from(self.before)
    }

    /// True when the mean rose by at least `points`.
    fn rose_by(&self, points: u32) -> bool {
        self.rise() >= i64::from(points) * TREND_RATINGS as i64
    }

    fn mean(sum: u32) -> f64 {
        f64::from(sum) / TREND_RATINGS as f64
    }

    fn before(&self) -> f64 {
        Trend::mean(self.before)
    }

    fn after(&self) -> f64 {
        Trend::mean(self.after)
    }
}

/// What the rules suggest for `routine`, given its history; exercises are looked up in `exercises`.
pub fn advise(exercises: &impl Exercises, routine: &Routine, history: &History<'_>) -> Advice {
    let today = history.today;
    let window_start = today
        .checked_sub_days(Days::new(WINDOW_DAYS - 1))
        .unwrap_or(NaiveDate::MIN);
    if let Some((flag, day)) = red_flag_in_window(history.check_ins, window_start, today) {
        return Advice::Paused { flag, day };
    }
    if let Some(offer) = history.last_offer {
        let until = offer
            .day
            .checked_add_days(Days::new(SPACING_DAYS))
            .unwrap_or(NaiveDate::MAX);
        if today < until {
            return Advice::Quiet(Quiet::Answered { until });
        }
    }

    let mut sessions: Vec<&PastSession> = history
        .sessions
        .iter()
        .filter(|s| s.day >= window_start && s.day <= today)
        .collect();
    // A stable sort keeps the recorded order of sessions on the same day.
    sessions.sort_by_key(|s| s.day);
    let check_ins: Vec<&JournalEntry> = history
        .check_ins
        .iter()
        .filter(|e| e.day >= window_start && e.day <= today)
        .map(|e| (e.day, e))
        .collect::<BTreeMap<_, _>>()
        .into_values()
        .collect();
    let feel: Vec<u8> = sessions.iter().filter_map(|s| s.feel).collect();
    let pain: Vec<u8> = check_ins.iter().map(|e| e.pain).collect();
    let stiffness: Vec<u8> = check_ins.iter().map(|e| e.stiffness).collect();
    let pain_trends: Vec<Trend> = [
        trend(Measure::AfterSessions, &feel),
        trend(Measure::MorningPain, &pain),
    ]
    .into_iter()
    .flatten()
    .collect();

    let latest: Vec<&PastSession> = sessions.iter().rev().take(SKIP_SESSIONS).copied().collect();
    let suggest =
        |change: Change, because: Because| Advice::Suggest(suggestion(routine, change, because));

    // Easing comes before building: rising pain first, then repeated skipped work.
    let rising = pain_trends
        .iter()
        .filter(|t| t.rose_by(RISING_POINTS))
        .fold(None::<Trend>, |best, t| match best {
            Some(b) if b.rise() >= t.rise() => Some(b),
            _ => Some(*t),
        });
    if let Some(rising) = rising {
        let because = Because::PainRising {
            measure: rising.measure,
            before: rising.before(),
            after: rising.after(),
        };
        let change = take_back(exercises, routine, history.last_offer)
            .or_else(|| ease_highest(exercises, routine));
        return match change {
            Some(change) => suggest(change, because),
            None => Advice::Quiet(Quiet::AtLimit),
        };
    }
    let repeated = repeatedly_skipped(routine, &latest);
    if !repeated.is_empty() {
        let eased = repeated.iter().find_map(|(exercise, count)| {
            ease_exercise(exercises, routine, exercise).map(|change| (change, exercise, count))
        });
        return match eased {
            Some((change, exercise, count)) => suggest(
                change,
                Because::Skipped {
                    exercise: exercise.clone(),
                    sessions: *count,
                    of: latest.len(),
                },
            ),
            None => Advice::Quiet(Quiet::AtLimit),
        };
    }

    // A step up needs a full run of planned days and a known, settled back.
    let done: BTreeSet<NaiveDate> = history
        .sessions
        .iter()
        .filter(|s| s.completed && s.day <= today)
        .map(|s| s.day)
        .collect();
    let planned: BTreeSet<NaiveDate> = history
        .planned_days
        .iter()
        .copied()
        .filter(|day| *day < today || (*day == today && done.contains(day)))
        .collect();
    let run: Vec<NaiveDate> = planned.iter().rev().take(RUN_DAYS).copied().collect();
    let ratings = feel.len().max(pain.len());
    if run.len() < RUN_DAYS || pain_trends.is_empty() {
        return Advice::Quiet(Quiet::TooLittleHistory {
            planned_days: planned.len(),
            ratings,
        });
    }
    let finished = run.iter().filter(|day| done.contains(day)).count();
    if finished < RUN_COMPLETE {
        return Advice::Quiet(Quiet::Building {
            finished,
            planned: run.len(),
        });
    }
    let unsettled = pain_trends
        .iter()
        .copied()
        .chain(trend(Measure::MorningStiffness, &stiffness))
        .find(|t| t.rose_by(SETTLED_BELOW_POINTS));
    if let Some(t) = unsettled {
        return Advice::Quiet(Quiet::NotSettled {
            measure: t.measure,
            before: t.before(),
            after: t.after(),
        });
    }
    let skipped_lately: BTreeSet<&str> = latest
        .iter()
        .flat_map(|s| s.skipped.iter().map(String::as_str))
        .collect();
    match build_lowest(exercises, routine, &skipped_lately) {
        Some(change) => suggest(
            change,
            Because::Run {
                finished,
                planned: run.len(),
            },
        ),
        None => Advice::Quiet(Quiet::AtLimit),
    }
}

/// The most recent day in `from..=today` on which a journal rule fires, with its flag.
fn red_flag_in_window(
    check_ins: &[JournalEntry],
    from: NaiveDate,
    today: NaiveDate,
) -> Option<(RedFlag, NaiveDate)> {
    // The longest journal rule looks four weeks back from the day it is checked on, so entries more
    // than five weeks before the window cannot change any answer; leaving them out keeps each of the
    // window's checks small however long the journal is.
    let oldest = from
        .checked_sub_days(Days::new(35))
        .unwrap_or(NaiveDate::MIN);
    let entries: Vec<JournalEntry> = check_ins
        .iter()
        .filter(|e| e.day >= oldest && e.day <= today)
        .cloned()
        .collect();
    if entries.is_empty() {
        return None;
    }
    let mut day = today;
    loop {
        if let Some(flag) = red_flag(&entries, day) {
            return Some((flag, day));
        }
        if day <= from {
            return None;
        }
        day = day.pred_opt()?;
    }
}

/// The sums of the last [`TREND_RATINGS`] values and the [`TREND_RATINGS`] before them, if there
/// are that many.
fn trend(measure: Measure, values: &[u8]) -> Option<Trend> {
    let n = values.len();
    if n < 2 * TREND_RATINGS {
        return None;
    }
    let sum = |part: &[u8]| part.iter().map(|v| u32::from(*v)).sum::<u32>();
    Some(Trend {
        measure,
        before: sum(&values[n - 2 * TREND_RATINGS..n - TREND_RATINGS]),
        after: sum(&values[n - TREND_RATINGS..]),
    })
}

/// The exercises with work skipped in at least [`SKIP_REPEATS`] of `latest`, most often skipped
/// first, then in routine order; each with the number of sessions.
fn repeatedly_skipped(routine: &Routine, latest: &[&PastSession]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for item in &routine.items {
        if counts.iter().any(|(id, _)| *id == item.exercise) {
            continue;
        }
        let count = latest
            .iter()
            .filter(|s| s.skipped.contains(&item.exercise))
            .count();
        if count >= SKIP_REPEATS {
            counts.push((item.exercise.clone(), count));
        }
    }
    // A stable sort keeps routine order among equal counts.
    counts.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    counts
}

/// An item's exercise and its dose with the routine's overrides.
fn resolved<'e>(exercises: &'e impl Exercises, item: &RoutineItem) -> Option<(&'e Exercise, Dose)> {
    let exercise = exercises.exercise(&item.exercise)?;
    Some((exercise, item.dose(&exercise.dose)))
}

/// The value of `range`'s field in `dose`.
fn value(range: &DoseRange, dose: &Dose) -> Option<u32> {
    range.field.value(dose)
}

/// The next step up for one item: through its ranges in order, the first not at its maximum. An
/// item with any value outside its safe range is left alone: the person chose that dose.
fn step_up(exercise: &Exercise, dose: &Dose) -> Option<(RangeField, u32, u32)> {
    let mut values = Vec::with_capacity(exercise.progression.len());
    for range in &exercise.progression {
        let v = value(range, dose)?;
        if !range.contains(v) {
            return None;
        }
        values.push((range, v));
    }
    let (range, v) = values.into_iter().find(|(range, v)| *v < range.max)?;
    Some((range.field, v, v.saturating_add(range.step).min(range.max)))
}

/// One step down of `range` from `v`, never below its minimum; from above the maximum it goes to
/// the maximum.
fn down_from(range: &DoseRange, v: u32) -> Option<u32> {
    (v > range.min).then(|| v.saturating_sub(range.step).min(range.max).max(range.min))
}

/// The next step down for one item: through its ranges in reverse, the first above its minimum.
fn step_down(exercise: &Exercise, dose: &Dose) -> Option<(RangeField, u32, u32)> {
    exercise.progression.iter().rev().find_map(|range| {
        let v = value(range, dose)?;
        down_from(range, v).map(|to| (range.field, v, to))
    })
}

/// How far up its ranges an item is, as steps taken over steps in all; values outside a range count
/// as its nearest bound.
fn climbed(exercise: &Exercise, dose: &Dose) -> (u64, u64) {
    let mut taken = 0u64;
    let mut total = 0u64;
    for range in &exercise.progression {
        let Some(v) = value(range, dose) else {
            continue;
        };
        let step = u64::from(range.step.max(1));
        let span = u64::from(range.max.saturating_sub(range.min));
        let up = u64::from(v.clamp(range.min, range.max.max(range.min)) - range.min);
        taken += up.div_ceil(step);
        total += span.div_ceil(step);
    }
    (taken, total)
}

/// True when `a` has climbed a smaller share of its ranges than `b`.
fn lower_share(a: (u64, u64), b: (u64, u64)) -> bool {
    u128::from(a.0) * u128::from(b.1) < u128::from(b.0) * u128::from(a.1)
}

fn change(item: usize, exercise: &str, (field, from, to): (RangeField, u32, u32)) -> Change {
    Change {
        item,
        exercise: exercise.to_owned(),
        field,
        from,
        to,
    }
}

/// A step up of the item that has climbed the smallest share of its ranges, the first on a tie;
/// exercises in `skipped` are left out.
fn build_lowest(
    exercises: &impl Exercises,
    routine: &Routine,
    skipped: &BTreeSet<&str>,
) -> Option<Change> {
    let mut best: Option<((u64, u64), Change)> = None;
    for (i, item) in routine.items.iter().enumerate() {
        if skipped.contains(item.exercise.as_str()) {
            continue;
        }
        let Some((exercise, dose)) = resolved(exercises, item) else {
            continue;
        };
        let Some(step) = step_up(exercise, &dose) else {
            continue;
        };
        let share = climbed(exercise, &dose);
        if best.as_ref().is_none_or(|(b, _)| lower_share(share, *b)) {
            best = Some((share, change(i, &item.exercise, step)));
        }
    }
    best.map(|(_, change)| change)
}

/// A step down of the item that has climbed the largest share of its ranges, the first on a tie.
fn ease_highest(exercises: &impl Exercises, routine: &Routine) -> Option<Change> {
    let mut best: Option<((u64, u64), Change)> = None;
    for (i, item) in routine.items.iter().enumerate() {
        let Some((exercise, dose)) = resolved(exercises, item) else {
            continue;
        };
        let Some(step) = step_down(exercise, &dose) else {
            continue;
        };
        let share = climbed(exercise, &dose);
        if best.as_ref().is_none_or(|(b, _)| lower_share(*b, share)) {
            best = Some((share, change(i, &item.exercise, step)));
        }
    }
    best.map(|(_, change)| change)
}

/// A step down of the first item of `exercise` that has room to ease.
fn ease_exercise(exercises: &impl Exercises, routine: &Routine, exercise: &str) -> Option<Change> {
    routine.items.iter().enumerate().find_map(|(i, item)| {
        if item.exercise != exercise {
            return None;
        }
        let (found, dose) = resolved(exercises, item)?;
        step_down(found, &dose).map(|step| change(i, &item.exercise, step))
    })
}

/// The last accepted step up, taken back one step on the same field, if its dose is still in place.
fn take_back(
    exercises: &impl Exercises,
    routine: &Routine,
    last: Option<&LastOffer>,
) -> Option<Change> {
    let last = last.filter(|o| o.answer == Answer::Accepted && o.change.is_up())?;
    let item = routine.items.get(last.change.item)?;
    if item.exercise != last.change.exercise {
        return None;
    }
    let (exercise, dose) = resolved(exercises, item)?;
    let range = exercise
        .progression
        .iter()
        .find(|r| r.field == last.change.field)?;
    let v = value(range, &dose)?;
    if v != last.change.to {
        return None;
    }
    down_from(range, v).map(|to| change(last.change.item, &item.exercise, (range.field, v, to)))
}

/// The suggestion for `change`.
fn suggestion(routine: &Routine, change: Change, because: Because) -> Suggestion {
    Suggestion {
        routine_id: routine.id.clone(),
        change,
        because,
    }
}

/// The sides the routine's item `item` is done on, when it is still `exercise` (none otherwise): what a
/// dose's words say ("6 reps on each side").
pub fn item_sides(
    exercises: &impl Exercises,
    routine: &Routine,
    item: usize,
    exercise: &str,
) -> Sides {
    routine
        .items
        .get(item)
        .filter(|found| found.exercise == exercise)
        .zip(exercises.exercise(exercise))
        .map_or(Sides::None, |(found, e)| found.dose(&e.dose).sides)
}

/// Why an accepted change could not be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplyError {
    #[error("No routine called \"{0}\".")]
    Unknown(String),
    /// The routine changed since the suggestion was made (its id).
    #[error("the suggestion no longer fits the routine {routine_id}: it was changed since")]
    Stale { routine_id: String },
    /// The change would take the exercise (its id) outside its safe range.
    #[error("the change would take {exercise_id} outside its safe range")]
    OutOfRange { exercise_id: String },
    #[error(transparent)]
    Save(#[from] SaveError),
}

/// The next version of a routine with a change applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The routine to store: the person's routine under its own id, or a new personal copy.
    pub routine: CustomRoutine,
    /// Set when the routine was built in: `routine` is then a new personal copy of it, which the person
    /// is told about. Built-in routines are never edited in place.
    pub copied: bool,
}

impl From<RangeField> for DoseField {
    fn from(field: RangeField) -> Self {
        match field {
            RangeField::HoldSecs => DoseField::HoldSecs,
            RangeField::Reps => DoseField::Reps,
            RangeField::Rounds => DoseField::Rounds,
        }
    }
}

/// Applies an accepted `change` to the routine `routine_id` of `library` and returns the next
/// version; the library and its routines are never changed. A person's routine keeps its id and the
/// built-in routine it was copied from; a built-in routine becomes a personal copy under an id not
/// in `taken` (see [`crate::library::save::taken_ids`]). The change must still fit: the item holds
/// the same exercise at the `from` dose, and `to` lies in the exercise's safe range. `copy_name` names a
/// built-in routine's copy (the application layer's words, "My bedtime wind-down").
pub fn apply(
    library: &Library,
    routine_id: &str,
    change: &Change,
    taken: &BTreeSet<String>,
    copy_name: impl FnOnce(&Routine) -> String,
) -> Result<Applied, ApplyError> {
    let routine = library
        .routine(routine_id)
        .ok_or_else(|| ApplyError::Unknown(routine_id.to_owned()))?;
    let stale = || ApplyError::Stale {
        routine_id: routine.id.clone(),
    };
    let item = routine.items.get(change.item).ok_or_else(stale)?;
    if item.exercise != change.exercise {
        return Err(stale());
    }
    let (exercise, dose) = resolved(library, item).ok_or_else(stale)?;
    if change.field.value(&dose) != Some(change.from) {
        return Err(stale());
    }
    let in_range = exercise
        .progression
        .iter()
        .any(|r| r.field == change.field && r.contains(change.to));
    if !in_range {
        return Err(ApplyError::OutOfRange {
            exercise_id: exercise.id.clone(),
        });
    }

    let (base, copied) = if library.is_custom(routine_id) {
        let based_on = library
            .custom_routines()
            .into_iter()
            .find(|c| c.routine.id == routine_id)
            .and_then(|c| c.based_on);
        (
            CustomRoutine {
                routine: routine.clone(),
                based_on,
            },
            false,
        )
    } else {
        (
            duplicate(library, routine_id, taken, |source, _| copy_name(source))?,
            true,
        )
    };
    // The exercise's own default needs no override, so a dose stepped back to it reads as untouched.
    let value = (change.field.value(&exercise.dose) != Some(change.to)).then_some(change.to);
    let edited = edit::apply(
        &base.routine,
        &Edit::SetDose {
            index: u32::try_from(change.item).map_err(|_| stale())?,
            field: change.field.into(),
            value,
        },
    )
    // An edit fails only for an item that is not there, which the checks above have ruled out.
    .map_err(|_| stale())?;
    let (routine, _check) = to_save(
        library,
        &CustomRoutine {
            routine: edited,
            based_on: base.based_on,
        },
        taken,
        false,
    )?;
    Ok(Applied { routine, copied })
}
