import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { holidayCalendar, occurrences, scheduleDays, type ScheduleInput } from '@family-hubs/content';

const holidays = holidayCalendar();
const iso = (sessions: readonly { start: Date; end?: Date }[]) => sessions.map((s) => [s.start.toISOString(), s.end?.toISOString()]);
const starts = (sessions: readonly { start: Date }[]) => sessions.map((s) => s.start.toISOString());
const london = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);

describe('occurrences', () => {
  it('finds the last Friday of each month, in London time', () => {
    const lastFriday: ScheduleInput = { freq: 'MONTHLY', byday: ['-1FR'], opensAt: '13:00', closesAt: '15:00' };
    const sessions = occurrences([lastFriday], { from: new Date('2026-01-01T00:00:00Z'), limit: 5, holidays });
    assert.deepEqual(iso(sessions), [
      ['2026-01-30T13:00:00.000Z', '2026-01-30T15:00:00.000Z'],
      ['2026-02-27T13:00:00.000Z', '2026-02-27T15:00:00.000Z'],
      ['2026-03-27T13:00:00.000Z', '2026-03-27T15:00:00.000Z'],
      // British Summer Time: 1pm in London is 12:00 UTC.
      ['2026-04-24T12:00:00.000Z', '2026-04-24T14:00:00.000Z'],
      ['2026-05-29T12:00:00.000Z', '2026-05-29T14:00:00.000Z'],
    ]);
  });

  it('skips the last Friday of March 2027, which is Good Friday', () => {
    const lastFriday: ScheduleInput = { freq: 'MONTHLY', byday: ['-1FR'], opensAt: '13:00', closesAt: '15:00' };
    const sessions = occurrences([lastFriday], { from: new Date('2027-02-01T00:00:00Z'), limit: 2, holidays });
    assert.deepEqual(starts(sessions), ['2027-02-26T13:00:00.000Z', '2027-04-30T12:00:00.000Z']);
  });

  it('counts "every other week" from validFrom, a date the session runs', () => {
    const fortnightly: ScheduleInput = { freq: 'WEEKLY', interval: 2, byday: ['TU'], opensAt: '10:00', closesAt: '11:30', validFrom: '2026-01-06' };
    const sessions = occurrences([fortnightly], { from: new Date('2026-01-01T00:00:00Z'), limit: 4, holidays });
    assert.deepEqual(starts(sessions), ['2026-01-06T10:00:00.000Z', '2026-01-20T10:00:00.000Z', '2026-02-03T10:00:00.000Z', '2026-02-17T10:00:00.000Z']);
    const later = occurrences([fortnightly], { from: new Date('2026-01-07T00:00:00Z'), limit: 1, holidays });
    assert.deepEqual(starts(later), ['2026-01-20T10:00:00.000Z'], 'the week after a session is skipped');
  });

  it('gives no sessions for "every other week" without validFrom (which weeks is unknown)', () => {
    const fortnightly: ScheduleInput = { freq: 'WEEKLY', interval: 2, byday: ['TU'], opensAt: '10:00' };
    assert.deepEqual(occurrences([fortnightly], { from: new Date('2026-01-01T00:00:00Z'), holidays }), []);
  });

  it('gives no sessions once validTo has passed, and none before validFrom', () => {
    const ended: ScheduleInput = { freq: 'WEEKLY', byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00', validTo: '2025-12-31' };
    assert.deepEqual(occurrences([ended], { from: new Date('2026-03-01T00:00:00Z'), holidays }), []);
    const course: ScheduleInput = { freq: 'WEEKLY', byday: ['WE'], opensAt: '18:00', validFrom: '2026-09-09', validTo: '2026-09-23' };
    const sessions = occurrences([course], { from: new Date('2026-09-01T00:00:00Z'), holidays });
    assert.deepEqual(sessions.map((s) => london(s.start)), ['Wed 9 Sept, 18:00', 'Wed 16 Sept, 18:00', 'Wed 23 Sept, 18:00']);
  });

  it('keeps a 10:00 session at 10:00 London time across the March and October clock changes', () => {
    const sunday: ScheduleInput = { freq: 'WEEKLY', byday: ['SU', 'MO'], opensAt: '10:00', closesAt: '11:00' };
    const spring = occurrences([sunday], { from: new Date('2026-03-22T00:00:00Z'), limit: 3, holidays });
    // The clocks go forward at 01:00 UTC on Sunday 29 March 2026.
    assert.deepEqual(starts(spring), ['2026-03-22T10:00:00.000Z', '2026-03-23T10:00:00.000Z', '2026-03-29T09:00:00.000Z']);
    assert.deepEqual(spring.map((s) => london(s.start)), ['Sun 22 Mar, 10:00', 'Mon 23 Mar, 10:00', 'Sun 29 Mar, 10:00']);
    // …and back at 01:00 UTC on Sunday 25 October 2026.
    const autumn = occurrences([sunday], { from: new Date('2026-10-18T00:00:00Z'), limit: 4, holidays });
    assert.deepEqual(starts(autumn), ['2026-10-18T09:00:00.000Z', '2026-10-19T09:00:00.000Z', '2026-10-25T10:00:00.000Z', '2026-10-26T10:00:00.000Z']);
    assert.ok(autumn.every((s) => london(s.start).endsWith('10:00') && s.end && london(s.end).endsWith('11:00')));
  });

  it('moves a time the clocks skip forward by an hour rather than losing the session', () => {
    const early: ScheduleInput = { freq: 'WEEKLY', byday: ['SU'], opensAt: '01:30' };
    const [session] = occurrences([early], { from: new Date('2026-03-28T12:00:00Z'), limit: 1, holidays });
    assert.equal(session?.start.toISOString(), '2026-03-29T01:30:00.000Z');
    assert.equal(london(session.start), 'Sun 29 Mar, 02:30');
  });

  it('skips England and Wales bank holidays: Easter Monday 2027', () => {
    const monday: ScheduleInput = { freq: 'WEEKLY', byday: ['MO'], opensAt: '10:00', closesAt: '12:00' };
    const sessions = occurrences([monday], { from: new Date('2027-03-22T00:00:00Z'), limit: 2, holidays });
    assert.deepEqual(sessions.map((s) => london(s.start)), ['Mon 22 Mar, 10:00', 'Mon 5 Apr, 10:00']);
  });

  it('skips the Christmas and New Year substitute days of 2027–28', () => {
    const early: ScheduleInput = { freq: 'WEEKLY', byday: ['MO', 'TU'], opensAt: '09:30', closesAt: '11:00' };
    const sessions = occurrences([early], { from: new Date('2027-12-20T00:00:00Z'), limit: 4, holidays });
    // 27 and 28 December stand in for Christmas and Boxing Day (a weekend); 3 January for New Year's Day.
    assert.deepEqual(sessions.map((s) => london(s.start)), ['Mon 20 Dec, 09:30', 'Tue 21 Dec, 09:30', 'Tue 4 Jan, 09:30', 'Mon 10 Jan, 09:30']);
  });

  it('follows the site settings: extra closed dates, and bank holidays that are not closures', () => {
    const adjusted = holidayCalendar({ closedDates: ['2027-03-22'], openDates: ['2027-03-29'] });
    const monday: ScheduleInput = { freq: 'WEEKLY', byday: ['MO'], opensAt: '10:00' };
    const sessions = occurrences([monday], { from: new Date('2027-03-15T00:00:00Z'), limit: 3, holidays: adjusted });
    assert.deepEqual(sessions.map((s) => london(s.start)), ['Mon 15 Mar, 10:00', 'Mon 29 Mar, 10:00', 'Mon 5 Apr, 10:00']);
  });

  it('finds the last day of February in a leap year (bymonthday -1)', () => {
    const lastDay: ScheduleInput = { freq: 'MONTHLY', bymonthday: ['-1'], opensAt: '14:00', closesAt: '15:00' };
    const sessions = occurrences([lastDay], { from: new Date('2028-01-15T00:00:00Z'), limit: 4, holidays });
    assert.deepEqual(sessions.map((s) => london(s.start)), ['Mon 31 Jan, 14:00', 'Tue 29 Feb, 14:00', 'Fri 31 Mar, 14:00', 'Sun 30 Apr, 14:00']);
    const [notLeap] = occurrences([lastDay], { from: new Date('2027-02-01T00:00:00Z'), limit: 1, holidays });
    assert.equal(notLeap && london(notLeap.start), 'Sun 28 Feb, 14:00');
  });

  it('finds the second Monday and the 15th of each month', () => {
    const second: ScheduleInput = { freq: 'MONTHLY', byday: ['2MO'], opensAt: '10:00' };
    const fifteenth: ScheduleInput = { freq: 'MONTHLY', bymonthday: ['15'], opensAt: '16:00' };
    const sessions = occurrences([second, fifteenth], { from: new Date('2026-06-01T00:00:00Z'), limit: 4, holidays });
    assert.deepEqual(sessions.map((s) => london(s.start)), ['Mon 8 Jun, 10:00', 'Mon 15 Jun, 16:00', 'Mon 13 Jul, 10:00', 'Wed 15 Jul, 16:00']);
  });

  it('counts "every other month" from the month of validFrom, skipping a bank holiday', () => {
    const alternate: ScheduleInput = { freq: 'MONTHLY', interval: 2, byday: ['1MO'], opensAt: '10:00', validFrom: '2026-01-05' };
    const sessions = occurrences([alternate], { from: new Date('2026-01-01T00:00:00Z'), limit: 3, holidays });
    // Monday 4 May 2026 is the Early May bank holiday.
    assert.deepEqual(sessions.map((s) => london(s.start)), ['Mon 5 Jan, 10:00', 'Mon 2 Mar, 10:00', 'Mon 6 Jul, 10:00']);
  });

  it('refuses a from or until that is not a date, with a clear message', () => {
    const weekly: ScheduleInput = { freq: 'WEEKLY', byday: ['MO'], opensAt: '10:00' };
    assert.throws(() => occurrences([weekly], { from: new Date('soon'), holidays }), /`from` is not a valid date/);
    assert.throws(() => occurrences([weekly], { from: new Date(), until: new Date(Number.NaN), holidays }), /`until` is not a valid date/);
  });

  it('includes a session in progress, not one that has ended', () => {
    const weekly: ScheduleInput = { freq: 'WEEKLY', byday: ['TH'], opensAt: '09:00', closesAt: '17:00' };
    const during = occurrences([weekly], { from: new Date('2026-05-14T12:00:00Z'), limit: 1, holidays });
    assert.deepEqual(starts(during), ['2026-05-14T08:00:00.000Z']);
    const atClose = occurrences([weekly], { from: new Date('2026-05-14T16:00:00Z'), limit: 1, holidays });
    assert.deepEqual(starts(atClose), ['2026-05-21T08:00:00.000Z']);
  });

  it('merges schedules in time order, gives a shared session once, and honours until and limit', () => {
    const a: ScheduleInput = { freq: 'WEEKLY', byday: ['TU', 'TH'], opensAt: '13:00', closesAt: '14:00' };
    const b: ScheduleInput = { freq: 'WEEKLY', byday: ['TU'], opensAt: '09:00', closesAt: '10:00' };
    const sessions = occurrences([a, b, a], { from: new Date('2026-06-01T00:00:00Z'), until: new Date('2026-06-05T00:00:00Z'), holidays });
    assert.deepEqual(sessions.map((s) => london(s.start)), ['Tue 2 Jun, 09:00', 'Tue 2 Jun, 13:00', 'Thu 4 Jun, 13:00']);
    assert.equal(occurrences([a, b], { from: new Date('2026-06-01T00:00:00Z'), limit: 2, holidays }).length, 2);
  });

  it('isolates schedules it cannot read: the others still give their sessions', () => {
    const good: ScheduleInput = { freq: 'WEEKLY', byday: ['WE'], opensAt: '10:00', closesAt: '11:00' };
    const broken: ScheduleInput[] = [
      { freq: 'WEEKLY', byday: ['XX'], opensAt: '10:00' },
      { byday: ['MO'], opensAt: '10:00' },
      { freq: 'WEEKLY', byday: ['2MO'], opensAt: '10:00' },
      { freq: 'MONTHLY', bymonthday: ['32'], opensAt: '10:00' },
      { freq: 'WEEKLY', byday: ['MO'], opensAt: '10:00', validFrom: '2026-02-30' },
      { freq: 'WEEKLY', byday: ['FR'], description: 'Fridays, times vary' },
      { freq: 'WEEKLY', byday: ['SA'], opensAt: '25:00' },
    ];
    for (const schedule of broken) {
      assert.deepEqual(occurrences([schedule], { from: new Date('2026-06-01T00:00:00Z'), holidays }), [], JSON.stringify(schedule));
    }
    const sessions = occurrences([...broken, good], { from: new Date('2026-06-01T00:00:00Z'), limit: 2, holidays });
    assert.deepEqual(sessions.map((s) => london(s.start)), ['Wed 3 Jun, 10:00', 'Wed 10 Jun, 10:00']);
  });

  it('leaves out a closing time that is not after the opening time', () => {
    const odd: ScheduleInput = { freq: 'WEEKLY', byday: ['WE'], opensAt: '10:00', closesAt: '09:00' };
    const [session] = occurrences([odd], { from: new Date('2026-06-01T00:00:00Z'), limit: 1, holidays });
    assert.equal(session?.start.toISOString(), '2026-06-03T09:00:00.000Z');
    assert.equal(session.end, undefined);
  });
});

describe('scheduleDays', () => {
  it('lists the weekdays schedules run on, Monday first', () => {
    const days = scheduleDays([
      { freq: 'WEEKLY', byday: ['WE', 'MO'] },
      { freq: 'MONTHLY', byday: ['-1FR'] },
      { freq: 'MONTHLY', bymonthday: ['15'] },
      { freq: 'WEEKLY', byday: ['XX', 'SU'] },
      { freq: 'WEEKLY', byday: ['MO'], opensAt: '10:00' },
    ]);
    assert.deepEqual(days, ['MO', 'WE', 'FR']);
  });

  it('is empty with no schedules', () => assert.deepEqual(scheduleDays([]), []));
});
