/**
 * Schedules in words families read: "Every other Tuesday, 10am to 11:30am", "Last Friday of the
 * month, 1pm to 3pm", "Open now · closes 5pm", "Next session: Thursday 14 May". The SDK says what the
 * pattern is (`describeSchedule`, `openStatus`); this file only words it, in the widget's language.
 *
 * English times are written as GOV.UK writes them (10am, 11:30am, midday, midnight); other
 * languages use their own 24-hour clock from `Intl`. Dates and times are London time, whatever the
 * device's clock says.
 */
import { msg, str } from '@lit/localize';
import { timeText } from './format.js';
import {
  describeSchedule,
  WEEKDAYS,
  type OpenStatus,
  type ScheduleDay,
  type ScheduleDescription,
  type ScheduleInput,
  type TimeOfDay,
  type Weekday,
} from '@family-hubs/content';

const UK_TIME_ZONE = 'Europe/London';

const isEnglish = (locale: string): boolean => locale.toLowerCase().startsWith('en');

// Times of day are worded in format.ts, with the dates: every widget that shows a time says it the same way.
export { timeText };

/** The London time of day at `instant`. */
function londonTime(instant: Date): TimeOfDay {
  const parts = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZone: UK_TIME_ZONE }).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { hour: value('hour'), minute: value('minute') };
}

function weekdayName(weekday: Weekday, locale: string): string {
  // 1 January 2024 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(weekday)));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

const list = (items: readonly string[], locale: string): string => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

// "Last" agrees with the weekday in some languages (Polish: ostatni piątek, ostatnia środa), so
// each weekday has its own phrase.
function lastWeekday(weekday: Weekday): string {
  switch (weekday) {
    case 'MO':
      return msg('last Monday', { desc: 'In "last Monday of the month"' });
    case 'TU':
      return msg('last Tuesday', { desc: 'In "last Tuesday of the month"' });
    case 'WE':
      return msg('last Wednesday', { desc: 'In "last Wednesday of the month"' });
    case 'TH':
      return msg('last Thursday', { desc: 'In "last Thursday of the month"' });
    case 'FR':
      return msg('last Friday', { desc: 'In "last Friday of the month"' });
    case 'SA':
      return msg('last Saturday', { desc: 'In "last Saturday of the month"' });
    case 'SU':
      return msg('last Sunday', { desc: 'In "last Sunday of the month"' });
  }
}

function ordinalWord(ordinal: number): string {
  switch (ordinal) {
    case 1:
      return msg('first', { desc: 'In "first Monday of the month"' });
    case 2:
      return msg('second', { desc: 'In "second Monday of the month"' });
    case 3:
      return msg('third', { desc: 'In "third Monday of the month"' });
    case 4:
      return msg('fourth', { desc: 'In "fourth Monday of the month"' });
    default:
      return msg('fifth', { desc: 'In "fifth Monday of the month"' });
  }
}

/** "first and third Monday", "last Friday": one phrase per weekday, in calendar order. */
function monthlyDays(days: readonly ScheduleDay[], locale: string): string[] {
  const phrases: string[] = [];
  for (const weekday of WEEKDAYS) {
    const counted = days.filter((day) => day.weekday === weekday && day.ordinal !== undefined && day.ordinal > 0).map((day) => day.ordinal ?? 1);
    if (counted.length) phrases.push(`${list(counted.map(ordinalWord), locale)} ${weekdayName(weekday, locale)}`);
    if (days.some((day) => day.weekday === weekday && day.ordinal === -1)) phrases.push(lastWeekday(weekday));
  }
  return phrases;
}

function monthDayText(day: number, locale: string): string {
  if (day === -1) return msg('last day', { desc: 'In "On the last day of the month" (and "On the 1st and last day of the month")' });
  if (!isEnglish(locale)) return `${day}.`;
  const suffixes: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };
  return `${day}${suffixes[new Intl.PluralRules('en-GB', { type: 'ordinal' }).select(day)] ?? 'th'}`;
}

function patternText(description: ScheduleDescription, locale: string): string {
  if (description.frequency === 'weekly') {
    const days = list(
      description.days.map((day) => weekdayName(day.weekday, locale)),
      locale,
    );
    if (description.interval === 1) return msg(str`Every ${days}`, { desc: 'A weekly session: "Every Tuesday", "Every Monday and Wednesday"' });
    if (description.interval === 2) return msg(str`Every other ${days}`, { desc: 'A session every two weeks: "Every other Tuesday"' });
    const interval = description.interval;
    return msg(str`Every ${interval} weeks on ${days}`, { desc: 'A session every 3 (or more) weeks: "Every 3 weeks on Tuesday"' });
  }
  if (description.monthDays.length) {
    const days = list(
      description.monthDays.map((day) => monthDayText(day, locale)),
      locale,
    );
    return msg(str`On the ${days} of the month`, { desc: 'A monthly session on set dates: "On the 15th of the month", "On the 1st and last day of the month"' });
  }
  // A monthly weekday without an ordinal is every such weekday: "Every Monday".
  if (description.days.every((day) => day.ordinal === undefined)) {
    const all = list(
      description.days.map((day) => weekdayName(day.weekday, locale)),
      locale,
    );
    return msg(str`Every ${all}`, { desc: 'A weekly session: "Every Tuesday", "Every Monday and Wednesday"' });
  }
  const days = list(monthlyDays(description.days, locale), locale);
  return msg(str`${days} of the month`, { desc: 'A monthly session: "Last Friday of the month", "first and third Monday of the month"' });
}

/**
 * A schedule's pattern and times in words: "Every Tuesday, 10am to 11:30am", "Every other Tuesday
 * at 10am", "Last Friday of the month, 1pm to 3pm".
 */
export function scheduleText(description: ScheduleDescription, locale: string): string {
  // Translations may start with a day or an ordinal ("ostatni piątek miesiąca").
  const pattern = capitalise(patternText(description, locale), locale);
  if (!description.opens) return pattern;
  const opens = timeText(description.opens, locale);
  if (!description.closes) return msg(str`${pattern} at ${opens}`, { desc: 'A session with a start time only: "Every Tuesday at 10am"' });
  const closes = timeText(description.closes, locale);
  return msg(str`${pattern}, ${opens} to ${closes}`, { desc: 'A session with its times: "Every Tuesday, 10am to 11:30am"' });
}

/**
 * What to show for one schedule: its pattern in words, or the editor's description when the pattern
 * cannot be said plainly (or is missing). `undefined` when there is neither.
 */
export function scheduleSummary(schedule: ScheduleInput, locale: string): string | undefined {
  const description = describeSchedule(schedule);
  if (description) return scheduleText(description, locale);
  return schedule.description?.trim() || undefined;
}

/** A session's day: "Thursday 14 May" (with the year when it is not this year's). */
export function sessionDateText(start: Date, now: Date, locale: string): string {
  const year = (date: Date) => new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: UK_TIME_ZONE }).format(date);
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(year(start) === year(now) ? {} : { year: 'numeric' }),
    timeZone: UK_TIME_ZONE,
  });
  if (!isEnglish(locale)) return format.format(start);
  // GOV.UK writes "Friday 8 January 2027"; Intl's en-GB adds a comma after the weekday when there is a year.
  return format
    .formatToParts(start)
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}

const londonDay = (date: Date): string => new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeZone: UK_TIME_ZONE }).format(date);

/**
 * "Open now · closes 5pm", "Next session: today at 10am", "Next session: Thursday 14 May", or "No
 * sessions coming up". `now` is the moment the status was worked out for.
 */
export function openStatusText(status: OpenStatus, now: Date, locale: string): string {
  if (status.state === 'open') {
    const time = timeText(londonTime(status.closes), locale);
    return msg(str`Open now · closes ${time}`, { desc: 'A service running at the moment, and when it ends: "Open now · closes 5pm"' });
  }
  if (!status.next) return msg('No sessions coming up', { desc: 'A service with times, none of them in the coming year' });
  if (londonDay(status.next.start) === londonDay(now)) {
    const time = timeText(londonTime(status.next.start), locale);
    return msg(str`Next session: today at ${time}`, { desc: 'The next session starts later today: "Next session: today at 2pm"' });
  }
  const date = sessionDateText(status.next.start, now, locale);
  return msg(str`Next session: ${date}`, { desc: 'The day of the next session: "Next session: Thursday 14 May"' });
}
