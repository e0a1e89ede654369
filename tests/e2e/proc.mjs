// The one reader of Linux's /proc for the end-to-end tests, the fault matrix and the benchmarks: which processes
// belong to one launch (found by the data directory they inherit), their names, parents, arguments, environment,
// memory (PSS and RSS) and CPU time. It only reads; it never signals a process. It uses Node's standard library
// alone, so the footprint benchmark's --running mode runs on a desktop without the tests' npm packages. Shell
// scripts (scripts/install-test.sh) run it as a program; see the end of the file.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Linux reports CPU times in USER_HZ ticks, which the kernel fixes at 100 for user space on every architecture
 * Limber ships for.
 */
export const TICKS_PER_SECOND = 100;

/** The pids of every process visible now. */
export function allPids() {
  return readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).map(Number);
}

/**
 * One process as `/proc/<pid>/stat` describes it: { pid, name, state, ppid, cpuTicks } (user + system time), or
 * null when it is gone.
 */
export function statOf(pid) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The name is in parentheses and may itself hold spaces or parentheses: the fields after the last ')' are fixed.
  const close = stat.lastIndexOf(')');
  const name = stat.slice(stat.indexOf('(') + 1, close);
  // After the name: state(0) ppid(1) ... utime(11) stime(12).
  const fields = stat.slice(close + 2).split(' ');
  return { pid, name, state: fields[0], ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
}

/** Whether the process runs: it exists and is not a zombie (one that has ended and waits to be reaped). */
export function alive(pid) {
  const stat = statOf(pid);
  return stat !== null && stat.state !== 'Z';
}

/** A process's name as the kernel keeps it (at most 15 characters: WebKitWebProcess reads "WebKitWebProces"). */
export function nameOf(pid) {
  return statOf(pid)?.name ?? '?';
}

/** The environment a process was started with, as an object; throws when it is gone or not ours to read. */
export function environOf(pid) {
  const environ = {};
  for (const pair of readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')) {
    const eq = pair.indexOf('=');
    if (eq > 0) environ[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return environ;
}

/** The program a process runs (the target of `/proc/<pid>/exe`), or null when it is gone or not ours to read. */
export function exeOf(pid) {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
}

/**
 * The live processes running this program, by its installed path (`/usr/bin/limber`), and, when `dataDir` is
 * given, only those started with that XDG_DATA_HOME.
 */
export function pidsRunning(exe, dataDir = null) {
  return allPids().filter((pid) => {
    if (exeOf(pid) !== exe || !alive(pid)) return false;
    if (dataDir === null) return true;
    try {
      return environOf(pid).XDG_DATA_HOME === dataDir;
    } catch {
      return false;
    }
  });
}

/** The arguments a process was started with, after the program. */
export function argsOf(pid) {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(1);
}

/** A `kB` line of `/proc/<pid>/smaps_rollup` in bytes; throws when the process is gone. */
function rollup(pid, field) {
  const line = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
  return Number(/(\d+)/.exec(line)[1]) * 1024;
}

/** The proportional set size of one process, in bytes: its private pages plus its share of pages it shares. */
export function pssOf(pid) {
  return rollup(pid, 'Pss');
}

/** The resident set size of one process, in bytes: every page it has in memory, shared ones counted whole. */
export function rssOf(pid) {
  return rollup(pid, 'Rss');
}

/** User + system CPU seconds one process has spent so far, or 0 when it is gone. */
export function cpuSecondsOf(pid) {
  return (statOf(pid)?.cpuTicks ?? 0) / TICKS_PER_SECOND;
}

/** The pid and every live descendant of it. */
export function tree(root) {
  const children = new Map();
  const states = new Map();
  for (const pid of allPids()) {
    const stat = statOf(pid);
    if (!stat) continue;
    states.set(pid, stat.state);
    if (!children.has(stat.ppid)) children.set(stat.ppid, []);
    children.get(stat.ppid).push(pid);
  }
  const members = [];
  const todo = [root];
  while (todo.length > 0) {
    const pid = todo.pop();
    if (states.has(pid) && states.get(pid) !== 'Z') members.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return members;
}

/**
 * The live processes of one launch, { pid, name } each: the app or limber-tray, the WebKit processes the app
 * started, and anything else started with this XDG_DATA_HOME (they all inherit the app's environment, so its data
 * directory tells them from other launches' processes).
 */
export function ours(dataDir) {
  const found = [];
  for (const pid of allPids()) {
    try {
      if (!readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`XDG_DATA_HOME=${dataDir}`)) continue;
      const stat = statOf(pid);
      if (stat && stat.state !== 'Z') found.push({ pid, name: stat.name });
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

/** The pids of one launch's processes with this name ('limber', 'limber-tray'). */
export function pidsNamed(dataDir, name) {
  return ours(dataDir).filter((p) => p.name === name).map((p) => p.pid);
}

/**
 * The pids of Limber's own processes started with this XDG_DATA_HOME: the app and, on Linux, the tray-only
 * process (`limber-tray`) it hands over to when its window closes; nobody else's.
 */
export function appPids(dataDir) {
  return ours(dataDir).filter((p) => p.name === 'limber' || p.name === 'limber-tray').map((p) => p.pid);
}

/** The clock a process runs on: its FAKETIME offset and TZ, and whether libfaketime is loaded in it. */
export function clockOf(pid) {
  const environ = environOf(pid);
  const maps = readFileSync(`/proc/${pid}/maps`, 'utf8');
  return { faketime: environ.FAKETIME ?? null, tz: environ.TZ ?? null, preloaded: /\/libfaketime(MT)?\.so/.test(maps) };
}

/**
 * PSS over a process tree: { total, parts }, parts being { name, pid, pss } for each process, largest first.
 * A process that ends while it is read counts as 0.
 */
export function memoryOfTree(root) {
  const parts = tree(root).map((pid) => {
    let pss = 0;
    try { pss = pssOf(pid); } catch { /* ended meanwhile */ }
    return { name: nameOf(pid), pid, pss };
  });
  parts.sort((a, b) => b.pss - a.pss);
  return { total: parts.reduce((sum, part) => sum + part.pss, 0), parts };
}

/** The largest contributors to one process's PSS by mapped file (anonymous memory as "[anon]"): [[name, bytes]]. */
export function mappingsOf(pid, top = 6) {
  const totals = new Map();
  let current = '[anon]';
  let smaps;
  try {
    smaps = readFileSync(`/proc/${pid}/smaps`, 'utf8');
  } catch {
    return [];
  }
  for (const line of smaps.split('\n')) {
    const head = line.split(/\s+/).filter(Boolean);
    if (head.length === 0) continue;
    if (head[0].includes('-') && !head[0].endsWith(':') && head.length >= 5) {
      // A mapping's header: address, permissions, offset, device, inode and, for a file, its path.
      const path = head.length >= 6 ? head.slice(5).join(' ') : '[anon]';
      current = path.startsWith('/') ? basename(path) : path;
    } else if (head[0] === 'Pss:') {
      totals.set(current, (totals.get(current) ?? 0) + Number(head[1]) * 1024);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
}

/** CPU seconds of every live process in a tree: a Map pid -> { name, seconds }. */
export function cpuOfTree(root) {
  const spent = new Map();
  for (const pid of tree(root)) {
    const stat = statOf(pid);
    if (stat) spent.set(pid, { name: stat.name, seconds: stat.cpuTicks / TICKS_PER_SECOND });
  }
  return spent;
}

/**
 * CPU seconds spent between two snapshots of `cpuOfTree`: { total, byName: [[name, seconds]] largest first }. A
 * process that started in between counts from zero; one that ended in between is lost (its time is no longer
 * visible).
 */
export function cpuBetween(before, after) {
  const byName = new Map();
  let total = 0;
  for (const [pid, { name, seconds }] of after) {
    const spent = seconds - (before.get(pid)?.seconds ?? 0);
    total += spent;
    byName.set(name, (byName.get(name) ?? 0) + spent);
  }
  return { total, byName: [...byName].sort((a, b) => b[1] - a[1]) };
}

/** The one-minute load average. */
export function loadAverage() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
}

// As a program, for shell scripts, which then need no /proc parsing of their own:
//   node tests/e2e/proc.mjs pids EXE [DATA_DIR]   the live processes running EXE (with that XDG_DATA_HOME), a pid a line
//   node tests/e2e/proc.mjs pss PID               its PSS in kB (nothing, and status 1, when it is gone)
//   node tests/e2e/proc.mjs args PID              its arguments after the program, separated by spaces
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, first, second] = process.argv.slice(2);
  try {
    if (command === 'pids' && first) {
      for (const pid of pidsRunning(first, second ?? null)) console.log(pid);
    } else if (command === 'pss' && first) {
      console.log(Math.round(pssOf(Number(first)) / 1024));
    } else if (command === 'args' && first) {
      console.log(argsOf(Number(first)).join(' '));
    } else {
      console.error('usage: node proc.mjs pids EXE [DATA_DIR] | pss PID | args PID');
      process.exitCode = 2;
    }
  } catch {
    // The process is gone, or not ours to read.
    process.exitCode = 1;
  }
}
