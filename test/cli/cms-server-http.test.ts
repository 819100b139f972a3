/**
 * The CMS server over plain fetch: exact response shapes compared with real Contentful
 * responses (/work/shared/data/contentful, copied into the assertions as key lists), error
 * bodies, CORS, fault injection and mounting inside another server.
 */
import assert from 'node:assert/strict';
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import {
  createDeliveryApi,
  failTimes,
  rateLimited,
  serverError,
  type CmsServer,
  type InjectedFailure,
} from '../../packages/cli/src/cms-server/index.js';
import {
  DELIVERY_TOKEN,
  envPath,
  getJson,
  loadSpace,
  PREVIEW_TOKEN,
  SPACE_ID,
  startFixtureServer,
} from '../fixtures/cms-server/space.js';

type Json = Record<string, unknown>;

const asJson = (value: unknown): Json => value as Json;
const list = (body: Json, key = 'items'): Json[] => body[key] as Json[];
const keys = (value: unknown): string[] => Object.keys(value as object);

/** Key order of real Delivery API objects (from data/contentful/*.json). */
const REAL = {
  envelope: ['sys', 'total', 'skip', 'limit', 'items'],
  entry: ['metadata', 'sys', 'fields'],
  entrySys: ['space', 'id', 'type', 'createdAt', 'updatedAt', 'environment', 'revision', 'contentType', 'locale'],
  assetSys: ['space', 'id', 'type', 'createdAt', 'updatedAt', 'environment', 'revision', 'locale'],
  contentType: ['sys', 'displayField', 'name', 'description', 'fields'],
  contentTypeSys: ['space', 'id', 'type', 'createdAt', 'updatedAt', 'environment', 'revision'],
  linkField: ['id', 'name', 'type', 'localized', 'required', 'disabled', 'omitted', 'linkType'],
  arrayField: ['id', 'name', 'type', 'localized', 'required', 'disabled', 'omitted', 'items'],
  locale: ['code', 'name', 'default', 'fallbackCode', 'sys'],
  error: ['sys', 'message', 'details', 'requestId'],
};

describe('CMS server over HTTP', () => {
  let server: CmsServer;
  let nextFailure: InjectedFailure | undefined;
  before(async () => {
    server = await startFixtureServer({
      failNext: () => {
        const failure = nextFailure;
        nextFailure = undefined;
        return failure;
      },
    });
  });
  after(() => server.close());

  describe('response shapes match the real API', () => {
    it('entries: envelope, entry, sys and link shapes', async () => {
      const { status, headers, body } = await getJson(server, envPath('entries?content_type=service&sys.id=svc-feeding'));
      assert.equal(status, 200);
      assert.equal(headers.get('content-type'), 'application/vnd.contentful.delivery.v1+json');
      assert.deepEqual(keys(body), [...REAL.envelope, 'includes']);
      assert.deepEqual(body.sys, { type: 'Array' });
      const entry = list(body)[0];
      assert.deepEqual(keys(entry), REAL.entry);
      assert.deepEqual(keys(entry?.sys), REAL.entrySys);
      assert.deepEqual(asJson(entry?.sys).space, { sys: { type: 'Link', linkType: 'Space', id: SPACE_ID } });
      assert.deepEqual(asJson(entry?.sys).environment, { sys: { id: 'master', type: 'Link', linkType: 'Environment' } });
      assert.deepEqual(asJson(entry?.sys).contentType, { sys: { type: 'Link', linkType: 'ContentType', id: 'service' } });
      assert.equal(asJson(entry?.sys).createdAt, '2025-02-04T10:04:00.000Z', 'delivery createdAt is the first publish');
      assert.equal(asJson(entry?.sys).revision, 2, 'delivery revision is the publish count');
      assert.deepEqual(keys(body.includes), ['Entry', 'Asset']);
      assert.deepEqual(keys(list(asJson(body.includes), 'Asset')[0]?.sys), REAL.assetSys);
    });

    it('lists every included entity once and never repeats an item', async () => {
      const { body } = await getJson(server, envPath('entries?content_type=service&include=2'));
      const itemIds = list(body).map((item) => asJson(item.sys).id);
      const included = list(asJson(body.includes), 'Entry').map((item) => asJson(item.sys).id);
      assert.deepEqual(included, ['org-riverside', 'loc-high-street', 'loc-park']);
      assert.equal(included.some((id) => itemIds.includes(id)), false);
      assert.deepEqual(body.errors, [
        { sys: { id: 'notResolvable', type: 'error' }, details: { type: 'Link', linkType: 'Entry', id: 'loc-draft' } },
        { sys: { id: 'notResolvable', type: 'error' }, details: { type: 'Link', linkType: 'Entry', id: 'org-missing' } },
      ]);
    });

    it('omits includes and errors when there is nothing to include', async () => {
      const { body } = await getJson(server, envPath('entries?content_type=item&limit=1'));
      assert.deepEqual(keys(body), REAL.envelope);
      const cycle = await getJson(server, envPath('entries?content_type=page&include=10'));
      assert.deepEqual(keys(cycle.body), REAL.envelope, 'A and B are both items, so nothing is included');
    });

    it('keeps {locale: value} maps and drops sys.locale for locale=*', async () => {
      const { body } = await getJson(server, envPath('entries?sys.id=svc-feeding&locale=*'));
      const entry = list(body)[0];
      assert.equal('locale' in asJson(entry?.sys), false);
      assert.deepEqual(asJson(entry?.fields).name, { 'en-GB': 'Infant feeding support', pl: 'Wsparcie w karmieniu niemowląt' });
      const asset = list(asJson(body.includes), 'Asset')[0];
      assert.deepEqual(asJson(asset?.fields).title, {
        'en-GB': 'Riverside Family Hub entrance',
        pl: 'Wejście do Centrum Rodzinnego Riverside',
      });
    });

    it('select returns exactly the selected properties', async () => {
      const { body } = await getJson(server, envPath('entries?content_type=service&select=fields.name&sys.id=svc-play'));
      assert.deepEqual(list(body), [{ fields: { name: 'Stay and play' } }]);
      const sysOnly = await getJson(server, envPath('entries?select=sys.id&sys.id=svc-play'));
      assert.deepEqual(list(sysOnly.body), [{ sys: { id: 'svc-play' } }]);
    });

    it('single entry and asset endpoints', async () => {
      const entry = await getJson(server, envPath('entries/svc-feeding?locale=pl'));
      assert.equal(entry.status, 200);
      assert.deepEqual(keys(entry.body), REAL.entry);
      assert.equal(asJson(entry.body.fields).name, 'Wsparcie w karmieniu niemowląt');
      const asset = await getJson(server, envPath('assets/hub-photo'));
      assert.deepEqual(keys(asset.body.sys), REAL.assetSys);
      assert.deepEqual(keys(asJson(asset.body.fields).file), ['url', 'fileName', 'contentType', 'details']);
    });

    it('content types and locales', async () => {
      const { body } = await getJson(server, envPath('content_types/service'));
      assert.deepEqual(keys(body), REAL.contentType);
      assert.deepEqual(keys(body.sys), REAL.contentTypeSys);
      const fields = body.fields as Json[];
      assert.deepEqual(keys(fields.find((field) => field.id === 'organisation')), REAL.linkField);
      assert.deepEqual(keys(fields.find((field) => field.id === 'tags')), REAL.arrayField);
      const locales = await getJson(server, envPath('locales'));
      assert.deepEqual(keys(locales.body), REAL.envelope);
      assert.deepEqual(keys(list(locales.body)[0]), REAL.locale);
      assert.deepEqual(list(locales.body)[1]?.sys, { id: '2dEfLocalePl', type: 'Locale', version: 2 });
    });

    it('serves the master environment without the /environments prefix', async () => {
      const { status, body } = await getJson(server, `/spaces/${SPACE_ID}/entries?content_type=organisation`);
      assert.equal(status, 200);
      assert.equal(body.total, 1);
    });
  });

  describe('errors use Contentful bodies', () => {
    it('unknown query paths: the exact shape of data/contentful/error-400.json', async () => {
      const { status, headers, body } = await getJson(server, envPath('entries?sys.888=1'));
      assert.equal(status, 400);
      assert.deepEqual(keys(body), REAL.error);
      assert.equal(typeof body.requestId, 'string');
      assert.equal(headers.get('x-contentful-request-id'), body.requestId);
      assert.deepEqual(
        { ...body, requestId: undefined },
        {
          sys: { type: 'Error', id: 'InvalidQuery' },
          message:
            'The query you sent was invalid. Probably a filter or ordering specification is not applicable to the type of a field.',
          details: { errors: [{ name: 'unknown', path: ['sys', '888'], details: 'The path "sys.888" is not recognized' }] },
          requestId: undefined,
        },
      );
    });

    it('rejects bad paging and include values as InvalidQuery', async () => {
      for (const query of ['limit=1001', 'limit=-1', 'limit=ten', 'skip=-5', 'include=11', 'foo=bar']) {
        const { status, body } = await getJson(server, envPath(`entries?${query}`));
        assert.equal(status, 400, query);
        assert.deepEqual(body.sys, { type: 'Error', id: 'InvalidQuery' }, query);
      }
    });

    it('rejects an unknown content type and field paths it cannot know', async () => {
      const unknownType = await getJson(server, envPath('entries?content_type=nope'));
      assert.deepEqual(unknownType.body.details, { errors: [{ name: 'unknownContentType', value: 'nope' }] });
      const unknownField = await getJson(server, envPath('entries?content_type=service&fields.colour=red'));
      assert.equal(unknownField.status, 400);
      const omitted = await getJson(server, envPath('entries?content_type=service&fields.internalNote[exists]=true'));
      assert.equal(omitted.status, 400, 'omitted fields cannot be queried');
      const orderWithoutType = await getJson(server, envPath('entries?order=fields.name'));
      assert.equal(orderWithoutType.status, 400);
    });

    it('unknown locale is a BadRequest', async () => {
      const { status, body } = await getJson(server, envPath('entries?locale=de-DE'));
      assert.equal(status, 400);
      assert.deepEqual({ ...body, requestId: 0 }, { sys: { type: 'Error', id: 'BadRequest' }, message: 'Unknown locale: de-DE', requestId: 0 });
    });

    it('missing and wrong tokens are AccessTokenInvalid (401); the query parameter works too', async () => {
      for (const token of [null, 'wrong-token']) {
        const { status, body } = await getJson(server, envPath('entries'), token);
        assert.equal(status, 401);
        assert.deepEqual(body.sys, { type: 'Error', id: 'AccessTokenInvalid' });
        assert.equal(body.message, 'The access token you sent could not be found or is invalid.');
      }
      const byParam = await getJson(server, envPath(`entries?access_token=${DELIVERY_TOKEN}&limit=1`), null);
      assert.equal(byParam.status, 200);
      const previewByParam = await getJson(server, envPath(`entries/svc-draft?access_token=${PREVIEW_TOKEN}`), null, 'preview');
      assert.equal(previewByParam.status, 200);
    });

    it('chooses the API by host, not by token: a preview token on the Delivery API is AccessTokenInvalid (401), as on Contentful', async () => {
      for (const token of [PREVIEW_TOKEN, `access_token=${PREVIEW_TOKEN}`]) {
        const { status, body } = token.startsWith('access_token=')
          ? await getJson(server, envPath(`entries/svc-draft?${token}`), null)
          : await getJson(server, envPath('entries/svc-draft'), token);
        assert.equal(status, 401);
        assert.deepEqual({ ...body, requestId: 0 }, { sys: { type: 'Error', id: 'AccessTokenInvalid' }, message: 'The access token you sent could not be found or is invalid.', requestId: 0 });
      }
      const sync = await getJson(server, envPath('sync?initial=true'), PREVIEW_TOKEN);
      assert.equal(sync.status, 401, 'no drafts through Sync on the Delivery API either');
      const deliveryOnPreview = await getJson(server, envPath('entries'), DELIVERY_TOKEN, 'preview');
      assert.equal(deliveryOnPreview.status, 401, 'and a delivery token does not open the Preview API');
    });

    it('answers a malformed % escape in the path with a 400 Contentful error, not a 500', async () => {
      for (const path of ['/spaces/%E0%A4%A/entries', envPath('entries/%zz')]) {
        const { status, body } = await getJson(server, path);
        assert.equal(status, 400, path);
        assert.deepEqual(body.sys, { type: 'Error', id: 'BadRequest' }, path);
      }
    });

    it('on one port, picks the Preview API by a preview.* Host header, like preview.contentful.com', async () => {
      const api = createDeliveryApi({ space: loadSpace(), spaceId: SPACE_ID, deliveryTokens: [DELIVERY_TOKEN], previewTokens: [PREVIEW_TOKEN] });
      const host = createServer((req, res) => void api(req, res));
      await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
      const { port } = host.address() as AddressInfo;
      const get = (hostHeader: string, token: string) =>
        new Promise<number>((resolve, reject) => {
          request({ host: '127.0.0.1', port, path: envPath('entries/svc-draft'), headers: { Host: hostHeader, Authorization: `Bearer ${token}` } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          })
            .on('error', reject)
            .end();
        });
      try {
        assert.equal(await get(`preview.localhost:${port}`, PREVIEW_TOKEN), 200, 'the draft on the Preview API');
        assert.equal(await get(`127.0.0.1:${port}`, PREVIEW_TOKEN), 401, 'a preview token on the Delivery API');
        assert.equal(await get(`127.0.0.1:${port}`, DELIVERY_TOKEN), 404, 'the Delivery API has no drafts');
      } finally {
        host.close();
      }
    });

    it('unknown resources are NotFound with type and id', async () => {
      const entry = await getJson(server, envPath('entries/svc-draft'));
      assert.equal(entry.status, 404);
      assert.deepEqual({ ...entry.body, requestId: 0 }, {
        sys: { type: 'Error', id: 'NotFound' },
        message: 'The resource could not be found.',
        details: { type: 'Entry', id: 'svc-draft', environment: 'master', space: SPACE_ID },
        requestId: 0,
      });
      const space = await getJson(server, '/spaces/another/environments/master/entries');
      assert.equal(space.status, 404);
      assert.deepEqual(space.body.details, { type: 'Space', id: 'another' });
      const endpoint = await getJson(server, envPath('widgets'));
      assert.equal(endpoint.status, 404);
    });

    it('only reads: other methods are refused', async () => {
      const response = await fetch(`${server.url}${envPath('entries')}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${DELIVERY_TOKEN}` },
      });
      assert.equal(response.status, 405);
    });
  });

  describe('CORS', () => {
    it('answers a preflight from another origin with 204', async () => {
      const response = await fetch(`${server.url}${envPath('entries')}`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://localhost:6006',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization,x-contentful-user-agent',
        },
      });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(',');
      for (const header of ['authorization', 'x-contentful-user-agent', 'content-type']) assert.ok(allowed.includes(header), header);
      assert.match(response.headers.get('access-control-allow-methods') ?? '', /GET/);
    });

    it('puts CORS headers on successes and errors', async () => {
      const ok = await getJson(server, envPath('locales'));
      assert.equal(ok.headers.get('access-control-allow-origin'), '*');
      const denied = await getJson(server, envPath('locales'), null);
      assert.equal(denied.headers.get('access-control-allow-origin'), '*');
    });
  });

  describe('fault injection', () => {
    it('sends an injected 429 with rate-limit headers, then serves normally', async () => {
      nextFailure = rateLimited(2);
      const limited = await getJson(server, envPath('entries'));
      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get('x-contentful-ratelimit-reset'), '2');
      assert.equal(limited.headers.get('retry-after'), '2');
      assert.deepEqual(limited.body.sys, { type: 'Error', id: 'RateLimitExceeded' });
      assert.equal(limited.headers.get('access-control-allow-origin'), '*');
      const next = await getJson(server, envPath('entries?limit=1'));
      assert.equal(next.status, 200);
    });

    it('sends an injected 500', async () => {
      nextFailure = serverError();
      const failed = await getJson(server, envPath('entries'));
      assert.equal(failed.status, 500);
      assert.deepEqual(failed.body.sys, { type: 'Error', id: 'ServerError' });
    });

    it('failTimes fails the first n requests only', () => {
      const hook = failTimes(2, serverError);
      const fakeRequest = {} as IncomingMessage;
      assert.equal(hook(fakeRequest)?.status, 500);
      assert.equal(hook(fakeRequest)?.status, 500);
      assert.equal(hook(fakeRequest), undefined);
    });
  });

  describe('mounting', () => {
    it('mounts under a base path inside another server and leaves other paths alone', async () => {
      const api = createDeliveryApi({
        space: loadSpace(),
        spaceId: SPACE_ID,
        deliveryTokens: [DELIVERY_TOKEN],
        previewTokens: [],
        basePath: '/cms',
        latencyMs: 60,
      });
      const host = createServer((req, res) => {
        if (api(req, res)) return;
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('demo page');
      });
      await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
      const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
      try {
        const page = await fetch(`${origin}/spaces/${SPACE_ID}/entries`);
        assert.equal(await page.text(), 'demo page');
        const started = Date.now();
        const response = await fetch(`${origin}/cms/spaces/${SPACE_ID}/entries?content_type=page`, {
          headers: { Authorization: `Bearer ${DELIVERY_TOKEN}` },
        });
        assert.equal(response.status, 200);
        assert.equal(asJson(await response.json()).total, 2);
        assert.ok(Date.now() - started >= 55, 'latencyMs delays the response');
      } finally {
        host.closeAllConnections();
        await new Promise<void>((resolve) => host.close(() => resolve()));
      }
    });
  });
});
