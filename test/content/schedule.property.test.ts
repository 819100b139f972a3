import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { holidayCalendar, occurrences, openStatus, WEEKDAYS, type ScheduleInput } from '@family-hubs/content';

const holidays = holidayCalendar({ closedDates: ['2026-12-24'] });
const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const parts = (date: Date) => Object.fromEntries(london.formatToParts(date).map((part) => [part.type, part.value]));
const WEEKDAY_NAMES: Record<string, string> = { Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA', Sun: 'SU' };
const pad = (n: number) => String(n).padStart(2, '0');

const time = fc.record({ hour: fc.integer({ min: 6, max: 21 }), minute: fc.constantFrom(0, 15, 30, 45) });
const weeklySchedule = fc
  .record({ days: fc.subarray([...WEEKDAYS], { minLength: 1 }), opens: time, length: fc.integer({ min: 15, max: 120 }) })
  .map(({ days, opens, length }) => {
    const closes = Math.min(opens.hour * 60 + opens.minute + length, 23 * 60 + 59);
    const schedule: ScheduleInput = { freq: 'WEEKLY', byday: days, opensAt: `${pad(opens.hour)}:${pad(opens.minute)}`, closesAt: `${pad(Math.floor(closes / 60))}:${pad(closes % 60)}` };
    return schedule;
  });
// 2025 to the end of 2028: every clock change and bank holiday in the data.
const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 1) }).map((ms) => new Date(ms));

describe('occurrences (property)', () => {
  it('gives sessions at the schedule’s London time, on its days, never on a closed day, in order, none over before from', () => {
    fc.assert(
      fc.property(weeklySchedule, instant, (schedule, from) => {
        const sessions = occurrences([schedule], { from, limit: 20, holidays });
        assert.ok(sessions.length > 0, 'a weekly schedule always has sessions within a year');
        let previous = -Infinity;
        for (const session of sessions) {
          const start = parts(session.start);
          assert.equal(`${start.hour}:${start.minute}`, schedule.opensAt);
          assert.ok(schedule.byday?.includes(WEEKDAY_NAMES[start.weekday ?? ''] ?? ''), `${start.weekday} not in ${schedule.byday?.join()}`);
          assert.equal(holidays.isClosed(`${start.year}-${start.month}-${start.day}`), false);
          assert.ok(session.end);
          const end = parts(session.end);
          assert.equal(`${end.hour}:${end.minute}`, schedule.closesAt);
          assert.ok(session.end.getTime() > from.getTime());
          assert.ok(session.start.getTime() >= previous);
          previous = session.start.getTime();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is open exactly when now falls inside one of the sessions', () => {
    fc.assert(
      fc.property(weeklySchedule, instant, (schedule, now) => {
        const status = openStatus([schedule], now, holidays);
        const inside = occurrences([schedule], { from: now, limit: 2, holidays }).find((s) => s.start <= now && s.end && now < s.end);
        assert.equal(status?.state, inside ? 'open' : 'closed');
        if (status?.state === 'closed') assert.ok(status.next && status.next.start > now);
      }),
      { numRuns: 200 },
    );
  });
});
