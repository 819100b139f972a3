/**
 * The service directory check: what families cannot find (no postcode or map position, no
 * categories, no ages, no times), what they cannot trust (not checked for 6 months, still closed
 * after the date in the status note), and what was entered twice.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContentSet, checkServiceDirectory, dateInStatusNote, type RawEntry } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';
import { link } from '../support/space-builder.js';

const raw = (id: string, contentType: string, fields: Record<string, unknown>, updatedAt?: string): RawEntry => ({ id, contentType, fields, ...(updatedAt ? { updatedAt } : {}) });
const NOW = new Date('2026-12-02T12:00:00Z');

const term = raw('tax', 'taxonomyTerm', { name: 'Health' });
const hub = raw('loc-hub', 'location', { name: 'Riverside Hub', postcode: 'NS1 4AB', position: { lat: 53.48, lon: -2.24 } });
const noMap = raw('loc-nomap', 'location', { name: 'Old library', postcode: 'NS2 5AB' });
const tuesday = raw('sch', 'schedule', { freq: 'WEEKLY', byday: ['TU'], opensAt: '10:00' });
const at = (id: string, location: string, schedules = ['sch']) => raw(id, 'serviceAtLocation', { location: link(location), schedules: schedules.map(link) });
/** A service with nothing to report: a venue with a map position and times, a category, ages, checked recently. */
const complete = (id: string, fields: Record<string, unknown> = {}, updatedAt?: string) =>
  raw(id, 'service', { name: `Service ${id}`, summary: 'Help.', status: 'active', categories: [link('tax')], minimumAge: 0, maximumAge: 5, locations: [link(`sal-${id}`)], lastChecked: '2026-10-01', ...fields }, updatedAt);
const check = (...raws: RawEntry[]) => checkServiceDirectory(buildContentSet(raws, { locale: 'en-GB', registry: contentModel }).set, NOW);
const codes = (result: ReturnType<typeof check>) => result.issues.map((i) => `${i.code} ${i.contentType} ${i.entryId}`);

describe('service directory check', () => {
  it('says nothing about a complete service, and counts the services families can see', () => {
    const result = check(term, hub, tuesday, at('sal-a', 'loc-hub'), complete('a'), complete('gone', { status: 'inactive', categories: [] }));
    assert.deepEqual(result.issues, []);
    assert.equal(result.services, 1, 'inactive services are not counted or checked');
  });

  it('finds an in-person service with no venue, and reports a venue without a map position once, naming its services', () => {
    const result = check(
      term, hub, noMap, tuesday,
      complete('novenue', { locations: [] , schedules: [link('sch')] }),
      complete('online', { locations: [], schedules: [link('sch')], deliveryModes: ['online'] }),
      at('sal-x', 'loc-nomap'), complete('x', { locations: [link('sal-x')] }),
      at('sal-y', 'loc-nomap'), complete('y', { locations: [link('sal-y')] }),
    );
    assert.deepEqual(codes(result), ['missing-position service novenue', 'missing-position location loc-nomap']);
    const venue = result.issues[1]!;
    assert.match(venue.message, /"Old library" \(NS2 5AB\) has no map position, so 2 services there \("Service x", "Service y"\)/);
    assert.deepEqual(venue.path, ['position']);
  });

  it('finds services with no category the set has, no ages or no times', () => {
    // Validation leaves out a service whose only category is unpublished; a source that could not
    // load the categories at all still leaves services without one.
    const built = buildContentSet(
      [term, hub, tuesday, at('sal-a', 'loc-hub'), complete('a'), raw('tax2', 'taxonomyTerm', { name: 'Play' }), at('sal-z', 'loc-hub'), complete('z', { categories: [link('tax2')] })],
      { locale: 'en-GB', registry: contentModel },
    ).set;
    const { tax: _gone, ...terms } = built.entities.taxonomyTerm!;
    assert.deepEqual(codes(checkServiceDirectory({ ...built, entities: { ...built.entities, taxonomyTerm: terms } }, NOW)), ['missing-categories service a']);
    const result = check(
      term, hub, tuesday,
      at('sal-b', 'loc-hub'), complete('b', { minimumAge: undefined, maximumAge: undefined }),
      at('sal-p', 'loc-hub'), complete('p', { minimumAge: undefined, maximumAge: undefined, forPregnancy: true }),
      at('sal-c', 'loc-hub', []), complete('c'),
      at('sal-d', 'loc-hub', []), complete('d', { schedules: [link('sch')] }),
    );
    assert.deepEqual(codes(result), ['missing-ages service b', 'missing-schedule service c']);
  });

  it('finds services not checked for 6 months', () => {
    const result = check(term, hub, tuesday, at('sal-a', 'loc-hub'), complete('a', { lastChecked: '2026-05-01' }), at('sal-b', 'loc-hub'), complete('b', { lastChecked: '2026-06-03' }));
    assert.deepEqual(codes(result), ['not-checked-recently service a']);
  });

  it('finds a service still temporarily closed after the date in its status note', () => {
    const closed = (id: string, statusNote: string | undefined, updatedAt: string) => [at(`sal-${id}`, 'loc-hub'), complete(id, { status: 'temporarilyClosed', ...(statusNote ? { statusNote } : {}) }, updatedAt)];
    const result = check(
      term, hub, tuesday,
      ...closed('past', 'Closed until 6 November for building work', '2026-10-20T09:00:00Z'),
      ...closed('future', 'Closed until 6 January for building work', '2026-11-20T09:00:00Z'),
      ...closed('iso', 'Reopens 2026-11-30', '2026-10-01T09:00:00Z'),
      ...closed('nodate', 'Closed for now', '2026-01-01T09:00:00Z'),
      ...closed('nonote', undefined, '2026-01-01T09:00:00Z'),
    );
    assert.deepEqual(codes(result), ['closed-past-date service iso', 'closed-past-date service past']);
    assert.match(result.issues[1]!.message, /says 2026-11-06, which has passed/);
  });

  it('finds services with the same name at the same postcode, and not those at different places', () => {
    const other = raw('loc-other', 'location', { name: 'Eastfield Hub', postcode: 'NS9 9ZZ', position: { lat: 53.4, lon: -2.2 } });
    const twin = raw('loc-twin', 'location', { name: 'Riverside Hub (side door)', postcode: 'ns14ab', position: { lat: 53.48, lon: -2.24 } });
    const result = check(
      term, hub, other, twin, tuesday,
      at('sal-a', 'loc-hub'), complete('a', { name: 'Stay and Play' }),
      at('sal-b', 'loc-twin'), complete('b', { name: 'stay and play!' }),
      at('sal-c', 'loc-other'), complete('c', { name: 'Stay and Play' }),
      complete('d', { name: 'Helpline', locations: [], schedules: [link('sch')], deliveryModes: ['telephone'] }),
      complete('e', { name: 'Helpline', locations: [], schedules: [link('sch')], deliveryModes: ['telephone'] }),
    );
    assert.deepEqual(codes(result), ['possible-duplicate service a', 'possible-duplicate service b', 'possible-duplicate service d', 'possible-duplicate service e']);
    assert.match(result.issues[0]!.message, /at NS1 4AB has the same name as service b/);
    assert.match(result.issues[2]!.message, /with no venue has the same name as service e/);
  });
});

describe('the date in a status note', () => {
  const cases: [string, string, string | undefined][] = [
    ['Closed until 6 January for building work', '2026-12-01', '2027-01-06'],
    ['Closed until 6 January for building work', '2026-01-02', '2026-01-06'],
    ['Back on Monday 12th January 2027', '2026-12-01', '2027-01-12'],
    ['Reopening January 12, 2027', '2026-12-01', '2027-01-12'],
    ['Closed until 3 Feb', '2026-12-01T10:00:00Z', '2027-02-03'],
    ['Closed until 06/01/2027', '2026-12-01', '2027-01-06'],
    ['Closed until 2027-01-06', '2026-12-01', '2027-01-06'],
    ['Closed from 1 December until 6 January', '2026-11-20', '2026-12-01'],
    ['Closed until 31 February', '2026-12-01', undefined],
    ['Closed while we find a new venue', '2026-12-01', undefined],
    ['Closed for 2 weeks', '2026-12-01', undefined],
  ];
  for (const [note, since, expected] of cases) {
    it(`"${note}" (edited ${since.slice(0, 10)}) → ${expected ?? 'no date'}`, () => assert.equal(dateInStatusNote(note, since), expected));
  }
});
