//! Insights drawn from the journal: plain numbers about pain, never advice.
//!
//! This module owns two pure computations over journal entries: how morning pain compares after
//! nights with and without a completed bedtime wind-down, and the red-flag rules that tell the UI
//! to suggest seeing a professional (sustained high pain, pain rising week on week, and moderate
//! pain that has gone on for weeks). It must never store anything, read a clock or phrase a
//! medical conclusion: it returns counts, averages and which rule fired, and the UI chooses the
//! words. Every threshold here has its source row in `assets/content/SOURCES.md`. A morning entry on routine day `D` describes the night after routine day `D - 1`, so it
//! is paired with the wind-down of `D - 1` (a wind-down finished at 00:40 already belongs to the
//! evening before, see `day`).

use std::collections::{BTreeMap, BTreeSet};

use crate::journal::JournalEntry;
use crate::safety::Urgency;
use chrono::{Days, NaiveDate};

/// The fewest mornings each side of the wind-down comparison needs before averages are shown.
pub const MIN_MORNINGS: u32 = 5;

/// Pain at or above this level counts as high for the sustained-pain rule: 7–10 is "severe" on the
/// 0–10 numeric rating scale the check-in uses.
pub const HIGH_PAIN: u8 = 7;

/// Pain at or above this level counts as at least moderate for the steady-pain rule: 4–6 is
/// "moderate" on the same scale.
pub const MODERATE_PAIN: u8 = 4;

/// How many 7-day weeks of at least moderate pain fire the steady-pain rule: back pain that has not
/// eased after "a few weeks" of looking after it at home is worth showing to a professional.
pub const STEADY_PAIN_WEEKS: usize = 4;

/// How many consecutive mornings of high pain fire the sustained-pain rule.
pub const HIGH_PAIN_MORNINGS: u32 = 3;

/// How many days a run of high pain stays relevant after its last entry, counting today. Without
/// this window a bad week from last year would flag forever; with it, the flag stays up until a
/// lower entry is written or a week passes without entries.
pub const HIGH_PAIN_RECENT_DAYS: u64 = 7;

/// The fewest entries each week needs for the rising-trend and the steady-pain rules, so that one
/// bad morning never stands for a whole week.
pub const TREND_MIN_ENTRIES_PER_WEEK: u32 = 3;

/// The smallest rise, in pain points from the first week's average to the third's, that counts as
/// a trend rather than day-to-day noise.
pub const TREND_MIN_RISE: f64 = 1.0;

/// The average of one morning answer (pain, or sleep quality) over some mornings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MorningAverage {
    pub mornings: u32,
    pub average: f64,
}

/// Which morning answer a wind-down comparison averages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Back pain, 0–10: lower is better.
    Pain,
    /// Sleep quality, 1–5: higher is better.
    SleepQuality,
}

impl Measure {
    fn of(self, entry: &JournalEntry) -> u8 {
        match self {
            Measure::Pain => entry.pain,
            Measure::SleepQuality => entry.sleep_quality,
        }
    }
}

/// A morning answer after nights with a completed wind-down compared with nights without one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WindDownEffect {
    /// Both sides have enough mornings.
    Compared {
        with_wind_down: MorningAverage,
        without_wind_down: MorningAverage,
        /// `without - with`: for pain, positive when mornings after a wind-down had less pain; for sleep
        /// quality, negative when nights with a wind-down were rated better.
        difference: f64,
    },
    /// At least one side has fewer than `needed` mornings.
    NotEnoughData {
        with_wind_down: u32,
        without_wind_down: u32,
        needed: u32,
    },
}

/// Compares average morning pain after nights with a completed wind-down (the routine days in
/// `wind_down_days`) and after nights without, requiring `min_mornings` on each side.
///
/// One entry per day counts; if `entries` holds two for a day, the later one in the slice wins,
/// as it would after an edit.
pub fn wind_down_effect(
    entries: &[JournalEntry],
    wind_down_days: &BTreeSet<NaiveDate>,
    min_mornings: u32,
) -> WindDownEffect {
    compare_after_wind_down(entries, wind_down_days, min_mornings, Measure::Pain)
}

/// The same comparison for the sleep quality the morning check-in records about the night before
/// (issue 18): counts and averages only, never a claim about cause.
pub fn sleep_after_wind_down(
    entries: &[JournalEntry],
    wind_down_days: &BTreeSet<NaiveDate>,
    min_mornings: u32,
) -> WindDownEffect {
    compare_after_wind_down(entries, wind_down_days, min_mornings, Measure::SleepQuality)
}

/// Compares the average of `measure` on mornings after a completed wind-down and after none.
pub fn compare_after_wind_down(
    entries: &[JournalEntry],
    wind_down_days: &BTreeSet<NaiveDate>,
    min_mornings: u32,
    measure: Measure,
) -> WindDownEffect {
    let mut with = (0u32, 0u32);
    let mut without = (0u32, 0u32);
    for entry in by_day(entries).values() {
        let evening = entry.day.pred_opt();
        let side = match evening {
            Some(evening) if wind_down_days.contains(&evening) => &mut with,
            _ => &mut without,
        };
        side.0 += 1;
        side.1 += u32::from(measure.of(entry));
    }
    // At least one morning per side is always needed, so an average never divides by zero.
    let needed = min_mornings.max(1);
    if with.0 < needed || without.0 < needed {
        return WindDownEffect::NotEnoughData {
            with_wind_down: with.0,
            without_wind_down: without.0,
            needed,
        };
    }
    let average = |(mornings, total): (u32, u32)| MorningAverage {
        mornings,
        average: f64::from(total) / f64::from(mornings),
    };
    let with_wind_down = average(with);
    let without_wind_down = average(without);
    WindDownEffect::Compared {
        with_wind_down,
        without_wind_down,
        difference: without_wind_down.average - with_wind_down.average,
    }
}

/// Average pain over one week of the rising-trend rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WeeklyPain {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub entries: u32,
    /// `None` when the week has no entries.
    pub average: Option<f64>,
}

/// Which red-flag rule fired, with the numbers behind it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RedFlag {
    /// The most recent entries end with at least [`HIGH_PAIN_MORNINGS`] consecutive days of pain
    /// at or above [`HIGH_PAIN`], the last of them within [`HIGH_PAIN_RECENT_DAYS`] of today.
    SustainedHighPain {
        from: NaiveDate,
        to: NaiveDate,
        mornings: u32,
    },
    /// Over the three 7-day weeks ending today, each with at least
    /// [`TREND_MIN_ENTRIES_PER_WEEK`] entries, the weekly average rose every week and by at
    /// least [`TREND_MIN_RISE`] in total. Weeks are oldest first.
    RisingPain { weeks: [WeeklyPain; 3] },
    /// Over the [`STEADY_PAIN_WEEKS`] 7-day weeks ending today, each with at least
    /// [`TREND_MIN_ENTRIES_PER_WEEK`] entries, every weekly average was at least
    /// [`MODERATE_PAIN`]: pain that has gone on for weeks without easing. Weeks are oldest first.
    SteadyPain {
        weeks: [WeeklyPain; STEADY_PAIN_WEEKS],
    },
}

impl RedFlag {
    /// How soon the person should see someone when this rule fires. A journal entry holds pain,
    /// stiffness and sleep numbers, never the signs that call for help the same day (bladder or bowel
    /// changes, numbness around the genitals, a fall), so every journal rule asks for a visit soon;
    /// the notice also lists the signs that cannot wait.
    pub fn urgency(&self) -> Urgency {
        match self {
            RedFlag::SustainedHighPain { .. }
            | RedFlag::RisingPain { .. }
            | RedFlag::SteadyPain { .. } => Urgency::Soon,
        }
    }
}

/// Checks the red-flag rules against the entries up to `today` (later entries are ignored). When
/// several rules fire, the most pressing one is returned: sustained high pain, then rising pain,
/// then steady pain.
pub fn red_flag(entries: &[JournalEntry], today: NaiveDate) -> Option<RedFlag> {
    let days = by_day(entries);
    sustained_high_pain(&days, today)
        .or_else(|| rising_pain(&days, today))
        .or_else(|| steady_pain(&days, today))
}

fn sustained_high_pain(
    days: &BTreeMap<NaiveDate, &JournalEntry>,
    today: NaiveDate,
) -> Option<RedFlag> {
    let (&last, _) = days.range(..=today).next_back()?;
    let oldest_relevant = today.checked_sub_days(Days::new(HIGH_PAIN_RECENT_DAYS - 1))?;
    if last < oldest_relevant {
        return None;
    }
    let mut from = last;
    let mut mornings = 0u32;
    for (&day, entry) in days.range(..=last).rev() {
        let consecutive = mornings == 0 || day.succ_opt() == Some(from);
        if !consecutive || entry.pain < HIGH_PAIN {
            break;
        }
        from = day;
        mornings += 1;
    }
    (mornings >= HIGH_PAIN_MORNINGS).then_some(RedFlag::SustainedHighPain {
        from,
        to: last,
        mornings,
    })
}

/// The pain entries of the 7-day week that ends `weeks_back` weeks before `today`.
fn weekly_pain(
    days: &BTreeMap<NaiveDate, &JournalEntry>,
    today: NaiveDate,
    weeks_back: u64,
) -> Option<WeeklyPain> {
    let to = today.checked_sub_days(Days::new(7 * weeks_back))?;
    let from = to.checked_sub_days(Days::new(6))?;
    let pains: Vec<u32> = days
        .range(from..=to)
        .map(|(_, entry)| u32::from(entry.pain))
        .collect();
    let entries = u32::try_from(pains.len()).ok()?;
    let average = (entries > 0).then(|| f64::from(pains.iter().sum::<u32>()) / f64::from(entries));
    Some(WeeklyPain {
        from,
        to,
        entries,
        average,
    })
}

/// The `N` weeks ending today, oldest first.
fn last_weeks<const N: usize>(
    days: &BTreeMap<NaiveDate, &JournalEntry>,
    today: NaiveDate,
) -> Option<[WeeklyPain; N]> {
    let count = u64::try_from(N).ok()?;
    let weeks: Vec<WeeklyPain> = (0..count)
        .rev()
        .map(|back| weekly_pain(days, today, back))
        .collect::<Option<_>>()?;
    weeks.try_into().ok()
}

/// True when every week has enough entries to stand for the week.
fn well_kept(weeks: &[WeeklyPain]) -> bool {
    weeks
        .iter()
        .all(|week| week.entries >= TREND_MIN_ENTRIES_PER_WEEK)
}

fn rising_pain(days: &BTreeMap<NaiveDate, &JournalEntry>, today: NaiveDate) -> Option<RedFlag> {
    let weeks: [WeeklyPain; 3] = last_weeks(days, today)?;
    if !well_kept(&weeks) {
        return None;
    }
    let [first, second, third] = weeks.map(|week| week.average.unwrap_or(0.0));
    let rising = first < second && second < third && third - first >= TREND_MIN_RISE;
    rising.then_some(RedFlag::RisingPain { weeks })
}

/// Moderate pain or worse in every one of the last [`STEADY_PAIN_WEEKS`] weeks. Unlike the rising
/// trend, a flat or slowly easing pain counts too: what matters is that it has not settled.
fn steady_pain(days: &BTreeMap<NaiveDate, &JournalEntry>, today: NaiveDate) -> Option<RedFlag> {
    let weeks: [WeeklyPain; STEADY_PAIN_WEEKS] = last_weeks(days, today)?;
    if !well_kept(&weeks) {
        return None;
    }
    let moderate = weeks.iter().all(|week| {
        week.average
            .is_some_and(|average| average >= f64::from(MODERATE_PAIN))
    });
    moderate.then_some(RedFlag::SteadyPain { weeks })
}

/// One entry per day, the later one in the slice winning.
fn by_day(entries: &[JournalEntry]) -> BTreeMap<NaiveDate, &JournalEntry> {
    entries.iter().map(|entry| (entry.day, entry)).collect()
}
