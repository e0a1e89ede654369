//! Every rule of the routine file, at its edges: what is just allowed and what is just not. The
//! corpus in `tests/routine-files/` covers whole broken files; this table covers the boundaries.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use std::collections::BTreeSet;

use limber_core::library::routine_file::{self, import_id, ImportPlace};
use limber_core::library::Library;
use limber_core::routine::{CustomRoutine, Routine, RoutineItem, TimeOfDay};
use serde_json::{json, Value};

fn doc() -> Value {
    json!({
        "format": "limber-routine",
        "version": 1,
        "id": "mine",
        "name": "Mine",
        "description": "For tests.",
        "timeOfDay": "anytime",
        "items": [{"exercise": "plank"}, {"exercise": "cat-cow"}]
    })
}

/// Sets `path` (`name`, `items.0.holdSecs`) in the document; `null` removes the field.
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
    if new.is_null() {
        at.as_object_mut().unwrap().remove(last);
    } else {
        at[last] = new;
    }
    value
}

/// Parses `bytes` and compares the problems, as `field: message` lines, with `expected` (empty
/// when the file must load).
fn check(bytes: &[u8], expected: &[&str]) {
    let library = Library::builtin().unwrap();
    let got: Vec<String> = match routine_file::parse("t.limber-routine.json", bytes, &library) {
        Ok(_) => vec![],
        Err(problems) => problems
            .iter()
            .map(|p| match &p.field {
                Some(f) => format!("{f}: {}", p.message),
                None => p.message.clone(),
            })
            .collect(),
    };
    let shown = String::from_utf8_lossy(&bytes[..bytes.len().min(120)]).into_owned();
    assert_eq!(got, expected, "{shown}");
}

fn check_edit(path: &str, value: Value, expected: &[&str]) {
    let text = serde_json::to_string(&edit(doc(), path, value)).unwrap();
    check(text.as_bytes(), expected);
}

#[test]
fn dose_ranges_at_their_edges() {
    let table: Vec<(&str, Value, &[&str])> = vec![
        ("items.0.holdSecs", json!(1), &[]),
        ("items.0.holdSecs", json!(600), &[]),
        (
            "items.0.holdSecs",
            json!(0),
            &["items[0].holdSecs: hold must be 1–600 s"],
        ),
        (
            "items.0.holdSecs",
            json!(601),
            &["items[0].holdSecs: hold must be 1–600 s"],
        ),
        (
            "items.0.holdSecs",
            json!(-1),
            &["items[0].holdSecs: hold must be 1–600 s"],
        ),
        (
            "items.0.holdSecs",
            json!(4294967296_u64),
            &["items[0].holdSecs: hold must be 1–600 s"],
        ),
        (
            "items.0.holdSecs",
            json!(true),
            &["items[0].holdSecs: hold must be a whole number, 1–600 s"],
        ),
        ("items.0.holdSecs", json!(null), &[]),
        ("items.1.reps", json!(1), &[]),
        ("items.1.reps", json!(100), &[]),
        (
            "items.1.reps",
            json!(101),
            &["items[1].reps: reps must be 1–100"],
        ),
        (
            "items.1.reps",
            json!(2.0),
            &["items[1].reps: reps must be 1–100"],
        ),
        ("items.1.rounds", json!(20), &[]),
        (
            "items.1.rounds",
            json!(0),
            &["items[1].rounds: rounds must be 1–20"],
        ),
        ("items.0.restAfterSecs", json!(0), &[]),
        ("items.0.restAfterSecs", json!(600), &[]),
        (
            "items.0.restAfterSecs",
            json!(601),
            &["items[0].restAfterSecs: rest must be 0–600 s"],
        ),
        (
            "items.1.holdSecs",
            json!(5),
            &["items[1].holdSecs: Cat-cow has no hold to change"],
        ),
        ("items.1.paceSecs", json!(1), &[]),
        ("items.1.paceSecs", json!(30), &[]),
        (
            "items.1.paceSecs",
            json!(0),
            &["items[1].paceSecs: pace must be 1–30 s"],
        ),
        (
            "items.1.paceSecs",
            json!(31),
            &["items[1].paceSecs: pace must be 1–30 s"],
        ),
        (
            "items.1.paceSecs",
            json!(2.5),
            &["items[1].paceSecs: pace must be 1–30 s"],
        ),
        (
            "items.0.paceSecs",
            json!(5),
            &["items[0].paceSecs: Plank has no timed movement to pace"],
        ),
        ("items.1.sides", json!("each"), &[]),
        (
            "items.1.sides",
            json!(3),
            &["items[1].sides: invalid type: integer `3`, expected string or map"],
        ),
        (
            "items.1.exercise",
            json!("Cat-Cow"),
            &["items[1].exercise: unknown exercise id `Cat-Cow`"],
        ),
        (
            "items.1.exercise",
            json!(null),
            &["items[1].exercise: missing field"],
        ),
    ];
    for (path, value, expected) in table {
        check_edit(path, value, expected);
    }
}

#[test]
fn names_and_descriptions_are_plain_text_of_limited_length() {
    let a = |n: usize| json!("a".repeat(n));
    let table: Vec<(&str, Value, &[&str])> = vec![
        ("name", a(60), &[]),
        ("name", json!("é".repeat(60)), &[]),
        ("name", json!("Für den Rücken 🌙 — \"sanft\" & ruhig"), &[]),
        ("name", a(61), &["name: name must be at most 60 characters, not 61"]),
        ("name", json!(""), &["name: name must not be empty"]),
        ("name", json!("a > b"), &["name: name must not contain < or >"]),
        ("name", json!("&lt;b&gt;"), &[]),
        ("name", json!("Nul\u{0}"), &["name: name must not contain control characters such as tabs or line breaks"]),
        ("name", json!("Esc\u{1b}[31m"), &["name: name must not contain control characters such as tabs or line breaks"]),
        ("name", json!("Line\u{2028}"), &[]),
        ("name", json!("Next\u{85}"), &["name: name must not contain control characters such as tabs or line breaks"]),
        ("name", json!("\u{2066}isolated"), &["name: name must not contain invisible text-direction marks"]),
        ("name", json!("mark\u{200F}"), &["name: name must not contain invisible text-direction marks"]),
        ("name", json!(null), &["name: missing field"]),
        ("description", a(300), &[]),
        ("description", a(301), &["description: description must be at most 300 characters, not 301"]),
        ("description", json!("One.\nTwo."), &["description: description must not contain control characters such as tabs or line breaks"]),
        ("description", json!("<i>"), &["description: description must not contain < or >"]),
        ("description", json!(" "), &["description: description must not be empty"]),
        ("id", json!("a".repeat(64)), &[]),
        ("id", json!("a".repeat(65)), &["id: id must be at most 64 characters"]),
        ("id", json!("my--routine"), &["id: `my--routine` must be kebab-case (lowercase words joined by hyphens)"]),
        ("basedOn", json!("bedtime-wind-down"), &[]),
        // A routine copied from a built-in that this Limber does not have still loads.
        ("basedOn", json!("some-future-routine"), &[]),
        ("basedOn", json!(7), &["basedOn: invalid type: integer `7`, expected a string"]),
        ("timeOfDay", json!("Bedtime"), &["timeOfDay: unknown variant `Bedtime`, expected one of `bedtime`, `morning`, `anytime`"]),
    ];
    for (path, value, expected) in table {
        check_edit(path, value, expected);
    }
}

#[test]
fn the_routine_size_and_length_at_their_edges() {
    let plank = |n: usize| json!(vec![json!({"exercise": "plank", "restAfterSecs": 0}); n]);
    // Get ready 5 s, then 12 rounds of 600 s less 5 s: exactly two hours.
    let long = |hold: u32| json!([{"exercise": "plank", "holdSecs": hold, "rounds": 12}]);
    let table: Vec<(Value, &[&str])> = vec![
        (plank(30), &[]),
        (
            plank(31),
            &["items: a routine can have at most 30 exercises, not 31"],
        ),
        (json!([]), &["items: a routine needs at least one exercise"]),
        (long(599), &[]),
        (
            long(600),
            &["items: the routine would last 121 min; the longest allowed is 120 min"],
        ),
    ];
    for (items, expected) in table {
        check_edit("items", items, expected);
    }
}

#[test]
fn format_and_version_come_first() {
    let table: Vec<(&str, Value, &[&str])> = vec![
        ("version", json!(1), &[]),
        (
            "version",
            json!(2),
            &["version: this routine was made by a newer Limber (routine file version 2; this Limber reads version 1). Update Limber to import it"],
        ),
        (
            "version",
            json!(1.5),
            &["version: 1.5 is not a routine file version (a whole number from 1)"],
        ),
        (
            "version",
            json!(-1),
            &["version: -1 is not a routine file version (a whole number from 1)"],
        ),
        (
            "format",
            json!("x".repeat(100)),
            &["format: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… is not `limber-routine`, so this is not a Limber routine file"],
        ),
    ];
    for (path, value, expected) in table {
        check_edit(path, value, expected);
    }
    // A newer file's other fields are not judged: their shape may have changed.
    let newer = json!({"format": "limber-routine", "version": 9, "routine": {"whatever": true}});
    check(
        newer.to_string().as_bytes(),
        &["version: this routine was made by a newer Limber (routine file version 9; this Limber reads version 1). Update Limber to import it"],
    );
}

#[test]
fn the_size_limit_is_256_kib() {
    // A valid file padded with spaces to an exact size.
    let padded = |size: usize| {
        let mut text = doc().to_string();
        text.push_str(&" ".repeat(size - text.len()));
        text.into_bytes()
    };
    check(&padded(256 * 1024), &[]);
    check(
        &padded(256 * 1024 + 1),
        &["the file is 257 KiB; a routine file is at most 256 KiB"],
    );
    check(
        &vec![b'{'; 10 * 1024 * 1024],
        &["the file is 10240 KiB; a routine file is at most 256 KiB"],
    );
}

#[test]
fn text_encoding() {
    let text = doc().to_string();
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    check(&bom, &[]);
    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    check(
        &utf16,
        &["this is not a routine file: it is not UTF-8 text"],
    );
}

#[test]
fn a_written_file_reads_as_documented() {
    let custom = CustomRoutine {
        routine: Routine {
            id: "my-evening".to_owned(),
            name: "My \"evening\"".to_owned(),
            description: "Slow.".to_owned(),
            time_of_day: TimeOfDay::Bedtime,
            items: vec![
                RoutineItem {
                    reps: Some(6),
                    rest_after_secs: Some(5),
                    ..RoutineItem::new("cat-cow")
                },
                RoutineItem::new("plank"),
            ],
        },
        based_on: Some("bedtime-wind-down".to_owned()),
    };
    let expected = r#"{
  "format": "limber-routine",
  "version": 1,
  "id": "my-evening",
  "name": "My \"evening\"",
  "description": "Slow.",
  "timeOfDay": "bedtime",
  "basedOn": "bedtime-wind-down",
  "items": [
    {
      "exercise": "cat-cow",
      "reps": 6,
      "restAfterSecs": 5
    },
    {
      "exercise": "plank"
    }
  ]
}
"#;
    assert_eq!(routine_file::to_text(&custom), expected);
    let library = Library::builtin().unwrap();
    assert_eq!(
        routine_file::parse("x", expected.as_bytes(), &library),
        Ok(custom)
    );
    assert_eq!(
        routine_file::file_name("my-evening"),
        "my-evening.limber-routine.json"
    );
}

#[test]
fn an_import_never_replaces_a_routine_in_use() {
    let set = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    let in_use = set(&["bedtime-wind-down", "mine", "mine-2"]);
    let deleted = set(&["old", "mine-3"]);
    let table: &[(&str, ImportPlace)] = &[
        ("fresh", ImportPlace::New("fresh".to_owned())),
        ("old", ImportPlace::Restore("old".to_owned())),
        ("mine", ImportPlace::Copy("mine-4".to_owned())),
        (
            "bedtime-wind-down",
            ImportPlace::Copy("bedtime-wind-down-2".to_owned()),
        ),
    ];
    for (wanted, expected) in table {
        let place = import_id(wanted, &in_use, &deleted);
        assert_eq!(&place, expected, "{wanted}");
        assert!(!in_use.contains(place.id()));
    }
}
