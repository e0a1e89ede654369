//! Dose progression (issue 18), rule by rule and at each limit: a step up after a run with a settled back,
//! a step down after rising pain or repeated skipped work, nothing with too little history, at a bound,
//! within a week of an answered offer, and a pause while the journal shows a red flag. Histories are
//! written as one character per routine day, so every row reads as a calendar.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use std::collections::BTreeSet;

use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};
use limber_core::day::{routine_day, DEFAULT_DAY_BOUNDARY};
use limber_core::exercise::RangeField;
use limber_core::journal::{JournalEntry, SleepPosition};
use limber_core::library::save::taken_ids;
use limber_core::library::Library;
use limber_core::progression::{
    advise, apply, Advice, Answer, ApplyError, Because, Change, History, LastOffer, Measure,
    PastSession, Quiet,
};
use limber_core::routine::{CustomRoutine, Routine};

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn library() -> Library {
    Library::builtin().unwrap()
}

/// A built-in routine with some items' doses overridden: `(item, field, value)`.
fn routine(id: &str, overrides: &[(usize, RangeField, u32)]) -> Routine {
    let mut routine = library().routine(id).unwrap().clone();
    for (item, field, value) in overrides {
        let item = &mut routine.items[*item];
        match field {
            RangeField::HoldSecs => item.hold_secs = Some(*value),
            RangeField::Reps => item.reps = Some(*value),
            RangeField::Rounds => item.rounds = Some(*value),
        }
    }
    routine
}

fn offer(
    day: &str,
    item: usize,
    exercise: &str,
    field: RangeField,
    from: u32,
    to: u32,
    answer: Answer,
) -> LastOffer {
    LastOffer {
        day: date(day),
        change: Change {
            item,
            exercise: exercise.to_owned(),
            field,
            from,
            to,
        },
        answer,
    }
}

/// One row's history. `days` has one character per routine day, the last being today: `x` planned and
/// completed, `s` planned and completed with work on `skipped` skipped, `a` planned and started but not
/// completed, `.` planned and missed, `-` not planned, `+` not planned but completed. Spaces are ignored.
/// `feel` rates the last sessions, oldest first; `pain` and `stiffness` are morning check-ins on the last
/// days up to today (stiffness 2 where it is not given).
#[derive(Clone)]
struct Case {
    routine: Routine,
    today: NaiveDate,
    days: &'static str,
    feel: Vec<u8>,
    pain: Vec<u8>,
    stiffness: Vec<u8>,
    skipped: &'static str,
    offer: Option<LastOffer>,
    /// Extra check-ins, as (days before today, pain).
    earlier_pain: Vec<(u64, u8)>,
}

/// A Wednesday, far from any year's end; the boundary rows set their own.
const TODAY: &str = "2027-01-13";

fn case(routine_id: &str, days: &'static str) -> Case {
    Case {
        routine: routine(routine_id, &[]),
        today: date(TODAY),
        days,
        feel: Vec::new(),
        // A settled back unless a row says otherwise.
        pain: vec![2; 6],
        stiffness: Vec::new(),
        skipped: "",
        offer: None,
        earlier_pain: Vec::new(),
    }
}

impl Case {
    fn feel(mut self, feel: &[u8]) -> Self {
        self.feel = feel.to_vec();
        self
    }
    fn pain(mut self, pain: &[u8]) -> Self {
        self.pain = pain.to_vec();
        self
    }
    fn stiffness(mut self, stiffness: &[u8]) -> Self {
        self.stiffness = stiffness.to_vec();
        self
    }
    fn skipped(mut self, exercise: &'static str) -> Self {
        self.skipped = exercise;
        self
    }
    fn offer(mut self, offer: LastOffer) -> Self {
        self.offer = Some(offer);
        self
    }
    fn today(mut self, today: &str) -> Self {
        self.today = date(today);
        self
    }
    fn with(mut self, routine: Routine) -> Self {
        self.routine = routine;
        self
    }
    fn earlier_pain(mut self, days_before: u64, pain: u8) -> Self {
        self.earlier_pain.push((days_before, pain));
        self
    }

    /// The planned days, sessions and check-ins the row describes.
    fn history(&self) -> (Vec<NaiveDate>, Vec<PastSession>, Vec<JournalEntry>) {
        let marks: Vec<char> = self.days.chars().filter(|c| *c != ' ').collect();
        let first = self
            .today
            .checked_sub_days(Days::new(marks.len() as u64 - 1))
            .unwrap();
        let mut planned = Vec::new();
        let mut sessions = Vec::new();
        for (i, mark) in marks.iter().enumerate() {
            let day = first.checked_add_days(Days::new(i as u64)).unwrap();
            if matches!(mark, 'x' | 's' | 'a' | '.') {
                planned.push(day);
            }
            let session = |completed: bool, skipped: Vec<String>| PastSession {
                day,
                completed,
                feel: None,
                skipped,
            };
            match mark {
                'x' | '+' => sessions.push(session(true, vec![])),
                's' => sessions.push(session(true, vec![self.skipped.to_owned()])),
                'a' => sessions.push(session(false, vec![])),
                '.' | '-' => {}
                other => panic!("unknown day mark {other:?}"),
            }
        }
        assert!(
            self.feel.len() <= sessions.len(),
            "{} ratings for {} sessions",
            self.feel.len(),
            sessions.len()
        );
        let rated = sessions.len() - self.feel.len();
        for (session, feel) in sessions[rated..].iter_mut().zip(&self.feel) {
            session.feel = Some(*feel);
        }
        let entry = |day: NaiveDate, pain: u8, stiffness: u8| JournalEntry {
            day,
            pain,
            stiffness,
            sleep_quality: 3,
            sleep_position: SleepPosition::Side,
            note: None,
        };
        let mut check_ins: Vec<JournalEntry> = self
            .earlier_pain
            .iter()
            .map(|(back, pain)| {
                entry(
                    self.today.checked_sub_days(Days::new(*back)).unwrap(),
                    *pain,
                    2,
                )
            })
            .collect();
        let n = self.pain.len().max(self.stiffness.len());
        for i in 0..n {
            let day = self
                .today
                .checked_sub_days(Days::new((n - 1 - i) as u64))
                .unwrap();
            // Shorter lists are aligned on today; a missing pain is a settled 2, a missing stiffness 2.
            let at = |list: &[u8]| {
                let skip = n - list.len();
                if i >= skip {
                    list[i - skip]
                } else {
                    2
                }
            };
            check_ins.push(entry(day, at(&self.pain), at(&self.stiffness)));
        }
        (planned, sessions, check_ins)
    }

    fn advice(&self) -> Advice {
        let (planned, sessions, check_ins) = self.history();
        let history = History {
            today: self.today,
            planned_days: &planned,
            sessions: &sessions,
            check_ins: &check_ins,
            last_offer: self.offer.as_ref(),
        };
        advise(&library(), &self.routine, &history)
    }
}

/// The advice in a few words: `up`/`down` with the exercise, field and both doses, or why not.
fn show(advice: &Advice) -> String {
    match advice {
        Advice::Suggest(s) => format!(
            "{} {} {:?} {}→{}",
            if s.change.is_up() { "up" } else { "down" },
            s.change.exercise,
            s.change.field,
            s.change.from,
            s.change.to
        ),
        Advice::Paused { day, .. } => format!("paused {day}"),
        Advice::Quiet(Quiet::Answered { until }) => format!("wait until {until}"),
        Advice::Quiet(Quiet::TooLittleHistory {
            planned_days,
            ratings,
        }) => format!("too little: {planned_days} planned days, {ratings} ratings"),
        Advice::Quiet(Quiet::Building { finished, planned }) => {
            format!("building {finished}/{planned}")
        }
        Advice::Quiet(Quiet::NotSettled {
            measure,
            before,
            after,
        }) => format!("not settled {measure:?} {before:.2}→{after:.2}"),
        Advice::Quiet(Quiet::AtLimit) => "at limit".to_owned(),
    }
}

fn check(input: Case, expected: &str) {
    let got = show(&input.advice());
    assert_eq!(
        got, expected,
        "{} on {} with days {:?}, feel {:?}, pain {:?}",
        input.routine.id, input.today, input.days, input.feel, input.pain
    );
}

use RangeField::{HoldSecs, Reps, Rounds};

mod progress_support;
use progress_support::my;

/// Morning mobility as shipped: abdominal bracing 3 reps, hold 8 s (safe reps 3–5, hold 5–10 s by 2 s);
/// knee-to-chest hold 20 s, 1 round (hold 20–30 s by 5 s, rounds 1–2); supine knee twist 3 reps, hold 5 s
/// (reps 3–5, hold 5–10 s by 2 s); log roll (none); cat-cow 5 reps (5–10); open book 3 reps (3–5).
/// Knee-to-chest has climbed the smallest share of its ranges (none, and it comes first among those),
/// abdominal bracing the largest (2 of 5 steps).
const MORNING: &str = "morning-mobility";
/// The bedtime wind-down as shipped: cat-cow 8 reps (3 of 5 steps), open book 5 reps (at its maximum),
/// knee-to-chest hold 30 s and 2 rounds (at its maximum), supine knee twist 4 reps, hold 5 s (1 of 5).
const BEDTIME: &str = "bedtime-wind-down";

#[test]
fn step_up_after_a_run_table() {
    let rows: Vec<(Case, &str)> = vec![
        // Five of five planned mornings with a settled back: the least-climbed item steps up.
        (case(MORNING, "xxxxx"), "up knee-to-chest HoldSecs 20→25"),
        // Four of five is enough; three is not.
        (case(MORNING, "x.xxx"), "up knee-to-chest HoldSecs 20→25"),
        (case(MORNING, "xxx.x"), "up knee-to-chest HoldSecs 20→25"),
        (case(MORNING, "x.x.x"), "building 3/5"),
        (case(MORNING, "..xxx"), "building 3/5"),
        // A started but unfinished session is not a completed one.
        (case(MORNING, "xaxax"), "building 3/5"),
        // Only the last five planned days count: old misses are forgiven.
        (case(MORNING, "...xxxxx"), "up knee-to-chest HoldSecs 20→25"),
        // Days that were not planned neither count nor break the run; sessions on them do not fill it.
        (
            case(MORNING, "x-x-x-x-x"),
            "up knee-to-chest HoldSecs 20→25",
        ),
        (case(MORNING, ".+.+xxx"), "building 3/5"),
        // Today is not over: a planned day without a session yet is left out, a completed one counts.
        (case(MORNING, ".xxxx."), "up knee-to-chest HoldSecs 20→25"),
        (case(MORNING, "x.x.x."), "building 3/5"),
        (case(MORNING, "..xxxx"), "up knee-to-chest HoldSecs 20→25"),
        // Bedtime: open book and knee-to-chest are at their maxima; the knee twist has climbed less than
        // cat-cow, so it gets the rep.
        (case(BEDTIME, "xxxxx"), "up supine-knee-twist Reps 4→5"),
        // Within an item, the ranges are climbed in order: knee-to-chest's hold before its round.
        (
            case(MORNING, "xxxxx").with(routine(
                MORNING,
                &[
                    (0, Reps, 5),
                    (0, HoldSecs, 10),
                    (1, HoldSecs, 30),
                    (2, Reps, 5),
                    (2, HoldSecs, 10),
                    (4, Reps, 10),
                    (5, Reps, 5),
                ],
            )),
            "up knee-to-chest Rounds 1→2",
        ),
        // A step never crosses the maximum: 9 s goes to 10 s, not 11 s.
        (
            case(MORNING, "xxxxx").with(routine(
                MORNING,
                &[
                    (0, Reps, 5),
                    (0, HoldSecs, 9),
                    (1, HoldSecs, 30),
                    (1, Rounds, 2),
                    (2, Reps, 5),
                    (2, HoldSecs, 10),
                    (4, Reps, 10),
                    (5, Reps, 5),
                ],
            )),
            "up abdominal-bracing HoldSecs 9→10",
        ),
        // Everything at its maximum: nothing to offer.
        (
            case(MORNING, "xxxxx").with(routine(
                MORNING,
                &[
                    (0, Reps, 5),
                    (0, HoldSecs, 10),
                    (1, HoldSecs, 30),
                    (1, Rounds, 2),
                    (2, Reps, 5),
                    (2, HoldSecs, 10),
                    (4, Reps, 10),
                    (5, Reps, 5),
                ],
            )),
            "at limit",
        ),
        // A dose the person set outside the safe range is theirs: Limber never builds on it.
        (
            case(MORNING, "xxxxx").with(routine(MORNING, &[(1, HoldSecs, 45)])),
            "up supine-knee-twist Reps 3→4",
        ),
        (
            case(MORNING, "xxxxx").with(routine(MORNING, &[(1, HoldSecs, 15)])),
            "up supine-knee-twist Reps 3→4",
        ),
        // A routine of moves that are never made harder.
        (
            case(MORNING, "xxxxx").with(Routine {
                items: routine(MORNING, &[]).items[3..4].to_vec(),
                ..routine(MORNING, &[])
            }),
            "at limit",
        ),
    ];
    for (input, expected) in rows {
        check(input, expected);
    }
}

#[test]
fn a_settled_back_table() {
    let rows: Vec<(Case, &str)> = vec![
        // Stable or falling: less than one point up from the three ratings before to the last three.
        (
            case(MORNING, "xxxxx").pain(&[3, 3, 3, 3, 3, 3]),
            "up knee-to-chest HoldSecs 20→25",
        ),
        (
            case(MORNING, "xxxxx").pain(&[5, 4, 4, 3, 2, 2]),
            "up knee-to-chest HoldSecs 20→25",
        ),
        (
            case(MORNING, "xxxxx").pain(&[2, 2, 2, 2, 3, 3]),
            "up knee-to-chest HoldSecs 20→25",
        ),
        // One point up holds the dose; so does 1.67. Two points step it down (next table).
        (
            case(MORNING, "xxxxx").pain(&[2, 2, 2, 3, 3, 3]),
            "not settled MorningPain 2.00→3.00",
        ),
        (
            case(MORNING, "xxxxx").pain(&[2, 2, 2, 3, 4, 4]),
            "not settled MorningPain 2.00→3.67",
        ),
        // Only the last six ratings count.
        (
            case(MORNING, "xxxxx").pain(&[6, 6, 6, 2, 2, 2, 2, 2, 2]),
            "up knee-to-chest HoldSecs 20→25",
        ),
        // Stiffness that rises holds a step up back, though it never steps a dose down.
        (
            case(MORNING, "xxxxx").stiffness(&[1, 1, 1, 3, 3, 3]),
            "not settled MorningStiffness 1.00→3.00",
        ),
        (
            case(MORNING, "xxxxx").stiffness(&[1, 1, 1, 5, 5, 5]),
            "not settled MorningStiffness 1.00→5.00",
        ),
        // The rating after sessions counts like morning pain.
        (
            case(MORNING, "xxxxxx").pain(&[]).feel(&[3, 3, 3, 3, 2, 3]),
            "up knee-to-chest HoldSecs 20→25",
        ),
        (
            case(MORNING, "xxxxxx").pain(&[]).feel(&[3, 3, 3, 4, 4, 4]),
            "not settled AfterSessions 3.00→4.00",
        ),
        // Too little history: fewer than five planned days behind today, or fewer than six ratings of
        // either kind of pain.
        (
            case(MORNING, "xxxx"),
            "too little: 4 planned days, 6 ratings",
        ),
        (
            case(MORNING, "--xxxx"),
            "too little: 4 planned days, 6 ratings",
        ),
        (
            case(MORNING, "xxxx."),
            "too little: 4 planned days, 6 ratings",
        ),
        (
            case(MORNING, "xxxxx").pain(&[]),
            "too little: 5 planned days, 0 ratings",
        ),
        (
            case(MORNING, "xxxxx").pain(&[2, 2, 2, 2, 2]),
            "too little: 5 planned days, 5 ratings",
        ),
        (
            case(MORNING, "xxxxx").pain(&[]).feel(&[2, 2, 2, 2, 2]),
            "too little: 5 planned days, 5 ratings",
        ),
        // Ratings older than the 28-day window do not count: only today's check-in is left here.
        (
            case(MORNING, "xxxxx")
                .pain(&[2])
                .earlier_pain(28, 2)
                .earlier_pain(29, 2)
                .earlier_pain(30, 2)
                .earlier_pain(31, 2)
                .earlier_pain(32, 2),
            "too little: 5 planned days, 1 ratings",
        ),
    ];
    for (input, expected) in rows {
        check(input, expected);
    }
}

#[test]
fn step_down_table() {
    let up_25 = routine(MORNING, &[(1, HoldSecs, 25)]);
    let rows: Vec<(Case, &str)> = vec![
        // Morning pain two points up: the item highest in its ranges eases one step, last range first.
        (
            case(MORNING, "xxxxx").pain(&[2, 2, 2, 4, 4, 4]),
            "down abdominal-bracing HoldSecs 8→6",
        ),
        (
            case(MORNING, "xxxxx").pain(&[1, 2, 3, 3, 4, 5]),
            "down abdominal-bracing HoldSecs 8→6",
        ),
        // Rising pain eases the dose with or without a run behind it.
        (
            case(MORNING, "x..").pain(&[2, 2, 2, 4, 4, 4]),
            "down abdominal-bracing HoldSecs 8→6",
        ),
        (
            case(MORNING, "xxxxx")
                .pain(&[])
                .feel(&[1, 1, 1, 3, 3, 3])
                .days_more(),
            "down abdominal-bracing HoldSecs 8→6",
        ),
        // A step never crosses the minimum: 6 s goes to 5 s, not 4 s.
        (
            case(MORNING, "xxxxx")
                .pain(&[2, 2, 2, 4, 4, 4])
                .with(routine(MORNING, &[(0, HoldSecs, 6)])),
            "down abdominal-bracing HoldSecs 6→5",
        ),
        // From above its safe range, a dose comes down to the top of it.
        (
            case(MORNING, "xxxxx")
                .pain(&[2, 2, 2, 4, 4, 4])
                .with(routine(MORNING, &[(4, Reps, 15)])),
            "down cat-cow Reps 15→10",
        ),
        // Bedtime: open book and knee-to-chest are both at the top; the first one eases.
        (
            case(BEDTIME, "xxxxx").pain(&[2, 2, 2, 4, 4, 4]),
            "down open-book Reps 5→4",
        ),
        // Within an item, the ranges come down in reverse: knee-to-chest's round before its hold.
        (
            case(BEDTIME, "xxxxx")
                .pain(&[2, 2, 2, 4, 4, 4])
                .with(routine(BEDTIME, &[(2, Reps, 3)])),
            "down knee-to-chest Rounds 2→1",
        ),
        // After an accepted step up whose dose is still in place, rising pain takes that step back.
        (
            case(MORNING, "xxxxx")
                .pain(&[2, 2, 2, 4, 4, 4])
                .with(up_25.clone())
                .offer(offer(
                    "2027-01-05",
                    1,
                    "knee-to-chest",
                    HoldSecs,
                    20,
                    25,
                    Answer::Accepted,
                )),
            "down knee-to-chest HoldSecs 25→20",
        ),
        // Not when it was declined, or the dose has changed since.
        (
            case(MORNING, "xxxxx")
                .pain(&[2, 2, 2, 4, 4, 4])
                .offer(offer(
                    "2027-01-05",
                    1,
                    "knee-to-chest",
                    HoldSecs,
                    20,
                    25,
                    Answer::Declined,
                )),
            "down abdominal-bracing HoldSecs 8→6",
        ),
        (
            case(MORNING, "xxxxx")
                .pain(&[2, 2, 2, 4, 4, 4])
                .offer(offer(
                    "2027-01-05",
                    1,
                    "knee-to-chest",
                    HoldSecs,
                    20,
                    25,
                    Answer::Accepted,
                )),
            "down abdominal-bracing HoldSecs 8→6",
        ),
        // Everything at its minimum: nothing left to ease.
        (
            case(MORNING, "xxxxx")
                .pain(&[2, 2, 2, 4, 4, 4])
                .with(routine(MORNING, &[(0, HoldSecs, 5), (2, HoldSecs, 5)])),
            "at limit",
        ),
        // Rising stiffness alone never steps down (it only holds a step up back, see the settled table).
        (
            case(MORNING, "xxxxx").stiffness(&[1, 1, 1, 4, 4, 4]),
            "not settled MorningStiffness 1.00→4.00",
        ),
    ];
    for (input, expected) in rows {
        check(input, expected);
    }
}

impl Case {
    /// Six sessions instead of five, so six after-session ratings fit.
    fn days_more(mut self) -> Self {
        self.days = "xxxxxx";
        self
    }
}

#[test]
fn skipped_work_table() {
    let rows: Vec<(Case, &str)> = vec![
        // Cat-cow skipped in two of the last three sessions: cat-cow eases by a rep.
        (
            case(BEDTIME, "xxxss").skipped("cat-cow"),
            "down cat-cow Reps 8→7",
        ),
        (
            case(BEDTIME, "xxsxs").skipped("cat-cow"),
            "down cat-cow Reps 8→7",
        ),
        (
            case(BEDTIME, "xxsss").skipped("cat-cow"),
            "down cat-cow Reps 8→7",
        ),
        // Once in the last three is not repeated: the run steps up, but not the skipped move.
        (
            case(BEDTIME, "xxxxs").skipped("supine-knee-twist"),
            "up cat-cow Reps 8→9",
        ),
        // Skips before the last three sessions are forgotten.
        (
            case(BEDTIME, "ssxxx").skipped("cat-cow"),
            "up supine-knee-twist Reps 4→5",
        ),
        // Cat-cow at its minimum in the morning routine: nothing left to ease, and no step up either.
        (case(MORNING, "xxxss").skipped("cat-cow"), "at limit"),
        // A move that is never made harder cannot be eased.
        (case(MORNING, "xxxss").skipped("log-roll"), "at limit"),
        // Rising pain comes first when both apply.
        (
            case(BEDTIME, "xxxss")
                .skipped("cat-cow")
                .pain(&[2, 2, 2, 4, 4, 4]),
            "down open-book Reps 5→4",
        ),
    ];
    for (input, expected) in rows {
        check(input, expected);
    }
}

#[test]
fn week_spacing_and_red_flags_table() {
    let declined = |day: &str| offer(day, 1, "knee-to-chest", HoldSecs, 20, 25, Answer::Declined);
    let accepted = |day: &str| offer(day, 1, "knee-to-chest", HoldSecs, 20, 25, Answer::Accepted);
    let rows: Vec<(Case, &str)> = vec![
        // A declined offer is not made again for a week; on the seventh day it may be.
        (
            case(MORNING, "xxxxx").offer(declined("2027-01-13")),
            "wait until 2027-01-20",
        ),
        (
            case(MORNING, "xxxxx").offer(declined("2027-01-07")),
            "wait until 2027-01-14",
        ),
        (
            case(MORNING, "xxxxx").offer(declined("2027-01-06")),
            "up knee-to-chest HoldSecs 20→25",
        ),
        // After an accepted change, the next one waits a week too, a step down included.
        (
            case(MORNING, "xxxxx")
                .with(routine(MORNING, &[(1, HoldSecs, 25)]))
                .offer(accepted("2027-01-10")),
            "wait until 2027-01-17",
        ),
        (
            case(MORNING, "xxxxx")
                .pain(&[2, 2, 2, 5, 5, 5])
                .offer(accepted("2027-01-10")),
            "wait until 2027-01-17",
        ),
        // An answer dated after today (another computer's clock) still waits its week.
        (
            case(MORNING, "xxxxx").offer(declined("2027-01-15")),
            "wait until 2027-01-22",
        ),
        // Across New Year: declined on 27 December, quiet until 3 January.
        (
            case(MORNING, "xxxxx")
                .today("2027-01-02")
                .offer(declined("2026-12-27")),
            "wait until 2027-01-03",
        ),
        (
            case(MORNING, "xxxxx")
                .today("2027-01-03")
                .offer(declined("2026-12-27")),
            "up knee-to-chest HoldSecs 20→25",
        ),
        // A red flag pauses every suggestion: three mornings of severe pain...
        (
            case(MORNING, "xxxxx").pain(&[2, 2, 2, 7, 7, 7]),
            "paused 2027-01-13",
        ),
        // ...a step down included, and before the week's wait is even looked at.
        (
            case(BEDTIME, "xxxss").skipped("cat-cow").pain(&[7, 7, 7]),
            "paused 2027-01-13",
        ),
        (
            case(MORNING, "xxxxx")
                .pain(&[8, 8, 8])
                .offer(declined("2027-01-12")),
            "paused 2027-01-13",
        ),
        // A flag that has since cleared still pauses while it lies in the 28-day window: the run of
        // 22–20 days ago was last flagged 14 days ago (a run stays flagged a week after its last morning).
        (
            case(MORNING, "xxxxx")
                .earlier_pain(22, 8)
                .earlier_pain(21, 8)
                .earlier_pain(20, 8),
            "paused 2026-12-30",
        ),
        // Once the flag's last day is out of the window, suggestions resume.
        (
            case(MORNING, "xxxxx")
                .earlier_pain(42, 8)
                .earlier_pain(41, 8)
                .earlier_pain(40, 8),
            "up knee-to-chest HoldSecs 20→25",
        ),
        // Two bad mornings are not a flag.
        (
            case(MORNING, "xxxxx").pain(&[2, 2, 2, 2, 7, 7]),
            "down abdominal-bracing HoldSecs 8→6",
        ),
    ];
    for (input, expected) in rows {
        check(input, expected);
    }
}

/// The routine day, not the calendar date, places a late session: a wind-down finished at 00:40 on a
/// Monday (Sunday night) or on New Year's Day belongs to the evening before, so it completes that
/// planned evening. Counting it by the calendar would leave the run one evening short.
#[test]
fn late_sessions_count_for_the_evening_before() {
    fn check(
        last_evening: &str,
        finished_utc: &str,
        offset_secs: i32,
        boundary: NaiveTime,
        expected: &str,
    ) {
        let last = date(last_evening);
        // Planned every evening for the five evenings up to the late one; the first was missed.
        let planned: Vec<NaiveDate> = (0..5)
            .rev()
            .map(|back| last.checked_sub_days(Days::new(back)).unwrap())
            .collect();
        let mut sessions: Vec<PastSession> = planned[1..4]
            .iter()
            .map(|day| PastSession {
                day: *day,
                completed: true,
                feel: None,
                skipped: vec![],
            })
            .collect();
        let finished: DateTime<Utc> = finished_utc.parse().unwrap();
        let late_day = routine_day(finished, offset_secs, boundary);
        sessions.push(PastSession {
            day: late_day,
            completed: true,
            feel: None,
            skipped: vec![],
        });
        // Today is the day after the late evening; it is not a planned day.
        let today = last.succ_opt().unwrap();
        let check_ins: Vec<JournalEntry> = (0..6)
            .map(|back| JournalEntry {
                day: today.checked_sub_days(Days::new(back)).unwrap(),
                pain: 2,
                stiffness: 2,
                sleep_quality: 3,
                sleep_position: SleepPosition::Back,
                note: None,
            })
            .collect();
        let history = History {
            today,
            planned_days: &planned,
            sessions: &sessions,
            check_ins: &check_ins,
            last_offer: None,
        };
        let got = show(&advise(&library(), &routine(BEDTIME, &[]), &history));
        assert_eq!(got, expected, "{last_evening}, finished {finished_utc}");
    }
    let midnight = NaiveTime::MIN;
    // Sunday 10 January 2027 in Los Angeles (UTC-8): finished Monday 00:40 local, 08:40 UTC.
    check(
        "2027-01-10",
        "2027-01-11T08:40:00Z",
        -8 * 3600,
        DEFAULT_DAY_BOUNDARY,
        "up supine-knee-twist Reps 4→5",
    );
    check(
        "2027-01-10",
        "2027-01-11T08:40:00Z",
        -8 * 3600,
        midnight,
        "building 3/5",
    );
    // New Year's Eve in New York (UTC-5): finished 00:40 on 1 January, 05:40 UTC.
    check(
        "2026-12-31",
        "2027-01-01T05:40:00Z",
        -5 * 3600,
        DEFAULT_DAY_BOUNDARY,
        "up supine-knee-twist Reps 4→5",
    );
    check(
        "2026-12-31",
        "2027-01-01T05:40:00Z",
        -5 * 3600,
        midnight,
        "building 3/5",
    );
}

/// The reasons carry the numbers the words are built from.
#[test]
fn reasons_carry_the_numbers() {
    let Advice::Suggest(up) = case(MORNING, "x.xxx").advice() else {
        panic!()
    };
    assert_eq!(
        up.because,
        Because::Run {
            finished: 4,
            planned: 5
        }
    );
    let Advice::Suggest(down) = case(MORNING, "xxxxx").pain(&[2, 2, 2, 4, 4, 5]).advice() else {
        panic!()
    };
    match down.because {
        Because::PainRising {
            measure,
            before,
            after,
        } => {
            assert_eq!(measure, Measure::MorningPain);
            assert!((before - 2.0).abs() < 1e-9 && (after - 13.0 / 3.0).abs() < 1e-9);
        }
        other => panic!("{other:?}"),
    }
    let Advice::Suggest(skip) = case(BEDTIME, "xxsxs").skipped("cat-cow").advice() else {
        panic!()
    };
    assert_eq!(
        skip.because,
        Because::Skipped {
            exercise: "cat-cow".to_owned(),
            sessions: 2,
            of: 3
        }
    );
    let Advice::Paused { flag, .. } = case(MORNING, "xxxxx").pain(&[7, 7, 7]).advice() else {
        panic!()
    };
    assert!(matches!(
        flag,
        limber_core::insight::RedFlag::SustainedHighPain { mornings: 3, .. }
    ));
}

/// Applying an accepted change: a built-in routine becomes a personal copy, said in words; a person's
/// routine becomes its next version under the same id; the library and routine passed in never change.
#[test]
fn apply_table() {
    let builtin = library();
    let mine = |items_from: &str, based_on: Option<&str>| CustomRoutine {
        routine: Routine {
            id: "my-mornings".to_owned(),
            name: "My mornings".to_owned(),
            ..builtin.routine(items_from).unwrap().clone()
        },
        based_on: based_on.map(str::to_owned),
    };
    let mut evenings = mine(BEDTIME, None);
    evenings.routine.id = "my-evenings".to_owned();
    evenings.routine.name = "My evenings".to_owned();
    evenings.routine.items[4].reps = Some(5);
    let (with_mine, problems) = builtin.with_custom(vec![mine(MORNING, Some(MORNING)), evenings]);
    assert!(problems.is_empty());
    let change = |item: usize, exercise: &str, field: RangeField, from: u32, to: u32| Change {
        item,
        exercise: exercise.to_owned(),
        field,
        from,
        to,
    };
    let before = with_mine.clone();

    // What the changed item holds afterwards, the id, name, copy-of and whether it was copied, or the error.
    type Got = Result<(Option<u32>, String, String, Option<String>, bool), ApplyError>;
    let check = |routine_id: &str, change: Change, taken: &[&str], expected: Got| {
        let mut ids = taken_ids(&with_mine, []);
        ids.extend(taken.iter().map(|id| (*id).to_owned()));
        let got = apply(&with_mine, routine_id, &change, &ids, my).map(|applied| {
            let item = &applied.routine.routine.items[change.item];
            let value = match change.field {
                HoldSecs => item.hold_secs,
                Reps => item.reps,
                Rounds => item.rounds,
            };
            (
                value,
                applied.routine.routine.id.clone(),
                applied.routine.routine.name.clone(),
                applied.routine.based_on.clone(),
                applied.copied,
            )
        });
        assert_eq!(got, expected, "{routine_id} {change:?}");
        assert_eq!(with_mine, before, "the library passed in never changes");
    };
    let copied = true;
    // A built-in routine: a personal copy under a fresh id, which remembers the original.
    check(
        MORNING,
        change(1, "knee-to-chest", HoldSecs, 20, 25),
        &[],
        Ok((
            Some(25),
            "my-morning-mobility".into(),
            "My morning mobility".into(),
            Some(MORNING.into()),
            copied,
        )),
    );
    check(
        MORNING,
        change(1, "knee-to-chest", HoldSecs, 20, 25),
        &["my-morning-mobility"],
        Ok((
            Some(25),
            "my-morning-mobility-2".into(),
            "My morning mobility".into(),
            Some(MORNING.into()),
            copied,
        )),
    );
    // A person's routine: the next version, same id, same original, no notice.
    check(
        "my-mornings",
        change(4, "cat-cow", Reps, 5, 6),
        &[],
        Ok((
            Some(6),
            "my-mornings".into(),
            "My mornings".into(),
            Some(MORNING.into()),
            false,
        )),
    );
    // Back to the exercise's own default: the override goes, so the item reads as untouched.
    check(
        "my-evenings",
        change(4, "supine-knee-twist", Reps, 5, 4),
        &[],
        Ok((
            None,
            "my-evenings".into(),
            "My evenings".into(),
            None,
            false,
        )),
    );
    check(
        BEDTIME,
        change(4, "supine-knee-twist", Reps, 4, 5),
        &[],
        Ok((
            Some(5),
            "my-bedtime-wind-down".into(),
            "My bedtime wind-down".into(),
            Some(BEDTIME.into()),
            true,
        )),
    );
    check(
        BEDTIME,
        change(1, "cat-cow", Reps, 8, 9),
        &[],
        Ok((
            Some(9),
            "my-bedtime-wind-down".into(),
            "My bedtime wind-down".into(),
            Some(BEDTIME.into()),
            true,
        )),
    );
    // Stale: the dose, the exercise or the item is no longer what the suggestion was made from.
    let stale = |name: &str| {
        Err(ApplyError::Stale {
            routine_id: name.to_owned(),
        })
    };
    check(
        MORNING,
        change(1, "knee-to-chest", HoldSecs, 25, 30),
        &[],
        stale(MORNING),
    );
    check(
        MORNING,
        change(1, "cat-cow", HoldSecs, 20, 25),
        &[],
        stale(MORNING),
    );
    check(
        MORNING,
        change(9, "knee-to-chest", HoldSecs, 20, 25),
        &[],
        stale(MORNING),
    );
    // Outside the safe range, or a field the exercise has no range for.
    let out = |name: &str| {
        Err(ApplyError::OutOfRange {
            exercise_id: name.to_owned(),
        })
    };
    check(
        MORNING,
        change(1, "knee-to-chest", HoldSecs, 20, 35),
        &[],
        out("knee-to-chest"),
    );
    check(
        MORNING,
        change(4, "cat-cow", Reps, 5, 4),
        &[],
        out("cat-cow"),
    );
    check(
        MORNING,
        change(4, "cat-cow", Rounds, 1, 2),
        &[],
        out("cat-cow"),
    );
    check(
        MORNING,
        change(3, "log-roll", Reps, 1, 2),
        &[],
        out("log-roll"),
    );
    check(
        "nowhere",
        change(1, "knee-to-chest", HoldSecs, 20, 25),
        &[],
        Err(ApplyError::Unknown("nowhere".into())),
    );
}

/// A change, then its undo, gives back the routine it started from.
#[test]
fn undo_gives_back_the_routine() {
    let builtin = library();
    let taken: BTreeSet<String> = taken_ids(&builtin, []);
    let up = Change {
        item: 1,
        exercise: "knee-to-chest".into(),
        field: HoldSecs,
        from: 20,
        to: 25,
    };
    let copy = apply(&builtin, MORNING, &up, &taken, my).unwrap();
    let (library, problems) = builtin.with_custom(vec![copy.routine.clone()]);
    assert!(problems.is_empty());
    let back = apply(&library, &copy.routine.routine.id, &up.undo(), &taken, my).unwrap();
    assert!(!back.copied);
    assert_eq!(
        back.routine.routine.items,
        builtin.routine(MORNING).unwrap().items
    );
}
