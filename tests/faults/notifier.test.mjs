// Fault matrix: the notification service is frozen (SIGSTOP: present on the bus, never answering) when a
// reminder falls due while Limber's window is open. Limber must not hang: the reminder shows as the banner in
// the window within the notification timeout, the window keeps answering clicks, the reminder is recorded once,
// and when the service wakes up the late notice is withdrawn (the banner has taken its place).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allByRole, audit, byRole, clickRole, eventually, launch, screenshot } from '../e2e/harness.mjs';
import { startNotifications } from '../e2e/notifications.mjs';
import { freshHome, integrity, limber, localInstant, movableClock, recordRow } from './common.mjs';

const ZONE = 'Europe/Berlin';
// Wednesday 13 January 2027, 25 s before a 21:00 reminder.
const START = localInstant('2027-01-13T20:59:35', ZONE);
const DUE = localInstant('2027-01-13T21:00:00', ZONE);

let scratch;
let clock;
let notifications;
let app;

before(async () => {
  scratch = freshHome('limber-fault-notifier-');
  notifications = await startNotifications(scratch.home);
  clock = movableClock(scratch.home, { at: START, zone: ZONE });
  const file = join(scratch.home, 'reminder.json');
  writeFileSync(file, JSON.stringify({
    format: 'limber-export', version: 1, sessions: [], journal: [], restDays: [], customRoutines: [],
    settings: {
      reminders: {
        reminders: [{
          routineId: 'bedtime-wind-down', enabled: true,
          days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
          time: { kind: 'fixed', time: '21:00:00' },
        }],
        graceMinutes: 120, quietHours: null, snoozeMinutes: 10,
      },
    },
  }));
  app = await launch({
    env: clock.env,
    skipWelcome: true,
    prepare: ({ env }) => {
      const imported = limber(['import', file], env);
      assert.equal(imported.status, 0, imported.stderr);
    },
  });
});

after(async () => {
  await app?.close();
  notifications?.stop();
  if (scratch) rmSync(scratch.home, { recursive: true, force: true });
});

test('a frozen notification service: no hang, the window\'s banner takes over, the late notice is withdrawn', async (t) => {
  const { driver } = app;
  await byRole(driver, 'navigation', 'Main', { timeout: 15000 });
  notifications.dunst.kill('SIGSTOP');
  // The banner in the window, within the notification timeout (5 s) of the reminder's minute.
  const banner = await eventually(async () => {
    const found = await allByRole(driver, 'alert', null);
    for (const element of found) {
      const text = await element.getText();
      if (/Bedtime wind-down/.test(text)) return text;
    }
    return null;
  }, { timeout: 60000, message: 'the reminder as a banner in the window' });
  const late = (clock.now() - DUE) / 1000;
  t.diagnostic(`banner ${late.toFixed(1)} s after the reminder's minute: ${banner.replace(/\s+/g, ' ')}`);
  await screenshot(driver, 'fault-notifier-banner');
  // The banner is audited below, once the service is awake again: injecting axe-core while it was frozen hung
  // the WebDriver call past its 300 s limit in a full run.
  // The window answers while the service is still frozen.
  const clicked = Date.now();
  await clickRole(driver, 'button', 'Progress');
  await byRole(driver, 'heading', 'Progress', { timeout: 5000, exact: false }).catch(async () => {
    await byRole(driver, 'heading', 'Bedtime wind-down', { timeout: 5000 });
  });
  const answeredMs = Date.now() - clicked;
  // Recorded once, as sent.
  const status = JSON.parse(limber(['status', '--json'], { XDG_DATA_HOME: app.dataDir, ...clock.env }).stdout);
  const routine = status.routines.find((r) => r.routineId === 'bedtime-wind-down');
  // The service wakes up: it answers the old Notify late, and Limber withdraws that notice.
  notifications.dunst.kill('SIGCONT');
  await eventually(() => notifications.messages().some((m) => m.header.includes('member=CloseNotification')), {
    timeout: 20000, message: 'the late notice withdrawn (CloseNotification)',
  });
  // The banner stays until it is answered; an accessibility engine checks it (issue 18: every screen).
  const stillShown = [];
  for (const element of await allByRole(driver, 'alert', null)) {
    if (/Bedtime wind-down/.test(await element.getText())) stillShown.push(element);
  }
  assert.equal(stillShown.length, 1, 'the banner is still shown once the service is awake');
  await audit(driver, 'reminder-banner', { shot: false });
  const ok = integrity(join(app.dataDir, 'app.limber.desktop', 'limber.sqlite3'));
  recordRow({
    fault: 'notification service frozen (SIGSTOP) while a reminder is due, window open',
    tries: 1,
    lost: routine?.reminderToday === 'sent' ? 0 : 1,
    doubled: notifications.notifies().length > 1 ? notifications.notifies().length - 1 : 0,
    message: `banner in the window after ${late.toFixed(1)} s: "${banner.replace(/\s+Start now[\s\S]*$/, '').replace(/\s+/g, ' ')}"; a click answered in ${answeredMs} ms; late notice withdrawn`,
    integrity: ok,
    usable: 'yes',
  });
  assert.ok(late <= 8, `the banner came ${late.toFixed(1)} s after the reminder's minute`);
  assert.ok(answeredMs < 3000, `a click took ${answeredMs} ms while the service was frozen`);
  assert.equal(routine?.reminderToday, 'sent', 'the reminder is recorded as sent, once');
  assert.equal(ok, 'ok');
});
