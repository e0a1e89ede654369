import { call } from './call';
import type { CheckInView } from './bindings/CheckInView';
import type { CheckInDraft } from './bindings/CheckInDraft';
import type { CheckInInput } from './bindings/CheckInInput';

export type { CheckInView, CheckInDraft, CheckInInput };

export const journal = {
  /** Today's check-in (the routine day is decided in Rust), to pre-fill the form. */
  checkin: () => call<CheckInView>('get_checkin'),
  /** Saves today's check-in; bad values are refused with an `invalidInput` error and change nothing. */
  saveCheckin: (entry: CheckInInput) => call<CheckInView>('save_checkin', { entry }),
};
