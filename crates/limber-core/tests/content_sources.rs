//! Every piece of content Limber shows is traced to a source (issue 20): each exercise with its default
//! dose, each built-in routine with its doses, each item of the safety guide, each red-flag rule with its
//! thresholds, each condition that rules moves out, and each sleep-setup and wind-down item has a row in
//! `assets/content/SOURCES.md`, and no row names something Limber does not show. For exercises, routines
//! and rules the row also states the dose or threshold, so changing a number without its source fails.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use std::collections::{BTreeMap, BTreeSet};

use limber_core::contraindication::Condition;
use limber_core::exercise::{Dose, Exercise, RangeField, Sides};
use limber_core::insight::{
    RedFlag, HIGH_PAIN, HIGH_PAIN_MORNINGS, HIGH_PAIN_RECENT_DAYS, MODERATE_PAIN,
    STEADY_PAIN_WEEKS, TREND_MIN_ENTRIES_PER_WEEK, TREND_MIN_RISE,
};
use limber_core::library::Library;
use limber_core::routine::{Routine, RoutineItem};
use limber_core::safety::SafetyGuide;
use serde_json::Value;

const SOURCES: &str = include_str!("../../../assets/content/SOURCES.md");
const SLEEP_SETUP: &str = include_str!("../../../assets/content/sleep-setup.json");
const WIND_DOWN: &str = include_str!("../../../assets/content/wind-down.json");

/// The rows of every table in SOURCES.md whose first cell is a kebab-case id, as id → second cell.
fn rows(text: &str) -> BTreeMap<String, String> {
    let mut rows = BTreeMap::new();
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        // A table's heading row is the one its |---| line follows.
        if lines
            .get(i + 1)
            .is_some_and(|next| next.starts_with("|--") || next.starts_with("| --"))
        {
            continue;
        }
        let Some(inner) = line.strip_prefix("| ") else {
            continue;
        };
        let cells: Vec<&str> = inner.split(" | ").map(str::trim).collect();
        let id = cells[0];
        let kebab = !id.is_empty()
            && id.split('-').all(|w| {
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            });
        if kebab {
            let previous = rows.insert(
                id.to_owned(),
                cells.get(1).copied().unwrap_or("").to_owned(),
            );
            assert!(previous.is_none(), "SOURCES.md has two rows for `{id}`");
        }
    }
    rows
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// An exercise's default dose and safe ranges in the words the row uses, e.g. "5 reps, each side, hold
/// 5 s, pace 3 s + hold + 3 s; safe range: reps 3–5".
fn exercise_text(exercise: &Exercise) -> String {
    let ranges: Vec<String> = exercise
        .progression
        .iter()
        .map(|range| match range.field {
            RangeField::HoldSecs => {
                format!("hold {}–{} s by {} s", range.min, range.max, range.step)
            }
            RangeField::Reps => format!("reps {}–{}", range.min, range.max),
            RangeField::Rounds => format!("rounds {}–{}", range.min, range.max),
        })
        .collect();
    let dose = dose_text(&exercise.dose);
    if ranges.is_empty() {
        dose
    } else {
        format!("{dose}; safe range: {}", ranges.join(", "))
    }
}

/// An exercise's default dose in the words the row uses, e.g. "5 reps, each side, hold 5 s, pace 3 s +
/// hold + 3 s".
fn dose_text(dose: &Dose) -> String {
    let mut parts = vec![plural(dose.reps(), "rep", "reps")];
    if dose.rounds > 1 {
        parts.push(plural(dose.rounds, "round", "rounds"));
    }
    match dose.sides {
        Sides::None => {}
        Sides::Each => parts.push("each side".to_owned()),
        Sides::Alternate => parts.push("alternating sides".to_owned()),
    }
    if let Some(hold) = dose.hold_secs {
        parts.push(format!("hold {hold} s"));
    }
    if !dose.pace.is_empty() {
        let pace: Vec<String> = dose
            .pace
            .iter()
            .map(|p| p.secs.map_or("hold".to_owned(), |s| format!("{s} s")))
            .collect();
        parts.push(format!("pace {}", pace.join(" + ")));
    }
    parts.join(", ")
}

/// What a routine item changes from its exercise's default dose, or `None` when nothing.
fn item_text(item: &RoutineItem) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(reps) = item.reps {
        parts.push(plural(reps, "rep", "reps"));
    }
    if let Some(hold) = item.hold_secs {
        parts.push(format!("hold {hold} s"));
    }
    if let Some(rounds) = item.rounds {
        parts.push(plural(rounds, "round", "rounds"));
    }
    if let Some(sides) = item.sides {
        parts.push(format!("sides {sides:?}").to_lowercase());
    }
    if let Some(pace) = item.pace_secs {
        parts.push(format!("pace {pace} s"));
    }
    if let Some(rest) = item.rest_after_secs {
        parts.push(format!("rest {rest} s"));
    }
    (!parts.is_empty()).then(|| format!("{}: {}", item.exercise, parts.join(", ")))
}

/// A routine's items and overrides in the words the row uses.
fn routine_text(routine: &Routine) -> String {
    let items: Vec<&str> = routine.items.iter().map(|i| i.exercise.as_str()).collect();
    let overrides: Vec<String> = routine.items.iter().filter_map(item_text).collect();
    let doses = if overrides.is_empty() {
        "default doses".to_owned()
    } else {
        overrides.join("; ")
    };
    format!("{} — {doses}", items.join(", "))
}

/// Each red-flag rule's id and its thresholds in words. The match is exhaustive, so a new rule does not
/// compile here until it has a row.
fn rule_rows() -> Vec<(&'static str, String)> {
    let rule = |flag: &RedFlag| -> (&'static str, String) {
        match flag {
            RedFlag::SustainedHighPain { .. } => (
                "sustained-high-pain",
                format!(
                    "{HIGH_PAIN_MORNINGS} mornings in a row at {HIGH_PAIN} or more, the last within {HIGH_PAIN_RECENT_DAYS} days"
                ),
            ),
            RedFlag::RisingPain { .. } => (
                "rising-pain",
                format!(
                    "3 weeks of {TREND_MIN_ENTRIES_PER_WEEK}+ entries, each week's average higher, {TREND_MIN_RISE:.0}+ point in all"
                ),
            ),
            RedFlag::SteadyPain { .. } => (
                "steady-pain",
                format!(
                    "{STEADY_PAIN_WEEKS} weeks of {TREND_MIN_ENTRIES_PER_WEEK}+ entries, each averaging {MODERATE_PAIN} or more"
                ),
            ),
        }
    };
    let day = chrono::NaiveDate::MIN;
    let week = limber_core::insight::WeeklyPain {
        from: day,
        to: day,
        entries: 0,
        average: None,
    };
    [
        RedFlag::SustainedHighPain {
            from: day,
            to: day,
            mornings: 0,
        },
        RedFlag::RisingPain { weeks: [week; 3] },
        RedFlag::SteadyPain {
            weeks: [week; STEADY_PAIN_WEEKS],
        },
    ]
    .iter()
    .map(rule)
    .collect()
}

/// A condition's id: its camelCase name in kebab case.
fn condition_id(condition: Condition) -> String {
    let name = serde_json::to_value(condition).unwrap();
    let mut id = String::new();
    for c in name.as_str().unwrap().chars() {
        if c.is_ascii_uppercase() {
            id.push('-');
        }
        id.push(c.to_ascii_lowercase());
    }
    id
}

/// The advice ids of the sleep guide and the wind-down checklist (the UI reads these files itself).
fn guide_ids() -> Vec<String> {
    let sleep: Value = serde_json::from_str(SLEEP_SETUP).unwrap();
    let wind_down: Value = serde_json::from_str(WIND_DOWN).unwrap();
    let id = |v: &Value| v["id"].as_str().unwrap().to_owned();
    let ids_of = |v: &Value| -> Vec<String> { v.as_array().unwrap().iter().map(id).collect() };
    let mut ids = vec![id(&sleep["neutralSpine"]), id(&sleep["varies"])];
    for position in sleep["positions"].as_array().unwrap() {
        ids.extend(ids_of(&position["setup"]));
        ids.push(id(&position["headPillow"]));
        ids.push(id(&position["note"]));
        ids.extend(ids_of(&position["tonight"]));
    }
    ids.extend(ids_of(&sleep["varies"]["tonight"]));
    ids.extend(ids_of(&sleep["tips"]));
    ids.extend(ids_of(&sleep["mattress"]["items"]));
    ids.extend(ids_of(&wind_down["items"]));
    ids
}

/// Every id Limber shows, with the second cell its row must have (`None`: any words).
fn shown() -> Vec<(String, Option<String>)> {
    let library = Library::builtin().unwrap();
    let mut shown: Vec<(String, Option<String>)> = Vec::new();
    for exercise in library.exercises() {
        shown.push((exercise.id.clone(), Some(exercise_text(exercise))));
    }
    for routine in library.routines() {
        shown.push((routine.id.clone(), Some(routine_text(routine))));
    }
    for (id, text) in rule_rows() {
        shown.push((id.to_owned(), Some(text)));
    }
    for condition in Condition::ALL {
        shown.push((condition_id(condition), None));
    }
    for id in SafetyGuide::builtin().unwrap().ids() {
        shown.push((id.to_owned(), None));
    }
    for id in guide_ids() {
        shown.push((id, None));
    }
    shown
}

#[test]
fn every_content_id_has_a_source_row_stating_its_dose() {
    let rows = rows(SOURCES);
    let mut missing = Vec::new();
    let mut wrong = Vec::new();
    for (id, expected) in shown() {
        match (rows.get(&id), expected) {
            (None, expected) => missing.push(format!(
                "| {id} | {} | … |",
                expected.unwrap_or_else(|| "…".to_owned())
            )),
            (Some(cell), Some(expected)) if *cell != expected => {
                wrong.push(format!(
                    "`{id}`: the row says {cell:?}, the data {expected:?}"
                ));
            }
            _ => {}
        }
    }
    assert!(
        missing.is_empty() && wrong.is_empty(),
        "SOURCES.md has no row for:\n{}\nand rows whose dose differs from the data:\n{}",
        missing.join("\n"),
        wrong.join("\n")
    );
}

#[test]
fn sources_name_nothing_limber_does_not_show() {
    let shown: BTreeSet<String> = shown().into_iter().map(|(id, _)| id).collect();
    let orphans: Vec<String> = rows(SOURCES)
        .into_keys()
        .filter(|id| !shown.contains(id))
        .collect();
    assert_eq!(orphans, Vec::<String>::new());
}

/// The check itself can fail: a table without a row for an exercise is caught, and so is a dose that
/// changed without its row.
#[test]
fn a_missing_or_stale_row_is_caught() {
    let text = "| id | dose | source |\n|---|---|---|\n| plank | 1 rep, hold 20 s; safe range: hold 15–30 s by 5 s | 001 |\n";
    let rows = rows(text);
    assert_eq!(
        rows.get("plank").map(String::as_str),
        Some("1 rep, hold 20 s; safe range: hold 15–30 s by 5 s")
    );
    assert!(!rows.contains_key("cat-cow"));
    assert!(!rows.contains_key("id"), "column headings are not rows");
    assert_eq!(rows.len(), 1);
    let library = Library::builtin().unwrap();
    let plank = library.exercise("plank").unwrap();
    assert_eq!(exercise_text(plank), rows["plank"]);
    let mut longer = plank.clone();
    longer.dose.hold_secs = Some(45);
    assert_ne!(exercise_text(&longer), rows["plank"]);
    // Issue 18: a safe maximum changed without its source is caught too.
    let mut higher = plank.clone();
    higher.progression[0].max = 60;
    assert_ne!(exercise_text(&higher), rows["plank"]);
}
