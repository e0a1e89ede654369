// Runs end-to-end test files at pinned instants (run it inside dbus-run-session and xvfb-run, from tests/):
//
//   node run-e2e.mjs                                   every file in e2e/ and sync/ at the ordinary instant
//   node run-e2e.mjs e2e/progress.test.mjs             one file at the ordinary instant
//   node run-e2e.mjs --at sunday-evening e2e/progress.test.mjs
//   node run-e2e.mjs --at "2027-03-28 03:30" --tz Europe/Berlin e2e/reminders.test.mjs
//   node run-e2e.mjs --hostile                         the date-sensitive files at every hostile instant
//   node run-e2e.mjs --jobs 2 ...                      two files at a time
//
// Each file runs in a session bus and a virtual display of its own (dbus-run-session and xvfb-run), so files can
// run side by side (`--jobs N`): a file that mostly waits (the reminder test waits for its minute) then costs
// little. The output of a file is printed whole when it ends.
//
// Each file runs in its own `node --test` under libfaketime (libfaketimeMT.so.1 preloaded): FAKETIME is an
// offset from real time ("+N" seconds), computed once just before the file starts, so the test, the app, its
// WebKit processes and limber-tray (which all inherit it) share one wall clock that starts at the instant and
// runs on in real time. FAKETIME_DONT_FAKE_MONOTONIC=1 keeps timers and sleeps real. The instant goes to the
// test in LIMBER_E2E_NOW (UTC, ISO 8601) and its zone in TZ, which the app reads first. This runner is the one
// place that reads the machine's real clock, and only to compute the offset. Prints how long each instant took.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATE_SENSITIVE, HOSTILE, INSTANTS, instant } from './e2e/instants.mjs';
import { local } from './e2e/clock.mjs';

const here = dirname(fileURLToPath(import.meta.url));

function usage(message) {
  console.error(`${message}\nusage: node run-e2e.mjs [--at NAME | --at "YYYY-MM-DD HH:MM" --tz ZONE]... [--hostile] [FILE...]\n`
    + `named instants: ${Object.keys(INSTANTS).join(', ')}`);
  process.exit(2);
}

const ats = [];
let zone = 'UTC';
let hostile = false;
let jobs = 1;
const files = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 1) {
  const arg = argv[i];
  if (arg === '--at') ats.push(argv[++i] ?? usage('--at needs an instant'));
  else if (arg === '--tz') zone = argv[++i] ?? usage('--tz needs a zone');
  else if (arg === '--hostile') hostile = true;
  else if (arg === '--jobs') jobs = Math.max(1, Number(argv[++i] ?? usage('--jobs needs a number')) || 1);
  else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
  else files.push(arg);
}
if (hostile && ats.length > 0) usage('--hostile and --at do not go together');
const names = hostile ? HOSTILE : (ats.length > 0 ? ats : ['ordinary']);
let instants;
try {
  instants = names.map((name) => instant(name, zone));
} catch (error) {
  usage(error.message);
}
if (files.length === 0) {
  if (hostile) files.push(...DATE_SENSITIVE);
  else {
    // sync/ holds the tests of sync through a folder between two data directories, with a real sync engine.
    // They go first, so that with two jobs they never run beside the voice coach's file, whose timing is
    // measured in real time on the last e2e file's lane (two Syncthing instances and a second WebKit would
    // load the machine under it).
    for (const dir of ['sync', 'e2e']) {
      files.push(...readdirSync(join(here, dir)).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => `${dir}/${f}`));
    }
  }
}

/** libfaketime's thread-safe library: LIMBER_FAKETIME_LIB, or where Debian and Ubuntu's `faketime` put it. */
function faketimeLibrary() {
  const candidates = [process.env.LIMBER_FAKETIME_LIB];
  for (const base of ['/usr/lib', '/usr/local/lib', '/usr/lib64']) {
    candidates.push(join(base, 'faketime', 'libfaketimeMT.so.1'));
    if (existsSync(base)) {
      for (const entry of readdirSync(base)) candidates.push(join(base, entry, 'faketime', 'libfaketimeMT.so.1'));
    }
  }
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    console.error('libfaketimeMT.so.1 was not found: install the `faketime` package (bash scripts/test.sh does), '
      + 'or set LIMBER_FAKETIME_LIB to its path');
    process.exit(2);
  }
  return found;
}
const library = faketimeLibrary();

const TEST_LIMIT_MS = 5 * 60_000;
const FILE_LIMIT_MS = 12 * 60_000;
const FILE_OVERTIME = 'the file ran over its time';

function runFile(file, at, laneIndex) {
  // The offset is computed now, just before the file starts, so it starts at the instant.
  const offset = Math.round((at.at - Date.now()) / 1000);
  const env = {
    ...process.env,
    LD_PRELOAD: [library, process.env.LD_PRELOAD].filter(Boolean).join(' '),
    FAKETIME: `${offset >= 0 ? '+' : '-'}${Math.abs(offset)}`,
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    TZ: at.zone,
    LIMBER_E2E_NOW: new Date(at.at).toISOString(),
    LIMBER_E2E_INSTANT: at.name,
    // Its lane's own block of ports (tests/e2e/harness.mjs, freePort).
    LIMBER_E2E_LANE: String(laneIndex),
  };
  const l = local(at.at, at.zone);
  const started = Date.now();
  const header = `\n==> ${file} at ${at.name}: ${l.date} ${l.hhmm} ${at.zone} (${env.LIMBER_E2E_NOW}), FAKETIME=${env.FAKETIME}`;
  return new Promise((ok) => {
    // Its own session bus and display (xvfb-run -a picks a free display number).
    // No test may wait for ever (a WebDriver command that is never answered): each is failed after
    // TEST_LIMIT_MS, and a file still running after FILE_LIMIT_MS (every file takes about two minutes at most)
    // is ended with its processes. Either reads as WebDriver's hang below, so the file runs once more.
    const child = spawn('dbus-run-session', ['--', 'xvfb-run', '-a', '-s', '-screen 0 1280x800x24',
      process.execPath, '--test', '--test-concurrency=1', `--test-timeout=${TEST_LIMIT_MS}`, '--test-reporter=spec', file], {
      cwd: here, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.stderr.on('data', (chunk) => { out += chunk; });
    const watchdog = setTimeout(() => {
      out += `\n${FILE_OVERTIME} (${FILE_LIMIT_MS / 60_000} minutes): its processes are ended\n`;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }, FILE_LIMIT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      console.log(`${header}\n${out}`);
      ok({ file, passed: code === 0, code: code ?? signal, ms: Date.now() - started, out });
    });
  });
}

// Every (instant, file) pair is a job; `jobs` of them run at a time, started a moment apart so that two
// xvfb-run never pick a display number at the same instant.
const queue = instants.flatMap((at) => files.map((file) => ({ at, file })));
const done = new Map(instants.map((at) => [at.name, []]));
const firstStart = new Map();
const lastEnd = new Map();
/**
 * WebDriver itself sometimes stops answering WebKit (a launch that never finishes until the harness's 60 s
 * page-load limit, or "session deleted because of page crash or hang"): about once in forty file runs on a loaded
 * machine, in whichever file it strikes. A file that failed that way, and only that way, runs once more on a fresh app and
 * display; the summary says so. An assertion that fails, or an `eventually` that times out, is never retried.
 */
const WEBDRIVER_HANG = new RegExp(`^\\s+Error \\[(?:TimeoutError|NoSuchSessionError)\\]|page crash or hang|test timed out after|${FILE_OVERTIME}`, 'm');
const ASSERTION = /AssertionError|timed out waiting for/;

async function runWithRetry(file, at, laneIndex) {
  const first = await runFile(file, at, laneIndex);
  if (first.passed || !WEBDRIVER_HANG.test(first.out) || ASSERTION.test(first.out)) return first;
  console.log(`\n==> ${file} at ${at.name}: WebDriver stopped answering (see above); running it once more`);
  const second = await runFile(file, at, laneIndex);
  return { ...second, ms: first.ms + second.ms, retried: true };
}

/**
 * Files that time what a person hears in real time run with no other file beside them: the voice coach's file
 * holds each clip to 20 ms of its cue by ear (issue 17), and a second WebKit drawing screenshots on a 2-core
 * machine moved a clip by 23 ms and kept a new sound stream's short latency for two clips (2026-12-07).
 */
const ALONE = new Set(['e2e/voice.test.mjs']);
let running = 0;
let aloneRunning = false;
const pause = () => new Promise((ok) => setTimeout(ok, 200));

async function lane(index) {
  await new Promise((ok) => setTimeout(ok, index * 3000));
  for (let job = queue.shift(); job; job = queue.shift()) {
    const alone = ALONE.has(job.file);
    if (alone) {
      // Taken first, so that no other lane starts a file meanwhile; then the ones running are let finish.
      while (aloneRunning) await pause();
      aloneRunning = true;
      while (running > 0) await pause();
    } else {
      while (aloneRunning) await pause();
    }
    running += 1;
    try {
      if (!firstStart.has(job.at.name)) firstStart.set(job.at.name, Date.now());
      const result = await runWithRetry(job.file, job.at, index);
      done.get(job.at.name).push(result);
      lastEnd.set(job.at.name, Date.now());
    } finally {
      running -= 1;
      if (alone) aloneRunning = false;
    }
  }
}
const runStarted = Date.now();
await Promise.all(Array.from({ length: jobs }, (_, index) => lane(index)));
const summary = instants.map((at) => ({
  at,
  results: done.get(at.name),
  ms: (lastEnd.get(at.name) ?? runStarted) - (firstStart.get(at.name) ?? runStarted),
}));

console.log('\n==> end-to-end runs at pinned instants');
let failed = 0;
for (const { at, results, ms } of summary) {
  const bad = results.filter((r) => !r.passed);
  failed += bad.length;
  const l = local(at.at, at.zone);
  console.log(`${at.name} (${l.date} ${l.hhmm} ${at.zone}): ${results.length - bad.length} of ${results.length} files passed in ${(ms / 1000).toFixed(0)} s`
    + ` [${results.map((r) => `${r.file.replace(/^e2e\//, '').replace(/\.test\.mjs$/, '')} ${(r.ms / 1000).toFixed(0)} s${r.retried ? ' (second try: WebDriver hung on the first)' : ''}${r.passed ? '' : ' FAILED'}`).join(', ')}]`);
}
process.exit(failed === 0 ? 0 : 1);
