// The settings' words in German (issue 22): the same functions the English tests check, with the language in
// force switched, so plurals, lists, numbers and dates come from Fluent and Intl, never from joined English.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from './locale.svelte';
import { backupAgeWarning, sizeText } from '../progress/data';
import { DAYS, kindsFor, nightNote, problems, timeLabel, type ReminderRow } from '../reminders/form';
import { changesText, localTimeText, relativeText } from '../sync/status';
import { describeReminder, SLEEP_POSITIONS } from '../onboarding/flow';
import { dayWithYear, listText, percentText } from '../format';
import { emptyForm, missingText, POSITIONS, SLEEP_QUALITY } from '../progress/checkin';
import { catalogue } from './catalogue';

beforeEach(() => setLanguage('de'));
afterEach(() => setLanguage('en'));

function check<T>(input: () => T, expected: T) {
  expect(input()).toEqual(expected);
}

const row = (overrides: Partial<ReminderRow>): ReminderRow => ({
  routineId: 'bedtime-wind-down',
  name: 'Abendruhe',
  timeOfDay: 'bedtime',
  durationSecs: 540,
  enabled: true,
  days: ['monday', 'friday'],
  kind: 'fixed',
  time: '00:30',
  leadMinutes: 30,
  stored: true,
  ...overrides,
});

describe('German settings words', () => {
  it.each<[string, () => unknown, unknown]>([
    ['bytes, singular', () => sizeText(1), '1 Byte'],
    ['bytes, grouped the German way', () => sizeText(1023), '1.023 Byte'],
    ['kilobytes with a decimal comma', () => sizeText(4300), '4,2 KB'],
    ['megabytes', () => sizeText(3 * 1024 * 1024 + 100_000), '3,1 MB'],
    // Whether CLDR writes a lone short weekday with a full stop differs between ICU versions; the names do not.
    ['weekday names from Intl', () => DAYS.map((d) => d.short.replace('.', '')), ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']],
    ['long weekday names from Intl', () => DAYS.map((d) => d.long)[6], 'Sonntag'],
    ['a list joined by Intl', () => listText(['Montag', 'Dienstag', 'Freitag']), 'Montag, Dienstag und Freitag'],
    ['a percentage', () => percentText(0.5), '50\u00a0%'],
    ['a day with its year', () => dayWithYear('2025-03-03'), 'Mo., 3. März 2025'],
    ['the kinds of reminder', () => kindsFor('bedtime', 'bedtime').map((k) => k.label), ['Vor dem Schlafengehen', 'Zu einer festen Uhrzeit']],
    ['the time field', () => timeLabel('fixed', 'Abendruhe'), 'Uhrzeit für Abendruhe'],
    ['no changes', () => changesText(0), 'keine Änderungen'],
    ['one change', () => changesText(1), '1 Änderung'],
    ['many changes, grouped', () => changesText(1204), '1.204 Änderungen'],
    ['a sleep position', () => SLEEP_POSITIONS.map((p) => p.label)[0], 'Auf der Seite'],
  ])('%s', (_, input, expected) => check(input, expected));

  it('says which nights a time after midnight belongs to, with German lists and plurals', () => {
    check(
      () => nightNote(row({}), '04:00:00'),
      '00:30 ist nach Mitternacht und zählt deshalb zur Nacht davor: die Nächte nach Montag und Freitag, also Dienstag und Samstag um 00:30.',
    );
    check(
      () => nightNote(row({ days: ['sunday'], kind: 'firstUseAfter', time: '01:15' }), '04:00:00'),
      '01:15 ist nach Mitternacht und zählt deshalb zur Nacht davor: die Nacht nach Sonntag, also Montag bei der ersten Nutzung nach 01:15.',
    );
  });

  it('names the field of every problem in German', () => {
    check(
      () => problems([row({ time: 'Mittag', days: [] })], { graceMinutes: 60, snoozeMinutes: 0, quietHours: false, quietStart: '', quietEnd: '' }),
      [
        'Abendruhe: „Mittag“ ist keine Uhrzeit; gib sie so ein: 22:30.',
        'Abendruhe: Wähle mindestens einen Tag.',
        'Die Schlummerdauer muss eine ganze Zahl von 1 bis 120 Minuten sein.',
      ],
    );
  });

  it('words a planned reminder with its days first, as German puts them', () => {
    check(
      () => describeReminder({ time: { kind: 'bedtime', bedtime: '23:00:00', leadMinutes: 30 }, days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], at: '22:30:00' }),
      'Erinnerung jeden Tag um 22:30 (30 Min. vor dem Schlafengehen).',
    );
    expect(describeReminder({ time: { kind: 'fixed', time: '07:15:00' }, days: ['monday', 'wednesday', 'friday'], at: '07:15:00' })).toMatch(
      /^Erinnerung Mo\.?, Mi\.? und Fr\.? um 07:15\.$/,
    );
  });

  it('warns about an old backup in German', () => {
    check(() => backupAgeWarning({ newestAgeDays: 9, warnAfterDays: 7 })?.startsWith('Deine neueste Sicherung ist 9 Tage alt.'), true);
  });

  it('says how long ago a pass was, and its time, with Intl in German', () => {
    const now = Date.parse('2027-01-13T10:00:00Z');
    check(() => relativeText(now - 5 * 60_000, now, 'UTC'), 'vor 5 Minuten');
    check(() => relativeText(now - 20_000, now, 'UTC'), 'gerade eben');
    check(() => relativeText(now - 26 * 3600_000, now, 'UTC'), 'gestern');
    check(() => localTimeText(now - 26 * 3600_000, now, 'UTC'), 'Di., 12. Jan., 08:00');
  });
});

describe('German check-in words', () => {
  it.each<[string, () => unknown, unknown]>([
    ['every question missing, as a German list', () => missingText(emptyForm()), 'Bitte beantworte noch: Rückenschmerzen, Steifheit, Schlafqualität und Schlafposition.'],
    ['one question missing', () => missingText({ ...emptyForm(), pain: 2, stiffness: 3, sleepQuality: 4 }), 'Bitte beantworte noch: Schlafposition.'],
    ['the sleep choices', () => SLEEP_QUALITY.map((q) => q.label), ['Sehr schlecht', 'Schlecht', 'Mittel', 'Gut', 'Sehr gut']],
    ['the positions', () => POSITIONS.map((p) => p.label), ['Seite', 'Rücken', 'Bauch', 'Unterschiedlich']],
  ])('%s', (_, input, expected) => check(input, expected));

  it.each<[string, number, string]>([
    ['en', 0, 'restored the backup from Mon 3 Mar 2025. Settings'],
    ['en', 1, 'restored the backup from Mon 3 Mar 2025 and the one record saved since then.'],
    ['en', 4, 'restored the backup from Mon 3 Mar 2025 and the 4 records saved since then.'],
    ['de', 1, 'dazu den einen Eintrag, der seitdem gespeichert wurde.'],
    ['de', 4, 'dazu die 4 Einträge, die seitdem gespeichert wurden.'],
  ])('the restored-backup notice in %s with %i records from the log', (tag, records, part) => {
    expect(catalogue.text(tag, 'recovery-restored', { day: 'Mon 3 Mar 2025', records })).toContain(part);
  });
});
