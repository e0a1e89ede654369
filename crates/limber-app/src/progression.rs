//! The adaptive dose's use cases: what the progress screen offers for each routine (one step up or down
//! with its reasons, the red-flag pause, or why nothing is offered yet), accepting or declining an offer,
//! undoing the latest change, and the dose history that names which dose each session used.
//!
//! The rules are the core's (`limber_core::progression` decides, `limber_core::dose_history` keeps the
//! answers and places sessions in dose eras); this module gathers their inputs from the store (sessions,
//! check-ins, rest days, the schedule in force on each day), stores each new routine version with its
//! history in one transaction, and makes a personal copy of a built-in routine take the original's place
//! (its sessions, rest days, reminder, weekly goal and schedule history move to the copy). It never reads a
//! clock and never edits a built-in routine.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Days, NaiveDate, Utc};
use chrono_tz::Tz;
use limber_core::dose_history::{DoseLog, Era, VersionKind};
use limber_core::exercise::RangeField;
use limber_core::insight::RedFlag;
use limber_core::journal::JournalEntry;
use limber_core::library::{routine_file, save::taken_ids, Library};
use limber_core::progression::{self, advise, Advice, Change, History, PastSession, WINDOW_DAYS};
use limber_core::routine::{CustomRoutine, Routine};
use limber_store::{SettingKey, Store, StoreError};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::dose_words;
use crate::error::AppError;
use crate::onboarding::PlanRecord;
use crate::progress::{journal_entry, schedule_of, Facts, ProgressSettings, ScheduleHistories};
use crate::reminders::ReminderSetup;
use crate::routines::reload;
use crate::state::LibraryHandle;
use crate::wire::progress as wire;
use crate::words::Words;

/// Every routine's dose history, as the "dose-history" setting holds it, by routine id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DoseHistories {
    #[serde(default)]
    pub routines: BTreeMap<String, DoseLog>,
}

impl DoseHistories {
    /// Reads the setting; a value that does not parse (written by a newer Limber) reads as no history,
    /// which only means the next offer is not held back by an older answer.
    pub fn load(store: &Store) -> Result<Self, StoreError> {
        Ok(store
            .setting(SettingKey::DoseHistory)?
            .and_then(|value| serde_json::from_value(value).ok())
            .unwrap_or_default())
    }

    fn of(&self, routine_id: &str) -> DoseLog {
        self.routines.get(routine_id).cloned().unwrap_or_default()
    }
}

/// One step of one dose field, as the UI shows it and sends it back to accept or decline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DoseChange {
    pub item: u32,
    pub exercise: String,
    pub field: DoseField,
    pub from: u32,
    pub to: u32,
}

/// The part of a dose a change moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DoseField {
    HoldSecs,
    Reps,
    Rounds,
}

impl From<&Change> for DoseChange {
    fn from(change: &Change) -> Self {
        DoseChange {
            item: u32::try_from(change.item).unwrap_or(u32::MAX),
            exercise: change.exercise.clone(),
            field: match change.field {
                RangeField::HoldSecs => DoseField::HoldSecs,
                RangeField::Reps => DoseField::Reps,
                RangeField::Rounds => DoseField::Rounds,
            },
            from: change.from,
            to: change.to,
        }
    }
}

impl From<&DoseChange> for Change {
    fn from(change: &DoseChange) -> Self {
        Change {
            item: change.item as usize,
            exercise: change.exercise.clone(),
            field: match change.field {
                DoseField::HoldSecs => RangeField::HoldSecs,
                DoseField::Reps => RangeField::Reps,
                DoseField::Rounds => RangeField::Rounds,
            },
            from: change.from,
            to: change.to,
        }
    }
}

/// What the progress screen offers for one routine now.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    tag = "kind"
)]
pub enum DoseOffer {
    /// One change to accept or decline.
    Suggest {
        /// Why, from the numbers, ending with what to try.
        why: Words,
        /// Both doses, e.g. "Knee-to-chest: hold 25 s instead of 20 s."
        doses: Words,
        up: bool,
        change: DoseChange,
        /// Set for a built-in routine: accepting makes a personal copy, and this says so before the tap.
        copy_note: Option<Words>,
    },
    /// A red flag in the last weeks pauses every suggestion; the screen shows the red-flag advice.
    Paused {
        flag: wire::RedFlag,
        urgency: crate::wire::safety::Urgency,
        day: NaiveDate,
    },
    /// Nothing to offer, and why, in one sentence.
    Quiet { text: Words },
}

/// One stretch of the dose history: the dose in force and the sessions that used it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DoseEra {
    /// The routine day the version began (a change at 00:30 belongs to the evening before, like a session
    /// then); none for the dose before the first change.
    pub since: Option<NaiveDate>,
    /// How it began: "Starting dose", "Step up you accepted", "Step down you accepted" or "Change undone".
    pub how: Words,
    /// The dose of every changed exercise in this era, in routine order, e.g. "Knee-to-chest: hold 25 s".
    pub doses: Vec<Words>,
    /// The routine days of the sessions that used this dose, oldest first.
    pub sessions: Vec<NaiveDate>,
}

/// The latest change, which "Undo" takes back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DoseUndo {
    pub since: NaiveDate,
    /// What undo brings back, e.g. "Knee-to-chest: hold 20 s instead of 25 s."
    pub doses: Words,
}

/// The dose panel of one routine on the progress screen.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DoseCard {
    pub routine_id: String,
    pub routine_name: String,
    pub offer: DoseOffer,
    pub undo: Option<DoseUndo>,
    /// Oldest first; empty until the first change.
    pub eras: Vec<DoseEra>,
}

/// What an answer did: a sentence to show, and the cards as they are now.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DoseAnswer {
    pub message: Words,
    /// The routine the change landed on (a new personal copy's id after a built-in routine's first change).
    pub routine_id: String,
    pub cards: Vec<DoseCard>,
    /// True when the library or the reminders changed, so the scheduler must read them again.
    #[serde(skip)]
    #[ts(skip)]
    pub data_changed: bool,
}

/// The routine's past sessions as the rules read them.
fn past_sessions(facts: &Facts, routine_id: &str) -> Vec<PastSession> {
    facts
        .history
        .sessions
        .iter()
        .filter(|s| s.routine_id == routine_id)
        .map(|s| PastSession {
            day: s.routine_day,
            completed: s.completed,
            feel: s.feel,
            skipped: s.skipped_exercises.clone(),
        })
        .collect()
}

/// The days the routine was planned on in the rules' window: the schedule in force on each day, rest days
/// taken out; for a routine without a reminder, the days it was done.
fn planned_days(facts: &Facts, routine_id: &str, sessions: &[PastSession]) -> Vec<NaiveDate> {
    let today = facts.today;
    let from = today
        .checked_sub_days(Days::new(WINDOW_DAYS - 1))
        .unwrap_or(today);
    if facts.reminders.reminder(routine_id).is_none() {
        let done: BTreeSet<NaiveDate> = sessions
            .iter()
            .filter(|s| s.completed && s.day >= from)
            .map(|s| s.day)
            .collect();
        return done.into_iter().collect();
    }
    let schedule = schedule_of(
        &facts.schedules,
        &facts.reminders,
        &facts.settings,
        routine_id,
        today,
    );
    let rest: BTreeSet<NaiveDate> = facts
        .history
        .rest_days
        .iter()
        .filter(|r| r.routine_id == routine_id)
        .map(|r| r.day)
        .collect();
    from.iter_days()
        .take_while(|day| *day <= today)
        .filter(|day| schedule.includes(*day) && !rest.contains(day))
        .collect()
}

/// The dose panel for one routine.
fn card(
    library: &Library,
    facts: &Facts,
    check_ins: &[JournalEntry],
    log: &DoseLog,
    routine: &Routine,
) -> DoseCard {
    let sessions = past_sessions(facts, &routine.id);
    let planned = planned_days(facts, &routine.id, &sessions);
    let last_offer = log.last_offer();
    let advice = advise(
        library,
        routine,
        &History {
            today: facts.today,
            planned_days: &planned,
            sessions: &sessions,
            check_ins,
            last_offer: last_offer.as_ref(),
        },
    );
    let offer = match advice {
        Advice::Suggest(suggestion) => DoseOffer::Suggest {
            why: dose_words::why(library, routine, &suggestion),
            doses: dose_words::change(library, routine, &suggestion.change),
            up: suggestion.change.is_up(),
            change: DoseChange::from(&suggestion.change),
            copy_note: (!library.is_custom(&routine.id)).then(|| {
                Words::new("dose-copy-note").with(
                    "routine",
                    dose_words::routine_name(library, &routine.id, &routine.name),
                )
            }),
        },
        Advice::Paused { flag, day } => paused(&flag, day),
        Advice::Quiet(quiet) => DoseOffer::Quiet {
            text: dose_words::quiet(&quiet),
        },
    };
    let undo = log.undoable().map(|version| {
        let back = version.change.undo();
        DoseUndo {
            since: version.day,
            doses: dose_words::change(library, routine, &back),
        }
    });
    let routine_sessions: Vec<_> = facts
        .history
        .sessions
        .iter()
        .filter(|s| s.routine_id == routine.id)
        .collect();
    let starts: Vec<DateTime<Utc>> = routine_sessions.iter().map(|s| s.started_at).collect();
    let eras = log
        .eras(&starts)
        .iter()
        .map(|era| dose_era(library, routine, era, &routine_sessions))
        .collect();
    DoseCard {
        routine_id: routine.id.clone(),
        routine_name: routine.name.clone(),
        offer,
        undo,
        eras,
    }
}

fn paused(flag: &RedFlag, day: NaiveDate) -> DoseOffer {
    DoseOffer::Paused {
        flag: wire::RedFlag::from(flag),
        urgency: crate::wire::safety::Urgency::from(&flag.urgency()),
        day,
    }
}

fn dose_era(
    library: &Library,
    routine: &Routine,
    era: &Era,
    sessions: &[&limber_store::SessionRecord],
) -> DoseEra {
    let how = match era.version.as_ref().map(|v| v.kind) {
        None => "dose-era-start",
        Some(VersionKind::StepUp) => "dose-era-step-up",
        Some(VersionKind::StepDown) => "dose-era-step-down",
        Some(VersionKind::Undo) => "dose-era-undo",
    };
    DoseEra {
        // The routine day, as sessions are named: a change at 00:30 belongs to the evening before.
        since: era.version.as_ref().map(|v| v.day),
        how: Words::new(how),
        doses: era
            .doses
            .iter()
            .map(|dose| dose_words::dose_value(library, routine, dose))
            .collect(),
        sessions: era
            .sessions
            .iter()
            .filter_map(|&i| sessions.get(i).map(|s| s.routine_day))
            .collect(),
    }
}

/// The dose panels of the routines the progress screen shows (those with sessions or a reminder), in its
/// order.
pub fn cards(
    store: &Store,
    library: &Library,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<Vec<DoseCard>, AppError> {
    let facts = Facts::load(store, library, now, tz)?;
    let histories = DoseHistories::load(store)?;
    let check_ins: Vec<JournalEntry> = facts
        .history
        .journal
        .iter()
        .filter_map(journal_entry)
        .collect();
    let shown: Vec<String> = crate::progress::compose(&facts)
        .routines
        .into_iter()
        .map(|r| r.routine_id)
        .collect();
    Ok(shown
        .iter()
        .filter_map(|id| library.routine(id))
        .map(|routine| {
            card(
                library,
                &facts,
                &check_ins,
                &histories.of(&routine.id),
                routine,
            )
        })
        .collect())
}

/// Routine day of `now`, by the person's day boundary.
fn today(store: &Store, now: DateTime<Utc>, tz: Tz) -> Result<NaiveDate, AppError> {
    let settings = ProgressSettings::load(store)?;
    Ok(limber_core::day::today(now, tz, settings.day_boundary))
}

/// The routine's file JSON, as the store keeps a person's routine.
fn routine_json(routine: &CustomRoutine) -> Result<serde_json::Value, AppError> {
    serde_json::from_str(&routine_file::to_text(routine))
        .map_err(|e| AppError::Internal(format!("a routine could not be stored: {e}")))
}

fn value<T: Serialize>(setting: &T) -> Result<serde_json::Value, AppError> {
    serde_json::to_value(setting)
        .map_err(|e| AppError::Internal(format!("a setting could not be stored: {e}")))
}

/// The settings that name `from`, renamed to `to`: the reminder, the weekly goal, the schedule history,
/// the dose history and the plan's routines.
fn renamed_settings(
    store: &Store,
    from: &str,
    to: &str,
    histories: &mut DoseHistories,
) -> Result<Vec<(SettingKey, serde_json::Value)>, AppError> {
    let mut settings = Vec::new();
    let mut setup: ReminderSetup = crate::reminders::load_setup(store)?;
    let mut moved = false;
    for reminder in &mut setup.schedule.reminders {
        if reminder.routine_id == from {
            reminder.routine_id = to.to_owned();
            moved = true;
        }
    }
    if moved {
        settings.push((SettingKey::Reminders, value(&setup)?));
    }
    let mut progress = ProgressSettings::load(store)?;
    if let Some(goal) = progress.weekly_goals.remove(from) {
        progress.weekly_goals.insert(to.to_owned(), goal);
        settings.push((SettingKey::Progress, progress.to_value()?));
    }
    let mut schedules = ScheduleHistories::load(store)?;
    if let Some(entries) = schedules.routines.remove(from) {
        schedules.routines.insert(to.to_owned(), entries);
        settings.push((SettingKey::ScheduleHistory, value(&schedules)?));
    }
    let mut plan: PlanRecord = store.load_setting()?;
    if plan.routine_ids.iter().any(|id| id == from) {
        for id in &mut plan.routine_ids {
            if id == from {
                *id = to.to_owned();
            }
        }
        settings.push((SettingKey::Plan, value(&plan)?));
    }
    if let Some(mut log) = histories.routines.remove(from) {
        log.copied_from = Some(from.to_owned());
        histories.routines.insert(to.to_owned(), log);
    } else {
        histories.routines.insert(
            to.to_owned(),
            DoseLog {
                copied_from: Some(from.to_owned()),
                ..DoseLog::default()
            },
        );
    }
    Ok(settings)
}

/// Applies `change` to the routine and stores the new version with `log_change` applied to its dose
/// history, in one transaction. Returns the id the change landed on and whether a built-in routine was
/// copied to land it.
fn store_version(
    store: &Store,
    handle: &LibraryHandle,
    routine_id: &str,
    change: &Change,
    (now, language): (DateTime<Utc>, &str),
    log_change: impl FnOnce(&mut DoseLog),
) -> Result<(String, bool), AppError> {
    let library = handle.current();
    let stored = store.custom_routines(true)?.into_iter().map(|r| r.id);
    let taken = taken_ids(&library, stored);
    let applied = progression::apply(&library, routine_id, change, &taken, |source| {
        crate::content::copy_name(language, source, false)
    })
    .map_err(|error| dose_words::refused(&library, error))?;
    let id = applied.routine.routine.id.clone();
    let mut histories = DoseHistories::load(store)?;
    let copied = applied.copied;
    let mut settings = if copied {
        renamed_settings(store, routine_id, &id, &mut histories)?
    } else {
        Vec::new()
    };
    let log = histories.routines.entry(id.clone()).or_default();
    log_change(log);
    settings.push((SettingKey::DoseHistory, value(&histories)?));
    store.save_routine_version(
        &id,
        &routine_json(&applied.routine)?,
        &settings,
        copied.then_some(routine_id),
        now,
    )?;
    reload(store, handle)?;
    Ok((id, copied))
}

fn answer(
    store: &Store,
    handle: &LibraryHandle,
    now: DateTime<Utc>,
    tz: Tz,
    routine_id: String,
    message: Words,
    data_changed: bool,
) -> Result<DoseAnswer, AppError> {
    Ok(DoseAnswer {
        message,
        routine_id,
        cards: cards(store, &handle.current(), now, tz)?,
        data_changed,
    })
}

/// The person's reply to an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Reply {
    /// "Try the new dose".
    Accept,
    /// "Not now".
    Decline,
}

/// Answers the offered `change` for the routine. Accepted, the new dose applies from the next session and
/// the change is kept as a version in the dose history; a built-in routine gets a personal copy that takes
/// its place. Declined, the dose stays and the next offer for this routine comes a week later. Refused, with
/// nothing changed, when the rules no longer offer this change (a red flag arrived, another answer was given
/// meanwhile, or the routine was edited). `at` is now and the zone; a copy is named in `language`.
pub fn reply(
    store: &Store,
    handle: &LibraryHandle,
    routine_id: &str,
    change: &DoseChange,
    reply: Reply,
    at: (DateTime<Utc>, Tz),
    language: &str,
) -> Result<DoseAnswer, AppError> {
    let (now, tz) = at;
    let change = Change::from(change);
    still_offered(store, &handle.current(), routine_id, &change, now, tz)?;
    let day = today(store, now, tz)?;
    match reply {
        Reply::Accept => accept(store, handle, routine_id, change, day, (now, tz), language),
        Reply::Decline => decline(store, handle, routine_id, change, day, now, tz),
    }
}

/// Accepts the change; a built-in routine's copy is named in `language`.
fn accept(
    store: &Store,
    handle: &LibraryHandle,
    routine_id: &str,
    change: Change,
    day: NaiveDate,
    (now, tz): (DateTime<Utc>, Tz),
    language: &str,
) -> Result<DoseAnswer, AppError> {
    let recorded = change.clone();
    let (id, copied) = store_version(store, handle, routine_id, &change, (now, language), |log| {
        log.accept(recorded, now, day);
    })?;
    let library = handle.current();
    let routine = library
        .routine(&id)
        .ok_or_else(|| AppError::Internal(format!("the routine {id} was saved but not loaded")))?;
    let doses = dose_words::change(&library, routine, &change);
    let message = if copied {
        let original = library
            .routine(routine_id)
            .map_or_else(|| routine_id.to_owned(), |original| original.name.clone());
        Words::new("dose-accepted-copy")
            .with("doses", doses)
            .with(
                "routine",
                dose_words::routine_name(&library, routine_id, &original),
            )
            .with("copy", routine.name.clone())
    } else {
        Words::new("dose-accepted").with("doses", doses)
    };
    answer(store, handle, now, tz, id, message, true)
}

/// Refuses an answer to an offer the rules no longer make, so a screen left open for a week cannot
/// accept a change that a red flag has paused since.
fn still_offered(
    store: &Store,
    library: &Library,
    routine_id: &str,
    change: &Change,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<(), AppError> {
    let offered = cards(store, library, now, tz)?
        .into_iter()
        .find(|card| card.routine_id == routine_id)
        .and_then(|card| match card.offer {
            DoseOffer::Suggest { change, .. } => Some(Change::from(&change)),
            _ => None,
        });
    if offered.as_ref() == Some(change) {
        Ok(())
    } else {
        Err(AppError::Refused(Words::new("dose-refused-not-offered")))
    }
}

fn decline(
    store: &Store,
    handle: &LibraryHandle,
    routine_id: &str,
    change: Change,
    day: NaiveDate,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<DoseAnswer, AppError> {
    let mut histories = DoseHistories::load(store)?;
    histories
        .routines
        .entry(routine_id.to_owned())
        .or_default()
        .decline(change, day);
    store.set_setting(SettingKey::DoseHistory, &value(&histories)?)?;
    let until = day
        .checked_add_days(Days::new(progression::SPACING_DAYS))
        .unwrap_or(day);
    let message = Words::new("dose-declined").with("day", Words::date(until));
    answer(
        store,
        handle,
        now,
        tz,
        routine_id.to_owned(),
        message,
        false,
    )
}

/// Takes back the routine's latest dose change: the dose before it applies from the next session, and
/// the undo is kept as a version too, so the history still shows which dose each session used.
pub fn undo(
    store: &Store,
    handle: &LibraryHandle,
    routine_id: &str,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<DoseAnswer, AppError> {
    let histories = DoseHistories::load(store)?;
    let change = histories
        .of(routine_id)
        .undoable()
        .map(|version| version.change.undo())
        .ok_or_else(|| AppError::Refused(Words::new("dose-refused-nothing-to-undo")))?;
    let day = today(store, now, tz)?;
    // An undo never makes a copy: a routine with a change to undo is already the person's own.
    let no_copy = (now, crate::i18n::SOURCE);
    let (id, _) = store_version(store, handle, routine_id, &change, no_copy, |log| {
        log.undo(now, day);
    })?;
    let library = handle.current();
    let routine = library
        .routine(&id)
        .ok_or_else(|| AppError::Internal(format!("the routine {id} was saved but not loaded")))?;
    let message =
        Words::new("dose-undone").with("doses", dose_words::change(&library, routine, &change));
    answer(store, handle, now, tz, id, message, true)
}
