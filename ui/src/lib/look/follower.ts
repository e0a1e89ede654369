// Shows the look Rust decides and asks again exactly when Rust says it may change: one timer, no polling.
// The settings screen hands over the look a save returned, so a new theme shows at once; the app also asks
// again when it comes back into view (a machine that slept may have missed the timer's instant) and after a
// screen change (a new bedtime reminder or day boundary moves the night).
import type { LookView, Theme } from '../ipc';

/** The longest delay a browser timer takes (about 24.8 days); a later change is asked about again then. */
export const MAX_DELAY_MS = 2_147_483_647;

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(id: unknown): void;
}

const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export class LookFollower {
  current: LookView | null = null;
  private timer: unknown = null;
  private listeners = new Set<(view: LookView) => void>();

  constructor(
    private fetch: () => Promise<LookView>,
    private apply: (theme: Theme) => void,
    private timers: Timers = browserTimers,
  ) {}

  /** Shows `view` now and sets the one timer for its next change. */
  show(view: LookView) {
    this.current = view;
    this.apply(view.look);
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    if (view.nextChangeInMs !== null) {
      this.timer = this.timers.set(() => {
        this.timer = null;
        void this.refresh();
      }, Math.min(Math.max(view.nextChangeInMs, 1), MAX_DELAY_MS));
    }
    for (const listener of this.listeners) listener(view);
  }

  /** Asks Rust again. A failed answer keeps the look shown (a theme is never worth an error on screen). */
  async refresh(): Promise<void> {
    try {
      this.show(await this.fetch());
    } catch {
      // The look stays as it is; the next screen change or return to view asks again.
    }
  }

  /** Calls `listener` with every look shown from now on; returns the way to stop. */
  subscribe(listener: (view: LookView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stop() {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }
}

/** Whether a theme is a dark one: dark and night are; the system's is what the desktop says. */
export function schemeOf(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  if (theme === 'dark' || theme === 'night') return 'dark';
  if (theme === 'light') return 'light';
  return systemDark ? 'dark' : 'light';
}

/**
 * Puts a theme on the page: the root element's data-theme, which app.css reads, and data-scheme (light or
 * dark), which components with colours of their own read instead of the system's prefers-color-scheme (that
 * follows the desktop, not the theme chosen here). Only changes are written, so observers of the attributes
 * (the charts) redraw only for a new look.
 */
export function applyTheme(root: HTMLElement, theme: Theme, systemDark: boolean) {
  const scheme = schemeOf(theme, systemDark);
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
  if (root.dataset.scheme !== scheme) root.dataset.scheme = scheme;
}
