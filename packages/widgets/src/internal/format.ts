/**
 * Dates and times as families read them, in the widget's locale and in UK time (content is about
 * services in England, whatever the device's clock says).
 */
import type { TimeOfDay } from '@family-hubs/content';

const UK_TIME_ZONE = 'Europe/London';

/** `2026-11-20` → "20 November 2026". A value that is not a date is returned as it is. */
export function formatDate(date: string, locale: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parsed);
}

/** An ISO 8601 instant → "20 November 2026 at 14:05" (UK time). `undefined` when it is not a time. */
export function formatDateTime(instant: string, locale: string): string | undefined {
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return undefined;
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE }).format(parsed);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: UK_TIME_ZONE }).format(parsed);
  return `${day}, ${time}`;
}

/** A language's name in the reader's language (`pl` → "Polish", or "polski" on a Polish page), from the browser; the code when it has none. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A time of day: "10am", "11:30am", "midday" in English; "10:00" in Polish. */
export function timeText(time: TimeOfDay, locale: string): string {
  if (!locale.toLowerCase().startsWith('en')) {
    return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, 0, 1, time.hour, time.minute)),
    );
  }
  if (time.minute === 0 && time.hour === 12) return 'midday';
  if (time.minute === 0 && time.hour === 0) return 'midnight';
  const hour = time.hour % 12 === 0 ? 12 : time.hour % 12;
  const minutes = time.minute === 0 ? '' : `:${String(time.minute).padStart(2, '0')}`;
  return `${hour}${minutes}${time.hour < 12 ? 'am' : 'pm'}`;
}
