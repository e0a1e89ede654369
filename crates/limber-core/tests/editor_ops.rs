//! The routine editor's operations, the draft check that drives the editor screen, and how user
//! routines join the library.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use std::collections::BTreeSet;

use limber_core::exercise::Sides;
use limber_core::library::Library;
use limber_core::routine::edit::{apply, fresh_id, tidy, DoseField, Edit, EditError};
use limber_core::routine::{CustomRoutine, Routine, RoutineItem, TimeOfDay};
use proptest::prelude::*;

fn routine(items: &[&str]) -> Routine {
    Routine {
        id: "mine".to_owned(),
        name: "Mine".to_owned(),
        description: "For tests.".to_owned(),
        time_of_day: TimeOfDay::Anytime,
        items: items.iter().map(|e| RoutineItem::new(*e)).collect(),
    }
}

/// A routine's items in one line: `cat-cow plank:hold=30,rest=0`.
fn render(routine: &Routine) -> String {
    routine
        .items
        .iter()
        .map(|item| {
            let mut fields = Vec::new();
            let sides = item.sides.map(|s| format!("{s:?}").to_lowercase());
            for (name, value) in [
                ("hold", item.hold_secs.map(|v| v.to_string())),
                ("reps", item.reps.map(|v| v.to_string())),
                ("rounds", item.rounds.map(|v| v.to_string())),
                ("pace", item.pace_secs.map(|v| v.to_string())),
                ("sides", sides),
                ("rest", item.rest_after_secs.map(|v| v.to_string())),
            ] {
                if let Some(value) = value {
                    fields.push(format!("{name}={value}"));
                }
            }
            if fields.is_empty() {
                item.exercise.clone()
            } else {
                format!("{}:{}", item.exercise, fields.join(","))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn dose(index: u32, field: DoseField, value: Option<u32>) -> Edit {
    Edit::SetDose {
        index,
        field,
        value,
    }
}

/// Applies `edits` in order to a routine of `a b c` and compares the items with `expected`.
fn check(edits: &[Edit], expected: &str) {
    let mut r = routine(&["a", "b", "c"]);
    for edit in edits {
        r = apply(&r, edit).unwrap_or_else(|e| panic!("{edit:?}: {e}"));
    }
    assert_eq!(render(&r), expected, "{edits:?}");
}

#[test]
fn edits_change_the_items_as_the_user_expects() {
    let add = |exercise: &str, at: Option<u32>| Edit::Add {
        exercise: exercise.to_owned(),
        at,
    };
    let table: Vec<(Vec<Edit>, &str)> = vec![
        (vec![], "a b c"),
        (vec![add("d", None)], "a b c d"),
        (vec![add("d", Some(0))], "d a b c"),
        (vec![add("d", Some(2))], "a b d c"),
        (vec![add("d", Some(3))], "a b c d"),
        (vec![add("a", None)], "a b c a"),
        (vec![Edit::Remove { index: 0 }], "b c"),
        (vec![Edit::Remove { index: 2 }], "a b"),
        (
            vec![
                Edit::Remove { index: 0 },
                Edit::Remove { index: 0 },
                Edit::Remove { index: 0 },
            ],
            "",
        ),
        (vec![Edit::Move { from: 0, to: 2 }], "b c a"),
        (vec![Edit::Move { from: 2, to: 0 }], "c a b"),
        (vec![Edit::Move { from: 1, to: 0 }], "b a c"),
        (vec![Edit::Move { from: 1, to: 2 }], "a c b"),
        (vec![Edit::Move { from: 1, to: 1 }], "a b c"),
        (
            vec![dose(0, DoseField::HoldSecs, Some(30))],
            "a:hold=30 b c",
        ),
        (vec![dose(1, DoseField::Reps, Some(3))], "a b:reps=3 c"),
        (vec![dose(2, DoseField::Rounds, Some(2))], "a b c:rounds=2"),
        (vec![dose(1, DoseField::PaceSecs, Some(6))], "a b:pace=6 c"),
        (
            vec![dose(0, DoseField::RestAfterSecs, Some(0))],
            "a:rest=0 b c",
        ),
        (
            vec![
                dose(0, DoseField::Reps, Some(3)),
                dose(0, DoseField::Reps, None),
            ],
            "a b c",
        ),
        // Out-of-range values are kept so the editor can show them with their problem.
        (
            vec![dose(0, DoseField::HoldSecs, Some(9999))],
            "a:hold=9999 b c",
        ),
        (
            vec![Edit::SetSides {
                index: 1,
                sides: Some(Sides::Alternate),
            }],
            "a b:sides=alternate c",
        ),
        (
            vec![
                Edit::SetSides {
                    index: 1,
                    sides: Some(Sides::Each),
                },
                Edit::SetSides {
                    index: 1,
                    sides: None,
                },
            ],
            "a b c",
        ),
        // A dose follows its item when the item moves.
        (
            vec![
                dose(0, DoseField::Reps, Some(3)),
                Edit::Move { from: 0, to: 2 },
            ],
            "b c a:reps=3",
        ),
        (
            vec![
                dose(1, DoseField::Rounds, Some(4)),
                Edit::Remove { index: 0 },
            ],
            "b:rounds=4 c",
        ),
    ];
    for (edits, expected) in table {
        check(&edits, expected);
    }
}

#[test]
fn edits_to_the_routine_itself() {
    let r = routine(&["a"]);
    let table: Vec<(Edit, Routine)> = vec![
        (
            Edit::Rename {
                name: " Evening ".to_owned(),
            },
            Routine {
                name: " Evening ".to_owned(),
                ..r.clone()
            },
        ),
        (
            Edit::Describe {
                description: "Calm.".to_owned(),
            },
            Routine {
                description: "Calm.".to_owned(),
                ..r.clone()
            },
        ),
        (
            Edit::SetTimeOfDay {
                time_of_day: TimeOfDay::Morning,
            },
            Routine {
                time_of_day: TimeOfDay::Morning,
                ..r.clone()
            },
        ),
    ];
    for (edit, expected) in table {
        assert_eq!(apply(&r, &edit).unwrap(), expected, "{edit:?}");
    }
}

#[test]
fn edits_naming_a_missing_item_are_refused_and_change_nothing() {
    let r = routine(&["a", "b", "c"]);
    let table: Vec<(Edit, EditError)> = vec![
        (
            Edit::Remove { index: 3 },
            EditError::NoItem { index: 3, len: 3 },
        ),
        (
            Edit::Move { from: 3, to: 0 },
            EditError::NoItem { index: 3, len: 3 },
        ),
        (
            Edit::Move { from: 0, to: 3 },
            EditError::NoItem { index: 3, len: 3 },
        ),
        (
            dose(7, DoseField::Reps, Some(1)),
            EditError::NoItem { index: 7, len: 3 },
        ),
        (
            Edit::SetSides {
                index: u32::MAX,
                sides: None,
            },
            EditError::NoItem {
                index: u32::MAX,
                len: 3,
            },
        ),
        (
            Edit::Add {
                exercise: "d".to_owned(),
                at: Some(4),
            },
            EditError::BadPosition { at: 4, len: 3 },
        ),
    ];
    for (edit, expected) in table {
        assert_eq!(apply(&r, &edit), Err(expected), "{edit:?}");
    }
    assert_eq!(render(&r), "a b c");
}

#[test]
fn tidy_trims_the_name_and_description_only() {
    let mut r = routine(&["a"]);
    r.name = "  Evening stretch \u{a0}".to_owned();
    r.description = "\tCalm. ".to_owned();
    let t = tidy(&r);
    assert_eq!(
        (t.name.as_str(), t.description.as_str()),
        ("Evening stretch", "Calm.")
    );
    assert_eq!(t.items, r.items);
}

#[test]
fn fresh_ids_are_kebab_case_and_free() {
    let taken: BTreeSet<String> = ["evening", "evening-2", "my-routine", "bedtime-wind-down"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let table: &[(&str, &str)] = &[
        ("Morning stretch", "morning-stretch"),
        ("  Morning   STRETCH!! ", "morning-stretch"),
        ("Evening", "evening-3"),
        ("evening", "evening-3"),
        ("Für den Rücken", "f-r-den-r-cken"),
        ("🌙", "my-routine-2"),
        ("", "my-routine-2"),
        ("Bedtime wind-down", "bedtime-wind-down-2"),
        ("<b>Bold</b>", "b-bold-b"),
        (
            "a very long name that goes on and on and on and on and on",
            "a-very-long-name-that-goes-on-and-on-and-on",
        ),
    ];
    for (name, expected) in table {
        let id = fresh_id(name, &taken);
        assert_eq!(&id, expected, "{name}");
        assert!(id.len() <= 48, "{id}");
    }
}

/// The editor's "about 12 min" comes from the core, and a field with a problem counts as its
/// exercise's default, so the total never jumps to something absurd while the user types.
#[test]
fn the_draft_check_gives_problems_by_field_and_a_duration() {
    let library = Library::builtin().unwrap();
    // get ready 5 s; plank hold 20 s; rest 10 s; knee plank hold 20 s.
    let base = routine(&["plank", "plank-knees"]);
    // (edits, total seconds, seconds of each item, problems as `field: message`)
    type Row = (Vec<Edit>, u32, Vec<u32>, Vec<&'static str>);
    let table: Vec<Row> = vec![
        (vec![], 55, vec![20, 20], vec![]),
        (
            vec![dose(0, DoseField::HoldSecs, Some(45))],
            80,
            vec![45, 20],
            vec![],
        ),
        (
            vec![dose(0, DoseField::RestAfterSecs, Some(0))],
            45,
            vec![20, 20],
            vec![],
        ),
        (
            vec![dose(1, DoseField::Rounds, Some(3))],
            95,
            vec![20, 60],
            vec![],
        ),
        (
            vec![dose(0, DoseField::HoldSecs, Some(601))],
            55,
            vec![20, 20],
            vec!["items[0].holdSecs: hold must be 1–600 s"],
        ),
        (
            vec![dose(1, DoseField::Reps, Some(100_000))],
            55,
            vec![20, 20],
            vec!["items[1].reps: reps must be 1–100"],
        ),
        (
            vec![Edit::Add {
                exercise: "moonwalk".to_owned(),
                at: None,
            }],
            // An unknown exercise counts for nothing, not even the rest before it.
            55,
            vec![20, 20, 0],
            vec!["items[2].exercise: unknown exercise id `moonwalk`"],
        ),
        (
            vec![Edit::Add {
                exercise: "cat-cow".to_owned(),
                at: Some(0),
            }],
            // Cat-cow: 8 reps of 8 s, then a rest of 10 s.
            5 + 64 + 10 + 20 + 10 + 20,
            vec![64, 20, 20],
            vec![],
        ),
        (
            vec![
                Edit::Add {
                    exercise: "cat-cow".to_owned(),
                    at: Some(0),
                },
                dose(0, DoseField::PaceSecs, Some(1)),
            ],
            // Each of cow and cat takes the pace: 8 reps of 2 × 1 s.
            5 + 16 + 10 + 20 + 10 + 20,
            vec![16, 20, 20],
            vec![],
        ),
        (
            vec![
                Edit::Add {
                    exercise: "cat-cow".to_owned(),
                    at: Some(0),
                },
                dose(0, DoseField::PaceSecs, Some(30)),
            ],
            5 + 480 + 10 + 20 + 10 + 20,
            vec![480, 20, 20],
            vec![],
        ),
        (
            vec![
                Edit::Add {
                    exercise: "cat-cow".to_owned(),
                    at: Some(0),
                },
                dose(0, DoseField::PaceSecs, Some(0)),
            ],
            // A pace with a problem counts as the exercise's own.
            5 + 64 + 10 + 20 + 10 + 20,
            vec![64, 20, 20],
            vec!["items[0].paceSecs: pace must be 1–30 s"],
        ),
        (
            vec![
                Edit::Add {
                    exercise: "cat-cow".to_owned(),
                    at: Some(0),
                },
                dose(0, DoseField::PaceSecs, Some(31)),
            ],
            5 + 64 + 10 + 20 + 10 + 20,
            vec![64, 20, 20],
            vec!["items[0].paceSecs: pace must be 1–30 s"],
        ),
        (
            vec![dose(0, DoseField::PaceSecs, Some(5))],
            55,
            vec![20, 20],
            vec!["items[0].paceSecs: Plank has no timed movement to pace"],
        ),
        (
            vec![Edit::Rename {
                name: "Mine <3".to_owned(),
            }],
            55,
            vec![20, 20],
            vec!["name: name must not contain < or >"],
        ),
        (
            vec![Edit::Remove { index: 0 }, Edit::Remove { index: 0 }],
            5,
            vec![],
            vec!["items: a routine needs at least one exercise"],
        ),
    ];
    for (edits, secs, item_secs, problems) in table {
        let mut r = base.clone();
        for edit in &edits {
            r = apply(&r, edit).unwrap();
        }
        let check = library.check_draft(&r);
        let got: Vec<String> = check
            .problems
            .iter()
            .map(|p| format!("{}: {}", p.field.as_deref().unwrap_or("-"), p.message))
            .collect();
        assert_eq!(got, problems, "{edits:?}");
        assert_eq!(check.duration_secs, secs, "{edits:?}");
        assert_eq!(check.item_secs, item_secs, "{edits:?}");
        if problems.is_empty() {
            assert_eq!(check.duration_secs, library.planned_duration_secs(&r));
        }
    }
}

fn custom(id: &str, items: &[&str], based_on: Option<&str>) -> CustomRoutine {
    CustomRoutine {
        routine: Routine {
            id: id.to_owned(),
            ..routine(items)
        },
        based_on: based_on.map(str::to_owned),
    }
}

#[test]
fn user_routines_join_the_library_after_validation() {
    let builtin = Library::builtin().unwrap();
    let builtin_ids: Vec<String> = builtin.routines().iter().map(|r| r.id.clone()).collect();
    // (user routines, ids added after the built-ins, (id, field) of each problem)
    type Row = (
        Vec<CustomRoutine>,
        Vec<&'static str>,
        Vec<(&'static str, &'static str)>,
    );
    let table: Vec<Row> = vec![
        (vec![], vec![], vec![]),
        (
            vec![
                custom("mine", &["plank"], None),
                custom("my-bed", &["cat-cow"], Some("bedtime-wind-down")),
            ],
            vec!["mine", "my-bed"],
            vec![],
        ),
        (
            vec![
                custom("broken", &["moonwalk"], None),
                custom("fine", &["plank"], None),
            ],
            vec!["fine"],
            vec![("broken", "items[0].exercise")],
        ),
        // A user routine can never take the place of a built-in one, nor of an earlier user one.
        (
            vec![custom("bedtime-wind-down", &["plank"], None)],
            vec![],
            vec![("bedtime-wind-down", "id")],
        ),
        (
            vec![
                custom("twin", &["plank"], None),
                custom("twin", &["cat-cow"], None),
            ],
            vec!["twin"],
            vec![("twin", "id")],
        ),
    ];
    for (routines, added, problems) in table {
        let (library, found) = builtin.with_custom(routines.clone());
        let ids: Vec<&str> = library.routines().iter().map(|r| r.id.as_str()).collect();
        let expected: Vec<&str> = builtin_ids
            .iter()
            .map(String::as_str)
            .chain(added.iter().copied())
            .collect();
        assert_eq!(ids, expected);
        let found: Vec<(&str, &str)> = found
            .iter()
            .map(|p| (p.item.as_deref().unwrap(), p.field.as_deref().unwrap()))
            .collect();
        assert_eq!(found, problems);
        for id in &added {
            assert!(library.is_custom(id));
            assert!(library.builtin_routine(id).is_none());
            assert!(library.plan(library.routine(id).unwrap()).is_ok());
        }
        for id in &builtin_ids {
            assert!(!library.is_custom(id));
            assert_eq!(library.builtin_routine(id), builtin.routine(id));
        }
        let listed: Vec<String> = library
            .custom_routines()
            .into_iter()
            .map(|c| c.routine.id)
            .collect();
        assert_eq!(listed, added);
    }
}

#[test]
fn a_new_set_of_user_routines_replaces_the_old_one() {
    let builtin = Library::builtin().unwrap();
    let (first, _) = builtin.with_custom(vec![
        custom("one", &["plank"], Some("two-minute-reset")),
        custom("two", &["plank"], None),
    ]);
    assert_eq!(
        first.custom_routines()[0].based_on.as_deref(),
        Some("two-minute-reset")
    );
    let (second, problems) = first.with_custom(vec![custom("two", &["cat-cow"], None)]);
    assert_eq!(problems, vec![]);
    assert!(!second.is_custom("one"));
    assert!(second.routine("one").is_none());
    assert_eq!(second.routine("two").unwrap().items[0].exercise, "cat-cow");
    assert_eq!(second.routines().len(), builtin.routines().len() + 1);
    // Nothing custom is left once the set is empty: back to the built-in library.
    assert_eq!(second.with_custom(vec![]).0, builtin);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Moving an item there and back, or adding and removing it, leaves the routine as it was;
    /// moving never loses or duplicates an item.
    #[test]
    fn moves_and_adds_undo_cleanly(len in 1_usize..8, a in 0_u32..8, b in 0_u32..8) {
        let names: Vec<String> = (0..len).map(|i| format!("e{i}")).collect();
        let r = routine(&names.iter().map(String::as_str).collect::<Vec<_>>());
        let (a, b) = (a % len as u32, b % len as u32);
        let moved = apply(&r, &Edit::Move { from: a, to: b }).unwrap();
        let mut sorted: Vec<_> = moved.items.iter().map(|i| i.exercise.clone()).collect();
        sorted.sort();
        prop_assert_eq!(sorted, names.clone());
        prop_assert_eq!(&moved.items[b as usize], &r.items[a as usize]);
        prop_assert_eq!(apply(&moved, &Edit::Move { from: b, to: a }).unwrap(), r.clone());

        let at = a % (len as u32 + 1);
        let added = apply(&r, &Edit::Add { exercise: "new".to_owned(), at: Some(at) }).unwrap();
        prop_assert_eq!(added.items.len(), len + 1);
        prop_assert_eq!(apply(&added, &Edit::Remove { index: at }).unwrap(), r);
    }
}
