// The morning check-in form as plain data: what is filled in, what is still missing, and what to send. The
// ranges are checked again in Rust (the core's validation), which has the last word.
import type { CheckInDraft, CheckInInput } from '../ipc';
import { t } from '../i18n/locale.svelte';
import { listText } from '../format';

export type SleepPosition = CheckInInput['sleepPosition'];

export interface CheckInForm {
  pain: number | null;
  stiffness: number | null;
  sleepQuality: number | null;
  sleepPosition: SleepPosition | null;
  note: string;
}

export const SCALE_0_10 = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** A choice whose label is the catalogue's message `id`, looked up when read, so it follows a change of language. */
function choice<T>(value: T, id: string): { value: T; readonly label: string } {
  return {
    value,
    get label() {
      return t(id);
    },
  };
}

export const SLEEP_QUALITY: { value: number; readonly label: string }[] = [
  choice(1, 'checkin-sleep-very-poor'),
  choice(2, 'checkin-sleep-poor'),
  choice(3, 'checkin-sleep-ok'),
  choice(4, 'checkin-sleep-good'),
  choice(5, 'checkin-sleep-very-good'),
];

export const POSITIONS: { value: SleepPosition; readonly label: string }[] = [
  choice<SleepPosition>('side', 'checkin-position-side'),
  choice<SleepPosition>('back', 'checkin-position-back'),
  choice<SleepPosition>('stomach', 'checkin-position-stomach'),
  choice<SleepPosition>('varies', 'checkin-position-varies'),
];

export function emptyForm(): CheckInForm {
  return { pain: null, stiffness: null, sleepQuality: null, sleepPosition: null, note: '' };
}

export function formFromDraft(draft: CheckInDraft): CheckInForm {
  return {
    pain: draft.pain,
    stiffness: draft.stiffness,
    sleepQuality: draft.sleepQuality,
    sleepPosition: draft.sleepPosition,
    note: draft.note ?? '',
  };
}

/** The questions still unanswered, named as the form names them. The note is optional. */
export function missing(form: CheckInForm): string[] {
  const out: string[] = [];
  if (form.pain === null) out.push(t('checkin-missing-pain'));
  if (form.stiffness === null) out.push(t('checkin-missing-stiffness'));
  if (form.sleepQuality === null) out.push(t('checkin-missing-sleep'));
  if (form.sleepPosition === null) out.push(t('checkin-missing-position'));
  return out;
}

/** "Please answer: back pain and stiffness." */
export function missingText(form: CheckInForm): string | null {
  const names = missing(form);
  if (names.length === 0) return null;
  return t('checkin-missing', { questions: listText(names) });
}

/** What to send, or null while something required is unanswered. */
export function toInput(form: CheckInForm): CheckInInput | null {
  if (form.pain === null || form.stiffness === null || form.sleepQuality === null || form.sleepPosition === null) {
    return null;
  }
  const note = form.note.trim();
  return {
    pain: form.pain,
    stiffness: form.stiffness,
    sleepQuality: form.sleepQuality,
    sleepPosition: form.sleepPosition,
    note: note === '' ? null : note,
  };
}
