/**
 * Watches the HTTP requests a long read sends to one host, through Node's `diagnostics_channel`
 * (the official client uses `node:http`; the SDK does not report its pages). It gives progress
 * (requests so far) and, when a "successful" read turns out not to be a Contentful response,
 * what the CMS actually answered (an HTML page, status 200).
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';

/** The last response seen for a path. */
export interface SeenResponse {
  readonly status: number;
  readonly contentType: string;
}

/** What a watch has seen so far. */
export interface ReadWatch {
  /** Requests sent to the host. */
  readonly requests: number;
  /** Sync requests among them: each fetches one page. */
  readonly pages: number;
  /** The last response to a request whose path contains `/sync`. */
  readonly lastSync: SeenResponse | undefined;
  stop(): void;
}

const REQUEST_START = 'http.client.request.start';
const RESPONSE_FINISH = 'http.client.response.finish';

/** `host:port` of a request; the port is left out for the protocol's default, as in Host headers. */
function hostOf(request: ClientRequest): string {
  const header = request.getHeader('host');
  return typeof header === 'string' ? header : request.host;
}

/** True when `actual` (a Host header) names `expected` (`cdn.contentful.com` or `127.0.0.1:4000`). */
function sameHost(actual: string, expected: string): boolean {
  const strip = (host: string) => host.toLowerCase().replace(/:(443|80)$/, '');
  return strip(actual) === strip(expected);
}

/** Starts watching requests to `host`; `onRequest` runs after each one starts. */
export function watchReads(host: string, onRequest: () => void = () => undefined): ReadWatch {
  let requests = 0;
  let pages = 0;
  let lastSync: SeenResponse | undefined;
  const started = (message: unknown) => {
    const { request } = message as { request: ClientRequest };
    if (!sameHost(hostOf(request), host)) return;
    requests += 1;
    if (request.path.includes('/sync')) pages += 1;
    onRequest();
  };
  const finished = (message: unknown) => {
    const { request, response } = message as { request: ClientRequest; response: IncomingMessage };
    if (!sameHost(hostOf(request), host) || !request.path.includes('/sync')) return;
    lastSync = { status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? '') };
  };
  subscribe(REQUEST_START, started);
  subscribe(RESPONSE_FINISH, finished);
  return {
    get requests() {
      return requests;
    },
    get pages() {
      return pages;
    },
    get lastSync() {
      return lastSync;
    },
    stop() {
      unsubscribe(REQUEST_START, started);
      unsubscribe(RESPONSE_FINISH, finished);
    },
  };
}

/** "an HTML page (status 200)" and the like, for messages about answers that are not Contentful's. */
export function describeResponse(response: SeenResponse | undefined): string {
  if (!response) return 'something that is not a Contentful sync response';
  const type = response.contentType.split(';')[0]!.trim().toLowerCase();
  const what =
    type === 'text/html' || type === 'application/xhtml+xml'
      ? 'an HTML page'
      : type.includes('json')
        ? 'JSON that is not a Contentful sync response'
        : type
          ? `a ${type} document, not a Contentful sync response`
          : 'a body with no content type, not a Contentful sync response';
  return `${what} (status ${response.status})`;
}
