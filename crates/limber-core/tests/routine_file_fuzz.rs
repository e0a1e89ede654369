//! Property tests of the routine file reader with arbitrary bytes and arbitrary JSON: it never panics,
//! it either loads a routine that is valid and survives a round trip or names at least one problem,
//! and a file built only from valid parts always loads. Bounded: a few hundred cases per property,
//! a few seconds in all.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use std::sync::OnceLock;

use limber_core::library::routine_file;
use limber_core::library::Library;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::builtin().unwrap())
}

const FILE: &str = "fuzz.limber-routine.json";

/// The laws every outcome obeys, whatever the input.
fn check_outcome(bytes: &[u8]) -> Result<(), TestCaseError> {
    match routine_file::parse(FILE, bytes, library()) {
        Ok(custom) => {
            prop_assert_eq!(library().validate_routine(&custom.routine), vec![]);
            let text = routine_file::to_text(&custom);
            let again = routine_file::parse(FILE, text.as_bytes(), library());
            prop_assert_eq!(again, Ok(custom.clone()));
            let (with, problems) = library().with_custom(vec![custom.clone()]);
            // A valid routine joins the library unless its id is a built-in one.
            if library().routine(&custom.routine.id).is_none() {
                prop_assert_eq!(problems, vec![]);
                prop_assert!(with.plan(&custom.routine).is_ok());
            }
        }
        Err(problems) => {
            prop_assert!(!problems.is_empty());
            for p in &problems {
                prop_assert_eq!(&p.file, FILE);
                prop_assert!(!p.message.is_empty());
                // Messages quote values only in short, so a huge value cannot flood the screen.
                prop_assert!(p.message.chars().count() < 400, "{}", p.message);
            }
        }
    }
    Ok(())
}

/// Strings that poke at the text rules: markup, control characters, direction marks, long runs.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ]{0,20}",
        any::<String>(),
        Just("<script>alert(1)</script>".to_owned()),
        Just("\u{202E}evil".to_owned()),
        Just("a".repeat(70)),
        Just("cat-cow".to_owned()),
        Just("plank".to_owned()),
        Just("limber-routine".to_owned()),
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        (0_u32..700).prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        text().prop_map(Value::String),
    ]
}

/// Keys of the file format, so arbitrary objects often look like routine files and items.
const KEYS: &[&str] = &[
    "format",
    "version",
    "id",
    "name",
    "description",
    "timeOfDay",
    "basedOn",
    "items",
    "exercise",
    "holdSecs",
    "reps",
    "rounds",
    "sides",
    "paceSecs",
    "restAfterSecs",
    "extra",
];

fn any_json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..8).prop_map(|pairs| {
                Value::Object(
                    pairs
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

fn valid_doc() -> Value {
    json!({
        "format": "limber-routine",
        "version": 1,
        "id": "fuzzed",
        "name": "Fuzzed",
        "description": "Made by a property test.",
        "timeOfDay": "anytime",
        "items": [{"exercise": "knee-to-chest"}, {"exercise": "cat-cow"}]
    })
}

/// Valid item parts: an exercise and doses in range, with a hold only where the exercise has one.
/// The doses are kept modest so six items stay under the two-hour limit (the longest item here,
/// head tilt, takes 34 s × 4 reps × 2 sides × 2 rounds, about 9 min); the range edges themselves
/// are in `routine_file_rules.rs`.
fn valid_item() -> impl Strategy<Value = Value> {
    let exercise = prop::sample::select(
        library()
            .exercises()
            .iter()
            .map(|e| e.id.clone())
            .collect::<Vec<_>>(),
    );
    (
        exercise,
        prop::option::of(1_u32..=30),
        prop::option::of(1_u32..=4),
        prop::option::of(1_u32..=2),
        prop::option::of(0_u32..=60),
        // A short pace, so that paced items never grow past the longest case above.
        prop::option::of(1_u32..=3),
    )
        .prop_map(|(exercise, hold, reps, rounds, rest, pace)| {
            let known = library().exercise(&exercise).unwrap();
            let has_hold = limber_core::library::has_hold(known);
            let has_pace = limber_core::library::has_pace(known);
            let mut item = Map::new();
            item.insert("exercise".to_owned(), json!(exercise));
            for (key, value) in [
                ("holdSecs", hold.filter(|_| has_hold)),
                ("reps", reps),
                ("rounds", rounds),
                ("paceSecs", pace.filter(|_| has_pace)),
                ("restAfterSecs", rest),
            ] {
                if let Some(v) = value {
                    item.insert(key.to_owned(), json!(v));
                }
            }
            Value::Object(item)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check_outcome(&bytes)?;
    }

    /// Bytes that start like a routine file get past the JSON check more often.
    #[test]
    fn arbitrary_bytes_after_a_routine_prefix(tail in prop::collection::vec(any::<u8>(), 0..512)) {
        let mut bytes = br#"{"format":"limber-routine","version":1,"#.to_vec();
        bytes.extend(tail);
        check_outcome(&bytes)?;
    }

    #[test]
    fn arbitrary_json_never_panics(value in any_json()) {
        check_outcome(value.to_string().as_bytes())?;
    }

    /// One field of a valid file replaced by arbitrary JSON: the reader names a problem or, when
    /// the new value happens to be valid, loads it.
    #[test]
    fn a_valid_file_with_one_arbitrary_field(
        key in prop::sample::select(KEYS),
        in_item in any::<bool>(),
        value in any_json(),
    ) {
        let mut doc = valid_doc();
        if in_item {
            doc["items"][0][key] = value;
        } else {
            doc[key] = value;
        }
        check_outcome(doc.to_string().as_bytes())?;
    }

    /// A file made only of valid parts always loads, with exactly those parts.
    #[test]
    fn valid_parts_always_load(items in prop::collection::vec(valid_item(), 1..6)) {
        let mut doc = valid_doc();
        doc["items"] = Value::Array(items.clone());
        let loaded = routine_file::parse(FILE, doc.to_string().as_bytes(), library());
        let custom = loaded.map_err(|p| TestCaseError::fail(format!("{p:?}")))?;
        prop_assert_eq!(serde_json::to_value(&custom.routine.items).unwrap(), Value::Array(items));
        check_outcome(doc.to_string().as_bytes())?;
    }
}
