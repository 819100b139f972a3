/**
 * Watches the HTTP requests a long read sends to one host, through Node's `diagnostics_channel`
 * (the official client uses `node:http`; the SDK does not report its pages), for progress:
 * requests and sync pages so far. Whether an answer was Contentful's is the SDK's to say.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';

/** What a watch has seen so far. */
export interface ReadWatch {
  /** Requests sent to the host. */
  readonly requests: number;
  /** Sync requests among them: each fetches one page. */
  readonly pages: number;
  stop(): void;
}

const REQUEST_START = 'http.client.request.start';

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
  const started = (message: unknown) => {
    const { request } = message as { request: ClientRequest };
    if (!sameHost(hostOf(request), host)) return;
    requests += 1;
    if (request.path.includes('/sync')) pages += 1;
    onRequest();
  };
  subscribe(REQUEST_START, started);
  return {
    get requests() {
      return requests;
    },
    get pages() {
      return pages;
    },
    stop() {
      unsubscribe(REQUEST_START, started);
    },
  };
}
