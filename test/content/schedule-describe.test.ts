import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeSchedule } from '@family-hubs/content';

describe('describeSchedule', () => {
  it('describes a weekly session with its times', () => {
    assert.deepEqual(describeSchedule({ freq: 'WEEKLY', interval: 1, byday: ['TU'], opensAt: '10:00', closesAt: '11:30' }), {
      frequency: 'weekly',
      interval: 1,
      days: [{ weekday: 'TU' }],
      monthDays: [],
      opens: { hour: 10, minute: 0 },
      closes: { hour: 11, minute: 30 },
    });
  });

  it('keeps "every other week", puts days in calendar order and drops repeats', () => {
    const description = describeSchedule({ freq: 'WEEKLY', interval: 2, byday: ['FR', 'mo', 'FR'], opensAt: '9:30', validFrom: '2026-01-05' });
    assert.equal(description?.interval, 2);
    assert.deepEqual(description.days, [{ weekday: 'MO' }, { weekday: 'FR' }]);
    assert.deepEqual(description.opens, { hour: 9, minute: 30 });
    assert.equal(description.closes, undefined);
  });

  it('describes monthly ordinals: first and third Monday, last Friday', () => {
    const description = describeSchedule({ freq: 'MONTHLY', byday: ['-1FR', '3MO', '1MO'] });
    assert.deepEqual(description?.days, [{ weekday: 'MO', ordinal: 1 }, { weekday: 'MO', ordinal: 3 }, { weekday: 'FR', ordinal: -1 }]);
    assert.equal(description.opens, undefined, 'no times: the pattern alone');
  });

  it('describes days of the month, the last day at the end', () => {
    assert.deepEqual(describeSchedule({ freq: 'MONTHLY', bymonthday: ['-1', '15', '1'] })?.monthDays, [1, 15, -1]);
  });

  it('drops a closing time that is not after the opening time', () => {
    const description = describeSchedule({ freq: 'WEEKLY', byday: ['TU'], opensAt: '10:00', closesAt: '10:00' });
    assert.deepEqual(description?.opens, { hour: 10, minute: 0 });
    assert.equal(description.closes, undefined);
  });

  it('gives undefined for patterns it cannot say plainly, so the widget shows the description', () => {
    const unclear = [
      {},
      { freq: 'DAILY' as never, byday: ['MO'] },
      { freq: 'WEEKLY' as const },
      { freq: 'WEEKLY' as const, byday: ['-1FR'] },
      { freq: 'WEEKLY' as const, byday: ['Tuesday'] },
      { freq: 'WEEKLY' as const, byday: ['TU'], interval: 0 },
      { freq: 'MONTHLY' as const, byday: ['-2FR'] },
      { freq: 'MONTHLY' as const, byday: ['1MO'], interval: 3 },
      { freq: 'MONTHLY' as const, byday: ['MO'], bymonthday: ['1'] },
      { freq: 'MONTHLY' as const, byday: ['MO', '-1FR'] },
      { freq: 'MONTHLY' as const, bymonthday: ['0'] },
      { freq: 'MONTHLY' as const, bymonthday: ['-5'] },
      { freq: 'WEEKLY' as const, byday: ['MO'], validTo: 'soon' },
    ];
    for (const schedule of unclear) assert.equal(describeSchedule(schedule), undefined, JSON.stringify(schedule));
  });
});
