// Small formatting rules shared by the screens; plain functions so vitest can check them.

/** "9 min", "1 min", "45 s": how long a routine takes, rounded the way a person reads it. */
export function formatDuration(totalSeconds: number): string {
  if (totalSeconds < 60) return `${Math.max(0, Math.round(totalSeconds))} s`;
  const minutes = Math.round(totalSeconds / 60);
  return `${minutes} min`;
}
