/**
 * Dates and times as families in England read them: every course time is wall-clock time in
 * Europe/London, whatever the time zone of the device or server doing the sums.
 */

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Europe/London at `now`, `YYYY-MM-DD`. */
export function londonDate(now: Date): string {
  return LONDON_DATE.format(now);
}

/** `YYYY-MM-DD` plus `days` days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Day of the week of a `YYYY-MM-DD` date, 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}
