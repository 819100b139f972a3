/**
 * The demo serves the sample content as an ORUK 3.0 feed at /oruk/, over real HTTP, on the
 * OpenAPI's paths, public (CORS *), with pages and filters a reader can rely on.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { orukId } from '@family-hubs/content/oruk-export';
import { createOrukSearchEngine, orukSearchPlace } from '@family-hubs/content/oruk';
import { startDevServer, type DevServer } from '../../packages/cli/src/dev/dev-server.js';
import { buildSpace, healthTerm, link, serviceSpec } from '../support/space-builder.js';
import { orukErrors } from '../support/oruk-schema.js';
import { tempDir } from './cli-support.js';

const space = buildSpace([
  healthTerm,
  { id: 'tax-play', type: 'taxonomyTerm', fields: { name: 'Play', vocabulary: 'local' } },
  { id: 'loc-refuge', type: 'location', fields: { name: 'Safe base', addressLine1: '17 Linden Close', postcode: 'NS8 1AA', position: { lat: 53.44671, lon: -2.38129 }, hideExactAddress: true } },
  { id: 'sal-refuge', type: 'serviceAtLocation', fields: { location: link('loc-refuge') } },
  { id: 'loc-hub', type: 'location', fields: { name: 'Riverside Family Hub', addressLine1: '2 River Street', postcode: 'NS1 4AB', position: { lat: 53.48, lon: -2.24 } } },
  { id: 'sal-hub', type: 'serviceAtLocation', fields: { location: link('loc-hub') } },
  serviceSpec('refuge', { name: 'Refuge support', summary: 'Support for women and children', locations: [link('sal-refuge')] }),
  serviceSpec('play', { name: 'Stay and play', summary: 'Play sessions for toddlers', categories: [link('tax-play')], locations: [link('sal-hub')] }),
  ...Array.from({ length: 10 }, (_, i) => serviceSpec(`s${i}`, { name: `Service ${i}` })),
  serviceSpec('draft', { name: 'Draft service' }),
]);
delete (space.entries.find((e) => e.sys.id === 'draft')!.sys as { publishedVersion?: number }).publishedVersion;

let server: DevServer;
before(async () => {
  const pages = await tempDir();
  await writeFile(join(pages, 'index.html'), '<!doctype html><title>Demo</title>');
  server = await startDevServer({ space, port: 0, mounts: [['/', pages]] });
});
after(() => server.close());

const get = async (path: string) => {
  const response = await fetch(new URL(path, server.url));
  return { response, body: (await response.json()) as Record<string, unknown> };
};

describe('demo server: the ORUK 3.0 feed at /oruk/', () => {
  it('GET /oruk/ says HSDS-UK-3.0, as JSON, to any origin', async () => {
    for (const path of ['oruk/', 'oruk']) {
      const { response, body } = await get(path);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(body['version'], 'HSDS-UK-3.0');
      assert.deepEqual(orukErrors('api_details', body), []);
    }
  });

  it('GET /oruk/services pages the published services (drafts and inactive ones left out)', async () => {
    const { response, body } = await get('oruk/services?page=2&per_page=5');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(orukErrors('service_list', body), []);
    assert.deepEqual([body['total_items'], body['total_pages'], body['page_number'], body['size'], body['first_page'], body['last_page']], [12, 3, 2, 5, false, false]);
    assert.equal((body['contents'] as unknown[]).length, 5);
    const all = (await get('oruk/services?per_page=100')).body;
    const names = (all['contents'] as { name: string }[]).map((s) => s.name);
    assert.ok(!names.includes('Draft service'));
    assert.equal(names.length, 12);
    const beyond = (await get('oruk/services?page=9&per_page=5')).body;
    assert.deepEqual([beyond['empty'], (beyond['contents'] as unknown[]).length], [true, 0]);
  });

  it('applies the /services filters of the OpenAPI: search and taxonomy_term_id', async () => {
    const found = (await get('oruk/services?search=TODDLERS')).body;
    assert.deepEqual((found['contents'] as { name: string }[]).map((s) => s.name), ['Stay and play']);
    const inPlay = (await get(`oruk/services?taxonomy_term_id=${orukId('taxonomyTerm', 'tax-play')}`)).body;
    assert.deepEqual((inPlay['contents'] as { name: string }[]).map((s) => s.name), ['Stay and play']);
  });

  it('pages what a search finds, with the envelope counting the matches, and takes ORUK v1’s `text` for `search`', async () => {
    const envelope = (body: Record<string, unknown>) => [body['total_items'], body['total_pages'], body['page_number'], (body['contents'] as unknown[]).length];
    assert.deepEqual(envelope((await get('oruk/services?search=service&page=2&per_page=4')).body), [10, 3, 2, 4]);
    assert.deepEqual(envelope((await get('oruk/services?search=service&page=3&per_page=4')).body), [10, 3, 3, 2]);
    const v1 = (await get('oruk/services?text=toddlers')).body;
    assert.deepEqual((v1['contents'] as { name: string }[]).map((s) => s.name), ['Stay and play']);
    const both = (await get(`oruk/service_at_locations?text=play&postcode=NS1%204AB&proximity=2000`)).body;
    assert.deepEqual((both['contents'] as { service: { name: string } }[]).map((i) => i.service.name), ['Stay and play']);
  });

  it('answers the server-side search engine’s own requests: text, paging and a postcode with a radius', async () => {
    const engine = createOrukSearchEngine({ url: new URL('oruk/', server.url).href });
    const page2 = await engine.search({ text: 'service', page: 2, pageSize: 4 });
    assert.deepEqual([page2.total, page2.page, page2.pageCount, page2.hits.length, page2.complete, page2.facetScope], [10, 2, 3, 4, true, 'fetched']);
    assert.ok(page2.hits.every((hit) => /^Service \d$/.test(page2.set.entities.service?.[hit.id]?.name ?? '')), 'the hits’ services come with the answer');
    const near = await engine.search({ postcode: 'NS1 4AB', origin: { lat: 53.48, lon: -2.24 }, radiusMiles: 1 });
    assert.deepEqual(near.hits.map((hit) => near.set.entities.service?.[hit.id]?.name), ['Stay and play']);
    const linked = await engine.services([`service-${orukId('service', 'play')}`, `service-${orukId('service', 'nope')}`]);
    assert.deepEqual(Object.values(linked.set.entities.service ?? {}).map((service) => service.name), ['Stay and play'], 'a stable link’s service, the unknown one left out');
    assert.equal(linked.issues.length, 1);
    const groups = await engine.categoryGroups();
    assert.ok(groups.some((group) => group.label === 'Play'), 'the feed’s categories, for the filters');
  });

  it('tells a page to search on the server when the feed has more services than its threshold', async () => {
    const url = new URL('oruk/', server.url).href;
    assert.equal(await orukSearchPlace({ url, serverSearchAbove: 11 }), 'server', '12 services, above 11');
    assert.equal(await orukSearchPlace({ url, serverSearchAbove: 12 }), 'browser');
    assert.equal(await orukSearchPlace({ url }), 'browser', 'the default threshold is far above 12');
    assert.equal(await orukSearchPlace({ url, search: 'server' }), 'server');
  });

  it('GET /oruk/services/{id} is the service, fully nested, with a sensitive venue masked', async () => {
    const { response, body } = await get(`oruk/services/${orukId('service', 'refuge')}`);
    assert.equal(response.status, 200);
    assert.deepEqual(orukErrors('service', body), []);
    const text = JSON.stringify(body);
    assert.doesNotMatch(text, /Linden Close|NS8 1AA|53\.4467/);
    assert.match(text, /"postal_code":"NS8"/);
    assert.match(text, /"latitude":53\.45/);
  });

  it('GET /oruk/taxonomy_terms and /oruk/taxonomies list the categories, with their own records and filters', async () => {
    const terms = (await get('oruk/taxonomy_terms?per_page=1000')).body;
    assert.deepEqual(orukErrors('taxonomy_term_list', terms), []);
    assert.deepEqual((terms['contents'] as { name: string }[]).map((t) => t.name), ['Health', 'Play']);
    const local = (await get(`oruk/taxonomy_terms?taxonomy_id=${orukId('taxonomy', 'local')}`)).body;
    assert.deepEqual((local['contents'] as { name: string }[]).map((t) => t.name), ['Health', 'Play'], 'terms without a vocabulary are local');
    const term = await get(`oruk/taxonomy_terms/${orukId('taxonomyTerm', 'tax-play')}`);
    assert.equal(term.response.status, 200);
    assert.deepEqual(orukErrors('taxonomy_term', term.body), []);
    const taxonomies = (await get('oruk/taxonomies')).body;
    assert.deepEqual(orukErrors('taxonomy_list', taxonomies), []);
    const [taxonomy] = taxonomies['contents'] as { id: string }[];
    assert.deepEqual(orukErrors('taxonomy', (await get(`oruk/taxonomies/${taxonomy!.id}`)).body), []);
  });

  it('GET /oruk/service_at_locations finds venues near a postcode, nearest first, as the OpenAPI asks (proximity in metres)', async () => {
    const names = (body: Record<string, unknown>) => (body['contents'] as { service: { name: string } }[]).map((i) => i.service.name);
    const near = (await get('oruk/service_at_locations?postcode=ns14ab&proximity=2000')).body;
    assert.deepEqual(orukErrors('service_at_location_list', near), []);
    assert.deepEqual(names(near), ['Stay and play']);
    assert.deepEqual(names((await get('oruk/service_at_locations?postcode=NS1%204AB&proximity=20000')).body), ['Stay and play', 'Refuge support']);
    assert.deepEqual(names((await get('oruk/service_at_locations?search=refuge')).body), ['Refuge support']);
    const unknown = await get('oruk/service_at_locations?postcode=ZZ9%209ZZ&proximity=2000');
    assert.equal(unknown.response.status, 400);
    assert.match(String(unknown.body['error']), /could not find the postcode/);
    assert.equal((await get('oruk/service_at_locations?postcode=NS1%204AB&proximity=far')).response.status, 400);
    const [first] = near['contents'] as { id: string }[];
    assert.equal((await get(`oruk/service_at_locations/${first!.id}`)).response.status, 200);
  });

  it('answers an unknown id or path with a JSON 404, a bad page with a 400, and a preflight with CORS', async () => {
    const missing = await get(`oruk/services/${orukId('service', 'nope')}`);
    assert.equal(missing.response.status, 404);
    assert.equal(missing.response.headers.get('access-control-allow-origin'), '*');
    assert.equal((await get('oruk/organisations')).response.status, 404);
    assert.equal((await get('oruk/services?page=0')).response.status, 400);
    assert.equal((await get('oruk/services?per_page=abc')).response.status, 400);
    const preflight = await fetch(new URL('oruk/services', server.url), { method: 'OPTIONS' });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.equal((await fetch(new URL('oruk/services', server.url), { method: 'POST' })).status, 405);
  });
});
