// The home screen lists the routines the core knows, and a click asks Rust for one routine's exercises.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch, byRole, allByRole, eventually, screenshot } from './harness.mjs';

let app;
before(async () => { app = await launch({ skipWelcome: true }); });
after(async () => { await app?.close(); });

test('the home screen lists the built-in routines with their computed lengths', async () => {
  const { driver } = app;
  await byRole(driver, 'heading', 'Limber', { timeout: 15000 });
  const items = await eventually(async () => {
    const found = await allByRole(driver, 'heading', null);
    const names = await Promise.all(found.map((el) => el.getText()));
    return names.includes('Bedtime wind-down') && names.includes('Morning mobility') ? names : null;
  }, { timeout: 10000, message: 'the routine list' });
  for (const name of ['Bedtime wind-down', 'Morning mobility', 'Upper back and neck release', '2-minute reset']) {
    assert.ok(items.includes(name), `missing routine ${name} in ${items}`);
  }
  const body = await driver.findElement({ css: 'body' }).getText();
  assert.match(body, /\d+ min · \d+ exercises/);
  const path = await screenshot(driver, 'home');
  assert.ok(existsSync(path) && statSync(path).size > 1000, 'home.png was written');
});

test('asking for a routine\'s details renders what Rust returns', async () => {
  const { driver } = app;
  const button = await byRole(driver, 'button', 'Details of Morning mobility');
  await button.click();
  const list = await byRole(driver, 'list', 'Exercises in Morning mobility');
  const text = await list.getText();
  assert.match(text, /Getting up safely|out of bed/i, `the morning routine ends with getting out of bed: ${text}`);
  await screenshot(driver, 'home-details');
});

test('the data directory is the fresh one this test made, not the user\'s', async () => {
  const db = join(app.dataDir, 'app.limber.desktop', 'limber.sqlite3');
  assert.ok(existsSync(db), `expected the database at ${db}`);
});
