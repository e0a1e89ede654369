//! The safety guide (issue 20): two levels of red flags, each with what to do, checked when it loads.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use limber_core::safety::{SafetyGuide, Urgency};

fn guide() -> SafetyGuide {
    match SafetyGuide::builtin() {
        Ok(guide) => guide,
        Err(e) => panic!("the built-in safety guide must be valid:\n{e}"),
    }
}

fn signs(urgency: Urgency) -> String {
    guide()
        .level(urgency)
        .unwrap()
        .signs
        .iter()
        .map(|s| s.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The signs that need emergency or same-day care are their own level (issue 20: every red flag said
/// "see a doctor soon"), and its words say to call the emergency number or be seen today.
#[test]
fn get_help_now_lists_the_signs_that_cannot_wait() {
    let guide = guide();
    let now = guide.level(Urgency::Now).unwrap();
    assert_eq!(now.heading, "Get help now");
    for fact in ["emergency number", "today", "do not wait"] {
        assert!(
            now.action.to_lowercase().contains(fact),
            "{fact}: {}",
            now.action
        );
    }
    let text = signs(Urgency::Now);
    for fact in [
        "bladder",
        "bowels",
        "genitals",
        "both legs",
        "fall",
        "accident",
        "chest pain",
        "high temperature",
    ] {
        assert!(text.contains(fact), "the urgent signs name {fact:?}");
    }
}

/// The signs for a visit soon include the ones the sources name that the app used to leave out.
#[test]
fn see_someone_soon_lists_the_other_signs() {
    let guide = guide();
    let soon = guide.level(Urgency::Soon).unwrap();
    assert!(soon.heading.contains("soon"), "{}", soon.heading);
    assert!(soon.action.contains("next few days"), "{}", soon.action);
    let text = signs(Urgency::Soon);
    for fact in [
        "few weeks",
        "severe",
        "worse at night",
        "wakes you",
        "one leg",
        "weight",
        "swelling",
        "wraps around your side",
        "feeling sick",
        "ordinary days",
    ] {
        assert!(text.contains(fact), "the soon signs name {fact:?}");
    }
    // A sign is in one level only: the urgent ones are not repeated as "soon".
    assert!(!text.contains("bladder") && !text.contains("both legs"));
}

#[test]
fn the_guide_keeps_its_rules() {
    let guide = guide();
    assert!(guide
        .stop_rule
        .text
        .contains("Stop any exercise that makes your pain worse"));
    assert!(guide.not_medical_advice.text.contains("not medical advice"));
    let ids = guide.ids();
    assert_eq!(ids[0], "get-help-now");
    assert!(ids.contains(&"see-someone-soon"));
}

/// A guide that breaks the rules is refused with every problem named.
#[test]
fn a_broken_guide_is_refused_with_every_problem() {
    let good: serde_json::Value =
        serde_json::from_str(include_str!("../../../assets/content/safety.json")).unwrap();
    let check = |edit: &dyn Fn(&mut serde_json::Value), expected: &[&str]| {
        let mut value = good.clone();
        edit(&mut value);
        let problems: Vec<String> = match SafetyGuide::parse(&value.to_string()) {
            Ok(_) => Vec::new(),
            Err(e) => e.problems().iter().map(ToString::to_string).collect(),
        };
        assert_eq!(problems, expected);
    };
    check(&|_| {}, &[]);
    check(
        &|v| v["levels"].as_array_mut().unwrap().reverse(),
        &["safety.json: levels: needs the levels `now` then `soon`, found [Soon, Now]"],
    );
    check(
        &|v| {
            v["levels"].as_array_mut().unwrap().pop();
        },
        &["safety.json: levels: needs the levels `now` then `soon`, found [Now]"],
    );
    check(
        &|v| v["levels"][0]["signs"] = serde_json::json!([]),
        &["safety.json: get-help-now: levels[0].signs: a level needs at least one sign"],
    );
    check(
        &|v| v["levels"][1]["signs"][0]["text"] = serde_json::json!("  "),
        &["safety.json: lasts-weeks: levels[1].signs[0]: must not be empty"],
    );
    check(
        &|v| v["levels"][1]["signs"][1]["id"] = serde_json::json!("lasts-weeks"),
        &["safety.json: lasts-weeks: id: duplicate id `lasts-weeks`"],
    );
    check(
        &|v| v["levels"][0]["id"] = serde_json::json!("Get Help"),
        &["safety.json: Get Help: id: `Get Help` must be kebab-case"],
    );
    let unknown = SafetyGuide::parse(&{
        let mut v = good.clone();
        v["colour"] = serde_json::json!("red");
        v.to_string()
    })
    .unwrap_err();
    assert!(
        unknown.problems()[0]
            .message
            .contains("unknown field `colour`"),
        "{unknown}"
    );
}
