/**
 * GET requests to an Open Referral UK feed with `fetch` alone: the Contentful fetch reader's
 * timeout (until the last byte), retry budget, `Retry-After` handling and error kinds, worded
 * for a feed. Feeds are public (`Access-Control-Allow-Origin: *`), so no header is sent that
 * would need a CORS preflight.
 */
import { ContentSourceError, type LoadOptions } from '../source.js';
import { cancelledError, describeBody, errorKindForStatus } from '../contentful/errors.js';
import { timedRequest } from '../contentful/timed-request.js';
import { retryAfterFromHeaders, withRetry, type RetryPolicy } from '../contentful/retry.js';
import { orukBase, orukWhere, type OrukSourceOptions } from './options.js';

/** Query parameters of one request; `undefined` values are left out. */
export type OrukParams = Readonly<Record<string, string | number | boolean | undefined>>;

/** One logical GET (with timeout and retries) that resolves with the parsed JSON body. */
export interface OrukHttp {
  /** Names the feed for messages. */
  readonly where: string;
  get(path: string, params: OrukParams, options: LoadOptions): Promise<unknown>;
}

/** The error for a status other than 2xx, worded for a feed. */
export function feedStatusError(status: number, where: string, path: string): ContentSourceError {
  const kind = errorKindForStatus(status);
  const text =
    kind === 'not-found'
      ? `${where} has no ${path} (404). Check the feed address: it is the one whose "/" names the ORUK version.`
      : kind === 'auth'
        ? `${where} refused the request (${status}). ORUK feeds must be public: ask the directory's supplier to open ${path}.`
        : kind === 'rate-limited'
          ? `${where} is rate limiting requests`
          : kind === 'server'
            ? `${where} had a server error (${status}) on ${path}`
            : `${where} answered ${path} with status ${status} instead of data`;
  return new ContentSourceError(kind, text);
}

/** The feed answered, but not with JSON a feed sends (a maintenance page, a cut-off body). Not retried. */
export function invalidFeedResponse(where: string, path: string, what: string, status?: number): ContentSourceError {
  const at = status === undefined ? '' : ` (status ${status})`;
  return new ContentSourceError(
    'invalid-response',
    `${where}: ${path} answered with ${what}${at}, not Open Referral UK data. Check the feed address, or whether a proxy or maintenance page sits in front of it.`,
  );
}

/** Creates the GET helper of a feed. */
export function createOrukHttp(options: OrukSourceOptions): OrukHttp {
  const where = orukWhere(options);
  const base = orukBase(options);
  const timeoutMs = options.timeoutMs ?? 6000;
  const policy: RetryPolicy = { retries: options.retries ?? 2, maxWaitMs: options.maxRetryWaitMs ?? 2000 };
  let notBefore = 0;

  async function once(url: string, path: string, outer: AbortSignal | undefined): Promise<unknown> {
    const answer = await timedRequest(url, {
      fetch: options.fetch,
      headers: { Accept: 'application/json' },
      timeoutMs,
      signal: outer,
      where,
      what: path,
      onHeaders(response) {
        if (response.ok) return;
        const wait = retryAfterFromHeaders({ 'retry-after': response.headers.get('retry-after') ?? undefined });
        if (wait !== undefined) notBefore = Date.now() + wait;
      },
    });
    if (!answer.ok) throw feedStatusError(answer.status, where, path);
    try {
      return JSON.parse(answer.text) as unknown;
    } catch {
      throw invalidFeedResponse(where, path, describeBody(answer.text, answer.contentType), answer.status);
    }
  }

  return {
    where,
    get(path, params, { signal }) {
      if (signal?.aborted) return Promise.reject(cancelledError(signal));
      const query = new URLSearchParams();
      for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, String(value));
      const search = query.toString();
      const url = `${base}${path}${search ? `?${search}` : ''}`;
      return withRetry(() => once(url, path, signal), policy, () => Math.max(0, notBefore - Date.now()), signal);
    },
  };
}
