// Fault matrix: a damaged database file (truncated to half, zero-filled) while Limber is closed. The real binary
// saves sessions and check-ins through the app's own paths (`limber --fault-writes`, debug builds) on two days, so
// a backup exists from before the later writes (each run takes the day's backup when it starts; the second runs a
// day later under libfaketime). Then the file is damaged, and the next start (`limber status`) must restore the
// backup, bring back from the record log every record acknowledged since it, and say so in plain words; every
// acknowledged record must be there exactly once, the database must pass `PRAGMA integrity_check`, and Limber
// must save again.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, openSync, readdirSync, rmSync, statSync, writeSync, ftruncateSync } from 'node:fs';
import { acknowledged, audit, freshHome, integrity, limber, movableClock, recordRow, sqlite, startWriter } from './common.mjs';

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
  const { code, lines } = await startWriter({ ...place.env, ...clock.env }, first, count).done;
  for (const line of lines) {
    if (!/^ack (session|check-in) /.test(line)) assert.fail(`an unexpected line from the writer: ${line}`);
  }
  return { code, ...acknowledged(lines) };
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
    const said = /^Limber found its database damaged and restored the backup from (.+?) and the (\d+) records saved since then\. .*The damaged file was kept, not deleted: (\S+)$/m.exec(status.stdout);
    assert.ok(said, `limber status said:\n${status.stdout}`);
    const message = said[0];
    assert.equal(said[1], 'Tuesday 12 January 2027');
    assert.equal(Number(said[2]), sinceBackup);
    assert.match(said[3], /limber\.sqlite3\.damaged-/);

    // Usable: a start that saves and acknowledges again, and the command line.
    const third = await writer(place, clock, 2 * PER_RUN, 3);
    const again = limber(['status'], { ...place.env, ...clock.env });
    const usable = third.code === 0 && third.sessions.length === 3 && third.checkIns.size === 3 && again.status === 0;

    const sessions = [...first.sessions, ...second.sessions, ...third.sessions];
    const checkIns = new Map([...first.checkIns, ...second.checkIns, ...third.checkIns]);
    const { lost, doubled } = audit(place.database, { sessions, checkIns });
    const [[storedSessions]] = sqlite(place.database, 'SELECT COUNT(DISTINCT id) FROM sessions');
    const ok = integrity(place.database);
    t.diagnostic(`${sessions.length} sessions and ${checkIns.size} check-ins acknowledged, `
      + `${sinceBackup} of them after the backup; ${storedSessions} sessions stored`);
    recordRow({
      fault: `database file ${name} while Limber was closed (real binary)`,
      tries: `${sessions.length + checkIns.size} acknowledged writes, ${sinceBackup} after the newest backup`,
      lost,
      doubled,
      message,
      integrity: ok,
      usable: usable ? 'yes' : 'no',
    });
    assert.equal(lost, 0, 'acknowledged records lost');
    assert.equal(doubled, 0, 'sessions stored twice');
    assert.equal(ok, 'ok');
    assert.equal(storedSessions, sessions.length);
    assert.ok(usable, `after the recovery: writer ${JSON.stringify(third)}, status ${JSON.stringify(again)}`);
  });
}
