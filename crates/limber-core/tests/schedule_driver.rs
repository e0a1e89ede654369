//! The reminder driver on a fake timeline: sleep and wake, clock corrections, time zone changes, nights that
//! cross daylight-saving changes, snooze, "pause today", quiet hours, done-today and first-use reminders.
//!
//! Each scenario is a list of steps and the log the driver must produce. The simulated driver behaves like the
//! shell's: it asks `due`, applies every decision to its ledger, and sleeps until `next_wake` or for at most 60 s.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

/// The default routine-day boundary (04:00), which every table here assumes unless a row says otherwise.
const BOUNDARY: chrono::NaiveTime = limber_core::day::DEFAULT_DAY_BOUNDARY;

use chrono::{DateTime, NaiveDate, NaiveTime, TimeDelta, Utc};
use chrono_tz::Tz;
use limber_core::schedule::{
    Agenda, DayOfWeek, Decision, DoneDay, FireCause, Occurrence, QuietHours, Reminder,
    ReminderLedger, ReminderSettings, TimeRule,
};

use chrono_tz::America::New_York;
use chrono_tz::Asia::Tokyo;
use chrono_tz::Australia::Lord_Howe;
use chrono_tz::Europe::London;

fn time(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").unwrap()
}

fn instant(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn fixed(at: &str) -> TimeRule {
    TimeRule::Fixed { time: time(at) }
}

fn settings(reminders: &[(&str, TimeRule)]) -> ReminderSettings {
    ReminderSettings {
        reminders: reminders
            .iter()
            .map(|(id, rule)| Reminder::every_day(*id, *rule))
            .collect(),
        ..ReminderSettings::default()
    }
}

fn with_quiet(mut settings: ReminderSettings, start: &str, end: &str) -> ReminderSettings {
    settings.quiet_hours = Some(QuietHours {
        start: time(start),
        end: time(end),
    });
    settings
}

/// One thing that happens on the timeline. Instants are RFC 3339 with the offset the user's clock shows.
#[derive(Clone, Copy)]
enum Step {
    /// The driver runs from one instant to another in a zone, waking every 60 s or sooner when asked to.
    Run(&'static str, &'static str, Tz),
    /// A single check at an instant: after a suspend, a clock correction or a time zone change.
    Check(&'static str, Tz),
    /// The user becomes active (unlock, wake, input).
    Activity(&'static str, Tz),
    /// The user snoozes the reminder that fired last, at an instant, for some minutes.
    Snooze(&'static str, u32),
    /// "Pause reminders today" for a scheduled day.
    Pause(&'static str),
    Resume,
    /// The user finished a routine for a scheduled day.
    Done(&'static str, &'static str),
}

/// The driver's state between steps, as the shell would persist it.
struct Timeline {
    settings: ReminderSettings,
    ledger: ReminderLedger,
    done: Vec<DoneDay>,
    last_check: Option<DateTime<Utc>>,
    last_fired: Option<Occurrence>,
    log: Vec<String>,
}

impl Timeline {
    fn new(settings: ReminderSettings) -> Self {
        Timeline {
            settings,
            ledger: ReminderLedger::default(),
            done: Vec::new(),
            last_check: None,
            last_fired: None,
            log: Vec::new(),
        }
    }

    fn record(&mut self, now: DateTime<Utc>, tz: Tz, decisions: Vec<Decision>) {
        for decision in decisions {
            let kind = match &decision {
                Decision::Fire { cause, .. } => match cause {
                    FireCause::Scheduled => "fire",
                    FireCause::Activity => "activity",
                    FireCause::Snooze => "snooze",
                },
                Decision::Missed { .. } => "missed",
            };
            let occurrence = decision.occurrence();
            self.log.push(format!(
                "{} {kind} {} {}",
                now.with_timezone(&tz).fixed_offset().to_rfc3339(),
                occurrence.routine_id,
                occurrence.day
            ));
            if let Decision::Fire { occurrence, .. } = &decision {
                self.last_fired = Some(occurrence.clone());
            }
            self.ledger.apply(&decision);
        }
    }

    fn check(&mut self, now: DateTime<Utc>, tz: Tz) {
        let agenda = Agenda::new(&self.settings, &self.ledger, &self.done, BOUNDARY);
        let decisions = agenda.due(self.last_check.unwrap_or(now), now, tz);
        self.record(now, tz, decisions);
        self.last_check = Some(now);
    }

    fn step(&mut self, step: Step) {
        match step {
            Step::Run(from, to, tz) => {
                let (mut now, to) = (instant(from), instant(to));
                while now <= to {
                    self.check(now, tz);
                    let wake = Agenda::new(&self.settings, &self.ledger, &self.done, BOUNDARY)
                        .next_wake(now, tz);
                    // After applying every decision nothing is due, so the driver must never be told to spin.
                    if let Some(wake) = wake {
                        assert!(wake > now, "next_wake {wake} is not after {now}");
                    }
                    let cap = now + TimeDelta::seconds(60);
                    now = wake.map_or(cap, |wake| wake.min(cap));
                }
            }
            Step::Check(at, tz) => self.check(instant(at), tz),
            Step::Activity(at, tz) => {
                let now = instant(at);
                let agenda = Agenda::new(&self.settings, &self.ledger, &self.done, BOUNDARY);
                let decisions = agenda.on_activity(now, tz);
                // As the shell's driver does: the activity is remembered, so quiet hours only hold it.
                self.ledger.note_activity(now);
                self.record(now, tz, decisions);
            }
            Step::Snooze(at, minutes) => {
                let occurrence = self.last_fired.clone().expect("nothing fired to snooze");
                self.ledger.snooze(&occurrence, instant(at), minutes);
            }
            Step::Pause(day) => self.ledger.pause(date(day)),
            Step::Resume => self.ledger.resume(),
            Step::Done(routine_id, day) => self.done.push(DoneDay {
                routine_id: routine_id.into(),
                day: date(day),
            }),
        }
    }
}

/// Plays the steps and compares the driver's whole log with the expected one.
fn check(name: &str, settings: ReminderSettings, steps: &[Step], expected: &[&str]) {
    let mut timeline = Timeline::new(settings);
    for step in steps {
        timeline.step(*step);
    }
    assert_eq!(timeline.log, expected, "scenario: {name}");
}

use Step::{Activity, Check, Done, Pause, Resume, Run, Snooze};

#[test]
fn schedule_driver_sleep_and_wake() {
    let morning = || settings(&[("morning", fixed("07:00"))]);
    let rows: &[(&str, &[Step], &[&str])] = &[
        (
            "a 3 h suspend that ends 1 h after the reminder delivers it on wake",
            &[
                Check("2024-06-10T05:00:00-04:00", New_York),
                Check("2024-06-10T08:00:00-04:00", New_York),
            ],
            &["2024-06-10T08:00:00-04:00 fire morning 2024-06-10"],
        ),
        (
            "exactly the grace period late still fires",
            &[
                Check("2024-06-10T06:00:00-04:00", New_York),
                Check("2024-06-10T09:00:00-04:00", New_York),
            ],
            &["2024-06-10T09:00:00-04:00 fire morning 2024-06-10"],
        ),
        (
            "a 3 h suspend that ends 2.5 h after the reminder records it as missed",
            &[
                Check("2024-06-10T06:30:00-04:00", New_York),
                Check("2024-06-10T09:30:00-04:00", New_York),
            ],
            &["2024-06-10T09:30:00-04:00 missed morning 2024-06-10"],
        ),
        (
            "after a missed day the next day fires as usual",
            &[
                Check("2024-06-10T06:30:00-04:00", New_York),
                Check("2024-06-10T09:30:00-04:00", New_York),
                Run(
                    "2024-06-11T06:58:00-04:00",
                    "2024-06-11T07:05:00-04:00",
                    New_York,
                ),
            ],
            &[
                "2024-06-10T09:30:00-04:00 missed morning 2024-06-10",
                "2024-06-11T07:00:00-04:00 fire morning 2024-06-11",
            ],
        ),
        (
            "three days shut: two days missed, the third delivered",
            &[
                Check("2024-06-10T20:00:00-04:00", New_York),
                Check("2024-06-13T07:30:00-04:00", New_York),
            ],
            &[
                "2024-06-13T07:30:00-04:00 missed morning 2024-06-11",
                "2024-06-13T07:30:00-04:00 missed morning 2024-06-12",
                "2024-06-13T07:30:00-04:00 fire morning 2024-06-13",
            ],
        ),
        (
            "ten days shut: only the last week is recorded",
            &[
                Check("2024-06-01T20:00:00-04:00", New_York),
                Check("2024-06-11T08:00:00-04:00", New_York),
            ],
            &[
                "2024-06-11T08:00:00-04:00 missed morning 2024-06-05",
                "2024-06-11T08:00:00-04:00 missed morning 2024-06-06",
                "2024-06-11T08:00:00-04:00 missed morning 2024-06-07",
                "2024-06-11T08:00:00-04:00 missed morning 2024-06-08",
                "2024-06-11T08:00:00-04:00 missed morning 2024-06-09",
                "2024-06-11T08:00:00-04:00 missed morning 2024-06-10",
                "2024-06-11T08:00:00-04:00 fire morning 2024-06-11",
            ],
        ),
        (
            "the first check ever, half an hour after the reminder, delivers it",
            &[Check("2024-06-10T07:30:00-04:00", New_York)],
            &["2024-06-10T07:30:00-04:00 fire morning 2024-06-10"],
        ),
        (
            "the first check ever, long after the reminder, records nothing from before",
            &[Check("2024-06-10T10:00:00-04:00", New_York)],
            &[],
        ),
    ];
    for (name, steps, expected) in rows {
        check(name, morning(), steps, expected);
    }
}

#[test]
fn schedule_driver_clock_corrections_and_zone_changes() {
    let morning = || settings(&[("morning", fixed("07:00"))]);
    let rows: &[(&str, &[Step], &[&str])] = &[
        (
            "the clock is set back an hour after the reminder fired: no second fire",
            &[
                Run("2024-06-10T06:50:00-04:00", "2024-06-10T07:10:00-04:00", New_York),
                Run("2024-06-10T06:30:00-04:00", "2024-06-10T07:30:00-04:00", New_York),
            ],
            &["2024-06-10T07:00:00-04:00 fire morning 2024-06-10"],
        ),
        (
            "the clock is set back a whole day: neither day fires again",
            &[
                Run("2024-06-10T06:50:00-04:00", "2024-06-10T07:10:00-04:00", New_York),
                Run("2024-06-11T06:50:00-04:00", "2024-06-11T07:10:00-04:00", New_York),
                Run("2024-06-10T06:55:00-04:00", "2024-06-10T07:10:00-04:00", New_York),
            ],
            &[
                "2024-06-10T07:00:00-04:00 fire morning 2024-06-10",
                "2024-06-11T07:00:00-04:00 fire morning 2024-06-11",
            ],
        ),
        (
            "London to New York while awake: the day that fired in London does not fire again in New York",
            &[
                Run("2024-06-10T06:50:00+01:00", "2024-06-10T07:05:00+01:00", London),
                Run("2024-06-10T02:06:00-04:00", "2024-06-10T08:00:00-04:00", New_York),
                Run("2024-06-11T06:50:00-04:00", "2024-06-11T07:05:00-04:00", New_York),
            ],
            &[
                "2024-06-10T07:00:00+01:00 fire morning 2024-06-10",
                "2024-06-11T07:00:00-04:00 fire morning 2024-06-11",
            ],
        ),
        (
            "New York to Tokyo while awake, landing past the grace period: the jumped day is recorded as missed",
            &[
                Run("2024-06-10T06:50:00-04:00", "2024-06-10T07:05:00-04:00", New_York),
                Check("2024-06-10T22:00:00-04:00", New_York),
                Check("2024-06-11T11:01:00+09:00", Tokyo),
                Run("2024-06-12T06:50:00+09:00", "2024-06-12T07:05:00+09:00", Tokyo),
            ],
            &[
                "2024-06-10T07:00:00-04:00 fire morning 2024-06-10",
                "2024-06-11T11:01:00+09:00 missed morning 2024-06-11",
                "2024-06-12T07:00:00+09:00 fire morning 2024-06-12",
            ],
        ),
        (
            "New York to Tokyo while awake, landing within the grace period: the jumped day is delivered",
            &[
                Run("2024-06-10T06:50:00-04:00", "2024-06-10T07:05:00-04:00", New_York),
                Check("2024-06-10T18:30:00-04:00", New_York),
                Check("2024-06-11T07:31:00+09:00", Tokyo),
            ],
            &[
                "2024-06-10T07:00:00-04:00 fire morning 2024-06-10",
                "2024-06-11T07:31:00+09:00 fire morning 2024-06-11",
            ],
        ),
        (
            "New York to London overnight: London's morning comes first and fires once",
            &[
                Run("2024-06-10T06:50:00-04:00", "2024-06-10T07:05:00-04:00", New_York),
                Check("2024-06-10T23:00:00-04:00", New_York),
                Run("2024-06-11T04:01:00+01:00", "2024-06-11T12:00:00+01:00", London),
                Run("2024-06-11T07:00:00-04:00", "2024-06-11T08:00:00-04:00", New_York),
            ],
            &[
                "2024-06-10T07:00:00-04:00 fire morning 2024-06-10",
                "2024-06-11T07:00:00+01:00 fire morning 2024-06-11",
            ],
        ),
    ];
    for (name, steps, expected) in rows {
        check(name, morning(), steps, expected);
    }
}

#[test]
fn schedule_driver_nights_across_daylight_saving_changes() {
    let rows: &[(&str, ReminderSettings, &[Step], &[&str])] = &[
        (
            "New York spring forward: before, inside and after the gap, and a bedtime reminder in it",
            settings(&[
                ("a", fixed("01:30")),
                ("b", fixed("02:30")),
                ("c", fixed("03:30")),
                (
                    "bed",
                    TimeRule::Bedtime {
                        bedtime: time("03:00"),
                        lead_minutes: 30,
                    },
                ),
            ]),
            &[Run("2024-03-09T23:00:00-05:00", "2024-03-10T05:00:00-04:00", New_York)],
            // Times before the 04:00 day boundary belong to the evening before (issue 15, fault 1).
            &[
                "2024-03-10T01:30:00-05:00 fire a 2024-03-09",
                "2024-03-10T03:00:00-04:00 fire b 2024-03-09",
                "2024-03-10T03:00:00-04:00 fire bed 2024-03-09",
                "2024-03-10T03:30:00-04:00 fire c 2024-03-09",
            ],
        ),
        (
            "New York fall back: the repeated hour fires once, on its first pass",
            settings(&[("a", fixed("01:30")), ("b", fixed("01:00")), ("c", fixed("02:00"))]),
            &[Run("2024-11-03T00:00:00-04:00", "2024-11-03T03:00:00-05:00", New_York)],
            &[
                "2024-11-03T01:00:00-04:00 fire b 2024-11-02",
                "2024-11-03T01:30:00-04:00 fire a 2024-11-02",
                "2024-11-03T02:00:00-05:00 fire c 2024-11-02",
            ],
        ),
        (
            "London spring forward",
            settings(&[("a", fixed("01:30"))]),
            &[Run("2024-03-31T00:00:00+00:00", "2024-03-31T04:00:00+01:00", London)],
            &["2024-03-31T02:00:00+01:00 fire a 2024-03-30"],
        ),
        (
            "London fall back",
            settings(&[("a", fixed("01:30"))]),
            &[Run("2024-10-27T00:00:00+01:00", "2024-10-27T03:00:00+00:00", London)],
            &["2024-10-27T01:30:00+01:00 fire a 2024-10-26"],
        ),
        (
            "Lord Howe's half-hour fall back: 01:45 happens twice and fires once",
            settings(&[("a", fixed("02:15")), ("b", fixed("01:45"))]),
            &[Run("2024-04-07T00:00:00+11:00", "2024-04-07T03:00:00+10:30", Lord_Howe)],
            &["2024-04-07T01:45:00+11:00 fire b 2024-04-06", "2024-04-07T02:15:00+10:30 fire a 2024-04-06"],
        ),
        (
            "Lord Howe's half-hour spring forward: 02:15 does not exist and fires at 02:30",
            settings(&[("a", fixed("02:15")), ("b", fixed("01:45"))]),
            &[Run("2024-10-06T00:00:00+10:30", "2024-10-06T04:00:00+11:00", Lord_Howe)],
            &["2024-10-06T01:45:00+10:30 fire b 2024-10-05", "2024-10-06T02:30:00+11:00 fire a 2024-10-05"],
        ),
    ];
    for (name, settings, steps, expected) in rows {
        check(name, settings.clone(), steps, expected);
    }
}

#[test]
fn schedule_driver_snooze_pause_done_and_quiet_hours() {
    let morning = || settings(&[("morning", fixed("07:00"))]);
    let night = || with_quiet(morning(), "22:00", "07:00");
    let rows: &[(&str, ReminderSettings, &[Step], &[&str])] = &[
        (
            "each snooze fires exactly once",
            morning(),
            &[
                Run("2024-06-10T06:59:00-04:00", "2024-06-10T07:01:00-04:00", New_York),
                Snooze("2024-06-10T07:01:00-04:00", 10),
                Run("2024-06-10T07:01:00-04:00", "2024-06-10T07:12:00-04:00", New_York),
                Snooze("2024-06-10T07:12:00-04:00", 5),
                Run("2024-06-10T07:12:00-04:00", "2024-06-10T08:00:00-04:00", New_York),
            ],
            &[
                "2024-06-10T07:00:00-04:00 fire morning 2024-06-10",
                "2024-06-10T07:11:00-04:00 snooze morning 2024-06-10",
                "2024-06-10T07:17:00-04:00 snooze morning 2024-06-10",
            ],
        ),
        (
            "a snooze that fired does not fire again when the clock is set back",
            morning(),
            &[
                Run("2024-06-10T06:59:00-04:00", "2024-06-10T07:01:00-04:00", New_York),
                Snooze("2024-06-10T07:01:00-04:00", 10),
                Run("2024-06-10T07:01:00-04:00", "2024-06-10T07:12:00-04:00", New_York),
                Run("2024-06-10T07:05:00-04:00", "2024-06-10T07:30:00-04:00", New_York),
            ],
            &[
                "2024-06-10T07:00:00-04:00 fire morning 2024-06-10",
                "2024-06-10T07:11:00-04:00 snooze morning 2024-06-10",
            ],
        ),
        (
            "a snooze slept through past the grace period is missed, not sent",
            morning(),
            &[
                Run("2024-06-10T06:59:00-04:00", "2024-06-10T07:01:00-04:00", New_York),
                Snooze("2024-06-10T07:01:00-04:00", 10),
                Check("2024-06-10T07:05:00-04:00", New_York),
                Check("2024-06-10T09:30:00-04:00", New_York),
                Run("2024-06-10T09:30:00-04:00", "2024-06-10T10:00:00-04:00", New_York),
            ],
            &[
                "2024-06-10T07:00:00-04:00 fire morning 2024-06-10",
                "2024-06-10T09:30:00-04:00 missed morning 2024-06-10",
            ],
        ),
        (
            "a snoozed routine done in the meantime is not reminded again",
            morning(),
            &[
                Run("2024-06-10T06:59:00-04:00", "2024-06-10T07:01:00-04:00", New_York),
                Snooze("2024-06-10T07:01:00-04:00", 10),
                Done("morning", "2024-06-10"),
                Run("2024-06-10T07:01:00-04:00", "2024-06-10T08:00:00-04:00", New_York),
            ],
            &["2024-06-10T07:00:00-04:00 fire morning 2024-06-10"],
        ),
        (
            "pause today: nothing fires and nothing is missed; tomorrow fires",
            morning(),
            &[
                Pause("2024-06-10"),
                Run("2024-06-10T06:50:00-04:00", "2024-06-10T12:00:00-04:00", New_York),
                Run("2024-06-11T06:50:00-04:00", "2024-06-11T07:05:00-04:00", New_York),
            ],
            &["2024-06-11T07:00:00-04:00 fire morning 2024-06-11"],
        ),
        (
            "resuming within the grace period delivers the held reminder",
            morning(),
            &[
                Pause("2024-06-10"),
                Run("2024-06-10T06:50:00-04:00", "2024-06-10T07:20:00-04:00", New_York),
                Resume,
                Check("2024-06-10T07:21:00-04:00", New_York),
            ],
            &["2024-06-10T07:21:00-04:00 fire morning 2024-06-10"],
        ),
        (
            "done today: no reminder, nothing missed; tomorrow fires",
            morning(),
            &[
                Done("morning", "2024-06-10"),
                Run("2024-06-10T06:50:00-04:00", "2024-06-10T12:00:00-04:00", New_York),
                Run("2024-06-11T06:50:00-04:00", "2024-06-11T07:05:00-04:00", New_York),
            ],
            &["2024-06-11T07:00:00-04:00 fire morning 2024-06-11"],
        ),
        (
            "a bedtime after midnight done on its evening is not reminded",
            settings(&[("bed", TimeRule::bedtime(time("00:15")))]),
            &[
                Done("bed", "2024-06-09"),
                Run("2024-06-09T23:00:00-04:00", "2024-06-10T01:00:00-04:00", New_York),
                Run("2024-06-10T23:30:00-04:00", "2024-06-11T00:00:00-04:00", New_York),
            ],
            &["2024-06-10T23:45:00-04:00 fire bed 2024-06-10"],
        ),
        (
            "quiet hours until 07:00 defer a 06:30 reminder to 07:00",
            with_quiet(settings(&[("morning", fixed("06:30"))]), "22:00", "07:00"),
            &[Run("2024-06-10T06:00:00-04:00", "2024-06-10T08:00:00-04:00", New_York)],
            &["2024-06-10T07:00:00-04:00 fire morning 2024-06-10"],
        ),
        (
            "a 22:30 bedtime reminder inside quiet hours from 22:00 is missed when its grace runs out",
            with_quiet(settings(&[("bed", TimeRule::bedtime(time("23:00")))]), "22:00", "07:00"),
            &[Run("2024-06-10T21:00:00-04:00", "2024-06-11T08:00:00-04:00", New_York)],
            &["2024-06-11T00:30:01-04:00 missed bed 2024-06-10"],
        ),
        (
            "a 21:50 reminder slept through until 22:10 is held by quiet hours, then missed",
            with_quiet(settings(&[("evening", fixed("21:50"))]), "22:00", "07:00"),
            &[
                Check("2024-06-10T21:40:00-04:00", New_York),
                Run("2024-06-10T22:10:00-04:00", "2024-06-11T01:00:00-04:00", New_York),
            ],
            &["2024-06-10T23:50:01-04:00 missed evening 2024-06-10"],
        ),
        (
            "daytime quiet hours: a 13:00 reminder fires when they end at 14:00",
            with_quiet(settings(&[("noon", fixed("13:00"))]), "12:00", "14:00"),
            &[Run("2024-06-10T11:00:00-04:00", "2024-06-10T15:00:00-04:00", New_York)],
            &["2024-06-10T14:00:00-04:00 fire noon 2024-06-10"],
        ),
        (
            "quiet hours that end in the repeated hour release on the first pass, once",
            with_quiet(settings(&[("early", fixed("00:30"))]), "00:00", "01:30"),
            &[Run("2024-11-03T00:00:00-04:00", "2024-11-03T03:00:00-05:00", New_York)],
            &["2024-11-03T01:30:00-04:00 fire early 2024-11-02"],
        ),
        (
            "quiet hours from 22:00 defer nothing outside them",
            night(),
            &[Run("2024-06-10T06:50:00-04:00", "2024-06-10T07:05:00-04:00", New_York)],
            &["2024-06-10T07:00:00-04:00 fire morning 2024-06-10"],
        ),
    ];
    for (name, settings, steps, expected) in rows {
        check(name, settings.clone(), steps, expected);
    }
}

/// Issue 15, fault 1: a set-time reminder after midnight belongs to the routine day before (boundary 04:00),
/// like done, pause and streaks. "00:30, Monday to Friday" reminds on Monday to Friday nights.
#[test]
fn schedule_driver_times_after_midnight_belong_to_the_evening() {
    let weeknights = || {
        let mut settings = settings(&[("wind-down", fixed("00:30"))]);
        settings.reminders[0].days = vec![
            DayOfWeek::Monday,
            DayOfWeek::Tuesday,
            DayOfWeek::Wednesday,
            DayOfWeek::Thursday,
            DayOfWeek::Friday,
        ];
        settings
    };
    // 2024-06-09 is a Sunday.
    let rows: &[(&str, ReminderSettings, &[Step], &[&str])] = &[
        (
            "a week of nights: Sunday night's Monday 00:30 stays quiet, Friday night's Saturday 00:30 fires",
            weeknights(),
            &[Run(
                "2024-06-09T22:00:00-04:00",
                "2024-06-16T02:00:00-04:00",
                New_York,
            )],
            &[
                "2024-06-11T00:30:00-04:00 fire wind-down 2024-06-10",
                "2024-06-12T00:30:00-04:00 fire wind-down 2024-06-11",
                "2024-06-13T00:30:00-04:00 fire wind-down 2024-06-12",
                "2024-06-14T00:30:00-04:00 fire wind-down 2024-06-13",
                "2024-06-15T00:30:00-04:00 fire wind-down 2024-06-14",
            ],
        ),
        (
            "done at 23:10 on Monday: no reminder at 00:30 on Tuesday",
            weeknights(),
            &[
                Run(
                    "2024-06-10T22:00:00-04:00",
                    "2024-06-10T23:10:00-04:00",
                    New_York,
                ),
                Done("wind-down", "2024-06-10"),
                Run(
                    "2024-06-10T23:10:00-04:00",
                    "2024-06-11T04:30:00-04:00",
                    New_York,
                ),
            ],
            &[],
        ),
        (
            "paused on Monday evening: Tuesday 00:30 stays quiet, Wednesday 00:30 fires",
            weeknights(),
            &[
                Pause("2024-06-10"),
                Run(
                    "2024-06-10T22:00:00-04:00",
                    "2024-06-12T01:00:00-04:00",
                    New_York,
                ),
            ],
            &["2024-06-12T00:30:00-04:00 fire wind-down 2024-06-11"],
        ),
    ];
    for (name, settings, steps, expected) in rows {
        check(name, settings.clone(), steps, expected);
    }
}

#[test]
fn schedule_driver_first_use_reminders() {
    let first_use = || {
        settings(&[(
            "morning",
            TimeRule::FirstUseAfter {
                not_before: time("06:00"),
            },
        )])
    };
    let rows: &[(&str, ReminderSettings, &[Step], &[&str])] = &[
        (
            "fires on the first activity at or after 06:00, once",
            first_use(),
            &[
                Activity("2024-06-10T05:30:00-04:00", New_York),
                Run(
                    "2024-06-10T05:50:00-04:00",
                    "2024-06-10T06:30:00-04:00",
                    New_York,
                ),
                Activity("2024-06-10T06:40:00-04:00", New_York),
                Activity("2024-06-10T06:41:00-04:00", New_York),
                Activity("2024-06-10T21:00:00-04:00", New_York),
            ],
            &["2024-06-10T06:40:00-04:00 activity morning 2024-06-10"],
        ),
        (
            "activity exactly at 06:00 counts",
            first_use(),
            &[Activity("2024-06-10T06:00:00-04:00", New_York)],
            &["2024-06-10T06:00:00-04:00 activity morning 2024-06-10"],
        ),
        (
            "a day without activity is recorded as missed when it ends",
            first_use(),
            &[
                Activity("2024-06-10T06:40:00-04:00", New_York),
                Run(
                    "2024-06-10T23:58:00-04:00",
                    "2024-06-11T00:02:00-04:00",
                    New_York,
                ),
                Run(
                    "2024-06-11T23:58:00-04:00",
                    "2024-06-12T00:02:00-04:00",
                    New_York,
                ),
                Activity("2024-06-12T00:10:00-04:00", New_York),
                Activity("2024-06-12T06:10:00-04:00", New_York),
            ],
            &[
                "2024-06-10T06:40:00-04:00 activity morning 2024-06-10",
                "2024-06-12T00:00:00-04:00 missed morning 2024-06-11",
                "2024-06-12T06:10:00-04:00 activity morning 2024-06-12",
            ],
        ),
        (
            "activity inside quiet hours does not fire; the first after them does",
            with_quiet(first_use(), "22:00", "07:00"),
            &[
                Activity("2024-06-10T06:30:00-04:00", New_York),
                Activity("2024-06-10T07:05:00-04:00", New_York),
            ],
            &["2024-06-10T07:05:00-04:00 activity morning 2024-06-10"],
        ),
        // Issue 15, fault 2: activity during quiet hours was thrown away, so a person who unlocked at 06:30 and
        // kept working never got "first use after 06:00" with quiet hours until 07:00.
        (
            "activity inside quiet hours counts once they end",
            with_quiet(first_use(), "22:00", "07:00"),
            &[
                Activity("2024-06-10T06:30:00-04:00", New_York),
                Run(
                    "2024-06-10T06:30:00-04:00",
                    "2024-06-10T07:30:00-04:00",
                    New_York,
                ),
            ],
            &["2024-06-10T07:00:00-04:00 activity morning 2024-06-10"],
        ),
        (
            "activity inside quiet hours, then the routine done before they end: nothing",
            with_quiet(first_use(), "22:00", "07:00"),
            &[
                Activity("2024-06-10T06:30:00-04:00", New_York),
                Run(
                    "2024-06-10T06:30:00-04:00",
                    "2024-06-10T06:50:00-04:00",
                    New_York,
                ),
                Done("morning", "2024-06-10"),
                Run(
                    "2024-06-10T06:50:00-04:00",
                    "2024-06-11T00:30:00-04:00",
                    New_York,
                ),
            ],
            &[],
        ),
        (
            "activity before the reminder's time does not count for it, even in quiet hours",
            with_quiet(first_use(), "22:00", "07:00"),
            &[
                Activity("2024-06-10T05:30:00-04:00", New_York),
                Run(
                    "2024-06-10T05:30:00-04:00",
                    "2024-06-10T08:00:00-04:00",
                    New_York,
                ),
            ],
            &[],
        ),
        (
            "done before any activity: no reminder, nothing missed",
            first_use(),
            &[
                Done("morning", "2024-06-10"),
                Activity("2024-06-10T06:30:00-04:00", New_York),
                Run(
                    "2024-06-10T23:58:00-04:00",
                    "2024-06-11T00:02:00-04:00",
                    New_York,
                ),
            ],
            &[],
        ),
        (
            "a first-use reminder can be snoozed like any other",
            first_use(),
            &[
                Activity("2024-06-10T06:30:00-04:00", New_York),
                Snooze("2024-06-10T06:31:00-04:00", 15),
                Run(
                    "2024-06-10T06:31:00-04:00",
                    "2024-06-10T07:00:00-04:00",
                    New_York,
                ),
            ],
            &[
                "2024-06-10T06:30:00-04:00 activity morning 2024-06-10",
                "2024-06-10T06:46:00-04:00 snooze morning 2024-06-10",
            ],
        ),
    ];
    for (name, settings, steps, expected) in rows {
        check(name, settings.clone(), steps, expected);
    }
}

/// A ledger change made before asking when to wake.
#[derive(Clone, Copy)]
enum Given {
    Nothing,
    Fired(&'static str, &'static str),
    Done(&'static str, &'static str),
    Paused(&'static str),
    Snoozed(&'static str, &'static str, &'static str, u32),
}

fn check_wake(
    settings: &ReminderSettings,
    given: Given,
    now: &str,
    tz: Tz,
    expected: Option<&str>,
) {
    let mut ledger = ReminderLedger::default();
    let mut done = Vec::new();
    let occurrence = |routine_id: &str, day: &str| {
        let reminder = settings.reminder(routine_id).unwrap();
        reminder.occurrence_on(date(day), tz, BOUNDARY).unwrap()
    };
    match given {
        Given::Nothing => {}
        Given::Fired(routine_id, day) => ledger.apply(&Decision::Fire {
            occurrence: occurrence(routine_id, day),
            cause: FireCause::Scheduled,
        }),
        Given::Done(routine_id, day) => done.push(DoneDay {
            routine_id: routine_id.into(),
            day: date(day),
        }),
        Given::Paused(day) => ledger.pause(date(day)),
        Given::Snoozed(routine_id, day, at, minutes) => {
            ledger.snooze(&occurrence(routine_id, day), instant(at), minutes)
        }
    }
    let wake = Agenda::new(settings, &ledger, &done, BOUNDARY).next_wake(instant(now), tz);
    let wake = wake.map(|wake| wake.with_timezone(&tz).fixed_offset().to_rfc3339());
    let expected = expected.map(|text| DateTime::parse_from_rfc3339(text).unwrap().to_rfc3339());
    assert_eq!(
        wake,
        expected,
        "{given_now} with {settings:?}",
        given_now = now
    );
}

#[test]
fn schedule_next_wake() {
    let morning = settings(&[("morning", fixed("07:00"))]);
    let quiet_morning = with_quiet(settings(&[("morning", fixed("06:30"))]), "22:00", "07:00");
    let quiet_bed = with_quiet(
        settings(&[("bed", TimeRule::bedtime(time("23:00")))]),
        "22:00",
        "07:00",
    );
    let first_use = settings(&[(
        "morning",
        TimeRule::FirstUseAfter {
            not_before: time("06:00"),
        },
    )]);
    let gap = settings(&[("morning", fixed("02:30"))]);
    let two = settings(&[
        ("morning", fixed("07:00")),
        ("bed", TimeRule::bedtime(time("22:30"))),
    ]);
    let rows: &[(&ReminderSettings, Given, &str, Option<&str>)] = &[
        (
            &morning,
            Given::Nothing,
            "2024-06-10T06:00:00-04:00",
            Some("2024-06-10T07:00:00-04:00"),
        ),
        // Due already (within grace, not yet applied): wake now.
        (
            &morning,
            Given::Nothing,
            "2024-06-10T07:30:00-04:00",
            Some("2024-06-10T07:30:00-04:00"),
        ),
        (
            &morning,
            Given::Fired("morning", "2024-06-10"),
            "2024-06-10T07:30:00-04:00",
            Some("2024-06-11T07:00:00-04:00"),
        ),
        (
            &morning,
            Given::Done("morning", "2024-06-10"),
            "2024-06-10T06:00:00-04:00",
            Some("2024-06-11T07:00:00-04:00"),
        ),
        (
            &morning,
            Given::Paused("2024-06-10"),
            "2024-06-10T06:00:00-04:00",
            Some("2024-06-11T07:00:00-04:00"),
        ),
        (
            &morning,
            Given::Snoozed("morning", "2024-06-10", "2024-06-10T07:01:00-04:00", 10),
            "2024-06-10T07:02:00-04:00",
            Some("2024-06-10T07:11:00-04:00"),
        ),
        (
            &two,
            Given::Fired("morning", "2024-06-10"),
            "2024-06-10T08:00:00-04:00",
            Some("2024-06-10T22:00:00-04:00"),
        ),
        // Quiet hours move the wake to their end, or to the moment the reminder turns missed.
        (
            &quiet_morning,
            Given::Nothing,
            "2024-06-10T05:00:00-04:00",
            Some("2024-06-10T07:00:00-04:00"),
        ),
        (
            &quiet_bed,
            Given::Nothing,
            "2024-06-10T21:00:00-04:00",
            Some("2024-06-11T00:30:01-04:00"),
        ),
        // The gap: 02:30 does not exist on 10 March 2024 in New York, so wake at 03:00 EDT.
        (
            &gap,
            Given::Nothing,
            "2024-03-10T01:00:00-05:00",
            Some("2024-03-10T03:00:00-04:00"),
        ),
        // First-use reminders wait for activity, not a timer.
        (
            &first_use,
            Given::Nothing,
            "2024-06-10T05:00:00-04:00",
            None,
        ),
        (
            &ReminderSettings::default(),
            Given::Nothing,
            "2024-06-10T05:00:00-04:00",
            None,
        ),
    ];
    for (settings, given, now, expected) in rows {
        check_wake(settings, *given, now, New_York, *expected);
    }
}
