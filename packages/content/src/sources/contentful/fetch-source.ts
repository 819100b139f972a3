/**
 * The fetch reader: reads the Content Delivery or Preview API with `fetch` alone, so pages in
 * live mode never download the official `contentful` client and its HTTP stack (axios). It
 * shares paging, locale handling, answer checks, retry budget and error wording with the
 * official-client source ({@link createContentfulSource}); only the transport differs.
 */
import type { ContentSource, LoadOptions } from '../source.js';
import { cancelledError, describeBody, invalidResponse, statusError } from './errors.js';
import { createContentfulReader, type ContentfulReader, type ContentfulTransport, type EntriesRequest } from './load.js';
import { contentfulHost, contentfulRetryPolicy, contentfulSourceKey, contentfulWhere, type ContentfulSourceOptions } from './options.js';
import { retryAfterFromHeaders, withRetry } from './retry.js';
import { timedRequest } from './timed-request.js';

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
  return { key: contentfulSourceKey(options), entriesOnly: true, ...reader };
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
    const answer = await timedRequest(url, {
      fetch: options.fetch,
      headers: { Authorization: `Bearer ${options.accessToken}` },
      timeoutMs,
      signal: outer,
      where,
      onHeaders(response) {
        if (response.ok) return;
        const wait = retryAfterFromHeaders({
          'retry-after': response.headers.get('retry-after') ?? undefined,
          'x-contentful-ratelimit-reset': response.headers.get('x-contentful-ratelimit-reset') ?? undefined,
        });
        if (wait !== undefined) notBefore = Date.now() + wait;
      },
    });
    return interpret(answer.status, answer.contentType, answer.text);
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
