// The end-to-end harness: starts tauri-driver for one test file with a fresh data directory, opens a
// WebDriver session on the real `target/debug/limber`, finds controls by role and accessible name, and
// saves screenshots to target/e2e/screenshots/.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import net from 'node:net';
import { Builder, By, until, error as seleniumError } from 'selenium-webdriver';
import { assertOnPinnedClock } from './clock.mjs';
import { appPids, clockOf, ours } from './proc.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binary = process.env.LIMBER_BINARY ?? join(root, 'target', 'debug', 'limber');
// A file run at a hostile instant keeps its screenshots apart (target/e2e/screenshots/<instant>/), so the runs at
// different instants do not overwrite each other; the ordinary run and an unpinned one write to the folder itself.
const instantName = process.env.LIMBER_E2E_INSTANT;
export const screenshotDir = instantName && instantName !== 'ordinary'
  ? join(root, 'target', 'e2e', 'screenshots', instantName)
  : join(root, 'target', 'e2e', 'screenshots');

/** The ports this process has handed out: the OS may offer a port again once it is closed. */
const handedOut = new Set();

/**
 * Each lane of tests/run-e2e.mjs (LIMBER_E2E_LANE, 0 or more) takes its ports from a block of its own below
 * Linux's ephemeral range (32768 and up), so two lanes never get the same port, and no client socket the OS
 * opens meanwhile can take one: lane 0 takes 20000–23999, lane 1 24000–27999, and so on. Without a lane (a
 * file run by hand, the benchmark), the OS picks.
 */
const LANE = /^\d+$/.test(process.env.LIMBER_E2E_LANE ?? '') ? Number(process.env.LIMBER_E2E_LANE) : null;
const LANE_BLOCK = 4000;
// Where in the block this file starts: files of one lane run one after another, each in a new process.
let nextInLane = Math.floor(Math.random() * LANE_BLOCK);

/** Whether 127.0.0.1:port can be listened on now; `0` asks the OS for any port. Resolves the port, or null. */
function tryListen(port) {
  return new Promise((ok) => {
    const server = net.createServer();
    server.unref();
    server.on('error', () => ok(null));
    server.listen(port, '127.0.0.1', () => {
      const { port: found } = server.address();
      server.close(() => ok(found));
    });
  });
}

/**
 * A port on 127.0.0.1 that is free now and that this process has not handed out before. The OS may offer a
 * just-closed port again, and two programs given the same port fail to connect (two Syncthing instances once
 * both got one and never met).
 */
export async function freePort() {
  if (LANE !== null) {
    const base = 20000 + (LANE % 3) * LANE_BLOCK;
    for (let tries = 0; tries < LANE_BLOCK; tries += 1) {
      const port = base + (nextInLane % LANE_BLOCK);
      nextInLane += 1;
      if (!handedOut.has(port) && await tryListen(port) === port) {
        handedOut.add(port);
        return port;
      }
    }
    throw new Error(`no free port left in lane ${LANE}'s block from ${base}`);
  }
  for (;;) {
    const port = await tryListen(0);
    if (port === null) throw new Error('the OS offered no free port on 127.0.0.1');
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((ok) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); ok(true); });
      socket.on('error', () => ok(false));
    });
    if (open) return;
    await sleep(50);
  }
  throw new Error(`tauri-driver did not listen on port ${port} within ${timeoutMs} ms`);
}

/**
 * On a pinned run, checks that every process of this test (the app or limber-tray and the app's WebKit
 * processes) runs on the test's own fake clock: the same FAKETIME offset and zone, with libfaketime loaded.
 * With a WebDriver session it also reads the clock and the zone inside the page (the WebKitWebProcess), which
 * must agree with this process's. Returns the names of the processes checked.
 */
export async function assertSharedClock(dataDir, driver = null) {
  if (!process.env.FAKETIME) return [];
  const expected = { faketime: process.env.FAKETIME, tz: process.env.TZ ?? null, preloaded: true };
  const checked = [];
  for (const { pid, name } of ours(dataDir)) {
    let clock;
    try { clock = clockOf(pid); } catch { continue; /* ended meanwhile */ }
    if (JSON.stringify(clock) !== JSON.stringify(expected)) {
      throw new Error(`${name} (pid ${pid}) runs on another clock: ${JSON.stringify(clock)}, expected ${JSON.stringify(expected)}`);
    }
    checked.push(name);
  }
  if (driver) {
    const before = Date.now();
    const page = await driver.executeScript(
      'return [Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone, new Date().getTimezoneOffset()]',
    );
    const after = Date.now();
    if (page[0] < before - 1000 || page[0] > after + 1000) {
      throw new Error(`the page's clock reads ${new Date(page[0]).toISOString()}, this test's ${new Date(after).toISOString()}`);
    }
    if (page[1] !== (process.env.TZ ?? page[1]).replace(/^:/, '')) {
      throw new Error(`the page's zone is ${page[1]}, not ${process.env.TZ}`);
    }
    if (page[2] !== new Date().getTimezoneOffset()) {
      throw new Error(`the page's UTC offset is ${-page[2]} min, this test's ${-new Date().getTimezoneOffset()} min`);
    }
    checked.push('page');
  }
  return checked;
}

/** Ends the app processes of one data directory: SIGTERM, then SIGKILL after 3 s. */
export async function endApps(dataDir) {
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    const pids = appPids(dataDir);
    if (pids.length === 0) return;
    for (const pid of pids) {
      try { process.kill(pid, signal); } catch { /* already gone */ }
    }
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline && appPids(dataDir).length > 0) await sleep(100);
  }
}

/**
 * A temporary home with its own XDG folders, HOME included, so nothing the app writes outside the XDG dirs (an
 * autostart entry, ALSA or GTK state) lands in the real home of whoever runs the tests: { dir, env, dataDir }.
 */
export function tempHome(prefix = 'limber-e2e-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const env = {
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    XDG_STATE_HOME: join(dir, 'state'),
    HOME: join(dir, 'home'),
  };
  for (const path of Object.values(env)) mkdirSync(path, { recursive: true });
  return { dir, env, dataDir: env.XDG_DATA_HOME };
}

/**
 * Starts Limber through tauri-driver and opens a WebDriver session on it. `env` adds variables (e.g.
 * LIMBER_TIME_SCALE) and `args` are the app's arguments. `prepare({ env, home, dataDir })`, if given, runs after
 * the data dirs exist and before the app starts, with the environment the app will get (e.g. to seed data with
 * `limber import`). `skipWelcome: true` clicks "Skip setup" when a fresh data directory opens on the first-run
 * flow, for tests about other screens. `app` is the program to start (the debug build by default; the footprint
 * benchmark starts the release build through a wrapper). `home` is a home from `tempHome()` to start in again
 * (the benchmark's returning user); without it each launch gets a fresh one, which `close` removes.
 * Returns { driver, home, dataDir, close }.
 */
export async function launch({ env = {}, args = [], prepare = null, skipWelcome = false, app = binary, home: given = null } = {}) {
  const { dir: home, env: xdg } = given ?? tempHome();
  const removeHome = () => {
    if (!given) rmSync(home, { recursive: true, force: true, maxRetries: 5 });
  };
  if (prepare) {
    try {
      await prepare({ env: { ...process.env, ...xdg, ...env }, home, dataDir: xdg.XDG_DATA_HOME });
    } catch (error) {
      removeHome();
      throw error;
    }
  }
  // A test may put the data elsewhere (on a small file system, say): the processes are found by the data
  // folder they really use.
  const dataDir = env.XDG_DATA_HOME ?? xdg.XDG_DATA_HOME;
  // A new session that WebKitWebDriver never answers (seen about once in a few hundred launches on a loaded
  // machine: no page-load limit covers session creation) is given up after LAUNCH_LIMIT_MS, its processes are
  // ended, and the launch is tried once more on new ports; a second hang fails with a TimeoutError, which
  // tests/run-e2e.mjs treats as WebDriver's hang and runs the file once more.
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await launchOnce({ env, args, skipWelcome, app, home, xdg, dataDir, removeHome });
      } catch (error) {
        if (!error?.sessionHang || attempt >= 2) throw error;
        console.log(`# ${error.message}; launching once more`);
      }
    }
  } catch (error) {
    removeHome();
    throw error;
  }
}

/** How long a new WebDriver session (the app started and its page loaded) may take. */
const LAUNCH_LIMIT_MS = 90_000;

/** selenium's own TimeoutError (so it reads as WebDriver's hang in the file's output), marked as a session's. */
function sessionHang(message) {
  const hang = new seleniumError.TimeoutError(message);
  hang.sessionHang = true;
  return hang;
}

async function launchOnce({ env, args, skipWelcome, app, home, xdg, dataDir, removeHome }) {
  const port = await freePort();
  const nativePort = await freePort();
  const driverBin = process.env.TAURI_DRIVER ?? 'tauri-driver';
  // Its own process group, so that tauri-driver and the WebKitWebDriver it starts end together.
  const child = spawn(driverBin, ['--port', String(port), '--native-port', String(nativePort)], {
    env: { ...process.env, ...xdg, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const killDriver = (signal) => {
    try { process.kill(-child.pid, signal); } catch { /* already gone */ }
  };
  const exited = new Promise((ok) => child.on('exit', ok));
  try {
    await waitForPort(port, 10_000);
    const session = new Builder()
      .withCapabilities({
        browserName: 'wry',
        'tauri:options': { application: app, args },
        // A launch takes a few seconds. When WebKitWebDriver stops answering one (about once in forty file runs
        // on a loaded machine), the W3C default page-load limit of 300 s is what ends it; a minute fails it
        // sooner, and tests/run-e2e.mjs runs the file once more.
        timeouts: { pageLoad: 60_000 },
      })
      .usingServer(`http://127.0.0.1:${port}/`)
      .build();
    let timer;
    const hung = new Promise((_, fail) => {
      timer = setTimeout(() => fail(sessionHang(
        `WebKitWebDriver did not open a session on the app within ${LAUNCH_LIMIT_MS / 1000} s`)), LAUNCH_LIMIT_MS);
    });
    let driver;
    try {
      driver = await Promise.race([session, hung]);
    } catch (error) {
      // The abandoned request rejects once its driver is killed below: nobody waits for it any more.
      Promise.resolve(session).catch(() => {});
      throw error;
    } finally {
      clearTimeout(timer);
    }
    if (skipWelcome) {
      const skip = await byRole(driver, 'button', 'Skip setup', { timeout: 15000 });
      await skip.click();
      await byRole(driver, 'navigation', 'Main', { timeout: 5000 });
    }
    if (process.env.FAKETIME) {
      // The app and its web process must read the test's pinned clock, or every date below is the machine's;
      // so must this process, which computes what the tests expect.
      assertOnPinnedClock();
      const checked = await eventually(async () => {
        const names = await assertSharedClock(dataDir, driver);
        // /proc's comm holds 15 characters: WebKitWebProcess reads "WebKitWebProces".
        return names.includes('limber') && names.includes('WebKitWebProces') ? names : null;
      }, { timeout: 15000, message: 'the app and its web process to be seen on the pinned clock' });
      if (process.env.LIMBER_E2E_VERBOSE) console.log(`# pinned clock shared by: ${checked.join(', ')}`);
    }
    const close = async () => {
      try { await driver.quit(); } catch { /* the app may already be gone */ }
      killDriver('SIGTERM');
      const ended = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
      if (!ended) killDriver('SIGKILL');
      // Closing the window keeps Limber running in the tray (the app, or limber-tray it handed over to, or a
      // new app that one started), so end this test's processes (found by their data dir).
      await endApps(dataDir);
      removeHome();
    };
    return { driver, home, dataDir, close };
  } catch (error) {
    killDriver('SIGKILL');
    // The app the hung session started, if any.
    await endApps(dataDir);
    throw error;
  }
}

// Role and accessible-name lookup, computed in the page the way assistive technology would see it for
// the elements Limber uses. Tests use only this, never CSS classes, so they break when a control loses
// its name.
const FIND_BY_ROLE = `
const [role, name, exact] = arguments;
const selectors = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"]',
  link: 'a[href], [role="link"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  textbox: 'input:not([type]), input[type="text"], input[type="search"], textarea, [role="textbox"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"], [role="switch"]',
  radio: 'input[type="radio"], [role="radio"]',
  slider: 'input[type="range"], [role="slider"]',
  spinbutton: 'input[type="number"], [role="spinbutton"]',
  combobox: 'select, [role="combobox"]',
  list: 'ul, ol, [role="list"]',
  listitem: 'li, [role="listitem"]',
  img: 'img, svg[role="img"], [role="img"]',
  dialog: 'dialog, [role="dialog"], [role="alertdialog"]',
  alert: '[role="alert"]',
  status: '[role="status"], output',
  region: 'section[aria-label], section[aria-labelledby], [role="region"]',
  progressbar: 'progress, [role="progressbar"]',
  timer: '[role="timer"]',
  tab: '[role="tab"]',
  navigation: 'nav, [role="navigation"]',
  main: 'main, [role="main"]',
  group: 'fieldset, [role="group"], [role="radiogroup"]',
  table: 'table, [role="table"]',
};
const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
function textOf(el) {
  if (el.nodeType === Node.TEXT_NODE) return el.textContent;
  if (el.nodeType !== Node.ELEMENT_NODE) return '';
  if (el.getAttribute('aria-hidden') === 'true') return '';
  if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label');
  return Array.from(el.childNodes).map(textOf).join(' ');
}
function accessibleName(el) {
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) {
    return norm(labelledby.split(/\\s+/).map((id) => {
      const ref = document.getElementById(id);
      return ref ? textOf(ref) : '';
    }).join(' '));
  }
  if (el.hasAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
  if (el.id) {
    const label = document.querySelector('label[for="' + CSS.escape(el.id) + '"]');
    if (label) return norm(textOf(label));
  }
  const wrapping = el.closest('label');
  if (wrapping && el.matches('input, select, textarea')) return norm(textOf(wrapping));
  if (el.matches('fieldset')) {
    const legend = el.querySelector('legend');
    if (legend) return norm(textOf(legend));
  }
  if (el.matches('input[type="button"], input[type="submit"]')) return norm(el.value);
  if (el.matches('button, a, h1, h2, h3, h4, h5, h6, li, [role="button"], [role="link"], [role="tab"], [role="heading"], [role="checkbox"], [role="radio"], [role="switch"], label, option, td, th')) {
    return norm(textOf(el));
  }
  return norm(el.getAttribute('title'));
}
function visible(el) {
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  return !el.closest('[hidden], [inert]');
}
const candidates = Array.from(document.querySelectorAll(selectors[role] || ('[role="' + role + '"]')));
return candidates.filter((el) => {
  if (!visible(el)) return false;
  if (name === null) return true;
  const actual = accessibleName(el);
  return exact ? actual === name : actual.includes(name);
});
`;

/** All elements with this role whose accessible name is (or, with exact=false, contains) `name`. */
export async function allByRole(driver, role, name = null, { exact = true } = {}) {
  // WebKitWebDriver turns the found elements into references after the script has returned; a re-render in
  // between (a screen that changes as the test reads it, such as the end screen going home) makes one stale.
  // A read is safe to repeat: look again.
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await driver.executeScript(FIND_BY_ROLE, role, name, exact);
    } catch (error) {
      if (error?.name !== 'StaleElementReferenceError' || attempt >= 4) throw error;
      await sleep(100);
    }
  }
}

/** Waits up to `timeout` ms for exactly one matching element and returns it. */
export async function byRole(driver, role, name = null, { exact = true, timeout = 5000 } = {}) {
  const deadline = Date.now() + timeout;
  let found = [];
  while (Date.now() < deadline) {
    found = await allByRole(driver, role, name, { exact });
    if (found.length === 1) return found[0];
    if (found.length > 1) throw new Error(`${found.length} elements with role ${role} and name ${JSON.stringify(name)}`);
    await sleep(100);
  }
  throw new Error(`no element with role ${role} and name ${JSON.stringify(name)} within ${timeout} ms`);
}

/**
 * Waits until `predicate()` resolves truthy and returns its value, polling every `interval` ms (100 by default;
 * the footprint benchmark polls faster where it times what it waits for). A predicate that throws counts as not
 * yet.
 */
export async function eventually(predicate, { timeout = 5000, message = 'condition', interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await predicate();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await sleep(interval);
  }
  throw new Error(`timed out waiting for ${message} (last: ${last})`);
}

/**
 * WebDriver's screenshot, made safe for a window that draws without compositing (src-tauri/src/window.rs): there
 * WebKitWebDriver (2.50) answers a screenshot only after the page's next repaint, and a still page (a paused
 * player) never repaints, so the call waited for ever. A few invisible one-pixel changes, scheduled before the
 * call, give it that repaint.
 */
export async function takeScreenshot(driver) {
  await driver.executeScript(`
    const nudge = () => {
      const dot = document.createElement('div');
      dot.setAttribute('aria-hidden', 'true');
      dot.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0.01;pointer-events:none';
      document.body.appendChild(dot);
      requestAnimationFrame(() => requestAnimationFrame(() => dot.remove()));
    };
    for (const ms of [50, 150, 400, 1000]) setTimeout(nudge, ms);
  `);
  return driver.takeScreenshot();
}

/** Saves a PNG of the window to target/e2e/screenshots/<name>.png. */
export async function screenshot(driver, name) {
  mkdirSync(screenshotDir, { recursive: true });
  // WebKit under Xvfb hands back the last frame it painted; let it paint the current DOM first, or the picture
  // shows the screen before the last click.
  await driver.executeAsyncScript(
    'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));',
  );
  await sleep(250);
  const png = await takeScreenshot(driver);
  const path = join(screenshotDir, `${name}.png`);
  writeFileSync(path, Buffer.from(png, 'base64'));
  return path;
}

export { By, until, sleep };

// The accessibility engine's source, read once from tests/node_modules (never fetched from a network) and
// injected into the page by `audit`.
let axeSource = null;
function axe() {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** The WCAG 2.1 A and AA rules: what Limber promises (issue 18). */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const RUN_AXE = `
const done = arguments[arguments.length - 1];
const tags = arguments[0];
window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
  .then((result) => done({ violations: result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html.slice(0, 160) })),
  })), passes: result.passes.length, incomplete: result.incomplete.map((v) => ({
    id: v.id, nodes: v.nodes.length,
    why: v.nodes.map((n) => n.target.join(' ') + ': ' + (n.any[0] || n.all[0] || n.none[0] || {}).message),
  })) }))
  .catch((error) => done({ error: String(error && error.stack || error) }));
`;

// WCAG 2.1's 1.4.11 (non-text contrast), which axe does not check: the edge that shows where a form control is
// (its border, or its own background where that differs from what is behind it) needs 3:1 against the colour
// behind the control. A button is named by its words, so only fields, lists, check boxes and radio buttons are
// measured; disabled ones are exempt, as WCAG says. Colours are computed: each ancestor's background is laid
// over the one below it (the page's canvas is white). A range slider is drawn by the toolkit, not by CSS, so it is
// left to the eye (the screenshots).
const NON_TEXT_CONTRAST = `
const parse = (css) => {
  let m = /^rgba?\\(([^)]*)\\)$/.exec(css);
  if (m) {
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  m = /^color\\(srgb ([^)]*)\\)$/.exec(css);
  if (m) {
    const p = m[1].split(/[\\s\\/]+/).filter(Boolean).map(Number);
    return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1];
  }
  return [0, 0, 0, 0];
};
const over = (top, below) => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + below[i] * (1 - a)).concat(1);
};
const backgroundBehind = (el) => {
  const chain = [];
  for (let e = el; e; e = e.parentElement) chain.push(parse(getComputedStyle(e).backgroundColor));
  return chain.reverse().reduce((below, top) => over(top, below), [255, 255, 255, 1]);
};
const lum = (c) => {
  const [r, g, b] = c.slice(0, 3).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a, b) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
const hex = (c) => '#' + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.type ? '[type=' + el.type + ']' : '')
  + (el.getAttribute('aria-label') ? '[aria-label="' + el.getAttribute('aria-label') + '"]' : '');
const failures = [];
const controls = document.querySelectorAll('input:not([type=hidden]):not([type=range]):not([type=button]):not([type=submit]), select, textarea');
for (const el of controls) {
  if (el.disabled || el.closest('[inert], [hidden]')) continue;
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
  const behind = backgroundBehind(el.parentElement);
  const own = over(parse(style.backgroundColor), behind);
  let best = ratio(own, behind);
  let edge = 'background ' + hex(own);
  const width = parseFloat(style.borderTopWidth);
  if (width > 0 && style.borderTopStyle !== 'none') {
    const border = over(parse(style.borderTopColor), behind);
    const r = ratio(border, behind);
    if (r > best) { best = r; edge = 'border ' + hex(border); }
  }
  if (best < 3) failures.push({ target: describe(el), summary: edge + ' on ' + hex(behind) + ' is ' + best.toFixed(2) + ':1' });
}
return failures;
`;

/**
 * Runs axe-core on the page as it is now, against WCAG 2.1 A and AA, and throws with a readable list (rule id,
 * impact, target selector, axe's failure summary) when anything is violated. Every <details> is opened first, so
 * what it holds is checked too. `name` says which screen and look this is, in the error and in
 * target/e2e/screenshots/a11y-<name>.png. It also measures the edges of form controls (1.4.11, above), which axe
 * leaves out. Returns the rules axe could not decide ("incomplete": { id, nodes }), which
 * need a person's eye (LIMBER_E2E_VERBOSE=1 prints them).
 */
export async function audit(driver, name, { openDetails = true, shot = true } = {}) {
  if (openDetails) await driver.executeScript('document.querySelectorAll("details").forEach((d) => { d.open = true; })');
  const loaded = await driver.executeScript('return typeof window.axe === "object"');
  if (!loaded) await driver.executeScript(`${axe()}\n;return typeof window.axe;`);
  // A frame for the page to settle (an opened <details>, a transition) before axe reads colours and layout.
  await driver.executeAsyncScript(
    'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));',
  );
  const result = await driver.executeAsyncScript(RUN_AXE, WCAG_21_AA);
  if (shot) await screenshot(driver, `a11y-${name}`);
  if (result.error) throw new Error(`axe could not run on ${name}: ${result.error}`);
  // A page on which no rule passed was not really checked (an empty page, or axe run on the wrong document).
  if (result.passes === 0) throw new Error(`axe found nothing to check on ${name}`);
  if (process.env.LIMBER_E2E_VERBOSE) {
    const undecided = result.incomplete.map((v) => `${v.id}×${v.nodes}`).join(', ') || 'none';
    console.log(`# axe on ${name}: ${result.passes} rules passed, ${result.violations.length} violated; undecided: ${undecided}`);
    for (const v of result.incomplete) for (const why of v.why) console.log(`#   ${v.id} undecided at ${why}`);
  }
  const faint = await driver.executeScript(NON_TEXT_CONTRAST);
  if (faint.length > 0) {
    result.violations.push({
      id: 'non-text-contrast', impact: 'serious', help: 'Form controls need a 3:1 edge (WCAG 2.1 1.4.11; not an axe rule)',
      nodes: faint.map(({ target, summary }) => ({ target, summary, html: '' })),
    });
  }
  if (result.violations.length > 0) {
    const lines = result.violations.flatMap((v) => [
      `- ${v.id} (${v.impact}): ${v.help}`,
      ...v.nodes.map((n) => `    at ${n.target}: ${n.summary.replace(/\s+/g, ' ')}${n.html ? `\n      ${n.html}` : ''}`),
    ]);
    const count = result.violations.reduce((sum, v) => sum + v.nodes.length, 0);
    throw new Error(`${count} WCAG 2.1 AA violation(s) on ${name}:\n${lines.join('\n')}`);
  }
  return result.incomplete;
}

/**
 * Finds a control by role and accessible name and clicks it. A re-render between finding and clicking
 * (a Rust event arriving) makes the found node stale; then it is looked up again, a few times.
 */
export async function clickRole(driver, role, name, options = {}) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const element = await byRole(driver, role, name, options);
      await element.click();
      return;
    } catch (error) {
      if (error?.name !== 'StaleElementReferenceError' || attempt >= 4) throw error;
      await sleep(100);
    }
  }
}

/** The text of every visible element with its own text that is wider than its box: [{ text, scroll, client }]. */
export async function cutOff(driver) {
  return driver.executeScript(`
    const out = [];
    for (const el of document.querySelectorAll('nav *, main *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.display === 'inline' || style.visibility === 'hidden') continue;
      // Words only a screen reader reads are clipped to a pixel on purpose.
      if (el.closest('.visually-hidden')) continue;
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      if (!own && !el.matches('select, button, input')) continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        out.push({ text: el.textContent.trim().slice(0, 80), scroll: el.scrollWidth, client: el.clientWidth });
      }
    }
    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth + 1) out.push({ text: '(the page)', scroll: page.scrollWidth, client: page.clientWidth });
    return out;
  `);
}
