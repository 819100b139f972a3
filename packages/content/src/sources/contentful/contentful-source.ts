/**
 * The official-client source: reads the Content Delivery (or Preview) API through the official
 * `contentful` client. Kept for the CLI, which also needs the client itself for full exports
 * (sync); pages use the fetch reader ({@link createContentfulFetchSource}). Paging, locales,
 * answer checks and validation are shared with it.
 */
import { createClient, type ContentfulClientApi, type CreateClientParams, type EntrySkeletonType } from 'contentful';
import { ContentSourceError, type ContentSource, type LoadOptions } from '../source.js';
import { cancelledError, describeBody, invalidResponse, toSourceError } from './errors.js';
import { createContentfulReader, type ContentfulReader, type ContentfulTransport } from './load.js';
import { contentfulHost, contentfulRetryPolicy, contentfulSourceKey, contentfulWhere, type ContentfulSourceOptions } from './options.js';
import { retryAfterFromHeaders, withRetry } from './retry.js';

/** A Contentful source, plus what the CLI needs beyond widgets' loads. */
export interface ContentfulSource extends ContentSource, ContentfulReader {
  /** The underlying client with link resolution off, for full exports (sync). */
  readonly client: ContentfulClientApi<'WITHOUT_LINK_RESOLUTION'>;
  /** Names the API for messages, e.g. "Contentful (Delivery API, space x, environment master)". */
  readonly where: string;
  /**
   * Runs a client call with the source's timeout, retry budget and error mapping: one logical
   * request, sent at most `1 + retries` times.
   */
  call<T>(request: () => Promise<T>, options?: LoadOptions): Promise<T>;
}

/** Creates a Contentful source on the official client. */
export function createContentfulSource(options: ContentfulSourceOptions): ContentfulSource {
  const where = contentfulWhere(options);
  const timeoutMs = options.timeoutMs ?? 4000;
  const policy = contentfulRetryPolicy(options);
  // The client's own retry ignores Retry-After and may wait a minute; we retry ourselves instead.
  // Contentful rate-limits a whole organisation, so one "not before" time serves every request.
  let notBefore = 0;
  const params: CreateClientParams = {
    space: options.space,
    accessToken: options.accessToken,
    environment: options.environment ?? 'master',
    host: contentfulHost(options),
    insecure: options.insecure ?? false,
    timeout: timeoutMs,
    retryOnError: false,
    logHandler: () => undefined,
    responseLogger: (response) => {
      const answer = response as { isAxiosError?: unknown; status?: unknown; data?: unknown; headers?: Record<string, unknown>; response?: { headers?: Record<string, unknown> } };
      // Called with the response on success and with the error otherwise (axios errors carry a status too).
      if (answer.isAxiosError !== true && typeof answer.status === 'number' && answer.status >= 200 && answer.status < 300) {
        // The client's only look at a successful answer before it reads it. It would choke on an
        // HTML page or `null` with a TypeError (read as "could not reach"), or read `{}` from a
        // sync as an empty space; throwing here rejects the request with the real reason.
        const { data } = answer;
        if (typeof data !== 'object' || data === null || Array.isArray(data)) {
          const contentType = answer.headers?.['content-type'];
          throw invalidResponse(where, describeBody(data, typeof contentType === 'string' ? contentType : undefined), answer.status);
        }
        return;
      }
      if (answer.isAxiosError !== true) return;
      const headers = answer.response?.headers;
      const wait = headers ? retryAfterFromHeaders(headers) : undefined;
      if (wait !== undefined) notBefore = Date.now() + wait;
    },
  };
  const base = createClient(params);
  const client = base.withoutLinkResolution;
  const allLocales = base.withAllLocales.withoutLinkResolution;

  async function call<T>(request: () => Promise<T>, loadOptions: LoadOptions = {}): Promise<T> {
    const { signal } = loadOptions;
    if (signal?.aborted) throw cancelledError(signal);
    const attempt = async () => {
      try {
        return await bounded(request(), signal, timeoutMs, where);
      } catch (error) {
        throw toSourceError(error, where);
      }
    };
    return withRetry(attempt, policy, () => Math.max(0, notBefore - Date.now()), signal);
  }

  const transport: ContentfulTransport = {
    where,
    getLocales: (loadOptions) => call(() => client.getLocales(), loadOptions),
    getEntries: ({ locale, ...search }, loadOptions) =>
      call<unknown>(() => (locale === '*' ? allLocales.getEntries<EntrySkeletonType>(search) : client.getEntries<EntrySkeletonType>({ ...search, locale })), loadOptions),
  };
  const reader = createContentfulReader(transport, options);
  return { key: contentfulSourceKey(options), entriesOnly: true, ...reader, client, where, call };
}

/**
 * The client cannot be cancelled, and its timeout only notices a silent socket (a body sent one
 * byte at a time never trips it): stop waiting for it instead, so the caller can move on.
 */
function bounded<T>(promise: Promise<T>, signal: AbortSignal | undefined, timeoutMs: number, where: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelledError(signal));
    if (signal?.aborted) return onAbort();
    // A little later than the client's own timeout, so its more precise error usually wins.
    const timer = setTimeout(() => reject(new ContentSourceError('timeout', `${where} did not answer within ${timeoutMs} ms`)), timeoutMs + 250);
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    });
  });
}
