import { describe, expect, it } from 'vitest';
import type { PainDay } from '../ipc';
import { chartData, chartSummary, checkIns, dayToSeconds, MORNING_MARK, WIND_DOWN_MARK } from './chart';

function day(d: string, pain: number | null, stiffness: number | null, windDownBefore = false, morningRoutine = false): PainDay {
  return { day: d, pain, stiffness, windDownBefore, morningRoutine };
}

describe('chart data', () => {
  it('keeps gaps as nulls and marks routine days above the scale', () => {
    const data = chartData([day('2025-03-01', 3, 4, true, false), day('2025-03-02', null, null, false, true)]);
    expect(data.xs).toEqual([dayToSeconds('2025-03-01'), dayToSeconds('2025-03-01') + 86400]);
    expect(data.pain).toEqual([3, null]);
    expect(data.stiffness).toEqual([4, null]);
    expect(data.windDown).toEqual([WIND_DOWN_MARK, null]);
    expect(data.morning).toEqual([null, MORNING_MARK]);
    expect(Math.min(WIND_DOWN_MARK, MORNING_MARK)).toBeGreaterThan(10);
  });
});

describe('chart in words', () => {
  it.each([
    [[day('2025-03-01', null, null)], 'No check-ins yet. After your morning check-in, your pain and stiffness appear here.'],
    [
      [day('2025-03-01', 4, 6), day('2025-03-02', null, null), day('2025-03-03', 2, 3)],
      '2 check-ins in this period. Latest, Mon 3 Mar: pain 2, stiffness 3. Last 30 days on average: pain 3.0, stiffness 4.5.',
    ],
  ] as [PainDay[], string][])('%#', (days, text) => {
    expect(chartSummary(days)).toBe(text);
  });

  it('lists check-ins newest first', () => {
    const list = checkIns([day('2025-03-01', 4, 6), day('2025-03-02', null, null), day('2025-03-03', 2, 3)]);
    expect(list.map((d) => d.day)).toEqual(['2025-03-03', '2025-03-01']);
  });
});
