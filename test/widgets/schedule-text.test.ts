import { expect, waitUntil } from '@open-wc/testing';
import { describeSchedule, holidayCalendar, openStatus, type OpenStatus, type ScheduleInput } from '@family-hubs/content';
import { activateLocale, activeLocale, openStatusText, scheduleSummary, timeText, type WidgetLocale } from '@family-hubs/widgets/kit';

const holidays = holidayCalendar();
const weekly = (byday: string[], opensAt?: string, closesAt?: string, extra: ScheduleInput = {}): ScheduleInput => ({
  freq: 'WEEKLY',
  byday,
  ...(opensAt ? { opensAt } : {}),
  ...(closesAt ? { closesAt } : {}),
  ...extra,
});
const monthly = (byday: string[], opensAt?: string, closesAt?: string): ScheduleInput => ({ ...weekly(byday, opensAt, closesAt), freq: 'MONTHLY' });
const thursdays = weekly(['TH'], '09:00', '17:00');
const status = (schedules: ScheduleInput[], now: string): OpenStatus => {
  const found = openStatus(schedules, new Date(now), holidays);
  if (!found) throw new Error('expected a status');
  return found;
};
const statusText = (schedules: ScheduleInput[], now: string, locale: string) => openStatusText(status(schedules, now), new Date(now), locale);

async function useLocale(locale: WidgetLocale, probe: () => string, expected: string): Promise<void> {
  activateLocale(locale);
  await waitUntil(() => activeLocale() === locale && probe() === expected, `the ${locale} wording did not load`);
}

describe('schedule text in English (en-GB)', () => {
  before(() => useLocale('en-GB', () => scheduleSummary(weekly(['TU']), 'en-GB') ?? '', 'Every Tuesday'));
  const say = (schedule: ScheduleInput) => scheduleSummary(schedule, 'en-GB');

  it('writes times as GOV.UK does', () => {
    const times: [number, number, string][] = [[10, 0, '10am'], [11, 30, '11:30am'], [12, 0, 'midday'], [12, 30, '12:30pm'], [0, 0, 'midnight'], [0, 15, '12:15am'], [17, 0, '5pm'], [9, 5, '9:05am']];
    for (const [hour, minute, expected] of times) expect(timeText({ hour, minute }, 'en-GB')).to.equal(expected);
  });

  it('says weekly patterns', () => {
    expect(say(weekly(['TU'], '10:00', '11:30'))).to.equal('Every Tuesday, 10am to 11:30am');
    expect(say(weekly(['TU'], '10:00', '11:30', { interval: 2, validFrom: '2026-01-06' }))).to.equal('Every other Tuesday, 10am to 11:30am');
    expect(say(weekly(['TH'], '18:00', '19:00', { interval: 3, validFrom: '2026-01-08' }))).to.equal('Every 3 weeks on Thursday, 6pm to 7pm');
    expect(say(weekly(['FR', 'MO', 'WE'], '09:30'))).to.equal('Every Monday, Wednesday and Friday at 9:30am');
  });

  it('says monthly patterns', () => {
    expect(say(monthly(['-1FR'], '13:00', '15:00'))).to.equal('Last Friday of the month, 1pm to 3pm');
    expect(say(monthly(['3MO', '1MO'], '12:00', '13:30'))).to.equal('First and third Monday of the month, midday to 1:30pm');
    expect(say(monthly(['1FR', '-1FR']))).to.equal('First Friday and last Friday of the month');
    expect(say(monthly(['MO']))).to.equal('Every Monday');
    expect(say({ freq: 'MONTHLY', bymonthday: ['22'], opensAt: '10:00', closesAt: '12:00' })).to.equal('On the 22nd of the month, 10am to midday');
    expect(say({ freq: 'MONTHLY', bymonthday: ['-1', '1'] })).to.equal('On the 1st and last day of the month');
  });

  it('falls back to the editor’s description, and to nothing without one', () => {
    expect(describeSchedule({ freq: 'MONTHLY', byday: ['1MO'], interval: 3 })).to.equal(undefined);
    expect(say({ freq: 'MONTHLY', byday: ['1MO'], interval: 3, description: ' Every term, first Monday ' })).to.equal('Every term, first Monday');
    expect(say({ description: 'School term times only' })).to.equal('School term times only');
    expect(say({ freq: 'WEEKLY' })).to.equal(undefined);
  });

  it('says open now with the closing time in London time (British Summer Time)', () => {
    expect(statusText([thursdays], '2026-05-14T08:00:00Z', 'en-GB')).to.equal('Open now · closes 5pm');
  });

  it('says the next session', () => {
    expect(statusText([thursdays], '2026-05-11T12:00:00Z', 'en-GB')).to.equal('Next session: Thursday 14 May');
    expect(statusText([thursdays], '2026-05-14T07:00:00Z', 'en-GB')).to.equal('Next session: today at 9am');
    // 1 January 2027 is a bank holiday, so the next Friday session is a week later, next year.
    expect(statusText([weekly(['FR'], '10:00', '12:00')], '2026-12-30T12:00:00Z', 'en-GB')).to.equal('Next session: Friday 8 January 2027');
    expect(statusText([weekly(['FR'], '10:00', '12:00', { validTo: '2026-01-01' })], '2026-12-30T12:00:00Z', 'en-GB')).to.equal('No sessions coming up');
  });
});

describe('schedule text in Polish (pl)', () => {
  before(() => useLocale('pl', () => scheduleSummary(weekly(['TU']), 'pl') ?? '', 'Co tydzień: wtorek'));
  after(() => useLocale('en-GB', () => scheduleSummary(weekly(['TU']), 'en-GB') ?? '', 'Every Tuesday'));
  const say = (schedule: ScheduleInput) => scheduleSummary(schedule, 'pl');

  it('writes times on the 24-hour clock', () => {
    expect(timeText({ hour: 12, minute: 0 }, 'pl')).to.equal('12:00');
    expect(timeText({ hour: 17, minute: 30 }, 'pl')).to.equal('17:30');
  });

  it('says weekly patterns', () => {
    expect(say(weekly(['TU'], '10:00', '11:30'))).to.equal('Co tydzień: wtorek, 10:00–11:30');
    expect(say(weekly(['TU'], '10:00', '11:30', { interval: 2, validFrom: '2026-01-06' }))).to.equal('Co dwa tygodnie: wtorek, 10:00–11:30');
    expect(say(weekly(['FR', 'MO', 'WE'], '09:30'))).to.equal('Co tydzień: poniedziałek, środa i piątek, godz. 9:30');
  });

  it('says monthly patterns, "last" agreeing with the weekday', () => {
    expect(say(monthly(['-1FR'], '13:00', '15:00'))).to.equal('Ostatni piątek miesiąca, 13:00–15:00');
    expect(say(monthly(['-1WE']))).to.equal('Ostatnia środa miesiąca');
    expect(say(monthly(['3MO', '1MO'], '12:00', '13:30'))).to.equal('1. i 3. poniedziałek miesiąca, 12:00–13:30');
    expect(say({ freq: 'MONTHLY', bymonthday: ['-1'] })).to.equal('Ostatniego dnia miesiąca');
    expect(say({ freq: 'MONTHLY', bymonthday: ['1', '-1'] })).to.equal('1. i ostatniego dnia miesiąca');
  });

  it('says open now and the next session', () => {
    expect(statusText([thursdays], '2026-05-14T08:00:00Z', 'pl')).to.equal('Otwarte teraz · do 17:00');
    expect(statusText([thursdays], '2026-05-11T12:00:00Z', 'pl')).to.equal('Następne zajęcia: czwartek, 14 maja');
    expect(statusText([thursdays], '2026-05-14T07:00:00Z', 'pl')).to.equal('Następne zajęcia: dziś o 9:00');
    expect(statusText([weekly(['FR'], '10:00', '12:00', { validTo: '2026-01-01' })], '2026-12-30T12:00:00Z', 'pl')).to.equal('Brak zaplanowanych zajęć');
  });
});
