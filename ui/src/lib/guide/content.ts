// The guide's words: sleep setup advice and the wind-down habits, read from the JSON in assets/content/
// (one place for the English text, each item traced to its source in assets/content/SOURCES.md) and shown in
// the language in force: scripts/content-l10n.mjs writes the English to the catalogue (en/content-sleep.ftl,
// en/content-wind-down.ftl) under ids made from the items' ids, and this module looks each text up by the
// same id, keeping the JSON's English for a message the language lacks. The safety guide is not here: it
// comes from Rust (lib/ipc/safety.ts), so its red flags are written once.
// This module only types that data and picks from it; it never calls Rust and never stores ticks.
import sleepJson from '../../../../assets/content/sleep-setup.json';
import windDownJson from '../../../../assets/content/wind-down.json';
import { catalogue as shipped, SOURCE, type Catalogue } from '../i18n/catalogue';
import { locale } from '../i18n/locale.svelte';
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

/** The English, as the content files have it. */
export const sleepGuideSource = sleepJson as SleepGuideContent;
export const windDownSource = windDownJson as WindDownContent;

/** The text of content message `id` in `language`, or the JSON's `english` when the language lacks it. */
function say(words: Catalogue, language: string, id: string, english: string): string {
  if (language === SOURCE || !words.has(language, id)) return english;
  return words.text(language, id);
}

/** The sleep guide in `language` (the ids are scripts/content-l10n.mjs's). */
export function sleepGuideIn(language: string, words: Catalogue = shipped): SleepGuideContent {
  const g = sleepGuideSource;
  if (language === SOURCE) return g;
  const w = (id: string, english: string) => say(words, language, id, english);
  const setup = (item: SetupItem): SetupItem => ({
    id: item.id,
    what: w(`sleep-setup-${item.id}-what`, item.what),
    why: w(`sleep-setup-${item.id}-why`, item.why),
  });
  const tonight = (item: ChecklistItem): ChecklistItem => ({ ...item, label: w(`sleep-tonight-${item.id}`, item.label) });
  return {
    title: w('sleep-title', g.title),
    intro: w('sleep-intro', g.intro),
    neutralSpine: {
      id: g.neutralSpine.id,
      title: w(`sleep-${g.neutralSpine.id}-title`, g.neutralSpine.title),
      text: w(`sleep-${g.neutralSpine.id}-text`, g.neutralSpine.text),
    },
    positions: g.positions.map((p) => ({
      ...p,
      name: w(`sleep-position-${p.id}-name`, p.name),
      figureLabel: w(`sleep-position-${p.id}-figure-label`, p.figureLabel),
      summary: w(`sleep-position-${p.id}-summary`, p.summary),
      setup: p.setup.map(setup),
      headPillow: setup(p.headPillow),
      note: { id: p.note.id, text: w(`sleep-note-${p.note.id}`, p.note.text) },
      tonight: p.tonight.map(tonight),
    })),
    varies: {
      id: g.varies.id,
      name: w(`sleep-${g.varies.id}-name`, g.varies.name),
      text: w(`sleep-${g.varies.id}-text`, g.varies.text),
      tonight: g.varies.tonight.map(tonight),
    },
    tips: g.tips.map((tip) => ({ id: tip.id, text: w(`sleep-tip-${tip.id}`, tip.text) })),
    mattress: {
      title: w('sleep-mattress-title', g.mattress.title),
      items: g.mattress.items.map((item) => ({
        id: item.id,
        title: w(`sleep-${item.id}-title`, item.title),
        text: w(`sleep-${item.id}-text`, item.text),
      })),
    },
  };
}

/** The evening checklist in `language`. */
export function windDownIn(language: string, words: Catalogue = shipped): WindDownContent {
  const d = windDownSource;
  if (language === SOURCE) return d;
  const w = (id: string, english: string) => say(words, language, id, english);
  return {
    title: w('wind-down-title', d.title),
    intro: w('wind-down-intro', d.intro),
    items: d.items.map((item) => ({
      id: item.id,
      label: w(`wind-down-${item.id}-label`, item.label),
      ...(item.detail === undefined ? {} : { detail: w(`wind-down-${item.id}-detail`, item.detail) }),
    })),
  };
}

/** Each language's content made once: the content never changes while the app runs. */
function memo<T>(make: (language: string) => T): (language: string) => T {
  const made = new Map<string, T>();
  return (language) => {
    let value = made.get(language);
    if (value === undefined) {
      value = make(language);
      made.set(language, value);
    }
    return value;
  };
}
const sleepGuideNow = memo((language) => sleepGuideIn(language));
const windDownNow = memo((language) => windDownIn(language));

/**
 * The content in the language in force. Each read goes through the reactive language, so a screen that
 * shows `sleepGuide.title` (or anything picked from it) follows a change of language at once.
 */
function inForce<T extends object>(now: (language: string) => T): T {
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(now(locale.current), key),
    has: (_, key) => Reflect.has(now(locale.current), key),
    ownKeys: () => Reflect.ownKeys(now(locale.current)),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(now(locale.current), key),
  });
}

export const sleepGuide: SleepGuideContent = inForce(sleepGuideNow);
export const windDown: WindDownContent = inForce(windDownNow);

/** The stable ids of the evening habits; the player stores the ticked ones with the session. */
export const WIND_DOWN_ITEM_IDS: readonly string[] = windDownSource.items.map((i) => i.id);

/** The stable ids of every "tonight's setup" item, over all positions. */
export const SETUP_ITEM_IDS: readonly string[] = [
  ...new Set([
    ...sleepGuideSource.positions.flatMap((p) => p.tonight.map((i) => i.id)),
    ...sleepGuideSource.varies.tonight.map((i) => i.id),
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
