// The routine editor end to end: build a routine of three exercises through the UI (search, filters, a
// problem shown next to its field, keyboard and drag reordering), save it, run it to the end (time runs 20
// times faster), export it, delete it, import it again and find it back with its history. Also: a broken
// routine file names its problems, and a copy of a built-in routine resets to it. Native file dialogs cannot
// be driven by WebDriver, so LIMBER_E2E_DIALOG_PATH (debug builds only) stands in for both of them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Key } from 'selenium-webdriver';
import { launch, byRole, allByRole, eventually, audit, screenshot, sleep } from './harness.mjs';
import { dayLabel, now, pinned, routineDay } from './clock.mjs';

// The file runs at a pinned instant (tests/run-e2e.mjs): the history line names that instant's routine day.
pinned();

const files = mkdtempSync(join(tmpdir(), 'limber-e2e-files-'));
const dialogPath = join(files, 'evening-three.limber-routine.json');
const NAME = 'Evening three';

let app;
before(async () => {
  app = await launch({ env: { LIMBER_TIME_SCALE: '20', LIMBER_E2E_DIALOG_PATH: dialogPath } });
  const { driver } = app;
  // A fresh data directory opens on the first-run flow (it may show the home screen for a moment first);
  // this test is about the editor, so it skips the first run.
  await byRole(driver, 'heading', 'Safety first', { timeout: 20000 });
  await eventually(async () => {
    const skip = await allByRole(driver, 'button', 'Skip setup');
    if (skip.length === 1) await skip[0].click();
    return (await allByRole(driver, 'heading', 'Routines')).length === 1;
  }, { timeout: 15000, message: 'the home screen after skipping the first run' });
  await byRole(driver, 'heading', 'Limber', { timeout: 10000 });
});
after(async () => {
  await app?.close();
  rmSync(files, { recursive: true, force: true });
});

async function home(driver) {
  // Back at the top first, where the navigation is, as a person scrolls up to it after a long routine.
  await driver.executeScript('window.scrollTo(0, 0)');
  await (await byRole(driver, 'button', 'Today')).click();
  await byRole(driver, 'heading', 'Routines', { timeout: 5000 });
}

/** Replaces the text of a field as a person would: select everything, then type. */
async function typeInto(driver, role, name, text) {
  const field = await byRole(driver, role, name);
  // Scrolled to the middle first, as a person scrolls to it, clear of the sticky bar at the window's foot.
  await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', field);
  await field.click();
  await field.sendKeys(Key.chord(Key.CONTROL, 'a'), Key.BACK_SPACE);
  if (text) await field.sendKeys(text);
  return field;
}

async function choose(driver, name, label) {
  const select = await byRole(driver, 'combobox', name);
  await driver.executeScript(
    `const [el, label] = arguments;
     const option = Array.from(el.options).find((o) => o.text === label);
     el.value = option.value;
     el.dispatchEvent(new Event('change', { bubbles: true }));`,
    select,
    label,
  );
}

const total = async (driver) => (await driver.findElement({ css: '.total' })).getText();

/** The exercise names of the routine being edited, in order. */
async function itemNames(driver) {
  return driver.executeScript(
    `const list = document.querySelector('ol');
     return list ? Array.from(list.querySelectorAll('h3')).map((h) => h.textContent.replace(/^\\s*\\d+\\.\\s*/, '').replace(/about .*$/, '').trim()) : [];`,
  );
}

/** The problem text shown next to a field (the element its aria-describedby names), or ''. */
async function problemNextTo(driver, role, name) {
  const field = await byRole(driver, role, name);
  return driver.executeScript(
    `const id = arguments[0].getAttribute('aria-describedby');
     const el = id && document.getElementById(id);
     return el ? el.textContent.trim() : '';`,
    field,
  );
}

/** Scrolls the new routine's card to the middle of the window, for the screenshot. */
async function showCard(driver) {
  const start = await byRole(driver, 'button', `Start ${NAME}`);
  await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', start);
}

async function addExercise(driver, name) {
  const before = await total(driver);
  // In the middle of the window, as a person scrolls to it: at the window's edge the editor's sticky bar would
  // take the click.
  const add = await byRole(driver, 'button', `Add ${name}`);
  await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', add);
  await add.click();
  await eventually(async () => (await itemNames(driver)).includes(name), { message: `${name} in the routine` });
  await eventually(async () => (await total(driver)) !== before, { message: 'the total to change' });
}

test('build a routine of three exercises through the editor', async () => {
  const { driver } = app;
  await home(driver);
  await (await byRole(driver, 'button', 'New routine')).click();
  await byRole(driver, 'heading', 'New routine', { timeout: 5000 });
  assert.match(await total(driver), /^About \d+ s · 0 exercises$/);

  await typeInto(driver, 'textbox', 'Name', NAME);

  // Search finds Cat-cow; the filters find the other two.
  await typeInto(driver, 'textbox', 'Search exercises', 'cat');
  await eventually(async () => (await allByRole(driver, 'button', 'Add Cat-cow')).length === 1 &&
    (await allByRole(driver, 'button', 'Add Plank')).length === 0, { message: 'the search to narrow the list' });
  await addExercise(driver, 'Cat-cow');
  await typeInto(driver, 'textbox', 'Search exercises', '');
  await choose(driver, 'Where', 'In bed');
  await eventually(async () => (await allByRole(driver, 'button', 'Add Cat-cow')).length === 0, { message: 'the In bed filter' });
  await addExercise(driver, 'Knee-to-chest');
  await choose(driver, 'Where', 'On the floor');
  await choose(driver, 'Body area', 'Core');
  await eventually(async () => (await allByRole(driver, 'button', 'Add Knee-to-chest')).length === 0, { message: 'the area filter' });
  await addExercise(driver, 'Plank');
  assert.deepEqual(await itemNames(driver), ['Cat-cow', 'Knee-to-chest', 'Plank']);
  assert.match(await total(driver), /^About \d+ min · 3 exercises$/);

  // A hold out of range is named next to its field, in plain words, and the total keeps moving.
  const withDefault = await total(driver);
  await typeInto(driver, 'textbox', 'Plank: Hold (s)', '700');
  await eventually(async () => (await problemNextTo(driver, 'textbox', 'Plank: Hold (s)')) === 'A hold must be 1–600 s.',
    { message: 'the hold problem next to the field' });
  assert.equal(await total(driver), withDefault, 'a hold with a problem counts as the default');
  await screenshot(driver, 'editor-problem');
  await audit(driver, 'editor-problem', { openDetails: false });
  await typeInto(driver, 'textbox', 'Plank: Hold (s)', '45');
  await eventually(async () => (await problemNextTo(driver, 'textbox', 'Plank: Hold (s)')) === '', { message: 'the problem to go' });
  await typeInto(driver, 'textbox', 'Cat-cow: Reps', '4');
  // Each exercise's length comes from the core too: 4 reps of 8 s, and the 45 s hold.
  await eventually(async () => {
    const lines = await driver.executeScript(`return Array.from(document.querySelectorAll('ol h3')).map((h) => h.textContent)`);
    return /Cat-cow\s*about 32 s/.test(lines[0]) && /Plank\s*about 45 s/.test(lines[2]);
  }, { message: 'the item lengths to follow the doses' });
  // The pace of a movement: each of cow and cat takes it; out of range, the problem is next to the field.
  // Plank is only a hold, so it has no pace to set.
  assert.equal((await allByRole(driver, 'textbox', 'Plank: Pace (s per move)')).length, 0, 'a hold has no pace field');
  await typeInto(driver, 'textbox', 'Cat-cow: Pace (s per move)', '31');
  await eventually(async () => (await problemNextTo(driver, 'textbox', 'Cat-cow: Pace (s per move)')) === 'Each movement must take 1–30 s.',
    { message: 'the pace problem next to the field' });
  await typeInto(driver, 'textbox', 'Cat-cow: Pace (s per move)', '3');
  await eventually(async () => {
    const first = await driver.executeScript(`return document.querySelector('ol h3').textContent`);
    return /Cat-cow\s*about 24 s/.test(first);
  }, { message: 'the Cat-cow length to follow its pace (4 reps of 2 × 3 s)' });
  await screenshot(driver, 'editor-pace');
  await typeInto(driver, 'textbox', 'Cat-cow: Pace (s per move)', '');
  await eventually(async () => {
    const first = await driver.executeScript(`return document.querySelector('ol h3').textContent`);
    return /Cat-cow\s*about 32 s/.test(first);
  }, { message: 'an empty pace to go back to the exercise\'s own' });

  // Keyboard: Move up, then Enter on the button that keeps the focus.
  await (await byRole(driver, 'button', 'Move up Plank')).click();
  await eventually(async () => (await itemNames(driver)).join() === 'Cat-cow,Plank,Knee-to-chest', { message: 'Plank moved up' });
  const focused = await driver.switchTo().activeElement();
  assert.equal(await focused.getAttribute('aria-label'), 'Move up Plank', 'focus stays on the moved item');
  await focused.sendKeys(Key.ENTER);
  await eventually(async () => (await itemNames(driver)).join() === 'Plank,Cat-cow,Knee-to-chest', { message: 'Plank first' });
  // At the top, Move up is disabled, so the focus goes to Move down.
  assert.equal(await (await driver.switchTo().activeElement()).getAttribute('aria-label'), 'Move down Plank');

  // Drag: the handle of the first item dropped on the last one.
  await driver.executeScript(`
    const items = Array.from(document.querySelectorAll('ol > li'));
    const handle = items[0].querySelector('[draggable="true"]');
    const data = new DataTransfer();
    handle.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
    items[2].dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
    items[2].dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    handle.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: data }));
  `);
  await eventually(async () => (await itemNames(driver)).join() === 'Cat-cow,Knee-to-chest,Plank', { message: 'the drop to move Plank last' });
  // The dose typed for Plank went with it.
  assert.equal(await (await byRole(driver, 'textbox', 'Plank: Hold (s)')).getAttribute('value'), '45');

  await screenshot(driver, 'editor-filled');
  await (await byRole(driver, 'button', 'Save routine')).click();
  await byRole(driver, 'heading', 'Edit routine', { timeout: 5000 });
  await byRole(driver, 'button', 'Export to file…');
  await sleep(500);
  await screenshot(driver, 'editor-saved');
});

test('the new routine runs to the end like a built-in one', async () => {
  const { driver } = app;
  await home(driver);
  await (await byRole(driver, 'button', `Start ${NAME}`, { timeout: 5000 })).click();
  await byRole(driver, 'heading', NAME, { timeout: 5000 });
  await (await byRole(driver, 'button', 'Start')).click();
  await byRole(driver, 'button', 'Pause', { timeout: 5000 });
  // About four minutes of routine at 20 times the speed.
  await byRole(driver, 'heading', 'Well done', { timeout: 60000 });
  await (await byRole(driver, 'button', 'Done')).click();
  await home(driver);
  const card = await eventually(async () => {
    const text = await driver.findElement({ css: 'body' }).getText();
    return text.includes(`Done once · last on ${dayLabel(routineDay(now()))}`) ? text : null;
  }, { timeout: 5000, message: 'the history line on the card' });
  assert.ok(card);
  await showCard(driver);
  await screenshot(driver, 'editor-home-history');
});

test('export, delete and import again: the routine comes back with its history', async () => {
  const { driver } = app;
  await (await byRole(driver, 'button', `Edit ${NAME}`)).click();
  await byRole(driver, 'heading', 'Edit routine', { timeout: 5000 });
  await (await byRole(driver, 'button', 'Export to file…')).click();
  await eventually(() => existsSync(dialogPath), { message: 'the exported file' });
  const exported = JSON.parse(readFileSync(dialogPath, 'utf8'));
  assert.equal(exported.format, 'limber-routine');
  assert.equal(exported.version, 1);
  assert.equal(exported.name, NAME);
  assert.deepEqual(exported.items.map((i) => i.exercise), ['cat-cow', 'knee-to-chest', 'plank']);
  assert.equal(exported.items[2].holdSecs, 45);

  await (await byRole(driver, 'button', 'Delete routine')).click();
  await byRole(driver, 'alertdialog', null);
  await (await byRole(driver, 'button', 'Yes, delete it')).click();
  await byRole(driver, 'heading', 'Routines', { timeout: 5000 });
  await eventually(async () => (await allByRole(driver, 'button', `Start ${NAME}`)).length === 0, { message: 'the card to go' });

  await (await byRole(driver, 'button', 'Import routine…')).click();
  await eventually(async () => {
    const statuses = await allByRole(driver, 'status', null);
    const texts = await Promise.all(statuses.map((el) => el.getText()));
    return texts.includes(`Imported “${NAME}”; its earlier sessions are back in its history.`);
  }, { message: 'the import to say the routine and its history are back' });
  await byRole(driver, 'button', `Start ${NAME}`, { timeout: 5000 });
  await eventually(async () => /Done once · last on/.test(await driver.findElement({ css: 'body' }).getText()),
    { message: 'the history back on the card' });
  await showCard(driver);
  await screenshot(driver, 'editor-imported');
});

test('a broken routine file saves nothing and names each problem with its field', async () => {
  const { driver } = app;
  const bad = JSON.parse(readFileSync(dialogPath, 'utf8'));
  bad.id = 'bad-one';
  bad.name = '<img src=x onerror=alert(1)>';
  bad.items[2].holdSecs = 700;
  bad.items[0].exercise = 'moonwalk';
  writeFileSync(dialogPath, JSON.stringify(bad, null, 2));
  await (await byRole(driver, 'button', 'Import routine…')).click();
  const list = await byRole(driver, 'list', 'Problems in the routine file', { timeout: 5000 });
  const text = await list.getText();
  assert.match(text, /name: The name cannot contain < or >\./);
  assert.match(text, /items\[0\]\.exercise: Limber has no exercise “moonwalk”\./);
  assert.match(text, /items\[2\]\.holdSecs: A hold must be 1–600 s\./);
  assert.equal(await driver.executeScript('return document.querySelectorAll("img[src=x]").length'), 0, 'no markup was rendered');
  await screenshot(driver, 'editor-import-problems');
  await audit(driver, 'editor-import-problems', { openDetails: false });
});

test('a copy of a built-in routine resets to it, and the original never changes', async () => {
  const { driver } = app;
  await home(driver);
  await (await byRole(driver, 'button', 'Duplicate Bedtime wind-down')).click();
  await byRole(driver, 'heading', 'New routine', { timeout: 5000 });
  const original = await itemNames(driver);
  assert.equal(original.length, 6);
  assert.equal(await (await byRole(driver, 'textbox', 'Name')).getAttribute('value'), 'My bedtime wind-down');
  await (await byRole(driver, 'button', `Remove ${original[0]}`)).click();
  await eventually(async () => (await itemNames(driver)).length === 5, { message: 'one exercise removed' });
  await (await byRole(driver, 'button', 'Reset to Bedtime wind-down')).click();
  await eventually(async () => (await itemNames(driver)).join() === original.join(), { message: 'the original exercises back' });
  await screenshot(driver, 'editor-duplicate');
  await (await byRole(driver, 'button', 'Back')).click();
  await (await byRole(driver, 'button', 'Leave without saving')).click();
  await byRole(driver, 'heading', 'Routines', { timeout: 5000 });
  await sleep(100);
  assert.equal((await allByRole(driver, 'button', 'Start My bedtime wind-down')).length, 0, 'nothing was saved');
});
