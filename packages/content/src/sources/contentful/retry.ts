/**
 * A small retry budget suited to families on mobile data: at most `retries` extra attempts, only
 * for failures that may pass (network, 5xx, 429), never sooner than the server's `Retry-After`,
 * and never when waiting would overrun the budget — then the content client falls back to the
 * last good content instead of keeping a family waiting.
 */
import { ContentSourceError } from '../source.js';

/** Retry settings. */
export interface RetryPolicy {
  /** Extra attempts after the first. Default 2. */
  readonly retries: number;
  /** Longest single wait, in ms. Default 2,000. */
  readonly maxWaitMs: number;
}

const RETRYABLE = new Set(['network', 'server', 'rate-limited', 'timeout']);

/** Runs `attempt`, retrying within `policy`. `retryAfterMs` tells the server-requested wait of a failure, if any. */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  retryAfterMs: (error: ContentSourceError) => number | undefined,
  signal?: AbortSignal,
): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ContentSourceError) || !RETRYABLE.has(error.kind) || tries >= policy.retries || signal?.aborted) throw error;
      const asked = retryAfterMs(error);
      const backoff = 250 * 2 ** tries;
      const wait = Math.max(asked ?? 0, backoff);
      if (wait > policy.maxWaitMs) throw error;
      await sleep(wait, signal);
    }
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new ContentSourceError('aborted', 'The load was cancelled'));
      },
      { once: true },
    );
  });
}

/** Reads `Retry-After` (seconds or an HTTP date) or Contentful's `X-Contentful-RateLimit-Reset` (seconds), in ms. */
export function retryAfterFromHeaders(headers: Readonly<Record<string, unknown>>, now = Date.now()): number | undefined {
  const value = headers['retry-after'] ?? headers['x-contentful-ratelimit-reset'];
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(String(value));
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
