/**
 * One suite for both Contentful sources (the fetch reader and the official-client source), run
 * over real HTTP against the local CMS server, so they cannot drift apart in behaviour.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ContentSourceError, fieldLocale, getEntity, listEntities, type ContentQuery, type ContentResult, type LoadOptions } from '@family-hubs/content';
import type { ContentfulSourceOptions, LocaleInfo } from '@family-hubs/content/contentful';
import { failTimes, rateLimited, serverError, startCmsServer, type CmsServer, type FailureHook } from '../../packages/cli/src/cms-server/index.js';
import {
  endlessEntries,
  entriesWithoutTotal,
  htmlPage,
  jsonBody,
  onlyFor,
  oversizedEntries,
  stalledBody,
  truncatedJson,
} from '../../packages/cli/src/cms-server/faults.js';
import { buildSpace, healthTerm, link, serviceSpec } from '../support/space-builder.js';
import { contentModel } from '@family-hubs/content/model';

/** What the suite needs of a source. */
export interface TestedSource {
  load(query: ContentQuery, options?: LoadOptions): Promise<ContentResult>;
  locales(options?: LoadOptions): Promise<LocaleInfo[]>;
}

const many = Array.from({ length: 130 }, (_, i) => serviceSpec(`s${String(i).padStart(3, '0')}`));
const space = buildSpace([
  healthTerm,
  ...many,
  serviceSpec('bad', { summary: 'x'.repeat(300) }),
  serviceSpec('linked', { organisation: link('org-draft') }),
  { id: 'org-draft', type: 'organisation', fields: { name: 'Draft organisation' }, draft: true },
  serviceSpec('translated', { name: 'Baby massage' }),
]);
space.entries.find((e) => e.sys.id === 'translated')!.fields['name']!['pl'] = 'Masaż niemowląt';

const isSourceError = (kind: string, message?: RegExp) => (error: unknown) => {
  assert.ok(error instanceof ContentSourceError, `expected a ContentSourceError, got ${String(error)}`);
  assert.equal(error.kind, kind, error.message);
  if (message) assert.match(error.message, message);
  return true;
};

/** A fake clock that moves `stepMs` each time it is read. */
function steppingClock(stepMs: number): () => number {
  let now = 0;
  return () => (now += stepMs);
}

/** Runs the shared behaviours against `create`. */
export function contentfulSourceSuite(label: string, create: (options: ContentfulSourceOptions) => TestedSource): void {
  describe(`${label} (local Delivery API over HTTP)`, () => {
    let server: CmsServer;
    let hook: FailureHook | undefined;
    /** Paths of the requests the server saw since the last reset. */
    let seen: string[] = [];
    before(async () => {
      server = await startCmsServer({
        space,
        spaceId: 'test',
        deliveryTokens: ['good'],
        previewTokens: ['preview'],
        failNext: (req) => {
          seen.push(new URL(req.url ?? '/', 'http://localhost').pathname.split('/').pop() ?? '');
          return hook?.(req);
        },
      });
    });
    after(() => server.close());
    const fault = (next: FailureHook | undefined) => {
      hook = next;
      seen = [];
    };
    const entriesRequests = () => seen.filter((p) => p === 'entries').length;

    const source = (options: Partial<ContentfulSourceOptions> = {}) =>
      create({ space: 'test', accessToken: 'good', host: server.host, insecure: true, pageSize: 50, maxRetryWaitMs: 1500, ...options });

    it('pages past the page size, validates each entry and isolates the invalid one', async () => {
      fault(undefined);
      const { set, issues } = await source().load({ registry: contentModel, types: ['service'], locale: 'en-GB' });
      const services = listEntities(set, 'service');
      assert.equal(services.length, 130 + 2);
      assert.ok(getEntity(set, 'taxonomyTerm', 'tax-health'), 'linked entries come along through includes');
      assert.equal(getEntity(set, 'service', 'bad'), undefined);
      assert.ok(issues.some((i) => i.entryId === 'bad' && i.severity === 'error' && /"Summary" is 300 characters/.test(i.message)));
      assert.equal(entriesRequests(), 3, '133 services in pages of 50');
    });

    it('reports a link to an unpublished entry as dangling on the Delivery API, and resolves it on Preview', async () => {
      fault(undefined);
      const delivered = await source().load({ registry: contentModel, types: ['service'], locale: 'en-GB', ids: ['linked'] });
      assert.equal(getEntity(delivered.set, 'service', 'linked')!.organisation, undefined);
      assert.ok(delivered.issues.some((i) => i.code === 'dangling-link' && /missing or not published/.test(i.message)));
      const preview = await source({ accessToken: 'preview', preview: true, host: server.previewHost }).load({ registry: contentModel, types: ['service'], locale: 'en-GB', ids: ['linked'] });
      assert.equal(getEntity(preview.set, 'service', 'linked')!.organisation, 'org-draft');
      assert.equal(getEntity(preview.set, 'organisation', 'org-draft')!.name, 'Draft organisation');
    });

    it('serves a locale with fallback, and maps page languages to space locales', async () => {
      fault(undefined);
      const { set } = await source().load({ registry: contentModel, types: ['service'], locale: 'pl-PL', ids: ['translated', 's001'] });
      assert.equal(set.locale, 'pl');
      assert.equal(getEntity(set, 'service', 'translated')!.name, 'Masaż niemowląt');
      assert.equal(getEntity(set, 'service', 's001')!.name, 'Service s001', 'falls back to en-GB');
      assert.equal(getEntity(set, 'taxonomyTerm', 'tax-health')!.name, 'Zdrowie');
      assert.equal(fieldLocale(set, 's001', 'name'), 'en-GB', 'the fallback is known, so widgets can mark it lang="en-GB"');
      assert.equal(fieldLocale(set, 'translated', 'name'), undefined);
      assert.equal(fieldLocale(set, 's001', 'status'), undefined, 'only translated fields are language');
    });

    it('on the default locale, nothing falls back', async () => {
      fault(undefined);
      const { set } = await source().load({ registry: contentModel, types: ['service'], locale: 'en-GB', ids: ['s001'] });
      assert.equal(set.fieldLocales, undefined);
    });

    it('reads the space locales', async () => {
      fault(undefined);
      const locales = await source().locales();
      assert.deepEqual(
        locales.map((l) => [l.code, l.default, l.fallbackCode]),
        [
          ['en-GB', true, null],
          ['pl', false, 'en-GB'],
        ],
      );
    });

    it('fails with kind "auth" and a helpful message for a wrong token', async () => {
      fault(undefined);
      await assert.rejects(source({ accessToken: 'wrong' }).load({ registry: contentModel, types: ['service'], locale: 'en-GB' }), isSourceError('auth', /refused the access token/));
    });

    it('fails with kind "network" when nothing listens', async () => {
      await assert.rejects(source({ host: '127.0.0.1:9', retries: 0 }).load({ registry: contentModel, types: ['service'], locale: 'en-GB' }), isSourceError('network', /Could not reach/));
    });

    it('retries a server error within its budget', async () => {
      fault(onlyFor('entries', failTimes(1, serverError)));
      const { set } = await source().load({ registry: contentModel, types: ['siteSettings'], locale: 'en-GB' });
      assert.ok(set);
      assert.equal(entriesRequests(), 2);
    });

    it('gives up after two retries', async () => {
      fault(onlyFor('entries', failTimes(5, serverError)));
      await assert.rejects(source({ maxRetryWaitMs: 2000 }).load({ registry: contentModel, types: ['siteSettings'], locale: 'en-GB' }), isSourceError('server', /server error \(500\)/));
      assert.equal(entriesRequests(), 3);
    });

    it('waits as long as Retry-After asks before retrying a 429', async () => {
      fault(onlyFor('entries', failTimes(1, () => rateLimited(1))));
      const started = Date.now();
      await source().load({ registry: contentModel, types: ['siteSettings'], locale: 'en-GB' });
      assert.ok(Date.now() - started >= 1000, 'did not retry before the server said it could');
    });

    it('gives up at once when Retry-After is longer than the family should wait', async () => {
      fault(onlyFor('entries', failTimes(1, () => rateLimited(30))));
      await assert.rejects(source().load({ registry: contentModel, types: ['siteSettings'], locale: 'en-GB' }), isSourceError('rate-limited'));
      assert.equal(entriesRequests(), 1);
    });

    it('stops waiting when the caller aborts', async () => {
      const slow = await startCmsServer({ space, spaceId: 'test', deliveryTokens: ['good'], previewTokens: [], latencyMs: 2000 });
      try {
        const controller = new AbortController();
        const pending = create({ space: 'test', accessToken: 'good', host: slow.host, insecure: true }).load({ registry: contentModel, types: ['service'], locale: 'en-GB' }, { signal: controller.signal });
        setTimeout(() => controller.abort(), 50);
        await assert.rejects(pending, isSourceError('aborted'));
      } finally {
        await slow.close();
      }
    });

    it('times out a request that takes longer than the timeout', async () => {
      const slow = await startCmsServer({ space, spaceId: 'test', deliveryTokens: ['good'], previewTokens: [], latencyMs: 1500 });
      try {
        await assert.rejects(
          create({ space: 'test', accessToken: 'good', host: slow.host, insecure: true, timeoutMs: 200, retries: 0 }).load({ registry: contentModel, types: ['siteSettings'], locale: 'en-GB' }),
          isSourceError('timeout'),
        );
      } finally {
        await slow.close();
      }
    });

    describe('bounded reads', () => {
      it('stops at once on an entries page without a total', async () => {
        fault(entriesWithoutTotal(30));
        await assert.rejects(source().load({ registry: contentModel, types: ['organisation'], locale: 'en-GB' }), isSourceError('invalid-response', /without a total/));
        assert.equal(entriesRequests(), 1, 'not retried, and no second page');
      });

      it('stops at once on a page with more entries than asked for', async () => {
        fault(oversizedEntries(30));
        await assert.rejects(source().load({ registry: contentModel, types: ['organisation'], locale: 'en-GB' }), isSourceError('invalid-response', /51 entries where at most 50 were asked for/));
        assert.equal(entriesRequests(), 1);
      });

      it('stops at the page limit when the total never comes', async () => {
        fault(endlessEntries(30));
        await assert.rejects(source({ paging: { maxPages: 5 } }).load({ registry: contentModel, types: ['organisation'], locale: 'en-GB' }), isSourceError('invalid-response', /did not finish after 5 pages/));
        assert.equal(entriesRequests(), 5);
      });

      it('counts the page limit across content types', async () => {
        fault(undefined);
        await assert.rejects(source({ paging: { maxPages: 3 } }).load({ registry: contentModel, types: ['service', 'taxonomyTerm'], locale: 'en-GB' }), isSourceError('invalid-response', /after 3 pages/));
        assert.equal(entriesRequests(), 3);
      });

      it('asks for no new page after the deadline', async () => {
        fault(endlessEntries(30));
        // Each read of the clock moves it 1 s: the loop starts at 1 s and the third check reads 4 s.
        await assert.rejects(
          source({ paging: { deadlineMs: 2500, now: steppingClock(1000) } }).load({ registry: contentModel, types: ['organisation'], locale: 'en-GB' }),
          isSourceError('timeout', /did not finish after 2 pages \/ 3 s/),
        );
        assert.equal(entriesRequests(), 2);
      });

      it('reads headers followed by a stalled body as a timeout', async () => {
        fault(onlyFor('entries', () => stalledBody()));
        await assert.rejects(source({ timeoutMs: 300, retries: 0 }).load({ registry: contentModel, types: ['organisation'], locale: 'en-GB' }), (error: unknown) => {
          isSourceError('timeout')(error);
          assert.doesNotMatch((error as Error).message, /rejected/);
          return true;
        });
      });
    });

    describe('answers that are not Contentful responses', () => {
      const cases = [
        ['an HTML page', () => htmlPage(), /answered with an HTML page \(status 200\)/],
        ['null', () => jsonBody(null), /answered with `null` \(status 200\)/],
        ['{}', () => jsonBody({}), /answered with an empty JSON object/],
        ['truncated JSON', () => truncatedJson(), /answered with JSON that is cut short or broken \(status 200\)/],
        ['a JSON list', () => jsonBody([1, 2]), /answered with a JSON list/],
      ] as const;
      for (const [name, failure, message] of cases) {
        it(`reads ${name} as invalid-response and does not retry it`, async () => {
          fault(onlyFor('entries', failure));
          await assert.rejects(source().load({ registry: contentModel, types: ['organisation'], locale: 'en-GB' }), isSourceError('invalid-response', message));
          assert.equal(entriesRequests(), 1);
        });
      }

      it('reads an HTML page from /locales as invalid-response too', async () => {
        fault(onlyFor('locales', () => htmlPage()));
        await assert.rejects(source().load({ registry: contentModel, types: ['organisation'], locale: 'en-GB' }), isSourceError('invalid-response', /HTML page/));
      });

      it('turns each malformed entry into one issue and still loads the others', async () => {
        const org = (id: string, extra: Record<string, unknown>) => ({ sys: { id, type: 'Entry', contentType: { sys: { type: 'Link', linkType: 'ContentType', id: 'organisation' } } }, ...extra });
        const items = [
          org('good-1', { fields: { name: 'Good one' } }),
          org('no-fields', {}),
          org('null-fields', { fields: null }),
          org('list-fields', { fields: ['x'] }),
          { sys: { id: 'no-type', type: 'Entry' }, fields: { name: 'No type' } },
          null,
          org('good-2', { fields: { name: 'Good two' } }),
        ];
        fault(onlyFor('entries', () => jsonBody({ sys: { type: 'Array' }, total: items.length, skip: 0, limit: 50, items, includes: { Entry: [org('null-fields', { fields: null })], Asset: [null, { sys: { id: 'a1' }, fields: null }] }, errors: 'junk' })));
        const { set, issues } = await source().load({ registry: contentModel, types: ['organisation'], locale: 'en-GB' });
        assert.deepEqual(listEntities(set, 'organisation').map((o) => o.id).sort(), ['good-1', 'good-2']);
        const malformed = issues.filter((i) => i.code === 'source-error');
        assert.deepEqual(malformed.map((i) => i.entryId).sort(), ['', 'list-fields', 'no-fields', 'no-type', 'null-fields']);
        assert.ok(malformed.every((i) => i.severity === 'error' && i.message.length > 20));
        assert.match(malformed.find((i) => i.entryId === 'null-fields')!.message, /without its fields/);
      });

      it('flattens malformed all-locale entries without throwing', async () => {
        const item = { sys: { id: 'odd', type: 'Entry', contentType: { sys: { id: 'organisation' } } }, fields: { name: 'not per locale', description: null } };
        fault(onlyFor('entries', () => jsonBody({ sys: { type: 'Array' }, total: 1, skip: 0, limit: 50, items: [item] })));
        const { issues } = await source().load({ registry: contentModel, types: ['organisation'], locale: 'pl' });
        assert.ok(issues.some((i) => i.entryId === 'odd' && i.code === 'missing-field'), 'a field that is not per locale reads as missing');
      });
    });
  });
}
