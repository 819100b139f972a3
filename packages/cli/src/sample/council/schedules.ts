/**
 * Builders for schedules (the RRULE subset of the model), so sample times read like a timetable.
 */
import type { Entity, Weekday } from '@family-hubs/content';

/** A schedule before it gets an id. */
export type ScheduleSpec = Omit<Entity<'schedule'>, 'id' | 'contentType'>;

/** `2MO` = second Monday of the month, `-1FR` = last Friday. */
export type MonthlyDay = `${'1' | '2' | '3' | '4' | '-1'}${Weekday}`;

/** A 24-hour time such as `09:30` (the model checks the exact format). */
export type Time = `${number}${number}:${number}${number}`;

const days = (day: Weekday | readonly Weekday[]): string[] => (typeof day === 'string' ? [day] : [...day]);

/** Every week on `day` (or days). */
export function weekly(day: Weekday | readonly Weekday[], opensAt: Time, closesAt: Time, extra: Partial<ScheduleSpec> = {}): ScheduleSpec {
  return { freq: 'WEEKLY', interval: 1, byday: days(day), opensAt, closesAt, ...extra };
}

/** Every other week on `day`, counted from `validFrom` (a date the session runs). */
export function fortnightly(day: Weekday, opensAt: Time, closesAt: Time, validFrom: string, extra: Partial<ScheduleSpec> = {}): ScheduleSpec {
  return { freq: 'WEEKLY', interval: 2, byday: [day], opensAt, closesAt, validFrom, ...extra };
}

/** Monthly on the nth weekday (`2MO`, `-1FR`). */
export function monthly(day: MonthlyDay | readonly MonthlyDay[], opensAt: Time, closesAt: Time, extra: Partial<ScheduleSpec> = {}): ScheduleSpec {
  return { freq: 'MONTHLY', interval: 1, byday: typeof day === 'string' ? [day] : [...day], opensAt, closesAt, ...extra };
}

/** Gives a schedule its entry id. */
export function scheduleEntity(id: string, spec: ScheduleSpec): Entity<'schedule'> {
  return { id, contentType: 'schedule', ...spec };
}
