/**
 * What a schedule says, as structure rather than words: the widgets turn it into "Every other
 * Tuesday, 10am to 11:30am" in the page's language.
 */
import { readRule, type ScheduleDay, type ScheduleInput, type TimeOfDay } from './rule.js';

/** A schedule's pattern, language-free. */
export interface ScheduleDescription {
  readonly frequency: 'weekly' | 'monthly';
  /** 1 = every week (or month), 2 = every other week, and so on. Monthly patterns are always 1. */
  readonly interval: number;
  /** Weekdays in calendar order; monthly days may carry an ordinal (2 = second, -1 = last). */
  readonly days: readonly ScheduleDay[];
  /** Days of the month, ascending, -1 (the last day) at the end. */
  readonly monthDays: readonly number[];
  readonly opens?: TimeOfDay;
  /** Present only with `opens`, and later than it. */
  readonly closes?: TimeOfDay;
}

/**
 * The pattern of `schedule`, or `undefined` when it cannot be said plainly (an unreadable rule, or
 * one such as "every third month" or "every Monday and the last Friday"): then show the schedule's
 * own `description`.
 */
export function describeSchedule(schedule: ScheduleInput): ScheduleDescription | undefined {
  const rule = readRule(schedule);
  if (!rule || (rule.frequency === 'monthly' && rule.interval > 1)) return undefined;
  const counted = rule.days.filter((day) => day.ordinal !== undefined).length;
  if (counted > 0 && counted < rule.days.length) return undefined;
  return {
    frequency: rule.frequency,
    interval: rule.interval,
    days: rule.days,
    monthDays: rule.monthDays,
    ...(rule.opens ? { opens: rule.opens } : {}),
    ...(rule.closes ? { closes: rule.closes } : {}),
  };
}
