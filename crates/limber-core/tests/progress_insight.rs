//! Journal insights: the wind-down comparison and the red-flag rules, as tables of cases.

// Helpers fail loudly on malformed fixtures, like the tests themselves.
#![allow(clippy::unwrap_used)]

mod progress_support;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use limber_core::day::{routine_days, today as routine_today, DEFAULT_DAY_BOUNDARY};
use limber_core::insight::{
    red_flag, sleep_after_wind_down, wind_down_effect, RedFlag, WeeklyPain, WindDownEffect,
    MIN_MORNINGS,
};
use limber_core::journal::{JournalEntry, SleepPosition};
use progress_support::{date, utc};

fn entry(day: &str, pain: u8) -> JournalEntry {
    JournalEntry {
        day: date(day),
        pain,
        stiffness: 3,
        sleep_quality: 3,
        sleep_position: SleepPosition::Side,
        note: None,
    }
}

/// Entries on consecutive days from `first`, one per pain value.
fn mornings(first: &str, pains: &[u8]) -> Vec<JournalEntry> {
    date(first)
        .iter_days()
        .zip(pains)
        .map(|(day, &pain)| JournalEntry {
            day,
            ..entry(first, pain)
        })
        .collect()
}

fn days(first: &str, count: usize) -> BTreeSet<NaiveDate> {
    date(first).iter_days().take(count).collect()
}

/// The result reduced to comparable numbers: `Ok((with, with average, without, without
/// average))` or `Err((with, without, needed))` for not enough data.
type Outcome = Result<(u32, f64, u32, f64), (u32, u32, u32)>;

fn check_effect(
    entries: &[JournalEntry],
    wind_downs: &BTreeSet<NaiveDate>,
    min: u32,
    expected: Outcome,
) {
    let got = match wind_down_effect(entries, wind_downs, min) {
        WindDownEffect::Compared {
            with_wind_down,
            without_wind_down,
            difference,
        } => {
            let gap = without_wind_down.average - with_wind_down.average;
            assert!((difference - gap).abs() < 1e-12);
            Ok((
                with_wind_down.mornings,
                with_wind_down.average,
                without_wind_down.mornings,
                without_wind_down.average,
            ))
        }
        WindDownEffect::NotEnoughData {
            with_wind_down,
            without_wind_down,
            needed,
        } => Err((with_wind_down, without_wind_down, needed)),
    };
    match (got, expected) {
        (Ok(g), Ok(e)) => assert!(
            g.0 == e.0 && g.2 == e.2 && (g.1 - e.1).abs() < 1e-9 && (g.3 - e.3).abs() < 1e-9,
            "got {g:?}, expected {e:?}"
        ),
        (g, e) => assert_eq!(g, e),
    }
}

#[test]
fn wind_down_effect_table() {
    // Evenings 1–5 January had a wind-down; mornings 2–6 follow them, mornings 7–11 do not.
    let clear = [
        mornings("2024-01-02", &[2, 2, 3, 2, 1]),
        mornings("2024-01-07", &[5, 4, 6, 5, 5]),
    ]
    .concat();
    let with_duplicate = [clear.clone(), vec![entry("2024-01-11", 0)]].concat();
    type Row = (
        &'static str,
        Vec<JournalEntry>,
        BTreeSet<NaiveDate>,
        u32,
        Outcome,
    );
    let rows: Vec<Row> = vec![
        (
            "five mornings each side",
            clear.clone(),
            days("2024-01-01", 5),
            MIN_MORNINGS,
            Ok((5, 2.0, 5, 5.0)),
        ),
        // The morning pairs with the evening before: wind-downs on the mornings' own days give a
        // different split (same-day pairing would give 2.0 against 5.0 again).
        (
            "paired with the previous evening",
            clear.clone(),
            days("2024-01-02", 5),
            MIN_MORNINGS,
            Ok((5, 2.6, 5, 4.4)),
        ),
        (
            "four mornings after a wind-down are not enough",
            clear.clone(),
            days("2024-01-01", 4),
            MIN_MORNINGS,
            Err((4, 6, 5)),
        ),
        (
            "a lower threshold accepts four",
            clear.clone(),
            days("2024-01-01", 4),
            4,
            Ok((4, 2.25, 6, 4.333_333_333_333_333)),
        ),
        (
            "no entries",
            Vec::new(),
            days("2024-01-01", 5),
            MIN_MORNINGS,
            Err((0, 0, 5)),
        ),
        (
            "no wind-downs",
            clear.clone(),
            BTreeSet::new(),
            MIN_MORNINGS,
            Err((0, 10, 5)),
        ),
        // A zero threshold still needs one morning per side, so no average divides by zero.
        (
            "zero threshold",
            clear.clone(),
            BTreeSet::new(),
            0,
            Err((0, 10, 1)),
        ),
        (
            "zero threshold, one each",
            mornings("2024-01-02", &[4, 6]),
            days("2024-01-01", 1),
            0,
            Ok((1, 4.0, 1, 6.0)),
        ),
        // Two entries for one day: the later one in the list wins.
        (
            "a corrected entry replaces the first",
            with_duplicate,
            days("2024-01-01", 5),
            MIN_MORNINGS,
            Ok((5, 2.0, 5, 4.0)),
        ),
        // Wind-downs without a journal entry the next morning add nothing.
        (
            "extra wind-downs",
            clear,
            days("2023-12-01", 41),
            MIN_MORNINGS,
            Err((10, 0, 5)),
        ),
    ];
    for (name, entries, wind_downs, min, expected) in rows {
        eprintln!("row: {name}");
        check_effect(&entries, &wind_downs, min, expected);
    }
}

/// The night owl's wind-down at 00:40 belongs to the evening before, so the next morning's entry
/// is paired with it.
/// Issue 18: sleep quality after nights with and without a wind-down, with the counts behind it. The
/// morning entry of day D rates the night after the evening of D - 1, as for pain.
#[test]
fn sleep_after_wind_down_table() {
    fn check(qualities: &[u8], wind_down_evenings: usize, min: u32, expected: &str) {
        // Mornings from 2 Jan; wind-downs on the evenings from 1 Jan, so the first `n` mornings
        // follow a wind-down.
        let entries: Vec<JournalEntry> = date("2027-01-02")
            .iter_days()
            .zip(qualities)
            .map(|(day, &quality)| JournalEntry {
                day,
                sleep_quality: quality,
                // Pain differs, so a mix-up of the two answers shows.
                pain: 9,
                ..entry("2027-01-02", 0)
            })
            .collect();
        let got =
            match sleep_after_wind_down(&entries, &days("2027-01-01", wind_down_evenings), min) {
                WindDownEffect::Compared {
                    with_wind_down: w,
                    without_wind_down: o,
                    difference,
                } => format!(
                    "with {} at {:.2}, without {} at {:.2}, difference {:.2}",
                    w.mornings, w.average, o.mornings, o.average, difference
                ),
                WindDownEffect::NotEnoughData {
                    with_wind_down,
                    without_wind_down,
                    needed,
                } => format!("not enough: {with_wind_down} and {without_wind_down} of {needed}"),
            };
        assert_eq!(got, expected, "{qualities:?} / {wind_down_evenings}");
    }
    check(
        &[4, 5, 4, 2, 2, 3],
        3,
        3,
        "with 3 at 4.33, without 3 at 2.33, difference -2.00",
    );
    check(
        &[3, 3, 3, 3],
        2,
        2,
        "with 2 at 3.00, without 2 at 3.00, difference 0.00",
    );
    check(
        &[1, 1, 5, 5],
        2,
        2,
        "with 2 at 1.00, without 2 at 5.00, difference 4.00",
    );
    check(&[4, 5, 2], 2, 2, "not enough: 2 and 1 of 2");
    check(&[], 0, 5, "not enough: 0 and 0 of 5");
    // A minimum of zero still needs one morning a side: no division by zero.
    check(&[4], 1, 0, "not enough: 1 and 0 of 1");
}

#[test]
fn night_owl_wind_downs_pair_with_the_next_morning() {
    let boundary = DEFAULT_DAY_BOUNDARY;
    let finished: Vec<_> = (1..=5)
        .map(|d| (utc(&format!("2024-01-{:02}T00:40:00Z", d + 1)), 0))
        .collect();
    let wind_downs = routine_days(finished, boundary);
    assert_eq!(wind_downs, days("2024-01-01", 5));
    let morning = |d: u32| {
        routine_today(
            utc(&format!("2024-01-{d:02}T07:30:00Z")),
            chrono_tz::UTC,
            boundary,
        )
    };
    let entries: Vec<_> = (2..=11)
        .map(|d| JournalEntry {
            day: morning(d),
            ..entry("2024-01-01", if d <= 6 { 2 } else { 5 })
        })
        .collect();
    check_effect(&entries, &wind_downs, MIN_MORNINGS, Ok((5, 2.0, 5, 5.0)));
}

fn describe(flag: Option<RedFlag>) -> String {
    match flag {
        None => "none".to_owned(),
        Some(RedFlag::SustainedHighPain { from, to, mornings }) => {
            format!("high {from}..{to} x{mornings}")
        }
        Some(RedFlag::RisingPain { weeks }) => format!("rising {}", describe_weeks(&weeks)),
        Some(RedFlag::SteadyPain { weeks }) => format!("steady {}", describe_weeks(&weeks)),
    }
}

/// Each week as "first day:entries:average".
fn describe_weeks(weeks: &[WeeklyPain]) -> String {
    weeks
        .iter()
        .map(|w| {
            format!(
                "{}:{}:{:.2}",
                w.from,
                w.entries,
                w.average.unwrap_or(f64::NAN)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn check_flag(entries: &[JournalEntry], today: &str, expected: &str) {
    assert_eq!(
        describe(red_flag(entries, date(today))),
        expected,
        "{entries:?}"
    );
}

#[test]
fn red_flag_table() {
    let today = "2024-01-21";
    let rising = [
        mornings("2024-01-01", &[2, 2, 3]),
        mornings("2024-01-08", &[3, 4, 4]),
        mornings("2024-01-15", &[5, 5, 6]),
    ]
    .concat();
    let rows: Vec<(&str, Vec<JournalEntry>, &str, &str)> = vec![
        ("no entries", vec![], today, "none"),
        (
            "three mornings at 7 or more",
            mornings("2024-01-19", &[7, 8, 9]),
            today,
            "high 2024-01-19..2024-01-21 x3",
        ),
        (
            "the run counts all its mornings",
            mornings("2024-01-15", &[3, 8, 8, 7, 9, 8, 7]),
            today,
            "high 2024-01-16..2024-01-21 x6",
        ),
        (
            "the latest morning is lower",
            mornings("2024-01-19", &[7, 8, 6]),
            today,
            "none",
        ),
        (
            "only two mornings",
            mornings("2024-01-20", &[9, 9]),
            today,
            "none",
        ),
        (
            "a high run broken by a low morning",
            mornings("2024-01-17", &[8, 8, 5, 8, 8]),
            today,
            "none",
        ),
        (
            "a missing day breaks consecutiveness",
            vec![
                entry("2024-01-18", 8),
                entry("2024-01-19", 8),
                entry("2024-01-21", 8),
            ],
            today,
            "none",
        ),
        (
            "today not written yet: yesterday's run still counts",
            mornings("2024-01-17", &[8, 8, 8, 8]),
            today,
            "high 2024-01-17..2024-01-20 x4",
        ),
        (
            "a run that ended a week ago still counts on its seventh day",
            mornings("2024-01-13", &[8, 8, 8]),
            today,
            "high 2024-01-13..2024-01-15 x3",
        ),
        (
            "a run that ended more than a week ago no longer counts",
            mornings("2024-01-12", &[8, 8, 8]),
            today,
            "none",
        ),
        (
            "entries after today are ignored",
            mornings("2024-01-19", &[8, 8, 8]),
            "2024-01-20",
            "none",
        ),
        (
            "a later low entry beyond today is ignored",
            [
                mornings("2024-01-19", &[8, 8, 8]),
                vec![entry("2024-01-22", 1)],
            ]
            .concat(),
            today,
            "high 2024-01-19..2024-01-21 x3",
        ),
        // The rising trend: three 7-day weeks ending today, at least three entries each.
        (
            "weekly averages rise",
            rising.clone(),
            today,
            "rising 2024-01-01:3:2.33 2024-01-08:3:3.67 2024-01-15:3:5.33",
        ),
        (
            "one day later the weeks shift",
            rising.clone(),
            "2024-01-22",
            "none",
        ),
        (
            "a week with two entries is not enough",
            [
                mornings("2024-01-01", &[2, 2]),
                mornings("2024-01-08", &[3, 4, 4]),
                mornings("2024-01-15", &[5, 5, 6]),
            ]
            .concat(),
            today,
            "none",
        ),
        (
            "a rise under one point is noise",
            [
                mornings("2024-01-01", &[3, 3, 3]),
                mornings("2024-01-08", &[3, 3, 4]),
                mornings("2024-01-15", &[3, 4, 4]),
            ]
            .concat(),
            today,
            "none",
        ),
        (
            "a rise of exactly one point counts",
            [
                mornings("2024-01-01", &[2, 2, 2]),
                mornings("2024-01-08", &[2, 3, 2]),
                mornings("2024-01-15", &[3, 3, 3]),
            ]
            .concat(),
            today,
            "rising 2024-01-01:3:2.00 2024-01-08:3:2.33 2024-01-15:3:3.00",
        ),
        (
            "up then down is not a rising trend",
            [
                mornings("2024-01-01", &[2, 2, 2]),
                mornings("2024-01-08", &[5, 5, 5]),
                mornings("2024-01-15", &[4, 4, 4]),
            ]
            .concat(),
            today,
            "none",
        ),
        (
            "a flat middle week is not rising",
            [
                mornings("2024-01-01", &[2, 2, 2]),
                mornings("2024-01-08", &[2, 2, 2]),
                mornings("2024-01-15", &[5, 5, 5]),
            ]
            .concat(),
            today,
            "none",
        ),
        (
            "entries before the three weeks do not count",
            [
                mornings("2023-12-25", &[9, 9, 9, 9, 9, 9, 9]),
                rising.clone(),
            ]
            .concat(),
            today,
            "rising 2024-01-01:3:2.33 2024-01-08:3:3.67 2024-01-15:3:5.33",
        ),
        (
            "when both rules fire, sustained high pain wins",
            [
                mornings("2024-01-01", &[2, 2, 3]),
                mornings("2024-01-08", &[3, 4, 4]),
                mornings("2024-01-19", &[7, 8, 9]),
            ]
            .concat(),
            today,
            "high 2024-01-19..2024-01-21 x3",
        ),
    ];
    for (name, entries, today, expected) in rows {
        eprintln!("row: {name}");
        check_flag(&entries, today, expected);
    }
}

/// Issue 20: several weeks of steady moderate pain never raised anything, because only sustained high
/// pain and a rising trend were rules. Four 7-day weeks ending today, each with three entries or more and
/// an average of 4 or more, now raise the steady-pain flag.
#[test]
fn steady_pain_table() {
    let today = "2024-01-28";
    // Three mornings in each of the four weeks 1–7, 8–14, 15–21 and 22–28 January.
    let weeks = |pains: [[u8; 3]; 4]| -> Vec<JournalEntry> {
        ["2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22"]
            .iter()
            .zip(pains)
            .flat_map(|(first, pains)| mornings(first, &pains))
            .collect()
    };
    let fives = weeks([[5, 5, 5]; 4]);
    let rows: Vec<(&str, Vec<JournalEntry>, &str, &str)> = vec![
        (
            "four weeks of pain around 5",
            fives.clone(),
            today,
            "steady 2024-01-01:3:5.00 2024-01-08:3:5.00 2024-01-15:3:5.00 2024-01-22:3:5.00",
        ),
        (
            "an average of exactly 4 counts",
            weeks([[4, 4, 4]; 4]),
            today,
            "steady 2024-01-01:3:4.00 2024-01-08:3:4.00 2024-01-15:3:4.00 2024-01-22:3:4.00",
        ),
        (
            "pain that eases a little but stays moderate still counts",
            weeks([[6, 6, 6], [5, 5, 5], [5, 4, 5], [4, 4, 4]]),
            today,
            "steady 2024-01-01:3:6.00 2024-01-08:3:5.00 2024-01-15:3:4.67 2024-01-22:3:4.00",
        ),
        (
            "every morning at 4 for four weeks",
            mornings("2024-01-01", &[4; 28]),
            today,
            "steady 2024-01-01:7:4.00 2024-01-08:7:4.00 2024-01-15:7:4.00 2024-01-22:7:4.00",
        ),
        (
            "one week under 4 on average breaks it",
            weeks([[5, 5, 5], [4, 4, 3], [5, 5, 5], [5, 5, 5]]),
            today,
            "none",
        ),
        (
            "mild pain is not a flag",
            weeks([[3, 3, 3]; 4]),
            today,
            "none",
        ),
        (
            "three weeks are not enough",
            fives[3..].to_vec(),
            today,
            "none",
        ),
        (
            "a week with two entries is not enough",
            [fives[..5].to_vec(), fives[6..].to_vec()].concat(),
            today,
            "none",
        ),
        (
            "a week without entries since ends it",
            fives.clone(),
            "2024-02-04",
            "none",
        ),
        (
            "a rising trend is reported first",
            weeks([[4, 4, 4], [5, 5, 5], [6, 6, 6], [6, 7, 6]]),
            today,
            "rising 2024-01-08:3:5.00 2024-01-15:3:6.00 2024-01-22:3:6.33",
        ),
        (
            "sustained high pain is reported first",
            [fives.clone(), mornings("2024-01-26", &[8, 8, 8])].concat(),
            today,
            "high 2024-01-26..2024-01-28 x3",
        ),
    ];
    for (name, entries, today, expected) in rows {
        eprintln!("row: {name}");
        check_flag(&entries, today, expected);
    }
}

/// Every journal rule asks for a visit soon: a journal entry never holds the signs that need help today.
#[test]
fn journal_flags_ask_for_a_visit_soon() {
    use limber_core::safety::Urgency;
    let flags = [
        red_flag(&mornings("2024-01-19", &[7, 8, 9]), date("2024-01-21")),
        red_flag(&mornings("2024-01-01", &[5; 28]), date("2024-01-28")),
    ];
    for flag in flags {
        assert_eq!(flag.map(|f| f.urgency()), Some(Urgency::Soon), "{flag:?}");
    }
}
