//! The safety guide: the signs that call for help, in two levels, and the rules every routine follows.
//!
//! This module owns the one list of red flags Limber shows anywhere (the first run, the player, the help
//! page, the journal's notice): "get help now" for the signs that need emergency or same-day care, and
//! "see someone soon" for the ones that need a doctor or physiotherapist in the coming days. The words
//! live in `assets/content/safety.json`, embedded at compile time, each item traced to its source in
//! `assets/content/SOURCES.md`. It never decides that a person has a red flag (the journal rules in
//! [`crate::insight`] do, from numbers), and it never reads a file at run time.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::library::{is_kebab, LibraryError, Problem};

/// The file the guide is read from, named in problems.
const FILE: &str = "safety.json";

/// The guide as shipped.
const BUILTIN: &str = include_str!("../../../assets/content/safety.json");

/// How soon a person should get help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Urgency {
    /// Emergency or same-day care: call the emergency number or get seen today.
    Now,
    /// A doctor or physiotherapist in the coming days.
    Soon,
}

/// One sign, in our words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Sign {
    /// Kebab-case id, the key of its row in `SOURCES.md`.
    pub id: String,
    pub text: String,
}

/// One level of red flags: what it is called, what to do, and the signs that belong to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RedFlagLevel {
    pub id: String,
    pub urgency: Urgency,
    /// A short heading that says what to do ("Get help now").
    pub heading: String,
    /// What to do, in a sentence or two, said before the signs.
    pub action: String,
    pub signs: Vec<Sign>,
}

/// A single note of the guide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SafetyNote {
    pub id: String,
    pub text: String,
}

/// The whole safety guide, as every screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SafetyGuide {
    /// The format of `safety.json`; a later change of shape bumps it.
    pub version: u32,
    pub title: String,
    pub intro: String,
    /// The levels, most urgent first: [`Urgency::Now`], then [`Urgency::Soon`].
    pub levels: Vec<RedFlagLevel>,
    /// Stop any exercise that makes the pain worse.
    pub stop_rule: SafetyNote,
    pub not_medical_advice: SafetyNote,
    pub stiff_mornings: SafetyNote,
    pub journal: SafetyNote,
}

impl SafetyGuide {
    /// The guide that ships with Limber, checked.
    pub fn builtin() -> Result<SafetyGuide, LibraryError> {
        SafetyGuide::parse(BUILTIN)
    }

    /// Reads and checks a guide: bad JSON, a missing or unknown field, a level out of order, an empty
    /// text or a repeated id is a problem, and every problem is listed.
    pub fn parse(text: &str) -> Result<SafetyGuide, LibraryError> {
        let guide: SafetyGuide = serde_json::from_str(text)
            .map_err(|error| LibraryError::Invalid(vec![problem(None, None, error.to_string())]))?;
        let problems = guide.check();
        if problems.is_empty() {
            Ok(guide)
        } else {
            Err(LibraryError::Invalid(problems))
        }
    }

    /// The level of one urgency.
    pub fn level(&self, urgency: Urgency) -> Option<&RedFlagLevel> {
        self.levels.iter().find(|level| level.urgency == urgency)
    }

    /// Every id the guide shows, each of which needs a row in `SOURCES.md`.
    pub fn ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for level in &self.levels {
            ids.push(&level.id);
            ids.extend(level.signs.iter().map(|sign| sign.id.as_str()));
        }
        ids.extend(
            [
                &self.stop_rule,
                &self.not_medical_advice,
                &self.stiff_mornings,
                &self.journal,
            ]
            .map(|note| note.id.as_str()),
        );
        ids
    }

    fn check(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let order: Vec<Urgency> = self.levels.iter().map(|level| level.urgency).collect();
        if order != [Urgency::Now, Urgency::Soon] {
            problems.push(problem(
                None,
                Some("levels"),
                format!("needs the levels `now` then `soon`, found {order:?}"),
            ));
        }
        let mut texts: Vec<(Option<&str>, String, &str)> = vec![
            (None, "title".to_owned(), &self.title),
            (None, "intro".to_owned(), &self.intro),
        ];
        for (i, level) in self.levels.iter().enumerate() {
            texts.push((
                Some(&level.id),
                format!("levels[{i}].heading"),
                &level.heading,
            ));
            texts.push((
                Some(&level.id),
                format!("levels[{i}].action"),
                &level.action,
            ));
            if level.signs.is_empty() {
                problems.push(problem(
                    Some(&level.id),
                    Some(&format!("levels[{i}].signs")),
                    "a level needs at least one sign".to_owned(),
                ));
            }
            for (j, sign) in level.signs.iter().enumerate() {
                texts.push((
                    Some(&sign.id),
                    format!("levels[{i}].signs[{j}]"),
                    &sign.text,
                ));
            }
        }
        for (field, note) in [
            ("stopRule", &self.stop_rule),
            ("notMedicalAdvice", &self.not_medical_advice),
            ("stiffMornings", &self.stiff_mornings),
            ("journal", &self.journal),
        ] {
            texts.push((Some(&note.id), field.to_owned(), &note.text));
        }
        for (item, field, text) in texts {
            if text.trim().is_empty() {
                problems.push(problem(item, Some(&field), "must not be empty".to_owned()));
            }
        }
        let mut seen = BTreeSet::new();
        for id in self.ids() {
            if !is_kebab(id) {
                problems.push(problem(
                    Some(id),
                    Some("id"),
                    format!("`{id}` must be kebab-case"),
                ));
            }
            if !seen.insert(id) {
                problems.push(problem(
                    Some(id),
                    Some("id"),
                    format!("duplicate id `{id}`"),
                ));
            }
        }
        problems
    }
}

fn problem(item: Option<&str>, field: Option<&str>, message: String) -> Problem {
    Problem {
        file: FILE.to_owned(),
        item: item.map(str::to_owned),
        field: field.map(str::to_owned),
        message,
        rule: None,
    }
}
