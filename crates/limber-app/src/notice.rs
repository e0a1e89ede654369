//! What a reminder says and what the person's answers to it mean: the [`Notice`] a desktop notification or the
//! window's banner shows, its [`Tone`] by time of day, and the [`NoticeAction`] an answer stands for. Showing it
//! is the OS layer's job (`limber-resident`'s notifications); this module only words it, in the language it is
//! given, from the message catalogue (`crate::i18n`, messages `notice-*`).

use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::{self, Args};

/// The action identifiers sent to the notification service. "default" is the XDG name for a click on the
/// notice itself.
pub mod action {
    pub const DEFAULT: &str = "default";
    pub const START: &str = "start";
    pub const SNOOZE: &str = "snooze";
}

/// One reminder as the person sees it: a desktop notification, or the banner inside the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    pub routine_id: String,
    /// The scheduled day the reminder belongs to (for a bedtime reminder, the evening); snoozing names it.
    pub day: NaiveDate,
    pub routine_name: String,
    /// The routine's planned length in whole minutes (at least 1), as the library computes it.
    pub minutes: u32,
    /// The notification's title, for example "Bedtime wind-down: 9 minutes".
    pub summary: String,
    /// The notification's text.
    pub body: String,
    /// The snooze length the "Snooze" action uses, in minutes.
    pub snooze_minutes: u32,
    /// The label of a click on the notice ("Open Limber").
    pub open_label: String,
    /// The label of the "Start now" action.
    pub start_label: String,
    /// The label of the snooze action, for example "Snooze 10 min".
    pub snooze_label: String,
}

/// When a routine is usually done, which sets the tone of the notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Bedtime,
    Morning,
    Anytime,
}

impl From<limber_core::routine::TimeOfDay> for Tone {
    fn from(time_of_day: limber_core::routine::TimeOfDay) -> Self {
        match time_of_day {
            limber_core::routine::TimeOfDay::Bedtime => Tone::Bedtime,
            limber_core::routine::TimeOfDay::Morning => Tone::Morning,
            limber_core::routine::TimeOfDay::Anytime => Tone::Anytime,
        }
    }
}

/// Whole minutes for a planned length, rounded to the nearest minute and never less than one, because a
/// notice that promises "0 minutes" reads as a mistake.
pub fn whole_minutes(duration_secs: u32) -> u32 {
    (duration_secs.saturating_add(30) / 60).max(1)
}

impl Notice {
    /// Writes the notice for a routine in `language`. The words are short and calm: they are read at bedtime
    /// or in bed.
    pub fn new(
        routine_id: &str,
        day: NaiveDate,
        routine_name: &str,
        duration_secs: u32,
        tone: Tone,
        snooze_minutes: u32,
        language: &str,
    ) -> Notice {
        let minutes = whole_minutes(duration_secs);
        let body = match tone {
            Tone::Bedtime => "notice-body-bedtime",
            Tone::Morning => "notice-body-morning",
            Tone::Anytime => "notice-body-anytime",
        };
        let mut title = Args::new();
        title.set("routine", routine_name.to_owned());
        title.set("minutes", minutes);
        let mut snooze = Args::new();
        snooze.set("minutes", snooze_minutes);
        Notice {
            routine_id: routine_id.to_owned(),
            day,
            routine_name: routine_name.to_owned(),
            minutes,
            summary: i18n::text_with(language, "notice-title", &title),
            body: i18n::text(language, body),
            snooze_minutes,
            open_label: i18n::text(language, "notice-open"),
            start_label: i18n::text(language, "notice-start"),
            snooze_label: i18n::text_with(language, "notice-snooze", &snooze),
        }
    }
}

/// What the person did with a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeAction {
    /// "Start now", or a click on the notice: open Limber on the routine's player.
    Start { routine_id: String },
    /// "Snooze": show it again after the snooze length.
    Snooze { routine_id: String, day: NaiveDate },
}

impl NoticeAction {
    /// Maps an action identifier from the notification service to what it means for this notice; closing
    /// the notice, or an identifier Limber never sent, means nothing.
    pub fn from_identifier(identifier: &str, notice: &Notice) -> Option<NoticeAction> {
        Self::for_answer(identifier, &notice.routine_id, notice.day)
    }

    /// The same, for a notice known only by its routine and day (one shown before a hand-over).
    pub fn for_answer(identifier: &str, routine_id: &str, day: NaiveDate) -> Option<NoticeAction> {
        match identifier {
            action::DEFAULT | action::START => Some(NoticeAction::Start {
                routine_id: routine_id.to_owned(),
            }),
            action::SNOOZE => Some(NoticeAction::Snooze {
                routine_id: routine_id.to_owned(),
                day,
            }),
            _ => None,
        }
    }
}

/// Where the person's answers to a notice go (the scheduler's channel and the window, in the app).
pub type ActionSink = Arc<dyn Fn(NoticeAction) + Send + Sync>;

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
    }

    #[test]
    fn notices_name_the_routine_and_its_length() {
        fn check(secs: u32, tone: Tone, summary: &str, body_start: &str) {
            let notice = Notice::new(
                "bedtime-wind-down",
                day(),
                "Wind-down",
                secs,
                tone,
                10,
                "en",
            );
            assert_eq!(notice.summary, summary, "{secs} s");
            assert!(
                notice.body.starts_with(body_start),
                "{secs} s: {}",
                notice.body
            );
            assert!(notice.body.contains("thank you"));
        }
        check(
            540,
            Tone::Bedtime,
            "Wind-down: 9 minutes",
            "Time to wind down",
        );
        check(
            555,
            Tone::Bedtime,
            "Wind-down: 9 minutes",
            "Time to wind down",
        );
        check(570, Tone::Morning, "Wind-down: 10 minutes", "Start gently");
        check(20, Tone::Anytime, "Wind-down: 1 minute", "A short break");
        check(0, Tone::Anytime, "Wind-down: 1 minute", "A short break");
        check(89, Tone::Anytime, "Wind-down: 1 minute", "A short break");
        check(90, Tone::Anytime, "Wind-down: 2 minutes", "A short break");
    }

    /// Issue 22: the notice speaks the language it is given, its plural included, and its buttons too.
    #[test]
    fn notices_in_german_table() {
        fn check(secs: u32, tone: Tone, summary: &str, body: &str) {
            let notice = Notice::new(
                "bedtime-wind-down",
                day(),
                "Abendruhe",
                secs,
                tone,
                10,
                "de",
            );
            assert_eq!(
                (notice.summary.as_str(), notice.body.as_str()),
                (summary, body),
                "{secs} s"
            );
            assert_eq!(
                (
                    notice.open_label.as_str(),
                    notice.start_label.as_str(),
                    notice.snooze_label.as_str()
                ),
                ("Limber öffnen", "Jetzt starten", "In 10 Min. erinnern")
            );
        }
        check(
            540,
            Tone::Bedtime,
            "Abendruhe: 9 Minuten",
            "Zeit, zur Ruhe zu kommen. Dein Rücken wird es dir danken.",
        );
        check(
            60,
            Tone::Morning,
            "Abendruhe: 1 Minute",
            "Fang sanft an, gleich im Bett. Dein Rücken wird es dir danken.",
        );
        check(
            90,
            Tone::Anytime,
            "Abendruhe: 2 Minuten",
            "Eine kurze Pause für deinen Rücken. Er wird es dir danken.",
        );
    }

    #[test]
    fn action_identifiers_map_to_what_they_mean() {
        let notice = Notice::new(
            "morning-mobility",
            day(),
            "Morning",
            300,
            Tone::Morning,
            15,
            "en",
        );
        assert_eq!(notice.snooze_label, "Snooze 15 min");
        let start = Some(NoticeAction::Start {
            routine_id: "morning-mobility".into(),
        });
        let rows: &[(&str, Option<NoticeAction>)] = &[
            ("default", start.clone()),
            ("start", start),
            (
                "snooze",
                Some(NoticeAction::Snooze {
                    routine_id: "morning-mobility".into(),
                    day: day(),
                }),
            ),
            ("__closed", None),
            ("something-else", None),
        ];
        for (identifier, expected) in rows {
            assert_eq!(
                &NoticeAction::from_identifier(identifier, &notice),
                expected,
                "{identifier}"
            );
        }
    }
}
