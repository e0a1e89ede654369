// The app's one look follower, shared by App.svelte (which starts it) and the appearance settings (which
// hand it the look a save returns).
import { look } from '../ipc';
import { LookFollower, applyTheme } from './follower';

const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

export const lookFollower = new LookFollower(look.now, (theme) =>
  applyTheme(document.documentElement, theme, systemDark()),
);

/**
 * Starts following: the system's look until Rust answers, then Rust's; a change of the desktop's light or dark
 * setting is followed while the theme is the system's. Returns the clean-up.
 */
export function followLook(): () => void {
  applyTheme(document.documentElement, lookFollower.current?.look ?? 'system', systemDark());
  void lookFollower.refresh();
  const scheme = window.matchMedia('(prefers-color-scheme: dark)');
  const onScheme = () => applyTheme(document.documentElement, lookFollower.current?.look ?? 'system', systemDark());
  scheme.addEventListener('change', onScheme);
  const onVisible = () => {
    // A machine that slept may have slept through the timer's instant.
    if (document.visibilityState === 'visible') void lookFollower.refresh();
  };
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    scheme.removeEventListener('change', onScheme);
    document.removeEventListener('visibilitychange', onVisible);
    lookFollower.stop();
  };
}
