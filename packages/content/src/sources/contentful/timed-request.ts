/**
 * One HTTP GET with a deadline that covers the body as well as the headers, and the typed errors
 * every fetch reader gives (cancelled, timeout, an answer cut off, network). Shared by the
 * Contentful reader and the Open Referral UK feed reader; each reads the answer in its own way.
 */
import { ContentSourceError } from '../source.js';
import { cancelledError, incompleteAnswer } from './errors.js';

/** What one request needs. */
export interface TimedRequestOptions {
  readonly fetch?: typeof fetch | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
  /** Names the service in messages ("Contentful space abc", "the ORUK feed at …"). */
  readonly where: string;
  /** What was asked, for the timeout message (a feed path); nothing for Contentful. */
  readonly what?: string;
  /** Called as soon as the headers arrive (to note `Retry-After` even if the body then stalls). */
  readonly onHeaders?: (response: Response) => void;
}

/** An answer, body read in full. */
export interface TimedAnswer {
  readonly status: number;
  readonly ok: boolean;
  readonly contentType: string | undefined;
  readonly text: string;
}

/** GETs `url`; rejects only with {@link ContentSourceError}. */
export async function timedRequest(url: string, options: TimedRequestOptions): Promise<TimedAnswer> {
  // Called through globalThis: some browsers refuse a detached `fetch` ("Illegal invocation").
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const { signal: outer, where, timeoutMs } = options;
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
    const response = await fetchImpl(url, { headers: { ...options.headers }, signal: controller.signal });
    status = response.status;
    options.onHeaders?.(response);
    // The timer keeps running while the body arrives: headers then silence is still a timeout.
    const text = await response.text();
    return { status: response.status, ok: response.ok, contentType: response.headers.get('content-type') ?? undefined, text };
  } catch (error) {
    if (error instanceof ContentSourceError) throw error;
    if (outer?.aborted) throw cancelledError(outer);
    if (timedOut) {
      const what = options.what ? ` ${options.what}` : '';
      throw status === undefined ? new ContentSourceError('timeout', `${where} did not answer${what} within ${timeoutMs} ms`, { cause: error }) : incompleteAnswer(status, where, error);
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
