//! The laws of dose progression (issue 18), over random routines and histories: a suggestion never takes a
//! dose above its exercise's safe maximum or below its minimum, never follows a red flag in the window, and
//! comes at most once a week per routine when each offer is answered.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};
use limber_core::exercise::{Exercise, RangeField};
use limber_core::insight::red_flag;
use limber_core::journal::{JournalEntry, SleepPosition};
use limber_core::library::save::taken_ids;
use limber_core::library::{has_hold, Library};
use limber_core::progression::{
    advise, apply, Advice, Answer, ApplyError, Because, Change, History, LastOffer, PastSession,
    WINDOW_DAYS,
};
use limber_core::routine::{CustomRoutine, Routine, RoutineItem, TimeOfDay};
use proptest::prelude::*;

mod progress_support;
use progress_support::my;

fn library() -> Library {
    Library::builtin().unwrap()
}

/// One random day: planned or not, a session or not (completed, rated, with one item's work skipped), a
/// check-in or not. Ratings are noise to be put on a level per history.
#[derive(Debug, Clone)]
struct Day {
    planned: bool,
    session: Option<(bool, Option<u8>, Option<usize>)>,
    check_in: Option<(u8, u8)>,
}

fn day() -> impl Strategy<Value = Day> {
    (
        prop::bool::weighted(0.7),
        prop::option::weighted(
            0.75,
            (
                prop::bool::weighted(0.85),
                prop::option::weighted(0.7, 0u8..=3),
                prop::option::weighted(0.1, 0usize..6),
            ),
        ),
        prop::option::weighted(0.8, (0u8..=3, 0u8..=3)),
    )
        .prop_map(|(planned, session, check_in)| Day {
            planned,
            session,
            check_in,
        })
}

/// A history: a level and a spread for the ratings (a spread of 0 is a perfectly settled back; a high level
/// brings red flags), a rise added to the ratings of the last `rise_days` days (so pain rises), and the
/// days, the last being today.
#[derive(Debug, Clone)]
struct Timeline {
    level: u8,
    spread: u8,
    rise: u8,
    rise_days: usize,
    days: Vec<Day>,
}

fn timeline(max_days: usize) -> impl Strategy<Value = Timeline> {
    (
        0u8..=6,
        0u8..=3,
        prop_oneof![Just(0u8), 1u8..=4],
        1usize..=6,
        prop::collection::vec(day(), 5..=max_days),
    )
        .prop_map(|(level, spread, rise, rise_days, days)| Timeline {
            level,
            spread,
            rise,
            rise_days,
            days,
        })
}

/// A dose override: absent, a value at or next to a bound of the exercise's safe range for the field (where
/// doses are most likely to cross one), or any value.
fn near_bound(exercise: &Exercise, field: RangeField, pick: Option<(u8, u32)>) -> Option<u32> {
    let (kind, raw) = pick?;
    let range = exercise.progression.iter().find(|r| r.field == field);
    let value = match (range, kind) {
        (Some(r), 0) => r.min.saturating_sub(1),
        (Some(r), 1) => r.min,
        (Some(r), 2) => r.min + 1,
        (Some(r), 3) => r.max - 1,
        (Some(r), 4) => r.max,
        (Some(r), 5) => r.max + 1,
        _ => raw,
    };
    Some(value.max(1))
}

/// A routine of one to five built-in exercises with random overrides, inside and outside the safe ranges.
fn routine() -> impl Strategy<Value = Routine> {
    let ids: Vec<String> = library().exercises().iter().map(|e| e.id.clone()).collect();
    let count = ids.len();
    let pick = |max: u32| prop::option::of((0u8..=7, 1u32..=max));
    prop::collection::vec((0..count, pick(10), pick(30), pick(2)), 1..=5).prop_map(move |items| {
        let library = library();
        Routine {
            id: "mine".to_owned(),
            name: "Mine".to_owned(),
            description: "Random.".to_owned(),
            time_of_day: TimeOfDay::Bedtime,
            items: items
                .into_iter()
                .map(|(i, reps, hold, rounds)| {
                    let exercise = library.exercise(&ids[i]).unwrap();
                    RoutineItem {
                        reps: near_bound(exercise, RangeField::Reps, reps),
                        hold_secs: near_bound(exercise, RangeField::HoldSecs, hold)
                            .filter(|_| has_hold(exercise)),
                        rounds: near_bound(exercise, RangeField::Rounds, rounds),
                        ..RoutineItem::new(ids[i].clone())
                    }
                })
                .collect(),
        }
    })
}

/// The planned days, sessions and check-ins of `timeline`, ending on `today`.
fn history(
    timeline: &Timeline,
    routine: &Routine,
    today: NaiveDate,
) -> (Vec<NaiveDate>, Vec<PastSession>, Vec<JournalEntry>) {
    let rising_from = timeline.days.len().saturating_sub(timeline.rise_days);
    let rate = |noise: u8, i: usize| {
        let rise = if i >= rising_from { timeline.rise } else { 0 };
        (timeline.level + noise % (timeline.spread + 1) + rise).min(10)
    };
    let first = today
        .checked_sub_days(Days::new(timeline.days.len() as u64 - 1))
        .unwrap();
    let mut planned = Vec::new();
    let mut sessions = Vec::new();
    let mut check_ins = Vec::new();
    for (i, d) in timeline.days.iter().enumerate() {
        let day = first.checked_add_days(Days::new(i as u64)).unwrap();
        if d.planned {
            planned.push(day);
        }
        if let Some((completed, feel, skipped)) = d.session {
            sessions.push(PastSession {
                day,
                completed,
                feel: feel.map(|noise| rate(noise, i)),
                skipped: skipped
                    .and_then(|i| routine.items.get(i))
                    .map(|item| vec![item.exercise.clone()])
                    .unwrap_or_default(),
            });
        }
        if let Some((pain, stiffness)) = d.check_in {
            check_ins.push(JournalEntry {
                day,
                pain: rate(pain, i),
                stiffness: rate(stiffness, i),
                sleep_quality: 3,
                sleep_position: SleepPosition::Side,
                note: None,
            });
        }
    }
    (planned, sessions, check_ins)
}

const TODAY: &str = "2027-01-13";

/// Checks that a suggestion moves one dose of `routine` by at most a step, inside its exercise's safe
/// range, in the direction its reason calls for; and that applying it gives exactly that dose.
fn check_inside(
    library: &Library,
    routine: &Routine,
    advice: &Advice,
) -> Result<(), TestCaseError> {
    let Advice::Suggest(suggestion) = advice else {
        return Ok(());
    };
    let change = &suggestion.change;
    let item = &routine.items[change.item];
    prop_assert_eq!(&item.exercise, &change.exercise);
    let exercise = library.exercise(&item.exercise).unwrap();
    let range = exercise
        .progression
        .iter()
        .find(|r| r.field == change.field);
    prop_assert!(
        range.is_some(),
        "{:?} has no range for {:?}",
        exercise.id,
        change.field
    );
    let range = range.unwrap();
    prop_assert!(
        range.contains(change.to),
        "{} {:?} {}→{} outside {}–{}",
        exercise.id,
        change.field,
        change.from,
        change.to,
        range.min,
        range.max
    );
    let current = change.field.value(&item.dose(&exercise.dose));
    prop_assert_eq!(current, Some(change.from));
    prop_assert_ne!(change.from, change.to);
    let up = matches!(suggestion.because, Because::Run { .. });
    prop_assert_eq!(change.is_up(), up);
    if up || change.from <= range.max {
        prop_assert!(change.from.abs_diff(change.to) <= range.step);
    }

    let (with_mine, problems) = library.with_custom(vec![CustomRoutine {
        routine: routine.clone(),
        based_on: None,
    }]);
    if problems.is_empty() {
        match apply(
            &with_mine,
            &routine.id,
            change,
            &taken_ids(&with_mine, []),
            my,
        ) {
            Ok(applied) => {
                let item = &applied.routine.routine.items[change.item];
                prop_assert_eq!(
                    change.field.value(&item.dose(&exercise.dose)),
                    Some(change.to)
                );
                prop_assert!(!applied.copied);
            }
            // A step up may tip an already long routine over the two-hour limit; nothing else may fail.
            Err(ApplyError::Save(error)) => {
                prop_assert!(
                    error.to_string().contains("the routine would last"),
                    "{}",
                    error
                );
            }
            Err(other) => prop_assert!(false, "{}", other),
        }
    }
    Ok(())
}

/// An offer answered some days before today, on a random item of the routine.
fn last_offer(
    routine: &Routine,
    back: Option<(u64, usize, bool)>,
    today: NaiveDate,
) -> Option<LastOffer> {
    let (days, item, accepted) = back?;
    let index = item % routine.items.len();
    Some(LastOffer {
        day: today.checked_sub_days(Days::new(days)).unwrap(),
        change: Change {
            item: index,
            exercise: routine.items[index].exercise.clone(),
            field: RangeField::Reps,
            from: 4,
            to: 5,
        },
        answer: if accepted {
            Answer::Accepted
        } else {
            Answer::Declined
        },
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// No suggestion ever takes a dose above its exercise's safe maximum or below its minimum, and each
    /// moves one dose by at most one step (from above the range, down to its top).
    #[test]
    fn suggestions_stay_inside_the_safe_ranges(
        routine in routine(),
        timeline in timeline(45),
        back in prop::option::of((0u64..=20, 0usize..5, any::<bool>())),
    ) {
        let library = library();
        let today: NaiveDate = TODAY.parse().unwrap();
        let (planned, sessions, check_ins) = history(&timeline, &routine, today);
        let offer = last_offer(&routine, back, today);
        let advice = advise(&library, &routine, &History {
            today,
            planned_days: &planned,
            sessions: &sessions,
            check_ins: &check_ins,
            last_offer: offer.as_ref(),
        });
        check_inside(&library, &routine, &advice)?;
    }

    /// A red flag on any day of the window pauses every suggestion, and only a red flag pauses.
    #[test]
    fn no_suggestion_follows_a_red_flag_in_the_window(
        routine in routine(),
        timeline in timeline(70),
    ) {
        let library = library();
        let today: NaiveDate = TODAY.parse().unwrap();
        let (planned, sessions, check_ins) = history(&timeline, &routine, today);
        let advice = advise(&library, &routine, &History {
            today,
            planned_days: &planned,
            sessions: &sessions,
            check_ins: &check_ins,
            last_offer: None,
        });
        let flagged = (0..WINDOW_DAYS).any(|back| {
            red_flag(&check_ins, today.checked_sub_days(Days::new(back)).unwrap()).is_some()
        });
        prop_assert_eq!(matches!(advice, Advice::Paused { .. }), flagged, "{:?}", advice);
    }

    /// Day by day over eight weeks, each offer answered at once (accepted ones applied, so the routine
    /// grows and shrinks): no two offers for the routine come less than seven days apart, and every one
    /// stays inside the safe ranges of the routine as it then is.
    #[test]
    fn at_most_one_suggestion_a_week(
        routine in routine(),
        timeline in timeline(56),
        answers in prop::collection::vec(any::<bool>(), 8),
    ) {
        let builtin = library();
        let (mut library, problems) = builtin.with_custom(vec![CustomRoutine { routine: routine.clone(), based_on: None }]);
        prop_assume!(problems.is_empty());
        let last_day: NaiveDate = TODAY.parse().unwrap();
        let first = last_day.checked_sub_days(Days::new(timeline.days.len() as u64 - 1)).unwrap();
        let (planned, sessions, check_ins) = history(&timeline, &routine, last_day);
        let mut offer: Option<LastOffer> = None;
        let mut offered: Vec<NaiveDate> = Vec::new();
        let mut today = first;
        while today <= last_day {
            let current = library.routine("mine").unwrap().clone();
            // Only what had happened by `today` is known on `today`.
            let sessions: Vec<PastSession> = sessions.iter().filter(|s| s.day <= today).cloned().collect();
            let advice = advise(&library, &current, &History {
                today,
                planned_days: &planned,
                sessions: &sessions,
                check_ins: &check_ins,
                last_offer: offer.as_ref(),
            });
            check_inside(&builtin, &current, &advice)?;
            if let Advice::Suggest(suggestion) = advice {
                if let Some(previous) = offered.last() {
                    prop_assert!(
                        (today - *previous).num_days() >= 7,
                        "offers on {} and {}", previous, today
                    );
                }
                offered.push(today);
                let accepted = answers[offered.len() % answers.len()];
                if accepted {
                    let taken: BTreeSet<String> = taken_ids(&library, []);
                    if let Ok(applied) = apply(&library, "mine", &suggestion.change, &taken, my) {
                        let (next, problems) = builtin.with_custom(vec![applied.routine]);
                        prop_assert!(problems.is_empty());
                        library = next;
                    }
                }
                offer = Some(LastOffer {
                    day: today,
                    change: suggestion.change,
                    answer: if accepted { Answer::Accepted } else { Answer::Declined },
                });
            }
            today = today.succ_opt().unwrap();
        }
    }
}
