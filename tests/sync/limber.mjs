// Two Limber computers on one machine for the sync tests (issue 21): each a data directory of its own (its own
// HOME and XDG folders, as tests/faults/common.mjs makes them) whose sync folder is one of the two folders a
// Syncthing pair (./syncthing.mjs) keeps in step. Runs the real debug binary's command line (`limber sync`,
// `limber status --json`, `limber import`, `limber --fault-writes`) and reads what it prints and what the store
// holds. The binary inherits this process's pinned clock (tests/run-e2e.mjs): TZ, FAKETIME and libfaketime.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshHome, limber, sqlite } from '../faults/common.mjs';
import { now, offsetSeconds } from '../e2e/clock.mjs';

/** `limber-<16 hex>.jsonl`: a computer's own file in the sync folder. */
export const DEVICE_FILE = /^limber-([0-9a-f]{16})\.jsonl$/;

/**
 * A Limber computer: { name, folder, home, env, dataDir, database, run(args), sync(), status() }. `env` may add
 * variables to every command of this computer (another session bus, say).
 */
export function computer(name, folder, env = {}) {
  const place = freshHome(`limber-sync-${name}-`);
  const all = { ...place.env, ...env };
  const self = {
    name,
    folder,
    ...place,
    env: all,
    /** Runs the command line; returns { status, stdout, stderr }. */
    run: (args, options) => limber(args, all, options),
    /** `limber sync` (with `--folder` the first time), checked to succeed; returns its summary, parsed. */
    sync({ choose = false } = {}) {
      const result = self.run(choose ? ['sync', '--folder', folder] : ['sync']);
      assert.equal(result.status, 0, `limber sync on ${name} failed: ${result.stderr}${result.stdout}`);
      return summary(result.stdout);
    },
    /** `limber status --json`, parsed. */
    status() {
      const result = self.run(['status', '--json']);
      assert.equal(result.status, 0, `limber status on ${name} failed: ${result.stderr}`);
      return JSON.parse(result.stdout);
    },
    /** The routine's entry in `limber status --json`. */
    routine(id) {
      const found = self.status().routines.find((r) => r.routineId === id);
      assert.ok(found, `${id} is in ${name}'s status`);
      return found;
    },
    /** The ids of the sessions in the store. */
    sessions() {
      return sqlite(place.database, 'SELECT id FROM sessions ORDER BY id').map((row) => row[0]);
    },
    /** This computer's sync id (16 hex), as its store keeps it; null before its first pass. */
    deviceId() {
      const [row] = sqlite(place.database, "SELECT value FROM settings WHERE key = 'sync'");
      if (!row) return null;
      const value = JSON.parse(row[0]);
      return value.deviceId ?? value.device_id ?? null;
    },
    /** Its own file in its folder (see `ownFile`). */
    own() {
      return ownFile(self, self.deviceId());
    },
    /** The journal's days and notes. */
    journal() {
      return sqlite(place.database, 'SELECT day, note FROM journal_entries ORDER BY day');
    },
  };
  return self;
}

/**
 * The summary `limber sync` prints, taken apart on its stable parts: { folder, device, written, total, read,
 * others, skipped: [{ file, reason }], text }.
 */
export function summary(text) {
  const folder = /^Synced with (.+) at \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/m.exec(text);
  const own = /^This computer \((.*), ([0-9a-f]+)…\): (\d+) new changes? written, (\d+) in all\.$/m.exec(text);
  const read = /^Read (\d+) new changes? from (\d+) other computers?\.$/m.exec(text);
  assert.ok(folder && own && read, `a summary of a pass:\n${text}`);
  const skipped = [];
  const list = /^Skipped \d+ files?:\n((?: {2}.+\n?)+)/m.exec(text);
  for (const line of list?.[1].split('\n').filter(Boolean) ?? []) {
    const [, file, reason] = /^ {2}(.+?): (.+)$/.exec(line) ?? [null, line.trim(), ''];
    skipped.push({ file, reason });
  }
  return {
    folder: folder[1], device: own[2], written: Number(own[3]), total: Number(own[4]),
    read: Number(read[1]), others: Number(read[2]), skipped, text,
  };
}

/** The Limber files in a folder, by name (Syncthing's marker and temporary files left out). */
export function limberFiles(folder) {
  return readdirSync(folder).filter((name) => name.startsWith('limber-')).sort();
}

/** A computer's own file in its folder: { name, device, text, inode, mtimeMs }, or null before its first pass. */
export function ownFile(who, device) {
  const name = `limber-${device}.jsonl`;
  try {
    const path = join(who.folder, name);
    const stat = statSync(path);
    return { name, device, path, text: readFileSync(path, 'utf8'), inode: stat.ino, mtimeMs: stat.mtimeMs };
  } catch {
    return null;
  }
}

/** The changes of a device file's text: [{ seq, hlc, key, value }] (the header left out). */
export function changesOf(text) {
  return text.split('\n').slice(1).filter(Boolean).map((line) => JSON.parse(line));
}

/**
 * A Limber export holding one finished session of `routineId`, started `minutesAgo` before the shared clock's now
 * and counting for `day` (a routine day, checked by the caller), for `limber import`.
 */
export function exportWithSession({ id, routineId, day, minutesAgo = 20, minutes = 10 }) {
  const started = now() - minutesAgo * 60_000;
  return {
    format: 'limber-export',
    version: 1,
    sessions: [{
      id, routineId, startedAt: new Date(started).toISOString(), endedAt: new Date(started + minutes * 60_000).toISOString(),
      utcOffsetSeconds: offsetSeconds(started), routineDay: day, stepsDone: 9, stepsSkipped: 0, completed: true,
      activeMs: minutes * 60_000, pausedMs: 0, feel: null, checklist: null,
    }],
    journal: [],
    restDays: [],
    settings: {},
    customRoutines: [],
  };
}

/** Imports `data` (an export) into a computer with `limber import`, checked to succeed. */
export function importInto(who, data) {
  const file = join(who.home, `import-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(data));
  const result = who.run(['import', file]);
  assert.equal(result.status, 0, `limber import on ${who.name} failed: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

/**
 * Saves one session and one morning check-in through the app's own save paths (`limber --fault-writes 1 N`, a
 * debug build's writer; they fall on a day in 2001, far from the test's own days); returns { session, checkIn:
 * [day, note] } as acknowledged.
 */
export function saveThroughApp(who, n) {
  const result = who.run(['--fault-writes', '1', String(n)]);
  assert.equal(result.status, 0, `limber --fault-writes on ${who.name} failed: ${result.stderr}`);
  const session = /^ack session (\S+)$/m.exec(result.stdout);
  const checkIn = /^ack check-in (\d{4}-\d{2}-\d{2}) (.+)$/m.exec(result.stdout);
  assert.ok(session && checkIn, `both acknowledged:\n${result.stdout}`);
  return { session: session[1], checkIn: [checkIn[1], checkIn[2]] };
}
