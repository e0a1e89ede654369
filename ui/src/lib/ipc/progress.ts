import { call } from './call';
import type { Dashboard } from './bindings/Dashboard';
import type { RoutineProgress } from './bindings/RoutineProgress';
import type { PainDay } from './bindings/PainDay';
import type { RedFlagCard } from './bindings/RedFlagCard';
import type { RedFlagOccurrence } from './bindings/RedFlagOccurrence';
import type { RedFlag } from './bindings/RedFlag';
import type { WeeklyPain } from './bindings/WeeklyPain';
import type { RestToday } from './bindings/RestToday';
import type { DayState } from './bindings/DayState';
import type { HeatmapDay } from './bindings/HeatmapDay';
import type { HabitScore } from './bindings/HabitScore';
import type { ScorePoint } from './bindings/ScorePoint';
import type { StreakSummary } from './bindings/StreakSummary';
import type { WindDownEffect } from './bindings/WindDownEffect';
import type { SleepEffect } from './bindings/SleepEffect';
import type { SleepAverage } from './bindings/SleepAverage';
import type { ProgressSettingsView } from './bindings/ProgressSettingsView';
import type { ProgressSettingsInput } from './bindings/ProgressSettingsInput';
import type { DoseAnswer as RustDoseAnswer } from './bindings/DoseAnswer';
import type { DoseCard as RustDoseCard } from './bindings/DoseCard';
import type { DoseChange } from './bindings/DoseChange';
import type { DoseEra as RustDoseEra } from './bindings/DoseEra';
import type { DoseOffer as RustDoseOffer } from './bindings/DoseOffer';
import type { DoseUndo as RustDoseUndo } from './bindings/DoseUndo';
import type { Reply } from './bindings/Reply';
import type { Said } from './words';

/** The dose panel's sentences arrive as catalogue words and are said in the language in force (`call`). */
export type DoseAnswer = Said<RustDoseAnswer>;
export type DoseCard = Said<RustDoseCard>;
export type DoseEra = Said<RustDoseEra>;
export type DoseOffer = Said<RustDoseOffer>;
export type DoseUndo = Said<RustDoseUndo>;

export type {
  Dashboard,
  RoutineProgress,
  PainDay,
  RedFlagCard,
  RedFlagOccurrence,
  RedFlag,
  WeeklyPain,
  RestToday,
  DayState,
  HeatmapDay,
  HabitScore,
  ScorePoint,
  StreakSummary,
  WindDownEffect,
  SleepEffect,
  SleepAverage,
  ProgressSettingsView,
  ProgressSettingsInput,
  DoseChange,
  Reply,
};

export const progress = {
  /** Everything the progress screen shows, computed afresh in Rust. */
  dashboard: () => call<Dashboard>('progress_dashboard'),
  /** Marks today as a rest day for one routine; returns the updated dashboard. */
  markRestDay: (routineId: string) => call<Dashboard>('mark_rest_day', { routineId }),
  /** Undoes today's rest day for one routine. */
  unmarkRestDay: (routineId: string) => call<Dashboard>('unmark_rest_day', { routineId }),
  /** Hides one red-flag occurrence for good. */
  dismissRedFlag: (occurrence: RedFlagOccurrence) => call<Dashboard>('dismiss_red_flag', { occurrence }),
  settings: () => call<ProgressSettingsView>('progress_settings'),
  setSettings: (settings: ProgressSettingsInput) =>
    call<ProgressSettingsView>('set_progress_settings', { settings }),
};

/** The adaptive dose: one panel per routine on the progress screen, and the answers to its offers. */
export const dose = {
  /** What each routine's panel shows: an offer, the red-flag pause, or why nothing is offered yet. */
  cards: () => call<DoseCard[]>('dose_cards'),
  /** Accepts the offered change (the next session uses the new dose) or declines it (the next offer waits a week). */
  reply: (routineId: string, change: DoseChange, reply: Reply) =>
    call<DoseAnswer>('dose_reply', { routineId, change, reply }),
  /** Takes back the routine's latest dose change. */
  undo: (routineId: string) => call<DoseAnswer>('dose_undo', { routineId }),
};
