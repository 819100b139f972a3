/**
 * The date in a "temporarily closed" service's status note, such as "Closed until 6 January for
 * building work". The model has no reopening date field, and editors already write the date in
 * the note families see, so the check reads it from there rather than asking for a second field.
 *
 * What counts as the date: the first date in the note written as `2027-01-06`, `6/1/2027`
 * (day first, as in the UK) or `6 January` / `Monday 6th January 2027` / `January 6` (English month
 * names, full or three letters). A date without a year is the first such day on or after `since`
 * (when the entry was last edited): "until 6 January", written in December, means next January.
 * A note with no date, or a date that does not exist (`31 February`), gives nothing.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const PATTERNS: readonly { readonly regexp: RegExp; readonly parts: (m: RegExpExecArray) => { day: string; month: string; year?: string | undefined } }[] = [
  { regexp: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => ({ year: m[1], month: m[2]!, day: m[3]! }) },
  { regexp: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, parts: (m) => ({ day: m[1]!, month: m[2]!, year: m[3] }) },
  { regexp: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+(\\d{4}))?`, 'i'), parts: (m) => ({ day: m[1]!, month: m[2]!, year: m[3] }) },
  { regexp: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?:,?\\s+(\\d{4}))?`, 'i'), parts: (m) => ({ month: m[1]!, day: m[2]!, year: m[3] }) },
];

/** `YYYY-MM-DD` for a real calendar day, else undefined. */
function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * The first date in `note` as `YYYY-MM-DD`, reading a date without a year as the first such day
 * on or after `since` (`YYYY-MM-DD` or an ISO date-time). Undefined when the note names no date.
 */
export function dateInStatusNote(note: string | undefined, since: string): string | undefined {
  if (!note) return undefined;
  let best: { index: number; date: string } | undefined;
  for (const { regexp, parts } of PATTERNS) {
    const match = regexp.exec(note);
    if (!match || (best && best.index <= match.index)) continue;
    const { day, month, year } = parts(match);
    const monthNumber = /^\d+$/.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
    let date: string | undefined;
    if (year) {
      date = isoDay(Number(year), monthNumber, Number(day));
    } else {
      const from = since.slice(0, 10);
      const sinceYear = Number(from.slice(0, 4));
      const thisYear = isoDay(sinceYear, monthNumber, Number(day));
      date = thisYear && thisYear >= from ? thisYear : isoDay(sinceYear + 1, monthNumber, Number(day));
    }
    if (date) best = { index: match.index, date };
  }
  return best?.date;
}
