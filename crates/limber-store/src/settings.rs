//! Settings persistence: a key → JSON value map. It owns reading and writing the `settings`
//! table, always by a key of the registry ([`SettingKey`]); it must never interpret a setting's
//! meaning (its type and default belong to the app, its rules to the core).

use std::collections::BTreeMap;

use rusqlite::OptionalExtension;
use serde_json::Value;

use crate::error::{on_write, Result};
use crate::setting_key::{Setting, SettingKey};
use crate::Store;

impl Store {
    /// The stored value of one setting, or `None` when it was never set.
    pub fn setting(&self, key: SettingKey) -> Result<Option<Value>> {
        let text: Option<String> = self
            .conn
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([key.name()], |row| row.get(0))
            .optional()?;
        match text {
            Some(text) => Ok(Some(serde_json::from_str(&text)?)),
            None => Ok(None),
        }
    }

    /// Stores `value` under `key`, replacing any earlier value.
    pub fn set_setting(&self, key: SettingKey, value: &Value) -> Result<()> {
        let text = serde_json::to_string(value)?;
        let tx = self.write()?;
        tx.prepare_cached(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )?
        .execute((key.name(), &text))
        .map_err(on_write)?;
        tx.commit()?;
        Ok(())
    }

    /// Forgets a setting; returns whether it existed.
    pub fn remove_setting(&self, key: SettingKey) -> Result<bool> {
        let tx = self.write()?;
        let removed = tx.execute("DELETE FROM settings WHERE key = ?1", [key.name()])?;
        tx.commit()?;
        Ok(removed > 0)
    }

    /// A setting as its type, or the type's default when it was never set. A value that no longer
    /// reads as the type (edited by hand, or written by a newer Limber) is logged and read as the
    /// default too, because a broken setting must not stop every screen that reads it.
    pub fn load_setting<S: Setting>(&self) -> Result<S> {
        Ok(match self.setting(S::KEY)? {
            None => S::default(),
            Some(value) => serde_json::from_value(value).unwrap_or_else(|error| {
                log::warn!(
                    "the \"{}\" setting could not be read ({error}); using the defaults",
                    S::KEY
                );
                S::default()
            }),
        })
    }

    /// Stores a setting as its type writes it.
    pub fn save_setting<S: Setting>(&self, value: &S) -> Result<()> {
        self.set_setting(S::KEY, &serde_json::to_value(value)?)
    }

    /// Every stored setting by its name, ordered by name; a name no key spells (left by another
    /// version) is listed too.
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
