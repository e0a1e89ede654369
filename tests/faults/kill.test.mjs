// Fault matrix: SIGKILL at random moments while the real binary saves sessions and check-ins through the app's
// own save paths (`limber --fault-writes`, debug builds). Every record it acknowledged before the kill must be
// in the database exactly once, the database must pass `PRAGMA integrity_check`, and Limber must work at the
// next start.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { freshHome, integrity, limber, recordRow, sqlite, startWriter } from './common.mjs';

const ROUNDS = 40;
const PER_ROUND = 1000;
let place;

after(() => {
  if (place) rmSync(place.home, { recursive: true, force: true });
});

/** Runs the writer from record `first`, kills it with SIGKILL after `ms` (or lets it end), returns its ending. */
async function writer(first, count, ms) {
  const run = startWriter(place.env, first, count);
  if (ms !== null) {
    await sleep(ms);
    run.child.kill('SIGKILL');
  }
  return run.done;
}

test('SIGKILL during hundreds of session saves and check-ins loses nothing acknowledged', async (t) => {
  place = freshHome('limber-fault-kill-');
  const sessions = [];
  const checkIns = new Map();
  let kills = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    // From the start-up (opening, migrating, the daily backup) to deep into the writes.
    const ms = 20 + Math.floor(Math.random() * 700);
    const { signal, lines, log } = await writer(round * PER_ROUND, PER_ROUND, ms);
    if (signal === 'SIGKILL') kills += 1;
    for (const line of lines) {
      const session = /^ack session (\S+)$/.exec(line);
      const checkIn = /^ack check-in (\d{4}-\d{2}-\d{2}) (.+)$/.exec(line);
      if (session) sessions.push(session[1]);
      else if (checkIn) checkIns.set(checkIn[1], checkIn[2]);
      else assert.fail(`an unexpected line from the writer in round ${round} (killed after ${ms} ms): ${line}\n${log}`);
    }
  }
  const stored = new Map();
  for (const [id, count] of sqlite(place.database, 'SELECT id, COUNT(*) FROM sessions GROUP BY id')) stored.set(id, count);
  const lostSessions = sessions.filter((id) => !stored.has(id));
  const doubled = [...stored.values()].filter((count) => count > 1).length;
  const notes = new Map(sqlite(place.database, 'SELECT day, note FROM journal_entries'));
  const lostCheckIns = [...checkIns].filter(([day, note]) => notes.get(day) !== note);
  const ok = integrity(place.database);
  // Usable after: a start that finishes its writes, and the command line.
  const last = await writer(ROUNDS * PER_ROUND, 3, null);
  const status = limber(['status'], place.env);
  const usable = last.code === 0 && last.lines.length === 6 && status.status === 0;
  t.diagnostic(`${kills} kills, ${sessions.length} sessions and ${checkIns.size} check-ins acknowledged; `
    + `${stored.size} sessions stored (acknowledged or not)`);
  recordRow({
    fault: 'SIGKILL during session saves and check-ins (real binary)',
    tries: `${kills} kills, ${sessions.length + checkIns.size} acknowledged writes`,
    lost: lostSessions.length + lostCheckIns.length,
    doubled,
    message: 'none due (nothing was acknowledged that is not stored)',
    integrity: ok,
    usable: usable ? 'yes' : 'no',
  });
  assert.deepEqual(lostSessions, []);
  assert.deepEqual(lostCheckIns, []);
  assert.equal(doubled, 0);
  assert.equal(ok, 'ok');
  assert.ok(sessions.length + checkIns.size >= 200, `only ${sessions.length + checkIns.size} writes were acknowledged`);
  assert.ok(usable, `after the kills: writer ${JSON.stringify(last)}, status ${JSON.stringify(status)}`);
});
