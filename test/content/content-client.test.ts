import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as tick } from 'node:timers/promises';
import { ContentSourceError, createContentClient, emptyContentSet, queryKey, type ContentClientOptions, type ContentQuery, type ContentResult, type ContentSnapshot, type ContentSource, type LoadOptions } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';

/** One call to the fake source, settled by the test when it chooses. */
interface Call {
  readonly query: ContentQuery;
  readonly signal: AbortSignal | undefined;
  resolve(result: ContentResult): void;
  reject(error: unknown): void;
}

/** An in-memory source whose every load waits for the test to settle it. */
class FakeSource implements ContentSource {
  readonly calls: Call[] = [];
  constructor(readonly key: string) {}
  load(query: ContentQuery, options?: LoadOptions): Promise<ContentResult> {
    return new Promise((resolve, reject) => {
      this.calls.push({ query, signal: options?.signal, resolve, reject });
    });
  }
  /** The `index`th call, failing the test when it was never made. */
  call(index: number): Call {
    const call = this.calls[index];
    assert.ok(call, `expected call #${index} to ${this.key}, got ${this.calls.length} calls`);
    return call;
  }
}

/** A small real set, told apart from others by its one asset and `fetchedAt`. */
function result(label: string, locale = 'en-GB'): ContentResult {
  const set = { ...emptyContentSet(locale), assets: { [label]: { id: label, url: `https://images.example/${label}.png` } } };
  return { set, issues: [], fetchedAt: `2025-01-01T00:00:00.000Z#${label}` };
}

const labelOf = (snapshot: ContentSnapshot): string => Object.keys(snapshot.set.assets).join();

const services: ContentQuery = { registry: contentModel, types: ['service', 'taxonomyTerm'], locale: 'en-GB' };

function setUp(options: Partial<ContentClientOptions> = {}) {
  const source = new FakeSource('primary');
  const clock = { time: 1_000 };
  const client = createContentClient({ source, now: () => clock.time, ...options });
  return { source, clock, client };
}

/** Loads `query` and answers the source's call with `label`, leaving fresh content in memory. */
function prime(client: ReturnType<typeof setUp>['client'], source: FakeSource, label: string, query = services): Promise<ContentSnapshot> {
  const loading = client.load(query);
  source.call(source.calls.length - 1).resolve(result(label));
  return loading;
}

async function rejection(promise: Promise<unknown>): Promise<ContentSourceError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ContentSourceError, `expected a ContentSourceError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the load to reject');
}

describe('queryKey', () => {
  it('does not depend on the order or repetition of types and ids', () => {
    assert.equal(
      queryKey({ registry: contentModel, types: ['service', 'location'], locale: 'pl', ids: ['b', 'a'] }),
      queryKey({ registry: contentModel, types: ['location', 'service', 'location'], locale: 'pl', ids: ['a', 'b', 'a'] }),
    );
  });

  it('tells apart locales, types, and "every entry" from "no entries"', () => {
    const keys = new Set([
      queryKey({ registry: contentModel, types: ['service'], locale: 'en-GB' }),
      queryKey({ registry: contentModel, types: ['service'], locale: 'pl' }),
      queryKey({ registry: contentModel, types: ['location'], locale: 'en-GB' }),
      queryKey({ registry: contentModel, types: ['service'], locale: 'en-GB', ids: [] }),
      queryKey({ registry: contentModel, types: ['service'], locale: 'en-GB', ids: ['a'] }),
      queryKey({ registry: contentModel, types: ['service'], locale: 'en-GB', ids: ['a,b'] }),
      queryKey({ registry: contentModel, types: ['service'], locale: 'en-GB', ids: ['a', 'b'] }),
    ]);
    assert.equal(keys.size, 7);
  });
});

describe('createContentClient', () => {
  describe('sharing loads', () => {
    it('makes one source call for four concurrent loads, and gives each the same snapshot', async () => {
      const { source, client } = setUp();
      const loads = [1, 2, 3, 4].map(() => client.load(services));
      assert.equal(source.calls.length, 1);
      source.call(0).resolve(result('hubs'));
      const snapshots = await Promise.all(loads);
      for (const snapshot of snapshots) assert.equal(snapshot, snapshots[0]);
      assert.equal(labelOf(snapshots[0]!), 'hubs');
      assert.equal(snapshots[0]!.stale, false);
      assert.equal(snapshots[0]!.error, undefined);
    });

    it('shares a load between queries that differ only in the order of types and ids', async () => {
      const { source, client } = setUp();
      const a = client.load({ registry: contentModel, types: ['service', 'location'], locale: 'en-GB', ids: ['s2', 's1'] });
      const b = client.load({ registry: contentModel, types: ['location', 'service'], locale: 'en-GB', ids: ['s1', 's2'] });
      assert.equal(source.calls.length, 1);
      source.call(0).resolve(result('both'));
      assert.equal(await a, await b);
    });

    it('loads different locales, types and ids separately', async () => {
      const { source, client } = setUp();
      const loads = [
        client.load({ registry: contentModel, types: ['service'], locale: 'en-GB' }),
        client.load({ registry: contentModel, types: ['service'], locale: 'pl' }),
        client.load({ registry: contentModel, types: ['location'], locale: 'en-GB' }),
        client.load({ registry: contentModel, types: ['service'], locale: 'en-GB', ids: ['s1'] }),
      ];
      assert.equal(source.calls.length, 4);
      assert.deepEqual(
        source.calls.map((call) => call.query.locale),
        ['en-GB', 'pl', 'en-GB', 'en-GB'],
      );
      source.calls.forEach((call, index) => call.resolve(result(`r${index}`)));
      assert.deepEqual((await Promise.all(loads)).map(labelOf), ['r0', 'r1', 'r2', 'r3']);
    });
  });

  describe('memory and stale-while-revalidate', () => {
    it('serves fresh content from memory without asking the source', async () => {
      const { source, client, clock } = setUp({ maxAgeMs: 60_000 });
      const first = await prime(client, source, 'hubs');
      clock.time += 59_999;
      assert.equal(await client.load({ registry: contentModel, types: ['taxonomyTerm', 'service'], locale: 'en-GB' }), first);
      assert.equal(source.calls.length, 1);
    });

    it('serves old content at once, refreshes it once in the background and tells subscribers', async () => {
      const { source, client, clock } = setUp({ maxAgeMs: 60_000 });
      const first = await prime(client, source, 'old');
      const heard: ContentSnapshot[] = [];
      client.subscribe(services, (snapshot) => heard.push(snapshot));
      clock.time += 60_000;

      // The refresh has not answered, yet every load resolves with what memory has.
      const served = await Promise.all([client.load(services), client.load(services), client.load(services)]);
      for (const snapshot of served) assert.equal(snapshot, first);
      assert.equal(source.calls.length, 2, 'one background refresh, however many loads');
      assert.equal(heard.length, 0, 'nothing new yet');

      source.call(1).resolve(result('new'));
      await tick();
      assert.equal(heard.length, 1);
      assert.equal(labelOf(heard[0]!), 'new');
      assert.equal(heard[0]!.stale, false);
      assert.equal(await client.load(services), heard[0]);
      assert.equal(source.calls.length, 2, 'the refreshed content is fresh again');
    });

    it('tells subscribers about the first load too, until they unsubscribe', async () => {
      const { source, client, clock } = setUp({ maxAgeMs: 10 });
      const heard: string[] = [];
      const stop = client.subscribe(services, (snapshot) => heard.push(labelOf(snapshot)));
      client.subscribe({ registry: contentModel, types: ['service'], locale: 'pl' }, () => assert.fail('another query was not loaded'));
      await prime(client, source, 'first');
      assert.deepEqual(heard, ['first']);
      stop();
      clock.time += 10;
      await client.load(services);
      source.call(1).resolve(result('second'));
      await tick();
      assert.deepEqual(heard, ['first']);
      assert.equal(labelOf(await client.load(services)), 'second');
    });

    it('forgets everything on clear()', async () => {
      const { source, client } = setUp();
      await prime(client, source, 'before');
      client.clear();
      const after = client.load(services);
      assert.equal(source.calls.length, 2);
      source.call(1).resolve(result('after'));
      assert.equal(labelOf(await after), 'after');
    });

    it('does not let a load that was in progress during clear() refill memory', async () => {
      const { source, client } = setUp();
      const before = client.load(services);
      client.clear();
      source.call(0).resolve(result('before'));
      assert.equal(labelOf(await before), 'before', 'the caller still gets its answer');
      const after = client.load(services);
      assert.equal(source.calls.length, 2);
      source.call(1).resolve(result('after'));
      assert.equal(labelOf(await after), 'after');
    });
  });

  describe('timeouts', { timeout: 5_000 }, () => {
    it('fails a load the source does not answer within timeoutMs with kind timeout, and aborts it', async () => {
      const { source, client } = setUp({ timeoutMs: 30 });
      const started = Date.now();
      const error = await rejection(client.load(services));
      assert.equal(error.kind, 'timeout');
      assert.ok(Date.now() - started < 1_000);
      assert.equal(source.call(0).signal?.aborted, true, 'the source is told to stop');
    });

    it('reports a timeout even when the source rejects with its own error on abort', async () => {
      const source: ContentSource = {
        key: 'polite',
        load: (_query, options) =>
          new Promise((_resolve, reject) => {
            options?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          }),
      };
      const client = createContentClient({ source, timeoutMs: 30 });
      assert.equal((await rejection(client.load(services))).kind, 'timeout');
    });

    it('gives the fallback its own time after the primary timed out', async () => {
      const fallback = new FakeSource('pack');
      const { source, client } = setUp({ timeoutMs: 30, fallbacks: [fallback] });
      const loading = client.load(services);
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(source.call(0).signal?.aborted, true);
      fallback.call(0).resolve(result('pack'));
      const snapshot = await loading;
      assert.equal(labelOf(snapshot), 'pack');
      assert.equal(snapshot.error?.kind, 'timeout');
    });
  });

  describe('failures', () => {
    it('keeps the last good content, marked stale with the error, when a refresh fails', async () => {
      const { source, client, clock } = setUp({ maxAgeMs: 60_000 });
      const good = await prime(client, source, 'good');
      const heard: ContentSnapshot[] = [];
      client.subscribe(services, (snapshot) => heard.push(snapshot));
      clock.time += 60_000;
      await client.load(services);
      source.call(1).reject(new ContentSourceError('server', 'Contentful had a server error (503)'));
      await tick();

      assert.equal(heard.length, 1);
      const stale = heard[0]!;
      assert.equal(stale.stale, true);
      assert.deepEqual(stale.error, { kind: 'server', message: 'Contentful had a server error (503)' });
      assert.equal(stale.set, good.set);
      assert.equal(stale.fetchedAt, good.fetchedAt);
      assert.equal(await client.load(services), stale, 'loads now get the stale snapshot');
    });

    it('asks a failing source again only after a pause, then recovers', async () => {
      const { source, client, clock } = setUp({ maxAgeMs: 120_000 });
      await prime(client, source, 'good');
      clock.time += 120_000;
      await client.load(services);
      source.call(1).reject(new ContentSourceError('network', 'offline'));
      await tick();

      clock.time += 29_999;
      assert.equal((await client.load(services)).stale, true);
      assert.equal(source.calls.length, 2, 'no new request straight after a failure');

      clock.time += 1;
      assert.equal((await client.load(services)).stale, true, 'served at once while retrying');
      assert.equal(source.calls.length, 3);
      source.call(2).resolve(result('back'));
      await tick();
      const recovered = await client.load(services);
      assert.equal(recovered.stale, false);
      assert.equal(recovered.error, undefined);
      assert.equal(labelOf(recovered), 'back');
    });

    it('does not tell subscribers again when the source fails the same way again', async () => {
      const { source, client, clock } = setUp({ maxAgeMs: 1_000 });
      await prime(client, source, 'good');
      let heard = 0;
      client.subscribe(services, () => (heard += 1));
      for (const index of [1, 2]) {
        clock.time += 1_000;
        await client.load(services);
        source.call(index).reject(new ContentSourceError('server', 'down'));
        await tick();
      }
      assert.equal(source.calls.length, 3);
      assert.equal(heard, 1);
    });

    it('uses the first fallback that works when there is nothing in memory, marked stale', async () => {
      const broken = new FakeSource('broken-pack');
      const pack = new FakeSource('pack');
      const { source, client } = setUp({ fallbacks: [broken, pack] });
      const loading = client.load(services);
      source.call(0).reject(new ContentSourceError('auth', 'token refused'));
      await tick();
      broken.call(0).reject(new ContentSourceError('not-found', 'no pack here'));
      await tick();
      assert.deepEqual(pack.call(0).query, services);
      pack.call(0).resolve(result('pack'));

      const snapshot = await loading;
      assert.equal(labelOf(snapshot), 'pack');
      assert.equal(snapshot.stale, true);
      assert.deepEqual(snapshot.error, { kind: 'auth', message: 'token refused' });
    });

    it('replaces fallback content with the source’s once the source is back, and tells subscribers', async () => {
      const pack = new FakeSource('pack');
      const { source, client, clock } = setUp({ fallbacks: [pack] });
      const heard: ContentSnapshot[] = [];
      client.subscribe(services, (snapshot) => heard.push(snapshot));
      const loading = client.load(services);
      source.call(0).reject(new ContentSourceError('timeout', 'slow'));
      await tick();
      pack.call(0).resolve(result('pack'));
      assert.equal((await loading).stale, true);

      clock.time += 30_000;
      assert.equal(labelOf(await client.load(services)), 'pack');
      assert.equal(pack.calls.length, 1, 'memory is used before fallbacks');
      source.call(1).resolve(result('live'));
      await tick();

      assert.deepEqual(
        heard.map((snapshot) => [labelOf(snapshot), snapshot.stale]),
        [
          ['pack', true],
          ['live', false],
        ],
      );
      assert.equal(await client.load(services), heard[1]);
    });

    it('rejects with the primary’s error when every source fails, and tries again on the next load', async () => {
      const pack = new FakeSource('pack');
      const { source, client } = setUp({ fallbacks: [pack] });
      const primaryError = new ContentSourceError('rate-limited', 'slow down');
      const loading = client.load(services);
      source.call(0).reject(primaryError);
      await tick();
      pack.call(0).reject(new ContentSourceError('not-found', 'no pack'));
      assert.equal(await rejection(loading), primaryError);

      const again = client.load(services);
      assert.equal(source.calls.length, 2, 'a failure with nothing to show is not cached');
      source.call(1).resolve(result('ok'));
      assert.equal(labelOf(await again), 'ok');
    });

    it('wraps errors that are not ContentSourceErrors', async () => {
      const { source, client } = setUp();
      const offline = client.load(services);
      source.call(0).reject(new TypeError('Failed to fetch'));
      const network = await rejection(offline);
      assert.equal(network.kind, 'network');
      assert.ok(network.cause instanceof TypeError);

      const garbled = client.load(services);
      source.call(1).reject(new SyntaxError('Unexpected token < in JSON'));
      assert.equal((await rejection(garbled)).kind, 'invalid-response');

      // A source choking on an answer (`{}` where a page was expected) is not "could not reach".
      const choked = client.load(services);
      source.call(2).reject(new TypeError('page.items is not iterable'));
      const unread = await rejection(choked);
      assert.equal(unread.kind, 'invalid-response');
      assert.doesNotMatch(unread.message, /Could not reach/);
    });
  });

  describe('cancelling', () => {
    it('rejects only the caller that aborted; the shared load goes on for the others', async () => {
      const { source, client } = setUp();
      const leaving = new AbortController();
      const staying = new AbortController();
      const aborted = client.load(services, { signal: leaving.signal });
      const others = [client.load(services, { signal: staying.signal }), client.load(services)];
      leaving.abort();
      assert.equal((await rejection(aborted)).kind, 'aborted');
      assert.equal(source.call(0).signal?.aborted, false);

      source.call(0).resolve(result('shared'));
      const [a, b] = await Promise.all(others);
      assert.equal(labelOf(a!), 'shared');
      assert.equal(a, b);
      assert.equal(source.calls.length, 1);
    });

    it('aborts the source load when every caller aborted, and starts afresh for the next caller', async () => {
      const { source, client } = setUp();
      const controllers = [new AbortController(), new AbortController()];
      const loads = controllers.map((controller) => client.load(services, { signal: controller.signal }));
      controllers[0]!.abort();
      assert.equal(source.call(0).signal?.aborted, false);
      controllers[1]!.abort();
      for (const load of loads) assert.equal((await rejection(load)).kind, 'aborted');
      assert.equal(source.call(0).signal?.aborted, true);

      const next = client.load(services);
      assert.equal(source.calls.length, 2, 'a cancelled load is not joined');
      source.call(1).resolve(result('next'));
      assert.equal(labelOf(await next), 'next');
    });

    it('rejects at once, without asking the source, when the signal is already aborted', async () => {
      const { source, client } = setUp();
      const error = await rejection(client.load(services, { signal: AbortSignal.abort() }));
      assert.equal(error.kind, 'aborted');
      assert.equal(source.calls.length, 0);
    });

    it('does not try fallbacks for a load nobody waits for any more', async () => {
      const pack = new FakeSource('pack');
      const { source, client } = setUp({ fallbacks: [pack] });
      const controller = new AbortController();
      const load = client.load(services, { signal: controller.signal });
      controller.abort();
      await rejection(load);
      source.call(0).reject(new ContentSourceError('aborted', 'cancelled'));
      await tick();
      assert.equal(pack.calls.length, 0);
    });
  });
});
