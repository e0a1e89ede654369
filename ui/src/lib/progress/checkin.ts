// The morning check-in form as plain data: what is filled in, what is still missing, and what to send. The
// ranges are checked again in Rust (the core's validation), which has the last word.
import type { CheckInDraft, CheckInInput } from '../ipc';

export type SleepPosition = CheckInInput['sleepPosition'];

export interface CheckInForm {
  pain: number | null;
  stiffness: number | null;
  sleepQuality: number | null;
  sleepPosition: SleepPosition | null;
  note: string;
}

export const SCALE_0_10 = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export const SLEEP_QUALITY: { value: number; label: string }[] = [
  { value: 1, label: 'Very poor' },
  { value: 2, label: 'Poor' },
  { value: 3, label: 'OK' },
  { value: 4, label: 'Good' },
  { value: 5, label: 'Very good' },
];

export const POSITIONS: { value: SleepPosition; label: string }[] = [
  { value: 'side', label: 'Side' },
  { value: 'back', label: 'Back' },
  { value: 'stomach', label: 'Stomach' },
  { value: 'varies', label: 'It varied' },
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
  if (form.pain === null) out.push('back pain');
  if (form.stiffness === null) out.push('stiffness');
  if (form.sleepQuality === null) out.push('sleep quality');
  if (form.sleepPosition === null) out.push('sleep position');
  return out;
}

/** "Please answer: back pain and stiffness." */
export function missingText(form: CheckInForm): string | null {
  const names = missing(form);
  if (names.length === 0) return null;
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Please answer: ${list}.`;
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
