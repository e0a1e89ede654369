import { call } from './call';

export const startup = {
  /** Tells Rust the instant (the page's wall clock, ms since the epoch) a screen became interactive, and when
   * the page began to load (`performance.timeOrigin`); Rust logs both for the footprint benchmark, which cannot
   * see into an app that limber-tray started. */
  interactive: (screen: 'player', atMs: number, originMs: number) =>
    call<void>('startup_interactive', { screen, atMs, originMs }),
};
