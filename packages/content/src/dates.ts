/** Calendar dates as content stores them (`YYYY-MM-DD`), for checks that count months as editors do. */

/** The date `months` before `now`, as `YYYY-MM-DD` (calendar months, as an editor counts them). */
export function monthsBefore(now: Date, months: number): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
  return date.toISOString().slice(0, 10);
}
