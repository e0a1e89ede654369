import { describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));

import { invoke } from '@tauri-apps/api/core';
import { call, isCommandError } from './call';

describe('call', () => {
  it('passes a command error through unchanged', async () => {
    vi.mocked(invoke).mockRejectedValueOnce({ code: 'notFound', message: 'No routine called "x".' });
    await expect(call('get_routine', { id: 'x' })).rejects.toEqual({ code: 'notFound', message: 'No routine called "x".' });
  });

  it('says an error Rust sends as catalogue words in the language in force', async () => {
    vi.mocked(invoke).mockRejectedValueOnce({
      code: 'notFound',
      message: { id: 'error-not-found', args: { what: 'routine', id: 'x' } },
    });
    await expect(call('get_routine', { id: 'x' })).rejects.toEqual({ code: 'notFound', message: 'No routine called "x".' });
  });

  it('says the sentences in a result', async () => {
    vi.mocked(invoke).mockResolvedValueOnce({ state: 'refused', message: { id: 'problem-read-only-refused', args: {} } });
    await expect(call('session_set_feel')).resolves.toEqual({
      state: 'refused',
      message: "Not saved: Limber's data folder is read-only. Make it writable again and try again.",
    });
  });

  it('wraps anything else as an internal error with a readable message', async () => {
    vi.mocked(invoke).mockRejectedValueOnce('window closed');
    await expect(call('list_routines')).rejects.toEqual({ code: 'internal', message: 'window closed' });
  });

  it('recognises the error shape', () => {
    expect(isCommandError({ code: 'storage', message: 'disk full' })).toBe(true);
    expect(isCommandError('disk full')).toBe(false);
    expect(isCommandError(null)).toBe(false);
  });
});
