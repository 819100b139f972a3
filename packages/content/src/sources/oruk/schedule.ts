/**
 * ORUK schedules as our `schedule` entries (an RRULE subset). ORUK 3.0 `schedules` and v1
 * `regular_schedules` both carry `freq`, `interval`, `byday`, `bymonthday`, `opens_at`,
 * `closes_at`, `valid_from`, `valid_to` and `description`; v1 feeds often give only a `weekday`
 * number instead of `byday`. What the model cannot hold (a DAILY rule) is turned into the
 * nearest thing it can (weekly on every day), and what it cannot say at all is left to the
 * schedule's validation to report.
 */
import type { RawEntry } from '../../model/definition/index.js';
import { WEEKDAYS } from '../../model/vocabularies.js';
import { clip, idOf, num, pick, text } from './values.js';

const TIME = /^(\d{1,2}):(\d{2})/;

/** `10:00:00`, `10:00Z`, `9:30+01:00` → `10:00`, `09:30`. */
function timeOfDay(value: unknown): string | undefined {
  const match = TIME.exec(text(value) ?? '');
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
}

/** `TH,FR` or `["TH","FR"]` → `['TH', 'FR']`. */
function codes(value: unknown): string[] {
  const list = Array.isArray(value) ? value.map((v) => text(v) ?? '') : (text(value) ?? '').split(/[,\s]+/);
  return list.map((code) => code.trim().toUpperCase()).filter((code) => code !== '');
}

/** v1 `weekday`: 1 = Monday … 7 = Sunday (0 is Sunday in feeds that count from it). */
function weekdayCode(value: unknown): string | undefined {
  const n = num(value);
  if (n === undefined || !Number.isInteger(n) || n < 0 || n > 7) return undefined;
  return n === 0 ? 'SU' : WEEKDAYS[n - 1];
}

/** A schedule object as a raw `schedule` entry with `id`, or `undefined` when it says nothing at all. */
export function mapSchedule(value: unknown, id: string): RawEntry | undefined {
  let byday = codes(pick(value, 'byday', 'by_day'));
  const weekday = weekdayCode(pick(value, 'weekday'));
  if (byday.length === 0 && weekday) byday = [weekday];
  let freq = text(pick(value, 'freq', 'frequency'))?.toUpperCase();
  if (freq === 'DAILY') {
    freq = 'WEEKLY';
    if (byday.length === 0) byday = [...WEEKDAYS];
  }
  const description = text(pick(value, 'description', 'notes'));
  if (!freq && (byday.length > 0 || description)) freq = 'WEEKLY';
  if (!freq) return undefined;
  const interval = num(pick(value, 'interval'));
  const fields: Record<string, unknown> = {
    freq,
    ...(interval === undefined ? {} : { interval }),
    ...(byday.length ? { byday } : {}),
  };
  const bymonthday = codes(pick(value, 'bymonthday', 'by_month_day'));
  if (bymonthday.length) fields['bymonthday'] = bymonthday;
  const opensAt = timeOfDay(pick(value, 'opens_at'));
  const closesAt = timeOfDay(pick(value, 'closes_at'));
  if (opensAt) fields['opensAt'] = opensAt;
  if (closesAt) fields['closesAt'] = closesAt;
  const validFrom = text(pick(value, 'valid_from', 'dtstart'));
  const validTo = text(pick(value, 'valid_to', 'until'));
  if (validFrom) fields['validFrom'] = validFrom;
  if (validTo) fields['validTo'] = validTo;
  if (description) fields['description'] = clip(description, 200);
  return { id, contentType: 'schedule', fields };
}

/** The schedule's own id, when the feed gave one. */
export function scheduleFeedId(value: unknown): string | undefined {
  return idOf(pick(value, 'id'));
}
