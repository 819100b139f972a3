/**
 * The days sessions do not run: England and Wales bank holidays, adjusted by the council's own list
 * in site settings (extra closures such as Christmas Eve, and bank holidays when hubs stay open).
 */
import type { SiteSettings } from '../model/site-settings.js';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays.js';
import { formatDay, parseDay } from './london-time.js';

/** The days no session runs. */
export interface HolidayCalendar {
  /** True when sessions do not run on `date` (`YYYY-MM-DD`). */
  isClosed(date: string): boolean;
  /** Every closed date, ascending (`YYYY-MM-DD`). */
  readonly closedDates: readonly string[];
  /** Dates from site settings that are not real dates (such as `2026-02-30`), ignored, for editors to fix. */
  readonly ignored: readonly string[];
}

/** The site-settings fields that adjust the calendar. */
export type HolidaySettings = Partial<Pick<SiteSettings, 'closedDates' | 'openDates'>>;

/**
 * England and Wales bank holidays plus `site.closedDates`, minus `site.openDates`. Without site
 * settings, the bank holidays alone. A date editors list in both is treated as open: saying a
 * day is not a closure is the more specific wish.
 */
export function holidayCalendar(site?: HolidaySettings): HolidayCalendar {
  const ignored: string[] = [];
  const read = (dates: readonly string[] | undefined): string[] => {
    const valid: string[] = [];
    for (const date of dates ?? []) {
      const day = parseDay(date.trim());
      if (day === undefined) ignored.push(date);
      else valid.push(formatDay(day));
    }
    return valid;
  };
  const closed = new Set([...ENGLAND_AND_WALES_BANK_HOLIDAYS.map((holiday) => holiday.date), ...read(site?.closedDates)]);
  for (const date of read(site?.openDates)) closed.delete(date);
  return {
    isClosed: (date) => closed.has(date.slice(0, 10)),
    closedDates: [...closed].sort(),
    ignored,
  };
}
