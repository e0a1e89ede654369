// Fault matrix: SIGKILL at each file-system step of a first start (creating the database, switching it to WAL,
// migrating, the first backup, starting the record log) and of its first saves, placed exactly with strace's
// syscall injection. kill.test.mjs kills at random moments, which land in that first fraction of a second
// only now and then; one did (CI, 2026-12-06), at the deletion of the rollback journal that switching a new
// file to WAL uses, and left a database that no later start could write. After each kill here, the next start
// must save at once, nothing acknowledged may be lost, and nothing may be moved aside: a kill is not damage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { acknowledged, audit, freshHome, integrity, limber, recordRow, startWriter } from './common.mjs';

/** The system calls a kill lands at, and which of their calls (every one, or every n-th). */
const STEPS = [
  { calls: 'unlink,unlinkat', every: 1 },
  { calls: 'rename,renameat,renameat2', every: 1 },
  { calls: 'ftruncate', every: 1 },
  { calls: 'fsync,fdatasync', every: 2 },
  { calls: 'pwrite64', every: 12 },
];
/** Far more calls than a first start with two records makes; reaching it means the loop is broken. */
const LIMIT = 400;

/** The writer with strace set to kill it at the `when`-th of `calls`. */
function killedAt(env, calls, when) {
  const strace = ['strace', '-f', '-qq', '-o', '/dev/null', '-e', `trace=${calls}`,
    '-e', `inject=${calls}:signal=SIGKILL:when=${when}`];
  return startWriter(env, 0, 2, { wrap: strace }).done;
}

test('SIGKILL at each file-system step of a first start: the next start saves, nothing is lost or set aside', async (t) => {
  let kills = 0;
  let acknowledgedWrites = 0;
  let lostWrites = 0;
  let doubledSessions = 0;
  const failures = [];
  for (const { calls, every } of STEPS) {
    for (let when = 1; when < LIMIT; when += every) {
      const place = freshHome('limber-fault-step-');
      try {
        const killed = await killedAt(place.env, calls, when);
        if (killed.signal !== 'SIGKILL') {
          // Fewer calls than `when`: the start ran to its end. Every step of this kind has been tried.
          assert.equal(killed.code, 0, `the writer under strace ended with ${killed.code}: ${killed.log}`);
          assert.ok(when > 1, `strace never killed the writer at ${calls}: ${killed.log}`);
          break;
        }
        kills += 1;
        const next = await startWriter(place.env, 1000, 2).done;
        const acked = acknowledged([...killed.lines, ...next.lines]);
        acknowledgedWrites += acked.sessions.length + acked.checkIns.size;
        let lost;
        let doubled;
        try {
          ({ lost, doubled } = audit(place.database, acked));
        } catch (error) {
          failures.push(`killed at ${calls} #${when}: the database cannot be read (${error.stderr?.trim()})\n${next.log}`);
          continue;
        }
        lostWrites += lost;
        doubledSessions += doubled;
        const setAside = readdirSync(place.dataDir).filter((name) => name.includes('.damaged-'));
        const ok = integrity(place.database);
        const status = limber(['status'], place.env);
        const problems = [
          next.code !== 0 && `the next start ended with ${next.code}`,
          next.lines.filter((line) => !line.startsWith('ack ')).map((line) => `the next start said: ${line}`)[0],
          next.lines.length !== 4 && `the next start acknowledged ${next.lines.length} of 4 writes`,
          lost > 0 && `${lost} acknowledged writes lost`,
          doubled > 0 && `${doubled} sessions stored twice`,
          setAside.length > 0 && `set aside as damaged: ${setAside.join(', ')}`,
          ok !== 'ok' && `integrity: ${ok}`,
          status.status !== 0 && `limber status failed: ${status.stderr}`,
        ].filter(Boolean);
        if (problems.length > 0) failures.push(`killed at ${calls} #${when}: ${problems.join('; ')}\n${next.log}`);
      } finally {
        rmSync(place.home, { recursive: true, force: true });
      }
    }
  }
  t.diagnostic(`${kills} kills at exact steps; ${acknowledgedWrites} writes acknowledged across them`);
  recordRow({
    fault: 'SIGKILL at each file-system step of a first start (strace)',
    tries: `${kills} kills`,
    lost: lostWrites,
    doubled: doubledSessions,
    message: 'none due (a kill is not damage: nothing set aside, no recovery to tell)',
    integrity: failures.some((failure) => failure.includes('integrity')) ? 'failed' : 'ok',
    usable: failures.length === 0 ? 'yes' : 'no',
  });
  assert.ok(kills >= 30, `only ${kills} kills: strace may not be injecting`);
  assert.deepEqual(failures, []);
});
