// Fault matrix: the data folder on a full file system, the data folder read-only, and the database locked by
// another program for 30 s, each while the real binary saves sessions and check-ins through the app's own paths
// (`limber --fault-writes`, debug builds). Nothing may be acknowledged that is not stored; what could not be
// written must be said in plain words, kept, and written exactly once when the fault clears; the database must
// pass integrity_check; and Limber must work afterwards. The full disk and the read-only folder need root
// (mount); without it they are skipped with the reason printed.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '../e2e/harness.mjs';
import { acknowledged, audit, freshHome, integrity, limber, recordRow, startWriter } from './common.mjs';

const root = process.getuid?.() === 0;
const cleanups = [];
after(() => {
  for (const cleanup of cleanups.reverse()) {
    try { cleanup(); } catch { /* already undone */ }
  }
});





/**
 * Runs one fault: seeds the data with a first writer, applies the fault, starts a second writer that must wait
 * (its "wait" lines say why), clears the fault and lets it finish. Returns the row's figures.
 */
async function faultRun(place, { fault, apply, clear, expectWords }) {
  const seeded = await startWriter(place.env, 0, 10).done;
  assert.equal(seeded.code, 0, `seeding: ${seeded.lines.join('\n')}`);
  await apply();
  const writer = startWriter(place.env, 100, 6);
  const waits = await eventually(() => {
    const found = writer.lines().filter((line) => line.startsWith('wait '));
    return found.length >= 2 ? found : null;
  }, { timeout: 90_000, message: `${fault}: the writer to say records wait` });
  const ackedDuring = writer.lines().filter((line) => line.startsWith('ack ')).length;
  const message = waits[0].replace(/^wait (session \S+|check-in \S+) /, '');
  await clear();
  const end = await writer.done;
  const all = acknowledged([...seeded.lines, ...end.lines]);
  const { lost, doubled } = audit(place.database, all);
  const ok = integrity(place.database);
  const status = limber(['status'], place.env);
  const after = await startWriter(place.env, 200, 2).done;
  const usable = end.code === 0 && status.status === 0 && after.code === 0
    && after.lines.filter((l) => l.startsWith('ack ')).length === 4;
  recordRow({
    fault,
    tries: `${waits.length} writes held, ${all.sessions.length + all.checkIns.size} acknowledged in all`,
    lost,
    doubled,
    message,
    integrity: ok,
    usable: usable ? 'yes' : 'no',
  });
  assert.match(message, expectWords, `the person is told in plain words: ${message}`);
  assert.doesNotMatch(message, /SQLITE|sqlite3|errno|os error/i, `no raw error text: ${message}`);
  assert.ok(ackedDuring <= 1, `records acknowledged while the fault lasted: ${ackedDuring}`);
  assert.equal(lost, 0, 'acknowledged records lost');
  assert.equal(doubled, 0, 'sessions stored twice');
  assert.equal(ok, 'ok');
  assert.ok(usable, `usable after: writer ${end.code}, status ${status.status} ${status.stderr}, after ${JSON.stringify(after)}`);
}

test('the data folder on a full file system, then space freed', { skip: !root && 'needs root (mount a 2 MB tmpfs)' }, async () => {
  const base = mkdtempSync(join(tmpdir(), 'limber-fault-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', base]);
  cleanups.push(() => { execFileSync('umount', ['-l', base]); rmSync(base, { recursive: true, force: true }); });
  const place = freshHome('', base);
  const fill = join(base, 'fill');
  await faultRun(place, {
    fault: 'data folder on a full file system, then space freed (root)',
    apply: () => {
      try { execFileSync('dd', ['if=/dev/zero', `of=${fill}`, 'bs=16k'], { stdio: 'ignore' }); } catch { /* full */ }
    },
    clear: () => rmSync(fill),
    expectWords: /full/i,
  });
});

test('the data folder read-only, then writable again', { skip: !root && 'needs root (a read-only bind mount)' }, async () => {
  const base = mkdtempSync(join(tmpdir(), 'limber-fault-ro-'));
  cleanups.push(() => rmSync(base, { recursive: true, force: true }));
  const place = freshHome('', base);
  mkdirSync(place.dataDir, { recursive: true });
  let mounted = false;
  cleanups.push(() => { if (mounted) execFileSync('umount', ['-l', place.dataDir]); });
  await faultRun(place, {
    fault: 'data folder read-only, then writable (root)',
    apply: () => {
      execFileSync('mount', ['--bind', place.dataDir, place.dataDir]);
      mounted = true;
      execFileSync('mount', ['-o', 'remount,bind,ro', place.dataDir]);
    },
    clear: () => execFileSync('mount', ['-o', 'remount,bind,rw', place.dataDir]),
    expectWords: /read-only|cannot be written|can only be read/i,
  });
});

test('the database locked by another program for 30 s', async () => {
  const base = mkdtempSync(join(tmpdir(), 'limber-fault-lock-'));
  cleanups.push(() => rmSync(base, { recursive: true, force: true }));
  const place = freshHome('', base);
  let locker;
  await faultRun(place, {
    fault: 'database locked by another program for 30 s',
    apply: async () => {
      const script = 'import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); '
        + 'c.execute("BEGIN EXCLUSIVE"); print("locked", flush=True); time.sleep(30); c.execute("COMMIT")';
      locker = spawn('python3', ['-c', script, place.database], { stdio: ['ignore', 'pipe', 'inherit'] });
      let said = '';
      locker.stdout.on('data', (chunk) => { said += chunk; });
      await eventually(() => said.includes('locked'), { timeout: 10000, message: 'the other program to hold the lock' });
      cleanups.push(() => locker.kill('SIGKILL'));
    },
    clear: () => new Promise((ok) => locker.on('exit', ok)),
    expectWords: /busy|another program|in use|locked/i,
  });
});
