// The day-boundary field of the streak settings, as a typed 24-hour "HH:MM" text field. WebKit's native
// <input type="time"> writes its value in the web process's own locale, never in the page's language (WebKit
// only follows the lang attribute with the test-only LangAttributeAwareFormControlUIEnabled switch), so it
// showed "04:00 AM" in German. Every language Limber speaks writes times of day with 24 hours, as the reminder
// fields already do; this module reads and steps such a time.
import { parseTime } from '../reminders/form';

export { parseTime };

/**
 * The time `minutes` later (or earlier, when negative) than a typed time, kept between `min` and `max`
 * ("HH:MM"; the day boundary cannot go round midnight); a text that is no time gives `min`. The arrow keys step
 * the field with it, as they step a native time field.
 */
export function stepTime(text: string, minutes: number, min = '00:00', max = '23:59'): string {
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const low = toMinutes(parseTime(min) ?? '00:00');
  const high = toMinutes(parseTime(max) ?? '23:59');
  const current = parseTime(text);
  const next = current === null ? low : Math.min(high, Math.max(low, toMinutes(current) + minutes));
  return `${String(Math.floor(next / 60)).padStart(2, '0')}:${String(next % 60).padStart(2, '0')}`;
}
