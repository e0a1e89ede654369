// The Syncthing harness on its own (./syncthing.mjs), before any Limber runs on it: two instances on 127.0.0.1
// connect, a plain file written into one folder appears whole in the other, and a change to it and its removal
// follow, each within a few seconds (the file-system watcher, not the rescan, carries them). Prints the figures.
// Syncthing runs on the real clock, so this file needs no pinned one (it runs under tests/run-e2e.mjs all the same).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tree } from '../e2e/proc.mjs';
import { arrival, eventually, logTail, missing, rest, startPair, version } from './syncthing.mjs';

const skip = missing();
// Well under the 5 s rescan plus the 1 s watcher delay and a pull: a change that took longer went by another way.
const BOUND_MS = 15000;

let pair;
before(async () => {
  if (skip) return;
  pair = await startPair();
  console.log(`# ${version()}`);
  console.log(`# two instances connected and idle in ${pair.ready} ms (a: ${pair.a.deviceId.slice(0, 7)}, b: ${pair.b.deviceId.slice(0, 7)})`);
});
after(async () => {
  const base = pair?.base;
  await pair?.stop();
  if (base) assert.equal(existsSync(base), false, `the temporary homes were removed (${base})`);
});

test('the instances listen on 127.0.0.1 only and reach for nothing else', { skip }, async () => {
  for (const self of [pair.a, pair.b]) {
    const { connections } = await rest(self, '/rest/system/connections');
    const peers = Object.entries(connections).filter(([, c]) => c.connected);
    assert.equal(peers.length, 1, `${self.name} is connected to exactly one device`);
    assert.match(peers[0][1].address, /^127\.0\.0\.1:\d+$/, `${self.name}'s peer address`);
    const discovery = await rest(self, '/rest/system/discovery');
    assert.deepEqual(Object.keys(discovery), [], `${self.name} discovered nothing`);
    const config = await rest(self, '/rest/config');
    assert.deepEqual(config.options.listenAddresses, [`tcp://127.0.0.1:${self.syncPort}`]);
    assert.equal(config.gui.address, `127.0.0.1:${self.guiPort}`);
    for (const key of ['globalAnnounceEnabled', 'localAnnounceEnabled', 'relaysEnabled', 'natEnabled', 'crashReportingEnabled']) {
      assert.equal(config.options[key], false, `${self.name}: ${key}`);
    }
    assert.equal(config.options.urAccepted, -1, `${self.name}: usage reporting declined`);
    // Every socket the instance's processes hold is bound to the loopback address.
    const sockets = tree(self.pid).flatMap(readSockets);
    assert.ok(sockets.length >= 2, `${self.name} listens (${JSON.stringify(sockets)})`);
    for (const address of sockets) assert.match(address, /^127\.0\.0\.1:|^0\.0\.0\.0:0$/, `${self.name} socket ${address}`);
  }
});

test('a file written on one side appears whole on the other within a few seconds', { skip }, async () => {
  const content = `written on a at ${new Date().toISOString()}\n`.repeat(100);
  writeFileSync(join(pair.a.folder, 'hello.txt'), content);
  const there = join(pair.b.folder, 'hello.txt');
  const ms = await arrival(there, { accept: (bytes) => bytes.toString() === content, timeout: BOUND_MS })
    .catch((error) => { throw new Error(`${error.message}\n--- a:\n${logTail(pair.a)}\n--- b:\n${logTail(pair.b)}`); });
  console.log(`# a -> b: a new file arrived in ${ms} ms`);

  const changed = `${content}changed on b\n`;
  writeFileSync(there, changed);
  const back = await arrival(join(pair.a.folder, 'hello.txt'), { accept: (bytes) => bytes.toString() === changed, timeout: BOUND_MS });
  console.log(`# b -> a: a change arrived in ${back} ms`);

  rmSync(join(pair.a.folder, 'hello.txt'));
  const started = Date.now();
  await eventually(() => !existsSync(there), { timeout: BOUND_MS, interval: 50, message: 'the removal to reach b' });
  console.log(`# a -> b: a removal arrived in ${Date.now() - started} ms`);
  assert.ok(ms < BOUND_MS && back < BOUND_MS);
});

/** The local addresses of the TCP sockets a process holds (from /proc/<pid>/net/tcp and its fds), as "ip:port". */
function readSockets(pid) {
  const inodes = new Set();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const found = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (found) inodes.add(found[1]);
    } catch { /* closed meanwhile */ }
  }
  const addresses = [];
  for (const table of ['tcp', 'tcp6']) {
    let text;
    try { text = readFileSync(`/proc/${pid}/net/${table}`, 'utf8'); } catch { continue; }
    for (const line of text.trim().split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (!inodes.has(fields[9])) continue;
      addresses.push(decodeAddress(fields[1], table === 'tcp6'));
    }
  }
  return addresses;
}

function decodeAddress(hex, six) {
  const [ip, port] = hex.split(':');
  const portNumber = parseInt(port, 16);
  if (!six) {
    const bytes = ip.match(/../g).map((b) => parseInt(b, 16)).reverse();
    return `${bytes.join('.')}:${portNumber}`;
  }
  // IPv6: four little-endian 32-bit words; an IPv4-mapped loopback reads as ::ffff:127.0.0.1.
  const words = ip.match(/.{8}/g).map((w) => w.match(/../g).reverse().join(''));
  const full = words.join('');
  if (full === '0'.repeat(32)) return `[::]:${portNumber}`;
  if (full.startsWith('00000000000000000000ffff')) {
    const v4 = full.slice(24).match(/../g).map((b) => parseInt(b, 16)).join('.');
    return `${v4}:${portNumber}`;
  }
  return `[${full}]:${portNumber}`;
}

