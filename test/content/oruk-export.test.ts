/**
 * The ORUK 3.0 export: every exported document passes the official schemas, sensitive venues
 * never show their street or exact position, empty fields are left out (never null), ids are
 * stable UUIDs, and pages add up.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContentSet, listEntities, type RawEntry } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';
import { contentSetFromPack, packFromSpaceExport } from '@family-hubs/content/pack-builder';
import { distanceMetres, exportOrukFeed, exportOrukServiceAtLocations, exportOrukServices, nearOrukServiceAtLocations, filterOrukServices, filterOrukTaxonomyTerms, orukApiDetails, orukId, orukPage, pageCount, toOrukService, uuidV5, WITHHELD_ADDRESS, type OrukService } from '@family-hubs/content/oruk-export';
import { buildSampleSpace } from '../../packages/cli/src/sample/index.js';
import { doc, link } from '../support/space-builder.js';
import { orukErrors } from '../support/oruk-schema.js';

const raw = (id: string, contentType: string, fields: Record<string, unknown>): RawEntry => ({ id, contentType, fields });
const setOf = (...raws: RawEntry[]) => buildContentSet(raws, { locale: 'en-GB', registry: contentModel }).set;

const parent = raw('tax-family', 'taxonomyTerm', { name: 'Family support', vocabulary: 'dfe-family-hubs' });
const term = raw('tax-dv', 'taxonomyTerm', { name: 'Domestic abuse', vocabulary: 'dfe-family-hubs', parent: link('tax-family'), code: 'domestic-abuse' });
const refuge = raw('loc-refuge', 'location', {
  name: 'Safe base',
  addressLine1: '17 Linden Close',
  townOrCity: 'Riverside',
  postcode: 'NS8 1AA',
  position: { lat: 53.44671, lon: -2.38129 },
  hideExactAddress: true,
});
const hub = raw('loc-hub', 'location', { name: 'Riverside Family Hub', addressLine1: '2 River Street', townOrCity: 'Riverside', postcode: 'ns1 4ab', position: { lat: 53.48123, lon: -2.24456 }, accessibility: ['stepFreeAccess'] });
const weekly = raw('sch-tue', 'schedule', { freq: 'WEEKLY', interval: 2, byday: ['TU'], opensAt: '10:00', closesAt: '11:30', validFrom: '2026-09-01', description: 'Term time' });
const monthly = raw('sch-month', 'schedule', { freq: 'MONTHLY', byday: ['-1FR'], opensAt: '13:00' });
const atRefuge = raw('sal-refuge', 'serviceAtLocation', { location: link('loc-refuge'), schedules: [link('sch-tue')] });
const atHub = raw('sal-hub', 'serviceAtLocation', { location: link('loc-hub'), schedules: [link('sch-month')], description: 'Use the side door' });
const org = raw('org-1', 'organisation', { name: 'Northshire Council', url: 'https://northshire.example.gov.uk/' });
const cost = raw('cost-1', 'costOption', { option: 'Per session', amount: 2.5, amountDescription: '£2.50, free with Universal Credit' });
const full = raw('svc-full', 'service', {
  name: 'Freedom Programme',
  summary: 'A 12-week course for women.',
  description: doc('We meet in a safe place.'),
  status: 'temporarilyClosed',
  statusNote: 'Closed until 6 January 2027',
  organisation: link('org-1'),
  categories: [link('tax-dv')],
  minimumAge: 16,
  maximumAge: 127,
  isFree: false,
  costOptions: [link('cost-1')],
  languages: ['en', 'pl'],
  deliveryModes: ['inPerson', 'telephone'],
  email: 'help@northshire.example.gov.uk',
  phone: '0300 123 4567',
  url: 'https://northshire.example.gov.uk/freedom',
  locations: [link('sal-refuge'), link('sal-hub')],
  lastChecked: '2026-10-01',
});
const bare = raw('svc-bare', 'service', { name: 'Stay and play', summary: 'Play sessions.', status: 'active', categories: [link('tax-dv')], lastChecked: '2026-10-01' });
const hidden = raw('svc-gone', 'service', { name: 'Old group', summary: 'Gone.', status: 'inactive', categories: [link('tax-dv')], lastChecked: '2026-10-01' });
const set = setOf(parent, term, refuge, hub, weekly, monthly, atRefuge, atHub, org, cost, full, bare, hidden);
const exported = (id: string): OrukService => toOrukService(set, listEntities(set, 'service').find((s) => s.id === id)!);

/** Every `null` in a document, by path. */
function nulls(value: unknown, path = ''): string[] {
  if (value === null) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => nulls(child, `${path}/${key}`));
}

describe('ORUK export: the official schemas', () => {
  it('GET / says HSDS-UK-3.0 and passes api_details.json', () => {
    const details = orukApiDetails();
    assert.equal(details.version, 'HSDS-UK-3.0');
    assert.deepEqual(orukErrors('api_details', details), []);
  });

  it('every service of the sample council passes service.json, and a page of them passes service_list.json', () => {
    const sample = contentSetFromPack(packFromSpaceExport(buildSampleSpace(), { published: true }));
    const { services, issues } = exportOrukServices(sample);
    assert.deepEqual(issues, []);
    assert.ok(services.length >= 10, `the sample has services (${services.length})`);
    for (const service of services) assert.deepEqual(orukErrors('service', service), [], service.name);
    const page = orukPage(services, 1, 5);
    assert.deepEqual(orukErrors('service_list', page), []);
    assert.deepEqual(nulls(page), []);
    // The sample's one sensitive venue (17 Linden Close, NS8 1AA) shows its area only.
    assert.doesNotMatch(JSON.stringify(services), /Linden Close|NS8 1AA/);
    assert.match(JSON.stringify(services), /"postal_code":"NS8"/);
  });

  it('a fully filled service passes, with its phones, venues and categories checked by their own schemas', () => {
    const service = exported('svc-full');
    assert.deepEqual(orukErrors('service', service), []);
    for (const phone of service.phones ?? []) assert.deepEqual(orukErrors('phone', phone), []);
    for (const attribute of service.attributes ?? []) assert.deepEqual(orukErrors('taxonomy', attribute.taxonomy_term.taxonomy_detail), []);
    assert.deepEqual(orukErrors('service', exported('svc-bare')), []);
  });

  it('every category and taxonomy of the sample council passes taxonomy_term.json and taxonomy.json, and their pages the list schemas', () => {
    const sample = contentSetFromPack(packFromSpaceExport(buildSampleSpace(), { published: true }));
    const { taxonomyTerms, taxonomies } = exportOrukFeed(sample);
    assert.ok(taxonomyTerms.length >= 49, `the DfE categories at least (${taxonomyTerms.length})`);
    for (const term of taxonomyTerms) assert.deepEqual(orukErrors('taxonomy_term', term), [], term.name);
    assert.ok(taxonomies.length >= 1);
    for (const taxonomy of taxonomies) assert.deepEqual(orukErrors('taxonomy', taxonomy), [], taxonomy.name);
    assert.deepEqual(orukErrors('taxonomy_term_list', orukPage(taxonomyTerms, 1, 500)), []);
    assert.deepEqual(orukErrors('taxonomy_list', orukPage(taxonomies, 1, 500)), []);
    const ids = new Set(taxonomyTerms.map((t) => t.id));
    for (const term of taxonomyTerms) if (term.parent_id) assert.ok(ids.has(term.parent_id), `the parent of ${term.name} is in the feed`);
  });

  it('every service at a venue of the sample council passes service_at_location_list.json, with no exact address of a sensitive venue', () => {
    const sample = contentSetFromPack(packFromSpaceExport(buildSampleSpace(), { published: true }));
    const items = exportOrukServiceAtLocations(exportOrukServices(sample).services);
    assert.ok(items.length >= 20, `the sample has venues (${items.length})`);
    assert.deepEqual(orukErrors('service_at_location_list', orukPage(items, 1, 500)), []);
    assert.doesNotMatch(JSON.stringify(items), /Linden Close|NS8 1AA/);
    for (const item of items) assert.equal(Object.hasOwn(item.service, 'service_at_locations'), false, 'the service carries its one-to-one fields only');
  });

  it('the schemas are not a rubber stamp: a service without a name or with a made-up status fails', () => {
    const { name: _name, ...nameless } = exported('svc-bare');
    assert.notDeepEqual(orukErrors('service', nameless), []);
    assert.notDeepEqual(orukErrors('service', { ...exported('svc-bare'), status: 'temporarilyClosed' }), []);
    assert.notDeepEqual(orukErrors('service', { ...exported('svc-bare'), id: 'svc-bare' }), [], 'ids must be UUIDs');
  });
});

describe('ORUK export: what it says', () => {
  it('never exposes a sensitive venue: postcode area only, position to 2 decimals', () => {
    const service = exported('svc-full');
    const text = JSON.stringify(service);
    assert.doesNotMatch(text, /Linden Close|NS8 1AA|NS81AA|53\.4467|2\.3812/);
    const place = service.service_at_locations!.find((p) => p.location.name === 'Safe base')!;
    assert.deepEqual(place.location.addresses?.[0]?.postal_code, 'NS8');
    assert.equal(place.location.addresses?.[0]?.address_1, WITHHELD_ADDRESS);
    assert.equal(place.location.addresses?.[0]?.city, '');
    assert.equal(place.location.latitude, 53.45);
    assert.equal(place.location.longitude, -2.38);
    const open = service.service_at_locations!.find((p) => p.location.name === 'Riverside Family Hub')!;
    assert.equal(open.location.addresses?.[0]?.address_1, '2 River Street');
    assert.equal(open.location.addresses?.[0]?.postal_code, 'NS1 4AB');
    assert.equal(open.location.latitude, 53.48123);
  });

  it('leaves out empty optional fields instead of sending null or empty lists', () => {
    const service = exported('svc-bare');
    assert.deepEqual(nulls(service), []);
    for (const key of ['url', 'email', 'organization', 'phones', 'contacts', 'languages', 'cost_options', 'schedules', 'service_at_locations', 'alert', 'minimum_age']) {
      assert.equal(Object.hasOwn(service, key), false, `${key} is left out`);
    }
    assert.equal(service.description, 'Play sessions.', 'the summary stands in for a missing description');
  });

  it('maps status, ages, the status note, costs, languages and contacts', () => {
    const service = exported('svc-full');
    assert.equal(service.status, 'temporarily closed');
    assert.equal(service.alert, 'Closed until 6 January 2027');
    assert.equal(service.minimum_age, 16);
    assert.equal(service.maximum_age, 127);
    assert.equal(service.description, 'A 12-week course for women.\n\nWe meet in a safe place.');
    assert.deepEqual(
      service.cost_options?.map(({ option, amount, currency, amount_description }) => ({ option, amount, currency, amount_description })),
      [{ option: 'Per session', amount: 2.5, currency: 'GBP', amount_description: '£2.50, free with Universal Credit' }],
    );
    assert.deepEqual(service.languages?.map((l) => [l.code, l.name]), [['en', 'English'], ['pl', 'Polish']]);
    assert.equal(service.phones?.[0]?.number, '0300 123 4567');
    assert.equal(service.contacts?.[0]?.email, 'help@northshire.example.gov.uk');
    assert.equal(service.contacts?.[0]?.phones?.[0]?.number, '0300 123 4567');
    assert.equal(service.organization?.name, 'Northshire Council');
    assert.equal(service.organization?.website, 'https://northshire.example.gov.uk/');
    assert.equal(service.organization_id, service.organization?.id);
  });

  it('a service marked "there is a cost" with no price does not pass for free', () => {
    const paid = setOf(term, parent, raw('svc-paid', 'service', { name: 'Swim', summary: 'Swimming.', status: 'active', categories: [link('tax-dv')], isFree: false, lastChecked: '2026-10-01' }));
    const service = toOrukService(paid, listEntities(paid, 'service')[0]!);
    assert.equal(service.cost_options?.length, 1);
    const free = setOf(term, parent, raw('svc-free', 'service', { name: 'Play', summary: 'Play.', status: 'active', categories: [link('tax-dv')], isFree: true, lastChecked: '2026-10-01' }));
    const freeService = toOrukService(free, listEntities(free, 'service')[0]!);
    assert.equal(freeService.cost_options, undefined, 'no cost options: free, as ORUK readers read it');
    assert.equal(freeService.fees_description, 'Free');
  });

  it('schedules keep their RRULE parts, on the venue and on the service (as the UK profile reads them)', () => {
    const service = exported('svc-full');
    const refugePlace = service.service_at_locations!.find((p) => p.location.name === 'Safe base')!;
    const schedule = refugePlace.schedules![0]!;
    assert.deepEqual(
      { freq: schedule.freq, interval: schedule.interval, byday: schedule.byday, opens_at: schedule.opens_at, closes_at: schedule.closes_at, valid_from: schedule.valid_from, dtstart: schedule.dtstart, description: schedule.description },
      { freq: 'WEEKLY', interval: 2, byday: 'TU', opens_at: '10:00', closes_at: '11:30', valid_from: '2026-09-01', dtstart: '2026-09-01', description: 'Term time' },
    );
    assert.equal(schedule.service_at_location_id, refugePlace.id);
    assert.equal(schedule.attending_type, 'In person, by telephone', 'how families attend, the one place HSDS 3.0 has for it');
    assert.equal(exportOrukServices(set).services.find((s) => s.name === 'Stay and play')?.schedules, undefined);
    assert.ok(service.schedules?.some((s) => s.id === schedule.id && s.service_at_location_id === refugePlace.id));
    assert.ok(service.schedules?.some((s) => s.byday === '-1FR' && s.freq === 'MONTHLY'));
  });

  it('categories come with their taxonomy and their parent', () => {
    const [attribute] = exported('svc-full').attributes!;
    assert.equal(attribute!.taxonomy_term.name, 'Domestic abuse');
    assert.equal(attribute!.taxonomy_term.code, 'domestic-abuse');
    assert.equal(attribute!.taxonomy_term.parent_id, orukId('taxonomyTerm', 'tax-family'));
    assert.equal(attribute!.taxonomy_term.taxonomy, 'DfE Family Hubs service taxonomy');
    assert.equal(attribute!.taxonomy_term.taxonomy_detail?.id, attribute!.taxonomy_term.taxonomy_id);
    assert.equal(attribute!.taxonomy_term_id, attribute!.taxonomy_term.id);
  });

  it('leaves inactive services out of the feed', () => {
    const names = exportOrukServices(set).services.map((s) => s.name);
    assert.deepEqual(names, ['Freedom Programme', 'Stay and play']);
  });

  it('gives every record a stable UUID: the same entry, the same id, in every export', () => {
    assert.equal(exported('svc-full').id, orukId('service', 'svc-full'));
    assert.deepEqual(exportOrukServices(set), exportOrukServices(setOf(parent, term, refuge, hub, weekly, monthly, atRefuge, atHub, org, cost, full, bare, hidden)));
    assert.notEqual(orukId('service', 'a'), orukId('location', 'a'));
    assert.equal(orukId('service', '2ED6657D-E927-568B-95E1-2665A8AEA6A2'), '2ed6657d-e927-568b-95e1-2665a8aea6a2', 'a UUID is kept');
    // RFC 9562's own example: the DNS namespace and "www.example.com".
    assert.equal(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
    const ids = JSON.stringify(exported('svc-full')).match(/"id":"[^"]+"/g)!;
    for (const id of ids) assert.match(id, /"id":"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"/);
  });
});

describe('ORUK export: the filters a served feed applies', () => {
  const { services, taxonomyTerms } = exportOrukFeed(set);
  it('finds services by words, category (or a category above it), taxonomy and organisation', () => {
    const names = (list: readonly OrukService[]) => list.map((s) => s.name);
    assert.deepEqual(names(filterOrukServices(services, { search: 'women COURSE' })), ['Freedom Programme']);
    assert.deepEqual(names(filterOrukServices(services, { search: 'women toddlers' })), []);
    assert.deepEqual(names(filterOrukServices(services, { taxonomyTermId: orukId('taxonomyTerm', 'tax-family') })), ['Freedom Programme', 'Stay and play'], 'a parent category finds its children');
    assert.deepEqual(names(filterOrukServices(services, { organizationId: orukId('organisation', 'org-1') })), ['Freedom Programme']);
    assert.equal(filterOrukServices(services, { taxonomyId: orukId('taxonomy', 'local') }).length, 0);
  });

  it('finds categories by name, taxonomy and parent', () => {
    assert.deepEqual(filterOrukTaxonomyTerms(taxonomyTerms, { parentId: orukId('taxonomyTerm', 'tax-family') }).map((t) => t.name), ['Domestic abuse']);
    assert.deepEqual(filterOrukTaxonomyTerms(taxonomyTerms, { search: 'family' }).map((t) => t.name), ['Family support']);
    assert.equal(filterOrukTaxonomyTerms(taxonomyTerms, { taxonomyId: orukId('taxonomy', 'dfe-family-hubs') }).length, 2);
  });
});

describe('ORUK export: services near a postcode', () => {
  const items = exportOrukServiceAtLocations(exportOrukFeed(set).services);
  it('measures distance on the globe: 0.01 degrees of latitude is about 1.11 km', () => {
    assert.equal(Math.round(distanceMetres({ latitude: 53.48, longitude: -2.24 }, { latitude: 53.49, longitude: -2.24 })), 1112);
    assert.equal(distanceMetres({ latitude: 53.48, longitude: -2.24 }, { latitude: 53.48, longitude: -2.24 }), 0);
  });

  it('keeps the venues within the distance, nearest first, measured to the blurred position of a sensitive venue', () => {
    const nearHub = { latitude: 53.481, longitude: -2.2446 };
    assert.deepEqual(nearOrukServiceAtLocations(items, nearHub, 1000).map((i) => i.location.name), ['Riverside Family Hub']);
    assert.deepEqual(nearOrukServiceAtLocations(items, nearHub, 20_000).map((i) => i.location.name), ['Riverside Family Hub', 'Safe base']);
    // The refuge is at 53.4467, -2.3812; the feed (and so the search) knows only 53.45, -2.38.
    assert.deepEqual(nearOrukServiceAtLocations(items, { latitude: 53.45, longitude: -2.38 }, 1).map((i) => i.location.name), ['Safe base']);
  });
});

describe('ORUK export: paging', () => {
  const items = Array.from({ length: 23 }, (_, i) => i);
  it('splits 23 items into pages of 10: 10, 10, 3', () => {
    assert.equal(pageCount(23, 10), 3);
    const [first, second, last] = [1, 2, 3].map((page) => orukPage(items, page, 10));
    assert.deepEqual({ ...first!, contents: first!.contents.length }, { total_items: 23, total_pages: 3, page_number: 1, size: 10, first_page: true, last_page: false, empty: false, contents: 10 });
    assert.deepEqual(second!.contents, items.slice(10, 20));
    assert.deepEqual([last!.contents, last!.last_page, last!.first_page], [[20, 21, 22], true, false]);
  });

  it('a page past the end is empty and says so; no items is one empty first page', () => {
    const beyond = orukPage(items, 9, 10);
    assert.deepEqual([beyond.empty, beyond.last_page, beyond.contents.length, beyond.total_pages], [true, true, 0, 3]);
    const none = orukPage([], 1, 10);
    assert.deepEqual([none.total_pages, none.empty, none.first_page, none.last_page], [0, true, true, true]);
  });

  it('refuses page 0 and a page size of 0', () => {
    assert.throws(() => orukPage(items, 0, 10), RangeError);
    assert.throws(() => orukPage(items, 1, 0), RangeError);
  });
});
