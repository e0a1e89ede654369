import { describe, expect, it } from 'vitest';
import type { SyncDevice, SyncStatus } from '../ipc';
import {
  changesText,
  deviceLabels,
  devicesInOrder,
  localTimeText,
  relativeText,
  syncView,
  whenText,
} from './status';

// Every "now" is pinned: Wednesday 2027-01-13 10:00 UTC, the end-to-end tests' ordinary instant.
const NOW = Date.parse('2027-01-13T10:00:00Z');
const at = (iso: string) => Date.parse(iso);

describe('relativeText', () => {
  function check(instant: string, zone: string, expected: string | null) {
    expect(relativeText(at(instant), NOW, zone)).toBe(expected);
  }
  it.each([
    // [instant, zone, expected]
    ['2027-01-13T10:00:00Z', 'UTC', 'just now'],
    ['2027-01-13T09:59:01Z', 'UTC', 'just now'],
    ['2027-01-13T09:59:00Z', 'UTC', '1 minute ago'],
    ['2027-01-13T09:55:00Z', 'UTC', '5 minutes ago'],
    ['2027-01-13T09:00:01Z', 'UTC', '59 minutes ago'],
    ['2027-01-13T09:00:00Z', 'UTC', '1 hour ago'],
    ['2027-01-12T10:00:01Z', 'UTC', '23 hours ago'],
    ['2027-01-12T10:00:00Z', 'UTC', 'yesterday'],
    ['2027-01-12T00:00:00Z', 'UTC', 'yesterday'],
    ['2027-01-11T23:59:00Z', 'UTC', '2 days ago'],
    ['2027-01-07T10:00:00Z', 'UTC', '6 days ago'],
    ['2027-01-06T10:00:00Z', 'UTC', 'last week'],
    ['2026-12-30T10:00:00Z', 'UTC', '2 weeks ago'],
    ['2026-12-13T10:00:00Z', 'UTC', 'last month'],
    ['2026-07-13T10:00:00Z', 'UTC', '6 months ago'],
    ['2026-01-13T10:00:00Z', 'UTC', 'last year'],
    ['2025-01-13T10:00:00Z', 'UTC', '2 years ago'],
    // Another computer's clock a little ahead still reads as now; further ahead has no true words.
    ['2027-01-13T10:00:59Z', 'UTC', 'just now'],
    ['2027-01-13T10:01:01Z', 'UTC', null],
    ['2027-01-14T10:00:00Z', 'UTC', null],
    // Calendar days follow the zone: 25 hours ago is yesterday in UTC and Los Angeles, but at UTC+14 (where now
    // is already Thursday 00:00) it was Tuesday, two days ago.
    ['2027-01-12T09:00:00Z', 'UTC', 'yesterday'],
    ['2027-01-12T09:00:00Z', 'America/Los_Angeles', 'yesterday'],
    ['2027-01-12T09:00:00Z', 'Pacific/Kiritimati', '2 days ago'],
  ])('%s in %s → %s', check);
});

describe('localTimeText', () => {
  function check(instant: string, now: string, zone: string, expected: string) {
    expect(localTimeText(at(instant), at(now), zone)).toBe(expected);
  }
  it.each([
    // [instant, now, zone, expected]
    ['2027-01-13T09:55:00Z', '2027-01-13T10:00:00Z', 'UTC', '09:55'],
    ['2027-01-13T00:00:00Z', '2027-01-13T10:00:00Z', 'UTC', '00:00'],
    ['2027-01-12T22:40:00Z', '2027-01-13T10:00:00Z', 'UTC', 'Tue 12 Jan, 22:40'],
    ['2026-12-31T23:50:00Z', '2027-01-13T10:00:00Z', 'UTC', 'Thu 31 Dec 2026, 23:50'],
    ['2027-01-13T09:55:00Z', '2027-01-13T10:00:00Z', 'Europe/Berlin', '10:55'],
    // 23:30 UTC on Tuesday is 00:30 on Wednesday in Berlin: the same day as now there.
    ['2027-01-12T23:30:00Z', '2027-01-13T10:00:00Z', 'Europe/Berlin', '00:30'],
    // At UTC+14 now is Thursday 00:00, so five minutes earlier is Wednesday.
    ['2027-01-13T09:55:00Z', '2027-01-13T10:00:00Z', 'Pacific/Kiritimati', 'Wed 13 Jan, 23:55'],
    // New Year's Eve in New York: UTC is already in 2028, the local day is still 31 December 2027.
    ['2028-01-01T04:40:00Z', '2028-01-01T04:50:00Z', 'America/New_York', '23:40'],
    ['2028-01-01T04:40:00Z', '2028-01-01T04:50:00Z', 'UTC', '04:40'],
    ['2027-12-31T04:40:00Z', '2028-01-01T04:50:00Z', 'UTC', 'Fri 31 Dec 2027, 04:40'],
    // The hour after Berlin's spring-forward change.
    ['2027-03-28T00:30:00Z', '2027-03-28T01:30:00Z', 'Europe/Berlin', '01:30'],
    ['2027-03-28T01:00:00Z', '2027-03-28T01:30:00Z', 'Europe/Berlin', '03:00'],
  ])('%s at %s in %s → %s', check);
});

describe('whenText', () => {
  function check(value: string | null, zone: string, expected: { text: string; datetime: string } | null) {
    expect(whenText(value, NOW, zone)).toEqual(expected);
  }
  it.each([
    [null, 'UTC', null],
    ['not a time', 'UTC', null],
    ['', 'UTC', null],
    ['2027-01-13T09:55:00Z', 'UTC', { text: '5 minutes ago (09:55)', datetime: '2027-01-13T09:55:00.000Z' }],
    ['2027-01-13T10:55:00+01:00', 'UTC', { text: '5 minutes ago (09:55)', datetime: '2027-01-13T09:55:00.000Z' }],
    ['2027-01-13T09:55:00Z', 'Europe/Berlin', { text: '5 minutes ago (10:55)', datetime: '2027-01-13T09:55:00.000Z' }],
    ['2027-01-12T22:40:00Z', 'UTC', { text: '11 hours ago (Tue 12 Jan, 22:40)', datetime: '2027-01-12T22:40:00.000Z' }],
    ['2027-01-13T13:00:00Z', 'UTC', { text: '13:00', datetime: '2027-01-13T13:00:00.000Z' }],
  ] as const)('%s in %s', (value, zone, expected) => check(value, zone, expected));
});

describe('changesText', () => {
  it.each([
    [0, 'no changes'],
    [1, '1 change'],
    [2, '2 changes'],
    [1204, '1,204 changes'],
  ])('%i → %s', (count, expected) => {
    expect(changesText(count)).toBe(expected);
  });
});

const device = (id: string, name: string, lastChange: string | null = null, changes = 1): SyncDevice => ({
  id,
  name,
  changes,
  lastChange,
});

describe('deviceLabels', () => {
  function check(names: string[], thisName: string, expected: string[]) {
    const devices = names.map((name, i) => device(`${i}a1b2c3d4e5f6a7${i}`.slice(0, 16), name));
    const labels = deviceLabels(devices, thisName);
    expect(devices.map((d) => labels.get(d.id))).toEqual(expected);
  }
  it.each([
    [[], 'laptop', []],
    [['desktop'], 'laptop', ['desktop']],
    [['desktop', 'work'], 'laptop', ['desktop', 'work']],
    [['  desktop '], 'laptop', ['desktop']],
    // Two computers with one name, or one named like this computer, get the start of their id.
    [['ubuntu', 'ubuntu'], 'laptop', ['ubuntu (0a1b…)', 'ubuntu (1a1b…)']],
    [['Ubuntu', 'ubuntu', 'desk'], 'laptop', ['Ubuntu (0a1b…)', 'ubuntu (1a1b…)', 'desk']],
    [['laptop'], 'laptop', ['laptop (0a1b…)']],
    [['', '   '], 'laptop', ['Unnamed computer (0a1b…)', 'Unnamed computer (1a1b…)']],
    [['desktop'], '', ['desktop']],
  ])('%j beside %j → %j', check);
});

describe('devicesInOrder', () => {
  function check(devices: SyncDevice[], expectedIds: string[]) {
    expect(devicesInOrder(devices).map((d) => d.id)).toEqual(expectedIds);
  }
  it.each([
    [[], []],
    [
      [
        device('a', 'old', '2027-01-10T10:00:00Z'),
        device('b', 'new', '2027-01-13T09:00:00Z'),
        device('c', 'none', null),
        device('d', 'mid', '2027-01-12T10:00:00Z'),
      ],
      ['b', 'd', 'a', 'c'],
    ],
    // The same instant written two ways is one instant; then the name decides, then the id.
    [
      [
        device('z', 'beta', '2027-01-13T10:00:00+01:00'),
        device('y', 'alpha', '2027-01-13T09:00:00Z'),
        device('x', 'alpha', '2027-01-13T09:00:00Z'),
      ],
      ['x', 'y', 'z'],
    ],
    [[device('b', 'b', 'garbage'), device('a', 'a', null), device('c', 'c', '2027-01-01T00:00:00Z')], ['c', 'a', 'b']],
  ])('%#', check);

  it('leaves the list it was given as it was', () => {
    const given = [device('a', 'a', null), device('b', 'b', '2027-01-13T09:00:00Z')];
    devicesInOrder(given);
    expect(given.map((d) => d.id)).toEqual(['a', 'b']);
  });
});

describe('syncView', () => {
  const base: SyncStatus = {
    folder: null,
    deviceId: '3f2a000000000001',
    deviceName: 'laptop',
    lastSynced: null,
    problem: null,
    written: 0,
    devices: [],
    skipped: [],
  };
  function check(status: Partial<SyncStatus>, expected: unknown) {
    expect(syncView({ ...base, ...status }, NOW, 'UTC')).toEqual(expected);
  }

  it.each([
    ['off', {}, { on: false, problem: null }],
    ['off with a problem', { problem: 'The folder was removed.' }, { on: false, problem: 'The folder was removed.' }],
    ['off with a blank problem', { problem: '  ' }, { on: false, problem: null }],
    [
      'on, never synced',
      { folder: '/home/me/Sync' },
      {
        on: true,
        folder: '/home/me/Sync',
        lastSynced: null,
        problem: null,
        thisComputer: 'laptop',
        written: 'nothing written from this computer yet',
        devices: [],
        skipped: [],
      },
    ],
    [
      'on, with a problem, another computer and a skipped file',
      {
        folder: '/media/usb/limber',
        lastSynced: '2027-01-13T09:58:00Z',
        problem: 'The folder /media/usb/limber is not there: is the USB stick plugged in?',
        written: 12,
        deviceName: '',
        devices: [device('9c1e000000000002', 'desktop', '2027-01-12T22:40:00Z', 5)],
        skipped: [{ file: 'limber-x.sync-conflict-1.jsonl', reason: 'a copy the sync tool made in a conflict' }],
      },
      {
        on: true,
        folder: '/media/usb/limber',
        lastSynced: { text: '2 minutes ago (09:58)', datetime: '2027-01-13T09:58:00.000Z' },
        problem: 'The folder /media/usb/limber is not there: is the USB stick plugged in?',
        thisComputer: 'Unnamed computer (3f2a…)',
        written: '12 changes written from this computer',
        devices: [
          {
            id: '9c1e000000000002',
            label: 'desktop',
            changes: '5 changes',
            lastChange: { text: '11 hours ago (Tue 12 Jan, 22:40)', datetime: '2027-01-12T22:40:00.000Z' },
            removeName: 'Remove desktop',
          },
        ],
        skipped: [{ file: 'limber-x.sync-conflict-1.jsonl', reason: 'a copy the sync tool made in a conflict' }],
      },
    ],
  ])('%s', (_, status, expected) => check(status, expected));

  it('names each remove button after the computer it removes, told apart by id when names clash', () => {
    const view = syncView(
      {
        ...base,
        folder: '/sync',
        devices: [device('aaaa000000000001', 'ubuntu', null, 0), device('bbbb000000000002', 'ubuntu', '2027-01-13T09:00:00Z')],
      },
      NOW,
      'UTC',
    );
    expect(view.on && view.thisComputer).toBe('laptop');
    expect(view.on && view.devices.map((d) => [d.removeName, d.changes, d.lastChange?.text ?? null])).toEqual([
      ['Remove ubuntu (bbbb…)', '1 change', '1 hour ago (09:00)'],
      ['Remove ubuntu (aaaa…)', 'no changes', null],
    ]);
  });
});

describe('the name this computer is shown by', () => {
  function check(thisName: string, others: string[], expected: string, deviceId = '3f2a000000000001') {
    const status: SyncStatus = {
      folder: '/sync',
      deviceId,
      deviceName: thisName,
      lastSynced: null,
      problem: null,
      written: 0,
      devices: others.map((name, i) => device(`9c1e00000000000${i}`, name)),
      skipped: [],
    };
    const view = syncView(status, NOW, 'UTC');
    expect(view.on && view.thisComputer).toBe(expected);
  }
  it.each([
    ['laptop', [], 'laptop'],
    ['laptop', ['desktop'], 'laptop'],
    // Another computer with the same host name: both get the start of their id.
    ['ubuntu', ['Ubuntu'], 'ubuntu (3f2a…)'],
    ['', [], 'Unnamed computer (3f2a…)'],
  ])('%j beside %j → %s', (name, others, expected) => check(name, others, expected));

  it('has no id to add before its first pass', () => {
    check('ubuntu', ['ubuntu'], 'ubuntu', '');
  });
});
