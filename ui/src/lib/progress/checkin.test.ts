import { describe, expect, it } from 'vitest';
import { emptyForm, formFromDraft, missingText, toInput, type CheckInForm } from './checkin';

const full: CheckInForm = { pain: 3, stiffness: 4, sleepQuality: 2, sleepPosition: 'side', note: '' };

describe('what is still missing', () => {
  it.each([
    [emptyForm(), 'Please answer: back pain, stiffness, sleep quality and sleep position.'],
    [{ ...full, pain: null }, 'Please answer: back pain.'],
    [{ ...full, stiffness: null, sleepPosition: null }, 'Please answer: stiffness and sleep position.'],
    [full, null],
    // Zero is an answer, not a missing one.
    [{ ...full, pain: 0, stiffness: 0 }, null],
  ] as [CheckInForm, string | null][])('%j → %s', (form, text) => {
    expect(missingText(form)).toBe(text);
  });
});

describe('what is sent', () => {
  it.each([
    [full, { pain: 3, stiffness: 4, sleepQuality: 2, sleepPosition: 'side', note: null }],
    [{ ...full, note: '  stiff after driving ' }, { pain: 3, stiffness: 4, sleepQuality: 2, sleepPosition: 'side', note: 'stiff after driving' }],
    [{ ...full, sleepQuality: null }, null],
  ])('%j', (form, expected) => {
    expect(toInput(form as CheckInForm)).toEqual(expected);
  });
});

it('an edited entry starts from what was saved', () => {
  const form = formFromDraft({ pain: 6, stiffness: null, sleepQuality: 4, sleepPosition: 'back', note: null });
  expect(form).toEqual({ pain: 6, stiffness: null, sleepQuality: 4, sleepPosition: 'back', note: '' });
});
