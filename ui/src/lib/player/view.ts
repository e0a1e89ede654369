// What the player shows, derived from the session view Rust sends. Plain functions so that every label
// and rule can be checked with vitest; the Svelte component only lays them out.
import type { AudioSettings, PhaseView, Snapshot, StepView, TimeOfDay } from '../ipc';
import { ease, unease } from '../figure/pose';
import { t } from '../i18n/locale.svelte';

/** Whole seconds left, rounded up: "1" shows until the very end of the last second. */
export function secondsLeft(msLeft: number): number {
  return Math.max(0, Math.ceil(msLeft / 1000));
}

/** "1:05" for long steps, "45" for short ones. */
export function formatCountdown(msLeft: number): string {
  const s = secondsLeft(msLeft);
  if (s < 60) return String(s);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "12:34" for a time taken. */
export function formatElapsed(ms: number): string {
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

/** The step's title: the exercise, or what the pause is for. */
export function stepTitle(step: StepView | null | undefined): string {
  if (!step) return '';
  switch (step.kind) {
    case 'getReady':
      return step.exerciseName ? t('player-get-ready-for', { exercise: step.exerciseName }) : t('player-get-ready');
    case 'switchSides':
      return t('player-switch-sides');
    case 'rest':
      return t('player-rest');
    default:
      return step.exerciseName ?? t('player-exercise');
  }
}

/** "Left side" or "Right side" on a line of its own; null for a step without a side. */
export function sideLabel(step: StepView | null | undefined): string | null {
  if (!step) return null;
  if (step.side === 'left') return t('player-side-left');
  if (step.side === 'right') return t('player-side-right');
  return null;
}

/** The step's title with its side in one line: "Open book, left side", or the title alone. */
export function titleWithSide(step: StepView | null | undefined): string {
  const title = stepTitle(step);
  if (step?.side !== 'left' && step?.side !== 'right') return title;
  return t('player-with-side', { title, side: step.side });
}

/** "Rep 3 of 8", "Hold 2 of 5", "Breath 4 of 6", with the round when there is more than one. */
export function repLabel(step: StepView | null | undefined): string | null {
  if (!step || step.reps <= 1) {
    if (step && step.rounds > 1) return t('player-round', { round: step.round, rounds: step.rounds });
    return null;
  }
  const id = step.kind === 'hold' ? 'player-hold' : step.kind === 'breathing' ? 'player-breath' : 'player-rep';
  const count = t(id, { rep: step.rep, reps: step.reps });
  return step.rounds > 1 ? t('player-count-round', { count, round: step.round, rounds: step.rounds }) : count;
}

/** "Next: Open book, left side" */
export function nextLabel(next: StepView | null | undefined): string {
  if (!next) return t('player-next-finish');
  return t('player-next', { step: titleWithSide(next) });
}

/** What the breathing pacer should do now. */
export function breathCue(phase: PhaseView | null | undefined): 'in' | 'out' | 'hold' | null {
  if (!phase) return null;
  if (phase.breath === 'in') return 'in';
  if (phase.breath === 'out') return 'out';
  return phase.hold ? 'hold' : null;
}

/** The text a screen reader hears when a new step begins, or null when nothing new should be said
 * (the next rep of the same exercise is not announced: it would talk over the breath). */
export function announcement(previous: StepView | null | undefined, current: StepView | null | undefined): string | null {
  if (!current) return null;
  if (previous && previous.index === current.index) return null;
  const sameExercise =
    previous &&
    previous.kind === current.kind &&
    previous.exerciseId === current.exerciseId &&
    previous.side === current.side &&
    previous.round === current.round;
  if (sameExercise) return null;
  const said = titleWithSide(current);
  const seconds = Math.round(current.durationMs / 1000);
  if (current.kind === 'hold') return t('player-announce-hold', { step: said, seconds });
  if (current.reps > 1) {
    return t(current.kind === 'breathing' ? 'player-announce-breaths' : 'player-announce-reps', { step: said, count: current.reps });
  }
  return t('player-announce', { step: said });
}

export type Look = 'night' | 'morning' | 'system';

/** The bedtime routine is dim and warm; the morning one bright; others follow the system. */
export function lookFor(timeOfDay: TimeOfDay): Look {
  if (timeOfDay === 'bedtime') return 'night';
  if (timeOfDay === 'morning') return 'morning';
  return 'system';
}

/** Whether the player offers lights out (a dark, still screen while the voice leads): only in the night look
 * of a bedtime routine and only while the voice coach speaks, since without the voice a dark screen would
 * leave the person with nothing to follow. `voiceHere`: whether the coach has a voice in the language in force
 * (without one, routines play tones only whatever the coach setting). */
export function lightsOutOffered(
  look: Look,
  audio: Pick<AudioSettings, 'sound' | 'coach'> | null,
  voiceHere = true,
): boolean {
  return look === 'night' && !!audio && audio.sound && audio.coach !== 'off' && voiceHere;
}

/** The ring's fill, 0..1, of the current step, by the whole seconds the countdown shows: the ring moves with
 * the digits, never between them (a change on its own would be one more moment to draw: `nextMoment`). */
export function stepProgress(snapshot: Pick<Snapshot, 'stepMsLeft' | 'stepDurationMs'>): number {
  if (snapshot.stepDurationMs <= 0) return 0;
  const shown = Math.min(snapshot.stepDurationMs, secondsLeft(snapshot.stepMsLeft) * 1000);
  return Math.min(1, Math.max(0, 1 - shown / snapshot.stepDurationMs));
}

/** In how many equal parts the ring's arc moves: 3 degrees, about 5 px of a 12rem ring. A step shorter than
 * two minutes still moves it every second; a longer one is not redrawn for a change nobody could see. */
export const RING_PARTS = 120;

/** How many of the ring's RING_PARTS are filled for `fraction` (0..1) of the step, to the nearest part. The
 * ring is a circle whose `pathLength` is RING_PARTS, dashed by `stroke-dasharray: RING_PARTS` and moved by
 * `stroke-dashoffset: RING_PARTS - parts`: a change of style that WebKit only repaints. A path whose `d`
 * changes is laid out again, and a second layout in the same frame as the figure's made WebKit repaint the
 * whole window each second (bench/README.md, issue 19's seventh session). */
export function ringParts(fraction: number): number {
  return Math.round(Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)) * RING_PARTS);
}

/** The countdown's text cut into what is drawn: a digit's place, drawn as ten stacked digits of which one is
 * visible (so that a new second changes only which is visible: a repaint, not a layout), or a separator
 * drawn as it is. The places change only when the text's shape does ("10" to "9", "1:00" to "59"). */
export type CountdownPlace = { digit: boolean; value: string };
export function countdownPlaces(text: string): CountdownPlace[] {
  return [...text].map((c) => ({ digit: c >= '0' && c <= '9', value: c }));
}

/** The shape of the countdown's text, the same for every text drawn with the same places: "0:00" for "1:05". */
export function countdownShape(text: string): string {
  return text.replace(/[0-9]/g, '0');
}

/** Keyboard shortcuts of the player; returns the action for a key, or null. */
export type PlayerAction = 'toggle' | 'skip' | 'back' | 'stop';
export function actionForKey(key: string): PlayerAction | null {
  switch (key) {
    case ' ':
    case 'Spacebar': // i18n-ok: a key's name
      return 'toggle';
    case 'ArrowRight': // i18n-ok: a key's name
      return 'skip';
    case 'ArrowLeft': // i18n-ok: a key's name
      return 'back';
    case 'Escape': // i18n-ok: a key's name
      return 'stop';
    default:
      return null;
  }
}

/** Which figure pose to draw, from the pose names of the exercise's figure and the current phase:
 * a phase named like a pose moves into that pose from the one before it; a breath moves between the
 * first two poses (in: first → second, out: back); a hold shows the last pose. */
export function figureFrame(
  poseNames: readonly string[],
  phase: { name: string; breath: 'in' | 'out' | null; hold: boolean } | null | undefined,
  progress: number,
): { pose: number; progress: number } {
  const n = poseNames.length;
  const t = Math.min(1, Math.max(0, progress));
  if (n <= 1 || !phase) return { pose: 0, progress: 0 };
  const k = poseNames.indexOf(phase.name);
  if (k >= 0) return { pose: (k - 1 + n) % n, progress: t };
  if (phase.breath === 'in') return { pose: 0, progress: t };
  if (phase.breath === 'out') return { pose: 1, progress: n === 2 ? t : 1 - t };
  if (phase.hold) return { pose: n - 1, progress: 0 };
  return { pose: 0, progress: 0 };
}

/** Whether the figure's frame changes as the phase goes on (a move, a breath), so that the player has to
 * redraw it between two updates from Rust; a hold, a single pose or no phase keeps it still. */
export function figureMoves(
  poseNames: readonly string[],
  phase: { name: string; breath: 'in' | 'out' | null; hold: boolean } | null | undefined,
): boolean {
  const from = figureFrame(poseNames, phase, 0);
  const to = figureFrame(poseNames, phase, 1);
  return from.pose !== to.pose || from.progress !== to.progress;
}

/** The breathing pacer's smallest size, as a fraction of its full size. */
export const PACER_MIN = 0.45;

/** The breathing pacer's size, PACER_MIN..1, at `progress` (0..1) through a breath: it grows through a
 * breath in and shrinks through a breath out, eased like the figure. `still` (reduced motion) shows the
 * size the breath ends at, without movement. */
export function pacerScale(breath: 'in' | 'out', progress: number, still = false): number {
  const eased = ease(still ? 1 : progress);
  return PACER_MIN + (1 - PACER_MIN) * (breath === 'in' ? eased : 1 - eased);
}

/** The largest jump, in screen pixels, that a moving thing (the figure, the pacer's edge) makes between two
 * redraws: small enough to read as movement, large enough that a slow move is not redrawn for a change
 * nobody could see. Under software rendering each redraw costs a few milliseconds of CPU, so fewer redraws is
 * what saves it: 4 px and at most 5 redraws a second drew the bedtime breathing 3.3 times a second, 6 px about
 * twice (bench/footprint, bench/README.md). The player now redraws at most twice a second (MID_FRAME_MS). */
export const STEP_PX = 6;
/** The same for a fade: the largest change of opacity between two redraws. A fade, not a move, set the pace
 * of the bedtime breathing (the lit belly): 0.05 drew it 3.3 times a second whatever STEP_PX was. */
export const STEP_FADE = 0.1;

/** In how many equal steps a move is drawn so that nothing jumps by more than STEP_PX or fades by more
 * than STEP_FADE between two redraws. `travel` is in units that `pxPerUnit` turns into screen pixels. */
export function stepsFor(extent: { travel: number; fade: number }, pxPerUnit: number): number {
  const steps = Math.max((extent.travel * pxPerUnit) / STEP_PX, extent.fade / STEP_FADE);
  return Number.isFinite(steps) ? Math.max(1, Math.ceil(steps)) : 1;
}

/** `progress` (0..1, in time) moved to the nearest of `steps` equal steps of the eased move, so that a
 * redraw happens only when the picture has moved by one step, and the move still ends exactly where it
 * should. Easing makes the steps come fast in the middle of a move and slowly at its ends. */
export function steppedProgress(progress: number, steps: number): number {
  const n = Math.max(1, Math.round(steps));
  return unease(Math.round(ease(progress) * n) / n);
}

/** The shortest time, in session milliseconds, between two moments at which the player changes the screen
 * on its own while the figure or the pacer moves: the countdown's whole seconds and half-way between them.
 * Every moment at which anything on screen changes costs a fixed few milliseconds of CPU under software
 * rendering, whatever changed, so the player has at most two such moments a second. */
export const MID_FRAME_MS = 500;

/** The snapshot as it stands `elapsed` session milliseconds after Rust sent it, for what the page counts on
 * its own: Rust sends its view when the step or the phase changes (and at least every ten seconds), not every
 * second, since each update from Rust costs the window about 6 ms of CPU before anything is drawn
 * (bench/README.md). The time left in the step and the phase and the routine's progress run on; the step,
 * the phase and the state are Rust's and change only with its next view. Nothing runs on unless `running`,
 * and nothing runs past the end of the step or of a phase still under way, which Rust's next view reports (a
 * phase already over, `msLeft` 0, is the last one held until the step ends). */
export function runOn(snapshot: Snapshot, plannedMs: number, elapsed: number, running: boolean): Snapshot {
  if (!running || !(elapsed > 0)) return snapshot;
  const phase = snapshot.phase;
  const step = Math.min(elapsed, snapshot.stepMsLeft, phaseEnd(snapshot));
  if (step <= 0) return snapshot;
  return {
    ...snapshot,
    stepMsLeft: snapshot.stepMsLeft - step,
    phase: phase && phase.msLeft > 0
      ? { ...phase, msLeft: phase.msLeft - step, progress: phase.progress + (1 - phase.progress) * (step / phase.msLeft) }
      : phase,
    routineProgress: plannedMs > 0 ? Math.min(1, snapshot.routineProgress + step / plannedMs) : snapshot.routineProgress,
  };
}

/** In how many session milliseconds the player must change the screen next on its own, from a snapshot
 * already run on to the present (`runOn`): at the countdown's next whole second, and while something moves
 * (`moving`: the figure or the pacer, not in reduced motion) at the next half second as well. `null` when the
 * next such moment would come with or after the end of the step or the phase: Rust's view then comes and
 * says what follows, and the screen changes once, not twice a few milliseconds apart. */
export function nextMoment(snapshot: Snapshot, moving: boolean): number | null {
  const grid = moving ? MID_FRAME_MS : 1000;
  const left = snapshot.stepMsLeft;
  if (!(left > 0)) return null;
  const wait = left % grid || grid;
  return wait < Math.min(left, phaseEnd(snapshot)) ? wait : null;
}

/** When the phase under way ends, in session milliseconds; never for a phase already over. */
function phaseEnd(snapshot: Snapshot): number {
  const left = snapshot.phase?.msLeft ?? 0;
  return left > 0 ? left : Infinity;
}

/** `next`, with every part that is equal to the same part of `previous` replaced by that part: what did not
 * change keeps its identity, so that what is derived from it is not computed again. `previous` itself when
 * nothing changed. Plain data only (objects, arrays, primitives), as the session view is. */
export function keepUnchanged<T>(previous: T, next: T): T {
  if (Object.is(previous, next)) return previous;
  if (typeof previous !== 'object' || typeof next !== 'object' || previous === null || next === null) return next;
  if (Array.isArray(previous) !== Array.isArray(next)) return next;
  if (Array.isArray(next)) {
    const before = previous as unknown[];
    const kept = next.map((item, i) => (i < before.length ? keepUnchanged(before[i], item) : item));
    const same = kept.length === before.length && kept.every((item, i) => Object.is(item, before[i]));
    return (same ? previous : kept) as T;
  }
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  let same = keys.length === Object.keys(before).length;
  const kept: Record<string, unknown> = {};
  for (const key of keys) {
    const had = Object.hasOwn(before, key);
    kept[key] = had ? keepUnchanged(before[key], after[key]) : after[key];
    if (!had || !Object.is(kept[key], before[key])) same = false;
  }
  return (same ? previous : kept) as T;
}
