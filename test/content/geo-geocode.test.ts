// Postcode look-ups against a real postcodes.io-shaped server on loopback: each way it can go
// wrong reaches the caller as a GeocodeError of the kind the widget words for a family.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GEOCODE_ERROR_MESSAGES, GeocodeError, geocodePostcode, type GeocodeErrorKind } from '@family-hubs/content';

let server: Server;
let endpoint: string;
const seen: IncomingMessage[] = [];

before(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const path = decodeURIComponent(req.url ?? '');
    if (path === '/v1/postcodes/NS1 4AB') return json(200, { status: 200, result: { postcode: 'NS1 4AB', outcode: 'NS1', latitude: 53.48, longitude: -2.24 } });
    if (path === '/v1/outcodes/M27') return json(200, { status: 200, result: { outcode: 'M27', latitude: 53.51, longitude: -2.33 } });
    if (path === '/v1/postcodes/NS9 9ZZ') return json(404, { status: 404, error: 'Postcode not found' });
    if (path === '/v1/postcodes/JE2 3AB') return json(200, { status: 200, result: { postcode: 'JE2 3AB', outcode: 'JE2', latitude: null, longitude: null } });
    if (path === '/v1/postcodes/EE1 1AA') return json(500, { status: 500, error: 'Internal server error' });
    if (path === '/v1/postcodes/HH1 1AA') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end('<!doctype html><title>Captive portal</title><p>Sign in to the Wi-Fi');
    }
    if (path === '/v1/postcodes/HN1 1AA') {
      res.writeHead(404, { 'Content-Type': 'text/html' });
      return res.end('<h1>Not Found</h1>');
    }
    if (path === '/v1/postcodes/AR1 1AA') return json(200, ['not', 'an', 'object']);
    // TT1 1AA never answers; SL1 1AA sends headers and then stalls mid-body.
    if (path === '/v1/postcodes/SL1 1AA') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"status":200,');
    }
    return undefined;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

async function failure(input: string, options: Partial<Parameters<typeof geocodePostcode>[1]> = {}): Promise<GeocodeError> {
  try {
    await geocodePostcode(input, { endpoint, ...options });
  } catch (error) {
    assert.ok(error instanceof GeocodeError, `a GeocodeError, not ${String(error)}`);
    return error;
  }
  assert.fail(`${input} was found`);
}

describe('geocodePostcode', () => {
  it('finds a postcode typed any way, asking for the normalised form', async () => {
    const before = seen.length;
    const found = await geocodePostcode('ns14ab ', { endpoint });
    assert.deepEqual(found, { postcode: 'NS1 4AB', outcode: 'NS1', position: { lat: 53.48, lon: -2.24 } });
    assert.equal(seen[before]!.url, '/v1/postcodes/NS1%204AB');
    assert.equal(seen[before]!.headers.cookie, undefined);
    assert.equal(seen[before]!.headers.referer, undefined);
  });

  it('finds the centre of an outcode at /outcodes', async () => {
    assert.deepEqual(await geocodePostcode('m27', { endpoint }), { postcode: 'M27', outcode: 'M27', position: { lat: 53.51, lon: -2.33 } });
    assert.equal((await failure('m27', { allowOutcode: false })).kind, 'invalid');
  });

  it('sends nothing for what cannot be a postcode', async () => {
    const before = seen.length;
    assert.equal((await failure('')).kind, 'invalid');
    assert.equal((await failure('not a postcode')).kind, 'invalid');
    assert.equal(seen.length, before);
  });

  const cases: [input: string, kind: GeocodeErrorKind, status: number | undefined][] = [
    ['NS9 9ZZ', 'not-found', 404],
    ['HN1 1AA', 'not-found', 404],
    ['JE2 3AB', 'not-found', undefined],
    ['EE1 1AA', 'unavailable', 500],
    ['HH1 1AA', 'unavailable', 200],
    ['AR1 1AA', 'unavailable', 200],
  ];
  for (const [input, kind, status] of cases) {
    it(`reports ${input} as ${kind}`, async () => {
      const error = await failure(input);
      assert.equal(error.kind, kind, error.message);
      assert.equal(error.status, status);
    });
  }

  it('gives up after timeoutMs on a server that never answers, or stalls mid-body', async () => {
    for (const input of ['TT1 1AA', 'SL1 1AA']) {
      const started = Date.now();
      const error = await failure(input, { timeoutMs: 150 });
      assert.equal(error.kind, 'timeout', `${input}: ${error.message}`);
      assert.ok(Date.now() - started < 2_000);
    }
  });

  it('stops when the caller aborts, before or during the request', async () => {
    assert.equal((await failure('NS1 4AB', { signal: AbortSignal.abort() })).kind, 'aborted');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    assert.equal((await failure('TT1 1AA', { signal: controller.signal, timeoutMs: 5_000 })).kind, 'aborted');
  });

  it('reports a server that cannot be reached as unavailable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    assert.equal((await failure('NS1 4AB', { endpoint: `http://127.0.0.1:${port}` })).kind, 'unavailable');
  });

  it('uses the fetch it is given', async () => {
    const urls: string[] = [];
    const fake: typeof fetch = (input) => {
      urls.push(input instanceof Request ? input.url : input.toString());
      return Promise.resolve(Response.json({ status: 200, result: { outcode: 'B33', latitude: 52.4, longitude: -1.8 } }));
    };
    const found = await geocodePostcode('b338th', { endpoint: 'https://postcodes.example/', fetch: fake });
    assert.deepEqual(found.position, { lat: 52.4, lon: -1.8 });
    assert.deepEqual(urls, ['https://postcodes.example/postcodes/B33%208TH']);
  });

  it('has a message for every kind a family can see', () => {
    assert.equal(GEOCODE_ERROR_MESSAGES['not-found'], 'We could not find that postcode');
    assert.equal(GEOCODE_ERROR_MESSAGES.invalid, 'Enter a real postcode');
  });
});
