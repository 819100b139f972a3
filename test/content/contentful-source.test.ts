import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ContentSourceError, fieldLocale, getEntity, listEntities } from '@family-hubs/content';
import { createContentfulSource } from '@family-hubs/content/contentful';
import { failTimes, rateLimited, serverError, startCmsServer, type CmsServer, type FailureHook } from '../../packages/cli/src/cms-server/index.js';
import { buildSpace, healthTerm, link, serviceSpec } from '../support/space-builder.js';
import { contentModel } from '@family-hubs/content/model';

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

let server: CmsServer;
let hook: FailureHook | undefined;
before(async () => {
  server = await startCmsServer({ space, spaceId: 'test', deliveryTokens: ['good'], previewTokens: ['preview'], failNext: (req) => hook?.(req) });
});
after(() => server.close());

const source = (options: Partial<Parameters<typeof createContentfulSource>[0]> = {}) =>
  createContentfulSource({ space: 'test', accessToken: 'good', host: server.host, insecure: true, pageSize: 50, maxRetryWaitMs: 1500, ...options });

describe('Contentful source (real contentful client, local Delivery API)', () => {
  it('pages past the page size, validates each entry and isolates the invalid one', async () => {
    hook = undefined;
    const { set, issues } = await source().load({ registry: contentModel, types: ['service'], locale: 'en-GB' });
    const services = listEntities(set, 'service');
    assert.equal(services.length, 130 + 2);
    assert.ok(getEntity(set, 'taxonomyTerm', 'tax-health'), 'linked entries come along through includes');
    assert.equal(getEntity(set, 'service', 'bad'), undefined);
    assert.ok(issues.some((i) => i.entryId === 'bad' && i.severity === 'error' && /"Summary" is 300 characters/.test(i.message)));
  });

  it('reports a link to an unpublished entry as dangling on the Delivery API, and resolves it on Preview', async () => {
    const delivered = await source().load({ registry: contentModel, types: ['service'], locale: 'en-GB', ids: ['linked'] });
    assert.equal(getEntity(delivered.set, 'service', 'linked')!.organisation, undefined);
    assert.ok(delivered.issues.some((i) => i.code === 'dangling-link' && /missing or not published/.test(i.message)));
    const preview = await source({ accessToken: 'preview', preview: true, host: server.previewHost }).load({ registry: contentModel, types: ['service'], locale: 'en-GB', ids: ['linked'] });
    assert.equal(getEntity(preview.set, 'service', 'linked')!.organisation, 'org-draft');
    assert.equal(getEntity(preview.set, 'organisation', 'org-draft')!.name, 'Draft organisation');
  });

  it('serves a locale with fallback, and maps page languages to space locales', async () => {
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
    const { set } = await source().load({ registry: contentModel, types: ['service'], locale: 'en-GB', ids: ['s001'] });
    assert.equal(set.fieldLocales, undefined);
  });

  it('fails with kind "auth" and a helpful message for a wrong token', async () => {
    await assert.rejects(source({ accessToken: 'wrong' }).load({ registry: contentModel, types: ['service'], locale: 'en-GB' }), (error: unknown) => {
      assert.ok(error instanceof ContentSourceError);
      assert.equal(error.kind, 'auth');
      assert.match(error.message, /refused the access token/);
      return true;
    });
  });

  it('fails with kind "network" when nothing listens', async () => {
    await assert.rejects(source({ host: '127.0.0.1:9', retries: 0 }).load({ registry: contentModel, types: ['service'], locale: 'en-GB' }), (error: unknown) => error instanceof ContentSourceError && error.kind === 'network');
  });

  it('retries a server error within its budget', async () => {
    hook = failTimes(1, serverError);
    const { set } = await source().load({ registry: contentModel, types: ['siteSettings'], locale: 'en-GB' });
    assert.ok(set);
    hook = undefined;
  });

  it('waits as long as Retry-After asks before retrying a 429', async () => {
    hook = failTimes(1, () => rateLimited(1));
    const started = Date.now();
    await source().load({ registry: contentModel, types: ['siteSettings'], locale: 'en-GB' });
    assert.ok(Date.now() - started >= 1000, 'did not retry before the server said it could');
    hook = undefined;
  });

  it('gives up at once when Retry-After is longer than the family should wait', async () => {
    hook = failTimes(1, () => rateLimited(30));
    const started = Date.now();
    await assert.rejects(source().load({ registry: contentModel, types: ['siteSettings'], locale: 'en-GB' }), (error: unknown) => error instanceof ContentSourceError && error.kind === 'rate-limited');
    assert.ok(Date.now() - started < 1000);
    hook = undefined;
  });

  it('stops waiting when the caller aborts', async () => {
    const slow = await startCmsServer({ space, spaceId: 'test', deliveryTokens: ['good'], previewTokens: [], latencyMs: 2000 });
    try {
      const controller = new AbortController();
      const pending = createContentfulSource({ space: 'test', accessToken: 'good', host: slow.host, insecure: true }).load({ registry: contentModel, types: ['service'], locale: 'en-GB' }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await assert.rejects(pending, (error: unknown) => error instanceof ContentSourceError && error.kind === 'aborted');
    } finally {
      await slow.close();
    }
  });

  it('times out a request that takes longer than the timeout', async () => {
    const slow = await startCmsServer({ space, spaceId: 'test', deliveryTokens: ['good'], previewTokens: [], latencyMs: 1500 });
    try {
      await assert.rejects(
        createContentfulSource({ space: 'test', accessToken: 'good', host: slow.host, insecure: true, timeoutMs: 200, retries: 0 }).load({ registry: contentModel, types: ['siteSettings'], locale: 'en-GB' }),
        (error: unknown) => error instanceof ContentSourceError && error.kind === 'timeout',
      );
    } finally {
      await slow.close();
    }
  });
});
