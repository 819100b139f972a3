/**
 * "Open now · closes 5pm" or "Next session: Thursday 14 May": whether a service is running at a
 * given moment, from its schedules.
 */
import type { HolidayCalendar } from './holidays.js';
import { occurrences, type Occurrence } from './occurrences.js';
import { readRule, type ScheduleInput } from './rule.js';

/** Whether something is running at a moment. */
export type OpenStatus =
  | {
      readonly state: 'open';
      /** When the session running now ends. */
      readonly closes: Date;
      readonly session: Occurrence;
    }
  | {
      readonly state: 'closed';
      /** The next session to start, if any within the next year. */
      readonly next?: Occurrence;
    };

/**
 * Open at `now` when a session with a closing time has started (at its opening minute exactly) and
 * not yet ended (it is closed at its closing minute). Otherwise closed, with the next session to
 * start. `undefined` when no schedule has a start time: there is nothing to say, so show the
 * schedules' descriptions instead.
 * @throws RangeError when `now` is not a valid date.
 */
export function openStatus(schedules: readonly ScheduleInput[], now: Date, holidays: HolidayCalendar): OpenStatus | undefined {
  if (Number.isNaN(now.getTime())) throw new RangeError('openStatus: `now` is not a valid date');
  if (!schedules.some((schedule) => readRule(schedule)?.opens)) return undefined;
  // Sessions running now start before any that are still to come, so the first few are enough.
  const upcoming = occurrences(schedules, { from: now, holidays, limit: 10 });
  // Of two sessions running at once, the family cares about the one that goes on longer.
  let running: (Occurrence & { readonly end: Date }) | undefined;
  for (const session of upcoming) {
    if (!session.end || session.start.getTime() > now.getTime()) continue;
    if (!running || session.end.getTime() > running.end.getTime()) running = { ...session, end: session.end };
  }
  if (running) return { state: 'open', closes: running.end, session: running };
  const next = upcoming.find((session) => session.start.getTime() >= now.getTime());
  return next ? { state: 'closed', next } : { state: 'closed' };
}
