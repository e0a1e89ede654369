// Issue 21, end to end with a real sync engine, on the command line: two Limber computers (two data directories,
// each with its own HOME and XDG folders) whose sync folders two real Syncthing instances keep in step
// (./syncthing.mjs: 127.0.0.1 only, temporary homes, started and stopped here).
//
// - Each chooses its folder with `limber sync --folder`, and each one's file reaches the other.
// - A session finished on A today (imported, as the other E2E tests seed data) and a session and a check-in saved
//   through the app's own save path (`limber --fault-writes`) are written to A's file by `limber sync` on A;
//   `limber sync` is then run on B again and again until B's `limber status --json` shows the wind-down done
//   today with a streak of 1 (B's store then holds the other two as well), within BOUND_MS. The same the other
//   way round.
// - A second pass on each side writes nothing new and reads nothing new, and a pass a few seconds later neither:
//   no change goes back and forth between the two.
// - A conflict copy of A's file (as Syncthing names one) and a third computer's file with a torn last line
//   placed in B's folder are listed as skipped with their reasons; the pass still succeeds; the torn file's
//   whole lines are read, its last one once it is whole, on both computers; the conflict copy is never read.
//
// The file runs on the pinned clock (tests/run-e2e.mjs): "today" is the routine day of the pinned instant.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { now, pinned, routineDay } from '../e2e/clock.mjs';
import { arrival, eventually, idle, logTail, missing, startPair } from './syncthing.mjs';
import { changesOf, computer, exportWithSession, importInto, limberFiles, saveThroughApp } from './limber.mjs';

const instant = pinned();
const TODAY = routineDay(instant.at);
const skip = missing();
/** How long a change may take from A's pass to B's status: Syncthing's few seconds, with room for a slow machine. */
const BOUND_MS = 60000;

let pair;
let a;
let b;
before(async () => {
  if (skip) return;
  pair = await startPair({ prefix: 'limber-sync-cli-' });
  a = computer('a', pair.a.folder);
  b = computer('b', pair.b.folder);
});
after(async () => {
  await pair?.stop();
  for (const who of [a, b]) if (who) rmSync(who.home, { recursive: true, force: true });
});

/** Today's routine day, checked against the shared clock now (a run that crossed 04:00 says so). */
function today() {
  assert.equal(routineDay(now()), TODAY, `the run crossed the day boundary (pinned at ${instant.name})`);
  return TODAY;
}

/**
 * Runs `limber sync` on `who` until `done()` holds, at most `bound` ms; returns { ms, passes, arrivedMs } where
 * arrivedMs is when `arrived()` (the file having reached the folder) first held, to the nearest pass.
 */
async function passUntil(who, { done, arrived = () => true, bound = BOUND_MS, message }) {
  const started = Date.now();
  let passes = 0;
  let arrivedMs = null;
  for (;;) {
    if (arrivedMs === null && arrived()) arrivedMs = Date.now() - started;
    who.sync();
    passes += 1;
    if (done()) return { ms: Date.now() - started, passes, arrivedMs };
    if (Date.now() - started > bound) {
      assert.fail(`${message} within ${bound} ms (${passes} passes of limber sync on ${who.name})\n`
        + `--- syncthing a:\n${logTail(pair.a, 10)}\n--- syncthing b:\n${logTail(pair.b, 10)}`);
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

/** Whether the copy of `from`'s file in `to`'s folder holds `key`. */
function carries(to, from, key) {
  try {
    return readFileSync(join(to.folder, `limber-${from.deviceId()}.jsonl`), 'utf8').includes(`"key":"${key}"`);
  } catch {
    return false;
  }
}

test('each computer chooses its synced folder with limber sync --folder, and each one\'s file reaches the other', { skip }, async () => {
  let lastPass;
  for (const who of [a, b]) {
    const first = who.sync({ choose: true });
    lastPass = Date.now();
    assert.equal(realpathSync(first.folder), realpathSync(who.folder), first.text);
    assert.match(who.deviceId(), /^[0-9a-f]{16}$/);
    assert.ok(who.deviceId().startsWith(first.device), first.text);
    const own = who.own();
    assert.ok(own, `${who.name} wrote its file`);
    assert.deepEqual(JSON.parse(own.text.split('\n')[0]).device, who.deviceId());
  }
  const both = [`limber-${a.deviceId()}.jsonl`, `limber-${b.deviceId()}.jsonl`].sort();
  await eventually(() => limberFiles(a.folder).join() === both.join() && limberFiles(b.folder).join() === both.join(), {
    timeout: BOUND_MS, interval: 50, message: `both files in both folders (${both.join(', ')})`,
  });
  console.log(`# both computers' files in both folders ${Date.now() - lastPass} ms after B's first pass`);
  for (const who of [a, b]) assert.equal(who.sync().others, 1, `${who.name} sees one other computer`);
});

test('a session finished on A shows in B\'s progress, and what A saved through the app\'s save path is in B\'s store', { skip }, async () => {
  const day = today();
  const before = b.routine('bedtime-wind-down');
  assert.equal(before.doneToday, false);
  assert.equal(before.streak.current, 0);

  // Finished 20 minutes ago (10 minutes long), so it counts for today's routine day.
  assert.equal(routineDay(now() - 20 * 60_000), day);
  importInto(a, exportWithSession({ id: 'sync-e2e-wd-a', routineId: 'bedtime-wind-down', day }));
  const saved = saveThroughApp(a, 1);
  const pass = a.sync();
  assert.ok(pass.written >= 3, `A wrote the session, the saved session and the check-in:\n${pass.text}`);
  const keys = changesOf(a.own().text).map((change) => change.key);
  for (const key of ['session:sync-e2e-wd-a', `session:${saved.session}`, `journal:${saved.checkIn[0]}`]) {
    assert.ok(keys.includes(key), `A's file holds ${key}`);
  }

  const shown = await passUntil(b, {
    done: () => b.routine('bedtime-wind-down').doneToday,
    arrived: () => carries(b, a, 'session:sync-e2e-wd-a'),
    message: 'B to show A\'s wind-down as done today',
  });
  console.log(`# A -> B: B's limber status showed A's session ${shown.ms} ms after A's pass `
    + `(the file arrived after ${shown.arrivedMs ?? '?'} ms; ${shown.passes} ${shown.passes === 1 ? 'pass' : 'passes'} of limber sync on B)`);
  const after = b.routine('bedtime-wind-down');
  assert.deepEqual(after.streak, { current: 1, best: 1 });
  assert.ok(b.sessions().includes(saved.session), `B holds ${saved.session}`);
  assert.ok(b.sessions().includes('sync-e2e-wd-a'));
  assert.deepEqual(b.journal().find(([d]) => d === saved.checkIn[0]), saved.checkIn);
});

test('a session finished on B shows in A\'s progress the same way', { skip }, async () => {
  const day = today();
  assert.equal(a.routine('morning-mobility').doneToday, false);
  assert.equal(routineDay(now() - 30 * 60_000), day);
  importInto(b, exportWithSession({ id: 'sync-e2e-mm-b', routineId: 'morning-mobility', day, minutesAgo: 30, minutes: 6 }));
  const saved = saveThroughApp(b, 2);
  const pass = b.sync();
  assert.ok(pass.written >= 3, pass.text);

  const shown = await passUntil(a, {
    done: () => a.routine('morning-mobility').doneToday,
    arrived: () => carries(a, b, 'session:sync-e2e-mm-b'),
    message: 'A to show B\'s morning routine as done today',
  });
  console.log(`# B -> A: A's limber status showed B's session ${shown.ms} ms after B's pass `
    + `(the file arrived after ${shown.arrivedMs ?? '?'} ms; ${shown.passes} ${shown.passes === 1 ? 'pass' : 'passes'} of limber sync on A)`);
  assert.deepEqual(a.routine('morning-mobility').streak, { current: 1, best: 1 });
  // What A had stays: its own wind-down still counts.
  assert.equal(a.routine('bedtime-wind-down').doneToday, true);
  assert.ok(a.sessions().includes(saved.session));
  assert.deepEqual(a.journal().find(([d]) => d === saved.checkIn[0]), saved.checkIn);
});

test('a second pass on each side writes and reads nothing new, and nothing goes back and forth', { skip }, async () => {
  // B has not read since A last wrote, nor A since B's pass: one more pass each takes in what is there.
  b.sync();
  a.sync();
  await Promise.all([idle(pair.a), idle(pair.b)]);
  const files = () => [a.own(), b.own()];
  const before = files();
  for (let round = 1; round <= 2; round += 1) {
    for (const who of [a, b]) {
      const pass = who.sync();
      assert.equal(pass.written, 0, `round ${round}: ${who.name} wrote nothing new\n${pass.text}`);
      assert.equal(pass.read, 0, `round ${round}: ${who.name} read nothing new\n${pass.text}`);
    }
    const current = files();
    for (const [i, file] of current.entries()) {
      assert.equal(file.text, before[i].text, `round ${round}: ${file.name} unchanged`);
      assert.equal(file.inode, before[i].inode, `round ${round}: ${file.name} not even replaced`);
    }
    // Long enough for Syncthing's watcher (1 s) and a rescan (5 s) to carry anything a pass had written.
    if (round === 1) await new Promise((ok) => setTimeout(ok, 6000));
  }
  // Both folders hold the same two files, byte for byte, and both computers the same sessions and check-ins.
  for (const name of limberFiles(a.folder)) {
    assert.equal(readFileSync(join(b.folder, name), 'utf8'), readFileSync(join(a.folder, name), 'utf8'), name);
  }
  assert.deepEqual(limberFiles(a.folder), limberFiles(b.folder));
  assert.deepEqual(a.sessions(), b.sessions());
  assert.deepEqual(a.journal(), b.journal());
});

test('a conflict copy and a torn file in the folder are skipped with reasons and break nothing', { skip }, async () => {
  const aId = a.deviceId();
  const own = a.own();
  const lines = changesOf(own.text);
  const template = lines.find((change) => change.key === 'session:sync-e2e-wd-a').value;
  const session = (id, minutesAgo) => ({
    ...template, id, startedAt: new Date(now() - minutesAgo * 60_000).toISOString(),
    endedAt: new Date(now() - minutesAgo * 60_000 + 60_000).toISOString(),
  });
  // A copy of A's file as Syncthing names one after two versions met, holding one more session: were it read,
  // that session would appear.
  const conflict = `limber-${aId}.sync-conflict-20270113-100102-${pair.b.deviceId.slice(0, 7)}.jsonl`;
  const last = lines[lines.length - 1];
  const forged = { seq: last.seq + 1, hlc: `${now()}-0-${aId}`, key: 'session:sync-e2e-conflict', value: session('sync-e2e-conflict', 300) };
  writeFileSync(join(b.folder, conflict), `${own.text}${JSON.stringify(forged)}\n`);
  // A third computer's file whose last line has not fully arrived.
  const cId = 'c0ffee00c0ffee00';
  const cFile = `limber-${cId}.jsonl`;
  const header = { format: 'limber-sync', version: 1, device: cId, name: 'c' };
  const line = (seq, id, minutesAgo) => JSON.stringify({ seq, hlc: `${now()}-0-${cId}`, key: `session:${id}`, value: session(id, minutesAgo) });
  const whole = `${JSON.stringify(header)}\n${line(1, 'sync-e2e-c-1', 400)}\n`;
  const torn = line(2, 'sync-e2e-c-2', 500);
  const cut = Math.floor(torn.length / 2);
  writeFileSync(join(b.folder, cFile), whole + torn.slice(0, cut));

  const reasonsOn = (who) => {
    const pass = who.sync();
    const reasons = Object.fromEntries(pass.skipped.map(({ file, reason }) => [file, reason]));
    return { pass, reasons };
  };
  const onB = reasonsOn(b);
  assert.match(onB.reasons[conflict] ?? '', /copy the sync tool made/, onB.pass.text);
  assert.match(onB.reasons[cFile] ?? '', /line 3 has not fully arrived/, onB.pass.text);
  assert.equal(onB.pass.others, 2, `B now knows A and c\n${onB.pass.text}`);
  assert.ok(b.sessions().includes('sync-e2e-c-1'), 'the torn file\'s whole lines are read');
  assert.ok(!b.sessions().includes('sync-e2e-c-2'), 'its torn line is not');
  assert.ok(!b.sessions().includes('sync-e2e-conflict'), 'the conflict copy is not read');
  console.log(`# skipped on B:\n${onB.pass.skipped.map(({ file, reason }) => `#   ${file}: ${reason}`).join('\n')}`);

  // Both files reach A, whose pass says the same.
  await arrival(join(a.folder, cFile), { accept: (bytes) => bytes.length === Buffer.byteLength(whole) + cut, timeout: BOUND_MS });
  await arrival(join(a.folder, conflict), { timeout: BOUND_MS });
  const onA = reasonsOn(a);
  assert.match(onA.reasons[conflict] ?? '', /copy the sync tool made/, onA.pass.text);
  assert.match(onA.reasons[cFile] ?? '', /has not fully arrived/, onA.pass.text);
  assert.ok(a.sessions().includes('sync-e2e-c-1'));
  assert.ok(!a.sessions().includes('sync-e2e-conflict'));
  for (const who of [a, b]) assert.equal(who.status().today, TODAY, `limber status still answers on ${who.name}`);

  // The rest of the line arrives: the next passes take it in, on B and then on A.
  appendFileSync(join(b.folder, cFile), `${torn.slice(cut)}\n`);
  const onBAgain = reasonsOn(b);
  assert.equal(onBAgain.reasons[cFile], undefined, onBAgain.pass.text);
  assert.ok(b.sessions().includes('sync-e2e-c-2'), 'the line is read once whole');
  const taken = await passUntil(a, {
    done: () => a.sessions().includes('sync-e2e-c-2'),
    message: 'A to take in the completed line',
  });
  console.log(`# the completed line was taken in on A ${taken.ms} ms after it was completed on B`);
  assert.equal(reasonsOn(a).reasons[cFile], undefined);
  assert.deepEqual(a.sessions(), b.sessions());
  // The conflict copy is still there and still skipped; nothing of it came in.
  assert.match(reasonsOn(b).reasons[conflict] ?? '', /copy the sync tool made/);
  assert.ok(!a.sessions().includes('sync-e2e-conflict') && !b.sessions().includes('sync-e2e-conflict'));
});
