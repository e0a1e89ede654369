//! A sentence from the catalogue that is not in any language yet: its message id and its variables.
//!
//! Rust meets most of what it says to people where it does not know the language: an error converted to the
//! IPC shape, a data problem found while the store cannot be read, a sync folder's reason. So such a sentence
//! travels as [`Words`], and whoever shows it says it: the window in the language in force when it shows it
//! (so a change of language relabels it), `limber status` and notifications in the language they print in, the
//! log in English. The id is a message of `assets/locales/en/*.ftl`; plurals and variables stay Fluent's.

use std::collections::BTreeMap;
use std::fmt;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use ts_rs::TS;

use crate::i18n;

/// One variable of a sentence: a text (a name, a path, a time already formatted) or a whole number (counts,
/// which Fluent uses to choose a plural).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(untagged)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<i64> for Arg {
    fn from(number: i64) -> Self {
        Arg::Number(number)
    }
}

impl From<usize> for Arg {
    fn from(number: usize) -> Self {
        Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(number: u32) -> Self {
        Arg::Number(i64::from(number))
    }
}

/// A message of the catalogue with its variables, said later in a language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Words {
    /// The message's id in `assets/locales/<tag>/*.ftl`.
    pub id: String,
    /// The message's variables by name.
    pub args: BTreeMap<String, Arg>,
}

impl Words {
    /// The message `id` without variables.
    pub fn new(id: &str) -> Words {
        Words {
            id: id.to_owned(),
            args: BTreeMap::new(),
        }
    }

    /// The same message with the variable `name` set to `value`.
    #[must_use]
    pub fn with(mut self, name: &str, value: impl Into<Arg>) -> Words {
        self.args.insert(name.to_owned(), value.into());
        self
    }

    /// The sentence in `language` (a message it lacks comes from English, see [`i18n::Catalogue::text`]).
    pub fn say(&self, language: &str) -> String {
        let args: FluentArgs = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Number(number) => FluentValue::from(*number),
                };
                (name.as_str(), value)
            })
            .collect();
        i18n::text_with(language, &self.id, &args)
    }
}

/// In English: for the log, and for tests that read what a person would read in English.
impl fmt::Display for Words {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.say(i18n::SOURCE))
    }
}
