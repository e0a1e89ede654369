//! The voice coach's rules one at a time: the no-overlap lane, what a whole routine sounds like with clips of
//! known lengths, which exercise texts are fit for the ear, and the clip names the shell embeds.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use limber_core::library::Library;
use limber_core::session::Ms;
use limber_core::speech::{
    routine_utterances, speak, spoken_problem, Coach, Lane, Phrase, Placement, Timing, Utterance,
    BREATH_WAIT_MS, GAP_MS, ON_TIME_MS, PHRASE_WAIT_MS,
};
use proptest::prelude::*;

/// A phrase offered to the lane: its due time, its timing and its length.
type Offer = (u64, Timing, u64);

/// Offers `(due, timing, length)` phrases to a fresh lane in order and compares where each was placed.
fn check(offers: &[Offer], expected: &[Placement]) {
    let mut lane = Lane::default();
    let got: Vec<Placement> = offers
        .iter()
        .map(|&(due, timing, length)| lane.place(due, due, timing, length))
        .collect();
    assert_eq!(got, expected, "offers {offers:?}");
}

#[test]
fn a_phrase_handed_over_late_waits_from_then_and_a_late_count_is_dropped() {
    // (due, offered at, timing, placement)
    let rows = [
        (1_000, 1_000, Timing::OnTime, Placement::Start(1_000)),
        (
            1_000,
            1_000 + ON_TIME_MS,
            Timing::OnTime,
            Placement::Start(1_000 + ON_TIME_MS),
        ),
        (
            1_000,
            1_001 + ON_TIME_MS,
            Timing::OnTime,
            Placement::Dropped,
        ),
        (
            1_000,
            3_000,
            Timing::WaitUpTo(PHRASE_WAIT_MS),
            Placement::Start(3_000),
        ),
        (
            1_000,
            6_000,
            Timing::WaitUpTo(PHRASE_WAIT_MS),
            Placement::Dropped,
        ),
    ];
    for (due, now, timing, expected) in rows {
        assert_eq!(
            Lane::default().place(due, now, timing, 500),
            expected,
            "due {due}, offered {now}"
        );
    }
}

#[test]
fn a_count_is_on_time_or_dropped_and_other_phrases_wait_up_to_their_bound() {
    use Placement::{Dropped, Start};
    use Timing::{OnTime, WaitUpTo};
    let wait = WaitUpTo(PHRASE_WAIT_MS);
    let breath = WaitUpTo(BREATH_WAIT_MS);
    let rows: Vec<(Vec<Offer>, Vec<Placement>)> = vec![
        // An idle lane starts everything on its cue.
        (vec![(1_000, OnTime, 400)], vec![Start(1_000)]),
        (vec![(0, wait, 400)], vec![Start(0)]),
        // "three, two, one" a second apart, each shorter than a second: all on time.
        (
            vec![
                (2_000, OnTime, 500),
                (3_000, OnTime, 500),
                (4_000, OnTime, 500),
            ],
            vec![Start(2_000), Start(3_000), Start(4_000)],
        ),
        // A count that would start while a name plays is dropped, never late.
        (
            vec![(0, wait, 900), (500, OnTime, 400)],
            vec![Start(0), Dropped],
        ),
        // ... including inside the gap after it, unless it is late by no more than the on-time tolerance.
        (
            vec![(0, wait, 900), (900 + GAP_MS - ON_TIME_MS - 1, OnTime, 400)],
            vec![Start(0), Dropped],
        ),
        (
            vec![(0, wait, 900), (900 + GAP_MS - ON_TIME_MS, OnTime, 400)],
            vec![Start(0), Start(900 + GAP_MS)],
        ),
        (
            vec![(0, wait, 900), (900 + GAP_MS, OnTime, 400)],
            vec![Start(0), Start(900 + GAP_MS)],
        ),
        // A name and an instruction due together: the instruction waits for the name and the gap.
        (
            vec![(5_000, wait, 800), (5_000, wait, 4_000)],
            vec![Start(5_000), Start(5_920)],
        ),
        // A breath cue waits at most a second.
        (
            vec![(0, OnTime, 400), (0, breath, 600)],
            vec![Start(0), Start(520)],
        ),
        (
            vec![(0, wait, 1_000), (0, breath, 600)],
            vec![Start(0), Dropped],
        ),
        (
            vec![(0, wait, 880), (0, breath, 600)],
            vec![Start(0), Start(1_000)],
        ),
        // A phrase that would wait longer than its bound is dropped, and the lane stays as it was.
        (
            vec![(0, wait, 5_000), (0, wait, 400), (5_120, OnTime, 400)],
            vec![Start(0), Dropped, Start(5_120)],
        ),
        (
            vec![(0, wait, 3_000), (0, wait, 2_000), (4_000, OnTime, 400)],
            vec![Start(0), Start(3_120), Dropped],
        ),
    ];
    for (offers, expected) in rows {
        check(&offers, &expected);
    }
}

/// Lengths of a plausible set of clips, in milliseconds.
fn lengths(phrase: &Phrase) -> u64 {
    match phrase {
        Phrase::ExerciseName(_) => 1_000,
        Phrase::Instruction(_) => 6_000,
        Phrase::Number(_) => 450,
        Phrase::BreatheIn | Phrase::BreatheOut => 700,
        _ => 600,
    }
}

#[test]
fn the_two_minute_reset_in_full_drops_only_what_the_names_and_instructions_cover() {
    let library = Library::builtin().unwrap();
    let plan = library
        .plan(library.routine("two-minute-reset").unwrap())
        .unwrap();
    let spoken = speak(&routine_utterances(&plan, Coach::Full), lengths);
    let dropped: Vec<(u64, String)> = spoken
        .iter()
        .filter(|s| s.placement == Placement::Dropped)
        .map(|s| (s.utterance.at.0, s.utterance.phrase.clip()))
        .collect();
    // Each exercise's name and instruction (7.1 s) cover its first breath cues, and with shoulder rows' 6 s reps
    // also the second rep's count and breath; nothing else is lost.
    assert_eq!(
        dropped,
        vec![
            (5_000, "breathe-in".to_owned()),
            (10_000, "breathe-out".to_owned()),
            (40_000, "breathe-in".to_owned()),
            (44_000, "breathe-out".to_owned()),
            (85_000, "breathe-out".to_owned()),
            (89_000, "breathe-in".to_owned()),
            (91_000, "number-2".to_owned()),
            (91_000, "breathe-out".to_owned()),
        ]
    );
    // Every count that was kept starts on its cue.
    for s in &spoken {
        if let (Phrase::Number(_), Placement::Start(at)) = (&s.utterance.phrase, s.placement) {
            assert!(at - s.utterance.at.0 <= ON_TIME_MS, "{s:?}");
        }
    }
}

#[test]
fn with_the_cues_only_every_phrase_of_every_builtin_routine_starts_on_its_cue() {
    let library = Library::builtin().unwrap();
    for routine in library.routines() {
        let plan = library.plan(routine).unwrap();
        for s in speak(&routine_utterances(&plan, Coach::Cues), lengths) {
            assert_eq!(
                s.placement,
                Placement::Start(s.utterance.at.0),
                "{}: {s:?}",
                routine.id
            );
        }
    }
}

#[test]
fn spoken_instructions_must_be_one_or_two_short_sentences_in_words() {
    let rows = [
        ("Lie on your back. Breathe slowly.", None),
        ("Breathe slowly", None),
        (
            "One. Two. Three.",
            Some("has 3 sentences; the coach says one or two"),
        ),
        (
            "Hold for 5 breaths.",
            Some("must be words on one line, with numbers written out"),
        ),
        (
            "Hold.\nRelax.",
            Some("must be words on one line, with numbers written out"),
        ),
    ];
    for (text, expected) in rows {
        assert_eq!(spoken_problem(text).as_deref(), expected, "{text:?}");
    }
    let long = "word ".repeat(40);
    assert!(spoken_problem(&long).unwrap().contains("characters long"));
    for exercise in Library::builtin().unwrap().exercises() {
        assert_eq!(spoken_problem(&exercise.spoken), None, "{}", exercise.id);
    }
}

#[test]
fn every_phrase_has_a_distinct_clip_name() {
    let library = Library::builtin().unwrap();
    let mut all = Phrase::fixed();
    for exercise in library.exercises() {
        all.push(Phrase::ExerciseName(exercise.id.clone()));
        all.push(Phrase::Instruction(exercise.id.clone()));
    }
    let names: std::collections::BTreeSet<String> = all.iter().map(Phrase::clip).collect();
    assert_eq!(names.len(), all.len());
    let rows = [
        (Phrase::ExerciseName("cat-cow".into()), "name-cat-cow"),
        (Phrase::Instruction("cat-cow".into()), "instruction-cat-cow"),
        (Phrase::Number(3), "number-3"),
        (Phrase::LastOne, "last-one"),
        (Phrase::BreatheOut, "breathe-out"),
    ];
    for (phrase, clip) in rows {
        assert_eq!(phrase.clip(), clip);
    }
}

fn timing() -> impl Strategy<Value = Timing> {
    prop_oneof![
        Just(Timing::OnTime),
        (0u64..6_000).prop_map(Timing::WaitUpTo),
    ]
}

proptest! {
    /// The lane's laws, for any phrases offered in due order: no two placed clips overlap (each is followed by
    /// the gap), a count is never later than the on-time tolerance, nothing starts before its cue or later than its bound.
    #[test]
    fn placed_clips_never_overlap_and_counts_are_never_late(
        offers in proptest::collection::vec((0u64..3_000, timing(), 1u64..5_000), 1..40)
    ) {
        let mut lane = Lane::default();
        let mut due = 0;
        let mut previous_end: Option<u64> = None;
        for (step, timing, length) in offers {
            due += step;
            if let Placement::Start(at) = lane.place(due, due, timing, length) {
                prop_assert!(at >= due);
                match timing {
                    Timing::OnTime => prop_assert!(at - due <= ON_TIME_MS),
                    Timing::WaitUpTo(max) => prop_assert!(at - due <= max),
                }
                if let Some(end) = previous_end {
                    prop_assert!(at >= end + GAP_MS);
                }
                previous_end = Some(at + length);
            }
        }
    }

    /// Whatever the clips' lengths, a routine spoken through the lane keeps the utterances' order.
    #[test]
    fn speaking_keeps_the_order_of_the_utterances(name in 200u64..3_000, count in 100u64..1_200) {
        let library = Library::builtin().unwrap();
        let plan = library.plan(library.routine("morning-mobility").unwrap()).unwrap();
        let utterances: Vec<Utterance> = routine_utterances(&plan, Coach::Full);
        let spoken = speak(&utterances, |p| match p {
            Phrase::Number(_) => count,
            _ => name,
        });
        prop_assert_eq!(spoken.len(), utterances.len());
        let starts: Vec<u64> = spoken.iter().filter_map(|s| match s.placement {
            Placement::Start(at) => Some(at),
            Placement::Dropped => None,
        }).collect();
        prop_assert!(starts.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(spoken.iter().all(|s| s.utterance.at >= Ms(0)));
    }
}
