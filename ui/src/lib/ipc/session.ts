import { call, on, type UnlistenFn } from './call';
import type { SessionView as RustSessionView } from './bindings/SessionView';
import type { CueEvent } from './bindings/CueEvent';
import type { Command } from './bindings/Command';
import type { Snapshot } from './bindings/Snapshot';
import type { StepView } from './bindings/StepView';
import type { PhaseView } from './bindings/PhaseView';
import type { Outcome } from './bindings/Outcome';
import type { CueKind } from './bindings/CueKind';
import type { TimeOfDay } from './bindings/TimeOfDay';
import type { AudioState as RustAudioState } from './bindings/AudioState';
import type { AudioSettings } from './bindings/AudioSettings';
import type { AudioStatus as RustAudioStatus } from './bindings/AudioStatus';
import type { Coach } from './bindings/Coach';
import type { SaveState as RustSaveState } from './bindings/SaveState';
import type { Said } from './words';

/** A session as screens see it: its record's sentence said in the language in force. */
export type SessionView = Said<RustSessionView>;
/** Sound as screens see it: why it is unavailable, said in the language in force. */
export type AudioState = Said<RustAudioState>;
export type AudioStatus = Said<RustAudioStatus>;

export type {
  CueEvent,
  Command,
  Snapshot,
  StepView,
  PhaseView,
  Outcome,
  CueKind,
  TimeOfDay,
  AudioSettings,
  Coach,
};

export const session = {
  start: (routineId: string, checklist: string[] | null = null) =>
    call<RustSessionView>('session_start', { routineId, checklist }),
  command: (command: Command) => call<RustSessionView>('session_command', { command }),
  current: () => call<RustSessionView | null>('session_current'),
  dismiss: () => call<void>('session_dismiss'),
  /** Saves the answer; resolves to whether it is on disk (it waits and is retried when the disk is full). */
  setFeel: (sessionId: string, feel: number) => call<RustSaveState>('session_set_feel', { sessionId, feel }),
  onView: (handler: (view: SessionView) => void): Promise<UnlistenFn> => on<RustSessionView>('session://view', handler),
  onCue: (handler: (cue: CueEvent) => void): Promise<UnlistenFn> => on('session://cue', handler),
  onFinished: (handler: (view: SessionView) => void): Promise<UnlistenFn> => on<RustSessionView>('session://finished', handler),
};

export const audio = {
  get: () => call<RustAudioState>('audio_get'),
  set: (settings: AudioSettings) => call<RustAudioState>('audio_set', { settings }),
  test: () => call<RustAudioStatus>('audio_test'),
  /** Says the voice's test sentence, as a bedtime routine would (`night`) or as any other would. */
  testVoice: (night: boolean) => call<RustAudioStatus>('audio_test_voice', { night }),
};
