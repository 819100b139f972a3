// Filters, facet counts, distances, sorting and paging of the in-page search.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DFE_TAXONOMY, distanceMiles, taxonomyTermId } from '@family-hubs/content';
import { AGE_STAGES, createSearchIndex, type SearchDocument, type SearchQuery } from '@family-hubs/content/search';
import { category, near, SERVICES, TOWN } from './search-fixture.js';

const index = createSearchIndex(SERVICES);
const all = (query: SearchQuery) => index.searchNow({ pageSize: 100, ...query });
const idsOf = (query: SearchQuery) => new Set(all(query).hits.map((hit) => hit.id));
const expected = (keep: (doc: SearchDocument) => boolean) => new Set(SERVICES.filter(keep).map((doc) => doc.id));
const cat = (name: string) => taxonomyTermId(name);

describe('service search: filters', () => {
  it('lists every service, by name, for an empty query', () => {
    const result = all({});
    assert.equal(result.total, SERVICES.length);
    const names = result.hits.map((hit) => SERVICES.find((doc) => doc.id === hit.id)!.name);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base', numeric: true })));
  });

  it('matches a sub-category, and a top-level category matches all its sub-categories', () => {
    assert.deepEqual(idsOf({ categories: [cat('Health visiting')] }), new Set(['health-visiting', 'baby-clinic']));
    const pregnancy = DFE_TAXONOMY.find((top) => top.name.startsWith('Pregnancy'))!;
    const children = new Set(pregnancy.subcategories.map(taxonomyTermId));
    assert.deepEqual(idsOf({ categories: [taxonomyTermId(pregnancy.name)] }), expected((doc) => doc.categories.some((c) => children.has(c.id))));
    assert.ok(idsOf({ categories: [taxonomyTermId(pregnancy.name)] }).size >= 10);
  });

  it('matches any of several categories', () => {
    assert.deepEqual(idsOf({ categories: [cat('Oral health'), cat('Community transport')] }), new Set(['tooth-brushing', 'dial-a-ride']));
    assert.equal(all({ categories: ['no-such-category'] }).total, 0);
  });

  it('matches age stages by age range; no ages means all ages; pregnancy only when marked', () => {
    const stage = idsOf({ stages: ['years12to15'] });
    assert.ok(stage.has('youth-club') && stage.has('junior-football') && stage.has('debt-advice'), 'ages 11–18, 5–14 and all ages');
    assert.ok(!stage.has('stay-and-play') && !stage.has('antenatal-classes'), 'under-5s and pregnancy-only are not for 12–15');
    const pregnancy = idsOf({ stages: ['pregnancy'] });
    assert.ok(pregnancy.has('antenatal-classes') && pregnancy.has('health-visiting') && pregnancy.has('debt-advice'));
    assert.ok(!pregnancy.has('stay-and-play'), 'ages 0–5 without forPregnancy is not for pregnancy');
    // 0.5 to 11: a six-month-old is in 0–12 months.
    assert.ok(idsOf({ stages: ['months0to12'] }).has('tooth-brushing'));
    // 19–25 is for SEND services that go up to 25.
    const oldest = idsOf({ stages: ['years19to25'] });
    assert.ok(oldest.has('send-advice') && oldest.has('autism-support') && !oldest.has('youth-club'));
    // Several stages: any of them.
    assert.deepEqual(idsOf({ stages: ['pregnancy', 'years16to18'] }), new Set([...pregnancy, ...idsOf({ stages: ['years16to18'] })]));
  });

  it('keeps only free services when asked', () => {
    assert.deepEqual(idsOf({ freeOnly: true }), expected((doc) => doc.isFree));
    assert.ok(!idsOf({ freeOnly: true }).has('baby-massage'));
  });

  it('matches days, delivery modes and languages (any of each)', () => {
    assert.deepEqual(idsOf({ days: ['SA'] }), expected((doc) => doc.days.includes('SA')));
    assert.deepEqual(idsOf({ days: ['SA', 'SU'] }), expected((doc) => doc.days.includes('SA') || doc.days.includes('SU')));
    assert.deepEqual(idsOf({ deliveryModes: ['telephone'] }), expected((doc) => doc.deliveryModes.includes('telephone')));
    assert.deepEqual(idsOf({ languages: ['pl'] }), new Set(['debt-advice', 'benefits-check', 'polish-family']));
    assert.deepEqual(idsOf({ languages: ['bn', 'ur'] }), new Set(['debt-advice', 'domestic-abuse', 'stop-smoking']));
  });

  it('combines filters with text (every filter must pass)', () => {
    assert.deepEqual(idsOf({ text: 'feeding', deliveryModes: ['telephone'] }), new Set(['feeding-helpline']));
    assert.deepEqual(idsOf({ text: 'baby', freeOnly: true, days: ['TU'] }), new Set(['baby-clinic', 'bumps-and-babies', 'register-birth', 'feeding-helpline']));
    assert.ok(!idsOf({ text: 'baby', freeOnly: true, days: ['TU'] }).has('baby-massage'), 'baby massage costs money and runs on Wednesdays');
  });
});

describe('service search: facet counts follow the query', () => {
  it('counts every value over the matching services when nothing is ticked', () => {
    const { facets, total } = all({ text: 'baby' });
    const matching = all({ text: 'baby' }).hits.map((hit) => SERVICES.find((doc) => doc.id === hit.id)!);
    assert.equal(facets.free, matching.filter((doc) => doc.isFree).length);
    assert.equal(facets.days.TU, matching.filter((doc) => doc.days.includes('TU')).length);
    assert.equal(facets.categories[cat('Parent, baby and toddler groups')], matching.filter((doc) => doc.categories.some((c) => c.id === cat('Parent, baby and toddler groups'))).length);
    assert.ok(total > 0 && Object.keys(facets.stages).every((stage) => (AGE_STAGES as readonly string[]).includes(stage)));
  });

  it('a facet ignores its own filter but applies every other one', () => {
    const query: SearchQuery = { days: ['SA'], freeOnly: true };
    const { facets } = all(query);
    // Day counts: free services per day, as if no day were ticked.
    for (const day of ['MO', 'SA', 'SU'] as const) assert.equal(facets.days[day] ?? 0, all({ freeOnly: true, days: [day] }).total, day);
    // The free count: Saturday services that are free, as if "free only" were not ticked.
    assert.equal(facets.free, [...idsOf({ days: ['SA'] })].filter((id) => SERVICES.find((doc) => doc.id === id)!.isFree).length);
    // Other facets: services passing both filters.
    const both = all(query).hits.map((hit) => SERVICES.find((doc) => doc.id === hit.id)!);
    assert.equal(facets.languages['en'] ?? 0, both.filter((doc) => doc.languages.includes('en')).length);
    assert.equal(facets.deliveryModes.inPerson ?? 0, both.filter((doc) => doc.deliveryModes.includes('inPerson')).length);
  });

  it('top-level categories count each service once, with its sub-categories counted too', () => {
    const { facets } = all({});
    const send = taxonomyTermId('Special educational needs and disabilities (SEND)');
    assert.equal(facets.categories[send], all({ categories: [send] }).total);
    assert.equal(facets.categories[cat('Autistic Spectrum Disorder (ASD)')], 1);
    assert.ok(all({ categories: [send] }).total < Object.entries(facets.categories).filter(([id]) => category('Hearing impairment').parentId === send && id !== send).length + 10);
  });

  it('category counts stay when a category is ticked, so a family can tick another', () => {
    const ticked = all({ categories: [cat('Oral health')] });
    assert.equal(ticked.total, 1);
    assert.equal(ticked.facets.categories[cat('Community transport')], 1);
    assert.equal(ticked.facets.free, 1, 'other facets follow the ticked category');
  });

  it('facets follow the radius too', () => {
    const close = all({ origin: TOWN, radiusMiles: 1 });
    assert.equal(Object.values(close.facets.deliveryModes).reduce((a, b) => Math.max(a, b), 0) <= close.total, true);
    assert.equal(close.facets.free, close.hits.filter((hit) => SERVICES.find((doc) => doc.id === hit.id)!.isFree).length);
  });
});

describe('service search: distance', () => {
  it('reports raw miles to the nearest venue, and none for services without venues', () => {
    const result = all({ origin: TOWN });
    const clinic = result.hits.find((hit) => hit.id === 'baby-clinic')!;
    assert.ok(Math.abs(clinic.distanceMiles! - distanceMiles(TOWN, near(1, 1))) < 1e-9);
    assert.equal(result.hits.find((hit) => hit.id === 'feeding-helpline')!.distanceMiles, undefined);
  });

  it('sorts by distance by default with an origin and no text, services without venues last', () => {
    const hits = all({ origin: TOWN }).hits;
    assert.equal(hits[0]!.id, 'register-birth');
    const distances = hits.map((hit) => hit.distanceMiles ?? Infinity);
    assert.deepEqual(distances, [...distances].sort((a, b) => a - b));
    assert.equal(hits.at(-1)!.distanceMiles, undefined);
  });

  it('keeps only services with a venue within the radius', () => {
    const within = idsOf({ origin: TOWN, radiusMiles: 2 });
    assert.deepEqual(within, expected((doc) => doc.positions.some((p) => distanceMiles(TOWN, p) <= 2)));
    assert.ok(within.has('baby-clinic') && !within.has('junior-football') && !within.has('feeding-helpline'));
    assert.ok(idsOf({ origin: TOWN, radiusMiles: 20 }).has('short-breaks'));
  });

  it('measures from the nearest of several venues', () => {
    const twoVenues = createSearchIndex([{ ...SERVICES[0]!, id: 'two', positions: [near(10, 0), near(0.5, 0)] }]);
    const [hit] = twoVenues.searchNow({ origin: TOWN }).hits;
    assert.ok(Math.abs(hit!.distanceMiles! - 0.5) < 0.01, String(hit!.distanceMiles));
  });

  it('sorts by relevance with text, and by distance or name when asked', () => {
    const text = 'baby';
    const byRelevance = all({ text, origin: TOWN }).hits;
    assert.deepEqual(byRelevance.map((h) => h.score), [...byRelevance.map((h) => h.score)].sort((a, b) => b - a));
    const byDistance = all({ text, origin: TOWN, sort: 'distance' }).hits.map((h) => h.distanceMiles ?? Infinity);
    assert.deepEqual(byDistance, [...byDistance].sort((a, b) => a - b));
    const byName = all({ text, sort: 'name' }).hits.map((h) => SERVICES.find((doc) => doc.id === h.id)!.name);
    assert.deepEqual(byName, [...byName].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
  });

  it('ignores a radius without an origin, and a radius that is not a number ≥ 0', () => {
    assert.equal(all({ radiusMiles: 1 }).total, SERVICES.length);
    assert.equal(all({ origin: TOWN, radiusMiles: Number.NaN }).total, SERVICES.length);
    assert.equal(all({ origin: TOWN, radiusMiles: -1 }).total, SERVICES.length);
  });
});

describe('service search: pages', () => {
  it('pages ten at a time by default', () => {
    const first = index.searchNow({});
    assert.deepEqual([first.total, first.page, first.pageCount, first.hits.length], [40, 1, 4, 10]);
    const last = index.searchNow({ page: 4 });
    assert.equal(last.hits.length, 10);
    const pages = [1, 2, 3, 4].flatMap((page) => index.searchNow({ page }).hits.map((hit) => hit.id));
    assert.equal(new Set(pages).size, 40, 'every service exactly once across the pages');
  });

  it('handles a partial last page and page sizes', () => {
    const result = index.searchNow({ page: 3, pageSize: 15 });
    assert.deepEqual([result.page, result.pageCount, result.hits.length], [3, 3, 10]);
    assert.equal(index.searchNow({ pageSize: 1000 }).hits.length, 40, 'capped at 100, which is more than 40');
  });

  it('clamps pages out of range and ignores bad page sizes', () => {
    assert.equal(index.searchNow({ page: 99 }).page, 4);
    assert.equal(index.searchNow({ page: 0 }).page, 1);
    assert.equal(index.searchNow({ page: 1.5 }).page, 1);
    assert.equal(index.searchNow({ pageSize: 0 }).hits.length, 10);
    assert.equal(index.searchNow({ pageSize: -5 }).hits.length, 10);
  });

  it('gives one empty page when nothing matches', () => {
    const none = index.searchNow({ text: 'xylophone zebra' });
    assert.deepEqual([none.total, none.page, none.pageCount, none.hits.length], [0, 1, 1, 0]);
  });
});

describe('service search: bad input and the engine interface', () => {
  it('leaves out documents without an id or a name, and repeated ids, and says so', () => {
    const bad = [
      SERVICES[0]!,
      { ...SERVICES[1]!, id: '' },
      { ...SERVICES[2]!, name: '  ' },
      { ...SERVICES[3]!, id: SERVICES[0]!.id },
      { ...SERVICES[4]!, categories: undefined, days: undefined, positions: [{ lat: Number.NaN, lon: 0 }] } as unknown as SearchDocument,
    ];
    const partial = createSearchIndex(bad);
    assert.equal(partial.size, 2);
    assert.deepEqual(partial.issues.map((issue) => issue.id), ['#1', SERVICES[2]!.id, SERVICES[0]!.id]);
    assert.match(partial.issues[2]!.message, /same id/);
    assert.equal(partial.searchNow({ origin: TOWN, radiusMiles: 100 }).total, 1, 'the service with a broken position is kept but has no venue');
  });

  it('answers through the async interface and rejects once aborted', async () => {
    assert.equal((await index.search({ text: 'autism' })).hits[0]?.id, 'autism-support');
    await assert.rejects(index.search({}, { signal: AbortSignal.abort() }), (error: unknown) => error instanceof Error && error.name === 'AbortError');
  });

  it('answers a keystroke that changes nothing from memory, and never a changed query', () => {
    const fresh = createSearchIndex(SERVICES);
    const first = fresh.searchNow({ text: 'baby ma' });
    assert.equal(fresh.searchNow({ text: 'baby ma ' }).hits.length, first.hits.length);
    assert.equal(fresh.searchNow({ text: 'baby' }), fresh.searchNow({ text: 'baby b' }), 'a second letter does not count yet');
    assert.notDeepEqual(fresh.searchNow({ text: 'baby', freeOnly: true }).total, fresh.searchNow({ text: 'baby' }).total);
    assert.equal(fresh.searchNow({ text: 'baby', page: 2, pageSize: 3 }).page, 2);
    assert.equal(fresh.searchNow({ text: 'baby', page: 1, pageSize: 3 }).page, 1);
    // After many other queries, the full list is still right.
    for (const text of ['speech', 'debt', 'swim', 'autism', 'deaf', 'dentist']) fresh.searchNow({ text });
    assert.equal(fresh.searchNow({ text: 'x' }).total, SERVICES.length);
  });

  it('knows the categories its services carry', () => {
    assert.equal(index.categories.get(cat('Health visiting'))?.label, 'Health visiting');
  });
});
