//! A routine's dose history (issue 18): which answer spaces the next suggestion, what "undo" takes back,
//! and which dose each session used, derived from when it started.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use chrono::{DateTime, NaiveDate, Utc};
use limber_core::dose_history::{DoseLog, DoseLogError, DoseVersion, VersionKind};
use limber_core::exercise::RangeField;
use limber_core::progression::{Answer, Change};
use proptest::prelude::*;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn hold(item: usize, exercise: &str, from: u32, to: u32) -> Change {
    Change {
        item,
        exercise: exercise.to_owned(),
        field: RangeField::HoldSecs,
        from,
        to,
    }
}

fn reps(item: usize, exercise: &str, from: u32, to: u32) -> Change {
    Change {
        field: RangeField::Reps,
        ..hold(item, exercise, from, to)
    }
}

/// A log from `(kind, instant, change)` rows, each on the instant's UTC day.
fn log(rows: &[(VersionKind, &str, Change)]) -> DoseLog {
    DoseLog {
        versions: rows
            .iter()
            .map(|(kind, since, change)| DoseVersion {
                since: at(since),
                day: at(since).date_naive(),
                kind: *kind,
                change: change.clone(),
            })
            .collect(),
        ..DoseLog::default()
    }
}

#[test]
fn the_last_answered_offer_spaces_the_next_suggestion() {
    fn check(log: &DoseLog, expected: Option<(&str, Answer, u32)>) {
        let got = log.last_offer().map(|o| (o.day, o.answer, o.change.to));
        let expected = expected.map(|(day, answer, to)| (date(day), answer, to));
        assert_eq!(got, expected, "{log:?}");
    }
    let knee = "knee-to-chest";
    check(&DoseLog::default(), None);
    let accepted = log(&[(
        VersionKind::StepUp,
        "2026-11-02T21:00:00Z",
        hold(1, knee, 20, 25),
    )]);
    check(&accepted, Some(("2026-11-02", Answer::Accepted, 25)));
    // A later decline is the last answer.
    let mut declined_later = accepted.clone();
    declined_later.decline(hold(1, knee, 25, 30), date("2026-11-10"));
    check(&declined_later, Some(("2026-11-10", Answer::Declined, 30)));
    // On the same day the acceptance counts (it made the change that `take_back` looks for).
    let mut same_day = accepted.clone();
    same_day.decline(hold(1, knee, 25, 30), date("2026-11-02"));
    check(&same_day, Some(("2026-11-02", Answer::Accepted, 25)));
    // An undo is not an answer: the accepted change before it still spaces the next offer.
    let mut undone = accepted.clone();
    undone.undo(at("2026-11-04T07:00:00Z"), date("2026-11-04"));
    check(&undone, Some(("2026-11-02", Answer::Accepted, 25)));
    // A decline alone.
    let mut only_declined = DoseLog::default();
    only_declined.decline(reps(0, "cat-cow", 6, 7), date("2026-10-01"));
    check(&only_declined, Some(("2026-10-01", Answer::Declined, 7)));
}

#[test]
fn undo_takes_back_the_latest_change_once() {
    let knee = "knee-to-chest";
    let mut log = DoseLog::default();
    assert_eq!(
        log.undo(at("2026-11-01T08:00:00Z"), date("2026-11-01")),
        None
    );
    log.accept(
        hold(1, knee, 20, 25),
        at("2026-11-02T21:00:00Z"),
        date("2026-11-02"),
    );
    assert_eq!(log.versions[0].kind, VersionKind::StepUp);
    log.accept(
        reps(0, "cat-cow", 6, 5),
        at("2026-11-09T21:00:00Z"),
        date("2026-11-09"),
    );
    assert_eq!(log.versions[1].kind, VersionKind::StepDown);
    assert_eq!(log.undoable().map(|v| v.change.to), Some(5));
    let undo = log.undo(at("2026-11-09T21:05:00Z"), date("2026-11-09"));
    assert_eq!(undo, Some(reps(0, "cat-cow", 5, 6)));
    assert_eq!(log.versions.last().map(|v| v.kind), Some(VersionKind::Undo));
    // An undo is not undone, and the change before it stays.
    assert_eq!(log.undoable(), None);
    assert_eq!(
        log.undo(at("2026-11-09T21:06:00Z"), date("2026-11-09")),
        None
    );
    assert_eq!(log.versions.len(), 3);
}

#[test]
fn a_clock_set_back_still_gives_a_history_in_order() {
    let mut log = DoseLog::default();
    log.accept(
        hold(1, "knee-to-chest", 20, 25),
        at("2026-11-02T21:00:00Z"),
        date("2026-11-02"),
    );
    log.undo(at("2026-10-01T00:00:00Z"), date("2026-10-01"));
    assert_eq!(log.versions[1].since, at("2026-11-02T21:00:00Z"));
    assert_eq!(log.versions[1].day, date("2026-11-02"));
    assert_eq!(log.check(), Ok(()));
}

#[test]
fn check_refuses_a_log_out_of_order_or_without_a_change() {
    let knee = "knee-to-chest";
    let out_of_order = log(&[
        (
            VersionKind::StepUp,
            "2026-11-09T21:00:00Z",
            hold(1, knee, 20, 25),
        ),
        (
            VersionKind::StepUp,
            "2026-11-02T21:00:00Z",
            hold(1, knee, 25, 30),
        ),
    ]);
    assert_eq!(
        out_of_order.check(),
        Err(DoseLogError::OutOfOrder { index: 1 })
    );
    let no_change = log(&[(
        VersionKind::StepUp,
        "2026-11-02T21:00:00Z",
        hold(1, knee, 20, 20),
    )]);
    assert_eq!(
        no_change.check(),
        Err(DoseLogError::NoChange {
            index: 0,
            from: 20,
            to: 20
        })
    );
}

#[test]
fn each_session_is_placed_in_the_era_it_started_in() {
    let knee = "knee-to-chest";
    let log = log(&[
        (
            VersionKind::StepUp,
            "2026-11-02T21:00:00Z",
            hold(1, knee, 20, 25),
        ),
        (
            VersionKind::StepUp,
            "2026-11-09T21:00:00Z",
            reps(0, "cat-cow", 6, 7),
        ),
        (
            VersionKind::Undo,
            "2026-11-10T06:00:00Z",
            reps(0, "cat-cow", 7, 6),
        ),
    ]);
    let starts = [
        at("2026-10-30T21:00:00Z"),
        at("2026-11-02T20:59:59Z"),
        // A session that starts at the very instant of the change uses the new dose.
        at("2026-11-02T21:00:00Z"),
        at("2026-11-09T22:00:00Z"),
        at("2026-11-12T21:00:00Z"),
    ];
    let eras = log.eras(&starts);
    type Seen<'a> = (Option<VersionKind>, Vec<(&'a str, u32)>, Vec<usize>);
    let summary: Vec<Seen> = eras
        .iter()
        .map(|era| {
            (
                era.version.as_ref().map(|v| v.kind),
                era.doses
                    .iter()
                    .map(|d| (d.exercise.as_str(), d.value))
                    .collect(),
                era.sessions.clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (None, vec![("cat-cow", 6), (knee, 20)], vec![0, 1]),
            (
                Some(VersionKind::StepUp),
                vec![("cat-cow", 6), (knee, 25)],
                vec![2]
            ),
            (
                Some(VersionKind::StepUp),
                vec![("cat-cow", 7), (knee, 25)],
                vec![3]
            ),
            (
                Some(VersionKind::Undo),
                vec![("cat-cow", 6), (knee, 25)],
                vec![4]
            ),
        ]
    );
    assert!(DoseLog::default().eras(&starts).is_empty());
}

#[test]
fn a_log_reads_back_as_it_was_written() {
    let mut log = DoseLog {
        copied_from: Some("bedtime-wind-down".into()),
        ..DoseLog::default()
    };
    log.accept(
        hold(1, "knee-to-chest", 20, 25),
        at("2026-11-02T21:00:00Z"),
        date("2026-11-02"),
    );
    log.decline(reps(0, "cat-cow", 6, 7), date("2026-11-09"));
    let text = serde_json::to_string(&log).unwrap();
    assert!(text.contains("\"kind\":\"stepUp\""), "{text}");
    assert!(
        text.contains("\"copiedFrom\":\"bedtime-wind-down\""),
        "{text}"
    );
    assert_eq!(serde_json::from_str::<DoseLog>(&text).unwrap(), log);
    assert_eq!(
        serde_json::from_str::<DoseLog>("{}").unwrap(),
        DoseLog::default()
    );
}

proptest! {
    /// Every session lands in exactly one era: the one whose version is the last that had begun when it
    /// started, and each era's doses are the previous era's with that version's change applied.
    #[test]
    fn eras_partition_the_sessions(
        steps in prop::collection::vec((0u32..3, 0i64..50, 1u32..40, 1u32..40), 1..8),
        starts in prop::collection::vec(0i64..400, 0..30),
    ) {
        let base = at("2026-01-01T00:00:00Z");
        let mut log = DoseLog::default();
        let mut t = base;
        for (item, gap, from, to) in steps {
            prop_assume!(from != to);
            t += chrono::Duration::hours(gap);
            log.accept(hold(item as usize, "knee-to-chest", from, to), t, t.date_naive());
        }
        let starts: Vec<DateTime<Utc>> =
            starts.iter().map(|h| base + chrono::Duration::hours(*h)).collect();
        let eras = log.eras(&starts);
        prop_assert_eq!(eras.len(), log.versions.len() + 1);
        let mut seen: Vec<usize> = eras.iter().flat_map(|e| e.sessions.clone()).collect();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..starts.len()).collect::<Vec<_>>());
        for (n, era) in eras.iter().enumerate() {
            for &s in &era.sessions {
                if let Some(v) = &era.version {
                    prop_assert!(v.since <= starts[s]);
                }
                if let Some(next) = log.versions.get(n) {
                    prop_assert!(starts[s] < next.since);
                }
            }
            if let Some(v) = &era.version {
                let changed = era.doses.iter().find(|d| d.item == v.change.item).map(|d| d.value);
                prop_assert_eq!(changed, Some(v.change.to));
            }
        }
    }
}
