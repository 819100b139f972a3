/**
 * A bounded load on the reference receiver over loopback HTTP: `requests` help requests from
 * `clients` concurrent families, each with its own idempotency key and its own address (the
 * receiver runs as it would behind the council's proxy, `FH_RECEIVER_TRUST_PROXY=true`, with its
 * default rate limit), and a share of them sent a second time with the same key, as a family whose
 * answer was lost would. Afterwards the database is read back: every key must be stored exactly
 * once, under the reference its family was shown. Used by `npm run bench:receiver` (figures) and
 * by a Node test (none lost or duplicated, whatever the speed).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { readReceiverConfig } from '../../../packages/cli/src/receiver/config.js';
import { startReceiver } from '../../../packages/cli/src/receiver/server.js';

/** What to run. */
export interface ReceiverLoadOptions {
  /** A `sqlite:` or `postgres:` database URL, empty. */
  readonly database: string;
  readonly requests: number;
  readonly clients: number;
  /** Share of requests (0–1) sent a second time with the same key after the first answer. */
  readonly resendShare: number;
}

/** What happened. */
export interface ReceiverLoadResult {
  readonly requests: number;
  readonly clients: number;
  readonly resent: number;
  readonly wallMs: number;
  /** Accepted requests per second, first sends only. */
  readonly perSecond: number;
  /** Latency of first sends, in ms. */
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** Answers other than 201 (first sends and resends), by status. */
  readonly errors: Readonly<Record<string, number>>;
  /** Keys the family was answered for but that are not in the database. */
  readonly lost: number;
  /** Keys stored more than once, or extra rows. */
  readonly duplicated: number;
  /** Resends answered with another reference than the first send. */
  readonly mismatchedReplays: number;
}

const ORIGIN = 'https://www.council.example';

const body = (n: number) =>
  JSON.stringify({
    version: 1,
    route: 'contact',
    topics: ['parentingSupport'],
    somethingElse: `Load test request ${n}`,
    contact: { name: `Family ${n}`, phone: '07700 900461' },
    safety: { safeToCall: true },
    honeypot: '',
    elapsedMs: 45_000,
  });

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs the load against a fresh receiver on `database`, then checks the database. */
export async function runReceiverLoad(options: ReceiverLoadOptions): Promise<ReceiverLoadResult> {
  const config = readReceiverConfig(
    {
      FH_RECEIVER_KEYS: `load:${randomBytes(32).toString('base64')}`,
      FH_RECEIVER_STAFF_TOKEN: randomBytes(24).toString('base64'),
      FH_RECEIVER_ALLOWED_ORIGINS: ORIGIN,
      FH_RECEIVER_TRUST_PROXY: 'true',
    },
    options.database,
  );
  const receiver = await startReceiver({ config, log: () => undefined, outboxIntervalMs: 3_600_000, sweepIntervalMs: 3_600_000 });
  const errors: Record<string, number> = {};
  const latencies: number[] = [];
  const shown = new Map<string, string>();
  let resent = 0;
  let mismatchedReplays = 0;
  let next = 0;

  const send = async (n: number, key: string): Promise<string | undefined> => {
    const response = await fetch(`${receiver.url}/requests`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': key,
        Origin: ORIGIN,
        // Each family from its own address, as the council's proxy would append it.
        'X-Forwarded-For': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      },
      body: body(n),
    });
    const text = await response.text();
    if (response.status !== 201) {
      errors[response.status] = (errors[response.status] ?? 0) + 1;
      return undefined;
    }
    return (JSON.parse(text) as { reference: string }).reference;
  };

  const started = performance.now();
  try {
    const family = async () => {
      for (let n = next++; n < options.requests; n = next++) {
        const key = randomUUID();
        const before = performance.now();
        const reference = await send(n, key);
        latencies.push(performance.now() - before);
        if (reference === undefined) continue;
        shown.set(key, reference);
        // Spread evenly through the run: every k-th request is sent again.
        if (options.resendShare > 0 && n % Math.round(1 / options.resendShare) === 0) {
          resent += 1;
          const again = await send(n, key);
          if (again !== reference) mismatchedReplays += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: options.clients }, family));
    const wallMs = performance.now() - started;

    const rows = await receiver.store.db.all<{ reference: string }>('SELECT reference FROM fh_requests');
    const stored = new Map<string, number>();
    for (const row of rows) stored.set(row.reference, (stored.get(row.reference) ?? 0) + 1);
    const expected = new Set(shown.values());
    const lost = [...expected].filter((reference) => !stored.has(reference)).length;
    const duplicated = [...stored.values()].reduce((sum, count) => sum + (count - 1), 0) + [...stored.keys()].filter((reference) => !expected.has(reference)).length;
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      requests: options.requests,
      clients: options.clients,
      resent,
      wallMs,
      perSecond: (shown.size / wallMs) * 1000,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      errors,
      lost,
      duplicated,
      mismatchedReplays,
    };
  } finally {
    await receiver.close();
  }
}
