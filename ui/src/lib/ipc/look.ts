import { call } from './call';
import type { Appearance } from './bindings/Appearance';
import type { LookView } from './bindings/LookView';
import type { Theme } from './bindings/Theme';

export type { Appearance, LookView, Theme };

export const look = {
  /** The chosen appearance, the look in force now and how long until it may change (Rust decides). */
  now: () => call<LookView>('look_now'),
  /** Stores a new appearance; returns the look it gives now. */
  set: (appearance: Appearance) => call<LookView>('appearance_set', { appearance }),
};
