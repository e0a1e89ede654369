//! Conversions between record fields and SQLite column values. It owns the on-disk encoding of
//! times (milliseconds since the Unix epoch, UTC) and days (`YYYY-MM-DD` text); it must never
//! guess a time zone.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::Type;

/// The on-disk form of an instant. Sub-millisecond precision is dropped on purpose: no fact we
/// keep needs it, and integers load faster than text.
pub(crate) fn millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

/// Reads an instant stored by [`millis`].
pub(crate) fn instant(column: usize, ms: i64) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::from_timestamp_millis(ms).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            column,
            Type::Integer,
            format!("timestamp {ms} ms is out of range").into(),
        )
    })
}

/// The on-disk form of a calendar day.
pub(crate) fn day_text(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// Reads a day stored by [`day_text`]. The dashboard loads tens of thousands of days at start,
/// and chrono's format-driven parser costs several times more than reading the ten fixed
/// positions directly.
pub(crate) fn day(column: usize, text: &str) -> rusqlite::Result<NaiveDate> {
    parse_day(text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            column,
            Type::Text,
            format!("{text:?} is not a YYYY-MM-DD date").into(),
        )
    })
}

/// Parses exactly `YYYY-MM-DD`, the only spelling the schema's CHECK constraints let in.
pub(crate) fn parse_day(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

/// Reads a JSON column; `NULL` becomes `None`.
pub(crate) fn json(
    column: usize,
    text: Option<&str>,
) -> rusqlite::Result<Option<serde_json::Value>> {
    text.map(|t| {
        serde_json::from_str(t)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(column, Type::Text, Box::new(e)))
    })
    .transpose()
}

/// Milliseconds as stored: SQLite integers are signed, and durations beyond `i64::MAX` ms
/// (292 million years) are not facts but bugs.
pub(crate) fn duration_ms(ms: u64) -> i64 {
    i64::try_from(ms).unwrap_or(i64::MAX)
}

/// Reads a duration stored by [`duration_ms`]; the schema's CHECK keeps it non-negative.
pub(crate) fn duration(column: usize, ms: i64) -> rusqlite::Result<u64> {
    u64::try_from(ms)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(column, Type::Integer, Box::new(e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    /// Each row: a text, and the day it must parse to (or `None`). The fast parser must agree
    /// with chrono's `%Y-%m-%d` on every canonical spelling and refuse everything else.
    #[test]
    fn parse_day_table() {
        fn check(text: &str, expected: Option<(i32, u32, u32)>) {
            let expected = expected.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
            assert_eq!(parse_day(text), expected, "{text:?}");
            if let Some(day) = expected {
                assert_eq!(day_text(day), text);
            }
        }
        check("2024-03-01", Some((2024, 3, 1)));
        check("2024-02-29", Some((2024, 2, 29)));
        check("0001-01-01", Some((1, 1, 1)));
        check("9999-12-31", Some((9999, 12, 31)));
        check("2023-02-29", None);
        check("2024-13-01", None);
        check("2024-00-10", None);
        check("2024-3-01", None);
        check("2024/03/01", None);
        check("2024-03-01 ", None);
        check("+024-03-01", None);
        check("2024-03-0a", None);
        check("", None);
        check("２０２４-03-01", None);
    }

    proptest::proptest! {
        /// Writing a day and reading it back is the identity for every four-digit year.
        #[test]
        fn parse_day_inverts_day_text(n in 0i64..3_652_059) {
            let day = NaiveDate::from_ymd_opt(1, 1, 1).unwrap() + chrono::Duration::days(n);
            proptest::prop_assert!(day.year() <= 9999);
            proptest::prop_assert_eq!(parse_day(&day_text(day)), Some(day));
        }
    }
}
