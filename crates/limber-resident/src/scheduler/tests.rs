//! The scheduler's driver on a fake timeline, with a real store in a temporary directory, a fake clock that
//! jumps (suspend, corrections, zone changes) and a notifier and presence that record.
//!
//! Each scenario is a list of steps and the log of what the person saw. The runner sleeps exactly as long
//! as the driver asks (checking it never asks for more than 60 s), so the log also proves that reminders
//! land on the right second.

use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, NaiveTime, TimeDelta, Utc};
use chrono_tz::Tz;
use limber_core::library::Library;
use limber_core::schedule::{QuietHours, Reminder, ReminderSettings, TimeRule};
use limber_store::{ReminderState, SessionRecord, Store};

use chrono_tz::America::New_York;
use chrono_tz::Australia::Lord_Howe;
use chrono_tz::Europe::London;

use super::*;
use crate::clock::Clock;
use crate::notification::{NotificationError, Notifier};
use limber_app::reminders::ReminderSetup;
use limber_app::status::ReminderStatus;
use limber_core::settings::DEFAULT_SNOOZE_MINUTES;
use limber_store::SettingKey;

/// A clock the test moves by hand. The monotonic clock runs with the wall clock except across a suspend,
/// exactly like Linux's CLOCK_MONOTONIC.
struct FakeClock(Mutex<FakeTime>);

#[derive(Clone, Copy)]
struct FakeTime {
    wall: DateTime<Utc>,
    monotonic_ms: u64,
    tz: Tz,
}

impl FakeClock {
    fn new(wall: DateTime<Utc>, tz: Tz) -> Self {
        FakeClock(Mutex::new(FakeTime {
            wall,
            monotonic_ms: 1_000_000,
            tz,
        }))
    }

    fn with(&self, f: impl FnOnce(&mut FakeTime)) {
        f(&mut self.0.lock().unwrap());
    }

    /// Time passes with the machine awake.
    fn advance(&self, by: Duration) {
        self.with(|t| {
            t.wall += TimeDelta::from_std(by).unwrap();
            t.monotonic_ms += u64::try_from(by.as_millis()).unwrap();
        });
    }
}

impl Clock for FakeClock {
    fn monotonic_ms(&self) -> u64 {
        self.0.lock().unwrap().monotonic_ms
    }
    fn now_utc(&self) -> DateTime<Utc> {
        self.0.lock().unwrap().wall
    }
    fn time_zone(&self) -> Tz {
        self.0.lock().unwrap().tz
    }
}

/// What the person saw, in order, as lines of text.
type Log = Arc<Mutex<Vec<String>>>;

/// A notifier that records each notice with the fake time, or fails like a missing daemon.
struct FakeNotifier {
    clock: Arc<FakeClock>,
    log: Log,
    working: Arc<Mutex<bool>>,
}

impl Notifier for FakeNotifier {
    fn notify(&self, notice: &Notice) -> Result<(), NotificationError> {
        if !*self.working.lock().unwrap() {
            return Err(NotificationError::Refused("ServiceUnknown".into()));
        }
        self.log.lock().unwrap().push(format!(
            "{} notify {} {} | {} | {}",
            stamp(&self.clock),
            notice.routine_id,
            notice.day,
            notice.summary,
            notice.snooze_label
        ));
        Ok(())
    }
}

/// A presence that records banners (when a window is "open") and the tray's first line.
struct FakePresence {
    clock: Arc<FakeClock>,
    log: Log,
    window_open: Arc<Mutex<bool>>,
    tray: Arc<Mutex<Option<ReminderStatus>>>,
}

impl Presence for FakePresence {
    fn banner(&self, notice: &Notice) -> bool {
        let open = *self.window_open.lock().unwrap();
        let shown = if open { "banner" } else { "lost" };
        self.log.lock().unwrap().push(format!(
            "{} {shown} {} {}",
            stamp(&self.clock),
            notice.routine_id,
            notice.day
        ));
        open
    }

    fn status(&self, status: &ReminderStatus) {
        *self.tray.lock().unwrap() = Some(status.clone());
    }
}

/// The fake time as the person's clock shows it, with its offset.
fn stamp(clock: &FakeClock) -> String {
    let t = clock.0.lock().unwrap();
    t.wall.with_timezone(&t.tz).fixed_offset().to_rfc3339()
}

fn instant(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn time(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").unwrap()
}

fn fixed(at: &str) -> TimeRule {
    TimeRule::Fixed { time: time(at) }
}

/// One thing that happens on the timeline.
#[derive(Clone)]
enum Step {
    /// The machine stays awake until this instant; the driver wakes whenever it asked to.
    RunUntil(&'static str),
    /// The machine sleeps this long: the wall clock moves, the monotonic clock does not.
    Suspend(TimeDelta),
    /// The wall clock is set to this instant (a correction, forward or back).
    SetClock(&'static str),
    /// The time zone changes (travel, or the person changed it).
    Zone(Tz),
    /// A message reaches the driver.
    Send(fn() -> Message),
    /// The person snoozes a routine's reminder of a day.
    Snooze(&'static str, &'static str),
    /// Limber is stopped and started again on the same data.
    Restart,
    /// A routine is done for a routine day (a completed session is stored).
    Done(&'static str, &'static str),
    /// The notification daemon goes away, or comes back.
    Daemon(bool),
    /// The window is opened or closed.
    Window(bool),
    /// The settings are replaced (stored, then a Reload message).
    Settings(fn() -> ReminderSetup),
    /// The tray's next-reminder line must read this.
    TrayNext(&'static str),
    /// The person chooses a language in the window (stored; the window then sends `DataChanged`).
    Language(&'static str),
    /// Every write to the reminder ledger and the settings fails (as on a full disk), or works again.
    DiskFull(bool),
    /// The store must hold this outcome for a routine and day.
    Stored(&'static str, &'static str, ReminderState),
    /// Another process (`limber import`) writes to the database on its own connection; no message is sent.
    Outside(fn(&Store)),
    /// The same, then the running process is told (`Message::DataChanged`, as `limber import` does over
    /// D-Bus).
    OutsideAndTold(fn(&Store)),
    /// The library the process uses must hold this routine.
    InLibrary(&'static str),
    /// This computer chooses `<temp>/shared` as its sync folder (issue 21).
    SyncFolder,
    /// Another computer (a laptop with its own data) finishes a routine for a routine day now and
    /// publishes it into the shared folder, as its own Limber does after a session.
    DoneElsewhere(&'static str, &'static str),
}

struct Timeline {
    dir: tempfile::TempDir,
    store: StoreHandle,
    clock: Arc<FakeClock>,
    log: Log,
    working: Arc<Mutex<bool>>,
    window_open: Arc<Mutex<bool>>,
    tray: Arc<Mutex<Option<ReminderStatus>>>,
    driver: Option<Driver<FakeNotifier, FakePresence>>,
    library: limber_app::state::LibraryHandle,
    /// How long the driver last asked to sleep.
    wait: Duration,
}

impl Timeline {
    fn new(start: &str, tz: Tz, setup: ReminderSetup) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
        store.save_setting(&setup).unwrap();
        // The words the steps expect are English, whatever the language of the machine running the tests.
        store
            .save_setting(&limber_app::i18n::LanguageChoice {
                language: Some("en".to_owned()),
            })
            .unwrap();
        let mut timeline = Timeline {
            dir,
            store: StoreHandle::new(store),
            clock: Arc::new(FakeClock::new(instant(start), tz)),
            log: Arc::default(),
            working: Arc::new(Mutex::new(true)),
            window_open: Arc::new(Mutex::new(false)),
            tray: Arc::default(),
            driver: None,
            library: limber_app::state::LibraryHandle::new(Library::builtin().unwrap()),
            wait: Duration::ZERO,
        };
        timeline.start();
        timeline
    }

    fn start(&mut self) {
        self.library = limber_app::state::LibraryHandle::new(Library::builtin().unwrap());
        limber_app::routines::load_at_start(&self.store, &self.library);
        let library = self.library.clone();
        let driver = Driver::new(
            self.clock.clone(),
            self.store.clone(),
            library,
            FakeNotifier {
                clock: self.clock.clone(),
                log: self.log.clone(),
                working: self.working.clone(),
            },
            FakePresence {
                clock: self.clock.clone(),
                log: self.log.clone(),
                window_open: self.window_open.clone(),
                tray: self.tray.clone(),
            },
        );
        self.driver = Some(driver);
        self.tick();
    }

    fn driver(&mut self) -> &mut Driver<FakeNotifier, FakePresence> {
        self.driver.as_mut().unwrap()
    }

    fn tick(&mut self) {
        let wait = self.driver().tick();
        assert!(wait <= MAX_SLEEP, "the driver asked to sleep {wait:?}");
        assert!(!wait.is_zero(), "the driver asked not to sleep at all");
        self.wait = wait;
    }

    fn step(&mut self, step: Step) {
        match step {
            Step::RunUntil(until) => {
                let until = instant(until);
                loop {
                    let now = self.clock.now_utc();
                    let next = now + TimeDelta::from_std(self.wait).unwrap();
                    if next > until {
                        let rest = (until - now).to_std().unwrap();
                        self.clock.advance(rest);
                        self.tick();
                        break;
                    }
                    self.clock.advance(self.wait);
                    self.tick();
                }
            }
            Step::Suspend(by) => {
                self.clock.with(|t| t.wall += by);
                self.tick();
            }
            Step::SetClock(at) => {
                self.clock.with(|t| t.wall = instant(at));
                self.tick();
            }
            Step::Zone(tz) => {
                self.clock.with(|t| t.tz = tz);
                self.tick();
            }
            Step::Send(message) => {
                assert_eq!(self.driver().handle(message()), Flow::Continue);
                self.tick();
            }
            Step::Snooze(routine, day) => {
                let message = Message::Snooze {
                    routine_id: routine.into(),
                    day: day.parse().unwrap(),
                };
                self.driver().handle(message);
                self.log
                    .lock()
                    .unwrap()
                    .push(format!("{} snoozed {routine}", stamp(&self.clock)));
                self.tick();
            }
            Step::Restart => {
                self.driver = None;
                self.start();
            }
            Step::Done(routine, day) => {
                let now = self.clock.now_utc();
                self.store
                    .lock()
                    .insert_session(&finished(&format!("{routine}-{day}"), routine, day, now))
                    .unwrap();
                self.tick();
            }
            Step::Daemon(working) => *self.working.lock().unwrap() = working,
            Step::Window(open) => *self.window_open.lock().unwrap() = open,
            Step::Settings(setup) => {
                let setup = setup();
                self.store.lock().save_setting(&setup).unwrap();
                self.driver().handle(Message::Reload);
                self.tick();
            }
            Step::Language(tag) => {
                self.store
                    .lock()
                    .save_setting(&limber_app::i18n::LanguageChoice {
                        language: Some(tag.to_owned()),
                    })
                    .unwrap();
                self.driver().handle(Message::DataChanged);
                self.tick();
            }
            Step::TrayNext(expected) => {
                let tray = self.tray.lock().unwrap().clone().expect("no status yet");
                let (next, _) = limber_app::status::tray_lines(&tray);
                assert_eq!(next, expected);
            }
            Step::DiskFull(full) => {
                // A second connection adds triggers that refuse every write the scheduler makes, with
                // SQLite's own words for a full disk; dropping them frees the "disk".
                let other =
                    rusqlite::Connection::open(self.dir.path().join("limber.sqlite3")).unwrap();
                let sql = if full {
                    "CREATE TRIGGER full_1 BEFORE INSERT ON reminder_occurrences
                       BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
                     CREATE TRIGGER full_2 BEFORE INSERT ON settings
                       BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
                     CREATE TRIGGER full_3 BEFORE UPDATE ON settings
                       BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;"
                } else {
                    "DROP TRIGGER full_1; DROP TRIGGER full_2; DROP TRIGGER full_3;"
                };
                other.execute_batch(sql).unwrap();
            }
            Step::Outside(write) | Step::OutsideAndTold(write) => {
                let other = Store::open(&self.dir.path().join("limber.sqlite3")).unwrap();
                write(&other);
                drop(other);
                if matches!(step, Step::OutsideAndTold(_)) {
                    self.driver().handle(Message::DataChanged);
                }
                self.tick();
            }
            Step::SyncFolder => {
                let shared = self.dir.path().join("shared");
                std::fs::create_dir_all(&shared).unwrap();
                let now = self.clock.now_utc();
                let library = self.library.current();
                limber_app::sync::choose_folder(&self.store.lock(), &library, &shared, now)
                    .unwrap();
                self.tick();
            }
            Step::DoneElsewhere(routine, day) => {
                let laptop = self.dir.path().join("laptop.sqlite3");
                let laptop = Store::open(&laptop).unwrap();
                let now = self.clock.now_utc();
                laptop
                    .insert_session(&finished(
                        &format!("laptop-{routine}-{day}"),
                        routine,
                        day,
                        now,
                    ))
                    .unwrap();
                let library = Library::builtin().unwrap();
                let shared = self.dir.path().join("shared");
                limber_app::sync::choose_folder(&laptop, &library, &shared, now).unwrap();
                // No tick: the driver finds the file at its own next look.
            }
            Step::InLibrary(routine) => {
                assert!(
                    self.library.current().routine(routine).is_some(),
                    "{routine} is not in the library"
                );
            }
            Step::Stored(routine, day, state) => {
                let stored = self
                    .store
                    .lock()
                    .reminder_occurrence(routine, day.parse().unwrap())
                    .unwrap()
                    .map(|record| record.state);
                assert_eq!(stored, Some(state), "{routine} on {day}");
            }
        }
    }
}

/// A completed nine-minute session of `routine` for routine day `day`, ending at `now`.
fn finished(id: &str, routine: &str, day: &str, now: DateTime<Utc>) -> SessionRecord {
    SessionRecord {
        id: id.into(),
        routine_id: routine.into(),
        started_at: now - TimeDelta::minutes(9),
        ended_at: now,
        utc_offset_seconds: 0,
        routine_day: day.parse().unwrap(),
        steps_done: 6,
        steps_skipped: 0,
        completed: true,
        active_ms: 540_000,
        paused_ms: 0,
        feel: None,
        checklist: None,
        skipped_exercises: Vec::new(),
    }
}

fn setup(reminders: &[(&str, TimeRule)]) -> ReminderSetup {
    ReminderSetup {
        schedule: ReminderSettings {
            reminders: reminders
                .iter()
                .map(|(id, rule)| Reminder::every_day(*id, *rule))
                .collect(),
            ..ReminderSettings::default()
        },
        snooze_minutes: DEFAULT_SNOOZE_MINUTES,
    }
}

const BEDTIME: &str = "bedtime-wind-down";
const MORNING: &str = "morning-mobility";

/// Runs a scenario from `start` in `tz` and compares what the person saw with `expected`.
fn check(start: &str, tz: Tz, setup: ReminderSetup, steps: &[Step], expected: &[&str]) {
    let mut timeline = Timeline::new(start, tz, setup);
    for step in steps {
        timeline.step(step.clone());
    }
    let log = timeline.log.lock().unwrap().clone();
    assert_eq!(log, expected, "\nscenario from {start} in {tz}");
}

/// The summary and actions every bedtime notice carries (the library's planned length, in minutes).
fn bedtime_line(at: &str, day: &str) -> String {
    let library = Library::builtin().unwrap();
    let routine = library.routine(BEDTIME).unwrap();
    let minutes = limber_app::notice::whole_minutes(library.planned_duration_secs(routine));
    format!("{at} notify {BEDTIME} {day} | Bedtime wind-down: {minutes} minutes | Snooze 10 min")
}

fn morning_line(at: &str, day: &str) -> String {
    let library = Library::builtin().unwrap();
    let routine = library.routine(MORNING).unwrap();
    let minutes = limber_app::notice::whole_minutes(library.planned_duration_secs(routine));
    format!("{at} notify {MORNING} {day} | Morning mobility: {minutes} minutes | Snooze 10 min")
}

#[test]
fn a_fixed_reminder_fires_once_on_the_second() {
    check(
        "2026-11-20T20:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[Step::RunUntil("2026-11-21T23:00:00-05:00")],
        &[
            &bedtime_line("2026-11-20T22:00:00-05:00", "2026-11-20"),
            &bedtime_line("2026-11-21T22:00:00-05:00", "2026-11-21"),
        ],
    );
}

#[test]
fn a_reminder_missed_in_sleep_is_late_within_grace_or_recorded_as_missed() {
    // Asleep for an hour over the reminder: delivered on wake, one hour late.
    check(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[
            Step::RunUntil("2026-11-20T21:30:00-05:00"),
            Step::Suspend(TimeDelta::hours(1)),
            Step::RunUntil("2026-11-20T23:59:00-05:00"),
        ],
        &[&bedtime_line("2026-11-20T22:30:00-05:00", "2026-11-20")],
    );
    // Asleep for three hours: two and a half hours late is past the grace period, so nothing is shown,
    // and the next evening fires as usual.
    let mut timeline = Timeline::new(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
    );
    timeline.step(Step::RunUntil("2026-11-20T21:30:00-05:00"));
    timeline.step(Step::Suspend(TimeDelta::hours(3)));
    timeline.step(Step::RunUntil("2026-11-21T22:00:30-05:00"));
    assert_eq!(
        timeline.log.lock().unwrap().clone(),
        [bedtime_line("2026-11-21T22:00:00-05:00", "2026-11-21")]
    );
    let missed = timeline
        .store
        .lock()
        .reminder_occurrence(BEDTIME, "2026-11-20".parse().unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(missed.state, ReminderState::Missed);
    // The record says when it was noticed: on wake, not at the reminder's time.
    assert_eq!(missed.at, instant("2026-11-21T00:30:00-05:00"));
}

#[test]
fn a_wider_grace_period_delivers_after_a_long_sleep() {
    let mut wide = setup(&[(BEDTIME, fixed("22:00"))]);
    wide.schedule.grace_minutes = 240;
    check(
        "2026-11-20T21:00:00-05:00",
        New_York,
        wide,
        &[
            Step::RunUntil("2026-11-20T21:30:00-05:00"),
            Step::Suspend(TimeDelta::hours(3)),
        ],
        &[&bedtime_line("2026-11-21T00:30:00-05:00", "2026-11-20")],
    );
}

#[test]
fn a_clock_set_back_never_fires_the_same_day_twice() {
    check(
        "2026-11-20T21:50:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[
            Step::RunUntil("2026-11-20T22:05:00-05:00"),
            Step::SetClock("2026-11-20T21:30:00-05:00"),
            Step::RunUntil("2026-11-20T23:00:00-05:00"),
            // Set forward past midnight and back again: still once per day.
            Step::SetClock("2026-11-21T22:30:00-05:00"),
            Step::SetClock("2026-11-21T21:00:00-05:00"),
            Step::RunUntil("2026-11-21T23:00:00-05:00"),
        ],
        &[
            &bedtime_line("2026-11-20T22:00:00-05:00", "2026-11-20"),
            &bedtime_line("2026-11-21T22:30:00-05:00", "2026-11-21"),
        ],
    );
}

#[test]
fn a_time_zone_change_recomputes_without_repeating_a_day() {
    check(
        "2026-11-20T21:00:00+00:00",
        London,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[
            Step::RunUntil("2026-11-20T22:10:00+00:00"),
            // Flying west: it is 17:10 in New York on the same day, whose reminder already fired.
            Step::Zone(New_York),
            Step::RunUntil("2026-11-21T22:30:00-05:00"),
            // Flying east again: London's 22:00 on the 22nd comes five hours sooner than New York's.
            Step::Zone(London),
            Step::RunUntil("2026-11-22T22:30:00+00:00"),
        ],
        &[
            &bedtime_line("2026-11-20T22:00:00+00:00", "2026-11-20"),
            &bedtime_line("2026-11-21T22:00:00-05:00", "2026-11-21"),
            &bedtime_line("2026-11-22T22:00:00+00:00", "2026-11-22"),
        ],
    );
}

#[test]
fn runs_across_daylight_saving_changes_fire_once_per_day() {
    // Times before the 04:00 day boundary belong to the evening before (issue 15, fault 1), so each line's
    // day is the day before its date.
    // New York springs forward at 02:00 on 8 March 2026: a 02:30 reminder fires at 03:00 EDT.
    check(
        "2026-03-07T12:00:00-05:00",
        New_York,
        setup(&[(MORNING, fixed("02:30"))]),
        &[Step::RunUntil("2026-03-09T12:00:00-04:00")],
        &[
            &morning_line("2026-03-08T03:00:00-04:00", "2026-03-07"),
            &morning_line("2026-03-09T02:30:00-04:00", "2026-03-08"),
        ],
    );
    // London falls back at 02:00 BST on 25 October 2026: 01:30 happens twice and fires once, the first time.
    check(
        "2026-10-24T12:00:00+01:00",
        London,
        setup(&[(MORNING, fixed("01:30"))]),
        &[Step::RunUntil("2026-10-26T12:00:00+00:00")],
        &[
            &morning_line("2026-10-25T01:30:00+01:00", "2026-10-24"),
            &morning_line("2026-10-26T01:30:00+00:00", "2026-10-25"),
        ],
    );
    // Lord Howe moves by half an hour. On 5 April 2026 02:00 becomes 01:30: 01:45 fires once.
    check(
        "2026-04-04T12:00:00+11:00",
        Lord_Howe,
        setup(&[(MORNING, fixed("01:45"))]),
        &[Step::RunUntil("2026-04-06T12:00:00+10:30")],
        &[
            &morning_line("2026-04-05T01:45:00+11:00", "2026-04-04"),
            &morning_line("2026-04-06T01:45:00+10:30", "2026-04-05"),
        ],
    );
    // On 4 October 2026 02:00 becomes 02:30: a 02:15 reminder fires at 02:30.
    check(
        "2026-10-03T12:00:00+10:30",
        Lord_Howe,
        setup(&[(MORNING, fixed("02:15"))]),
        &[Step::RunUntil("2026-10-05T12:00:00+11:00")],
        &[
            &morning_line("2026-10-04T02:30:00+11:00", "2026-10-03"),
            &morning_line("2026-10-05T02:15:00+11:00", "2026-10-04"),
        ],
    );
    // A bedtime reminder across London's autumn night: 30 minutes before a 00:30 bedtime is 00:00 each night.
    check(
        "2026-10-24T12:00:00+01:00",
        London,
        setup(&[(BEDTIME, TimeRule::bedtime(time("00:30")))]),
        &[Step::RunUntil("2026-10-26T12:00:00+00:00")],
        &[
            &bedtime_line("2026-10-25T00:00:00+01:00", "2026-10-24"),
            &bedtime_line("2026-10-26T00:00:00+00:00", "2026-10-25"),
        ],
    );
}

#[test]
fn a_restart_never_fires_twice_and_keeps_snoozes() {
    check(
        "2026-11-20T21:50:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[
            Step::RunUntil("2026-11-20T22:01:00-05:00"),
            Step::Restart,
            Step::RunUntil("2026-11-20T22:03:00-05:00"),
            Step::Snooze(BEDTIME, "2026-11-20"),
            Step::Restart,
            Step::RunUntil("2026-11-20T22:30:00-05:00"),
            Step::Restart,
            Step::RunUntil("2026-11-20T23:00:00-05:00"),
        ],
        &[
            &bedtime_line("2026-11-20T22:00:00-05:00", "2026-11-20"),
            "2026-11-20T22:03:00-05:00 snoozed bedtime-wind-down",
            &bedtime_line("2026-11-20T22:13:00-05:00", "2026-11-20"),
        ],
    );
}

#[test]
fn snooze_length_is_a_setting() {
    let mut long = setup(&[(BEDTIME, fixed("22:00"))]);
    long.snooze_minutes = 25;
    let library = Library::builtin().unwrap();
    let minutes = limber_app::notice::whole_minutes(
        library.planned_duration_secs(library.routine(BEDTIME).unwrap()),
    );
    let line = |at: &str| {
        format!("{at} notify {BEDTIME} 2026-11-20 | Bedtime wind-down: {minutes} minutes | Snooze 25 min")
    };
    check(
        "2026-11-20T21:59:00-05:00",
        New_York,
        long,
        &[
            Step::RunUntil("2026-11-20T22:00:30-05:00"),
            Step::Snooze(BEDTIME, "2026-11-20"),
            Step::RunUntil("2026-11-20T23:00:00-05:00"),
        ],
        &[
            &line("2026-11-20T22:00:00-05:00"),
            "2026-11-20T22:00:30-05:00 snoozed bedtime-wind-down",
            &line("2026-11-20T22:25:30-05:00"),
        ],
    );
}

#[test]
fn pause_today_holds_everything_until_resumed_and_only_today() {
    check(
        "2026-11-20T20:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[
            Step::Send(|| Message::PauseToday { ack: None }),
            Step::TrayNext("Reminders paused for today"),
            Step::RunUntil("2026-11-20T23:00:00-05:00"),
            Step::RunUntil("2026-11-21T22:00:10-05:00"),
        ],
        &[&bedtime_line("2026-11-21T22:00:00-05:00", "2026-11-21")],
    );
    // Resuming within the grace period delivers the held reminder at once.
    check(
        "2026-11-20T20:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[
            Step::Send(|| Message::PauseToday { ack: None }),
            Step::RunUntil("2026-11-20T22:30:00-05:00"),
            Step::Send(|| Message::Resume { ack: None }),
        ],
        &[&bedtime_line("2026-11-20T22:30:00-05:00", "2026-11-20")],
    );
}

#[test]
fn nothing_nags_after_the_routine_is_done() {
    check(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[
            Step::Done(BEDTIME, "2026-11-20"),
            Step::RunUntil("2026-11-20T23:00:00-05:00"),
            Step::RunUntil("2026-11-21T22:00:05-05:00"),
        ],
        &[&bedtime_line("2026-11-21T22:00:00-05:00", "2026-11-21")],
    );
    // A snooze dies with the routine done in the meantime.
    check(
        "2026-11-20T21:59:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[
            Step::RunUntil("2026-11-20T22:01:00-05:00"),
            Step::Snooze(BEDTIME, "2026-11-20"),
            Step::RunUntil("2026-11-20T22:05:00-05:00"),
            Step::Done(BEDTIME, "2026-11-20"),
            Step::RunUntil("2026-11-20T23:30:00-05:00"),
        ],
        &[
            &bedtime_line("2026-11-20T22:00:00-05:00", "2026-11-20"),
            "2026-11-20T22:01:00-05:00 snoozed bedtime-wind-down",
        ],
    );
}

#[test]
fn first_use_fires_on_activity_wake_or_start_and_only_once() {
    let first_use = || {
        setup(&[(
            MORNING,
            TimeRule::FirstUseAfter {
                not_before: time("06:30"),
            },
        )])
    };
    // Awake all night, nobody there: nothing on the timer; the first activity after 06:30 fires it.
    check(
        "2026-11-20T05:00:00+00:00",
        London,
        first_use(),
        &[
            Step::RunUntil("2026-11-20T09:00:00+00:00"),
            Step::Send(|| Message::Activity),
            Step::Send(|| Message::Activity),
            Step::RunUntil("2026-11-20T10:00:00+00:00"),
        ],
        &[&morning_line("2026-11-20T09:00:00+00:00", "2026-11-20")],
    );
    // Activity before 06:30 does not count.
    check(
        "2026-11-20T05:00:00+00:00",
        London,
        first_use(),
        &[
            Step::RunUntil("2026-11-20T06:00:00+00:00"),
            Step::Send(|| Message::Activity),
            Step::RunUntil("2026-11-20T06:45:00+00:00"),
            Step::Send(|| Message::Activity),
        ],
        &[&morning_line("2026-11-20T06:45:00+00:00", "2026-11-20")],
    );
    // The laptop slept through the night: waking it at 07:10 is the first use.
    check(
        "2026-11-20T00:30:00+00:00",
        London,
        first_use(),
        &[Step::Suspend(TimeDelta::minutes(6 * 60 + 40))],
        &[&morning_line("2026-11-20T07:10:00+00:00", "2026-11-20")],
    );
    // Limber starting at 07:30 (at login) is the first use.
    check(
        "2026-11-20T07:30:00+00:00",
        London,
        first_use(),
        &[Step::RunUntil("2026-11-20T08:00:00+00:00")],
        &[&morning_line("2026-11-20T07:30:00+00:00", "2026-11-20")],
    );
}

#[test]
fn a_reminder_set_after_its_time_is_not_delivered_late() {
    // At 22:10 the person sets 22:00: nothing now, tomorrow at 22:00 as usual.
    check(
        "2026-11-20T22:10:00-05:00",
        New_York,
        setup(&[]),
        &[
            Step::Settings(|| setup(&[(BEDTIME, fixed("22:00"))])),
            Step::RunUntil("2026-11-21T22:00:30-05:00"),
        ],
        &[&bedtime_line("2026-11-21T22:00:00-05:00", "2026-11-21")],
    );
    // In the evening the person turns on "first use after 06:30": using the window now does not fire it.
    check(
        "2026-11-20T20:00:00+00:00",
        London,
        setup(&[]),
        &[
            Step::Settings(|| {
                setup(&[(
                    MORNING,
                    TimeRule::FirstUseAfter {
                        not_before: time("06:30"),
                    },
                )])
            }),
            Step::Send(|| Message::Activity),
            Step::RunUntil("2026-11-21T07:00:00+00:00"),
            Step::Send(|| Message::Activity),
        ],
        &[&morning_line("2026-11-21T07:00:00+00:00", "2026-11-21")],
    );
    // Saving unchanged settings (or any other reload) leaves a reminder held by quiet hours alone.
    let mut quiet = setup(&[(MORNING, fixed("06:30"))]);
    quiet.schedule.quiet_hours = Some(QuietHours {
        start: time("22:00"),
        end: time("06:45"),
    });
    check(
        "2026-11-21T06:00:00+00:00",
        London,
        quiet,
        &[
            Step::RunUntil("2026-11-21T06:40:00+00:00"),
            Step::Send(|| Message::Reload),
            Step::RunUntil("2026-11-21T07:00:00+00:00"),
        ],
        &[&morning_line("2026-11-21T06:45:00+00:00", "2026-11-21")],
    );
}

#[test]
fn quiet_hours_defer_a_morning_reminder_and_drop_a_useless_evening_one() {
    let mut quiet = setup(&[(MORNING, fixed("06:30")), (BEDTIME, fixed("22:30"))]);
    quiet.schedule.quiet_hours = Some(QuietHours {
        start: time("22:00"),
        end: time("07:00"),
    });
    check(
        "2026-11-20T20:00:00+00:00",
        London,
        quiet,
        &[Step::RunUntil("2026-11-21T08:00:00+00:00")],
        &[&morning_line("2026-11-21T07:00:00+00:00", "2026-11-21")],
    );
}

#[test]
fn without_a_notification_daemon_the_window_shows_the_reminder() {
    check(
        "2026-11-20T21:59:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[
            Step::Daemon(false),
            Step::Window(true),
            Step::RunUntil("2026-11-20T22:10:00-05:00"),
            Step::Window(false),
            Step::RunUntil("2026-11-21T22:10:00-05:00"),
            Step::Daemon(true),
            Step::RunUntil("2026-11-22T22:10:00-05:00"),
        ],
        &[
            "2026-11-20T22:00:00-05:00 banner bedtime-wind-down 2026-11-20",
            "2026-11-21T22:00:00-05:00 lost bedtime-wind-down 2026-11-21",
            &bedtime_line("2026-11-22T22:00:00-05:00", "2026-11-22"),
        ],
    );
}

#[test]
fn new_settings_take_effect_at_once() {
    check(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[
            Step::TrayNext("Next: Bedtime wind-down, today at 22:00"),
            Step::Settings(|| setup(&[(BEDTIME, fixed("21:30"))])),
            Step::TrayNext("Next: Bedtime wind-down, today at 21:30"),
            Step::RunUntil("2026-11-20T23:00:00-05:00"),
            Step::TrayNext("Next: Bedtime wind-down, tomorrow at 21:30"),
            Step::Settings(|| {
                let mut off = setup(&[(BEDTIME, fixed("21:30"))]);
                off.schedule.reminders[0].enabled = false;
                off
            }),
            Step::TrayNext("No reminders set"),
            Step::RunUntil("2026-11-21T23:00:00-05:00"),
        ],
        &[&bedtime_line("2026-11-20T21:30:00-05:00", "2026-11-20")],
    );
}

/// Issue 22: the tray's reminder line speaks the language chosen while Limber runs, at once, and its times
/// after midnight and on other days too, and names a built-in routine in it (its name is content).
#[test]
fn the_tray_line_follows_a_language_chosen_while_it_runs() {
    check(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[
            Step::TrayNext("Next: Bedtime wind-down, today at 22:00"),
            Step::Language("de"),
            Step::TrayNext("Als Nächstes: Zur Ruhe kommen am Abend, heute um 22:00"),
            Step::RunUntil("2026-11-20T23:00:00-05:00"),
            Step::TrayNext("Als Nächstes: Zur Ruhe kommen am Abend, morgen um 22:00"),
            Step::Send(|| Message::PauseToday { ack: None }),
            Step::TrayNext("Erinnerungen für heute pausiert"),
            Step::Language("en"),
            Step::TrayNext("Reminders paused for today"),
            Step::RunUntil("2026-11-21T12:00:00-05:00"),
        ],
        // The reminder that fired while German was chosen spoke German too.
        &["2026-11-20T22:00:00-05:00 notify bedtime-wind-down 2026-11-20 | Zur Ruhe kommen am Abend: 10 Minuten | \
           In 10 Min. erinnern"],
    );
}

#[test]
fn the_scheduler_thread_stops_on_shutdown_and_when_every_sender_is_gone() {
    let timeline = Timeline::new(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
    );
    let Timeline { driver, .. } = timeline;
    let (tx, rx) = mpsc::channel();
    run(driver.unwrap(), rx).unwrap();
    let scheduler = Scheduler { tx: tx.clone() };
    // A pause is confirmed by the thread once stored.
    scheduler.pause_today(true).unwrap();
    scheduler.send(Message::Shutdown);
    // After shutdown nobody answers: the caller is told, not left waiting forever.
    std::thread::sleep(Duration::from_millis(100));
    assert!(matches!(
        scheduler.pause_today(false),
        Err(ReminderError::NotRunning)
    ));
}

/// A small deterministic generator, so the walk below is the same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

/// The law: whatever the clock does (sleep, corrections either way, zone changes, restarts), each routine's
/// reminder is shown at most once per scheduled day, and never before its time on that day's clock.
#[test]
fn each_day_is_shown_at_most_once_whatever_the_clock_does() {
    let zones = [New_York, London, Lord_Howe, chrono_tz::Asia::Tokyo];
    for seed in 0..12u64 {
        let mut random = Lcg(seed);
        let mut timeline = Timeline::new(
            "2026-03-05T12:00:00+00:00",
            London,
            setup(&[
                (BEDTIME, TimeRule::bedtime(time("23:00"))),
                (MORNING, fixed("06:45")),
            ]),
        );
        for _ in 0..60 {
            let step = match random.next(10) {
                0 => Step::Suspend(TimeDelta::minutes(i64::try_from(random.next(600)).unwrap())),
                1 => {
                    let back = TimeDelta::minutes(i64::try_from(random.next(180)).unwrap());
                    let at = timeline.clock.now_utc() - back;
                    timeline.clock.with(|t| t.wall = at);
                    Step::Send(|| Message::Reload)
                }
                2 => Step::Zone(zones[usize::try_from(random.next(4)).unwrap()]),
                3 => Step::Restart,
                4 => Step::Send(|| Message::Activity),
                _ => {
                    let minutes = i64::try_from(random.next(400)).unwrap();
                    let until = timeline.clock.now_utc() + TimeDelta::minutes(minutes);
                    let text: &'static str = Box::leak(until.to_rfc3339().into_boxed_str());
                    Step::RunUntil(text)
                }
            };
            timeline.step(step);
        }
        let log = timeline.log.lock().unwrap().clone();
        let mut seen = std::collections::BTreeSet::new();
        for line in &log {
            let parts: Vec<&str> = line.split(' ').collect();
            assert_eq!(parts[1], "notify", "seed {seed}: {line}");
            let key = (parts[2].to_owned(), parts[3].to_owned());
            assert!(
                seen.insert(key),
                "seed {seed}: shown twice: {line}\n{log:#?}"
            );
        }
        assert!(!log.is_empty(), "seed {seed}: nothing fired in the walk");
    }
}

#[test]
fn settings_are_validated_before_they_are_stored() {
    let known = |id: &str| id == BEDTIME || id == MORNING;
    let check = |edit: fn(&mut ReminderSetup), expected: Option<&str>| {
        let mut candidate = setup(&[(BEDTIME, fixed("22:00"))]);
        edit(&mut candidate);
        let result = candidate.validate(known).err().map(|e| e.to_string());
        assert_eq!(result.as_deref(), expected);
    };
    check(|_| {}, None);
    check(
        |s| s.snooze_minutes = 0,
        Some("a snooze must last between 1 and 120 minutes, not 0"),
    );
    check(
        |s| s.snooze_minutes = 121,
        Some("a snooze must last between 1 and 120 minutes, not 121"),
    );
    check(|s| s.snooze_minutes = 120, None);
    check(
        |s| s.schedule.grace_minutes = 721,
        Some("reminders may be at most 720 minutes late, not 721"),
    );
    check(
        |s| s.schedule.reminders[0].routine_id = "moonwalk".into(),
        Some("a reminder names a routine Limber does not know: \"moonwalk\""),
    );
    check(
        |s| {
            s.schedule.quiet_hours = Some(QuietHours {
                start: time("22:00"),
                end: time("22:00"),
            })
        },
        Some("quiet hours start and end at the same time"),
    );
    check(
        |s| {
            let copy = s.schedule.reminders[0].clone();
            s.schedule.reminders.push(copy);
        },
        Some("more than one reminder is set for routine `bedtime-wind-down`"),
    );
}

#[test]
fn the_stored_setup_is_read_by_plain_reminder_settings_readers() {
    let mut stored = setup(&[(BEDTIME, fixed("22:00"))]);
    stored.snooze_minutes = 15;
    let value = serde_json::to_value(&stored).unwrap();
    assert_eq!(value["snoozeMinutes"], 15);
    assert_eq!(value["graceMinutes"], 120);
    // The progress screen and the first-run flow read the same key as the core's settings.
    let plain: ReminderSettings = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(plain, stored.schedule);
    let back: ReminderSetup = serde_json::from_value(value).unwrap();
    assert_eq!(back, stored);
    // A value written before the snooze length existed reads with the default.
    let old = serde_json::to_value(&stored.schedule).unwrap();
    let read: ReminderSetup = serde_json::from_value(old).unwrap();
    assert_eq!(read.snooze_minutes, DEFAULT_SNOOZE_MINUTES);
    let _ = NaiveDate::MIN;
}

/// Issue 15, fault 4: a fired reminder kept only in memory when the store write failed (disk full, busy) was
/// forgotten at the midnight reload and fired again inside its grace window. Same for snoozes, which were
/// dropped. The decision is now kept until it is stored, then stored exactly once.
#[test]
fn a_failed_ledger_write_never_doubles_or_loses_a_reminder() {
    // Fired at 23:50 with the disk full: midnight reloads the ledger, yet it does not fire again; once space
    // is freed the decision is stored, and a restart does not fire it either.
    check(
        "2026-11-20T23:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("23:50"))]),
        &[
            Step::DiskFull(true),
            Step::RunUntil("2026-11-21T01:00:00-05:00"),
            Step::DiskFull(false),
            Step::RunUntil("2026-11-21T01:01:00-05:00"),
            Step::Stored(BEDTIME, "2026-11-20", ReminderState::Fired),
            Step::Restart,
            Step::RunUntil("2026-11-21T01:50:00-05:00"),
        ],
        &[&bedtime_line("2026-11-20T23:50:00-05:00", "2026-11-20")],
    );
    // Snoozed at 23:55 for 10 minutes with the disk full: the snooze survives the midnight reload and
    // fires once at 00:05.
    check(
        "2026-11-20T23:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("23:50"))]),
        &[
            Step::DiskFull(true),
            Step::RunUntil("2026-11-20T23:55:00-05:00"),
            Step::Snooze(BEDTIME, "2026-11-20"),
            Step::RunUntil("2026-11-21T00:30:00-05:00"),
            Step::DiskFull(false),
            Step::RunUntil("2026-11-21T02:30:00-05:00"),
        ],
        &[
            &bedtime_line("2026-11-20T23:50:00-05:00", "2026-11-20"),
            "2026-11-20T23:55:00-05:00 snoozed bedtime-wind-down",
            &bedtime_line("2026-11-21T00:05:00-05:00", "2026-11-20"),
        ],
    );
}

/// Issue 15: snoozes of finished days leaked in the stored state for ever (a snooze held while the routine
/// was done, or of a reminder since switched off). They are dropped once they can never fire.
#[test]
fn snoozes_that_can_never_fire_are_pruned_from_the_stored_state() {
    let mut timeline = Timeline::new(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
    );
    timeline.step(Step::RunUntil("2026-11-20T22:01:00-05:00"));
    timeline.step(Step::Snooze(BEDTIME, "2026-11-20"));
    // Done before the snooze runs out: the snooze is held, never fires.
    timeline.step(Step::Done(BEDTIME, "2026-11-20"));
    let held = |timeline: &Timeline| {
        let value = timeline
            .store
            .lock()
            .setting(SettingKey::ReminderState)
            .unwrap()
            .unwrap();
        value["snoozes"].as_array().map_or(0, Vec::len)
    };
    timeline.step(Step::RunUntil("2026-11-20T22:05:00-05:00"));
    assert_eq!(held(&timeline), 1, "a live snooze is kept");
    timeline.step(Step::RunUntil("2026-11-21T02:00:00-05:00"));
    assert_eq!(
        held(&timeline),
        0,
        "a snooze past its grace period is dropped"
    );
    let log = timeline.log.lock().unwrap().clone();
    assert_eq!(log.len(), 2, "{log:?}");
}

/// What `limber import` writes: the person's own routine and a reminder for it at 22:00.
fn import_evening_routine(store: &Store) {
    let library = Library::builtin().unwrap();
    let mut own = library.routine(BEDTIME).unwrap().clone();
    own.id = "my-evening".into();
    own.name = "My evening".into();
    let at = instant("2026-11-20T20:00:00-05:00");
    // Stored in the routine-file form, as the app and the import store it.
    let custom = limber_core::routine::CustomRoutine {
        routine: own,
        based_on: Some(BEDTIME.into()),
    };
    let text = limber_core::library::routine_file::to_text(&custom);
    store
        .save_custom_routine("my-evening", &serde_json::from_str(&text).unwrap(), at)
        .unwrap();
    let setup = setup(&[("my-evening", fixed("22:00"))]);
    store.save_setting(&setup).unwrap();
}

fn evening_line(at: &str, day: &str) -> String {
    let library = Library::builtin().unwrap();
    let routine = library.routine(BEDTIME).unwrap();
    let minutes = limber_app::notice::whole_minutes(library.planned_duration_secs(routine));
    format!("{at} notify my-evening {day} | My evening: {minutes} minutes | Snooze 10 min")
}

/// Issue 15, fault 5: data imported while Limber runs was not picked up until a restart: imported routines
/// could not be started and imported reminders did nothing. Told over D-Bus, the running process reads it
/// at once; not told (no session bus), it notices the other process's commit at its next look.
#[test]
fn an_import_while_limber_runs_takes_effect_at_once() {
    check(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[]),
        &[
            Step::OutsideAndTold(import_evening_routine),
            Step::InLibrary("my-evening"),
            Step::RunUntil("2026-11-20T22:30:00-05:00"),
        ],
        &[&evening_line("2026-11-20T22:00:00-05:00", "2026-11-20")],
    );
    check(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[]),
        &[
            Step::Outside(import_evening_routine),
            Step::RunUntil("2026-11-20T21:02:00-05:00"),
            Step::InLibrary("my-evening"),
            Step::RunUntil("2026-11-20T22:30:00-05:00"),
        ],
        &[&evening_line("2026-11-20T22:00:00-05:00", "2026-11-20")],
    );
}

/// Issue 21: a wind-down done on the laptop at 22:40 silences this computer's 22:45 reminder once the
/// laptop's file has arrived in the shared folder, and counts here too. Without it, the reminder fires.
#[test]
fn a_routine_done_on_another_computer_silences_the_reminder_here() {
    let done_elsewhere = [
        Step::SyncFolder,
        Step::RunUntil("2026-11-20T22:40:00-05:00"),
        Step::DoneElsewhere(BEDTIME, "2026-11-20"),
        Step::RunUntil("2026-11-20T23:30:00-05:00"),
    ];
    check(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:45"))]),
        &done_elsewhere,
        &[],
    );
    // The file arrives a few seconds before the reminder is due: the look before deciding finds it.
    check(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:45"))]),
        &[
            Step::SyncFolder,
            Step::RunUntil("2026-11-20T22:44:59-05:00"),
            Step::DoneElsewhere(BEDTIME, "2026-11-20"),
            Step::RunUntil("2026-11-20T23:30:00-05:00"),
        ],
        &[],
    );
    check(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:45"))]),
        &[
            Step::SyncFolder,
            Step::RunUntil("2026-11-20T23:30:00-05:00"),
        ],
        &[&bedtime_line("2026-11-20T22:45:00-05:00", "2026-11-20")],
    );
    // And the session counts here: the status shows the routine done today.
    let mut timeline = Timeline::new(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:45"))]),
    );
    for step in done_elsewhere {
        timeline.step(step);
    }
    let sessions = timeline.store.lock().sessions().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].id, "laptop-bedtime-wind-down-2026-11-20");
}

/// What accepting a dose change to the built-in wind-down stores (issue 18): a personal copy that takes its
/// place, with the reminder moved to it, in one transaction.
fn copy_takes_over(store: &Store) {
    let library = Library::builtin().unwrap();
    let mut own = library.routine(BEDTIME).unwrap().clone();
    own.id = "my-bedtime-wind-down".into();
    own.name = "My bedtime wind-down".into();
    let custom = limber_core::routine::CustomRoutine {
        routine: own,
        based_on: Some(BEDTIME.into()),
    };
    let text = limber_core::library::routine_file::to_text(&custom);
    let setup = setup(&[("my-bedtime-wind-down", fixed("22:00"))]);
    store
        .save_routine_version(
            "my-bedtime-wind-down",
            &serde_json::from_str(&text).unwrap(),
            &[(SettingKey::Reminders, serde_json::to_value(&setup).unwrap())],
            Some(BEDTIME),
            instant("2026-11-20T20:00:00-05:00"),
        )
        .unwrap();
}

/// Issue 18: when a personal copy takes over a built-in routine's reminder after it fired, the copy's
/// reminder does not fire again that evening; taken over before, it fires once, for the copy.
#[test]
fn a_copy_that_takes_over_a_reminder_never_fires_it_twice() {
    check(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[
            Step::RunUntil("2026-11-20T22:05:00-05:00"),
            Step::OutsideAndTold(copy_takes_over),
            Step::InLibrary("my-bedtime-wind-down"),
            Step::RunUntil("2026-11-20T23:30:00-05:00"),
        ],
        &[&bedtime_line("2026-11-20T22:00:00-05:00", "2026-11-20")],
    );
    let library = Library::builtin().unwrap();
    let minutes = limber_app::notice::whole_minutes(
        library.planned_duration_secs(library.routine(BEDTIME).unwrap()),
    );
    check(
        "2026-11-20T21:00:00-05:00",
        New_York,
        setup(&[(BEDTIME, fixed("22:00"))]),
        &[
            Step::OutsideAndTold(copy_takes_over),
            Step::RunUntil("2026-11-20T23:30:00-05:00"),
        ],
        &[&format!(
            "2026-11-20T22:00:00-05:00 notify my-bedtime-wind-down 2026-11-20 | My bedtime wind-down: {minutes} minutes | Snooze 10 min"
        )],
    );
}
