/**
 * The next sessions of a set of schedules, as instants: what "next session" and "open now" are
 * computed from. Days are counted on the London calendar and times are London wall-clock times.
 */
import type { Weekday } from '../model/vocabularies.js';
import { WEEKDAYS } from '../model/vocabularies.js';
import type { HolidayCalendar } from './holidays.js';
import { dayParts, formatDay, londonInstant, londonWallClock, weekStart, type DayNumber } from './london-time.js';
import { minutesOf, readRule, type ScheduleInput, type ScheduleRule } from './rule.js';

/** One session. */
export interface Occurrence {
  readonly start: Date;
  /** Absent when the schedule gives no closing time. */
  readonly end?: Date;
}

/** Which sessions to list. */
export interface OccurrenceOptions {
  /** Sessions that have not ended by this instant (a session in progress is included). */
  readonly from: Date;
  /** Sessions that start before this instant. Defaults to a year after `from`. */
  readonly until?: Date;
  /** At most this many sessions. Defaults to 10. */
  readonly limit?: number;
  /** The days no session runs (see `holidayCalendar`). */
  readonly holidays: HolidayCalendar;
}

const DEFAULT_LIMIT = 10;
const DEFAULT_DAYS = 366;

/** True when `rule` has a session on `day` (holidays aside). */
export function runsOn(rule: ScheduleRule, day: DayNumber): boolean {
  if (rule.validFrom !== undefined && day < rule.validFrom) return false;
  if (rule.validTo !== undefined && day > rule.validTo) return false;
  const parts = dayParts(day);
  if (rule.interval > 1) {
    // "Every other week" counts from a date the session runs; without one, which weeks is unknown.
    if (rule.validFrom === undefined) return false;
    const start = dayParts(rule.validFrom);
    const elapsed =
      rule.frequency === 'weekly'
        ? (weekStart(day) - weekStart(rule.validFrom)) / 7
        : (parts.year - start.year) * 12 + parts.month - start.month;
    if (elapsed % rule.interval !== 0) return false;
  }
  if (rule.monthDays.length) {
    return rule.monthDays.some((value) => (value === -1 ? parts.date === parts.daysInMonth : parts.date === value));
  }
  const weekday: Weekday | undefined = WEEKDAYS[parts.weekday];
  return rule.days.some((entry) => {
    if (entry.weekday !== weekday) return false;
    if (entry.ordinal === undefined) return true;
    if (entry.ordinal === -1) return parts.date + 7 > parts.daysInMonth;
    return Math.ceil(parts.date / 7) === entry.ordinal;
  });
}

/**
 * The sessions of `schedules` that have not ended by `options.from`, earliest first, skipping the
 * holiday calendar's closed days. A schedule with no start time, or one that cannot be read, gives
 * no sessions and does not affect the others. Two schedules with the same session give it once.
 * @throws RangeError when `from` or `until` is not a valid date (a caller's mistake, not content's).
 */
export function occurrences(schedules: readonly ScheduleInput[], options: OccurrenceOptions): Occurrence[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const from = options.from.getTime();
  if (Number.isNaN(from)) throw new RangeError('occurrences: `from` is not a valid date');
  if (options.until && Number.isNaN(options.until.getTime())) throw new RangeError('occurrences: `until` is not a valid date');
  const until = options.until?.getTime() ?? from + DEFAULT_DAYS * 86_400_000;
  const rules = schedules.map(readRule).filter((rule): rule is ScheduleRule & { opens: NonNullable<ScheduleRule['opens']> } => rule?.opens !== undefined);
  if (rules.length === 0 || limit <= 0 || until <= from) return [];

  const found: Occurrence[] = [];
  const seen = new Set<string>();
  // One day early: a session that started yesterday London time could still be running.
  const lastDay = londonWallClock(new Date(until)).day;
  for (let day = londonWallClock(options.from).day - 1; day <= lastDay && found.length < limit; day += 1) {
    if (options.holidays.isClosed(formatDay(day))) continue;
    const today: Occurrence[] = [];
    for (const rule of rules) {
      if (!runsOn(rule, day)) continue;
      const start = londonInstant(day, minutesOf(rule.opens));
      const end = rule.closes ? londonInstant(day, minutesOf(rule.closes)) : undefined;
      if ((end ?? start).getTime() <= from && !(end === undefined && start.getTime() === from)) continue;
      if (start.getTime() >= until) continue;
      const key = `${start.getTime()}-${end?.getTime() ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      today.push(end ? { start, end } : { start });
    }
    today.sort((a, b) => a.start.getTime() - b.start.getTime() || (a.end?.getTime() ?? 0) - (b.end?.getTime() ?? 0));
    found.push(...today);
  }
  return found.slice(0, limit);
}

/**
 * The weekdays `schedules` run on, Monday first (for a "days of the week" filter). Month-day
 * patterns ("the 15th") fall on any weekday, so they add none; unreadable schedules add none.
 */
export function scheduleDays(schedules: readonly ScheduleInput[]): Weekday[] {
  const days = new Set<Weekday>();
  for (const schedule of schedules) {
    for (const day of readRule(schedule)?.days ?? []) days.add(day.weekday);
  }
  return WEEKDAYS.filter((day) => days.has(day));
}
