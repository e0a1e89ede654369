// Fault matrix: the wall clock of a running Limber jumps (+3 h as after a suspend, −1 h as a correction, back
// over a reminder it already showed) and its zone changes (travel), under libfaketime. The reminders of the day
// must each be shown exactly once: 0 doubled, 0 skipped. Limber runs as it does between routines, as
// `limber-tray`, with dunst as the notification service on the runner's session bus.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { eventually } from '../e2e/harness.mjs';
import { startNotifications } from '../e2e/notifications.mjs';
import { freshHome, integrity, limber, localInstant, movableClock, nudge, recordRow, resultsFile, trayBinary } from './common.mjs';

const ZONE = 'Europe/Berlin';
// Wednesday 13 January 2027, twenty seconds before the first reminder.
const START = localInstant('2027-01-13T20:59:40', ZONE);
const REMINDERS = [
  { routineId: 'bedtime-wind-down', time: '21:00:00', summary: /^Bedtime wind-down: / },
  { routineId: 'two-minute-reset', time: '23:30:00', summary: /^2-minute reset: / },
  { routineId: 'morning-mobility', time: '07:30:00', summary: /^Morning mobility: / },
];

let place;
let clock;
let tray;
let notifications;

function shown(summary) {
  return notifications.notifies().filter((n) => summary.test(n.summary ?? '')).length;
}

function counts() {
  return Object.fromEntries(REMINDERS.map((r) => [r.routineId, shown(r.summary)]));
}

before(async () => {
  place = freshHome('limber-fault-clock-');
  const every = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const file = join(place.home, 'reminders.json');
  writeFileSync(file, JSON.stringify({
    format: 'limber-export', version: 1, sessions: [], journal: [], restDays: [], customRoutines: [],
    settings: {
      reminders: {
        reminders: REMINDERS.map((r) => ({ routineId: r.routineId, enabled: true, days: every, time: { kind: 'fixed', time: r.time } })),
        graceMinutes: 120, quietHours: null, snoozeMinutes: 10,
      },
    },
  }));
  const imported = limber(['import', file], place.env);
  assert.equal(imported.status, 0, imported.stderr);
  notifications = await startNotifications(place.home);
  clock = movableClock(place.home, { at: START, zone: ZONE });
  tray = spawn(trayBinary, [], { env: { ...process.env, ...place.env, ...clock.env, LIMBER_LOG: 'debug' }, stdio: ['ignore', 'ignore', openSync(join(place.home, 'tray.log'), 'w')] });
  await eventually(() => { try { nudge(); return true; } catch { return false; } }, {
    timeout: 10000, message: 'limber-tray on the single-instance name',
  });
});

after(async () => {
  tray?.kill('SIGTERM');
  // The tray's log stays beside the results, for a failure to be read.
  if (place) copyFileSync(join(place.home, 'tray.log'), join(dirname(resultsFile), 'clock-tray.log'));
  notifications?.stop();
  if (place) rmSync(place.home, { recursive: true, force: true });
});

test('clock jumps and a zone change: every reminder once, none doubled, none skipped', async (t) => {
  const steps = [];
  const step = async (what, change, expected) => {
    change();
    // libfaketime reads the offset file again about once a second, so the process may first look at the old
    // time: nudge it once a second until the notices are as expected (a nudge is only "the person is here").
    let nudged = 0;
    await eventually(() => {
      if (Date.now() - nudged > 1000) {
        nudge();
        nudged = Date.now();
      }
      return JSON.stringify(counts()) === JSON.stringify(expected);
    }, {
      timeout: 15000, message: `${what}: expected ${JSON.stringify(expected)}, shown ${JSON.stringify(counts())}`,
    });
    // Nothing more comes after a while (a double would show up here).
    await sleep(2500);
    assert.deepEqual(counts(), expected, `${what}: nothing more after the first look`);
    steps.push(what);
  };
  // 21:00 comes on its own.
  await eventually(() => shown(REMINDERS[0].summary) === 1, { timeout: 40000, message: 'the 21:00 reminder' });
  const one = { 'bedtime-wind-down': 1, 'two-minute-reset': 0, 'morning-mobility': 0 };
  await step('+3 h (a suspend): 23:30 is 30 min late, within the grace period', () => clock.jump(3 * 3600),
    { ...one, 'two-minute-reset': 1 });
  const two = { ...one, 'two-minute-reset': 1 };
  await step('−1 h (a correction)', () => clock.jump(-3600), two);
  await step('forward again over 23:30, already shown', () => clock.jump(31 * 60), two);
  await step('to Asia/Tokyo: 07:30 on Thursday there is due', () => clock.setZone('Asia/Tokyo'),
    { ...two, 'morning-mobility': 1 });
  await step('back to Europe/Berlin: nothing of Wednesday again', () => clock.setZone(ZONE),
    { ...two, 'morning-mobility': 1 });
  const final = counts();
  const doubled = Object.values(final).filter((n) => n > 1).length;
  const skipped = Object.values(final).filter((n) => n === 0).length;
  const status = JSON.parse(limber(['status', '--json'], { ...place.env, ...clock.env }).stdout);
  const ok = integrity(place.database);
  t.diagnostic(`shown: ${JSON.stringify(final)}; status next: ${status.next?.routineId} ${status.next?.label}`);
  recordRow({
    fault: 'wall clock +3 h, −1 h, forward again, zone change (limber-tray)',
    tries: steps.length,
    lost: skipped,
    doubled,
    message: 'none due (reminders shown once each)',
    integrity: ok,
    usable: status.next !== undefined ? 'yes' : 'no',
  });
  assert.equal(doubled, 0);
  assert.equal(skipped, 0);
  assert.equal(ok, 'ok');
});
