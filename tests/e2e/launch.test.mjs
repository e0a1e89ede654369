// Starting a routine from outside the window (a reminder's "Start now", the tray, `limber start <id>`): the
// window opens straight on the routine's player. Its own file, because it starts the app twice on one data
// directory, and an app that another test file kept running would take each launch over (the
// single-instance name is one per session bus).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, byRole, allByRole, eventually, screenshot, sleep, tempHome } from './harness.mjs';

// No sound device (the routine runs silently and says so), as in the player's tests.
const noSoundCard = 'pcm.!default { type hw card 99 }\nctl.!default { type hw card 99 }\n';

test('limber start opens straight on the routine: the home screen is never drawn first', async () => {
  // A returning person (the first run done, so the app would open on the home screen) starts a routine from
  // a reminder or the command line (`limber start <id>`): the window's first screen is the player. The home
  // screen marks `limber-interactive` once its routine list is in, even when it is replaced at once, so a home
  // screen drawn first would leave that mark behind.
  const home = tempHome();
  const prepare = ({ env }) => writeFileSync(join(env.HOME, '.asoundrc'), noSoundCard);
  try {
    await (await launch({ home, skipWelcome: true, prepare })).close();
    const started = await launch({ home, args: ['start', 'morning-mobility'], prepare });
    try {
      const { driver } = started;
      await byRole(driver, 'heading', 'Morning mobility', { timeout: 15000 });
      await byRole(driver, 'button', 'Start', { timeout: 5000 });
      await eventually(
        async () => (await driver.executeScript("return performance.getEntriesByName('limber-player-interactive').length")) === 1,
        { timeout: 5000, message: 'the player to mark itself interactive' },
      );
      // Long enough for a home screen's routine list to have come in, had one been drawn.
      await sleep(1000);
      const marks = await driver.executeScript("return performance.getEntriesByType('mark').map((m) => m.name)");
      assert.deepEqual(marks.filter((name) => name.startsWith('limber')), ['limber-player-interactive'], 'only the player was drawn');
      assert.equal((await allByRole(driver, 'navigation', 'Main')).length, 0, 'no navigation beside the player');
      await screenshot(driver, 'player-limber-start');
    } finally {
      await started.close();
    }
  } finally {
    rmSync(home.dir, { recursive: true, force: true });
  }
});
