/**
 * The Sync API: initial sync over several pages, following nextPageUrl / nextSyncUrl, deltas
 * after the export changes, type filters, and the real client collecting every page.
 */
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { CmsServer, SpaceExport } from '../../packages/cli/src/cms-server/index.js';
import {
  BULK_COUNT,
  clientFor,
  DELIVERY_TOKEN,
  envPath,
  getJson,
  spaceWithBulk,
  startFixtureServer,
} from '../fixtures/cms-server/space.js';

type Json = Record<string, unknown>;

/** 8 published entries in space.json, plus the bulk items; 1 published asset. */
const PUBLISHED_ENTRIES = 8 + BULK_COUNT;
const PUBLISHED_ASSETS = 1;

const ids = (items: ReadonlyArray<{ sys: { id: string } }>): string[] => items.map((item) => item.sys.id).sort();

describe('CMS server sync', () => {
  let server: CmsServer;
  const syncRequests: string[] = [];
  before(async () => {
    server = await startFixtureServer({
      // Used as a spy: records sync requests and never injects a failure.
      failNext: (req: IncomingMessage) => {
        if (req.url?.includes('/sync')) syncRequests.push(req.url);
        return undefined;
      },
    });
  });
  beforeEach(() => {
    syncRequests.length = 0;
    server.setSpace(spaceWithBulk());
  });
  after(() => server.close());

  it('collects every page of an initial sync with the contentful client', async () => {
    const result = await clientFor(server).sync({ initial: true });
    assert.equal(result.entries.length, PUBLISHED_ENTRIES);
    assert.equal(result.assets.length, PUBLISHED_ASSETS);
    assert.equal(syncRequests.length, Math.ceil((PUBLISHED_ENTRIES + PUBLISHED_ASSETS) / 100), 'pages of 100');
    assert.equal(typeof result.nextSyncToken, 'string');
    const feeding = result.entries.find((entry) => entry.sys.id === 'svc-feeding');
    assert.deepEqual(feeding?.fields.name, { 'en-GB': 'Infant feeding support', pl: 'Wsparcie w karmieniu niemowląt' });
    assert.equal(feeding?.sys.locale, undefined);
    assert.equal(result.entries.some((entry) => entry.sys.id === 'svc-draft'), false);
  });

  it('pages by the limit parameter', async () => {
    const result = await clientFor(server).sync({ initial: true, limit: 500 });
    assert.equal(result.entries.length + result.assets.length, PUBLISHED_ENTRIES + PUBLISHED_ASSETS);
    assert.equal(syncRequests.length, 3);
  });

  it('gives absolute nextPageUrl links on the server origin, then a nextSyncUrl on the last page', async () => {
    let page = await getJson(server, envPath('sync?initial=true&limit=1000'));
    assert.equal(page.status, 200);
    assert.deepEqual(Object.keys(page.body), ['sys', 'items', 'nextPageUrl']);
    assert.equal((page.body.items as Json[]).length, 1000);
    const nextPageUrl = page.body.nextPageUrl as string;
    assert.match(nextPageUrl, new RegExp(`^${server.url}/spaces/fh-test-space/environments/master/sync\\?sync_token=[\\w-]+$`));
    page = await getJson(server, nextPageUrl.slice(server.url.length));
    assert.equal((page.body.items as Json[]).length, PUBLISHED_ENTRIES + PUBLISHED_ASSETS - 1000);
    assert.deepEqual(Object.keys(page.body), ['sys', 'items', 'nextSyncUrl']);
    const item = (page.body.items as Json[]).find((candidate) => (candidate.sys as Json).type === 'Asset');
    assert.deepEqual(Object.keys(item ?? {}), ['sys', 'fields'], 'sync items carry no metadata');
    assert.deepEqual(Object.keys(item?.sys ?? {}), ['space', 'id', 'type', 'createdAt', 'updatedAt', 'environment', 'revision']);
  });

  it('returns an empty delta when nothing changed', async () => {
    const client = clientFor(server);
    const initial = await client.sync({ initial: true, limit: 1000 });
    const delta = await client.sync({ nextSyncToken: initial.nextSyncToken });
    assert.equal(delta.entries.length + delta.assets.length + delta.deletedEntries.length + delta.deletedAssets.length, 0);
    assert.equal(typeof delta.nextSyncToken, 'string');
  });

  it('reports edits, publications, unpublications and deletions in a delta', async () => {
    const client = clientFor(server);
    const initial = await client.sync({ initial: true, limit: 1000 });

    const next: SpaceExport = spaceWithBulk();
    const entry = (id: string) => {
      const found = next.entries.find((candidate) => candidate.sys.id === id);
      assert.ok(found, id);
      return found;
    };
    const play = entry('svc-play');
    play.fields.name = { 'en-GB': 'Stay and play (new times)' };
    play.sys.updatedAt = play.sys.publishedAt = '2025-06-01T09:00:00.000Z';
    const draft = entry('svc-draft');
    draft.sys.publishedVersion = 1;
    delete entry('loc-park').sys.publishedVersion;
    next.entries = next.entries.filter((candidate) => candidate.sys.id !== 'page-b');
    next.assets = [];
    server.setSpace(next);

    const delta = await client.sync({ nextSyncToken: initial.nextSyncToken });
    assert.deepEqual(ids(delta.entries), ['svc-draft', 'svc-play']);
    assert.deepEqual(delta.entries.find((item) => item.sys.id === 'svc-play')?.fields.name, {
      'en-GB': 'Stay and play (new times)',
    });
    assert.deepEqual(ids(delta.deletedEntries), ['loc-park', 'page-b']);
    assert.deepEqual(ids(delta.deletedAssets), ['hub-photo']);
    const deleted = delta.deletedEntries[0] as unknown as { sys: Json };
    assert.equal(deleted.sys.type, 'DeletedEntry');
    assert.equal(typeof deleted.sys.deletedAt, 'string');

    const after = await client.sync({ nextSyncToken: delta.nextSyncToken });
    assert.equal(after.entries.length + after.deletedEntries.length, 0, 'the new token starts from the new export');
  });

  it('filters by type and by content type', async () => {
    const client = clientFor(server);
    const services = await client.sync({ initial: true, type: 'Entry', content_type: 'service' });
    assert.deepEqual(ids(services.entries), ['svc-feeding', 'svc-orphan', 'svc-play']);
    assert.equal(services.assets.length, 0);
    const assets = await client.sync({ initial: true, type: 'Asset' });
    assert.deepEqual(ids(assets.assets), ['hub-photo']);
    assert.equal(assets.entries.length, 0);
    const rejected = await getJson(server, envPath('sync?initial=true&type=Asset&content_type=service'));
    assert.equal(rejected.status, 400);
  });

  it('includes drafts on the Preview API, which Contentful serves Sync on too', async () => {
    const result = await clientFor(server, { preview: true }).sync({ initial: true, limit: 1000 });
    assert.equal(result.entries.length, PUBLISHED_ENTRIES + 2);
    assert.equal(result.assets.length, 2);
  });

  it('rejects bad sync requests', async () => {
    for (const query of ['', 'sync_token=not-a-token', 'initial=true&locale=pl', 'initial=true&limit=5000']) {
      const { status, body } = await getJson(server, envPath(`sync?${query}`), DELIVERY_TOKEN);
      assert.equal(status, 400, query);
      assert.equal((body.sys as Json).type, 'Error', query);
    }
  });
});
