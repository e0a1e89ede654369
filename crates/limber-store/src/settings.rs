//! Settings persistence: a key → JSON value map. It owns reading and writing the `settings`
//! table; it must never interpret a setting's meaning (defaults and validation belong to the
//! core and the shell).

use std::collections::BTreeMap;

use rusqlite::OptionalExtension;
use serde_json::Value;

use crate::error::{on_write, Result};
use crate::Store;

impl Store {
    /// The stored value of one setting, or `None` when it was never set.
    pub fn setting(&self, key: &str) -> Result<Option<Value>> {
        let text: Option<String> = self
            .conn
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([key], |row| row.get(0))
            .optional()?;
        match text {
            Some(text) => Ok(Some(serde_json::from_str(&text)?)),
            None => Ok(None),
        }
    }

    /// Stores `value` under `key`, replacing any earlier value.
    pub fn set_setting(&self, key: &str, value: &Value) -> Result<()> {
        let text = serde_json::to_string(value)?;
        let tx = self.write()?;
        tx.prepare_cached(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )?
        .execute((key, &text))
        .map_err(on_write)?;
        tx.commit()?;
        Ok(())
    }

    /// Forgets a setting; returns whether it existed.
    pub fn remove_setting(&self, key: &str) -> Result<bool> {
        let tx = self.write()?;
        let removed = tx.execute("DELETE FROM settings WHERE key = ?1", [key])?;
        tx.commit()?;
        Ok(removed > 0)
    }

    /// Every stored setting, ordered by key.
    pub fn settings(&self) -> Result<BTreeMap<String, Value>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT key, value FROM settings ORDER BY key")?;
        let rows = stmt.query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?;
        let mut settings = BTreeMap::new();
        for row in rows {
            let (key, text) = row?;
            settings.insert(key, serde_json::from_str(&text)?);
        }
        Ok(settings)
    }
}
