// A page's source config with an `oruk` feed: services from the feed, everything else from the
// content pack, over real HTTP; the feed's code is reached only through a dynamic import.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ContentSourceError, createSourceFromConfig, getEntity, listEntities, type ContentQuery } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';
import { packFromSpaceExport } from '@family-hubs/content/pack-builder';
import { buildSpace, healthTerm, serviceSpec } from '../support/space-builder.js';
import { quirkFeed, startFeedServer, type FeedServer } from './oruk-server.js';

const pack = packFromSpaceExport(buildSpace([healthTerm, serviceSpec('s1', { name: 'A sample service in the pack' }), { id: 'site', type: 'siteSettings', fields: { councilName: 'Northshire' } }]), {
  generatedAt: '2026-11-30T09:00:00.000Z',
});
let server: FeedServer;

before(async () => {
  server = await startFeedServer(quirkFeed('v1-spring'));
});
after(() => server.close());

/** The feed under /api, and the pack beside it. */
function serve(feedFails = false): void {
  server.feed = quirkFeed('v1-spring');
  server.requests.length = 0;
  server.override = (path, _params, res) => {
    if (path === '/pack.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(pack));
      return true;
    }
    if (feedFails && path === '/services') {
      res.writeHead(503).end();
      return true;
    }
    return false;
  };
}

const config = () => ({ kind: 'pack' as const, url: `${server.url}/pack.json`, oruk: { url: server.url, timeoutMs: 2000 } });
const everything: ContentQuery = { types: ['service', 'siteSettings'], registry: contentModel, locale: 'en-GB' };

describe('createSourceFromConfig with an ORUK feed', () => {
  it('takes services from the feed and everything else from the pack', async () => {
    serve();
    const source = createSourceFromConfig(config());
    assert.equal(source.key, `pack:${server.url}/pack.json+oruk:${server.url}`);
    const { set, fetchedAt } = await source.load(everything);
    assert.deepEqual(listEntities(set, 'service').map((s) => s.id), ['service-s-101', 'service-s-102', 'service-s-103'], 'the pack’s own services are not shown');
    assert.equal(getEntity(set, 'siteSettings', 'site')?.councilName, 'Northshire');
    assert.ok(getEntity(set, 'taxonomyTerm', 'tax-health'), 'the pack’s terms stay beside the feed’s');
    assert.ok(getEntity(set, 'taxonomyTerm', 'tax-health-visiting'));
    assert.equal(fetchedAt, '2026-11-30T09:00:00.000Z', 'as fresh as its stalest part');
  });

  it('with search "server": reads no service from the feed (each search asks the API), and keeps the pack’s own services out', async () => {
    serve();
    const source = createSourceFromConfig({ ...config(), oruk: { url: server.url, search: 'server' } });
    const { set } = await source.load(everything);
    assert.deepEqual(listEntities(set, 'service'), []);
    assert.equal(getEntity(set, 'siteSettings', 'site')?.councilName, 'Northshire');
    assert.deepEqual(server.requests.map((r) => r.path), ['/pack.json'], 'not one request to the feed');
  });

  it('with search "auto": reads every service up to the threshold, and none above it, after asking the feed its size once', async () => {
    serve();
    const below = await createSourceFromConfig({ ...config(), oruk: { url: server.url, serverSearchAbove: 3 } }).load(everything);
    assert.equal(listEntities(below.set, 'service').length, 3, '3 services: searched in the page');
    serve();
    const source = createSourceFromConfig({ ...config(), oruk: { url: server.url, serverSearchAbove: 2 } });
    assert.notEqual(source.key, createSourceFromConfig({ ...config(), oruk: { url: server.url, serverSearchAbove: 3 } }).key, 'cached apart');
    const above = await source.load(everything);
    assert.deepEqual(listEntities(above.set, 'service'), [], 'above 2: searched on the server');
    const feedRequests = server.requests.filter((r) => r.path === '/services');
    assert.deepEqual(feedRequests.map((r) => [r.params.get('page'), r.params.get('per_page')]), [['1', '1']], 'one question, one service long');
  });

  it('asks only the pack for a query without service types', async () => {
    serve();
    const { set } = await createSourceFromConfig(config()).load({ types: ['siteSettings'], registry: { siteSettings: contentModel.siteSettings }, locale: 'en-GB' });
    assert.equal(getEntity(set, 'siteSettings', 'site')?.councilName, 'Northshire');
    assert.deepEqual(server.requests.map((r) => r.path), ['/pack.json']);
  });

  it('fails as a whole when the feed fails, so the content client’s fallback answers', async () => {
    serve(true);
    await assert.rejects(createSourceFromConfig({ ...config(), oruk: { url: server.url, timeoutMs: 2000 } }).load(everything), (error: unknown) => error instanceof ContentSourceError && error.kind === 'server');
  });

  it('reaches the ORUK code only through dynamic imports (the configuration reads the feed key alone)', () => {
    const config = readFileSync(new URL('../../packages/content/src/sources/config.ts', import.meta.url), 'utf8');
    const layer = readFileSync(new URL('../../packages/content/src/sources/oruk/feed-layer.ts', import.meta.url), 'utf8');
    assert.match(config, /import\('\.\/oruk\/feed-layer\.js'\)/);
    assert.deepEqual([...config.matchAll(/^import[^\n]*from '(\.\/oruk\/[^']+)'/gm)].map((m) => m[1]), ['./oruk/feed-key.js']);
    assert.match(layer, /import\('\.\/oruk-source\.js'\)/);
    assert.doesNotMatch(layer, /^import[^\n]*from '\.\/oruk-source/m);
  });
});
