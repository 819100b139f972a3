/**
 * "When" for a result or a venue: each schedule in words (or the editor's own description when the
 * pattern cannot be said plainly), and whether it is running now or when it runs next.
 */
import { openStatus, type HolidayCalendar, type Schedule } from '@family-hubs/content';
import { openStatusText, scheduleSummary } from '../internal/schedule-text.js';

/**
 * One line per schedule, in the order the CMS lists them. A time said twice (feeds often give it
 * for the service and again for its venue) is said once.
 */
export function whenLines(schedules: readonly Schedule[], locale: string): string[] {
  const lines = schedules.map((schedule) => scheduleSummary(schedule, locale)).filter((line): line is string => !!line);
  return [...new Set(lines)];
}

/** "Open now · closes 5pm" or "Next session: Thursday 14 May"; nothing when the times are not known. */
export function nextText(schedules: readonly Schedule[], now: Date, holidays: HolidayCalendar, locale: string): string | undefined {
  if (!schedules.length) return undefined;
  const status = openStatus(schedules, now, holidays);
  return status ? openStatusText(status, now, locale) : undefined;
}
