//! The reminder driver's decisions: what to fire now, what to record as missed, and when to look again.
//!
//! This submodule owns the ledger of past decisions (a plain value the caller persists) and the pure functions
//! the shell's driver calls on every tick, on wake from sleep and on user activity. It never reads the clock,
//! never sends a notification and never changes the ledger itself: it returns decisions, and the caller
//! applies each one with [`ReminderLedger::apply`] and saves the ledger before the next call. Because the
//! ledger is keyed by routine and scheduled day, a clock moved backwards, a repeated hour or a new time zone
//! can never deliver one day's reminder twice.

use super::{local, occurrences_after, Occurrence, Reminder, ReminderSettings};
use chrono::{DateTime, Days, NaiveDate, NaiveTime, TimeDelta, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// How far back the driver looks for reminders it has not yet decided on. After a longer absence (a laptop
/// left shut for a month) only the last week's occurrences are recorded as missed; older ones are left out
/// rather than flooding the ledger.
pub const CATCH_UP_LIMIT: TimeDelta = TimeDelta::days(7);

/// What became of one routine's reminder on one scheduled day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    Fired,
    Missed,
}

/// A routine and scheduled day the driver has already decided on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HandledDay {
    pub routine_id: String,
    pub day: NaiveDate,
    pub outcome: Outcome,
}

/// A delivered reminder the user asked to see again at `until`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Snooze {
    pub occurrence: Occurrence,
    pub until: DateTime<Utc>,
}

/// Everything the driver has decided so far, plus the user's "pause reminders today". The caller persists it
/// as it is and passes it back on every call; only [`ReminderLedger::apply`] and the user's actions change it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReminderLedger {
    /// One entry per routine and scheduled day that has fired or been missed.
    #[serde(default)]
    pub handled: Vec<HandledDay>,
    /// Snoozes waiting to fire; each fires once and is then removed.
    #[serde(default)]
    pub snoozes: Vec<Snooze>,
    /// A scheduled day on which no reminder fires or is recorded as missed.
    #[serde(default)]
    pub paused_day: Option<NaiveDate>,
    /// The last time the person was seen using the computer. A first-use reminder whose time had come then
    /// fires as soon as it may: at once, or when quiet hours end (activity in quiet hours is not thrown away).
    #[serde(default)]
    pub active_at: Option<DateTime<Utc>>,
}

impl ReminderLedger {
    /// What became of `routine_id`'s reminder on `day`, if anything yet.
    pub fn outcome(&self, routine_id: &str, day: NaiveDate) -> Option<Outcome> {
        self.handled
            .iter()
            .find(|entry| entry.routine_id == routine_id && entry.day == day)
            .map(|entry| entry.outcome)
    }

    /// Records a decision the driver acted on. Call it for every decision before asking for the next ones.
    pub fn apply(&mut self, decision: &Decision) {
        match decision {
            Decision::Fire { occurrence, cause } => {
                if *cause == FireCause::Snooze {
                    self.remove_snooze(occurrence);
                }
                self.record(occurrence, Outcome::Fired);
            }
            Decision::Missed { occurrence } => {
                // A missed snooze keeps the day's `Fired` entry: the reminder itself was delivered.
                self.remove_snooze(occurrence);
                self.record(occurrence, Outcome::Missed);
            }
        }
    }

    /// Asks for a delivered reminder to fire again `minutes` after `now`. A later snooze of the same occurrence
    /// replaces an earlier one, so each snooze fires exactly once. The occurrence is recorded as fired, since it
    /// must have been delivered to be snoozed.
    pub fn snooze(&mut self, occurrence: &Occurrence, now: DateTime<Utc>, minutes: u32) {
        self.remove_snooze(occurrence);
        self.record(occurrence, Outcome::Fired);
        let until = now
            .checked_add_signed(TimeDelta::minutes(i64::from(minutes)))
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        self.snoozes.push(Snooze {
            occurrence: occurrence.clone(),
            until,
        });
    }

    /// Pauses every reminder whose scheduled day is `day` ("pause reminders today"), snoozes included.
    pub fn pause(&mut self, day: NaiveDate) {
        self.paused_day = Some(day);
    }

    /// Lifts a pause. Reminders of the paused day that are still within the grace period then fire.
    pub fn resume(&mut self) {
        self.paused_day = None;
    }

    /// Notes that the person used the computer at `at` (the latest activity is what counts).
    pub fn note_activity(&mut self, at: DateTime<Utc>) {
        if self.active_at.is_none_or(|seen| seen < at) {
            self.active_at = Some(at);
        }
    }

    /// Forgets entries and snoozes for scheduled days before `keep_from`, and a pause of such a day, so the
    /// ledger stays small. Keeping at least [`CATCH_UP_LIMIT`] plus two days before today is enough for the
    /// driver never to decide on a day twice, unless the clock is later set back further than that. Returns
    /// whether anything was dropped.
    pub fn prune(&mut self, keep_from: NaiveDate) -> bool {
        let before = (self.handled.len(), self.snoozes.len(), self.paused_day);
        self.handled.retain(|entry| entry.day >= keep_from);
        self.snoozes
            .retain(|snooze| snooze.occurrence.day >= keep_from);
        if self.paused_day.is_some_and(|day| day < keep_from) {
            self.paused_day = None;
        }
        before != (self.handled.len(), self.snoozes.len(), self.paused_day)
    }

    /// Drops snoozes that can never fire again: their reminder was removed or switched off, or they are more
    /// than the grace period past their time (a snooze of a finished day, held while the routine was done or
    /// the day paused). Without this, such snoozes stayed in the stored state for ever. Returns whether any
    /// was dropped.
    pub fn drop_dead_snoozes(&mut self, settings: &ReminderSettings, now: DateTime<Utc>) -> bool {
        let count = self.snoozes.len();
        let grace = settings.grace();
        self.snoozes.retain(|snooze| {
            let live = settings
                .reminder(&snooze.occurrence.routine_id)
                .is_some_and(|reminder| reminder.enabled);
            let deadline = snooze
                .until
                .checked_add_signed(grace)
                .unwrap_or(DateTime::<Utc>::MAX_UTC);
            live && now <= deadline
        });
        self.snoozes.len() != count
    }

    /// Adds every entry of `other` that this ledger lacks. Used when the stored ledger is read again while
    /// decisions made in memory could not yet be stored: they must not be forgotten, or a reminder fires twice.
    pub fn merge_handled(&mut self, other: &ReminderLedger) {
        for entry in &other.handled {
            if self.outcome(&entry.routine_id, entry.day).is_none() {
                self.handled.push(entry.clone());
            }
        }
    }

    fn record(&mut self, occurrence: &Occurrence, outcome: Outcome) {
        if self
            .outcome(&occurrence.routine_id, occurrence.day)
            .is_none()
        {
            self.handled.push(HandledDay {
                routine_id: occurrence.routine_id.clone(),
                day: occurrence.day,
                outcome,
            });
        }
    }

    fn remove_snooze(&mut self, occurrence: &Occurrence) {
        self.snoozes.retain(|snooze| {
            snooze.occurrence.routine_id != occurrence.routine_id
                || snooze.occurrence.day != occurrence.day
        });
    }

    /// The latest scheduled day already decided for a routine.
    fn latest_day(&self, routine_id: &str) -> Option<NaiveDate> {
        self.handled
            .iter()
            .filter(|entry| entry.routine_id == routine_id)
            .map(|entry| entry.day)
            .max()
    }
}

/// Why a reminder fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum FireCause {
    /// Its time came (possibly late, within the grace period).
    Scheduled,
    /// The user became active after a first-use reminder's time.
    Activity,
    /// A snooze ran out.
    Snooze,
}

/// What the driver must do about one occurrence.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum Decision {
    /// Show the reminder now.
    Fire {
        occurrence: Occurrence,
        cause: FireCause,
    },
    /// Do not show it: it is more than the grace period late (or a first-use day ended without activity).
    /// Record it so it is never reconsidered.
    Missed { occurrence: Occurrence },
}

impl Decision {
    /// The occurrence the decision is about.
    pub fn occurrence(&self) -> &Occurrence {
        match self {
            Decision::Fire { occurrence, .. } | Decision::Missed { occurrence } => occurrence,
        }
    }
}

/// A routine already done on a scheduled day, so its reminder for that day is not needed. The caller derives
/// these from its sessions, counting a session for the day the routine belongs to (the evening, for bedtime).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DoneDay {
    pub routine_id: String,
    pub day: NaiveDate,
}

/// The reminders, their ledger, the routines already done and the day boundary: everything the driver needs
/// to decide.
#[derive(Debug, Clone, Copy)]
pub struct Agenda<'a> {
    pub settings: &'a ReminderSettings,
    pub ledger: &'a ReminderLedger,
    pub done: &'a [DoneDay],
    /// Where one routine day ends and the next begins (see [`crate::day`]); it names the day each occurrence
    /// belongs to, the same day done, "pause today" and streaks use.
    pub boundary: NaiveTime,
}

/// When an open occurrence can fire.
#[derive(Debug, Clone, Copy)]
enum Due {
    /// At its instant, on a timer.
    Timed,
    /// At the end of a snooze.
    Snoozed(DateTime<Utc>),
    /// On activity, until its routine day closes.
    FirstUse { closes: DateTime<Utc> },
}

#[derive(Debug, Clone)]
struct Candidate {
    occurrence: Occurrence,
    due: Due,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Fire(FireCause),
    Missed,
    WaitUntil(DateTime<Utc>),
    WaitForActivity,
}

impl<'a> Agenda<'a> {
    pub fn new(
        settings: &'a ReminderSettings,
        ledger: &'a ReminderLedger,
        done: &'a [DoneDay],
        boundary: NaiveTime,
    ) -> Self {
        Agenda {
            settings,
            ledger,
            done,
            boundary,
        }
    }

    /// What to do now, given that the driver last asked at `last_check` (pass `now` on the very first call).
    ///
    /// Timed reminders and snoozes whose time has come fire if they are at most the grace period late and the
    /// wall clock is outside quiet hours; later ones are recorded as missed. First-use reminders fire when the
    /// ledger's last activity came at or after their time and the wall clock is outside quiet hours (so
    /// activity during quiet hours fires them when the quiet hours end), and are recorded as missed once their
    /// routine day has closed without that. Nothing is returned for a routine and day that
    /// is already in the ledger, done, or paused, so calling again after a clock correction, a repeated hour or
    /// a time zone change is harmless. The decisions are sorted by the occurrences' instants.
    pub fn due(&self, last_check: DateTime<Utc>, now: DateTime<Utc>, tz: Tz) -> Vec<Decision> {
        let mut decisions: Vec<Decision> = self
            .candidates(last_check, now, tz)
            .into_iter()
            .filter_map(|candidate| match self.verdict(&candidate, now, tz, None) {
                Verdict::Fire(cause) => Some(Decision::Fire {
                    occurrence: candidate.occurrence,
                    cause,
                }),
                Verdict::Missed => Some(Decision::Missed {
                    occurrence: candidate.occurrence,
                }),
                Verdict::WaitUntil(_) | Verdict::WaitForActivity => None,
            })
            .collect();
        decisions.sort_by(|a, b| {
            let (a, b) = (a.occurrence(), b.occurrence());
            (a.at, &a.routine_id).cmp(&(b.at, &b.routine_id))
        });
        decisions
    }

    /// What to fire because the user just became active (unlocked, woke the machine, or touched the keyboard
    /// or mouse): each first-use reminder whose time has come in the current routine day and that has not
    /// fired yet, unless the wall clock is inside quiet hours. The caller also notes the activity in the ledger
    /// ([`ReminderLedger::note_activity`]), so that activity held by quiet hours fires when they end.
    pub fn on_activity(&self, now: DateTime<Utc>, tz: Tz) -> Vec<Decision> {
        let today = crate::day::today(now, tz, self.boundary);
        self.enabled()
            .filter(|reminder| reminder.time.waits_for_activity())
            .filter_map(|reminder| {
                let occurrence = reminder.occurrence_on(today, tz, self.boundary)?;
                let closes = self.first_use_closes(reminder, occurrence.day, tz);
                Some(Candidate {
                    due: Due::FirstUse { closes },
                    occurrence,
                })
            })
            .filter(|candidate| self.is_open(&candidate.occurrence))
            .filter_map(
                |candidate| match self.verdict(&candidate, now, tz, Some(now)) {
                    Verdict::Fire(cause) => Some(Decision::Fire {
                        occurrence: candidate.occurrence,
                        cause,
                    }),
                    _ => None,
                },
            )
            .collect()
    }

    /// The next instant at which [`Agenda::due`] will have something to say: the earliest upcoming timed
    /// reminder or snooze (moved to the end of quiet hours when it falls inside them), or `now` when something
    /// is due already. `None` means no timer is needed; first-use reminders wait for activity, and the driver's
    /// own cap (60 s) still applies, because the wall clock or the time zone may change while it sleeps. Call it
    /// after applying the decisions of `due`.
    pub fn next_wake(&self, now: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
        let pending = self.candidates(now, now, tz);
        // The next open occurrence of each timed reminder; days already decided, done or paused are passed over
        // (a bounded search, since only finitely many days can be recorded).
        let upcoming = self
            .enabled()
            .filter(|reminder| !reminder.time.waits_for_activity())
            .filter_map(|reminder| {
                occurrences_after(reminder, now, tz, self.boundary)
                    .take(64)
                    .find(|occurrence| self.is_open(occurrence))
            })
            .map(|occurrence| Candidate {
                occurrence,
                due: Due::Timed,
            });
        pending
            .into_iter()
            .chain(upcoming)
            .filter_map(|candidate| match self.verdict(&candidate, now, tz, None) {
                Verdict::Fire(_) | Verdict::Missed => Some(now),
                Verdict::WaitUntil(at) => Some(at),
                Verdict::WaitForActivity => None,
            })
            .min()
    }

    fn enabled(&self) -> impl Iterator<Item = &'a Reminder> {
        self.settings
            .reminders
            .iter()
            .filter(|reminder| reminder.enabled)
    }

    /// Whether the routine is done or paused on the occurrence's day, so nothing may fire or be missed.
    fn is_suppressed(&self, occurrence: &Occurrence) -> bool {
        self.ledger.paused_day == Some(occurrence.day)
            || self
                .done
                .iter()
                .any(|done| done.day == occurrence.day && done.routine_id == occurrence.routine_id)
    }

    /// Whether the occurrence still needs a decision.
    fn is_open(&self, occurrence: &Occurrence) -> bool {
        self.ledger
            .outcome(&occurrence.routine_id, occurrence.day)
            .is_none()
            && !self.is_suppressed(occurrence)
    }

    fn is_quiet(&self, t: DateTime<Utc>, tz: Tz) -> bool {
        self.settings
            .quiet_hours
            .is_some_and(|quiet| quiet.contains(t.with_timezone(&tz).time()))
    }

    /// The first instant at or after `t` outside quiet hours.
    fn release(&self, t: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
        self.settings
            .quiet_hours
            .map_or(t, |quiet| quiet.release(t, tz))
    }

    /// The open occurrences up to `now` that may need a decision, and every live snooze.
    ///
    /// An occurrence is considered when its instant (for first use, the end of its day) lies at most the grace
    /// period before `last_check` (or before `now`, when the clock was set back) or later: anything still
    /// undecided at the last check stays in view until it fires or turns missed, which covers sleep, quiet-hours
    /// deferral and pauses lifted within the grace period. It is also
    /// considered when its day is later than the routine's latest decided day and no earlier than the day before
    /// `last_check`: a time zone change to the east can move a day's instant before `last_check` without it ever
    /// having been seen, and that day must still be recorded. Nothing older than [`CATCH_UP_LIMIT`] is considered.
    fn candidates(&self, last_check: DateTime<Utc>, now: DateTime<Utc>, tz: Tz) -> Vec<Candidate> {
        let floor = now.checked_sub_signed(CATCH_UP_LIMIT).unwrap_or(now);
        let earlier = last_check.min(now);
        let lower = earlier
            .checked_sub_signed(self.settings.grace())
            .unwrap_or(earlier)
            .max(floor);
        let last_check_eve = crate::day::today(last_check, tz, self.boundary).pred_opt();
        // First-use days close up to a day and a half after their instant, so the walk starts earlier.
        let walk_from = floor.checked_sub_days(Days::new(2)).unwrap_or(floor);

        let mut candidates = Vec::new();
        for reminder in self.enabled() {
            let latest = self.ledger.latest_day(&reminder.routine_id);
            let occurrences = occurrences_after(reminder, walk_from, tz, self.boundary)
                .take_while(|occurrence| occurrence.at <= now);
            for occurrence in occurrences {
                let due = if reminder.time.waits_for_activity() {
                    Due::FirstUse {
                        closes: self.first_use_closes(reminder, occurrence.day, tz),
                    }
                } else {
                    Due::Timed
                };
                let reference = match due {
                    Due::FirstUse { closes } => closes,
                    Due::Timed | Due::Snoozed(_) => occurrence.at,
                };
                let unseen_day = latest.is_some_and(|latest| occurrence.day > latest)
                    && last_check_eve.is_some_and(|eve| occurrence.day >= eve);
                let in_window = reference >= lower || (unseen_day && reference > floor);
                if in_window && self.is_open(&occurrence) {
                    candidates.push(Candidate { occurrence, due });
                }
            }
        }
        for snooze in &self.ledger.snoozes {
            let live = self
                .settings
                .reminder(&snooze.occurrence.routine_id)
                .is_some_and(|reminder| reminder.enabled);
            if live && !self.is_suppressed(&snooze.occurrence) {
                candidates.push(Candidate {
                    occurrence: snooze.occurrence.clone(),
                    due: Due::Snoozed(snooze.until),
                });
            }
        }
        candidates
    }

    /// What to do about a candidate at `now`. `activity` is activity being reported right now, besides the
    /// ledger's last one.
    fn verdict(
        &self,
        candidate: &Candidate,
        now: DateTime<Utc>,
        tz: Tz,
        activity: Option<DateTime<Utc>>,
    ) -> Verdict {
        let (at, cause) = match candidate.due {
            Due::FirstUse { closes } => {
                if now >= closes {
                    return Verdict::Missed;
                }
                let at = candidate.occurrence.at;
                let seen = [self.ledger.active_at, activity]
                    .into_iter()
                    .flatten()
                    .any(|active| at <= active && active < closes);
                return if !seen || now < at {
                    Verdict::WaitForActivity
                } else if self.is_quiet(now, tz) {
                    // Held by quiet hours: fire when they end, or record it as missed when the day closes first.
                    Verdict::WaitUntil(self.release(now, tz).min(closes))
                } else {
                    Verdict::Fire(FireCause::Activity)
                };
            }
            Due::Timed => (candidate.occurrence.at, FireCause::Scheduled),
            Due::Snoozed(until) => (until, FireCause::Snooze),
        };
        let deadline = at
            .checked_add_signed(self.settings.grace())
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        if now > deadline {
            Verdict::Missed
        } else if now >= at && !self.is_quiet(now, tz) {
            Verdict::Fire(cause)
        } else {
            // Either not yet time, or held by quiet hours: wake when it can fire, or when it turns missed.
            let turns_missed = deadline
                .checked_add_signed(TimeDelta::seconds(1))
                .unwrap_or(deadline);
            Verdict::WaitUntil(self.release(at.max(now), tz).min(turns_missed))
        }
    }
}

/// The instant a first-use occurrence of `reminder` for routine day `day` stops waiting for activity in `tz`:
/// the end of its routine day (the day boundary of the next calendar day), or the midnight after its time if
/// that comes first. So "first use after 06:00" waits until midnight, as a person expects of a morning
/// reminder, and is never shown at 01:00; "first use after 00:30" waits until the boundary. A time the zone
/// skips maps to the first instant after it.
pub fn first_use_closes(
    reminder: &Reminder,
    day: NaiveDate,
    tz: Tz,
    boundary: NaiveTime,
) -> DateTime<Utc> {
    let next = day.succ_opt().unwrap_or(day);
    let routine_end = local::instant_of(tz, next.and_time(boundary));
    let midnight_after = reminder
        .wall_time_on(day, boundary)
        .and_then(|wall| wall.date().succ_opt())
        .map(|date| local::instant_of(tz, date.and_time(NaiveTime::MIN)));
    midnight_after.map_or(routine_end, |midnight| midnight.min(routine_end))
}

impl Agenda<'_> {
    fn first_use_closes(&self, reminder: &Reminder, day: NaiveDate, tz: Tz) -> DateTime<Utc> {
        first_use_closes(reminder, day, tz, self.boundary)
    }
}
