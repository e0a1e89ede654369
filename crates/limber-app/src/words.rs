//! A sentence from the catalogue that is not in any language yet: its message id and its variables.
//!
//! Rust meets most of what it says to people where it does not know the language: an error converted to the
//! IPC shape, a data problem found while the store cannot be read, a sync folder's reason. So such a sentence
//! travels as [`Words`], and whoever shows it says it: the window in the language in force when it shows it
//! (so a change of language relabels it), `limber status` and notifications in the language they print in, the
//! log in English. The id is a message of `assets/locales/en/*.ftl`; plurals and variables stay Fluent's.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};
use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Deserialize, Deserializer, Serialize};
use ts_rs::TS;

use crate::i18n;

/// One variable of a sentence: a text (a name, a path, a time already formatted), a whole number (counts,
/// which Fluent uses to choose a plural), a number with one decimal (an average rating, which the window
/// writes with the language's decimal sign), or a part of the sentence that is a sentence of its own
/// ("Limber cannot use … as a sync folder: *it does not exist*"), said in the same language first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum Arg {
    Text(String),
    Number(i64),
    Tenths(Tenths),
    Words(Box<Words>),
}

/// A number to one decimal, kept as tenths so that sentences stay comparable (`Eq`); it travels as a JSON
/// number (2.3, or 2 for 2.0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, TS)]
#[ts(type = "number")]
pub struct Tenths(pub i64);

impl Tenths {
    /// `value` rounded to one decimal.
    #[allow(clippy::cast_possible_truncation)] // Ratings are 0 to 10.
    pub fn of(value: f64) -> Tenths {
        Tenths((value * 10.0).round() as i64)
    }

    fn value(self) -> f64 {
        #[allow(clippy::cast_precision_loss)] // Small numbers.
        let tenths = self.0 as f64;
        tenths / 10.0
    }
}

impl Serialize for Tenths {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.value())
    }
}

impl<'de> Deserialize<'de> for Tenths {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        f64::deserialize(deserializer).map(Tenths::of)
    }
}

impl From<Tenths> for Arg {
    fn from(tenths: Tenths) -> Self {
        Arg::Tenths(tenths)
    }
}

impl From<Words> for Arg {
    fn from(words: Words) -> Self {
        Arg::Words(Box::new(words))
    }
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

impl From<u64> for Arg {
    fn from(number: u64) -> Self {
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
                    Arg::Tenths(tenths) => FluentValue::from(tenths.value()),
                    Arg::Words(words) => FluentValue::from(words.say(language)),
                };
                (name.as_str(), value)
            })
            .collect();
        i18n::text_with(language, &self.id, &args)
    }

    /// A date in words: "Monday 14 December".
    pub fn date(date: NaiveDate) -> Words {
        Words::new("date-long")
            .with("weekday", weekday(date))
            .with("day", date.day())
            .with(
                "month",
                Words::new("status-month").with("month", date.month()),
            )
    }

    /// A date in words with its year: "Monday 11 January 2027".
    pub fn date_with_year(date: NaiveDate) -> Words {
        Words {
            id: "date-long-year".to_owned(),
            ..Words::date(date)
        }
        // As text: a number would be grouped by the window's Intl ("2,027").
        .with("year", date.year().to_string())
    }

    /// A sentence Limber wrote before it was in the catalogue (stored in English by an older Limber, or not
    /// migrated yet): shown as it is.
    pub fn as_said(text: impl Into<String>) -> Words {
        Words::new("error-as-said").with("text", text.into())
    }
}

/// A date's weekday name.
fn weekday(date: NaiveDate) -> Words {
    let day = match date.weekday() {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    };
    Words::new("status-weekday").with("day", day)
}

/// Sentences are stored too (sync's last problem and skipped files). An older Limber stored them as English
/// text, which is read as that text.
impl<'de> Deserialize<'de> for Words {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Stored {
            Words {
                id: String,
                #[serde(default)]
                args: BTreeMap<String, Arg>,
            },
            Text(String),
        }
        Ok(match Stored::deserialize(deserializer)? {
            Stored::Words { id, args } => Words { id, args },
            Stored::Text(text) => Words::as_said(text),
        })
    }
}

/// In English: for the log, and for tests that read what a person would read in English.
impl fmt::Display for Words {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.say(i18n::SOURCE))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sync's last problem was stored as English text before sentences became words: it still reads, as that
    /// text, and words stored now read back as they were.
    #[test]
    fn stored_sentences_read_back_old_and_new() {
        let old: Words =
            serde_json::from_str("\"Limber cannot use /x as a sync folder.\"").unwrap();
        assert_eq!(old.say("de"), "Limber cannot use /x as a sync folder.");
        let words = Words::new("sync-error-folder")
            .with("folder", "/media/usb")
            .with("why", Words::new("sync-why-not-found"));
        let text = serde_json::to_string(&words).unwrap();
        assert_eq!(serde_json::from_str::<Words>(&text).unwrap(), words);
        assert_eq!(
            words.say("de"),
            "Limber kann /media/usb nicht als Sync-Ordner verwenden: Er existiert nicht."
        );
        assert_eq!(
            words.to_string(),
            "Limber cannot use /media/usb as a sync folder: it does not exist."
        );
    }

    /// A count chooses the plural, in each language's own rules.
    #[test]
    fn numbers_choose_the_plural() {
        let skipped = |files: usize| Words::new("sync-cli-skipped").with("files", files);
        assert_eq!(skipped(1).to_string(), "Skipped 1 file:");
        assert_eq!(skipped(2).to_string(), "Skipped 2 files:");
        assert_eq!(skipped(2).say("de"), "2 Dateien übersprungen:");
    }
}
