import { describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));

import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { onNavigate } from './schedule';
import type { NavigateRequest } from './bindings/NavigateRequest';

const player: NavigateRequest = { screen: 'player', routineId: 'bedtime-wind-down' };

describe('onNavigate', () => {
  it('resolves only after the request made while the window loaded was handed over, listening first', async () => {
    const steps: string[] = [];
    const unlisten = vi.fn<() => void>();
    vi.mocked(listen).mockImplementationOnce(async () => {
      steps.push('listen');
      return unlisten;
    });
    vi.mocked(invoke).mockImplementationOnce(async (command) => {
      steps.push(String(command));
      return player;
    });
    const handled: NavigateRequest[] = [];
    const listening = onNavigate((request) => {
      steps.push('handled');
      handled.push(request);
    });
    const result = await listening;
    steps.push('resolved');
    expect(steps).toEqual(['listen', 'navigation_take', 'handled', 'resolved']);
    expect(handled).toEqual([player]);
    expect(result).toBe(unlisten);
  });

  it('resolves with nothing handed over when no request waits, or when Rust cannot say', async () => {
    for (const answer of [() => Promise.resolve(null), () => Promise.reject(new Error('window closed'))]) {
      vi.mocked(listen).mockResolvedValueOnce(vi.fn<() => void>());
      vi.mocked(invoke).mockImplementationOnce(answer);
      const handler = vi.fn();
      await onNavigate(handler);
      expect(handler).not.toHaveBeenCalled();
    }
  });

  it('hands over a later request from the event, and drops its stored copy', async () => {
    let deliver: ((event: { payload: unknown }) => void) | undefined;
    vi.mocked(listen).mockImplementationOnce(async (_event, handler) => {
      deliver = handler as (event: { payload: unknown }) => void;
      return vi.fn<() => void>();
    });
    vi.mocked(invoke).mockResolvedValue(null);
    const handler = vi.fn();
    await onNavigate(handler);
    vi.mocked(invoke).mockClear();
    deliver?.({ payload: player });
    expect(handler).toHaveBeenCalledWith(player);
    expect(vi.mocked(invoke).mock.calls.map(([command]) => command)).toEqual(['navigation_take']);
  });
});
