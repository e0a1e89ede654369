// Reminders, start at login, and the screens Rust asks the window to show (a reminder's "Start now", the tray,
// `limber start <routine>`). Every time shown here comes from Rust; nothing is computed in the UI.
import { call, on, type UnlistenFn } from './call';
import type { DayOfWeek } from './bindings/DayOfWeek';
import type { NavigateRequest } from './bindings/NavigateRequest';
import type { NextKind } from './bindings/NextKind';
import type { NextReminder } from './bindings/NextReminder';
import type { Notice } from './bindings/Notice';
import type { QuietHours } from './bindings/QuietHours';
import type { Reminder } from './bindings/Reminder';
import type { ReminderChoice } from './bindings/ReminderChoice';
import type { ReminderOverview } from './bindings/ReminderOverview';
import type { ReminderSetup } from './bindings/ReminderSetup';
import type { ReminderStatus } from './bindings/ReminderStatus';
import type { ReminderToday } from './bindings/ReminderToday';
import type { RoutineStatus } from './bindings/RoutineStatus';
import type { TimeRule } from './bindings/TimeRule';

export type {
  DayOfWeek,
  NavigateRequest,
  NextKind,
  NextReminder,
  Notice,
  QuietHours,
  Reminder,
  ReminderChoice,
  ReminderOverview,
  ReminderSetup,
  ReminderStatus,
  ReminderToday,
  RoutineStatus,
  TimeRule,
};

export const reminders = {
  /** The settings, one choice per routine, and where reminders stand. */
  overview: () => call<ReminderOverview>('reminder_overview'),
  /** Validates and stores the settings, wakes the scheduler, and returns the new overview. */
  save: (setup: ReminderSetup) => call<ReminderOverview>('reminder_settings_set', { setup }),
  /** Pauses (or resumes) today's reminders. */
  pauseToday: (paused: boolean) => call<ReminderOverview>('reminders_pause_today', { paused }),
  /** Shows a reminder again after the snooze length. */
  snooze: (routineId: string, day: string) => call<void>('reminder_snooze', { routineId, day }),
  /** A reminder Rust could not show as a desktop notification, for the in-window banner. */
  onBanner: (handler: (notice: Notice) => void): Promise<UnlistenFn> => on('reminders://banner', handler),
};

export const autostart = {
  get: () => call<boolean>('autostart_get'),
  /** Returns the state now in force. */
  set: (enabled: boolean) => call<boolean>('autostart_set', { enabled }),
};

/** Closes the window (Limber keeps running in the tray); for a Ctrl+W shortcut. */
export const closeWindow = () => call<void>('window_close');

/**
 * Calls `handler` whenever Rust asks for a screen (`navigate` event), and once at start for a request made
 * while this window was still loading (a reminder clicked while the window was closed, `limber start`).
 * Resolves with the function that unsubscribes once it listens and that request, if any, has been handed to
 * `handler`: the app waits for it before it draws a first screen, so that it opens on the asked-for screen
 * without drawing the home screen first.
 */
export async function onNavigate(handler: (request: NavigateRequest) => void): Promise<UnlistenFn> {
  const unlisten = await on<NavigateRequest>('navigate', (request) => {
    handler(request);
    // The request was delivered; drop its stored copy so a later reload does not repeat it.
    call<NavigateRequest | null>('navigation_take').catch(() => undefined);
  });
  // Listening first, then taking: a request made in between arrives as the event, and is not lost.
  const pending = await call<NavigateRequest | null>('navigation_take').catch(() => null);
  if (pending) handler(pending);
  return unlisten;
}
