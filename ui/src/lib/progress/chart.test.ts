import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/locale.svelte';
import type { PainDay } from '../ipc';
import {
  chartData,
  chartSummary,
  checkIns,
  dayToSeconds,
  drawnDays,
  MIN_CHART_DAYS,
  MORNING_MARK,
  SLEEP_WIND_DOWN_MARK,
  sleepData,
  sleepSummary,
  drawnSleepDays,
  tickLabels,
  WIND_DOWN_MARK,
  xRange,
} from './chart';

function day(
  d: string,
  pain: number | null,
  stiffness: number | null,
  windDownBefore = false,
  morningRoutine = false,
  sleepQuality: number | null = null,
): PainDay {
  return { day: d, pain, stiffness, sleepQuality, windDownBefore, morningRoutine };
}

describe('sleep chart (issue 18)', () => {
  it('draws each rating and marks the nights after a wind-down above the 1–5 scale', () => {
    const data = sleepData([day('2025-03-01', 3, 4, true, false, 4), day('2025-03-02', null, null, false, true, null)]);
    expect(data.sleep).toEqual([4, null]);
    expect(data.windDown).toEqual([SLEEP_WIND_DOWN_MARK, null]);
    expect(SLEEP_WIND_DOWN_MARK).toBeGreaterThan(5);
  });
  it('starts at the first rated night, but shows at least a fortnight', () => {
    const days = Array.from({ length: 40 }, (_, i) => day(`2025-01-${String(i + 1).padStart(2, '0')}`, null, null));
    expect(drawnSleepDays(days)).toHaveLength(MIN_CHART_DAYS);
    days[5] = { ...days[5], sleepQuality: 3 };
    expect(drawnSleepDays(days)[0].day).toBe(days[5].day);
  });
  it.each([
    [[day('2025-03-01', null, null)], 'No nights rated yet. The morning check-in asks how you slept; your answers appear here.'],
    [
      [day('2025-03-01', 2, 2, false, false, 2), day('2025-03-02', 2, 2, true, false, 5)],
      '2 nights rated in this period. Latest, Sun 2 Mar: 5 of 5. Last 30 days on average: 3.5 of 5.',
    ],
    [[day('2025-03-01', 2, 2, false, false, 1)], '1 night rated in this period. Latest, Sat 1 Mar: 1 of 5. Last 30 days on average: 1.0 of 5.'],
  ] as [PainDay[], string][])('%#: says it in words', (days, text) => {
    expect(sleepSummary(days)).toBe(text);
  });
});

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

describe('days drawn', () => {
  const empty = (n: number) =>
    Array.from({ length: n }, (_, i) => day(new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), null, null));
  it.each([
    // Nothing yet: the last fortnight, empty.
    [empty(180), [], 166],
    // One check-in today: still a fortnight, so it shows as a point.
    [[...empty(179), day('2025-06-29', 3, 4)], [], 166],
    // Data from day 100 on: drawn from there.
    [empty(180).map((d, i) => (i === 100 ? { ...d, morningRoutine: true } : d)), [], 100],
    // Data from the first day: everything.
    [empty(180).map((d, i) => (i === 0 ? { ...d, pain: 2 } : d)), [], 0],
    // Fewer days than a fortnight: all of them.
    [empty(5), [], 0],
  ] as [PainDay[], never[], number][])('%#', (days, _unused, from) => {
    const drawn = drawnDays(days);
    expect(drawn[0]?.day ?? null).toBe(days[from]?.day ?? null);
    expect(drawn[drawn.length - 1]).toBe(days[days.length - 1]);
    expect(drawn.length).toBeGreaterThanOrEqual(Math.min(MIN_CHART_DAYS, days.length));
  });
});

describe('axis', () => {
  it.each([
    [[dayToSeconds('2025-11-09'), dayToSeconds('2025-11-21')], 14, ['9 Nov', '21 Nov']],
    [[dayToSeconds('2025-06-01'), dayToSeconds('2025-07-01')], 180, ['Jun', 'Jul']],
  ])('%j over %i days', (ticks, span, labels) => {
    expect(tickLabels(ticks, span)).toEqual(labels);
  });
  it('leaves half a day at each end', () => {
    expect(xRange([100000, 200000])).toEqual([100000 - 43200, 200000 + 43200]);
  });
});

describe('charts in German (issue 22)', () => {
  afterEach(() => setLanguage('en'));
  it('words the chart, and labels the axis, the German way', () => {
    setLanguage('de');
    expect(chartSummary([day('2025-03-01', 4, 6), day('2025-03-03', 2, 3)])).toBe(
      '2 Einträge in diesem Zeitraum. Zuletzt, Mo., 3. März: Schmerzen 2, Steifheit 3. Letzte 30 Tage im Schnitt: Schmerzen 3,0, Steifheit 4,5.',
    );
    expect(tickLabels([dayToSeconds('2025-11-09')], 14)).toEqual(['9. Nov.']);
    expect(tickLabels([dayToSeconds('2025-03-01')], 180)).toEqual(['Mär']);
  });
});
