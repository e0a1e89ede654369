// The voice coach, end to end (issue 17): a person switches the full coach on in the sound settings, turns the
// tones down to nothing, starts the 2-minute reset in real time and closes the window (eyes closed, in bed), and
// the sound the real app makes is recorded and split into speech segments. The segments must be the ones the coach's table says (crates/limber-core/tests/
// speech/two-minute-reset.full.txt, placed by the voice lane's rule with the real clips' lengths), each starting
// within 20 ms of its cue, with silence between them.
//
// The sound goes through ALSA's pulse plugin to a private PulseAudio server whose null sink keeps real time, and
// parec records it (ALSA's own file sink runs faster than real time, so it could not tell when a clip started).
// The routine runs at real speed: at LIMBER_TIME_SCALE=20 the cues would come twenty times faster than the clips
// can be said, and the lane would rightly drop most of them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Key } from 'selenium-webdriver';
import { launch, binary, byRole, clickRole, eventually, screenshot, sleep } from './harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RATE = 48000;
// A sample louder than this is sound (the clips peak at 0.4).
const LOUD = 0.01;
// Silence longer than this separates two segments; the longest pause inside a day clip is 0.44 s.
const SEGMENT_GAP_S = 0.5;
// The rule of limber_core::speech: the lane's gap, how late a count may be, how long other phrases may wait.
const GAP_MS = 120;
const ON_TIME_MS = 20;
const BREATH_WAIT_MS = 1000;
const PHRASE_WAIT_MS = 4000;

let pulse;
let recorder;
// The sound server and the recorder keep real time: libfaketime, which pins this file's wall clock, stays out
// of them (their timers are what is being measured).
const realTime = Object.fromEntries(Object.entries(process.env)
  .filter(([key]) => key !== 'LD_PRELOAD' && !key.startsWith('FAKETIME')));
let app;
const dir = mkdtempSync(join(tmpdir(), 'limber-voice-'));
const capture = join(dir, 'capture.raw');

before(async () => {
  const runtime = join(dir, 'run');
  mkdirSync(runtime, { recursive: true });
  const socket = join(runtime, 'native');
  pulse = spawn('pulseaudio', [
    '-n', '--daemonize=no', '--exit-idle-time=-1', '--use-pid-file=no',
    // A rewind rewrites what the monitor already delivered, which would cut pieces out of the recording.
    '--load=module-null-sink sink_name=capture rate=48000 norewinds=1',
    `--load=module-native-protocol-unix auth-anonymous=1 socket=${socket}`,
  ], { env: { ...realTime, HOME: dir, XDG_RUNTIME_DIR: runtime }, stdio: 'ignore' });
  await eventually(() => existsSync(socket), { timeout: 10000, message: 'pulseaudio to listen' });
  const server = `unix:${socket}`;
  recorder = spawn('parec', ['--server', server, '-d', 'capture.monitor', '--format=float32le', `--rate=${RATE}`,
    '--channels=1', '--raw'], { env: realTime, stdio: ['ignore', openSync(capture, 'w'), 'inherit'] });
  app = await launch({ env: { PULSE_SERVER: server, LIMBER_LOG: process.env.LIMBER_LOG ?? 'warn' }, skipWelcome: true });
});

after(async () => {
  await app?.close();
  recorder?.kill();
  pulse?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Whether a viewable Limber window exists. */
function windowShown() {
  try {
    return execFileSync('xwininfo', ['-name', 'Limber'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .includes('IsViewable');
  } catch {
    return false;
  }
}

/** Whether `limber status` counts the 2-minute reset as done today. */
function routineDone() {
  const out = execFileSync(binary, ['status', '--json'], {
    env: { ...process.env, XDG_DATA_HOME: app.dataDir },
    encoding: 'utf8',
    timeout: 20000,
  });
  return JSON.parse(out).routines.find((r) => r.routineId === 'two-minute-reset')?.doneToday === true;
}

/** A clip's length and where its sound starts and ends, in seconds, from sox. */
const clipInfo = new Map();
function clip(name) {
  if (!clipInfo.has(name)) {
    const path = join(root, 'assets', 'audio', 'voice', 'en', 'day', `${name}.ogg`);
    const raw = execFileSync('sox', [path, '-t', 'f32', '-c', '1', '-r', String(RATE), '-'], { maxBuffer: 1 << 26 });
    const samples = new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
    let first = samples.findIndex((s) => Math.abs(s) > LOUD);
    let last = samples.length - 1;
    while (last > 0 && Math.abs(samples[last]) <= LOUD) last -= 1;
    clipInfo.set(name, { length: samples.length / RATE, first: first / RATE, last: last / RATE });
  }
  return clipInfo.get(name);
}

/** The table's phrases as clip names, with their due times in seconds. */
function table() {
  const text = readFileSync(join(root, 'crates', 'limber-core', 'tests', 'speech', 'two-minute-reset.full.txt'), 'utf8');
  return text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((line) => {
    const [at, , word] = line.trim().split(/\s+/);
    const name = /^\d+$/.test(word) ? `number-${word}`
      : word.startsWith('name:') ? `name-${word.slice(5)}`
      : word.startsWith('instruction:') ? `instruction-${word.slice(12)}`
      : word;
    return { at: Number(at), name };
  });
}

/** The voice lane (limber_core::speech::Lane) over the table: where each phrase starts, or null when dropped. */
function place(utterances) {
  let freeAt = 0;
  return utterances.map((u) => {
    const due = Math.round(u.at * 1000);
    const start = Math.max(due, freeAt);
    const max = u.name.startsWith('number-') ? ON_TIME_MS
      : u.name.startsWith('breathe-') ? BREATH_WAIT_MS : PHRASE_WAIT_MS;
    if (start - due > max) return { ...u, start: null };
    freeAt = start + Math.floor(clip(u.name).length * 1000) + GAP_MS;
    return { ...u, start: start / 1000 };
  });
}

/** Loud spans merged where the silence between them is shorter than a segment gap. */
function merge(spans) {
  const out = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span.from - last.to <= SEGMENT_GAP_S) {
      last.to = span.to;
      last.names.push(...span.names);
    } else out.push({ ...span, names: [...span.names] });
  }
  return out;
}

function recordedSegments() {
  const raw = readFileSync(capture);
  const samples = new Float32Array(raw.buffer, raw.byteOffset, Math.floor(raw.length / 4));
  const out = [];
  const gap = SEGMENT_GAP_S * RATE;
  let last = null;
  for (let i = 0; i < samples.length; i += 1) {
    if (Math.abs(samples[i]) <= LOUD) continue;
    if (last && i - last.toSample <= gap) last.toSample = i;
    else {
      last = { fromSample: i, toSample: i };
      out.push(last);
    }
  }
  return out.map((s) => ({ from: s.fromSample / RATE, to: s.toSample / RATE, names: [] }));
}

test('the full coach talks a person through the 2-minute reset with the window closed, each phrase on its cue', { timeout: 240000 }, async () => {
  const { driver } = app;
  await clickRole(driver, 'button', 'Settings', { timeout: 15000 });
  await clickRole(driver, 'radio', 'Full coach', { timeout: 10000 });
  await eventually(async () => (await byRole(driver, 'radio', 'Full coach')).isSelected(), { message: 'the full coach to be chosen' });
  // The tones down to nothing, with the keyboard as a person would, so that only the voice is recorded.
  const tones = await byRole(driver, 'slider', 'Volume of the tones');
  await tones.sendKeys(Key.HOME);
  await eventually(async () => (await tones.getAttribute('value')) === '0', { message: 'the tones to be silent' });
  await eventually(async () => (await driver.findElement({ css: 'body' }).getText()).includes('Saved.'), { message: 'the settings to be saved' });
  // The whole of the sound settings in the picture, as a person sees them when choosing.
  await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", await byRole(driver, 'group', 'Voice coach'));
  await screenshot(driver, 'voice-settings');

  await clickRole(driver, 'button', 'Today');
  await clickRole(driver, 'button', 'Start 2-minute reset', { timeout: 15000 });
  await clickRole(driver, 'button', 'Start');
  await byRole(driver, 'button', 'Pause');
  const started = Date.now();
  // A sound output is there, so the player has no "runs silently" note.
  assert.ok(!(await driver.findElement({ css: 'body' }).getText()).includes('runs silently'), 'a silent-routine note with sound available');
  await screenshot(driver, 'voice-player');
  // Then the eyes close: the window is closed the way its close button does it (Xvfb has no window manager), and
  // the rest of the routine is followed by ear alone. The session and its voice live in Rust, in the app, which
  // stays until the routine ends.
  await sleep(3000);
  execFileSync('python3', [join(root, 'scripts', 'close-window.py'), 'Limber'], { encoding: 'utf8' });
  await eventually(() => !windowShown(), { timeout: 10000, message: 'the window to close' });
  const closedAfter = (Date.now() - started) / 1000;
  // Without a window, the end of the routine is read from its record.
  await eventually(() => routineDone(), { timeout: 180000, message: 'the 2-minute reset to be recorded as done' });
  const took = (Date.now() - started) / 1000;
  assert.ok(took > 110, `the routine ran in real time (${took} s)`);
  console.log(`# the window closed ${closedAfter.toFixed(1)} s into the routine; its record came ${took.toFixed(1)} s in`);
  await sleep(3000);
  recorder.kill();
  await sleep(300);

  const planned = place(table());
  const spoken = planned.filter((p) => p.start !== null);
  const expected = merge(spoken.map((p) => ({
    from: p.start + clip(p.name).first, to: p.start + clip(p.name).last, names: [p.name],
  })));
  const found = recordedSegments();
  if (process.env.LIMBER_KEEP_CAPTURE) writeFileSync(process.env.LIMBER_KEEP_CAPTURE, readFileSync(capture));
  // The recording starts when parec does, before the app: align it on the first segment, then take the output's
  // constant latency out as the median offset.
  const offsets = found.map((f, i) => f.from - (expected[i]?.from ?? NaN));
  const sorted = [...offsets].sort((a, b) => a - b);
  const latency = sorted[Math.floor(sorted.length / 2)];
  const errors = offsets.map((o) => Math.round((o - latency) * 10000) / 10);
  console.log(`# ${spoken.length} phrases spoken, ${planned.length - spoken.length} dropped by the rule; `
    + `${expected.length} segments expected, ${found.length} recorded`);
  console.log(`# start error of each segment (ms, latency taken out): ${errors.join(' ')}`);
  console.log(`# segments expected at (s): ${expected.map((e) => `${e.names.join('+')}@${e.from.toFixed(2)}`).join(' ')}`);
  assert.equal(found.length, expected.length,
    `speech segments recorded at ${found.map((f) => f.from.toFixed(2)).join(' ')} s; expected ${expected.map((e) => `${e.names.join('+')}@${e.from.toFixed(2)}`).join(' ')}`);
  // The first clips play on a PulseAudio stream that has just started, which is heard with a shorter latency
  // than the steady one the median measures (the Rust voice_timing test saw the same: 57 ms "early" while the
  // sound thread started it 8.6 ms after its cue). On a loaded machine that lasted into the second clip, a
  // second after the first (both -67 to -71 ms, every later one within 17 ms; 2026-12-07). So the segments of
  // the stream's first 2.5 s are held to 100 ms, which no one can hear as early, and every later one to 20 ms.
  for (const [i, error] of errors.entries()) {
    const bound = expected[i].from - expected[0].from < 2.5 ? 100 : 20;
    assert.ok(Math.abs(error) <= bound, `segment ${i} (${expected[i].names.join(' + ')}) started ${error} ms from its cue`);
  }
});
