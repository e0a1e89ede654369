//! The scheduler's state machine: one [`Driver::tick`] per wake, one [`Driver::handle`] per message.
//!
//! The driver owns the in-memory ledger and the last look at the clocks. Each tick reads the wall clock and
//! the time zone afresh, notices a suspend (the wall clock ran ahead of the monotonic clock), a clock
//! correction or a zone change, asks the core's `Agenda` what is due, stores each decision before acting on
//! it (so a restart can never show a reminder twice), shows the notices and says how long to sleep. It never
//! sleeps itself and never reads time except through its `Clock`, so tests drive it on a fake timeline.

use std::time::Duration;

use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use limber_core::schedule::{
    occurrences_after, Agenda, Decision, DoneDay, FireCause, Occurrence, Reminder, ReminderLedger,
};
use limber_store::{ReminderOccurrence, ReminderState};

use super::{Message, Presence, MAX_SLEEP};
use crate::clock::SharedClock;
use crate::notification::Notifier;
use limber_app::notice::{Notice, Tone};
use limber_app::reminders::{
    ledger_from, load_ledger, load_setup, routine_brief, save_held, ReminderSetup,
};
use limber_app::state::{LibraryHandle, StoreHandle};
use limber_app::status::{self, ReminderStatus};

/// How far the wall clock may move apart from the monotonic clock between two ticks before the driver
/// treats it as a suspend (ahead) or a correction (behind). Ticks are at most a minute apart and both clocks
/// tick at the same rate while the machine is awake, so a 90 s gap cannot come from ordinary drift.
const JUMP_MS: i64 = 90_000;

/// A tick that finds its next wake already passed (which the core rules out) still waits this long, so a
/// fault can never make the thread spin.
const MIN_SLEEP: Duration = Duration::from_millis(250);

/// How many days of sessions the driver reads to know which routines are already done: the core never
/// looks further back than its catch-up window.
const DONE_WINDOW_DAYS: u64 = 9;

/// Whether the scheduler's thread goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Stop,
}

/// One look at the clocks.
#[derive(Debug, Clone, Copy)]
struct Reading {
    wall: DateTime<Utc>,
    monotonic_ms: u64,
    tz: Tz,
}

/// The scheduler's state between ticks.
pub struct Driver<N: Notifier, P: Presence> {
    clock: SharedClock,
    store: StoreHandle,
    library: LibraryHandle,
    notifier: N,
    presence: P,
    setup: ReminderSetup,
    ledger: ReminderLedger,
    /// When `Agenda::due` was last asked; `None` before the first tick.
    last_check: Option<DateTime<Utc>>,
    last_reading: Option<Reading>,
    /// Activity seen since the last tick (first-use reminders fire on it).
    activity: bool,
    /// The status must be recomputed (a decision, a message, a clock or zone change).
    dirty: bool,
    /// What the status last depended on besides the ledger and settings: the local date and the done days.
    status_basis: Option<(NaiveDate, Vec<DoneDay>)>,
    published: Option<ReminderStatus>,
    /// The day boundary in force (a 00:30 reminder belongs to the evening before); read from the progress
    /// settings on every tick, and kept when the store cannot be read.
    boundary: NaiveTime,
    /// The routines done on recent days as last read; used when the store cannot be read, so a busy
    /// database never makes a done routine look undone.
    last_done: Vec<DoneDay>,
    /// Fired and missed days decided in memory but not yet stored (the disk was full, the database busy).
    /// They are written again on every tick, and kept in the ledger when it is read back from the store, so
    /// a failed write can never make a reminder fire twice.
    unsaved: Vec<ReminderOccurrence>,
    /// The snoozes, the pause or the last activity changed but could not be stored; stored again on every
    /// tick, and the in-memory ones win over the stored ones until then.
    held_unsaved: bool,
    /// The database's data version at the last look; a change means another process committed.
    data_version: Option<i64>,
    /// When a sync pass is due (issue 21): the folder's files or the data changed since the last one.
    sync: limber_app::sync::SyncGate,
}

impl<N: Notifier, P: Presence> Driver<N, P> {
    /// A driver that starts from the stored setup and ledger. Starting Limber counts as using the computer
    /// (it starts at login, or because the person opened it), so the first tick also fires waiting
    /// first-use reminders.
    pub fn new(
        clock: SharedClock,
        store: StoreHandle,
        library: LibraryHandle,
        notifier: N,
        presence: P,
    ) -> Self {
        let mut driver = Driver {
            clock,
            store,
            library,
            notifier,
            presence,
            setup: ReminderSetup::default(),
            ledger: ReminderLedger::default(),
            last_check: None,
            last_reading: None,
            activity: true,
            dirty: true,
            status_basis: None,
            published: None,
            boundary: limber_core::day::DEFAULT_DAY_BOUNDARY,
            last_done: Vec::new(),
            unsaved: Vec::new(),
            held_unsaved: false,
            data_version: None,
            sync: limber_app::sync::SyncGate::default(),
        };
        driver.read_boundary();
        driver.reload_setup();
        driver.reload_ledger();
        driver
    }

    /// Handles one message. Work that depends on the clock happens at the next tick.
    pub fn handle(&mut self, message: Message) -> Flow {
        match message {
            Message::Reload => {
                let before = self.setup.clone();
                self.reload_setup();
                self.pass_over_changed(&before);
                self.dirty = true;
            }
            Message::DataChanged => self.data_changed(),
            Message::Activity => self.activity = true,
            Message::Snooze { routine_id, day } => self.snooze(routine_id, day),
            Message::PauseToday { ack } => {
                self.pause(true);
                if let Some(ack) = ack {
                    let _ = ack.send(());
                }
            }
            Message::Resume { ack } => {
                self.pause(false);
                if let Some(ack) = ack {
                    let _ = ack.send(());
                }
            }
            Message::Shutdown => return Flow::Stop,
        }
        Flow::Continue
    }

    /// Looks at the clock, acts on what is due and returns how long to sleep (never more than
    /// [`MAX_SLEEP`]).
    pub fn tick(&mut self) -> Duration {
        let now = self.clock.now_utc();
        let tz = self.clock.time_zone();
        self.observe(Reading {
            wall: now,
            monotonic_ms: self.clock.monotonic_ms(),
            tz,
        });
        if std::mem::take(&mut self.activity) {
            self.ledger.note_activity(now);
            self.held_unsaved = true;
        }
        // Before anything is decided: a session done on another computer silences this one's reminder.
        self.sync_pass(now);
        self.notice_outside_changes();
        self.read_boundary();
        self.store_unsaved();
        let done = self.done_days(now, tz);
        let boundary = self.boundary;

        // Activity noted in the ledger (now, or earlier while quiet hours held it) fires first-use reminders.
        let last_check = self.last_check.unwrap_or(now);
        let due = Agenda::new(&self.setup.schedule, &self.ledger, &done, boundary)
            .due(last_check, now, tz);
        for decision in &due {
            self.execute(decision, now);
        }
        if self.ledger.drop_dead_snoozes(&self.setup.schedule, now) {
            self.held_unsaved = true;
        }
        if self.held_unsaved {
            self.save_held();
        }
        self.last_check = Some(now);
        self.publish(now, tz, done.clone());

        let wake =
            Agenda::new(&self.setup.schedule, &self.ledger, &done, boundary).next_wake(now, tz);
        let mut wait = sleep_until(now, wake);
        if self.sync.active() {
            // The other computers' files are looked for this often while a folder is chosen.
            wait = wait.min(Duration::from_secs(limber_app::sync::PASS_EVERY_SECONDS));
        }
        if self.unsaved.is_empty() && !self.held_unsaved {
            wait
        } else {
            // Something decided is not stored yet: try again soon, not only at the next reminder.
            wait.min(RETRY_STORE)
        }
    }

    /// Runs a sync pass when the folder or the data changed since the last one. What it brings is read like
    /// any other outside change (routines, reminders), and an open window is told.
    fn sync_pass(&mut self, now: DateTime<Utc>) {
        let changed = {
            let store = self.store.lock();
            if !self.sync.due(&store) {
                return;
            }
            let library = self.library.current();
            let done = limber_app::sync::pass(&store, &library, now);
            self.sync.passed(&store);
            match done {
                Ok(done) => done.changed_data,
                Err(error) => {
                    log::warn!("sync: {error}");
                    false
                }
            }
        };
        if changed {
            self.data_changed();
            self.presence.data_changed();
        }
    }

    /// Reads the person's routines and the reminder settings again after another process changed the data
    /// (issue 15, fault 5: an import was not picked up until restart).
    fn data_changed(&mut self) {
        log::info!("the data changed outside this process: routines and reminders are read again");
        if let Err(error) = limber_app::routines::reload(&self.store.lock(), &self.library) {
            log::error!("the saved routines could not be read again: {error}");
        }
        let before = self.setup.clone();
        self.reload_setup();
        self.pass_over_changed(&before);
        self.dirty = true;
    }

    /// Notices commits other processes made to the database since the last look (a `limber import` while
    /// this one runs, when no message told us), and reads the data again.
    fn notice_outside_changes(&mut self) {
        let version = self.store.lock().data_version();
        match version {
            Ok(version) => {
                let changed = self.data_version.is_some_and(|seen| seen != version);
                self.data_version = Some(version);
                if changed {
                    self.data_changed();
                }
            }
            Err(error) => log::debug!("the database's data version could not be read: {error}"),
        }
    }

    /// Reads the day boundary from the progress settings; an unreadable store keeps the one in force.
    fn read_boundary(&mut self) {
        match limber_app::progress::day_boundary(&self.store.lock()) {
            Ok(boundary) => self.boundary = boundary,
            Err(error) => log::warn!(
                "the day boundary could not be read ({error}); keeping {}",
                self.boundary
            ),
        }
    }

    /// Writes the decisions that could not be stored before. Each is stored once: the store keeps the
    /// first record of a routine and day.
    fn store_unsaved(&mut self) {
        if self.unsaved.is_empty() {
            return;
        }
        let store = self.store.lock();
        let before = self.unsaved.len();
        self.unsaved
            .retain(|record| match store.record_reminder(record) {
                Ok(_) => false,
                Err(error) => {
                    log::debug!("a reminder decision still cannot be stored: {error}");
                    true
                }
            });
        if self.unsaved.len() < before {
            log::info!(
                "{} reminder decision(s) that could not be stored earlier are now stored",
                before - self.unsaved.len()
            );
        }
    }

    /// Compares this look at the clocks with the last one. A wall clock that ran well ahead of the
    /// monotonic clock means the machine slept (or the clock was set forward): waking up counts as using
    /// the computer. Every case is logged and recomputed; the core's ledger keeps any of them from
    /// delivering a day twice.
    fn observe(&mut self, reading: Reading) {
        if let Some(last) = self.last_reading {
            let wall_ms = reading
                .wall
                .signed_duration_since(last.wall)
                .num_milliseconds();
            let monotonic_ms =
                i64::try_from(reading.monotonic_ms.saturating_sub(last.monotonic_ms))
                    .unwrap_or(i64::MAX);
            let gap = wall_ms.saturating_sub(monotonic_ms);
            if gap > JUMP_MS {
                log::info!(
                    "the wall clock moved {} s ahead of the monotonic clock (the machine slept, or the \
                     clock was set forward): reminders are recomputed",
                    gap / 1000
                );
                self.activity = true;
                self.dirty = true;
            } else if gap < -JUMP_MS {
                log::debug!(
                    "the wall clock moved {} s behind the monotonic clock: reminders are recomputed",
                    -gap / 1000
                );
                self.dirty = true;
            }
            if last.tz != reading.tz {
                log::info!(
                    "the time zone changed from {} to {}: reminders are recomputed",
                    last.tz,
                    reading.tz
                );
                self.dirty = true;
            }
        }
        self.last_reading = Some(reading);
    }

    /// The routines already done on recent days, by the day they count for. Reading them on every tick
    /// keeps a routine finished a minute ago from being reminded.
    fn done_days(&mut self, now: DateTime<Utc>, tz: Tz) -> Vec<DoneDay> {
        let today = limber_core::day::today(now, tz, self.boundary);
        let from = today
            .checked_sub_days(Days::new(DONE_WINDOW_DAYS))
            .unwrap_or(today);
        let to = today.checked_add_days(Days::new(1)).unwrap_or(today);
        let read = self.store.lock().sessions_between(from, to);
        match read {
            Ok(sessions) => {
                self.last_done = sessions
                    .into_iter()
                    .filter(|session| session.completed)
                    .map(|session| DoneDay {
                        routine_id: session.routine_id,
                        day: session.routine_day,
                    })
                    .collect();
            }
            Err(error) => {
                log::warn!(
                    "the sessions could not be read ({error}); the routines known to be done are kept"
                );
            }
        }
        self.last_done.clone()
    }

    /// Stores a decision, applies it to the ledger and shows the notice it calls for. The store comes
    /// first: if Limber stops between the two, the reminder is lost rather than shown twice.
    fn execute(&mut self, decision: &Decision, now: DateTime<Utc>) {
        self.dirty = true;
        match decision {
            Decision::Fire { occurrence, cause } => {
                let fresh = match cause {
                    // A snooze's day is already recorded as fired; removing the stored snooze is its guard.
                    FireCause::Snooze => true,
                    FireCause::Scheduled | FireCause::Activity => {
                        self.record(occurrence, ReminderState::Fired, now)
                    }
                };
                self.ledger.apply(decision);
                if *cause == FireCause::Snooze {
                    self.save_held();
                }
                if fresh {
                    log::info!(
                        "reminder for {} ({}) is due ({cause:?})",
                        occurrence.routine_id,
                        occurrence.day
                    );
                    self.show(occurrence);
                } else {
                    log::warn!(
                        "the reminder for {} on {} was already recorded; it is not shown again",
                        occurrence.routine_id,
                        occurrence.day
                    );
                }
            }
            Decision::Missed { occurrence } => {
                log::info!(
                    "reminder for {} on {} is more than the grace period late: recorded as missed",
                    occurrence.routine_id,
                    occurrence.day
                );
                // A missed snooze leaves the day's "fired" record as it is; the store keeps the first.
                self.record(occurrence, ReminderState::Missed, now);
                let had_snooze = self.has_snooze(occurrence);
                self.ledger.apply(decision);
                if had_snooze {
                    self.save_held();
                }
            }
        }
    }

    fn has_snooze(&self, occurrence: &Occurrence) -> bool {
        self.ledger.snoozes.iter().any(|snooze| {
            snooze.occurrence.routine_id == occurrence.routine_id
                && snooze.occurrence.day == occurrence.day
        })
    }

    /// Records what became of a day's reminder. Returns false only when the store already had a record
    /// (so the caller must not show it again). A failing store is logged and the record is kept in
    /// [`Driver::unsaved`], which is written again on every tick and survives reading the ledger back, so
    /// the in-memory decision guards this run until it is stored.
    fn record(
        &mut self,
        occurrence: &Occurrence,
        state: ReminderState,
        now: DateTime<Utc>,
    ) -> bool {
        let record = ReminderOccurrence {
            routine_id: occurrence.routine_id.clone(),
            day: occurrence.day,
            state,
            at: now,
        };
        let stored = self.store.lock().record_reminder(&record);
        match stored {
            Ok(added) => added,
            Err(error) => {
                log::error!(
                    "the reminder decision could not be stored ({error}); it is kept in memory and \
                     stored again until it is written"
                );
                let known = self.unsaved.iter().any(|unsaved| {
                    unsaved.routine_id == record.routine_id && unsaved.day == record.day
                });
                if !known {
                    self.unsaved.push(record);
                }
                true
            }
        }
    }

    /// Stores the snoozes, the pause and the last activity. A failure is kept in mind: the in-memory state
    /// wins over the stored one when the ledger is read back, and the next ticks store it again.
    fn save_held(&mut self) {
        let saved = save_held(&self.store.lock(), &self.ledger);
        match saved {
            Ok(()) => self.held_unsaved = false,
            Err(error) => {
                if !self.held_unsaved {
                    log::error!(
                        "the snoozes and pause could not be stored ({error}); they are kept in memory \
                         and stored again until it works"
                    );
                }
                self.held_unsaved = true;
            }
        }
    }

    /// Shows a notice: as a desktop notification, or, when that fails, as a banner in the window.
    fn show(&self, occurrence: &Occurrence) {
        // The language is looked up for each notice, so a choice made in the window applies to the next one;
        // a built-in routine is named in it too.
        let language =
            limber_app::i18n::language_in_force(&self.store.lock(), &crate::locale::system());
        let brief = routine_brief(
            &self.library.current(),
            &self.store.lock(),
            &occurrence.routine_id,
            &language,
        );
        let (name, duration_secs, tone) = match &brief {
            Some(brief) => (
                brief.name.as_str(),
                brief.duration_secs,
                Tone::from(brief.time_of_day),
            ),
            None => (occurrence.routine_id.as_str(), 0, Tone::Anytime),
        };
        let notice = Notice::new(
            &occurrence.routine_id,
            occurrence.day,
            name,
            duration_secs,
            tone,
            self.setup.snooze_minutes,
            &language,
        );
        match self.notifier.notify(&notice) {
            Ok(()) => log::info!("reminder shown: {}", notice.summary),
            Err(error) => {
                if self.presence.banner(&notice) {
                    log::warn!("{error}; the reminder is shown in the window instead");
                } else {
                    log::error!(
                        "{error}, and no window is open: the reminder \"{}\" could not be shown",
                        notice.summary
                    );
                }
            }
        }
    }

    fn snooze(&mut self, routine_id: String, day: NaiveDate) {
        let now = self.clock.now_utc();
        let tz = self.clock.time_zone();
        let at = self
            .setup
            .schedule
            .reminder(&routine_id)
            .and_then(|reminder| reminder.occurrence_on(day, tz, self.boundary))
            .map_or(now, |occurrence| occurrence.at);
        let occurrence = Occurrence {
            routine_id,
            day,
            at,
        };
        // A snooze from the window's banner may come for a day the store has not seen fired (the banner is
        // shown only after the decision is stored, so this is a no-op in practice).
        self.record(&occurrence, ReminderState::Fired, now);
        self.ledger
            .snooze(&occurrence, now, self.setup.snooze_minutes);
        self.save_held();
        self.dirty = true;
        log::info!(
            "reminder for {} snoozed for {} minutes",
            occurrence.routine_id,
            self.setup.snooze_minutes
        );
    }

    fn pause(&mut self, paused: bool) {
        let now = self.clock.now_utc();
        let tz = self.clock.time_zone();
        self.read_boundary();
        let today = limber_core::day::today(now, tz, self.boundary);
        if paused {
            self.ledger.pause(today);
            log::info!("reminders paused for {today}");
        } else {
            self.ledger.resume();
            log::info!("reminders resumed");
        }
        self.save_held();
        self.dirty = true;
    }

    /// A reminder the person just set (or changed) for a time that has already passed today is not
    /// delivered late: being late is for reminders Limber could not show (the machine slept, the app was
    /// not running), not for one set at 22:10 for 22:00, or a "first use after 06:30" set in the evening.
    /// Such occurrences are recorded as missed at once, which also keeps the core from offering them again.
    fn pass_over_changed(&mut self, before: &ReminderSetup) {
        let now = self.clock.now_utc();
        let tz = self.clock.time_zone();
        let grace = self.setup.schedule.grace();
        let changed: Vec<Reminder> = self
            .setup
            .schedule
            .reminders
            .iter()
            .filter(|reminder| reminder.enabled)
            .filter(|reminder| {
                before
                    .schedule
                    .reminder(&reminder.routine_id)
                    .is_none_or(|old| !old.enabled || old != *reminder)
            })
            .cloned()
            .collect();
        for reminder in changed {
            let passed: Vec<Occurrence> = if reminder.time.waits_for_activity() {
                reminder
                    .occurrence_on(
                        limber_core::day::today(now, tz, self.boundary),
                        tz,
                        self.boundary,
                    )
                    .filter(|occurrence| occurrence.at <= now)
                    .into_iter()
                    .collect()
            } else {
                let from = now.checked_sub_signed(grace).unwrap_or(now);
                occurrences_after(&reminder, from, tz, self.boundary)
                    .take_while(|occurrence| occurrence.at <= now)
                    .collect()
            };
            for occurrence in passed {
                if self
                    .ledger
                    .outcome(&occurrence.routine_id, occurrence.day)
                    .is_some()
                {
                    continue;
                }
                log::info!(
                    "the reminder for {} was set after its time on {}; it is not delivered late",
                    occurrence.routine_id,
                    occurrence.day
                );
                self.record(&occurrence, ReminderState::Missed, now);
                self.ledger.apply(&Decision::Missed { occurrence });
            }
        }
    }

    fn reload_setup(&mut self) {
        match load_setup(&self.store.lock()) {
            Ok(setup) => self.setup = setup,
            Err(error) => log::error!("the reminder settings could not be read: {error}"),
        }
    }

    /// Reads the ledger back from the store (at start and once a day), dropping days too old to matter.
    /// Decisions made in memory are never forgotten: those not yet stored stay in the ledger, and so do the
    /// snoozes, pause and activity when they could not be stored (issue 15, fault 4: a fired reminder kept
    /// only in memory was forgotten at the midnight reload and fired again inside its grace window).
    fn reload_ledger(&mut self) {
        let now = self.clock.now_utc();
        let today = limber_core::day::today(now, self.clock.time_zone(), self.boundary);
        let loaded = load_ledger(&self.store.lock(), today);
        match loaded {
            Ok(mut ledger) => {
                ledger.merge_handled(&self.ledger);
                if self.held_unsaved {
                    ledger.snoozes = std::mem::take(&mut self.ledger.snoozes);
                    ledger.paused_day = self.ledger.paused_day;
                    ledger.active_at = self.ledger.active_at;
                } else if let Some(active) = self.ledger.active_at {
                    ledger.note_activity(active);
                }
                if ledger.prune(ledger_from(today)) {
                    self.held_unsaved = true;
                }
                self.ledger = ledger;
            }
            Err(error) => log::error!("the reminder ledger could not be read: {error}"),
        }
    }

    /// Recomputes the status when something it depends on changed, and hands it to the presence when it
    /// differs from the last one. Once a day the ledger is reloaded from the store, which also drops days
    /// too old to matter.
    fn publish(&mut self, now: DateTime<Utc>, tz: Tz, done: Vec<DoneDay>) {
        let local_date = now.with_timezone(&tz).date_naive();
        let basis = (local_date, done);
        let new_day = self
            .status_basis
            .as_ref()
            .is_some_and(|(date, _)| *date != local_date);
        if new_day {
            self.reload_ledger();
        }
        if !self.dirty && self.status_basis.as_ref() == Some(&basis) {
            return;
        }
        self.dirty = false;
        self.status_basis = Some(basis);
        let report = {
            let store = self.store.lock();
            // Looked up at each report, so a language chosen in the window relabels the tray.
            let language = limber_app::i18n::language_in_force(&store, &crate::locale::system());
            status::report(
                &store,
                &self.library.current(),
                &self.setup,
                &self.ledger,
                now,
                tz,
                &language,
            )
        };
        match report {
            Ok(report) => {
                let changed = self
                    .published
                    .as_ref()
                    .is_none_or(|published| !published.same_as(&report));
                if changed {
                    self.presence.status(&report);
                    self.published = Some(report);
                }
            }
            Err(error) => log::warn!("the reminder status could not be computed: {error}"),
        }
    }

    /// The ledger as it stands (for tests and the status).
    pub fn ledger(&self) -> &ReminderLedger {
        &self.ledger
    }
}

/// How soon the driver tries again to store a decision that could not be stored.
const RETRY_STORE: Duration = Duration::from_secs(5);

/// How long to sleep from `now` until `wake`, capped at [`MAX_SLEEP`].
fn sleep_until(now: DateTime<Utc>, wake: Option<DateTime<Utc>>) -> Duration {
    let Some(wake) = wake else {
        return MAX_SLEEP;
    };
    match wake.signed_duration_since(now).to_std() {
        // Waking a hair early is harmless: nothing is due yet, and the next wait is that hair.
        Ok(gap) if !gap.is_zero() => gap.min(MAX_SLEEP),
        _ => MIN_SLEEP,
    }
}
