// Shared parts of the fault matrix (tests/faults/): a fresh home for Limber's data, a wall clock that a test can
// move while Limber runs (libfaketime reading an offset from a file), the real binary's command line, SQLite
// checks of the database file, and the results table each test adds its row to.
//
// Each test file drives the real debug binaries (`target/debug/limber`, `limber-tray`) inside the runner's
// dbus-run-session and xvfb-run, finds out what a person would see (a notification on the bus, a message on the
// screen, `limber status`), and records one row: the fault, how many times it was tried, how many acknowledged
// records were lost (always expected to be 0), whether `PRAGMA integrity_check` said ok, and whether Limber was
// usable once the fault cleared. `node faults/report.mjs` prints the table.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binary = process.env.LIMBER_BINARY ?? join(root, 'target', 'debug', 'limber');
export const trayBinary = join(dirname(binary), 'limber-tray');
export const resultsFile = join(root, 'target', 'faults', 'results.jsonl');
/** libfaketime's thread-safe library: LIMBER_FAKETIME_LIB, or where Debian and Ubuntu's `faketime` put it. */
export const LIBFAKETIME = process.env.LIMBER_FAKETIME_LIB ?? (() => {
  const candidates = ['/usr/lib/faketime/libfaketimeMT.so.1'];
  for (const entry of readdirSync('/usr/lib')) candidates.push(join('/usr/lib', entry, 'faketime', 'libfaketimeMT.so.1'));
  return candidates.find((path) => existsSync(path)) ?? candidates[0];
})();

/**
 * A fresh home with its own XDG folders: { home, env, dataDir, database, backups }, in a new temporary folder,
 * or in `base` when given (a small file system a test mounted, say).
 */
export function freshHome(prefix = 'limber-fault-', base = null) {
  const home = base ?? mkdtempSync(join(tmpdir(), prefix));
  const env = {
    HOME: join(home, 'home'),
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_STATE_HOME: join(home, 'state'),
  };
  for (const dir of Object.values(env)) mkdirSync(dir, { recursive: true });
  const dataDir = join(env.XDG_DATA_HOME, 'app.limber.desktop');
  return { home, env, dataDir, database: join(dataDir, 'limber.sqlite3'), backups: join(dataDir, 'backups') };
}

/**
 * A wall clock for the processes started with `env`: it reads an offset from real time from a file that
 * libfaketime re-reads every second, and the zone from the file the debug build's LIMBER_TZ_FILE names. So a
 * test moves the clock of a running Limber forward or back, or changes its zone, as a suspend, a correction or
 * travel would. Timers and sleeps stay real (the monotonic clock is not faked). The machine's real clock is
 * read only to turn "make it this instant" into an offset.
 */
export function movableClock(dir, { at, zone }) {
  const offsetFile = join(dir, 'faketime-offset');
  const zoneFile = join(dir, 'zone');
  let offsetSeconds = 0;
  const setOffset = (seconds) => {
    offsetSeconds = Math.round(seconds);
    writeFileSync(offsetFile, `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}\n`);
  };
  const clock = {
    env: {
      LD_PRELOAD: LIBFAKETIME,
      FAKETIME_TIMESTAMP_FILE: offsetFile,
      FAKETIME_CACHE_DURATION: '1',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
      LIMBER_TZ_FILE: zoneFile,
      TZ: zone,
    },
    /** Sets the fake clock to instant `ms` (it runs on from there in real time). */
    setTo(ms) { setOffset((ms - Date.now()) / 1000); },
    /** Moves the fake clock by `seconds` (negative: back). */
    jump(seconds) { setOffset(offsetSeconds + seconds); },
    /** The fake clock now, in ms. */
    now() { return Date.now() + offsetSeconds * 1000; },
    /** Changes the zone Limber reads. */
    setZone(name) { writeFileSync(zoneFile, `${name}\n`); },
  };
  clock.setTo(at);
  clock.setZone(zone);
  return clock;
}

/** The epoch ms of a local wall time 'YYYY-MM-DDTHH:MM:SS' in `zone` (no DST edge is used by the tests). */
export function localInstant(text, zone) {
  const guess = Date.parse(`${text}Z`);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
    minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(guess));
  const get = (type) => parts.find((p) => p.type === type).value;
  const shown = Date.parse(`${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}Z`);
  return guess - (shown - guess);
}

/** Runs the real binary's command line; returns { status, stdout, stderr }. */
export function limber(args, env, { timeout = 30000 } = {}) {
  try {
    const stdout = execFileSync(binary, args, { env: { ...process.env, ...env }, encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    return { status: error.status ?? -1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
  }
}

/** Runs SQL on a database file with Python's sqlite3 (a separate process, as another program would) and returns the rows. */
export function sqlite(database, sql, params = []) {
  const script = 'import json,sqlite3,sys; c=sqlite3.connect(sys.argv[1], timeout=30); '
    + 'rows=c.execute(sys.argv[2], json.loads(sys.argv[3])).fetchall(); c.commit(); print(json.dumps(rows))';
  return JSON.parse(execFileSync('python3', ['-c', script, database, sql, JSON.stringify(params)], { encoding: 'utf8' }));
}

/** `PRAGMA integrity_check` of a database file: "ok" or SQLite's first complaint. */
export function integrity(database) {
  return sqlite(database, 'PRAGMA integrity_check').map((row) => row[0]).join('; ');
}

/**
 * Tells the running Limber the person is using the computer, the way a second `limber --background` or an
 * unlock does (a call to the single-instance name), so its scheduler looks at the clock now instead of at its
 * next planned look (at most a minute away).
 */
export function nudge() {
  execFileSync('dbus-send', ['--session', '--print-reply', '--dest=app.limber.desktop.SingleInstance',
    '/app/limber/desktop/SingleInstance', 'org.SingleInstance.DBus.ExecuteCallback',
    'array:string:limber,--background', 'string:/'], { encoding: 'utf8', timeout: 10000 });
}

/**
 * Adds a row to the fault table: { fault, tries, lost, message, integrity, usable, figures }. `lost` counts
 * acknowledged records (or due reminders) that are gone; `message` is what the person was told, if anything.
 */
export function recordRow(row) {
  mkdirSync(dirname(resultsFile), { recursive: true });
  appendFileSync(resultsFile, `${JSON.stringify(row)}\n`);
}

/**
 * Starts the debug-only writer (`limber --fault-writes <count> <first>`) with `env`, which saves sessions and
 * check-ins through the app's own paths and prints `ack …` after each commit (`wait …` while a fault holds a
 * record). Returns { child, lines() (the whole lines so far), done (a promise of { code, signal, lines }) }.
 */
export function startWriter(env, first, count, { wrap = [] } = {}) {
  const [program, ...args] = [...wrap, binary, '--fault-writes', String(count), String(first)];
  const child = spawn(program, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let log = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  // The last of what it logged, to say why when it printed something unexpected.
  child.stderr.on('data', (chunk) => { log = (log + chunk).slice(-4000); });
  // Only whole lines count: a line cut by a kill was never acknowledged.
  const lines = () => out.split('\n').slice(0, -1);
  const done = new Promise((ok) => child.on('close', (code, signal) => ok({ code, signal, lines: lines(), log })));
  return { child, lines, done };
}

/** The acknowledged records in the writer's lines: { sessions: [id], checkIns: Map(day → note) }. */
export function acknowledged(lines) {
  const sessions = [];
  const checkIns = new Map();
  for (const line of lines) {
    const session = /^ack session (\S+)$/.exec(line);
    const checkIn = /^ack check-in (\d{4}-\d{2}-\d{2}) (.+)$/.exec(line);
    if (session) sessions.push(session[1]);
    if (checkIn) checkIns.set(checkIn[1], checkIn[2]);
  }
  return { sessions, checkIns };
}

/** Acknowledged records missing from the database (a check-in counts when its last note is there), and sessions stored twice. */
export function audit(database, { sessions, checkIns }) {
  const stored = new Map(sqlite(database, 'SELECT id, COUNT(*) FROM sessions GROUP BY id'));
  const notes = new Map(sqlite(database, 'SELECT day, note FROM journal_entries'));
  const lost = sessions.filter((id) => !stored.has(id)).length
    + [...checkIns].filter(([day, note]) => notes.get(day) !== note).length;
  const doubled = [...stored.values()].filter((count) => count > 1).length;
  return { lost, doubled };
}
