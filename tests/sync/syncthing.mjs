// Two real Syncthing instances (the Debian package `syncthing`) that share one folder each with the other, for the
// end-to-end tests of sync through a folder (issue 21). Everything stays on this machine:
//
// - each instance has a temporary home of its own (`--home`), keys made first with `syncthing generate`, so both
//   device IDs are known before either starts, and a config.xml written here in whole rather than edited;
// - it listens for the other instance on 127.0.0.1 only, and its GUI/REST API (used only to see that the two are
//   connected and idle) on 127.0.0.1 too, with an API key; both on free ports;
// - global and local discovery, relays, NAT traversal, STUN, usage reporting, crash reporting and upgrades are
//   off, so neither instance reaches for the network;
// - the folder is rescanned every few seconds and the file-system watcher is on with a 1 s delay, so a change
//   arrives on the other side within a few seconds;
// - each instance runs in a process group of its own: Syncthing 1.19's `serve` starts a monitor process that
//   runs the real one as its child, even with `--no-restart` (which only stops it restarting the child), so an
//   instance is stopped by signalling its group. `stop()` ends both and removes the homes, folders included;
//   it also runs when this Node process exits or is interrupted, so a failed test leaves nothing behind.
//
// Syncthing runs on the real clock: the runner's libfaketime (LD_PRELOAD, FAKETIME) is taken out of its
// environment. Go reads the time without the C library anyway, but the file times it sets and compares must not
// depend on a shim it does not expect.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, eventually as harnessEventually } from '../e2e/harness.mjs';

/** The folder id both instances share. */
export const FOLDER_ID = 'limber-sync';

/** The program: SYNCTHING, or `syncthing` on the PATH (bash scripts/test.sh installs the Debian package). */
export const program = process.env.SYNCTHING ?? 'syncthing';

/** Why the tests cannot run here (Syncthing is missing), or false when they can. */
export function missing() {
  try {
    execFileSync(program, ['--version'], { stdio: 'ignore', timeout: 10000 });
    return false;
  } catch {
    return `${program} was not found: install the Debian package syncthing (bash scripts/test.sh does)`;
  }
}

/** The version line of the Syncthing in use, e.g. `syncthing v1.19.2-ds1 "Fermium Flea" ...`. */
export function version() {
  return execFileSync(program, ['--version'], { encoding: 'utf8', timeout: 10000 }).trim();
}


/** The environment Syncthing runs with: this one without libfaketime, with its HOME in its own home. */
function syncthingEnv(home) {
  const env = { ...process.env, HOME: home, STNOUPGRADE: '1', STNORESTART: '1', STNODEFAULTFOLDER: '1' };
  for (const name of ['LD_PRELOAD', 'FAKETIME', 'FAKETIME_DONT_FAKE_MONOTONIC', 'FAKETIME_TIMESTAMP_FILE']) delete env[name];
  return env;
}

const xml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The whole config.xml of one instance. Elements left out take Syncthing's defaults; every default that would
 * reach for the network is set here. (Syncthing 1.19 writes config version 36; a newer Syncthing reads it and
 * migrates it.)
 */
function configXml(self, peer, { dials }) {
  const device = (d, address) => `
    <device id="${d.deviceId}" name="${xml(d.name)}" compression="metadata" introducer="false">
        <address>${address}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>`;
  return `<configuration version="36">
    <folder id="${FOLDER_ID}" label="Limber" path="${xml(self.folder)}" type="sendreceive" rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="${self.deviceId}"></device>
        <device id="${peer.deviceId}"></device>
        <minDiskFree unit="%">0</minDiskFree>
        <paused>false</paused>
        <markerName>.stfolder</markerName>
    </folder>${device(self, 'dynamic')}${device(peer, dials ? `tcp://127.0.0.1:${peer.syncPort}` : 'dynamic')}
    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:${self.guiPort}</address>
        <apikey>${self.apiKey}</apikey>
        <theme>default</theme>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:${self.syncPort}</listenAddress>
        <globalAnnounceServer></globalAnnounceServer>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <stunKeepaliveStartS>0</stunKeepaliveStartS>
        <stunServer></stunServer>
        <urAccepted>-1</urAccepted>
        <urSeen>3</urSeen>
        <crashReportingEnabled>false</crashReportingEnabled>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <startBrowser>false</startBrowser>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
        <setLowPriority>false</setLowPriority>
        <restartOnWakeup>false</restartOnWakeup>
        <announceLANAddresses>false</announceLANAddresses>
    </options>
</configuration>
`;
}

/** Prepares one instance's home, folder, keys and ports (not yet its config, which needs the peer's ID). */
async function prepare(base, name) {
  const home = join(base, name, 'home');
  const folder = join(base, name, 'folder');
  mkdirSync(folder, { recursive: true });
  // The marker Syncthing looks for before it trusts a folder's path (a missing marker means "not mounted").
  mkdirSync(join(folder, '.stfolder'));
  execFileSync(program, ['generate', '--home', home, '--no-default-folder', '--skip-port-probing'], {
    env: syncthingEnv(home), stdio: ['ignore', 'ignore', 'pipe'], timeout: 60000,
  });
  // The generated config names this device first; its ID comes from the key just made.
  const generated = readFileSync(join(home, 'config.xml'), 'utf8');
  const found = /<device id="([A-Z0-9-]{63})"/.exec(generated);
  if (!found) throw new Error(`no device ID in the config syncthing generated in ${home}`);
  return {
    name,
    home,
    folder,
    log: join(base, name, 'syncthing.log'),
    deviceId: found[1],
    apiKey: randomBytes(16).toString('hex'),
    guiPort: await freePort(),
    syncPort: await freePort(),
  };
}

/**
 * Calls one instance's REST API: GET path, or POST with `method`; returns the parsed answer (or the text). Each
 * call has a connection of its own that closes after it (`agent: false`): a kept-alive socket (fetch's) would
 * hold this process open for seconds after the test ends.
 */
export function rest(instance, path, { method = 'GET', timeout = 5000 } = {}) {
  return new Promise((ok, fail) => {
    const request = http.request({
      host: '127.0.0.1', port: instance.guiPort, path, method, agent: false, timeout,
      headers: { 'X-API-Key': instance.apiKey },
    }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => {
        if (response.statusCode !== 200) {
          fail(new Error(`${method} ${path} on ${instance.name}: ${response.statusCode} ${text.trim()}`));
          return;
        }
        try { ok(JSON.parse(text)); } catch { ok(text); }
      });
    });
    request.on('timeout', () => request.destroy(new Error(`${method} ${path} on ${instance.name}: no answer in ${timeout} ms`)));
    request.on('error', fail);
    request.end();
  });
}

/** The last `lines` lines of an instance's log, for failure messages. */
export function logTail(instance, lines = 30) {
  try {
    return readFileSync(instance.log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** The harness's `eventually`, with a longer default wait: a sync tool takes seconds, not milliseconds. */
export function eventually(predicate, options = {}) {
  return harnessEventually(predicate, { timeout: 30000, ...options });
}

const running = new Set();

/** Signals a child's process group (the Syncthing monitor and the instance it runs). */
function signalGroup(child, signal) {
  try { process.kill(-child.pid, signal); } catch { /* already gone */ }
}

/** Ends a child's process group: SIGTERM, then SIGKILL after `graceMs`; waits for the monitor to exit. */
async function end(child, graceMs = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, 'SIGKILL');
    return;
  }
  const exited = new Promise((ok) => child.once('exit', ok));
  signalGroup(child, 'SIGTERM');
  // An unreferenced timer: it must not keep this process alive once the instance has gone.
  const ended = await Promise.race([exited.then(() => true), sleep(graceMs, false, { ref: false })]);
  // Whatever is left of the group (an instance whose monitor ended first) goes too.
  signalGroup(child, 'SIGKILL');
  if (!ended) await exited;
}

// A test that throws past its `after` hook, or an interrupted run, still ends the instances and removes their
// homes: 'exit' handlers may only do synchronous work, which a signal and rmSync are.
function endAllNow() {
  for (const pair of running) {
    for (const child of pair.children) signalGroup(child, 'SIGKILL');
    rmSync(pair.base, { recursive: true, force: true });
  }
  running.clear();
}
process.once('exit', endAllNow);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => { endAllNow(); process.exit(130); });
}

/**
 * Starts two instances, `a` and `b`, sharing one folder, and waits until each sees the other connected and
 * both folders are idle (`timeout` ms). Returns { a, b, base, ready (ms the start took), stop() }; `a` and `b`
 * are { name, home, folder, deviceId, apiKey, guiPort, syncPort, log, pid (the monitor's; its group is the
 * instance's) }.
 */
export async function startPair({ prefix = 'limber-syncthing-', timeout = 60000 } = {}) {
  const started = Date.now();
  const base = mkdtempSync(join(tmpdir(), prefix));
  const pair = { base, children: [] };
  running.add(pair);
  const stop = async () => {
    await Promise.all(pair.children.map((child) => end(child)));
    rmSync(base, { recursive: true, force: true, maxRetries: 5 });
    running.delete(pair);
  };
  try {
    const a = await prepare(base, 'a');
    const b = await prepare(base, 'b');
    // Only `a` dials; `b` knows `a` as "dynamic", which without discovery it never dials. When both dial at
    // once (both start together), Syncthing 1.19 may keep the two half-made connections waiting on each other's
    // Hello until its 20 s timeout; with one dialler the first connection holds. `b` starts first and `a` only
    // once b's API answers (its sync listener starts before its API), so a's first dial finds it listening:
    // a failed dial is tried again only after 5 s, whatever the reconnection interval says.
    for (const [self, peer, dials] of [[b, a, false], [a, b, true]]) {
      writeFileSync(join(self.home, 'config.xml'), configXml(self, peer, { dials }));
      const child = spawn(program, ['serve', '--home', self.home, '--no-browser', '--no-restart',
        '--no-default-folder', `--logfile=${self.log}`, '--logflags=3'], {
        env: syncthingEnv(self.home), stdio: 'ignore', detached: true,
      });
      pair.children.push(child);
      self.pid = child.pid;
      child.once('exit', (code, signal) => { self.exited = { code, signal }; });
      await eventually(async () => {
        if (self.exited) throw new Error(`syncthing ${self.name} exited (${JSON.stringify(self.exited)})`);
        return (await rest(self, '/rest/system/ping')).ping === 'pong';
      }, { timeout: Math.max(1000, timeout - (Date.now() - started)), interval: 50, message: `syncthing ${self.name}'s API` })
        .catch((error) => { throw new Error(`${error.message}\n--- ${self.name}'s log:\n${logTail(self)}`); });
    }
    for (const [self, peer] of [[a, b], [b, a]]) {
      await eventually(async () => {
        if (self.exited) throw new Error(`syncthing ${self.name} exited (${JSON.stringify(self.exited)})`);
        const { connections } = await rest(self, '/rest/system/connections');
        return connections[peer.deviceId]?.connected;
      }, { timeout: Math.max(1000, timeout - (Date.now() - started)), interval: 200,
        message: `syncthing ${self.name} to connect to ${peer.name}` })
        .catch((error) => { throw new Error(`${error.message}\n--- ${self.name}'s log:\n${logTail(self)}`); });
    }
    for (const self of [a, b]) await idle(self, { timeout: Math.max(1000, timeout - (Date.now() - started)) });
    return { a, b, base, ready: Date.now() - started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Waits until an instance's shared folder is idle (scanned, nothing to pull) and returns its status. */
export async function idle(instance, { timeout = 30000 } = {}) {
  return eventually(async () => {
    const status = await rest(instance, `/rest/db/status?folder=${FOLDER_ID}`);
    return status.state === 'idle' && status.needTotalItems === 0 ? status : null;
  }, { timeout, interval: 200, message: `syncthing ${instance.name}'s folder to be idle` });
}

/**
 * Waits until `path` exists and `accept(its bytes)` holds (by default: any content); returns the ms it took.
 * Polls every 50 ms, so the figure is a little coarse but never early.
 */
export async function arrival(path, { accept = () => true, timeout = 30000, message = path } = {}) {
  const started = Date.now();
  await eventually(() => existsSync(path) && accept(readFileSync(path)), { timeout, interval: 50, message });
  return Date.now() - started;
}
