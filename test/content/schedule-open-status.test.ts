import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { holidayCalendar, openStatus, type ScheduleInput } from '@family-hubs/content';

const holidays = holidayCalendar();
// Thursday 14 May 2026 is in British Summer Time: 09:00 in London is 08:00 UTC.
const thursdays: ScheduleInput = { freq: 'WEEKLY', byday: ['TH'], opensAt: '09:00', closesAt: '17:00' };
const at = (iso: string) => new Date(iso);

describe('openStatus', () => {
  it('is open from the opening minute exactly, with the closing time', () => {
    const status = openStatus([thursdays], at('2026-05-14T08:00:00Z'), holidays);
    assert.equal(status?.state, 'open');
    assert.equal(status.state === 'open' && status.closes.toISOString(), '2026-05-14T16:00:00.000Z');
  });

  it('is closed a second before opening, with that session next', () => {
    const status = openStatus([thursdays], at('2026-05-14T07:59:59Z'), holidays);
    assert.deepEqual(status, { state: 'closed', next: { start: at('2026-05-14T08:00:00Z'), end: at('2026-05-14T16:00:00Z') } });
  });

  it('is open a second before closing and closed at the closing minute exactly', () => {
    assert.equal(openStatus([thursdays], at('2026-05-14T15:59:59Z'), holidays)?.state, 'open');
    const closed = openStatus([thursdays], at('2026-05-14T16:00:00Z'), holidays);
    assert.equal(closed?.state, 'closed');
    assert.equal(closed.state === 'closed' && closed.next?.start.toISOString(), '2026-05-21T08:00:00.000Z');
  });

  it('gives the next session from earlier in the week ("Next session: Thursday 14 May")', () => {
    const status = openStatus([thursdays], at('2026-05-11T12:00:00Z'), holidays);
    assert.equal(status?.state === 'closed' && status.next?.start.toISOString(), '2026-05-14T08:00:00.000Z');
  });

  it('is closed on a bank holiday, with the next day the service runs', () => {
    const mondays: ScheduleInput = { freq: 'WEEKLY', byday: ['MO'], opensAt: '09:00', closesAt: '17:00' };
    // Monday 25 May 2026 is the Spring bank holiday.
    const status = openStatus([mondays], at('2026-05-25T10:00:00Z'), holidays);
    assert.equal(status?.state, 'closed');
    assert.equal(status.state === 'closed' && status.next?.start.toISOString(), '2026-06-01T08:00:00.000Z');
  });

  it('takes the later closing time when two sessions run at once', () => {
    const morning: ScheduleInput = { freq: 'WEEKLY', byday: ['TH'], opensAt: '09:00', closesAt: '12:00' };
    const status = openStatus([morning, thursdays], at('2026-05-14T09:30:00Z'), holidays);
    assert.equal(status?.state === 'open' && status.closes.toISOString(), '2026-05-14T16:00:00.000Z');
  });

  it('is closed with no next session once every schedule has ended', () => {
    const ended: ScheduleInput = { ...thursdays, validTo: '2025-07-31' };
    assert.deepEqual(openStatus([ended], at('2026-05-14T10:00:00Z'), holidays), { state: 'closed' });
  });

  it('says nothing without times: only the description can be shown', () => {
    const untimed: ScheduleInput = { freq: 'WEEKLY', byday: ['TH'], description: 'Thursday mornings in term time' };
    assert.equal(openStatus([untimed], at('2026-05-14T10:00:00Z'), holidays), undefined);
    assert.equal(openStatus([], at('2026-05-14T10:00:00Z'), holidays), undefined);
  });

  it('cannot be open for a session with a start time only, but names it as next', () => {
    const startOnly: ScheduleInput = { freq: 'WEEKLY', byday: ['TH'], opensAt: '09:00' };
    const status = openStatus([startOnly], at('2026-05-14T08:00:00Z'), holidays);
    assert.deepEqual(status, { state: 'closed', next: { start: at('2026-05-14T08:00:00Z') } });
  });

  it('refuses a now that is not a date', () => {
    assert.throws(() => openStatus([thursdays], new Date('yesterday'), holidays), /`now` is not a valid date/);
  });

  it('ignores an unreadable schedule beside a good one', () => {
    const broken: ScheduleInput = { freq: 'WEEKLY', byday: ['ZZ'], opensAt: '00:00', closesAt: '23:59' };
    assert.equal(openStatus([broken, thursdays], at('2026-05-14T12:00:00Z'), holidays)?.state, 'open');
    assert.equal(openStatus([broken], at('2026-05-14T12:00:00Z'), holidays), undefined);
  });
});
