/**
 * Wall-clock time in England. Sessions are written as local times ("10:00 on Tuesdays"), so a
 * 10:00 session stays 10:00 when the clocks change while its instant moves by an hour. `Intl`
 * knows the UK's rules (last Sunday of March and of October), so no timezone library is needed.
 */

/** A calendar day as a count of days since 1970-01-01 (no time zone: a date on a timetable). */
export type DayNumber = number;

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2027-03-29` → its day number, or `undefined` when it is not a real calendar date. */
export function parseDay(date: string): DayNumber | undefined {
  const match = ISO_DAY.exec(date.slice(0, 10));
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  // Date.UTC rolls 2026-02-30 over to March; a date that moves is not a real date.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return time / DAY_MS;
}

/** A day number → `YYYY-MM-DD`. */
export function formatDay(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The parts of a calendar day: month 1–12, weekday 0 = Monday … 6 = Sunday. */
export interface DayParts {
  readonly year: number;
  readonly month: number;
  readonly date: number;
  readonly weekday: number;
  readonly daysInMonth: number;
}

/** Year, month, date, weekday and month length of a day number. */
export function dayParts(day: DayNumber): DayParts {
  const value = new Date(day * DAY_MS);
  const year = value.getUTCFullYear();
  const month = value.getUTCMonth() + 1;
  return {
    year,
    month,
    date: value.getUTCDate(),
    weekday: (value.getUTCDay() + 6) % 7,
    daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
  };
}

let londonFormat: Intl.DateTimeFormat | undefined;

// Created on first use, not at import: importing the SDK does no work.
function formatter(): Intl.DateTimeFormat {
  londonFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  return londonFormat;
}

/** The London calendar day and minute of the day at `instant`. */
export function londonWallClock(instant: Date): { readonly day: DayNumber; readonly minute: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter().formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const day = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1) / DAY_MS;
  return { day, minute: (parts.hour ?? 0) * 60 + (parts.minute ?? 0) + (parts.second ?? 0) / 60 };
}

/** Minutes London is ahead of UTC at `instant` (0 in winter, 60 in summer). */
function londonOffset(instant: number): number {
  const wall = londonWallClock(new Date(instant));
  const wallMs = wall.day * DAY_MS + Math.round(wall.minute * 60_000);
  const floored = instant - (((instant % 60_000) + 60_000) % 60_000);
  return Math.round((wallMs - floored) / 60_000);
}

// Offsets per London day, worked out once: `Intl` is slow next to arithmetic, and a search page
// asks for the same few weeks of days for every service. `null` marks a day the clocks change.
const dayOffsets = new Map<DayNumber, number | null>();
const MAX_REMEMBERED_DAYS = 4000;

function wholeDayOffset(day: DayNumber): number | null {
  let offset = dayOffsets.get(day);
  if (offset === undefined) {
    // The UK changes its clocks at 01:00 UTC, so a day whose two ends agree has one offset throughout.
    const start = londonOffset(day * DAY_MS);
    offset = start === londonOffset((day + 1) * DAY_MS - 60_000) ? start : null;
    if (dayOffsets.size >= MAX_REMEMBERED_DAYS) dayOffsets.clear();
    dayOffsets.set(day, offset);
  }
  return offset;
}

/**
 * The instant of `minute` (minutes after midnight) on `day`, London time. A time the clocks skip
 * (01:30 on the last Sunday of March) comes out an hour later; a time that happens twice (01:30 on
 * the last Sunday of October) is the second one.
 */
export function londonInstant(day: DayNumber, minute: number): Date {
  const wall = day * DAY_MS + minute * 60_000;
  const whole = wholeDayOffset(day);
  if (whole !== null) return new Date(wall - whole * 60_000);
  const first = wall - londonOffset(wall) * 60_000;
  return new Date(wall - londonOffset(first) * 60_000);
}

/** The number of the Monday that starts the week of `day` (weeks start on Monday, as RRULE's default WKST=MO). */
export function weekStart(day: DayNumber): DayNumber {
  return day - dayParts(day).weekday;
}
