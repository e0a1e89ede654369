// The guide's words: sleep setup advice and the wind-down habits, read from the JSON in assets/content/
// (one place for the text, each item traced to its source in assets/content/SOURCES.md). The safety guide
// is not here: it comes from Rust (lib/ipc/safety.ts), so its red flags are written once.
// This module only types that data and picks from it; it never calls Rust and never stores ticks.
import sleepJson from '../../../../assets/content/sleep-setup.json';
import windDownJson from '../../../../assets/content/wind-down.json';
import type { SleepPosition } from '../ipc/onboarding';

export interface Note {
  id: string;
  text: string;
}

export interface ChecklistItem {
  id: string;
  label: string;
  detail?: string;
}

export interface SetupItem {
  id: string;
  what: string;
  why: string;
}

export interface PositionGuide {
  id: Exclude<SleepPosition, 'varies'>;
  name: string;
  figure: string;
  figureLabel: string;
  summary: string;
  setup: SetupItem[];
  headPillow: SetupItem;
  note: Note;
  tonight: ChecklistItem[];
}

export interface MattressItem {
  id: string;
  title: string;
  text: string;
}

export interface SleepGuideContent {
  title: string;
  intro: string;
  neutralSpine: { id: string; title: string; text: string };
  positions: PositionGuide[];
  varies: { id: 'varies'; name: string; text: string; tonight: ChecklistItem[] };
  tips: Note[];
  mattress: { title: string; items: MattressItem[] };
}

export interface WindDownContent {
  title: string;
  intro: string;
  items: ChecklistItem[];
}

export const sleepGuide = sleepJson as SleepGuideContent;
export const windDown = windDownJson as WindDownContent;

/** The stable ids of the evening habits; the player stores the ticked ones with the session. */
export const WIND_DOWN_ITEM_IDS: readonly string[] = windDown.items.map((i) => i.id);

/** The stable ids of every "tonight's setup" item, over all positions. */
export const SETUP_ITEM_IDS: readonly string[] = [
  ...new Set([
    ...sleepGuide.positions.flatMap((p) => p.tonight.map((i) => i.id)),
    ...sleepGuide.varies.tonight.map((i) => i.id),
  ]),
];

/** The advice for one position; "varies" and unknown positions have none of their own. */
export function positionGuide(position: SleepPosition | null | undefined): PositionGuide | null {
  return sleepGuide.positions.find((p) => p.id === position) ?? null;
}

/**
 * Tonight's setup checklist for a position. "It varies" has its own short list (a spare pillow for
 * turning, a head pillow that fits); no answer yet gives the side setup, often the easiest neutral one.
 */
export function tonightChecklist(position: SleepPosition | null | undefined): ChecklistItem[] {
  if (position === 'varies') {
    return [...sleepGuide.varies.tonight];
  }
  return [...(positionGuide(position) ?? positionGuide('side'))!.tonight];
}

/** Every id of an advice item this module shows, for the sources table check (the safety guide's ids
 *  are checked in Rust, crates/limber-core/tests/content_sources.rs, with everything else). */
export function adviceIds(): string[] {
  return [
    sleepGuide.neutralSpine.id,
    ...sleepGuide.positions.flatMap((p) => [
      ...p.setup.map((s) => s.id),
      p.headPillow.id,
      p.note.id,
      ...p.tonight.map((t) => t.id),
    ]),
    sleepGuide.varies.id,
    ...sleepGuide.varies.tonight.map((t) => t.id),
    ...sleepGuide.tips.map((t) => t.id),
    ...sleepGuide.mattress.items.map((m) => m.id),
    ...windDown.items.map((i) => i.id),
  ];
}
