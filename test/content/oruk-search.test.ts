// The server-side search engine over a real loopback ORUK API: which query parameters reach the
// server, which filters run on the client and over what, and what the results say about it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getEntity } from '@family-hubs/content';
import { createOrukSearchEngine, type OrukSearchOptions } from '@family-hubs/content/oruk';
import { quirkFeed, startFeedServer, type FeedFixture, type FeedServer } from './oruk-server.js';

let server: FeedServer;
const engine = (options: Partial<OrukSearchOptions> = {}) => createOrukSearchEngine({ url: server.url, retries: 0, timeoutMs: 2000, ...options });
const asked = (path: string) => server.requests.filter((r) => r.path === path).map((r) => Object.fromEntries(r.params));

const camel = quirkFeed('v3-camel');
/** The camelCase feed with its optional endpoints: taxonomy terms and services at locations near a postcode. */
const withOptional: FeedFixture = {
  ...camel,
  terms: {
    total_items: 3,
    contents: [
      { id: 60, name: 'Parenting support', description: 'DfE' },
      { id: 61, name: 'Infant feeding support (including breastfeeding)', description: 'DfE' },
      { id: 62, name: 'Family line (local)', description: 'Local' },
    ],
  },
  sal: [{ total_items: 1, total_pages: 1, contents: [{ id: 70, service: { id: 1, name: "Dads' club", status: 'active' }, location: { id: 80, name: 'Northtown Library' } }] }],
};

before(async () => {
  server = await startFeedServer(withOptional);
});
after(() => server.close());

function use(feed: FeedFixture): void {
  server.feed = feed;
  server.override = undefined;
  server.requests.length = 0;
}

describe('ORUK server-side search', () => {
  it('sends free text as search= on 3.0, with the page asked for, and the feed’s total', async () => {
    use(withOptional);
    const results = await engine().search({ text: 'dads', page: 2, pageSize: 2 });
    assert.deepEqual(asked('/services'), [{ search: 'dads', page: '2', per_page: '2' }]);
    assert.equal(results.total, 3, 'total_items from the feed');
    assert.equal(results.pageCount, 2);
    assert.equal(results.complete, true);
    // The fixture answers page 2 with service 3 whatever the text: the engine trusts the server's matching.
    assert.deepEqual(results.hits.map((h) => h.id), ['service-3']);
    assert.equal(getEntity(results.set, 'service', 'service-3')?.status, 'temporarilyClosed', 'the hits come with their validated services');
  });

  it('a feed without totals: what is known so far, incomplete, and one more page on offer', async () => {
    const item = (id: string) => ({ id, name: id, status: 'active', assured_date: '2026-10-10', attributes: [{ id: `a-${id}`, taxonomy_term: { id: 't', name: 'Activities' } }] });
    use({ root: { version: 'HSDS-UK-3.0' }, pages: [{ contents: [item('a'), item('b')] }, { contents: [item('c')] }], details: {} });
    const first = await engine().search({ pageSize: 2 });
    assert.deepEqual([first.total, first.pageCount, first.complete], [2, 2, false]);
    const second = await engine().search({ pageSize: 2, page: 2 });
    assert.deepEqual([second.total, second.pageCount, second.complete], [3, 2, true]);
    assert.deepEqual(second.hits.map((h) => h.id), ['service-c']);
  });

  it('sends text= on v1', async () => {
    use(quirkFeed('v1-spring'));
    await engine().search({ text: 'play' });
    assert.equal(asked('/services')[0]?.['text'], 'play');
    assert.equal(asked('/services')[0]?.['search'], undefined);
  });

  it('asks the server for one sub-category by the feed’s own term id', async () => {
    use(withOptional);
    await engine().search({ categories: ['tax-infant-feeding-support'] });
    assert.equal(asked('/services')[0]?.['taxonomy_term_id'], '61');
    assert.equal(asked('/taxonomy_terms').length, 1);
  });

  it('filters a top-level category on the client, over the window, and says whether it was complete', async () => {
    use(withOptional);
    const results = await engine({ scanPageSize: 2 }).search({ categories: ['tax-pregnancy-birth-and-early-years'] });
    assert.equal(asked('/services')[0]?.['taxonomy_term_id'], undefined, 'a top-level category matches its sub-categories: not a server filter');
    assert.deepEqual(results.hits.map((h) => h.id), ['service-2']);
    assert.equal(results.total, 1);
    assert.equal(results.complete, true, 'both pages of the feed fit in the window');
    assert.equal(results.facets.categories['tax-parenting-support'], 1, 'facets ignore their own filter');
  });

  it('a window that does not reach the end of the feed is reported incomplete', async () => {
    use(withOptional);
    const results = await engine({ scanPages: 1, scanPageSize: 2 }).search({ days: ['SA'] });
    assert.deepEqual(results.hits.map((h) => h.id), ['service-1']);
    assert.equal(results.complete, false);
    assert.equal(asked('/services').length, 1);
  });

  it('applies age, day, free and delivery filters on the client, with facets from what was fetched', async () => {
    use(withOptional);
    const results = await engine().search({ stages: ['months0to12'], freeOnly: true });
    assert.deepEqual(results.hits.map((h) => h.id).sort(), ['service-1', 'service-2']);
    assert.equal(results.facets.free, 2);
    assert.equal(results.facets.days.TU, 1);
    assert.equal(results.facets.days.SA, 1);
    assert.equal(results.facets.deliveryModes.online, 1);
    const phone = await engine().search({ deliveryModes: ['telephone'] });
    assert.deepEqual(phone.hits.map((h) => h.id), ['service-3']);
    const older = await engine().search({ stages: ['years19to25'] });
    assert.deepEqual(older.hits.map((h) => h.id).sort(), ['service-1', 'service-3'], '127 read as 25; no ages means all ages');
  });

  it('searches near a postcode through /service_at_locations, proximity in metres', async () => {
    use(withOptional);
    const results = await engine().search({ postcode: 'NS2 5DD', origin: { lat: 53.42, lon: -2.25 }, radiusMiles: 5 });
    assert.deepEqual(asked('/service_at_locations'), [{ postcode: 'NS2 5DD', proximity: '8047', page: '1', per_page: '10' }]);
    assert.deepEqual(results.hits.map((h) => h.id), ['service-1']);
    assert.equal(results.hits[0]?.distanceMiles, 0);
    assert.ok(server.requests.some((r) => r.path === '/services/1'), 'the service at the location is read in full');
  });

  it('without /service_at_locations, measures distance from the venues on the client (and remembers)', async () => {
    use(camel);
    const search = engine();
    const near = await search.search({ postcode: 'NS2 5DD', origin: { lat: 53.42, lon: -2.25 }, radiusMiles: 1 });
    assert.deepEqual(near.hits.map((h) => h.id), ['service-1'], 'only the service with a venue within a mile');
    assert.equal(asked('/service_at_locations').length, 1);
    await search.search({ postcode: 'NS2 5DD', origin: { lat: 53.42, lon: -2.25 }, radiusMiles: 1 });
    assert.equal(asked('/service_at_locations').length, 1, 'not asked again');
  });

  it('sorts by name or distance within what it fetched', async () => {
    use(withOptional);
    const byName = await engine().search({ sort: 'name', freeOnly: true });
    assert.deepEqual(byName.hits.map((h) => h.id), ['service-1', 'service-2']);
  });
});
