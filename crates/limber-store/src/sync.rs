//! Sync's bookkeeping in the database, and the one pass that merges. It owns the sync tables
//! (`sync_winners`, `sync_changes`, `sync_shadow`, `sync_devices`) and the translation between the
//! shared keys of `limber_core::sync` and the record tables. It must never touch the sync folder
//! (the app layer reads the other computers' files and writes this one's), never decide who wins
//! (the core's `wins` does) and never read the clock: the pass is given its instant.
//!
//! # A pass, in one write transaction
//! 1. This computer's changes since the last pass are what differs between the shared keys now and
//!    their shadow (what they held at the end of the last pass). Each becomes a numbered change with
//!    a fresh clock reading, and the key's winner. The first pass finds everything: it shares the
//!    whole history.
//! 2. The other computers' changes not read before (by their running number) are merged: a change
//!    later than the key's winner replaces it. This computer's own file counts too: changes in it
//!    that the database lacks (a backup was restored) are taken back, so a number is never reused.
//! 3. Every key whose winner differs from what the tables hold is written to the tables, in the
//!    keys' order (a session before its answer). One that cannot be written yet (an answer whose
//!    session has not arrived) is tried again at the next pass; one a rule refuses is listed.
//! 4. The shadow becomes what the tables hold now.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use limber_core::sync::{
    home, moved, wins, Change, DeviceId, Hlc, HlcClock, Home, SyncKey, SHARED_SETTINGS,
};
use rusqlite::{Connection, OptionalExtension, Transaction};
use serde_json::Value;

use crate::error::{on_write, Result, StoreError};
use crate::policy::{ImportedFile, SettingsPolicy};
use crate::record::{CustomRoutineRecord, JournalRecord, RestDay, SessionRecord};
use crate::{custom_routine, journal, rest_day, session, sql, Store};

/// Another computer's file, as the app read it from the folder.
#[derive(Debug, Clone)]
pub struct IncomingFile {
    pub device: DeviceId,
    /// The name it gives itself.
    pub name: String,
    pub changes: Vec<Change>,
}

/// What a pass did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PassReport {
    /// Changes this computer made since the last pass.
    pub written: u64,
    /// Changes read from the other computers' files for the first time.
    pub read: u64,
    /// Whether the pass changed what a person sees (it wrote to the record tables).
    pub changed_data: bool,
    /// Keys that won but could not be written, with the reason in words.
    pub refused: Vec<(String, String)>,
}

/// A computer seen in the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncDevice {
    pub id: DeviceId,
    pub name: String,
    /// Changes read from it in all.
    pub changes: u64,
    /// The clock reading of its latest change read.
    pub last_change: Option<DateTime<Utc>>,
    /// The person removed it from the list: its file is not read any more.
    pub forgotten: bool,
}

type Snapshot = BTreeMap<SyncKey, Value>;

fn json_text(value: &Value) -> Result<String> {
    Ok(serde_json::to_string(value)?)
}

fn parse_json(text: Option<String>) -> Result<Option<Value>> {
    text.map(|text| serde_json::from_str(&text))
        .transpose()
        .map_err(Into::into)
}

/// The shared keys as the record tables hold them now.
fn snapshot(conn: &Connection) -> Result<Snapshot> {
    let mut out = Snapshot::new();
    let sessions = format!("SELECT {} FROM sessions", session::SESSION_COLUMNS);
    let mut stmt = conn.prepare_cached(&sessions)?;
    for record in stmt.query_map([], session::session_from_row)? {
        let mut record = record?;
        if let Some(feel) = record.feel.take() {
            out.insert(SyncKey::Feel(record.id.clone()), Value::from(feel));
        }
        if let Some(checklist) = record.checklist.take() {
            out.insert(SyncKey::Checklist(record.id.clone()), checklist);
        }
        out.insert(
            SyncKey::Session(record.id.clone()),
            serde_json::to_value(&record)?,
        );
    }
    let journal = format!("SELECT {} FROM journal_entries", journal::JOURNAL_COLUMNS);
    let mut stmt = conn.prepare_cached(&journal)?;
    for entry in stmt.query_map([], journal::journal_from_row)? {
        let entry = entry?;
        out.insert(SyncKey::Journal(entry.day), serde_json::to_value(&entry)?);
    }
    let mut stmt = conn.prepare_cached("SELECT routine_id, day FROM rest_days")?;
    for rest in stmt.query_map([], rest_day::rest_day_from_row)? {
        let rest = rest?;
        out.insert(
            SyncKey::Rest {
                routine_id: rest.routine_id,
                day: rest.day,
            },
            Value::Bool(true),
        );
    }
    let routines = format!(
        "SELECT {} FROM custom_routines",
        custom_routine::CUSTOM_ROUTINE_COLUMNS
    );
    let mut stmt = conn.prepare_cached(&routines)?;
    for routine in stmt.query_map([], custom_routine::custom_routine_from_row)? {
        let routine = routine?;
        out.insert(
            SyncKey::Routine(routine.id.clone()),
            serde_json::to_value(&routine)?,
        );
    }
    let mut stmt = conn.prepare_cached("SELECT key, value FROM settings")?;
    let rows = stmt.query_map([], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (name, text) = row?;
        if SHARED_SETTINGS.contains(&name.as_str()) {
            out.insert(SyncKey::Setting(name), serde_json::from_str(&text)?);
        }
    }
    Ok(out)
}

fn shadow(conn: &Connection) -> Result<Snapshot> {
    let mut stmt = conn.prepare_cached("SELECT key, value FROM sync_shadow")?;
    let rows = stmt.query_map([], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
    })?;
    let mut out = Snapshot::new();
    for row in rows {
        let (key, text) = row?;
        // A key this version no longer knows is dropped from the shadow at the end of the pass.
        if let Some(key) = SyncKey::parse(&key) {
            out.insert(key, serde_json::from_str(&text)?);
        }
    }
    Ok(out)
}

fn save_shadow(tx: &Transaction<'_>, old: &Snapshot, new: &Snapshot) -> Result<()> {
    for key in old.keys().filter(|key| !new.contains_key(*key)) {
        tx.prepare_cached("DELETE FROM sync_shadow WHERE key = ?1")?
            .execute([key.to_string()])
            .map_err(on_write)?;
    }
    for (key, value) in new
        .iter()
        .filter(|(key, value)| old.get(*key) != Some(*value))
    {
        tx.prepare_cached(
            "INSERT INTO sync_shadow (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )?
        .execute((key.to_string(), json_text(value)?))
        .map_err(on_write)?;
    }
    Ok(())
}

struct Winner {
    hlc: Hlc,
    value: Option<Value>,
}

/// A stored change or winner: its key, its clock reading and its value, as the two sync tables keep them
/// (columns `key, millis, counter, device, value`, then anything else the query adds).
type StoredRow = (Option<SyncKey>, Option<Hlc>, Option<String>);

fn stored_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<StoredRow> {
    let key: String = row.get(0)?;
    let (millis, counter): (i64, u32) = (row.get(1)?, row.get(2)?);
    let device: String = row.get(3)?;
    let hlc = DeviceId::parse(&device).map(|device| Hlc {
        millis,
        counter,
        device,
    });
    Ok((SyncKey::parse(&key), hlc, row.get(4)?))
}

fn winners(conn: &Connection) -> Result<BTreeMap<SyncKey, Winner>> {
    let mut stmt =
        conn.prepare_cached("SELECT key, millis, counter, device, value FROM sync_winners")?;
    let mut out = BTreeMap::new();
    for row in stmt.query_map([], stored_row)? {
        // A key or a device this version cannot read is left as it is.
        if let (Some(key), Some(hlc), value) = row? {
            out.insert(
                key,
                Winner {
                    hlc,
                    value: parse_json(value)?,
                },
            );
        }
    }
    Ok(out)
}

/// Takes in a change read from a file: the clock sees it, and it goes to its home.
fn merge(
    tx: &Transaction<'_>,
    winners: &mut BTreeMap<SyncKey, Winner>,
    clock: &mut HlcClock,
    change: &Change,
) -> Result<()> {
    clock.observe(&change.hlc);
    place(tx, winners, change)
}

/// Puts a change where the core's law says it belongs ([`home`]): the latest change of each key wins,
/// and two routines created apart with one id both stay.
fn place(
    tx: &Transaction<'_>,
    winners: &mut BTreeMap<SyncKey, Winner>,
    change: &Change,
) -> Result<()> {
    let current = winners.get(&change.key).and_then(|w| w.value.as_ref());
    match home(&change.key, change.value.as_ref(), current) {
        Home::Here => latest(tx, winners, &change.key, &change.hlc, change.value.clone()),
        Home::Elsewhere(to) => {
            let value = moved(change.value.as_ref(), &to);
            latest(tx, winners, &to, &change.hlc, value)
        }
        Home::Nowhere => Ok(()),
        Home::Displaces(to) => {
            if let Some(held) = winners.remove(&change.key) {
                let value = moved(held.value.as_ref(), &to);
                latest(tx, winners, &to, &held.hlc, value)?;
            }
            let winner = Winner {
                hlc: change.hlc.clone(),
                value: change.value.clone(),
            };
            save_winner(tx, &change.key, &winner)?;
            winners.insert(change.key.clone(), winner);
            Ok(())
        }
    }
}

/// Makes `value` the winner of `key` when `hlc` is later than the one it holds.
fn latest(
    tx: &Transaction<'_>,
    winners: &mut BTreeMap<SyncKey, Winner>,
    key: &SyncKey,
    hlc: &Hlc,
    value: Option<Value>,
) -> Result<()> {
    if wins(hlc, winners.get(key).map(|w| &w.hlc)) {
        let winner = Winner {
            hlc: hlc.clone(),
            value,
        };
        save_winner(tx, key, &winner)?;
        winners.insert(key.clone(), winner);
    }
    Ok(())
}

fn save_winner(tx: &Transaction<'_>, key: &SyncKey, winner: &Winner) -> Result<()> {
    let value = winner.value.as_ref().map(json_text).transpose()?;
    tx.prepare_cached(
        "INSERT INTO sync_winners (key, millis, counter, device, value) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (key) DO UPDATE SET millis = excluded.millis, counter = excluded.counter,
             device = excluded.device, value = excluded.value",
    )?
    .execute((
        key.to_string(),
        winner.hlc.millis,
        winner.hlc.counter,
        winner.hlc.device.as_str(),
        value,
    ))
    .map_err(on_write)?;
    Ok(())
}

fn save_change(tx: &Transaction<'_>, change: &Change) -> Result<()> {
    let value = change.value.as_ref().map(json_text).transpose()?;
    tx.prepare_cached(
        "INSERT INTO sync_changes (seq, millis, counter, device, key, value)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute((
        change.seq as i64,
        change.hlc.millis,
        change.hlc.counter,
        change.hlc.device.as_str(),
        change.key.to_string(),
        value,
    ))
    .map_err(on_write)?;
    Ok(())
}

fn last_own_seq(conn: &Connection) -> Result<u64> {
    let seq: Option<i64> =
        conn.query_row("SELECT max(seq) FROM sync_changes", [], |row| row.get(0))?;
    Ok(seq.unwrap_or(0).max(0) as u64)
}

/// Why a winning value could not be written to the tables.
enum Refusal {
    /// Not yet: what it belongs to has not arrived (tried again at the next pass, quietly).
    NotYet,
    /// A rule refused it.
    Refused(String),
}

impl From<StoreError> for Refusal {
    fn from(error: StoreError) -> Self {
        Refusal::Refused(error.to_string())
    }
}

impl From<serde_json::Error> for Refusal {
    fn from(error: serde_json::Error) -> Self {
        Refusal::Refused(format!(
            "it is not a record this version can read ({error})"
        ))
    }
}

impl From<rusqlite::Error> for Refusal {
    fn from(error: rusqlite::Error) -> Self {
        Refusal::from(on_write(error))
    }
}

/// Writes one key's winning value (or its deletion) to the record tables.
fn apply(
    conn: &Connection,
    key: &SyncKey,
    value: Option<&Value>,
    policy: &dyn SettingsPolicy,
) -> std::result::Result<(), Refusal> {
    let execute =
        |sql: &str, params: &[&dyn rusqlite::ToSql]| -> std::result::Result<usize, Refusal> {
            Ok(conn.prepare_cached(sql)?.execute(params)?)
        };
    match (key, value) {
        (SyncKey::Session(id), Some(value)) => {
            let record: SessionRecord = serde_json::from_value(value.clone())?;
            if &record.id != id {
                return Err(Refusal::Refused("the session's id does not match".into()));
            }
            if !session::insert(conn, &record, true)? {
                return Err(Refusal::Refused(
                    "a session of the same routine that started at the same moment is already recorded"
                        .into(),
                ));
            }
        }
        (SyncKey::Session(id), None) => {
            execute("DELETE FROM sessions WHERE id = ?1", &[id])?;
        }
        (SyncKey::Feel(id), value) => {
            let feel = value
                .map(|v| {
                    v.as_u64()
                        .filter(|f| *f <= 10)
                        .map(|f| f as i64)
                        .ok_or("not a 0–10 answer")
                })
                .transpose()
                .map_err(|why| Refusal::Refused(why.into()))?;
            if execute("UPDATE sessions SET feel = ?2 WHERE id = ?1", &[id, &feel])? == 0 {
                return Err(Refusal::NotYet);
            }
        }
        (SyncKey::Checklist(id), value) => {
            let text = value.map(json_text).transpose()?;
            if execute(
                "UPDATE sessions SET checklist = ?2 WHERE id = ?1",
                &[id, &text],
            )? == 0
            {
                return Err(Refusal::NotYet);
            }
        }
        (SyncKey::Journal(day), value) => {
            execute(
                "DELETE FROM journal_entries WHERE day = ?1",
                &[&sql::day_text(*day)],
            )?;
            if let Some(value) = value {
                let entry: JournalRecord = serde_json::from_value(value.clone())?;
                if entry.day != *day {
                    return Err(Refusal::Refused("the entry's day does not match".into()));
                }
                journal::upsert(conn, &entry)?;
            }
        }
        (SyncKey::Rest { routine_id, day }, value) => {
            let rest = RestDay {
                routine_id: routine_id.clone(),
                day: *day,
            };
            if value.is_some() {
                rest_day::insert(conn, &rest)?;
            } else {
                execute(
                    "DELETE FROM rest_days WHERE routine_id = ?1 AND day = ?2",
                    &[routine_id, &sql::day_text(*day)],
                )?;
            }
        }
        (SyncKey::Routine(id), value) => {
            execute("DELETE FROM custom_routines WHERE id = ?1", &[id])?;
            if let Some(value) = value {
                let routine: CustomRoutineRecord = serde_json::from_value(value.clone())?;
                if &routine.id != id {
                    return Err(Refusal::Refused("the routine's id does not match".into()));
                }
                custom_routine::upsert(conn, &routine)?;
            }
        }
        (SyncKey::Setting(name), Some(value)) => {
            let routines: std::collections::BTreeSet<String> = conn
                .prepare_cached("SELECT id FROM custom_routines")?
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let file = ImportedFile {
                custom_routine_ids: routines,
            };
            let checked = policy
                .check(name, &json_text(value)?, &file)
                .map_err(|problem| Refusal::Refused(problem.message))?;
            if &checked != value {
                // The app would store another value than the one shared: keeping the shared one
                // out is what keeps every computer equal.
                return Err(Refusal::Refused(
                    "this version of Limber reads the setting differently".into(),
                ));
            }
            execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                &[name, &json_text(value)?],
            )?;
        }
        (SyncKey::Setting(name), None) => {
            execute("DELETE FROM settings WHERE key = ?1", &[name])?;
        }
    }
    Ok(())
}

fn device_row(tx: &Transaction<'_>, id: &DeviceId) -> Result<Option<(u64, bool)>> {
    Ok(tx
        .prepare_cached("SELECT read_seq, forgotten FROM sync_devices WHERE id = ?1")?
        .query_row([id.as_str()], |row| {
            Ok((row.get::<_, i64>(0)?.max(0) as u64, row.get::<_, bool>(1)?))
        })
        .optional()?)
}

impl Store {
    /// Runs one sync pass (see the module's documentation) as device `me` at `now`, merging the
    /// files the app read from the folder. When it returns, the changes this computer must publish
    /// are in [`Store::own_sync_changes`].
    pub fn sync_pass(
        &self,
        me: &DeviceId,
        now: DateTime<Utc>,
        incoming: &[IncomingFile],
        policy: &dyn SettingsPolicy,
    ) -> Result<PassReport> {
        let tx = self.write()?;
        let mut report = PassReport::default();
        let before = shadow(&tx)?;
        let current = snapshot(&tx)?;
        let mut winners = winners(&tx)?;
        let mut clock = HlcClock::after(winners.values().map(|w| &w.hlc).max());
        let mut seq = last_own_seq(&tx)?;

        // 0. This computer's own file may hold changes the database lacks (a backup was restored):
        // take them back before numbering anything, so no number is used twice.
        for file in incoming.iter().filter(|file| &file.device == me) {
            let known = seq;
            for change in file.changes.iter().filter(|c| c.seq > known) {
                save_change(&tx, change)?;
                seq = change.seq;
                merge(&tx, &mut winners, &mut clock, change)?;
            }
        }

        // 1. This computer's changes since the last pass.
        let changed: Vec<SyncKey> = current
            .keys()
            .chain(before.keys())
            .filter(|key| current.get(*key) != before.get(*key))
            .cloned()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        for key in changed {
            seq += 1;
            let change = Change {
                seq,
                hlc: clock.tick(sql::millis(now), me),
                key: key.clone(),
                value: current.get(&key).cloned(),
            };
            save_change(&tx, &change)?;
            place(&tx, &mut winners, &change)?;
            report.written += 1;
        }

        // 2. The other computers' changes not read before.
        for file in incoming.iter().filter(|file| &file.device != me) {
            let read_up_to = match device_row(&tx, &file.device)? {
                Some((_, true)) => continue,
                Some((read_seq, false)) => read_seq,
                None => 0,
            };
            let mut fresh = 0u64;
            let mut last_seq = read_up_to;
            let mut last_change: Option<i64> = None;
            for change in file.changes.iter().filter(|c| c.seq > read_up_to) {
                fresh += 1;
                last_seq = last_seq.max(change.seq);
                last_change = last_change.max(Some(change.hlc.millis));
                merge(&tx, &mut winners, &mut clock, change)?;
            }
            report.read += fresh;
            tx.prepare_cached(
                "INSERT INTO sync_devices (id, name, read_seq, changes, last_change)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name,
                     read_seq = excluded.read_seq, changes = changes + excluded.changes,
                     last_change = max(coalesce(last_change, excluded.last_change),
                                       coalesce(excluded.last_change, last_change))",
            )?
            .execute((
                file.device.as_str(),
                &file.name,
                last_seq as i64,
                fresh as i64,
                last_change,
            ))
            .map_err(on_write)?;
        }

        // 3. Make the tables hold the winners.
        for (key, winner) in &winners {
            if current.get(key) == winner.value.as_ref() {
                continue;
            }
            tx.execute_batch("SAVEPOINT sync_apply")?;
            match apply(&tx, key, winner.value.as_ref(), policy) {
                Ok(()) => {
                    tx.execute_batch("RELEASE sync_apply")?;
                    report.changed_data = true;
                }
                Err(refusal) => {
                    tx.execute_batch("ROLLBACK TO sync_apply; RELEASE sync_apply")?;
                    if let Refusal::Refused(why) = refusal {
                        report.refused.push((key.to_string(), why));
                    }
                }
            }
        }

        // 4. The shadow is what the tables hold now.
        let after = if report.changed_data {
            snapshot(&tx)?
        } else {
            current
        };
        save_shadow(&tx, &before, &after)?;
        tx.commit()?;
        Ok(report)
    }

    /// This computer's changes in order: the content of its file in the folder.
    pub fn own_sync_changes(&self) -> Result<Vec<Change>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT key, millis, counter, device, value, seq FROM sync_changes ORDER BY seq",
        )?;
        let rows = stmt.query_map([], |row| Ok((stored_row(row)?, row.get::<_, i64>(5)?)))?;
        let mut out = Vec::new();
        for row in rows {
            if let ((Some(key), Some(hlc), value), seq) = row? {
                out.push(Change {
                    seq: seq.max(0) as u64,
                    hlc,
                    key,
                    value: parse_json(value)?,
                });
            }
        }
        Ok(out)
    }

    /// The other computers seen in the folder, the latest change first.
    pub fn sync_devices(&self) -> Result<Vec<SyncDevice>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, changes, last_change, forgotten FROM sync_devices
             ORDER BY last_change DESC, name",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, i64>(2)?,
                row.get::<_, Option<i64>>(3)?,
                row.get::<_, bool>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, name, changes, last_change, forgotten) = row?;
            let Some(id) = DeviceId::parse(&id) else {
                continue;
            };
            out.push(SyncDevice {
                id,
                name,
                changes: changes.max(0) as u64,
                last_change: last_change.and_then(DateTime::from_timestamp_millis),
                forgotten,
            });
        }
        Ok(out)
    }

    /// Stops reading a computer's file; what it brought stays. Returns whether it was listed.
    pub fn forget_sync_device(&self, id: &DeviceId) -> Result<bool> {
        let tx = self.write()?;
        let changed = tx
            .execute(
                "UPDATE sync_devices SET forgotten = 1 WHERE id = ?1",
                [id.as_str()],
            )
            .map_err(on_write)?;
        tx.commit()?;
        Ok(changed > 0)
    }
}
