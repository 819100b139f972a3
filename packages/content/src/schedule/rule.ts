/**
 * A schedule entry read into a rule the other helpers can trust. Schedules arrive from editors and
 * from ORUK feeds, so anything may be missing or odd: each schedule is read on its own, and one that
 * cannot be understood is left out without affecting the others.
 */
import type { Schedule } from '../model/schedule.js';
import { WEEKDAYS, type Weekday } from '../model/vocabularies.js';
import { parseDay, type DayNumber } from './london-time.js';

/** A day code from `byday`: `TU` (every Tuesday), `2MO` (second Monday), `-1FR` (last Friday). */
export interface ScheduleDay {
  readonly weekday: Weekday;
  /** 1–5 counts from the start of the month, -1 is the last; absent means every such day. */
  readonly ordinal?: number;
}

/** A time of day on the 24-hour clock. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
}

/** A schedule as the helpers use it. */
export interface ScheduleRule {
  readonly frequency: 'weekly' | 'monthly';
  readonly interval: number;
  readonly days: readonly ScheduleDay[];
  /** 1–31, or -1 for the last day of the month. */
  readonly monthDays: readonly number[];
  readonly opens?: TimeOfDay;
  /** Only when `opens` is known and this is later the same day. */
  readonly closes?: TimeOfDay;
  readonly validFrom?: DayNumber;
  readonly validTo?: DayNumber;
}

/** Schedule fields as they may arrive: every field optional, so a partial record is still read. */
export type ScheduleInput = Partial<Pick<Schedule, 'freq' | 'interval' | 'byday' | 'bymonthday' | 'opensAt' | 'closesAt' | 'validFrom' | 'validTo' | 'description'>>;

const BYDAY = /^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

function readTime(value: string | undefined): TimeOfDay | undefined {
  const match = value === undefined ? null : TIME.exec(value.trim());
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : undefined;
}

function readDay(code: string): ScheduleDay | undefined {
  const match = BYDAY.exec(code.trim().toUpperCase());
  if (!match) return undefined;
  const weekday = match[2] as Weekday;
  return match[1] === undefined ? { weekday } : { weekday, ordinal: Number(match[1]) };
}

/** Minutes after midnight. */
export function minutesOf(time: TimeOfDay): number {
  return time.hour * 60 + time.minute;
}

/**
 * Reads a schedule into a rule, or `undefined` when its pattern cannot be followed: no or unknown
 * frequency, a day code or month day that is not one, no days at all, ordinals on a weekly rule, or
 * both weekdays and month days on one rule. Only "last" (-1) counts from the end of the month.
 */
export function readRule(schedule: ScheduleInput): ScheduleRule | undefined {
  const frequency = schedule.freq === 'WEEKLY' ? 'weekly' : schedule.freq === 'MONTHLY' ? 'monthly' : undefined;
  if (!frequency) return undefined;
  const interval = schedule.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1) return undefined;

  const days: ScheduleDay[] = [];
  for (const code of schedule.byday ?? []) {
    const day = readDay(code);
    if (!day || (day.ordinal !== undefined && day.ordinal < -1)) return undefined;
    if (day.ordinal !== undefined && frequency === 'weekly') return undefined;
    if (!days.some((known) => known.weekday === day.weekday && known.ordinal === day.ordinal)) days.push(day);
  }
  const monthDays: number[] = [];
  for (const code of schedule.bymonthday ?? []) {
    const value = Number(code);
    if (!Number.isInteger(value) || value === 0 || value > 31 || value < -1) return undefined;
    if (!monthDays.includes(value)) monthDays.push(value);
  }
  if (frequency === 'weekly' && monthDays.length) return undefined;
  if (days.length === 0 && monthDays.length === 0) return undefined;
  if (days.length && monthDays.length) return undefined;

  const validFrom = schedule.validFrom ? parseDay(schedule.validFrom) : undefined;
  const validTo = schedule.validTo ? parseDay(schedule.validTo) : undefined;
  if ((schedule.validFrom && validFrom === undefined) || (schedule.validTo && validTo === undefined)) return undefined;

  const opens = readTime(schedule.opensAt);
  const closes = readTime(schedule.closesAt);
  days.sort(byCalendarOrder);
  monthDays.sort((a, b) => (a === -1 ? 32 : a) - (b === -1 ? 32 : b));
  return {
    frequency,
    interval,
    days,
    monthDays,
    ...(opens ? { opens } : {}),
    ...(opens && closes && minutesOf(closes) > minutesOf(opens) ? { closes } : {}),
    ...(validFrom !== undefined ? { validFrom } : {}),
    ...(validTo !== undefined ? { validTo } : {}),
  };
}

// Monday first; within a weekday, the first week before the last.
function byCalendarOrder(a: ScheduleDay, b: ScheduleDay): number {
  const ordinal = (day: ScheduleDay) => (day.ordinal === undefined ? 0 : day.ordinal === -1 ? 6 : day.ordinal);
  return ordinal(a) - ordinal(b) || WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday);
}
