//! Every validation rule fires, with the right file, item and field, and every problem is reported.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use limber_core::library::{Library, LibraryError, Source};
use serde_json::{json, Value};

/// A valid exercise to break one field at a time.
fn exercise(id: &str) -> Value {
    json!({
        "id": id,
        "name": "Test move",
        "area": "lowerBack",
        "position": "floor",
        "kind": "reps",
        "summary": "Move slowly.",
        "spoken": "Move slowly, up and down.",
        "steps": ["One.", "Two.", "Three."],
        "breathing": "Breathe normally.",
        "cautions": ["Stop if the pain gets worse or spreads down a leg."],
        "dose": {"reps": 4, "pace": [{"name": "up", "secs": 2}, {"name": "down", "secs": 2}]},
        "illustration": id
    })
}

/// A valid routine to break one field at a time.
fn routine(id: &str) -> Value {
    json!({
        "id": id,
        "name": "Test routine",
        "description": "For tests.",
        "timeOfDay": "anytime",
        "items": [{"exercise": "move-a"}, {"exercise": "move-a", "reps": 2}]
    })
}

/// Applies `edit` to a JSON value at a path such as `dose.reps` or `items.0.exercise`; `null` removes.
fn edit(mut value: Value, path: &str, new: Value) -> Value {
    let keys: Vec<&str> = path.split('.').collect();
    let mut at = &mut value;
    for key in &keys[..keys.len() - 1] {
        at = match key.parse::<usize>() {
            Ok(i) => &mut at[i],
            Err(_) => &mut at[*key],
        };
    }
    let last = keys[keys.len() - 1];
    match (last.parse::<usize>(), new.is_null()) {
        (Ok(i), _) => at[i] = new,
        (Err(_), true) => {
            at.as_object_mut().unwrap().remove(last);
        }
        (Err(_), false) => at[last] = new,
    }
    value
}

fn src(name: &str, value: &Value) -> Source {
    Source::new(name, serde_json::to_string_pretty(value).unwrap())
}

/// Loads the sources and compares the (file, item, field) of every problem with `expected`.
fn check(
    exercises: Vec<Source>,
    routines: Vec<Source>,
    expected: &[(&str, Option<&str>, Option<&str>)],
) {
    let got: Vec<(String, Option<String>, Option<String>)> =
        match Library::from_sources(&exercises, &routines) {
            Ok(_) => vec![],
            Err(LibraryError::Invalid(problems)) => problems
                .into_iter()
                .map(|p| (p.file, p.item, p.field))
                .collect(),
        };
    let expected: Vec<(String, Option<String>, Option<String>)> = expected
        .iter()
        .map(|(f, i, fl)| (f.to_string(), i.map(str::to_owned), fl.map(str::to_owned)))
        .collect();
    assert_eq!(got, expected);
}

fn base_exercises() -> Vec<Source> {
    vec![src("move-a.json", &exercise("move-a"))]
}

#[test]
fn valid_sources_load() {
    check(base_exercises(), vec![src("r.json", &routine("r"))], &[]);
}

#[test]
fn exercise_rules_fire_with_file_item_and_field() {
    let f = Some;
    let table: Vec<(&str, Value, Option<&str>)> = vec![
        ("dose.holdSecs", json!(0), f("dose.holdSecs")),
        ("dose.holdSecs", json!(601), f("dose.holdSecs")),
        ("dose.reps", json!(0), f("dose.reps")),
        ("dose.reps", json!(101), f("dose.reps")),
        ("dose.rounds", json!(21), f("dose.rounds")),
        ("dose.reps", json!("many"), f("dose.reps")),
        ("dose.sides", json!("both"), f("dose.sides")),
        ("dose.pace.0.secs", json!(0), f("dose.pace[0].secs")),
        ("dose.pace.0.name", json!("Up Up"), f("dose.pace[0].name")),
        ("dose.pace.0.secs", Value::Null, f("dose.holdSecs")),
        ("dose.pace.0.tempo", json!(3), f("dose.pace[0]")),
        ("dose.extra", json!(1), f("dose.extra")),
        ("dose.pace", json!([]), f("dose")),
        ("name", json!(" "), f("name")),
        ("name", Value::Null, f("name")),
        // Issue 17: the coach speaks `spoken` aloud, so it must be there and fit for the ear.
        ("spoken", Value::Null, f("spoken")),
        ("spoken", json!(" "), f("spoken")),
        ("spoken", json!("Up. Hold. Down."), f("spoken")),
        ("spoken", json!("Hold for 5 breaths."), f("spoken")),
        ("area", json!("legs"), f("area")),
        ("position", Value::Null, f("position")),
        ("kind", json!("dance"), f("kind")),
        ("kind", json!("breathing"), f("dose.pace")),
        ("kind", json!("hold"), f("dose.holdSecs")),
        ("steps", json!(["Only one."]), f("steps")),
        (
            "steps",
            json!(["1", "2", "3", "4", "5", "6", "7"]),
            f("steps"),
        ),
        ("steps", json!(["1", "", "3"]), f("steps[1]")),
        ("cautions", json!([]), f("cautions")),
        ("illustration", json!("other"), f("illustration")),
        ("dose", Value::Null, f("dose")),
        ("dose", json!(3), f("dose")),
        ("colour", json!("red"), f("colour")),
    ];
    for (path, new, field) in table {
        let broken = edit(exercise("move-a"), path, new.clone());
        println!("{path} = {new}");
        check(
            vec![src("move-a.json", &broken)],
            vec![],
            &[("move-a.json", Some("move-a"), field)],
        );
    }
}

#[test]
fn ids_must_be_kebab_case() {
    for id in ["Move-A", "move_a", "move--a", "-move", ""] {
        let broken = edit(exercise("move-a"), "id", json!(id));
        let broken = edit(broken, "illustration", json!(id));
        check(
            vec![src("x.json", &broken)],
            vec![],
            &[("x.json", Some(id), Some("id"))],
        );
    }
}

#[test]
fn routine_rules_fire_with_file_item_and_field() {
    let f = Some;
    let table: Vec<(&str, Value, Option<&str>)> = vec![
        (
            "items.0.exercise",
            json!("moonwalk"),
            f("items[0].exercise"),
        ),
        ("items.1.reps", json!(0), f("items[1].reps")),
        ("items.1.reps", json!(101), f("items[1].reps")),
        ("items.1.rounds", json!(0), f("items[1].rounds")),
        ("items.1.holdSecs", json!(30), f("items[1].holdSecs")),
        (
            "items.1.restAfterSecs",
            json!(601),
            f("items[1].restAfterSecs"),
        ),
        (
            "items.1.restAfterSecs",
            json!(-1),
            f("items[1].restAfterSecs"),
        ),
        ("items.1.sides", json!("left"), f("items[1].sides")),
        ("items.1.pause", json!(3), f("items[1].pause")),
        ("items.1.exercise", Value::Null, f("items[1].exercise")),
        ("items.1", json!("cat-cow"), f("items[1]")),
        ("items", json!([]), f("items")),
        ("items", json!({}), f("items")),
        ("items", Value::Null, f("items")),
        ("timeOfDay", json!("noon"), f("timeOfDay")),
        ("description", json!(""), f("description")),
        ("id", json!("R"), f("id")),
    ];
    for (path, new, field) in table {
        let broken = edit(routine("r"), path, new.clone());
        let item = broken["id"].as_str().unwrap().to_owned();
        println!("{path} = {new}");
        check(
            base_exercises(),
            vec![src("r.json", &broken)],
            &[("r.json", Some(&item), field)],
        );
    }
}

#[test]
fn hold_override_on_a_hold_exercise_is_range_checked() {
    let hold = edit(exercise("move-a"), "dose.holdSecs", json!(10));
    for (secs, ok) in [(1, true), (600, true), (0, false), (601, false)] {
        let r = edit(routine("r"), "items.1.holdSecs", json!(secs));
        let expected: &[_] = if ok {
            &[]
        } else {
            &[("r.json", Some("r"), Some("items[1].holdSecs"))]
        };
        check(
            vec![src("move-a.json", &hold)],
            vec![src("r.json", &r)],
            expected,
        );
    }
}

#[test]
fn bad_json_names_line_and_column() {
    let bad = Source::new("broken.json", "{\n  \"id\": \"x\",\n  oops\n}");
    let err = Library::from_sources(&[bad], &[]).unwrap_err();
    let problems = err.problems();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        (
            problems[0].file.as_str(),
            &problems[0].item,
            &problems[0].field
        ),
        ("broken.json", &None, &None)
    );
    assert!(
        problems[0].message.contains("line 3, column 3"),
        "{}",
        problems[0].message
    );
}

#[test]
fn duplicate_ids_are_reported() {
    check(
        vec![
            src("a.json", &exercise("move-a")),
            src("b.json", &exercise("move-a")),
        ],
        vec![src("r1.json", &routine("r")), src("r2.json", &routine("r"))],
        &[
            ("b.json", Some("move-a"), Some("id")),
            ("r2.json", Some("r"), Some("id")),
        ],
    );
}

/// Several broken files and fields are all reported in one pass, in source order.
#[test]
fn every_problem_is_reported_not_just_the_first() {
    let a = edit(
        edit(exercise("move-a"), "dose.reps", json!(0)),
        "name",
        Value::Null,
    );
    let b = edit(exercise("move-b"), "area", json!("legs"));
    let r = edit(
        edit(routine("r"), "items.0.exercise", json!("nope")),
        "items.1.reps",
        json!(500),
    );
    let err = Library::from_sources(
        &[
            src("a.json", &a),
            src("b.json", &b),
            Source::new("c.json", "["),
        ],
        &[src("r.json", &r)],
    )
    .unwrap_err();
    let fields: Vec<(&str, Option<&str>)> = err
        .problems()
        .iter()
        .map(|p| (p.file.as_str(), p.field.as_deref()))
        .collect();
    assert_eq!(
        fields,
        vec![
            ("a.json", Some("name")),
            ("b.json", Some("area")),
            ("c.json", None),
            ("r.json", Some("items[0].exercise")),
            // `move-a` did not load, so the routine's second item cannot find it either.
            ("r.json", Some("items[1].exercise")),
            ("r.json", Some("items[1].reps")),
        ]
    );
    let text = err.to_string();
    assert!(text.starts_with("6 problem(s)"), "{text}");
    assert!(
        text.contains("r.json: r: items[1].reps: reps must be 1–100"),
        "{text}"
    );
}

/// The routine editor validates one routine against the library without reloading anything.
#[test]
fn validate_routine_is_reusable_for_new_routines() {
    let library = Library::builtin().unwrap();
    let mut routine = library.routine("two-minute-reset").unwrap().clone();
    assert_eq!(library.validate_routine(&routine), vec![]);
    routine.id = "my-reset".to_owned();
    routine.items[0].reps = Some(0);
    routine.items[1].exercise = "handstand".to_owned();
    let got: Vec<_> = library
        .validate_routine(&routine)
        .into_iter()
        .map(|p| (p.file, p.item, p.field))
        .collect();
    let s = |x: &str| Some(x.to_owned());
    assert_eq!(
        got,
        vec![
            (
                "my-reset.json".to_owned(),
                s("my-reset"),
                s("items[0].reps")
            ),
            (
                "my-reset.json".to_owned(),
                s("my-reset"),
                s("items[1].exercise")
            ),
        ]
    );
    assert!(library.plan(&routine).is_err());
}

/// Issue 18: an exercise's safe ranges (`progression`) are checked like the rest of its dose. Each row: the
/// ranges (on the base exercise, a reps move of 4 reps with no hold, or on it with a 10 s hold added when
/// `hold` is set), and the fields with problems.
#[test]
fn safe_ranges_are_validated() {
    fn check_ranges(hold: bool, kind: &str, ranges: Value, expected: &[&str]) {
        let mut move_a = edit(exercise("move-a"), "progression", ranges.clone());
        move_a = edit(move_a, "kind", json!(kind));
        if hold {
            move_a = edit(move_a, "dose.holdSecs", json!(10));
        }
        println!("{kind} hold={hold} {ranges}");
        let expected: Vec<(&str, Option<&str>, Option<&str>)> = expected
            .iter()
            .map(|field| ("move-a.json", Some("move-a"), Some(*field)))
            .collect();
        check(vec![src("move-a.json", &move_a)], vec![], &expected);
    }
    let range = |field: &str, min: u32, max: u32, step: u32| json!({"field": field, "min": min, "max": max, "step": step});
    // Sound ranges load; the default dose may sit on either bound.
    check_ranges(false, "reps", json!([range("reps", 2, 6, 1)]), &[]);
    check_ranges(false, "reps", json!([range("reps", 4, 6, 1)]), &[]);
    check_ranges(false, "reps", json!([range("reps", 2, 4, 1)]), &[]);
    check_ranges(
        true,
        "hold",
        json!([range("holdSecs", 5, 30, 5), range("rounds", 1, 3, 1)]),
        &[],
    );
    check_ranges(false, "reps", json!([]), &[]);
    check_ranges(false, "reps", Value::Null, &[]);
    // The default dose outside its range: Limber could never have suggested it.
    check_ranges(
        false,
        "reps",
        json!([range("reps", 5, 8, 1)]),
        &["progression[0].field"],
    );
    check_ranges(
        false,
        "reps",
        json!([range("reps", 1, 3, 1)]),
        &["progression[0].field"],
    );
    // A hold range needs a hold.
    check_ranges(
        false,
        "reps",
        json!([range("holdSecs", 5, 30, 5)]),
        &["progression[0].field"],
    );
    // No room, or a bound past the limits every dose keeps.
    check_ranges(
        false,
        "reps",
        json!([range("reps", 4, 4, 1)]),
        &["progression[0].max"],
    );
    check_ranges(
        false,
        "reps",
        json!([range("reps", 0, 6, 1)]),
        &["progression[0].min"],
    );
    check_ranges(
        false,
        "reps",
        json!([range("reps", 2, 101, 1)]),
        &["progression[0].max"],
    );
    check_ranges(
        true,
        "hold",
        json!([range("holdSecs", 5, 601, 5)]),
        &["progression[0].max"],
    );
    // Reps and rounds move one at a time; a hold's step fits its range.
    check_ranges(
        false,
        "reps",
        json!([range("reps", 2, 6, 2)]),
        &["progression[0].step"],
    );
    check_ranges(
        false,
        "reps",
        json!([range("rounds", 1, 3, 0)]),
        &["progression[0].step"],
    );
    check_ranges(
        true,
        "hold",
        json!([range("holdSecs", 5, 30, 0)]),
        &["progression[0].step"],
    );
    check_ranges(
        true,
        "hold",
        json!([range("holdSecs", 8, 12, 5)]),
        &["progression[0].step"],
    );
    // A field has one range.
    check_ranges(
        false,
        "reps",
        json!([range("reps", 2, 6, 1), range("reps", 3, 5, 1)]),
        &["progression[1].field"],
    );
    // Breathing, relaxation and getting up are never made harder.
    check_ranges(
        false,
        "relaxation",
        json!([range("reps", 2, 6, 1)]),
        &["progression"],
    );
    check_ranges(
        false,
        "transition",
        json!([range("reps", 2, 6, 1)]),
        &["progression"],
    );
    // The shape: a list of objects with known fields only.
    check_ranges(false, "reps", json!(3), &["progression"]);
    check_ranges(
        false,
        "reps",
        json!([range("pace", 2, 6, 1)]),
        &["progression[0]"],
    );
    check_ranges(
        false,
        "reps",
        json!([{"field": "reps", "min": 2, "max": 6, "step": 1, "by": 2}]),
        &["progression[0]"],
    );
    check_ranges(
        false,
        "reps",
        json!([{"field": "reps", "min": 2, "max": 6}]),
        &["progression[0]"],
    );
}

/// Issue 18: the built-in data has a safe range for every exercise that can be made harder and for none
/// that cannot, and every built-in routine's doses lie inside them, so each routine can step both ways.
#[test]
fn builtin_safe_ranges_cover_every_routine_dose() {
    use limber_core::exercise::ExerciseKind;
    let library = Library::builtin().unwrap();
    for exercise in library.exercises() {
        let harder = matches!(exercise.kind, ExerciseKind::Hold | ExerciseKind::Reps);
        assert_eq!(
            !exercise.progression.is_empty(),
            harder,
            "{}: {:?}",
            exercise.id,
            exercise.progression
        );
    }
    for routine in library.routines() {
        for item in &routine.items {
            let exercise = library.exercise(&item.exercise).unwrap();
            let dose = item.dose(&exercise.dose);
            for range in &exercise.progression {
                let value = range.field.value(&dose).unwrap();
                assert!(
                    range.contains(value),
                    "{} in {}: {:?} is {value}, outside {}–{}",
                    item.exercise,
                    routine.id,
                    range.field,
                    range.min,
                    range.max
                );
            }
        }
    }
}
