/**
 * exportSpace (Sync API, official client) over real HTTP against the local CMS server: bounded
 * paging, and answers that are not sync pages are errors, never an empty space.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ContentSourceError } from '@family-hubs/content';
import { createContentfulSource, exportSpace } from '@family-hubs/content/contentful';
import { startCmsServer, type CmsServer, type FailureHook } from '../../packages/cli/src/cms-server/index.js';
import { endlessSync, htmlPage, jsonBody, onlyFor, stalledBody, truncatedJson } from '../../packages/cli/src/cms-server/faults.js';
import { buildSpace, healthTerm, serviceSpec } from '../support/space-builder.js';

const space = buildSpace([healthTerm, ...Array.from({ length: 25 }, (_, i) => serviceSpec(`s${i}`))]);

describe('exportSpace (Sync API through the official client)', () => {
  let server: CmsServer;
  let hook: FailureHook | undefined;
  let syncRequests = 0;
  before(async () => {
    server = await startCmsServer({
      space,
      spaceId: 'test',
      deliveryTokens: ['good'],
      previewTokens: [],
      syncPageSize: 10,
      failNext: (req) => {
        if (new URL(req.url ?? '/', 'http://localhost').pathname.endsWith('/sync')) syncRequests += 1;
        return hook?.(req);
      },
    });
  });
  after(() => server.close());
  const fault = (next: FailureHook | undefined) => {
    hook = next;
    syncRequests = 0;
  };
  const source = (timeoutMs = 4000) => createContentfulSource({ space: 'test', accessToken: 'good', host: server.host, insecure: true, timeoutMs, maxRetryWaitMs: 1000 });
  const rejectsWith = (kind: string, message: RegExp) => (error: unknown) => {
    assert.ok(error instanceof ContentSourceError, String(error));
    assert.equal(error.kind, kind, error.message);
    assert.match(error.message, message);
    return true;
  };

  it('follows every page to the end', async () => {
    fault(undefined);
    const snapshot = await exportSpace(source());
    assert.equal(snapshot.entries.length, 26);
    assert.equal(syncRequests, 3, '26 entries in pages of 10');
    assert.ok(snapshot.nextSyncToken);
    assert.deepEqual(snapshot.issues, []);
  });

  it('stops a nextPageUrl that never ends at the page limit', async () => {
    fault(endlessSync(40));
    await assert.rejects(exportSpace(source(), { maxPages: 5 }), rejectsWith('invalid-response', /sync did not finish after 5 pages/));
    assert.equal(syncRequests, 5);
  });

  it('asks for no new sync page after the deadline', async () => {
    fault(endlessSync(40));
    let now = 0;
    const clock = () => (now += 30_000);
    await assert.rejects(exportSpace(source(), { deadlineMs: 100_000, now: clock }), rejectsWith('timeout', /sync did not finish after 3 pages \/ 120 s/));
    assert.equal(syncRequests, 3);
  });

  const cases = [
    ['an HTML page', () => htmlPage(), /answered with an HTML page \(status 200\)/],
    ['null', () => jsonBody(null), /answered with `null` \(status 200\)/],
    ['{}', () => jsonBody({}), /not a Contentful sync page/],
    ['truncated JSON', () => truncatedJson(), /JSON that is cut short or broken/],
  ] as const;
  for (const [name, failure, message] of cases) {
    it(`throws invalid-response, not an empty space, when the sync answers ${name}`, async () => {
      fault(onlyFor('sync', failure));
      await assert.rejects(exportSpace(source()), rejectsWith('invalid-response', message));
      assert.equal(syncRequests, 1, 'not retried');
    });
  }

  it('reads a stalled sync body as a timeout', async () => {
    fault(onlyFor('sync', () => stalledBody()));
    await assert.rejects(
      exportSpace(source(300)),
      (error: unknown) => error instanceof ContentSourceError && error.kind === 'timeout' && !/rejected/.test(error.message),
    );
  });

  it('leaves out entries sent without fields, with one issue each', async () => {
    const entry = (id: string, extra: Record<string, unknown>) => ({ sys: { id, type: 'Entry', contentType: { sys: { type: 'Link', linkType: 'ContentType', id: 'organisation' } } }, ...extra });
    const items = [entry('good', { fields: { name: { 'en-GB': 'Good' } } }), entry('none', {}), entry('null', { fields: null }), { sys: { id: 'asset-null', type: 'Asset' }, fields: null }];
    fault(onlyFor('sync', () => jsonBody({ sys: { type: 'Array' }, items, nextSyncUrl: `${server.url}/spaces/test/environments/master/sync?sync_token=done` })));
    const snapshot = await exportSpace(source());
    assert.deepEqual(snapshot.entries.map((e) => e.sys.id), ['good']);
    assert.deepEqual(snapshot.assets, []);
    assert.deepEqual(snapshot.issues.map((i) => [i.entryId, i.code, i.severity]), [
      ['none', 'source-error', 'error'],
      ['null', 'source-error', 'error'],
    ]);
  });
});
