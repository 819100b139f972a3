import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { get, request } from 'node:http';
import { join } from 'node:path';
import { createPackSource, findPackSearchIndexes, getEntity, serviceSearchResolver, serviceSearchView } from '@family-hubs/content';
import { loadSearchIndexFrom } from '@family-hubs/content/search';
import { createContentfulSource } from '@family-hubs/content/contentful';
import { DEMO_SPACE, STRICT_CSP, startDevServer, type DevServer } from '../../packages/cli/src/dev/dev-server.js';
import { buildSpace, healthTerm, serviceSpec } from '../support/space-builder.js';
import { tempDir } from './cli-support.js';
import { contentModel } from '@family-hubs/content/model';
import { GeocodeError, geocodePostcode } from '@family-hubs/content';

const space = buildSpace([
  healthTerm,
  serviceSpec('s1'),
  serviceSpec('draft', {}),
  // Enough services that their pack file is worth compressing.
  ...Array.from({ length: 20 }, (_, i) => serviceSpec(`bulk-${i}`)),
  { id: 'loc1', type: 'location', fields: { name: 'Riverside Family Hub', postcode: 'NS1 4AB', position: { lat: 53.48, lon: -2.24 } } },
  { id: 'loc2', type: 'location', fields: { name: 'Millbrook Library', postcode: 'NS1 7DE', position: { lat: 53.5, lon: -2.2 } } },
]);
delete (space.entries.find((e) => e.sys.id === 'draft')!.sys as { publishedVersion?: number }).publishedVersion;

let server: DevServer;
let pages: string;
before(async () => {
  pages = await tempDir();
  await mkdir(join(pages, 'widgets'));
  await writeFile(join(pages, 'index.html'), '<!doctype html><title>Demo</title>');
  await writeFile(join(pages, 'widgets', 'app.js'), `export {};\n${'// a bundle worth compressing\n'.repeat(100)}`);
  server = await startDevServer({ space, port: 0, mounts: [['/widgets/', join(pages, 'widgets')], ['/', pages]] });
});
after(() => server.close());

describe('demo server', () => {
  it('serves the example page under a strict Content-Security-Policy', async () => {
    const response = await fetch(server.url);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), STRICT_CSP);
    assert.match(STRICT_CSP, /script-src 'self'(;|$)/);
    assert.doesNotMatch(STRICT_CSP, /unsafe-inline|unsafe-eval/);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  });

  it('serves clean URLs as council sites do', async () => {
    const response = await fetch(new URL('index', server.url));
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<title>Demo<\/title>/);
  });

  it('serves the widgets as JavaScript and refuses paths outside the mounted folders', async () => {
    assert.match((await fetch(new URL('widgets/app.js', server.url))).headers.get('content-type') ?? '', /text\/javascript/);
    const escape = await fetch(new URL('widgets/..%2f..%2f..%2fetc/passwd', server.url));
    assert.equal(escape.status, 404);
  });

  it('speaks the Contentful Delivery API to the real client on the same origin', async () => {
    const source = createContentfulSource({ space: DEMO_SPACE.space, accessToken: DEMO_SPACE.deliveryToken, host: new URL(server.url).host, insecure: true });
    const { set } = await source.load({ registry: contentModel, types: ['service'], locale: 'en-GB' });
    assert.ok(getEntity(set, 'service', 's1'));
    assert.equal(getEntity(set, 'service', 'draft'), undefined, 'drafts only on the Preview API');
  });

  it('answers as the Preview API on preview.localhost, as Contentful does on preview.contentful.com, and nowhere else', async () => {
    const { port } = new URL(server.url);
    const status = (host: string, token: string) =>
      new Promise<number>((resolve, reject) => {
        const path = `/spaces/${DEMO_SPACE.space}/environments/master/entries/draft`;
        request({ host: '127.0.0.1', port, path, headers: { Host: host, Authorization: `Bearer ${token}` } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
    assert.equal(await status(`preview.localhost:${port}`, DEMO_SPACE.previewToken), 200);
    assert.equal(await status(`127.0.0.1:${port}`, DEMO_SPACE.previewToken), 401, 'a preview token on the Delivery API');
    assert.equal(await status(`preview.localhost:${port}`, DEMO_SPACE.deliveryToken), 401, 'a delivery token on the Preview API');
  });

  it('answers a malformed % escape with a 400, not a 500', async () => {
    for (const path of ['%zz', 'widgets/%E0%A4%A', `spaces/${DEMO_SPACE.space}/entries/%zz`, 'api/postcodes/%zz']) {
      assert.equal((await fetch(new URL(path, server.url))).status, 400, path);
    }
  });

  it('serves a lean content pack of the published content: a page fetches the manifest and only the types it reads, in its locale', async () => {
    const fetched: string[] = [];
    const counting: typeof fetch = (input, init) => {
      fetched.push(new URL(String(input instanceof Request ? input.url : input)).pathname);
      return fetch(input, init);
    };
    const source = createPackSource({ url: new URL('content-pack/manifest.json', server.url).href, fetch: counting });
    const { set } = await source.load({ registry: { service: contentModel.service }, types: ['service'], locale: 'en-GB' });
    assert.ok(getEntity(set, 'service', 's1'));
    assert.equal(getEntity(set, 'service', 'draft'), undefined);
    assert.deepEqual(fetched, ['/content-pack/manifest.json', '/content-pack/en-GB/service.json']);
    const report = await fetch(new URL('content-pack/report.json', server.url));
    assert.equal(report.status, 200, "editors' findings sit beside the pack, in a file widgets never fetch");
  });

  it('lists a prebuilt service search index per locale in its pack, which the service search loads instead of building one', async () => {
    for (const locale of ['en-GB', 'pl']) {
      const candidates = await findPackSearchIndexes(new URL('content-pack/manifest.json', server.url).href);
      assert.ok(candidates.length >= 1, 'the manifest lists search indexes');
      const source = createPackSource({ url: new URL('content-pack/manifest.json', server.url).href });
      const { set } = await source.load(serviceSearchView.query(locale));
      const documents = serviceSearchResolver.resolve(set)?.documents ?? [];
      assert.ok(documents.length > 0, `${locale} has services to search`);
      const loaded = await loadSearchIndexFrom(documents, candidates);
      assert.equal(loaded.prebuilt, true, `${locale}: the page's documents match one of the pack's indexes (${loaded.rejected ?? ''})`);
      assert.ok((await loaded.index.search({ text: documents[0]!.name })).hits.some((hit) => hit.id === documents[0]!.id), 'the loaded index finds a service by its name');
    }
  });

  it('serves packs and bundles compressed, with an ETag that makes a revisit a 304', async () => {
    const url = new URL('content-pack/en-GB/service.json', server.url);
    const plain = await new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
      get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers });
      }).on('error', reject);
    });
    assert.equal(plain.status, 200);
    assert.equal(plain.headers['content-encoding'], 'br');
    assert.equal(plain.headers['vary'], 'Accept-Encoding');
    assert.equal(plain.headers['cache-control'], 'no-cache');
    const etag = String(plain.headers['etag']);
    assert.match(etag, /^"[\w-]+"$/);
    const again = await fetch(url, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    const gzipOnly = await new Promise<string | undefined>((resolve, reject) => {
      get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        res.resume();
        resolve(res.headers['content-encoding']);
      }).on('error', reject);
    });
    assert.equal(gzipOnly, 'gzip');
    const bundle = await fetch(new URL('widgets/app.js', server.url));
    assert.ok(bundle.headers.get('etag'), 'bundles carry an ETag too');
    assert.equal((await fetch(new URL('widgets/app.js', server.url), { headers: { 'if-none-match': bundle.headers.get('etag')! } })).status, 304);
  });

  it('geocodes the sample postcodes and their outcodes, and explains bad ones', async () => {
    const full = (await (await fetch(new URL('api/postcodes/ns14ab', server.url))).json()) as { result: { postcode: string; latitude: number } };
    assert.deepEqual([full.result.postcode, full.result.latitude], ['NS1 4AB', 53.48]);
    const outcode = (await (await fetch(new URL('api/postcodes/NS1', server.url))).json()) as { result: { latitude: number } };
    assert.ok(Math.abs(outcode.result.latitude - 53.49) < 1e-9, 'outcode is the centre of its postcodes');
    assert.equal((await fetch(new URL('api/postcodes/NS9%209ZZ', server.url))).status, 404);
    assert.equal((await fetch(new URL('api/postcodes/hello', server.url))).status, 400);
    // Royal Mail never uses C, I, K, M, O or V in the inward code: the SDK's parser says so.
    assert.equal((await fetch(new URL('api/postcodes/NS1%207CD', server.url))).status, 400);
    const viaOutcodes = (await (await fetch(new URL('api/outcodes/ns1', server.url))).json()) as { result: { outcode: string; latitude: number } };
    assert.deepEqual([viaOutcodes.result.outcode, viaOutcodes.result.latitude], ['NS1', outcode.result.latitude]);
    assert.equal((await fetch(new URL('api/outcodes/NS1%204AB', server.url))).status, 400, '/outcodes takes outcodes only');
  });

  it('answers the SDK geocoder, which the search widget uses against it', async () => {
    const endpoint = new URL('api', server.url).href;
    assert.deepEqual(await geocodePostcode('ns1 4ab', { endpoint }), { postcode: 'NS1 4AB', outcode: 'NS1', position: { lat: 53.48, lon: -2.24 } });
    assert.equal((await geocodePostcode('NS1', { endpoint })).outcode, 'NS1');
    await assert.rejects(geocodePostcode('NS9 9ZZ', { endpoint }), (error: unknown) => error instanceof GeocodeError && error.kind === 'not-found');
  });
});
