// Typed wrapper for the safety guide (src-tauri/src/commands/safety.rs): the two levels of red flags, each
// with what to do, and the rules every routine follows. The UI keeps no copy of these words; it renders
// what Rust returns, in the language in force. The guide never changes while Limber runs, so one answer is
// kept for every screen, per language: after a change of language the next screen asks again.
import { call } from './call';
import { locale } from '../i18n/locale.svelte';
import type { Condition } from './bindings/Condition';
import type { LeftOut } from './bindings/LeftOut';
import type { RedFlagLevel } from './bindings/RedFlagLevel';
import type { SafetyGuide } from './bindings/SafetyGuide';
import type { SafetyNote } from './bindings/SafetyNote';
import type { Sign } from './bindings/Sign';
import type { UnsuitableRoutine } from './bindings/UnsuitableRoutine';
import type { Urgency } from './bindings/Urgency';

export type { Condition, LeftOut, RedFlagLevel, SafetyGuide, SafetyNote, Sign, UnsuitableRoutine, Urgency };

let cached: { language: string; guide: Promise<SafetyGuide> } | null = null;

export const safety = {
  /** The guide in the language in force; asked for once per language, and again after a failed answer. */
  guide: (): Promise<SafetyGuide> => {
    const language = locale.current;
    if (cached?.language !== language) {
      const guide = call<SafetyGuide>('safety_guide').catch((error) => {
        if (cached?.guide === guide) cached = null;
        throw error;
      });
      cached = { language, guide };
    }
    return cached.guide;
  },
};
