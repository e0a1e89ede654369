// A real notification service for tests: dunst on the test's session bus, with dbus-monitor writing every
// message of the org.freedesktop.Notifications interface to a log the test reads. Used by the reminder tests
// and the fault matrix; the runner is already inside dbus-run-session.
import { execFileSync, spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from './harness.mjs';

/** Whether some connection owns org.freedesktop.Notifications on the session bus. */
export function serviceOnBus() {
  const answer = execFileSync('dbus-send', [
    '--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.Notifications',
  ], { encoding: 'utf8' });
  return answer.includes('boolean true');
}

/**
 * Starts dbus-monitor (logging to `dir`/notifications.log) and dunst, and waits until dunst owns the service.
 * Returns { dunst, messages(), notifies(), stop() }: `messages()` are { header, time (ms), strings } in order,
 * `notifies()` the Notify calls as { summary, body, actions, time }.
 */
export async function startNotifications(dir) {
  const logPath = join(dir, 'notifications.log');
  const monitor = spawn('dbus-monitor', ["interface='org.freedesktop.Notifications'"], {
    stdio: ['ignore', openSync(logPath, 'w'), 'ignore'],
  });
  const dunst = spawn('dunst', [], { stdio: 'ignore' });
  await eventually(serviceOnBus, { timeout: 10000, message: 'dunst on the session bus' });
  const messages = () => {
    const messages = [];
    for (const line of readFileSync(logPath, 'utf8').split('\n')) {
      if (/^\S/.test(line)) {
        const time = /time=(\d+\.\d+)/.exec(line);
        messages.push({ header: line, time: time ? Number(time[1]) * 1000 : NaN, strings: [] });
      } else if (messages.length > 0) {
        const string = /^\s*string "(.*)"$/.exec(line);
        if (string) messages.at(-1).strings.push(string[1]);
      }
    }
    return messages;
  };
  // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, timeout): the strings in order are
  // app name, icon, summary, body, then the actions (and string hint values after them).
  const notifies = () => messages()
    .filter((m) => m.header.includes('member=Notify'))
    .map((m) => ({ summary: m.strings[2], body: m.strings[3], actions: m.strings.slice(4, 10), time: m.time, strings: m.strings }));
  const stop = () => {
    dunst.kill('SIGCONT');
    dunst.kill('SIGTERM');
    monitor.kill('SIGTERM');
  };
  return { dunst, messages, notifies, stop };
}
