// Small formatting rules shared by the screens; plain functions so vitest can check them. Their words are the
// catalogue's, in the language in force.
import { t } from './i18n/locale.svelte';

/** "9 min", "1 min", "45 s": how long a routine takes, rounded the way a person reads it. */
export function formatDuration(totalSeconds: number): string {
  if (totalSeconds < 60) return t('duration-seconds', { seconds: Math.max(0, Math.round(totalSeconds)) });
  return t('duration-minutes', { minutes: Math.round(totalSeconds / 60) });
}
