import { call } from './call';
import type { CheckInView as RustCheckInView } from './bindings/CheckInView';
import type { Said } from './words';
import type { CheckInDraft } from './bindings/CheckInDraft';
import type { CheckInInput } from './bindings/CheckInInput';

/** Today's check-in as screens see it: why it is not saved yet, said in the language in force. */
export type CheckInView = Said<RustCheckInView>;
export type { CheckInDraft, CheckInInput };

export const journal = {
  /** Today's check-in (the routine day is decided in Rust), to pre-fill the form. */
  checkin: () => call<RustCheckInView>('get_checkin'),
  /** Saves today's check-in; bad values are refused with an `invalidInput` error and change nothing. */
  saveCheckin: (entry: CheckInInput) => call<RustCheckInView>('save_checkin', { entry }),
};
