/**
 * A course's session dates, worked out from its start date, number of sessions and weekly
 * schedule. Monthly patterns and schedules without days fall back to the start date alone, with the
 * schedule's own description shown beside it.
 */
import type { Schedule } from '../model/schedule.js';
import { WEEKDAYS, type Weekday } from '../model/vocabularies.js';
import { addDays, weekdayIndex } from './london-time.js';

/** Longest run we expand, so a schedule with no end and no session count stays bounded. */
const MAX_SESSIONS = 60;

/** The days a schedule meets on (plain weekly day codes only; `2MO` and the like are monthly). */
export function courseDays(schedule: Schedule | undefined): Weekday[] {
  return (schedule?.byday ?? []).filter((day): day is Weekday => (WEEKDAYS as readonly string[]).includes(day));
}

/**
 * Session dates, `YYYY-MM-DD` in order: weekly on the schedule's days (every `interval` weeks) from
 * `startDate`, until `sessions` dates or the schedule's last date, whichever comes first.
 */
export function sessionDates(startDate: string, sessions: number | undefined, schedule: Schedule | undefined): string[] {
  const days = courseDays(schedule);
  if (!schedule || schedule.freq !== 'WEEKLY' || days.length === 0) return [startDate];
  const wanted = Math.min(sessions ?? MAX_SESSIONS, MAX_SESSIONS);
  const interval = schedule.interval ?? 1;
  const last = schedule.validTo;
  const dayIndexes = new Set(days.map((day) => WEEKDAYS.indexOf(day)));
  // Weeks count from the Monday of the start date's week, so "every other week" keeps its rhythm.
  const firstMonday = addDays(startDate, -weekdayIndex(startDate));
  const dates: string[] = [];
  for (let offset = 0; dates.length < wanted && offset < wanted * interval * 7 + 7; offset++) {
    const date = addDays(startDate, offset);
    if (last !== undefined && date > last) break;
    const week = Math.floor((Date.parse(date) - Date.parse(firstMonday)) / (7 * 86_400_000));
    if (week % interval === 0 && dayIndexes.has(weekdayIndex(date))) dates.push(date);
  }
  return dates.length ? dates : [startDate];
}
