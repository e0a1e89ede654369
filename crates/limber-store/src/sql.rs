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

/// Reads a day stored by [`day_text`].
pub(crate) fn day(column: usize, text: &str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(column, Type::Text, Box::new(e)))
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
