// The first-run flow as plain data and functions: which steps there are, what each needs before the
// person can go on, and how the answers become the `PlanAnswers` Rust proposes a plan from. It never calls
// Rust and never decides the plan itself (routines and reminder times come from Rust); the Welcome screen
// only renders what this module and Rust say.
import type { Condition } from '../ipc/safety';
import type {
  DayOfWeek,
  MorningCue,
  PainArea,
  PlanAnswers,
  PlannedReminder,
  SleepPosition,
} from '../ipc/onboarding';
import { t } from '../i18n/locale.svelte';
import { listText, weekdayName } from '../format';
import { parseTime } from '../reminders/form';

export const STEPS = ['safety', 'area', 'health', 'sleep', 'times', 'plan'] as const;
export type Step = (typeof STEPS)[number];

/** The answers as they are being given: nothing is chosen for the person except sensible times. */
export interface Draft {
  painArea: PainArea | null;
  sleepPosition: SleepPosition | null;
  /** "HH:MM", as an <input type="time"> gives it. */
  bedtime: string;
  wakeTime: string;
  days: DayOfWeek[];
  morningCue: MorningCue;
  /** The conditions ticked in "Does any of this apply to you?", in the order they are listed. */
  conditions: Condition[];
  /** "None of these" was ticked: the question is answered with no condition. */
  noneApply: boolean;
}

export const ALL_DAYS: readonly DayOfWeek[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** The weekdays' names in the language in force, from Intl (getters, so they follow a change of language). */
const dayLabel = (day: DayOfWeek) => ({
  get short() {
    return weekdayName(day, 'short');
  },
  get long() {
    return weekdayName(day, 'long');
  },
});

export const DAY_LABELS: Record<DayOfWeek, { readonly short: string; readonly long: string }> = {
  monday: dayLabel('monday'),
  tuesday: dayLabel('tuesday'),
  wednesday: dayLabel('wednesday'),
  thursday: dayLabel('thursday'),
  friday: dayLabel('friday'),
  saturday: dayLabel('saturday'),
  sunday: dayLabel('sunday'),
};

/** A choice whose label and hint are the catalogue's, read in the language in force each time they are shown. */
function choice<T>(value: T, labelId: string, hintId: string) {
  return {
    value,
    get label() {
      return t(labelId);
    },
    get hint() {
      return t(hintId);
    },
  };
}

export const PAIN_AREAS: readonly { value: PainArea; readonly label: string; readonly hint: string }[] = [
  choice<PainArea>('lowerBack', 'welcome-area-lower-back', 'welcome-area-lower-back-hint'),
  choice<PainArea>('upperBackNeck', 'welcome-area-upper-back-neck', 'welcome-area-upper-back-neck-hint'),
  choice<PainArea>('both', 'welcome-area-both', 'welcome-area-both-hint'),
];

/** The sleep positions; their labels are the catalogue's, in the language in force. */
const position = (value: SleepPosition, id: string, figure: string | null) => ({
  value,
  figure,
  get label() {
    return t(id);
  },
});

export const SLEEP_POSITIONS: readonly { value: SleepPosition; readonly label: string; figure: string | null }[] = [
  position('side', 'sleep-position-side', 'sleep-side'),
  position('back', 'sleep-position-back', 'sleep-back'),
  position('stomach', 'sleep-position-stomach', 'sleep-stomach'),
  position('varies', 'sleep-position-varies', null),
];

/** The first-run question about conditions that rule moves out (the rule itself is Rust's). */
export const CONDITIONS: readonly { value: Condition; readonly label: string; readonly hint: string }[] = [
  choice<Condition>('osteoporosis', 'welcome-condition-osteoporosis', 'welcome-condition-osteoporosis-hint'),
  choice<Condition>('recentSpinalSurgeryOrFracture', 'welcome-condition-surgery', 'welcome-condition-surgery-hint'),
  choice<Condition>('pregnancy', 'welcome-condition-pregnancy', 'welcome-condition-pregnancy-hint'),
  choice<Condition>('worseBendingForward', 'welcome-condition-bending', 'welcome-condition-bending-hint'),
];

const cue = (value: MorningCue, id: string) => ({
  value,
  get label() {
    return t(id);
  },
});

export const MORNING_CUES: readonly { value: MorningCue; readonly label: string }[] = [
  cue('afterWaking', 'welcome-cue-after-waking'),
  cue('firstComputerUse', 'welcome-cue-first-computer-use'),
];

export function emptyDraft(): Draft {
  return {
    painArea: null,
    sleepPosition: null,
    bedtime: '23:00',
    wakeTime: '07:00',
    days: [...ALL_DAYS],
    morningCue: 'afterWaking',
    conditions: [],
    noneApply: false,
  };
}

/** A draft filled from answers accepted earlier, so running the first run again starts from them. */
export function draftFrom(answers: PlanAnswers): Draft {
  return {
    painArea: answers.painArea,
    sleepPosition: answers.sleepPosition,
    bedtime: shortTime(answers.bedtime),
    wakeTime: shortTime(answers.wakeTime),
    days: ALL_DAYS.filter((d) => answers.days.includes(d)),
    morningCue: answers.morningCue,
    conditions: CONDITIONS.map((c) => c.value).filter((c) => answers.conditions.includes(c)),
    noneApply: answers.conditions.length === 0,
  };
}

/** The step to open on: the safety note is asked for only once. */
export function firstStep(safetyAcknowledged: boolean): Step {
  return safetyAcknowledged ? 'area' : 'safety';
}

export function stepNumber(step: Step): number {
  return STEPS.indexOf(step) + 1;
}

export function nextStep(step: Step): Step | null {
  const i = STEPS.indexOf(step);
  return i >= 0 && i < STEPS.length - 1 ? STEPS[i + 1] : null;
}

export function previousStep(step: Step): Step | null {
  const i = STEPS.indexOf(step);
  return i > 0 ? STEPS[i - 1] : null;
}

/** "23:00:00" → "23:00": how Rust's times are shown and edited. */
export function shortTime(time: string): string {
  return time.slice(0, 5);
}

/** What is still missing before the person can leave a step, in words; null when nothing is. */
export function missing(step: Step, draft: Draft): string | null {
  switch (step) {
    case 'area':
      return draft.painArea ? null : t('welcome-missing-area');
    case 'health':
      return draft.conditions.length > 0 || draft.noneApply ? null : t('welcome-missing-health');
    case 'sleep':
      return draft.sleepPosition ? null : t('welcome-missing-sleep');
    case 'times':
      if (parseTime(draft.bedtime) === null) return t('welcome-missing-bedtime');
      if (parseTime(draft.wakeTime) === null) return t('welcome-missing-wake-time');
      if (draft.days.length === 0) return t('welcome-missing-days');
      return null;
    case 'safety':
    case 'plan':
      return null;
  }
}

/** The answers Rust proposes a plan from, or null while something is missing. */
export function toAnswers(draft: Draft): PlanAnswers | null {
  if (!draft.painArea || !draft.sleepPosition) return null;
  if (missing('times', draft) || missing('health', draft)) return null;
  return {
    painArea: draft.painArea,
    sleepPosition: draft.sleepPosition,
    bedtime: parseTime(draft.bedtime) ?? draft.bedtime,
    wakeTime: parseTime(draft.wakeTime) ?? draft.wakeTime,
    days: ALL_DAYS.filter((d) => draft.days.includes(d)),
    morningCue: draft.morningCue,
    conditions: draft.noneApply ? [] : [...draft.conditions],
  };
}

/** Ticks or unticks a condition; ticking one clears "None of these". Keeps the listed order. */
export function toggleCondition(draft: Draft, condition: Condition): Pick<Draft, 'conditions' | 'noneApply'> {
  const on = draft.conditions.includes(condition);
  const conditions = CONDITIONS.map((c) => c.value).filter((c) => (c === condition ? !on : draft.conditions.includes(c)));
  return { conditions, noneApply: conditions.length > 0 ? false : draft.noneApply };
}

/** Ticks or unticks "None of these"; ticking it clears every condition. */
export function toggleNone(draft: Draft): Pick<Draft, 'conditions' | 'noneApply'> {
  return draft.noneApply ? { conditions: draft.conditions, noneApply: false } : { conditions: [], noneApply: true };
}

/** Adds or removes a day, keeping the week order. */
export function toggleDay(days: readonly DayOfWeek[], day: DayOfWeek): DayOfWeek[] {
  const on = days.includes(day);
  return ALL_DAYS.filter((d) => (d === day ? !on : days.includes(d)));
}

const WEEKDAYS: readonly DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const WEEKEND: readonly DayOfWeek[] = ['saturday', 'sunday'];

function sameDays(a: readonly DayOfWeek[], b: readonly DayOfWeek[]): boolean {
  return a.length === b.length && b.every((d) => a.includes(d));
}

/** "every day", "on weekdays", "at weekends", or "on Mon, Wed and Fri". */
export function describeDays(days: readonly DayOfWeek[]): string {
  if (sameDays(days, ALL_DAYS)) return t('plan-days-every-day');
  if (sameDays(days, WEEKDAYS)) return t('plan-days-weekdays');
  if (sameDays(days, WEEKEND)) return t('plan-days-weekends');
  const names = ALL_DAYS.filter((d) => days.includes(d)).map((d) => DAY_LABELS[d].short);
  if (names.length === 0) return t('plan-days-none');
  return t('plan-days-some', { days: listText(names) });
}

/** A reminder in one sentence, e.g. "Reminder at 22:30 (30 min before bedtime), every day." */
export function describeReminder(reminder: PlannedReminder): string {
  const at = shortTime(reminder.at);
  const days = describeDays(reminder.days);
  switch (reminder.time.kind) {
    case 'bedtime':
      return t('plan-reminder-bedtime', { time: at, lead: reminder.time.leadMinutes, days });
    case 'fixed':
      return t('plan-reminder-fixed', { time: at, days });
    case 'firstUseAfter':
      return t('plan-reminder-first-use', { time: at, days });
  }
}
