// Typed wrapper for the safety guide (src-tauri/src/commands/safety.rs): the two levels of red flags, each
// with what to do, and the rules every routine follows. The UI keeps no copy of these words; it renders
// what Rust returns. The guide never changes while Limber runs, so one answer is kept for every screen.
import { call } from './call';
import type { Condition } from './bindings/Condition';
import type { LeftOut } from './bindings/LeftOut';
import type { RedFlagLevel } from './bindings/RedFlagLevel';
import type { SafetyGuide } from './bindings/SafetyGuide';
import type { SafetyNote } from './bindings/SafetyNote';
import type { Sign } from './bindings/Sign';
import type { UnsuitableRoutine } from './bindings/UnsuitableRoutine';
import type { Urgency } from './bindings/Urgency';

export type { Condition, LeftOut, RedFlagLevel, SafetyGuide, SafetyNote, Sign, UnsuitableRoutine, Urgency };

let cached: Promise<SafetyGuide> | null = null;

export const safety = {
  /** The guide; asked for once, and again only after a failed answer. */
  guide: (): Promise<SafetyGuide> => {
    if (!cached) {
      cached = call<SafetyGuide>('safety_guide').catch((error) => {
        cached = null;
        throw error;
      });
    }
    return cached;
  },
};
