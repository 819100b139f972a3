/**
 * The fetch reader: reads the Content Delivery or Preview API with `fetch` alone, so pages in
 * live mode never download the official `contentful` client and its HTTP stack (axios). It
 * shares paging, locale handling, answer checks, retry budget and error wording with the
 * official-client source ({@link createContentfulSource}); only the transport differs.
 */
import { ContentSourceError, type ContentSource, type LoadOptions } from '../source.js';
import { cancelledError, describeBody, incompleteAnswer, invalidResponse, statusError } from './errors.js';
import { createContentfulReader, type ContentfulReader, type ContentfulTransport, type EntriesRequest } from './load.js';
import { contentfulHost, contentfulRetryPolicy, contentfulSourceKey, contentfulWhere, type ContentfulSourceOptions } from './options.js';
import { retryAfterFromHeaders, withRetry } from './retry.js';

/** A Contentful source that needs nothing but `fetch`. */
export interface ContentfulFetchSource extends ContentSource, ContentfulReader {}

/**
 * Creates the fetch reader. Same settings and defaults as the official-client source: a 4 s
 * timeout per request (until the last byte of the body, so a stalled body is a `timeout`), at most
 * 2 retries, never sooner than `Retry-After`/`X-Contentful-RateLimit-Reset` and never a wait
 * longer than 2 s.
 */
export function createContentfulFetchSource(options: ContentfulSourceOptions): ContentfulFetchSource {
  const reader = createContentfulReader(createFetchTransport(options), options);
  return { key: contentfulSourceKey(options), ...reader };
}

/** `fetch` with the source's timeout, retry budget and error mapping. */
export function createFetchTransport(options: ContentfulSourceOptions): ContentfulTransport {
  const where = contentfulWhere(options);
  const base = `${options.insecure ? 'http' : 'https'}://${contentfulHost(options)}/spaces/${encodeURIComponent(options.space)}/environments/${encodeURIComponent(options.environment ?? 'master')}`;
  const timeoutMs = options.timeoutMs ?? 4000;
  const policy = contentfulRetryPolicy(options);
  // Contentful rate-limits a whole organisation, so one "not before" time serves every request.
  let notBefore = 0;

  async function once(url: string, outer: AbortSignal | undefined): Promise<unknown> {
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
      const response = await fetchImpl(url, { headers: { Authorization: `Bearer ${options.accessToken}` }, signal: controller.signal });
      status = response.status;
      if (!response.ok) {
        const wait = retryAfterFromHeaders({
          'retry-after': response.headers.get('retry-after') ?? undefined,
          'x-contentful-ratelimit-reset': response.headers.get('x-contentful-ratelimit-reset') ?? undefined,
        });
        if (wait !== undefined) notBefore = Date.now() + wait;
      }
      // The timer keeps running while the body arrives: headers then silence is still a timeout.
      const text = await response.text();
      return interpret(response.status, response.headers.get('content-type') ?? undefined, text);
    } catch (error) {
      if (error instanceof ContentSourceError) throw error;
      if (outer?.aborted) throw cancelledError(outer);
      if (timedOut) {
        throw status === undefined ? new ContentSourceError('timeout', `${where} did not answer within ${timeoutMs} ms`, { cause: error }) : incompleteAnswer(status, where, error);
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

  function interpret(status: number, contentType: string | undefined, text: string): unknown {
    let body: unknown;
    let parsed = true;
    try {
      body = JSON.parse(text);
    } catch {
      parsed = false;
    }
    if (status < 200 || status >= 300) {
      const message = parsed && typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
      throw statusError(status, where, typeof message === 'string' ? message : undefined);
    }
    if (!parsed) throw invalidResponse(where, describeBody(text, contentType), status);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidResponse(where, describeBody(body), status);
    return body;
  }

  function get(path: string, params: Record<string, string>, { signal }: LoadOptions): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(cancelledError(signal));
    const query = new URLSearchParams(params).toString();
    const url = `${base}/${path}${query ? `?${query}` : ''}`;
    return withRetry(() => once(url, signal), policy, () => Math.max(0, notBefore - Date.now()), signal);
  }

  return {
    where,
    getLocales: (loadOptions) => get('locales', {}, loadOptions),
    getEntries: (request: EntriesRequest, loadOptions) =>
      get('entries', Object.fromEntries(Object.entries(request).map(([key, value]) => [key, String(value)])), loadOptions),
  };
}
