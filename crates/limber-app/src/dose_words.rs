//! The adaptive dose's sentences, as catalogue [`Words`] (`assets/locales/<tag>/dose.ftl`): why a change is
//! offered, both doses, why nothing is offered, the dose history's stretches and what an answer did. The
//! rules (`limber_core::progression`) give the numbers and the change; the words are made here, so the core
//! speaks no language and the window says them in the language in force.

use limber_core::dose_history::FieldValue;
use limber_core::exercise::{RangeField, Sides};
use limber_core::library::Library;
use limber_core::progression::{self, ApplyError, Because, Change, Measure, Quiet, Suggestion};
use limber_core::routine::{Routine, TimeOfDay};

use crate::error::AppError;
use crate::words::{Arg, Tenths, Words};

/// An exercise's name: a built-in one's from the catalogue, in the language the sentence is said in.
pub fn exercise_name(library: &Library, id: &str) -> Arg {
    match library.exercise(id) {
        Some(_) => Words::new(&format!("exercise-{id}-name")).into(),
        None => id.into(),
    }
}

/// A routine's name: a built-in one's from the catalogue, a person's own as they wrote it.
pub fn routine_name(library: &Library, id: &str, name: &str) -> Arg {
    if library.builtin_routine(id).is_some() {
        Words::new(&format!("routine-{id}-name")).into()
    } else {
        name.into()
    }
}

fn sides_word(sides: Sides) -> &'static str {
    match sides {
        Sides::None => "none",
        Sides::Each | Sides::Alternate => "each",
    }
}

fn measure_word(measure: Measure) -> &'static str {
    match measure {
        Measure::AfterSessions => "after-sessions",
        Measure::MorningPain => "morning-pain",
        Measure::MorningStiffness => "morning-stiffness",
    }
}

/// One dose of an exercise, as the history lists it: "Knee-to-chest: hold 25 s", "Cat-cow: 6 reps".
pub fn dose_value(library: &Library, routine: &Routine, dose: &FieldValue) -> Words {
    let sides = progression::item_sides(library, routine, dose.item, &dose.exercise);
    let id = match dose.field {
        RangeField::HoldSecs => "dose-value-hold",
        RangeField::Reps => "dose-value-reps",
        RangeField::Rounds => "dose-value-rounds",
    };
    Words::new(id)
        .with("exercise", exercise_name(library, &dose.exercise))
        .with("value", dose.value)
        .with("sides", sides_word(sides))
}

/// Both doses of a change: "Knee-to-chest: hold 25 s instead of 20 s." (an offer, and what undo brings back).
pub fn change(library: &Library, routine: &Routine, change: &Change) -> Words {
    let sides = progression::item_sides(library, routine, change.item, &change.exercise);
    let id = match change.field {
        RangeField::HoldSecs => "dose-change-hold",
        RangeField::Reps => "dose-change-reps",
        RangeField::Rounds => "dose-change-rounds",
    };
    Words::new(id)
        .with("exercise", exercise_name(library, &change.exercise))
        .with("from", change.from)
        .with("to", change.to)
        .with("sides", sides_word(sides))
}

/// Why a change is offered, from the numbers, and what to try: "You finished 5 of your last 5 evenings and
/// your back has been about the same or better: try 5 more seconds in each hold."
pub fn why(library: &Library, routine: &Routine, suggestion: &Suggestion) -> Words {
    let reason = match &suggestion.because {
        Because::Run { finished, planned } => Words::new("dose-because-run")
            .with("finished", *finished)
            .with("planned", *planned)
            .with(
                "days",
                match routine.time_of_day {
                    TimeOfDay::Bedtime => "bedtime",
                    TimeOfDay::Morning => "morning",
                    TimeOfDay::Anytime => "anytime",
                },
            ),
        Because::PainRising {
            measure,
            before,
            after,
        } => Words::new("dose-because-rising")
            .with("measure", measure_word(*measure))
            .with("before", Tenths::of(*before))
            .with("after", Tenths::of(*after)),
        Because::Skipped { sessions, of, .. } => Words::new("dose-because-skipped")
            .with(
                "exercise",
                exercise_name(library, &suggestion.change.exercise),
            )
            .with("sessions", *sessions)
            .with("of", *of),
    };
    let change = &suggestion.change;
    let sides = progression::item_sides(library, routine, change.item, &change.exercise);
    let step = match (change.field, change.is_up()) {
        (RangeField::HoldSecs, true) => "dose-step-hold-up",
        (RangeField::HoldSecs, false) => "dose-step-hold-down",
        (RangeField::Reps, true) => "dose-step-reps-up",
        (RangeField::Reps, false) => "dose-step-reps-down",
        (RangeField::Rounds, true) => "dose-step-rounds-up",
        (RangeField::Rounds, false) => "dose-step-rounds-down",
    };
    Words::new("dose-why").with("reason", reason).with(
        "step",
        Words::new(step)
            .with("by", change.from.abs_diff(change.to))
            .with("sides", sides_word(sides)),
    )
}

/// Why nothing is offered, in one sentence.
pub fn quiet(quiet: &Quiet) -> Words {
    match quiet {
        Quiet::Answered { until } => {
            Words::new("dose-quiet-answered").with("day", Words::date(*until))
        }
        Quiet::TooLittleHistory { .. } => Words::new("dose-quiet-little-history"),
        Quiet::Building { finished, planned } => Words::new("dose-quiet-building")
            .with("finished", *finished)
            .with("planned", *planned)
            .with("needed", progression::RUN_COMPLETE)
            .with("days", progression::RUN_DAYS),
        Quiet::NotSettled {
            measure,
            before,
            after,
        } => Words::new("dose-quiet-not-settled")
            .with("measure", measure_word(*measure))
            .with("before", Tenths::of(*before))
            .with("after", Tenths::of(*after)),
        Quiet::AtLimit => Words::new("dose-quiet-at-limit"),
    }
}

/// Why an accepted change was not applied, with nothing changed.
pub fn refused(library: &Library, error: ApplyError) -> AppError {
    match error {
        ApplyError::Unknown(id) => AppError::NotFound {
            what: "routine",
            id,
        },
        ApplyError::Stale { routine_id } => {
            let name = library
                .routine(&routine_id)
                .map_or_else(|| routine_id.clone(), |routine| routine.name.clone());
            AppError::Refused(
                Words::new("dose-refused-stale")
                    .with("routine", routine_name(library, &routine_id, &name)),
            )
        }
        ApplyError::OutOfRange { exercise_id } => AppError::Refused(
            Words::new("dose-refused-range").with("exercise", exercise_name(library, &exercise_id)),
        ),
        ApplyError::Save(save) => save.into(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // Tests fail loudly by design.

    use super::*;
    use chrono::NaiveDate;
    use limber_core::dose_history::DoseLog;

    fn library() -> Library {
        Library::builtin().unwrap()
    }

    fn change_of(
        routine: &Routine,
        exercise: &str,
        field: RangeField,
        from: u32,
        to: u32,
    ) -> Change {
        Change {
            item: routine
                .items
                .iter()
                .position(|item| item.exercise == exercise)
                .unwrap(),
            exercise: exercise.to_owned(),
            field,
            from,
            to,
        }
    }

    /// The offer's two sentences, from the numbers, in English and German: each reason, each step up and
    /// down, with and without sides, one and many.
    #[test]
    fn offers_table() {
        let library = library();
        let check = |routine_id: &str,
                     because: Because,
                     (exercise, field, from, to): (&str, RangeField, u32, u32),
                     expected: [&str; 4]| {
            let routine = library.routine(routine_id).unwrap();
            let suggestion = Suggestion {
                routine_id: routine_id.to_owned(),
                change: change_of(routine, exercise, field, from, to),
                because,
            };
            let why = why(&library, routine, &suggestion);
            let doses = change(&library, routine, &suggestion.change);
            assert_eq!(why.say("en"), expected[0]);
            assert_eq!(doses.say("en"), expected[1]);
            assert_eq!(why.say("de"), expected[2]);
            assert_eq!(doses.say("de"), expected[3]);
        };
        let run = |finished, planned| Because::Run { finished, planned };
        check(
            "morning-mobility",
            run(5, 5),
            ("knee-to-chest", RangeField::HoldSecs, 20, 25),
            [
                "You finished 5 of your last 5 mornings and your back has been about the same or better: try 5 more seconds in each hold.",
                "Knee-to-chest: hold 25 s instead of 20 s.",
                "Du hast 5 deiner letzten 5 Morgen geschafft, und dein Rücken ist etwa gleich geblieben oder besser geworden: Versuch 5 Sekunden mehr bei jedem Halten.",
                "Knie zur Brust: 25 s halten statt 20 s.",
            ],
        );
        check(
            "bedtime-wind-down",
            run(4, 5),
            ("supine-knee-twist", RangeField::Reps, 4, 5),
            [
                "You finished 4 of your last 5 evenings and your back has been about the same or better: try one more rep on each side.",
                "Supine knee twist: 5 reps on each side instead of 4.",
                "Du hast 4 deiner letzten 5 Abende geschafft, und dein Rücken ist etwa gleich geblieben oder besser geworden: Versuch eine Wiederholung mehr pro Seite.",
                "Kniekippen in Rückenlage: 5 Wiederholungen pro Seite statt 4.",
            ],
        );
        check(
            "morning-mobility",
            Because::PainRising {
                measure: Measure::MorningPain,
                before: 7.0 / 3.0,
                after: 13.0 / 3.0,
            },
            ("abdominal-bracing", RangeField::HoldSecs, 8, 6),
            [
                "Your back has hurt more in the mornings lately (from 2.3 to 4.3 out of 10 on average): try 2 fewer seconds in each hold.",
                "Abdominal bracing: hold 6 s instead of 8 s.",
                "Dein Rücken hat morgens zuletzt mehr wehgetan (im Schnitt von 2.3 auf 4.3 von 10): Versuch 2 Sekunden weniger bei jedem Halten.",
                "Bauchspannung: 6 s halten statt 8 s.",
            ],
        );
        check(
            "bedtime-wind-down",
            Because::Skipped {
                exercise: "cat-cow".to_owned(),
                sessions: 2,
                of: 3,
            },
            ("cat-cow", RangeField::Reps, 8, 7),
            [
                "You skipped part of Cat-cow in 2 of your last 3 sessions: try one fewer rep.",
                "Cat-cow: 7 reps instead of 8.",
                "Du hast in 2 deiner letzten 3 Einheiten einen Teil von Katze-Kuh ausgelassen: Versuch eine Wiederholung weniger.",
                "Katze-Kuh: 7 Wiederholungen statt 8.",
            ],
        );
        check(
            "bedtime-wind-down",
            Because::PainRising {
                measure: Measure::AfterSessions,
                before: 1.0,
                after: 3.0,
            },
            ("knee-to-chest", RangeField::Rounds, 2, 1),
            [
                "Your back has felt worse after this routine lately (from 1 to 3 out of 10 on average): try one fewer round.",
                "Knee-to-chest: 1 round instead of 2.",
                "Dein Rücken hat sich nach dieser Routine zuletzt schlechter angefühlt (im Schnitt von 1 auf 3 von 10): Versuch eine Runde weniger.",
                "Knie zur Brust: 1 Runde statt 2.",
            ],
        );
    }

    /// The dose history names each changed exercise with its sides, in routine order.
    #[test]
    fn history_doses_are_named_with_their_exercise_and_sides() {
        let library = library();
        let routine = library.routine("bedtime-wind-down").unwrap();
        let knee = change_of(routine, "knee-to-chest", RangeField::HoldSecs, 20, 25);
        let twist = change_of(routine, "supine-knee-twist", RangeField::Reps, 4, 5);
        let mut log = DoseLog::default();
        let at = |text: &str| text.parse().unwrap();
        log.accept(
            knee,
            at("2026-11-02T21:00:00Z"),
            "2026-11-02".parse().unwrap(),
        );
        log.accept(
            twist,
            at("2026-11-09T21:00:00Z"),
            "2026-11-09".parse().unwrap(),
        );
        let said: Vec<Vec<String>> = log
            .eras(&[])
            .iter()
            .map(|era| {
                era.doses
                    .iter()
                    .map(|dose| dose_value(&library, routine, dose).say("en"))
                    .collect()
            })
            .collect();
        assert_eq!(
            said.last().unwrap(),
            &[
                "Knee-to-chest: hold 25 s".to_owned(),
                "Supine knee twist: 5 reps on each side".to_owned()
            ]
        );
        assert_eq!(
            said.first().unwrap(),
            &[
                "Knee-to-chest: hold 20 s".to_owned(),
                "Supine knee twist: 4 reps on each side".to_owned()
            ]
        );
    }

    /// Why nothing is offered, every kind, with its date said in the language.
    #[test]
    fn quiet_table() {
        let monday: NaiveDate = "2026-12-14".parse().unwrap();
        let cases = [
            (
                Quiet::Answered { until: monday },
                "At most one change a week: the next suggestion can come from Monday 14 December.",
                "Höchstens eine Änderung pro Woche: Der nächste Vorschlag kann ab Montag, 14. Dezember kommen.",
            ),
            (
                Quiet::Building {
                    finished: 3,
                    planned: 5,
                },
                "3 of the last 5 planned days done: after 4 of 5, Limber may suggest a little more.",
                "3 der letzten 5 geplanten Tage geschafft: Nach 4 von 5 schlägt Limber vielleicht etwas mehr vor.",
            ),
            (
                Quiet::NotSettled {
                    measure: Measure::MorningStiffness,
                    before: 2.0,
                    after: 2.5,
                },
                "The dose stays as it is: morning stiffness went from 2 to 2.5 on average, so it is not the time to add more.",
                "Der Umfang bleibt, wie er ist: Die Steifheit am Morgen ging im Schnitt von 2 auf 2.5, daher ist jetzt nicht die Zeit für mehr.",
            ),
        ];
        for (quiet_kind, english, german) in cases {
            assert_eq!(quiet(&quiet_kind).say("en"), english);
            assert_eq!(quiet(&quiet_kind).say("de"), german);
        }
        assert!(quiet(&Quiet::AtLimit).say("en").contains("safe range"));
        assert!(quiet(&Quiet::TooLittleHistory {
            planned_days: 1,
            ratings: 0
        })
        .say("de")
        .contains("Check-ins"));
    }

    /// A refused change names the routine or exercise in the language it is said in.
    #[test]
    fn refusals_name_what_they_refuse() {
        let library = library();
        let stale = refused(
            &library,
            ApplyError::Stale {
                routine_id: "morning-mobility".to_owned(),
            },
        );
        let words = crate::error::CommandError::from(stale).message;
        assert_eq!(
            words.say("en"),
            "This suggestion no longer fits Morning mobility: the routine was changed since it was made. Nothing was changed."
        );
        assert!(
            words.say("de").contains("Beweglich in den Morgen"),
            "{}",
            words.say("de")
        );
        let out = refused(
            &library,
            ApplyError::OutOfRange {
                exercise_id: "cat-cow".to_owned(),
            },
        );
        let words = crate::error::CommandError::from(out).message;
        assert!(words.say("de").contains("Katze-Kuh"), "{}", words.say("de"));
    }
}
