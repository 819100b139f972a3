import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS, holidayCalendar } from '@family-hubs/content';

const DAY = 86_400_000;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const iso = (date: Date) => date.toISOString().slice(0, 10);
const shift = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the data.
function easter(year: number): Date {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}
const firstMonday = (y: number, m: number) => { const d = utc(y, m, 1); return shift(d, (8 - d.getUTCDay()) % 7); };
const lastMonday = (y: number, m: number) => { const d = utc(y, m + 1, 0); return shift(d, -((d.getUTCDay() + 6) % 7)); };
const nextWeekday = (date: Date) => (date.getUTCDay() === 6 ? shift(date, 2) : date.getUTCDay() === 0 ? shift(date, 1) : date);

// The rules of the Banking and Financial Dealings Act 1971 and the royal proclamations since.
function expected(year: number): string[] {
  const christmas = utc(year, 12, 25);
  const christmasDays =
    christmas.getUTCDay() === 6 ? [shift(christmas, 2), shift(christmas, 3)]
    : christmas.getUTCDay() === 5 ? [christmas, shift(christmas, 3)]
    : christmas.getUTCDay() === 0 ? [shift(christmas, 2), shift(christmas, 1)]
    : [christmas, shift(christmas, 1)];
  return [
    nextWeekday(utc(year, 1, 1)),
    shift(easter(year), -2),
    shift(easter(year), 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...christmasDays,
  ].map(iso).sort();
}

describe('England and Wales bank holidays', () => {
  for (const year of [2025, 2026, 2027, 2028]) {
    it(`${year} matches the statutory rules, substitute days included`, () => {
      const listed = ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((h) => h.date.startsWith(String(year))).map((h) => h.date);
      assert.deepEqual(listed, expected(year));
    });
  }

  it('are all weekdays, in order, each with a title', () => {
    const dates = ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date);
    assert.deepEqual(dates, [...dates].sort());
    for (const holiday of ENGLAND_AND_WALES_BANK_HOLIDAYS) {
      const weekday = new Date(`${holiday.date}T12:00:00Z`).getUTCDay();
      assert.ok(weekday >= 1 && weekday <= 5, holiday.date);
      assert.ok(holiday.title.length > 0);
    }
  });
});

describe('holidayCalendar', () => {
  it('closes on bank holidays by default', () => {
    const calendar = holidayCalendar();
    assert.equal(calendar.isClosed('2027-03-29'), true, 'Easter Monday 2027');
    assert.equal(calendar.isClosed('2027-12-27'), true, 'Christmas Day substitute');
    assert.equal(calendar.isClosed('2027-12-25'), false, 'a Saturday: the substitute day is the holiday');
    assert.equal(calendar.isClosed('2027-03-30'), false);
    assert.equal(calendar.closedDates.length, ENGLAND_AND_WALES_BANK_HOLIDAYS.length);
  });

  it('adds the council’s closed dates and removes the bank holidays it opens on', () => {
    const calendar = holidayCalendar({ closedDates: ['2026-12-24', ' 2026-12-31 '], openDates: ['2026-05-04'] });
    assert.equal(calendar.isClosed('2026-12-24'), true);
    assert.equal(calendar.isClosed('2026-12-31'), true);
    assert.equal(calendar.isClosed('2026-05-04'), false);
    assert.equal(calendar.isClosed('2026-05-25'), true, 'other bank holidays stay closed');
    assert.deepEqual(calendar.ignored, []);
  });

  it('treats a date listed as both closed and open as open', () => {
    assert.equal(holidayCalendar({ closedDates: ['2026-12-24'], openDates: ['2026-12-24'] }).isClosed('2026-12-24'), false);
  });

  it('ignores dates that are not real and says which, without losing the rest', () => {
    const calendar = holidayCalendar({ closedDates: ['2026-02-30', '2026-12-24'], openDates: ['next Monday'] });
    assert.deepEqual(calendar.ignored, ['2026-02-30', 'next Monday']);
    assert.equal(calendar.isClosed('2026-12-24'), true);
    assert.equal(calendar.isClosed('2026-12-25'), true);
  });
});
