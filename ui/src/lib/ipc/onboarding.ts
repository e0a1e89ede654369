// Typed wrappers for the first-run, plan and guide-preference commands (src-tauri/src/commands/onboarding.rs).
import { call } from './call';
import type { GuidePreferences } from './bindings/GuidePreferences';
import type { MorningCue } from './bindings/MorningCue';
import type { OnboardingStatus } from './bindings/OnboardingStatus';
import type { PainArea } from './bindings/PainArea';
import type { PlanAnswers } from './bindings/PlanAnswers';
import type { PlannedReminder } from './bindings/PlannedReminder';
import type { PlannedRoutine } from './bindings/PlannedRoutine';
import type { PlanPreview } from './bindings/PlanPreview';
import type { PlanView } from './bindings/PlanView';
import type { SleepPosition } from './bindings/SleepPosition';
import type { DayOfWeek } from './bindings/DayOfWeek';

export type {
  DayOfWeek,
  GuidePreferences,
  MorningCue,
  OnboardingStatus,
  PainArea,
  PlanAnswers,
  PlannedReminder,
  PlannedRoutine,
  PlanPreview,
  PlanView,
  SleepPosition,
};

export const onboarding = {
  status: () => call<OnboardingStatus>('onboarding_status'),
  acknowledgeSafety: () => call<OnboardingStatus>('onboarding_acknowledge_safety'),
  propose: (answers: PlanAnswers) => call<PlanPreview>('onboarding_propose', { answers }),
  accept: (answers: PlanAnswers) => call<PlanView>('onboarding_accept', { answers }),
  skip: () => call<OnboardingStatus>('onboarding_skip'),
  restart: () => call<OnboardingStatus>('onboarding_restart'),
};

export const plan = {
  get: () => call<PlanView>('plan_get'),
  setGuide: (preferences: GuidePreferences) =>
    call<GuidePreferences>('guide_set_preferences', { preferences }),
};

// Start at login belongs to the reminders' commands (commands/schedule.rs); the first run asks about it
// once, so it calls them through these two wrappers.
export const startAtLogin = {
  get: () => call<boolean>('autostart_get'),
  set: (enabled: boolean) => call<boolean>('autostart_set', { enabled }),
};
