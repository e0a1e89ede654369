// The /proc reader the tests and benchmarks share (./proc.mjs), checked against processes this file starts: a
// launch's processes are told apart by their data directory, a zombie does not count as running, and CPU time
// between two snapshots counts a new process from zero and loses one that ended.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually } from './harness.mjs';
import {
  allPids, alive, appPids, argsOf, exeOf, pidsRunning, cpuBetween, cpuSecondsOf, environOf, mappingsOf, memoryOfTree, ours, pidsNamed, pssOf, rssOf,
  statOf, tree,
} from './proc.mjs';

let dir;
let child;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'limber-proc-'));
  // The shell starts a `sleep 0` in the background and then becomes `sleep 300` itself, which never reaps it: the
  // finished `sleep 0` stays a zombie child of the live one.
  child = spawn('sh', ['-c', 'sleep 0 & exec sleep 300'], { env: { ...process.env, XDG_DATA_HOME: dir }, stdio: 'ignore' });
  await eventually(() => statOf(child.pid)?.name === 'sleep'
    && allPids().some((pid) => statOf(pid)?.ppid === child.pid && statOf(pid)?.state === 'Z'),
  { timeout: 5000, message: 'the sleep with its zombie child' });
});

after(() => {
  child?.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("a launch's processes are found by their data directory, zombies left out", () => {
  assert.deepEqual(ours(dir), [{ pid: child.pid, name: 'sleep' }]);
  assert.deepEqual(pidsNamed(dir, 'sleep'), [child.pid]);
  assert.deepEqual(pidsNamed(dir, 'limber'), []);
  assert.deepEqual(appPids(dir), [], 'a sleep is not Limber');
  assert.deepEqual(ours(`${dir}-other`), [], "another data directory's processes");
  // A zombie's environment reads empty, so `ours` never matches one by its data directory; `tree` walks parents
  // instead and must leave it out by its state (this line fails without that check).
  assert.deepEqual(tree(child.pid), [child.pid], 'the zombie is not a live member of the tree');
  assert.ok(alive(child.pid));
});

test('a process is read: parent, arguments, environment, memory', () => {
  const stat = statOf(child.pid);
  assert.equal(stat.ppid, process.pid);
  assert.equal(stat.state === 'S' || stat.state === 'R', true, `state ${stat.state}`);
  assert.deepEqual(argsOf(child.pid), ['300']);
  assert.equal(environOf(child.pid).XDG_DATA_HOME, dir);
  const pss = pssOf(process.pid);
  assert.ok(pss > 1_000_000, `this node process has more than 1 MB of PSS (${pss})`);
  assert.ok(rssOf(process.pid) >= pss, 'RSS counts shared pages whole, so it is at least the PSS');
  assert.ok(mappingsOf(process.pid).length > 0);
  const memory = memoryOfTree(process.pid);
  assert.ok(memory.parts.some((p) => p.pid === child.pid && p.name === 'sleep'), 'the child is in this tree');
  assert.equal(memory.total, memory.parts.reduce((sum, p) => sum + p.pss, 0));
  assert.equal(statOf(2 ** 30), null, 'no such process');
  assert.equal(cpuSecondsOf(2 ** 30), 0);
});

test('the processes running a program are found by its path, and the shell scripts read the same', () => {
  const exe = exeOf(child.pid);
  assert.match(exe, /\/sleep$/);
  assert.deepEqual(pidsRunning(exe, dir), [child.pid]);
  assert.ok(pidsRunning(exe).includes(child.pid), 'without a data directory: every live process of that program');
  assert.deepEqual(pidsRunning(exe, `${dir}-other`), []);
  assert.deepEqual(pidsRunning('/no/such/program'), []);
  assert.equal(exeOf(2 ** 30), null);
  const cli = (...args) => execFileSync(process.execPath, [fileURLToPath(new URL('./proc.mjs', import.meta.url)), ...args], { encoding: 'utf8' });
  assert.equal(cli('pids', exe, dir), `${child.pid}\n`);
  assert.equal(cli('args', String(child.pid)), '300\n');
  assert.ok(Number(cli('pss', String(child.pid))) > 0, 'its PSS in kB');
});

test('CPU seconds between two snapshots', () => {
  const check = (beforeSnapshot, afterSnapshot, expected) => {
    const spent = cpuBetween(new Map(beforeSnapshot), new Map(afterSnapshot));
    assert.deepEqual({ total: Number(spent.total.toFixed(3)), byName: spent.byName.map(([n, s]) => [n, Number(s.toFixed(3))]) }, expected);
  };
  const limber = (seconds) => [1, { name: 'limber', seconds }];
  const web = (seconds) => [2, { name: 'WebKitWebProces', seconds }];
  check([limber(1)], [limber(1.5)], { total: 0.5, byName: [['limber', 0.5]] });
  // A process that started in between counts from zero, largest first.
  check([limber(1)], [limber(1.5), web(2)], { total: 2.5, byName: [['WebKitWebProces', 2], ['limber', 0.5]] });
  // One that ended in between is lost: its time is no longer visible.
  check([limber(1), web(2)], [limber(1.25)], { total: 0.25, byName: [['limber', 0.25]] });
  // Processes of one name add up.
  check([], [limber(1), [3, { name: 'limber', seconds: 2 }]], { total: 3, byName: [['limber', 3]] });
});
