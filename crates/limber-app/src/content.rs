//! Limber's built-in content in the person's language: exercises, routines, the safety guide and the moves
//! left out for a person, as the window, the player, reminders and the tray show them.
//!
//! The English words live in the content files (`assets/exercises`, `assets/routines`,
//! `assets/content/safety.json`), which `limber-core` reads and checks; it stays free of languages.
//! `scripts/content-l10n.mjs` writes those words to the catalogue as `en/content-*.ftl` under ids made from the
//! content's ids (`exercise-cat-cow-step-2`, `routine-bedtime-wind-down-name`, `safety-sign-bladder-bowel`), and
//! translators translate those files. This module computes the same ids and looks each text up in the
//! language in force; a message the language lacks keeps the content file's English, so a half-translated
//! language shows English rather than an id.
//!
//! Only built-in content is translated. A routine a person made keeps their words, and so does their copy of
//! a built-in routine (a duplicate made in the editor: it has its own id and its own name, so it is theirs);
//! the exercises inside it are built-in and are translated. This module never changes the library and never
//! formats anything but content.

use limber_core::contraindication;
use limber_core::exercise::Exercise;
use limber_core::library::Library;
use limber_core::routine::Routine;
use limber_core::safety;
use limber_core::session as core_session;

use crate::i18n;
use crate::wire;

/// The content message `id` in `language`, or `english` (the content file's own text) when the language has
/// no such message. English itself is the content file's text, never looked up.
pub fn say(language: &str, id: &str, english: &str) -> String {
    if language == i18n::SOURCE {
        return english.to_owned();
    }
    i18n::catalogue()
        .own_text(language, id)
        .unwrap_or_else(|| english.to_owned())
}

/// The id part of a pace phase's pose name, as `scripts/content-l10n.mjs` writes it: `breatheIn` is
/// `breathe-in`.
fn kebab(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut previous_lower = false;
    for c in name.chars() {
        if c.is_ascii_uppercase() && previous_lower {
            out.push('-');
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// A built-in exercise's name.
pub fn exercise_name(language: &str, id: &str, english: &str) -> String {
    say(language, &format!("exercise-{id}-name"), english)
}

/// The label of one phase of an exercise's rep ("cow", "hold"), for a figure or a voice.
pub fn phase_label(language: &str, exercise_id: &str, phase: &str) -> String {
    let english = kebab(phase).replace('-', " ");
    say(
        language,
        &format!("exercise-{exercise_id}-pace-{}", kebab(phase)),
        &english,
    )
}

/// A whole exercise as it crosses to the window, its words in `language`.
pub fn exercise(language: &str, exercise: &Exercise) -> wire::library::Exercise {
    let mut out = wire::library::Exercise::from(exercise);
    if language == i18n::SOURCE {
        return out;
    }
    let id = &exercise.id;
    let field =
        |part: &str, english: &str| say(language, &format!("exercise-{id}-{part}"), english);
    out.name = field("name", &exercise.name);
    out.summary = field("summary", &exercise.summary);
    out.spoken = field("spoken", &exercise.spoken);
    out.breathing = field("breathing", &exercise.breathing);
    out.steps = numbered(language, &format!("exercise-{id}-step"), &exercise.steps);
    out.cautions = numbered(
        language,
        &format!("exercise-{id}-caution"),
        &exercise.cautions,
    );
    out
}

/// A numbered list (steps, cautions), each item by its position from 1. A language that lacks any item of the
/// list shows the whole list in English, so a list is never half one language and half another.
fn numbered(language: &str, prefix: &str, english: &[String]) -> Vec<String> {
    let translated: Option<Vec<String>> = (1..=english.len())
        .map(|n| i18n::catalogue().own_text(language, &format!("{prefix}-{n}")))
        .collect();
    translated.unwrap_or_else(|| english.to_vec())
}

/// True for a routine that ships with Limber, unchanged in id: a person's routines (their own, and their
/// copies of built-in ones) are not.
fn is_builtin(library: &Library, routine: &Routine) -> bool {
    library.builtin_routine(&routine.id).is_some()
}

/// A routine's name: a built-in one's in `language`, a person's own as they wrote it.
pub fn routine_name(language: &str, library: &Library, routine: &Routine) -> String {
    named(language, library, &routine.id, &routine.name)
}

/// The name of the routine `id`, whose name in the library or the store is `name`: a built-in routine's in
/// `language`, any other (a person's, a deleted one) as it is. For lists that carry only ids and names.
pub fn named(language: &str, library: &Library, id: &str, name: &str) -> String {
    if library.builtin_routine(id).is_some() {
        say(language, &format!("routine-{id}-name"), name)
    } else {
        name.to_owned()
    }
}

/// What the person's copy of `source` is called, in `language`: a built-in routine's copy by the catalogue
/// ("My bedtime wind-down"), a copy of their own routine "Evenings (copy)".
pub fn copy_name(language: &str, source: &Routine, own: bool) -> String {
    if own {
        crate::words::Words::new("routine-copy-of-own")
            .with("name", source.name.as_str())
            .say(language)
    } else {
        i18n::text(language, &format!("routine-{}-copy-name", source.id))
    }
}

/// A routine's description: a built-in one's in `language`, a person's own as they wrote it.
pub fn routine_description(language: &str, library: &Library, routine: &Routine) -> String {
    if is_builtin(library, routine) {
        say(
            language,
            &format!("routine-{}-description", routine.id),
            &routine.description,
        )
    } else {
        routine.description.clone()
    }
}

/// The progress dashboard with its built-in routines named in `language` (a person's keep their names).
pub fn dashboard(
    language: &str,
    library: &Library,
    mut dashboard: crate::progress::Dashboard,
) -> crate::progress::Dashboard {
    for routine in &mut dashboard.routines {
        routine.name = named(language, library, &routine.routine_id, &routine.name);
    }
    dashboard
}

/// The progress settings with their built-in routines named in `language`.
pub fn progress_settings(
    language: &str,
    library: &Library,
    mut view: crate::progress_settings::ProgressSettingsView,
) -> crate::progress_settings::ProgressSettingsView {
    for routine in &mut view.routines {
        routine.name = named(language, library, &routine.id, &routine.name);
    }
    view
}

/// A move left out of a routine for the person, with its name in `language`.
pub fn left_out(language: &str, left_out: &contraindication::LeftOut) -> wire::safety::LeftOut {
    let mut out = wire::safety::LeftOut::from(left_out);
    out.exercise_name = exercise_name(language, &left_out.exercise_id, &left_out.exercise_name);
    out
}

/// The safety guide in `language`.
pub fn safety_guide(language: &str, guide: &safety::SafetyGuide) -> wire::safety::SafetyGuide {
    let mut out = wire::safety::SafetyGuide::from(guide);
    if language == i18n::SOURCE {
        return out;
    }
    out.title = say(language, "safety-title", &guide.title);
    out.intro = say(language, "safety-intro", &guide.intro);
    for level in &mut out.levels {
        level.heading = say(
            language,
            &format!("safety-level-{}-heading", level.id),
            &level.heading,
        );
        level.action = say(
            language,
            &format!("safety-level-{}-action", level.id),
            &level.action,
        );
        for sign in &mut level.signs {
            sign.text = say(language, &format!("safety-sign-{}", sign.id), &sign.text);
        }
    }
    for note in [
        &mut out.stop_rule,
        &mut out.not_medical_advice,
        &mut out.stiff_mornings,
        &mut out.journal,
    ] {
        note.text = say(language, &format!("safety-{}", note.id), &note.text);
    }
    out
}

/// A step of a running session, its exercise named in `language`.
pub fn step(language: &str, step: &core_session::StepView) -> wire::session::StepView {
    let mut out = wire::session::StepView::from(step);
    if let (Some(id), Some(name)) = (&step.exercise_id, &step.exercise_name) {
        out.exercise_name = Some(exercise_name(language, id, name));
    }
    out
}

/// A session's snapshot with its steps' exercises named in `language`.
pub fn snapshot(language: &str, snapshot: &core_session::Snapshot) -> wire::session::Snapshot {
    let mut out = wire::session::Snapshot::from(snapshot);
    out.step = snapshot.step.as_ref().map(|s| step(language, s));
    out.next = snapshot.next.as_ref().map(|s| step(language, s));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use limber_core::contraindication::Condition;
    use limber_core::routine::{CustomRoutine, RoutineItem, TimeOfDay};

    fn builtin() -> Library {
        Library::builtin().unwrap()
    }

    /// Issue 22: an exercise crosses to the window in German, every field of words translated and every
    /// other field as it was.
    #[test]
    fn a_german_exercise_dto() {
        let library = builtin();
        let cat_cow = library.exercise("cat-cow").unwrap();
        let german = exercise("de", cat_cow);
        let english = exercise("en", cat_cow);
        assert_eq!(german.name, "Katze-Kuh");
        assert_eq!(
            german.steps[0],
            "Geh in den Vierfüßlerstand: Hände unter den Schultern, Knie unter den Hüften."
        );
        assert_eq!(
            german.cautions[0],
            "Hör auf, wenn die Schmerzen stärker werden oder in ein Bein ausstrahlen."
        );
        assert_eq!(german.steps.len(), english.steps.len());
        assert_eq!(german.cautions.len(), english.cautions.len());
        assert_ne!(german.summary, english.summary);
        assert_ne!(german.spoken, english.spoken);
        assert_ne!(german.breathing, english.breathing);
        // English is the content file's own text.
        assert_eq!(english, wire::library::Exercise::from(cat_cow));
        // What is not words stays as it is.
        assert_eq!(
            (
                german.id,
                german.dose,
                german.avoid_with,
                german.illustration
            ),
            (
                english.id,
                english.dose,
                english.avoid_with,
                english.illustration
            )
        );
    }

    /// Every built-in exercise and routine and the whole safety guide are translated into German: no field
    /// of words is left equal to its English (names aside, which may coincide).
    #[test]
    fn german_covers_all_builtin_content() {
        let library = builtin();
        for e in library.exercises() {
            let german = exercise("de", e);
            for (english, translated) in e.steps.iter().zip(&german.steps) {
                assert_ne!(english, translated, "{} step", e.id);
            }
            for (english, translated) in e.cautions.iter().zip(&german.cautions) {
                assert_ne!(english, translated, "{} caution", e.id);
            }
        }
        for routine in library.routines() {
            assert_ne!(
                routine_description("de", &library, routine),
                routine.description
            );
        }
        let guide = safety::SafetyGuide::builtin().unwrap();
        let german = safety_guide("de", &guide);
        let signs = |g: &wire::safety::SafetyGuide| -> Vec<String> {
            g.levels
                .iter()
                .flat_map(|l| l.signs.iter().map(|s| s.text.clone()))
                .collect()
        };
        let english = safety_guide("en", &guide);
        for (e, d) in signs(&english).iter().zip(signs(&german).iter()) {
            assert_ne!(e, d);
        }
        assert_eq!(german.title, "Sicherheit zuerst");
        assert_ne!(german.stop_rule.text, english.stop_rule.text);
        assert_ne!(
            german.not_medical_advice.text,
            english.not_medical_advice.text
        );
    }

    /// Issue 22: a language that lacks a message shows the content file's English for it, and a list it lacks
    /// any item of is shown whole in English. An unknown language has no content at all; no language has an
    /// exercise Limber does not know.
    #[test]
    fn a_missing_message_falls_back_to_the_english_content() {
        fn check(language: &str, id: &str, english: &str, expected: &str) {
            assert_eq!(say(language, id, english), expected, "{language} {id}");
        }
        check("de", "exercise-cat-cow-name", "Cat-cow", "Katze-Kuh");
        check("de", "exercise-moonwalk-name", "Moonwalk", "Moonwalk");
        check("es", "exercise-cat-cow-name", "Cat-cow", "Gato-vaca");
        check("es", "exercise-moonwalk-name", "Moonwalk", "Moonwalk");
        check("xx", "safety-title", "Safety first", "Safety first");
        // English never comes from the catalogue: it is the content file's text, even where they differ.
        check("en", "exercise-cat-cow-name", "Cat and cow", "Cat and cow");
        let steps = vec!["One.".to_owned(), "Two.".to_owned()];
        assert_eq!(numbered("de", "exercise-nothing-step", &steps), steps);
        assert_eq!(numbered("es", "exercise-nothing-step", &steps), steps);
        let library = builtin();
        let plank = library.exercise("plank").unwrap();
        assert_eq!(exercise("xx", plank), exercise("en", plank));
    }

    /// Issue 22: a person's routine keeps the words they gave it, in every language, and so does their copy
    /// of a built-in routine; the built-in one beside it is translated.
    #[test]
    fn a_persons_own_routine_is_untouched() {
        let own = Routine {
            id: "my-evening".to_owned(),
            name: "My evening".to_owned(),
            description: "Slow and short.".to_owned(),
            time_of_day: TimeOfDay::Bedtime,
            items: vec![RoutineItem::new("cat-cow".to_owned())],
        };
        let copy = Routine {
            id: "my-bedtime-wind-down".to_owned(),
            name: "Bedtime wind-down".to_owned(),
            ..library_routine("bedtime-wind-down")
        };
        let (library, problems) = builtin().with_custom(vec![
            CustomRoutine {
                routine: own.clone(),
                based_on: None,
            },
            CustomRoutine {
                routine: copy.clone(),
                based_on: Some("bedtime-wind-down".to_owned()),
            },
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        for routine in [&own, &copy] {
            let routine = library.routine(&routine.id).unwrap();
            assert_eq!(routine_name("de", &library, routine), routine.name);
            assert_eq!(
                routine_description("de", &library, routine),
                routine.description
            );
        }
        let shipped = library.routine("bedtime-wind-down").unwrap();
        assert_eq!(
            routine_name("de", &library, shipped),
            "Zur Ruhe kommen am Abend"
        );
        assert_eq!(routine_name("en", &library, shipped), "Bedtime wind-down");
    }

    fn library_routine(id: &str) -> Routine {
        builtin().routine(id).unwrap().clone()
    }

    #[test]
    fn left_out_moves_are_named_in_the_language() {
        let library = builtin().for_conditions(&[Condition::Osteoporosis]);
        let left = library.left_out("bedtime-wind-down");
        assert!(!left.is_empty());
        let names: Vec<String> = left
            .iter()
            .map(|l| left_out("de", l).exercise_name)
            .collect();
        assert!(names.contains(&"Katze-Kuh".to_owned()), "{names:?}");
    }

    #[test]
    fn phase_labels_table() {
        fn check(language: &str, exercise: &str, phase: &str, expected: &str) {
            assert_eq!(phase_label(language, exercise, phase), expected);
        }
        check("en", "diaphragmatic-breathing", "breatheIn", "breathe in");
        check("de", "diaphragmatic-breathing", "breatheIn", "einatmen");
        check("de", "cat-cow", "cow", "Kuh");
        check("es", "cat-cow", "cow", "vaca");
        check("xx", "cat-cow", "cow", "cow");
        check("de", "log-roll", "swingLegs", "Beine schwingen");
    }

    #[test]
    fn a_session_step_names_its_exercise_in_the_language() {
        let library = builtin();
        let routine = library.routine("two-minute-reset").unwrap();
        let plan = library.plan(routine).unwrap();
        let session = core_session::Session::new(plan);
        let shot = snapshot("de", &session.snapshot(core_session::Ms(0)));
        // The first step is the get-ready; the one after it is the first exercise.
        let names: Vec<Option<String>> = [shot.step, shot.next]
            .into_iter()
            .map(|step| step.and_then(|s| s.exercise_name))
            .collect();
        assert!(
            names.contains(&Some("Langsame Bauchatmung".to_owned())),
            "{names:?}"
        );
    }
}
