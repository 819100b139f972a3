/**
 * An iCalendar file (RFC 5545) for a course: one event per session, at wall-clock time in
 * Europe/London with the zone's rules included (VTIMEZONE), so a session after the clocks change
 * stays at 9:30 in every calendar app. Lines end in CRLF and are folded at 75 octets; text is
 * escaped. Nothing about the family goes in it.
 */
import type { CourseView } from './types.js';

/** What an event needs beyond the course. */
export interface CalendarOptions {
  /** The event's title, e.g. the programme's name. */
  readonly summary: string;
  /** When the file was made (DTSTAMP). */
  readonly now: Date;
  /** Only these session dates (default: every session). */
  readonly dates?: readonly string[];
  /** Extra words for each event's description, e.g. how to join. */
  readonly description?: string;
  /** Said instead of an address for an online course. Default "Online". */
  readonly onlineLabel?: string;
}

/** Europe/London's rules since 1996 (EU summer time: last Sunday of March to last Sunday of October). */
const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** RFC 5545 §3.1 folding: no line longer than 75 octets; continuation lines start with a space. Never splits a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuations 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: string) => date.replace(/-/g, '');
const basicTime = (time: string) => `${time.replace(':', '')}00`;

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A safe UID part: the ids are the CMS's, but a UID must not carry line breaks or odd characters. */
const uidPart = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, '-');

/** The `.ics` text for `course`. */
export function courseCalendar(course: CourseView, options: CalendarOptions): string {
  const dates = options.dates ?? course.sessionDates;
  const location = course.online ? (options.onlineLabel ?? 'Online') : course.venue ? `${course.venue.name}, ${course.venue.address}` : undefined;
  const timed = course.opensAt !== undefined;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Family Hubs//Programme finder//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (timed) lines.push(...LONDON_VTIMEZONE);
  dates.forEach((date, index) => {
    lines.push('BEGIN:VEVENT', `UID:${uidPart(course.id)}-${basicDate(date)}@family-hubs`, `DTSTAMP:${utcStamp(options.now)}`);
    if (timed) {
      lines.push(`DTSTART;TZID=Europe/London:${basicDate(date)}T${basicTime(course.opensAt)}`);
      if (course.closesAt) lines.push(`DTEND;TZID=Europe/London:${basicDate(date)}T${basicTime(course.closesAt)}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${basicDate(date)}`);
    }
    lines.push(`SUMMARY:${escapeText(options.summary)}`);
    const description = [`Session ${index + 1 + (course.sessionDates.length - dates.length)} of ${course.sessionDates.length}`, options.description].filter(Boolean).join('\n');
    lines.push(`DESCRIPTION:${escapeText(description)}`);
    if (location) lines.push(`LOCATION:${escapeText(location)}`);
    lines.push('END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
