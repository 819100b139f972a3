import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildContentSet,
  checkProgrammeCourses,
  courseCalendar,
  foldLine,
  matchProgrammes,
  programmeFinderResolver,
  reasonText,
  relaxations,
  scheduleCourses,
  type RawEntry,
} from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';
import { link } from '../support/space-builder.js';

const raw = (id: string, contentType: string, fields: Record<string, unknown>): RawEntry => ({ id, contentType, fields });
const NOW = new Date('2027-01-13T12:00:00Z');

const programme = (id: string, fields: Record<string, unknown>) =>
  raw(id, 'parentingProgramme', { name: `Programme ${id}`, summary: 'A course for parents.', evidenceRating: '3', ...fields });
const schedule = (id: string, day: string, opensAt: string, closesAt: string, validFrom: string, validTo?: string) =>
  raw(id, 'schedule', { freq: 'WEEKLY', byday: [day], opensAt, closesAt, validFrom, ...(validTo ? { validTo } : {}) });
const course = (id: string, programmeId: string, fields: Record<string, unknown>) =>
  raw(id, 'programmeCourse', { programme: link(programmeId), howToJoin: ['booking'], ...fields });

const entries: RawEntry[] = [
  raw('loc-near', 'location', { name: 'Near Hub', postcode: 'NS1 4AB', addressLine1: '1 Near Street', position: { lat: 53.48, lon: -2.24 } }),
  raw('loc-far', 'location', { name: 'Far Hub', postcode: 'NS9 9ZZ', addressLine1: '9 Far Road', position: { lat: 53.6, lon: -2.5 } }),
  raw('loc-safe', 'location', { name: 'Quiet place', postcode: 'NS4 9XY', addressLine1: '1 Secret Road', position: { lat: 53.4567, lon: -2.3456 }, hideExactAddress: true }),
  programme('p-iy', { name: 'Incredible Years', minimumAge: 3, maximumAge: 8, helpsWith: ['behaviour'], format: 'group', setting: ['Family Hub'], languages: ['en', 'ur'], onNationalList: true, evidenceCheckedOn: '2026-11-20', sourceUrl: 'https://guidebook.foundations.org.uk/' }),
  programme('p-fnp', { name: 'Family Nurse', minimumAge: 0, maximumAge: 2, helpsWith: ['newParent'], format: 'individual', setting: ['home'] }),
  programme('p-teen', { name: 'Teen talk', minimumAge: 12, maximumAge: 18, helpsWith: ['teenagers', 'communication'], format: 'group', setting: ['online'] }),
  schedule('s-near', 'TU', '09:30', '11:30', '2027-01-19', '2027-04-13'),
  schedule('s-far', 'WE', '18:00', '20:00', '2027-01-13'),
  schedule('s-past', 'MO', '10:00', '12:00', '2026-10-05', '2026-11-23'),
  schedule('s-started', 'MO', '10:00', '12:00', '2027-01-04'),
  schedule('s-teen', 'TH', '19:00', '20:30', '2027-01-14'),
  course('c-near', 'p-iy', { venue: link('loc-near'), startDate: '2027-01-19', sessions: 13, schedule: link('s-near'), placesLeft: 4 }),
  course('c-far', 'p-iy', { venue: link('loc-far'), startDate: '2027-01-13', sessions: 6, schedule: link('s-far'), placesLeft: 3 }),
  course('c-full', 'p-iy', { venue: link('loc-near'), startDate: '2027-01-20', sessions: 6, schedule: link('s-far'), placesLeft: 0 }),
  course('c-started', 'p-iy', { venue: link('loc-safe'), startDate: '2027-01-04', sessions: 6, schedule: link('s-started'), placesLeft: 5 }),
  course('c-past', 'p-fnp', { venue: link('loc-near'), startDate: '2026-10-05', sessions: 8, schedule: link('s-past') }),
  course('c-teen', 'p-teen', { online: true, startDate: '2027-01-14', sessions: 4, schedule: link('s-teen'), language: 'pl' }),
];

const set = buildContentSet(entries, { registry: contentModel, locale: 'en-GB' }).set;
const content = programmeFinderResolver.resolve(set)!;
const iy = content.programmes.find((p) => p.id === 'p-iy')!;

describe('programme finder view', () => {
  it('resolves programmes by name with their evidence, national list and courses', () => {
    assert.deepEqual(content.programmes.map((p) => p.name), ['Family Nurse', 'Incredible Years', 'Teen talk']);
    assert.deepEqual(iy.evidence, { rating: '3', sourceUrl: 'https://guidebook.foundations.org.uk/', checkedOn: '2026-11-20' });
    assert.deepEqual(iy.nationalList, { listed: true });
    assert.deepEqual(iy.courses.map((c) => c.id), ['c-started', 'c-far', 'c-near', 'c-full']);
  });

  it('lists every session date, bounded by the number of sessions and the last date', () => {
    const near = iy.courses.find((c) => c.id === 'c-near')!;
    assert.equal(near.sessionDates.length, 13);
    assert.equal(near.sessionDates[0], '2027-01-19');
    assert.equal(near.sessionDates.at(-1), '2027-04-13');
    assert.ok(near.sessionDates.every((date) => new Date(`${date}T12:00:00Z`).getUTCDay() === 2), 'all Tuesdays');
  });

  it('masks a sensitive venue: postcode area only, position rounded to 2 decimals', () => {
    const started = iy.courses.find((c) => c.id === 'c-started')!;
    assert.equal(started.venue!.address, 'NS4');
    assert.deepEqual(started.venue!.position, { lat: 53.46, lon: -2.35 });
  });
});

describe('programme matching', () => {
  it('matches every answer given and says why in plain words', () => {
    const matches = matchProgrammes(content.programmes, { stages: ['age3to5'], needs: ['behaviour'] }, NOW);
    assert.deepEqual(matches.map((m) => m.programme.id), ['p-iy']);
    assert.deepEqual(matches[0]!.reasons.map(reasonText), ['for parents of 3 to 8 year olds', 'helps with behaviour']);
  });

  it('with no answers shows everything; several children match any of their ages', () => {
    assert.equal(matchProgrammes(content.programmes, {}, NOW).length, 3);
    const both = matchProgrammes(content.programmes, { stages: ['under1', 'age12to15'] }, NOW);
    assert.deepEqual(both.map((m) => m.programme.id), ['p-fnp', 'p-teen']);
  });

  it('matches ways to take part, language (from courses too) and times of day', () => {
    assert.deepEqual(matchProgrammes(content.programmes, { ways: ['atHome'] }, NOW).map((m) => m.programme.id), ['p-fnp']);
    assert.deepEqual(matchProgrammes(content.programmes, { language: 'pl' }, NOW).map((m) => m.programme.id), ['p-teen']);
    assert.deepEqual(matchProgrammes(content.programmes, { times: ['evening'], days: ['WE'] }, NOW).map((m) => m.programme.id), ['p-iy']);
    assert.deepEqual(matchProgrammes(content.programmes, { days: ['MO'] }, NOW).map((m) => m.programme.id), ['p-iy'], 'the started Monday course still counts; the past one does not');
  });

  it('relaxes one answer at a time with the count each would bring back', () => {
    const answers = { stages: ['age12to15'], needs: ['behaviour'], language: 'ur' } as const;
    assert.equal(matchProgrammes(content.programmes, answers, NOW).length, 0);
    assert.deepEqual(relaxations(content.programmes, answers, NOW), [
      { question: 'stages', count: 1 },
      { question: 'needs', count: 0 },
      { question: 'language', count: 0 },
    ]);
  });
});

describe('course scheduling', () => {
  it('orders joinable courses soonest first, then started, then full; leaves out ended courses', () => {
    const scheduled = scheduleCourses(iy.courses, { now: NOW });
    assert.deepEqual(scheduled.map((s) => [s.course.id, s.status, s.nextSession]), [
      ['c-far', 'open', '2027-01-13'],
      ['c-near', 'open', '2027-01-19'],
      ['c-started', 'started', '2027-01-18'],
      ['c-full', 'full', '2027-01-20'],
    ]);
    const fnp = content.programmes.find((p) => p.id === 'p-fnp')!;
    assert.deepEqual(scheduleCourses(fnp.courses, { now: NOW }), []);
  });

  it('orders nearest first with the distance in miles from the family’s point', () => {
    const scheduled = scheduleCourses(iy.courses, { now: NOW, order: 'nearest', from: { lat: 53.48, lon: -2.24 } });
    assert.deepEqual(scheduled.filter((s) => s.status === 'open').map((s) => s.course.id), ['c-near', 'c-far']);
    assert.equal(scheduled[0]!.distanceMiles, 0);
    // 53.48,-2.24 to 53.6,-2.5: 8.3 miles north and 10.7 miles west, about 13.5 miles.
    assert.ok(Math.abs(scheduled[1]!.distanceMiles! - 13.5) < 0.1, String(scheduled[1]!.distanceMiles));
  });

  it('takes "today" in Europe/London: at 00:30 BST a course that starts that day is still open', () => {
    const scheduled = scheduleCourses(iy.courses, { now: new Date('2027-01-12T23:59:00Z') });
    assert.equal(scheduled.find((s) => s.course.id === 'c-far')!.status, 'open');
  });
});

/** Unfolds and splits an .ics file into its content lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);

describe('calendar file', () => {
  const near = iy.courses.find((c) => c.id === 'c-near')!;
  const ics = courseCalendar(near, { summary: 'Incredible Years; for parents, carers', now: NOW, description: 'Book: call 0161 496 0120' });
  const lines = unfold(ics);

  it('is an RFC 5545 calendar with CRLF lines, a London VTIMEZONE and one event per session', () => {
    assert.ok(ics.endsWith('\r\n'));
    assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.equal(lines.at(-1), 'END:VCALENDAR');
    assert.ok(lines.includes('TZID:Europe/London'));
    assert.ok(lines.includes('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'));
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 13);
    assert.equal(new Set(lines.filter((l) => l.startsWith('UID:'))).size, 13);
    assert.ok(lines.includes('DTSTAMP:20270113T120000Z'));
  });

  it('keeps the wall-clock time across the clock change (28 March 2027)', () => {
    const starts = lines.filter((l) => l.startsWith('DTSTART'));
    assert.ok(starts.includes('DTSTART;TZID=Europe/London:20270323T093000'), 'before the change');
    assert.ok(starts.includes('DTSTART;TZID=Europe/London:20270330T093000'), 'after the change');
    assert.ok(lines.includes('DTEND;TZID=Europe/London:20270330T113000'));
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    assert.ok(lines.includes('SUMMARY:Incredible Years\\; for parents\\, carers'));
    assert.ok(lines.some((l) => l === 'DESCRIPTION:Session 1 of 13\\nBook: call 0161 496 0120'));
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    const folded = foldLine(`DESCRIPTION:${'ż'.repeat(80)}`);
    assert.ok(folded.split('\r\n').every((part) => Buffer.byteLength(part) <= 75));
    assert.equal(folded.replace(/\r\n /g, ''), `DESCRIPTION:${'ż'.repeat(80)}`);
  });
});

describe('programme health', () => {
  it('reports programmes with no upcoming course and ended courses still published', () => {
    const issues = checkProgrammeCourses(set, NOW);
    assert.deepEqual(issues.map((i) => [i.code, i.entryId]), [
      ['programme-no-upcoming-course', 'p-fnp'],
      ['course-ended', 'c-past'],
    ]);
    assert.match(issues[1]!.message, /ended on 2026-11-23/);
  });
});
