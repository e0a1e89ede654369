// Finishing a routine shows up on the dashboard at once: its streak becomes 1 and today's square in its
// heatmap reads "done". Time runs 20 times faster so the 2-minute routine ends in seconds. The file runs at a
// pinned instant (tests/run-e2e.mjs), so "today" is the routine day of that instant in its zone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, byRole, eventually, screenshot } from './harness.mjs';
import { clickRole } from './harness.mjs';
import { dayLabel, now, pinned, routineDay } from './clock.mjs';

const instant = pinned();

let app;
before(async () => { app = await launch({ env: { LIMBER_TIME_SCALE: '20' }, skipWelcome: true }); });
after(async () => { await app?.close(); });

async function routineCardText(driver, name) {
  const card = await byRole(driver, 'region', name, { timeout: 10000 });
  return card.getText();
}

test('a finished session makes the streak 1 and colours today in the heatmap', async () => {
  const { driver } = app;
  await clickRole(driver, 'button', 'Progress');
  const before = await (await byRole(driver, 'main', null)).getText();
  assert.match(before, /Nothing to count yet/, before);

  await clickRole(driver, 'button', 'Today');
  await clickRole(driver, 'button', 'Start 2-minute reset', { timeout: 10000 });
  await clickRole(driver, 'button', 'Start');
  await byRole(driver, 'heading', 'Well done', { timeout: 30000 });
  await clickRole(driver, 'button', 'Done');

  await clickRole(driver, 'button', 'Progress');
  const text = await eventually(async () => {
    const t = await routineCardText(driver, '2-minute reset');
    return /Current streak\s+1 day\b/.test(t) ? t : null;
  }, { timeout: 10000, message: 'the streak to become 1' });
  assert.match(text, /Best streak\s+1 day\b/);
  const today = await driver.executeScript(`
    const card = [...document.querySelectorAll('section')].find((s) => s.querySelector('h2, h3')?.textContent.trim() === '2-minute reset');
    return [...card.querySelectorAll('td[title]')].map((td) => td.getAttribute('title')).filter((t) => /done/.test(t));
  `);
  assert.equal(today.length, 1, `exactly one done day in the heatmap: ${today}`);
  // The day it counts for is today's routine day (the day before until 04:00), in the pinned zone.
  const expected = routineDay(instant.at);
  assert.equal(routineDay(now()), expected, `the run crossed the 04:00 day boundary (pinned at ${instant.name})`);
  assert.deepEqual(today, [`${dayLabel(expected, true)}: done`]);
  const page = await (await byRole(driver, 'main', null)).getText();
  assert.match(page, new RegExp(`Today is ${dayLabel(expected)}\\b`));
  await screenshot(driver, 'dashboard-after-session');
});
