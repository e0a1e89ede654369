import { call } from './call';

export const startup = {
  /** Tells Rust the instant (the page's wall clock, ms since the epoch) a screen became interactive; Rust
   * logs it for the footprint benchmark, which cannot see into an app that limber-tray started. */
  interactive: (screen: 'player', atMs: number) => call<void>('startup_interactive', { screen, atMs }),
};
