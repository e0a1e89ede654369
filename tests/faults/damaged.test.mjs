// Fault matrix: a damaged database file (truncated to half, zero-filled) while Limber is closed. The real binary
// saves sessions and check-ins through the app's own paths (`limber --fault-writes`, debug builds) on two days, so
// a backup exists from before the later writes (each run takes the day's backup when it starts; the second runs a
// day later under libfaketime). Then the file is damaged, and the next start (`limber status`) must restore the
// backup, bring back from the record log every record acknowledged since it, and say so in plain words; every
// acknowledged record must be there exactly once, the database must pass `PRAGMA integrity_check`, and Limber
// must save again.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, rmSync, statSync, writeSync, ftruncateSync } from 'node:fs';
import { binary, freshHome, integrity, limber, movableClock, recordRow, sqlite } from './common.mjs';

const PER_RUN = 150;
// Monday 11 January 2027 and the day after, in the morning (backups are named by their UTC date).
const DAY_ONE = Date.parse('2027-01-11T09:00:00Z');
const DAY_TWO = Date.parse('2027-01-12T09:00:00Z');
const places = [];

after(() => {
  for (const place of places) rmSync(place.home, { recursive: true, force: true });
});

/** Runs the writer to its end; returns its exit code and its acknowledgements. */
async function writer(place, clock, first, count) {
  const child = spawn(binary, ['--fault-writes', String(count), String(first)], {
    env: { ...process.env, ...place.env, ...clock.env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  const code = await new Promise((ok) => child.on('exit', (c) => ok(c)));
  const sessions = [];
  const checkIns = new Map();
  for (const line of out.split('\n').slice(0, -1)) {
    const session = /^ack session (\S+)$/.exec(line);
    const checkIn = /^ack check-in (\d{4}-\d{2}-\d{2}) (.+)$/.exec(line);
    if (session) sessions.push(session[1]);
    else if (checkIn) checkIns.set(checkIn[1], checkIn[2]);
    else assert.fail(`an unexpected line from the writer: ${line}`);
  }
  return { code, sessions, checkIns };
}

const DAMAGES = [
  {
    name: 'truncated to half',
    damage(file) {
      const fd = openSync(file, 'r+');
      ftruncateSync(fd, Math.floor(statSync(file).size / 2));
      closeSync(fd);
    },
  },
  {
    name: 'zero-filled',
    damage(file) {
      const fd = openSync(file, 'r+');
      writeSync(fd, Buffer.alloc(statSync(file).size, 0), 0);
      closeSync(fd);
    },
  },
];

for (const { name, damage } of DAMAGES) {
  test(`a database file ${name} is restored from the backup and the record log, losing nothing acknowledged`, async (t) => {
    const place = freshHome('limber-fault-damaged-');
    places.push(place);
    const clock = movableClock(place.home, { at: DAY_ONE, zone: 'UTC' });
    const first = await writer(place, clock, 0, PER_RUN);
    // A day later: the run takes that day's backup, which holds the first run's records, then writes more.
    clock.setTo(DAY_TWO);
    const second = await writer(place, clock, PER_RUN, PER_RUN);
    assert.equal(first.code, 0);
    assert.equal(second.code, 0);
    const backups = readdirSync(place.backups).sort();
    assert.deepEqual(backups, ['limber-2027-01-11.sqlite3', 'limber-2027-01-12.sqlite3']);
    const sinceBackup = second.sessions.length + second.checkIns.size;
    // Limber closed: what was only in the WAL is in the file, which is then damaged.
    sqlite(place.database, 'PRAGMA wal_checkpoint(TRUNCATE)');
    damage(place.database);

    // The next start: the command line finds the damage, repairs it and says what it did.
    const status = limber(['status'], { ...place.env, ...clock.env });
    assert.equal(status.status, 0, status.stderr);
    const said = /^Limber found its database damaged and restored the backup from (.+?) and the (\d+) records saved since then\. .*The damaged file was kept: (\S+)$/m.exec(status.stdout);
    assert.ok(said, `limber status said:\n${status.stdout}`);
    const message = said[0];
    assert.equal(said[1], 'Tue 12 Jan 2027');
    assert.equal(Number(said[2]), sinceBackup);
    assert.match(said[3], /limber\.sqlite3\.damaged-/);

    // Usable: a start that saves and acknowledges again, and the command line.
    const third = await writer(place, clock, 2 * PER_RUN, 3);
    const again = limber(['status'], { ...place.env, ...clock.env });
    const usable = third.code === 0 && third.sessions.length === 3 && third.checkIns.size === 3 && again.status === 0;

    const acknowledged = [...first.sessions, ...second.sessions, ...third.sessions];
    const checkIns = new Map([...first.checkIns, ...second.checkIns, ...third.checkIns]);
    const stored = new Map(sqlite(place.database, 'SELECT id, COUNT(*) FROM sessions GROUP BY id'));
    const lostSessions = acknowledged.filter((id) => !stored.has(id));
    const doubled = [...stored.values()].filter((count) => count > 1).length;
    const notes = new Map(sqlite(place.database, 'SELECT day, note FROM journal_entries'));
    const lostCheckIns = [...checkIns].filter(([day, note]) => notes.get(day) !== note);
    const ok = integrity(place.database);
    t.diagnostic(`${acknowledged.length} sessions and ${checkIns.size} check-ins acknowledged, `
      + `${sinceBackup} of them after the backup; ${stored.size} sessions stored`);
    recordRow({
      fault: `database file ${name} while Limber was closed (real binary)`,
      tries: `${acknowledged.length + checkIns.size} acknowledged writes, ${sinceBackup} after the newest backup`,
      lost: lostSessions.length + lostCheckIns.length,
      doubled,
      message,
      integrity: ok,
      usable: usable ? 'yes' : 'no',
    });
    assert.deepEqual(lostSessions, []);
    assert.deepEqual(lostCheckIns, []);
    assert.equal(doubled, 0);
    assert.equal(ok, 'ok');
    assert.equal(stored.size, acknowledged.length);
    assert.ok(usable, `after the recovery: writer ${JSON.stringify(third)}, status ${JSON.stringify(again)}`);
  });
}
