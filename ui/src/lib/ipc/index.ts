// The UI's door to Rust: re-exports the typed wrappers of each domain.
export { isCommandError, type CommandError } from './call';
export * from './routines';
export * from './session';
export * from './onboarding';
export * from './library';
export * from './safety';
export * from './progress';
export * from './journal';
export * from './data';
export * from './editor';
export * from './schedule';
export * from './saving';
export * from './sync';
export * from './look';
export * from './language';
export * from './startup';
