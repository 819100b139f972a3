/**
 * GET requests to an Open Referral UK feed with `fetch` alone: the Contentful fetch reader's
 * timeout (until the last byte), retry budget, `Retry-After` handling and error kinds, worded
 * for a feed. Feeds are public (`Access-Control-Allow-Origin: *`), so no header is sent that
 * would need a CORS preflight.
 */
import { ContentSourceError, type LoadOptions } from '../source.js';
import { cancelledError, describeBody, errorKindForStatus, incompleteAnswer } from '../contentful/errors.js';
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
    // Called through globalThis: some browsers refuse a detached `fetch` ("Illegal invocation").
    const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
    const controller = new AbortController();
    let timedOut = false;
    let status: number | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = (): void => controller.abort();
    outer?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await fetchImpl(url, { headers: { Accept: 'application/json' }, signal: controller.signal });
      status = response.status;
      if (!response.ok) {
        const wait = retryAfterFromHeaders({ 'retry-after': response.headers.get('retry-after') ?? undefined });
        if (wait !== undefined) notBefore = Date.now() + wait;
      }
      // The timer keeps running while the body arrives: headers then silence is still a timeout.
      const text = await response.text();
      if (!response.ok) throw feedStatusError(response.status, where, path);
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw invalidFeedResponse(where, path, describeBody(text, response.headers.get('content-type') ?? undefined), response.status);
      }
    } catch (error) {
      if (error instanceof ContentSourceError) throw error;
      if (outer?.aborted) throw cancelledError(outer);
      if (timedOut) {
        throw status === undefined ? new ContentSourceError('timeout', `${where} did not answer ${path} within ${timeoutMs} ms`, { cause: error }) : incompleteAnswer(status, where, error);
      }
      // fetch rejects with a TypeError whose cause names the socket error (ECONNREFUSED, …).
      const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
      const detail = typeof cause === 'string' ? cause : error instanceof Error ? error.message : String(error);
      throw new ContentSourceError('network', `Could not reach ${where} (${detail})`, { cause: error });
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
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
