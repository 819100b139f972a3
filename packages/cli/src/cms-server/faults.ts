/**
 * Ready-made failures for the `failNext` hook, shaped like Contentful's real 429 and 500
 * responses, so fault tests exercise the same headers and bodies a client meets in production.
 */
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';

/** A response the server sends instead of handling the request. */
export interface InjectedFailure {
  status: number;
  /** An object is sent as JSON, a string as plain text. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type FailureHook = (req: IncomingMessage) => InjectedFailure | undefined;

/** Contentful's 429: the reset header says how many seconds until the next request may succeed. */
export function rateLimited(resetSeconds = 1): InjectedFailure {
  return {
    status: 429,
    headers: { 'X-Contentful-RateLimit-Reset': String(resetSeconds), 'Retry-After': String(resetSeconds) },
    body: {
      sys: { type: 'Error', id: 'RateLimitExceeded' },
      message:
        'You have exceeded the rate limit of the Organization this Space belongs to by making too many API requests within a short timespan. Please wait a moment before trying the request again.',
      requestId: randomUUID(),
    },
  };
}

export function serverError(): InjectedFailure {
  return {
    status: 500,
    body: { sys: { type: 'Error', id: 'ServerError' }, message: 'Internal server error occurred.', requestId: randomUUID() },
  };
}

/** A `failNext` hook that answers the next `times` requests with `failure`, then lets requests through. */
export function failTimes(times: number, failure: () => InjectedFailure): FailureHook {
  let remaining = times;
  return () => {
    if (remaining <= 0) return undefined;
    remaining -= 1;
    return failure();
  };
}

/** The media type the Delivery API answers with. */
const CONTENTFUL_JSON = 'application/vnd.contentful.delivery.v1+json';

/** A body sent exactly as given, with `contentType` (arbitrary and broken answers). */
export function rawBody(text: string, contentType = CONTENTFUL_JSON, status = 200): InjectedFailure {
  return { status, body: text, headers: { 'Content-Type': contentType } };
}

/** A JSON value sent as the whole answer, e.g. `null` or `{}` with status 200. */
export function jsonBody(value: unknown, status = 200): InjectedFailure {
  return rawBody(JSON.stringify(value) ?? '', CONTENTFUL_JSON, status);
}

/** What a proxy or CDN in front of the CMS answers during maintenance: an HTML page, status 200. */
export function htmlPage(status = 200): InjectedFailure {
  return rawBody('<!DOCTYPE html>\n<html lang="en"><head><title>Down for maintenance</title></head><body><h1>We will be back soon</h1></body></html>\n', 'text/html; charset=utf-8', status);
}

/** A JSON answer cut off part-way (a connection that dropped, a size limit in a proxy). */
export function truncatedJson(): InjectedFailure {
  return rawBody('{"sys":{"type":"Array"},"total":3,"skip":0,"limit":100,"items":[{"sys":{"id":"a","type":"Ent');
}

/**
 * Headers and the start of a body, then nothing: the response promises more bytes than it sends.
 * The client waits for the rest until the server's keep-alive timeout closes the socket (5 s with
 * Node's defaults), so any client timeout below that sees a body that stalled.
 */
export function stalledBody(): InjectedFailure {
  const start = '{"sys":{"type":"Array"},"total":1,"items":[';
  // Keep-alive even when the client asked to close, or the closed socket would end the body at once.
  return { status: 200, body: start, headers: { 'Content-Type': CONTENTFUL_JSON, 'Content-Length': String(start.length + 100_000), Connection: 'keep-alive' } };
}

/** Applies `hook` only to requests for `resource` (`entries`, `sync`, `locales`, …); others are answered normally. */
export function onlyFor(resource: string, hook: FailureHook): FailureHook {
  return (req) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    return path.endsWith(`/${resource}`) ? hook(req) : undefined;
  };
}

/**
 * Sync pages that never end: every answer is empty and names another `nextPageUrl`. After
 * `pages` answers (never, by default) requests are answered normally again, so a client without
 * a page limit finishes instead of hanging a test.
 */
export function endlessSync(pages = Number.POSITIVE_INFINITY): FailureHook {
  let sent = 0;
  return onlyFor('sync', (req) => {
    if (sent >= pages) return undefined;
    sent += 1;
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const next = `${url.origin}${url.pathname}?sync_token=endless-${sent}`;
    return { status: 200, body: { sys: { type: 'Array' }, items: [], nextPageUrl: next } };
  });
}

/** Full pages of stub entries for an entries request, `count` of them and `total` (when given). */
function stubPage(req: IncomingMessage, count: (limit: number) => number, total: number | undefined): InjectedFailure {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const limit = Number(params.get('limit') ?? 100);
  const skip = Number(params.get('skip') ?? 0);
  const type = params.get('content_type') ?? 'organisation';
  const items = Array.from({ length: count(limit) }, (_, i) => ({
    sys: { id: `stub-${skip + i}`, type: 'Entry', contentType: { sys: { type: 'Link', linkType: 'ContentType', id: type } } },
    fields: {},
  }));
  return { status: 200, body: { sys: { type: 'Array' }, ...(total === undefined ? {} : { total }), skip, limit, items } };
}

/** Entries pages with no `total`, each one full; after `pages` of them (never, by default) requests are answered normally. */
export function entriesWithoutTotal(pages = Number.POSITIVE_INFINITY): FailureHook {
  let sent = 0;
  return onlyFor('entries', (req) => (sent++ < pages ? stubPage(req, (limit) => limit, undefined) : undefined));
}

/** Entries pages with more items than `limit` asked for and a huge `total`; after `pages` of them, normal answers. */
export function oversizedEntries(pages = Number.POSITIVE_INFINITY): FailureHook {
  let sent = 0;
  return onlyFor('entries', (req) => (sent++ < pages ? stubPage(req, (limit) => limit + 1, 1_000_000) : undefined));
}

/** Full entries pages with a `total` so large that paging would never end; after `pages` of them, normal answers. */
export function endlessEntries(pages = Number.POSITIVE_INFINITY): FailureHook {
  let sent = 0;
  return onlyFor('entries', (req) => (sent++ < pages ? stubPage(req, (limit) => limit, 1_000_000_000) : undefined));
}
