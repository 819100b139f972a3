import type { PagingLimits } from '../contentful/paging.js';

/** Settings of an Open Referral UK feed reader. */
export interface OrukSourceOptions {
  /**
   * The feed's base address, the one whose `GET /` names its version, e.g.
   * `https://directory.example.gov.uk/api/oruk`. Endpoints (`/services`, …) are read below it.
   */
  readonly url: string;
  /** Per-request timeout in ms, until the last byte of the body. Default 6,000 (feeds are slower than a CDN). */
  readonly timeoutMs?: number;
  /** Extra attempts after a failure that may pass (network, 5xx, 429, timeout). Default 2. */
  readonly retries?: number;
  /** Longest wait before a retry, in ms; a longer `Retry-After` fails at once instead. Default 2,000. */
  readonly maxRetryWaitMs?: number;
  /** Services asked for per page (`per_page`). Default 100. */
  readonly pageSize?: number;
  /**
   * Bounds of the `/services` paging loop of one load: at most `maxPages` pages (default 50) and
   * no new page after `deadlineMs` (default 120,000).
   */
  readonly paging?: PagingLimits;
  /**
   * When to ask `/services/{id}` for a service's full record: `auto` (default) when the list item
   * has none of the nested parts (a `minimal` list, or a 3.0 list of one-to-one fields only),
   * `always`, or `never` (map the list items as they are).
   */
  readonly details?: 'auto' | 'always' | 'never';
  /** Detail requests in flight at once. Default 4. */
  readonly detailConcurrency?: number;
  /** Most detail requests one load sends; services beyond it are mapped from the list item and reported. Default 2,000. */
  readonly maxDetails?: number;
  /** The `fetch` to use. Default `globalThis.fetch`. */
  readonly fetch?: typeof globalThis.fetch;
}

/** The feed's base address without a trailing slash. */
export function orukBase(options: Pick<OrukSourceOptions, 'url'>): string {
  return options.url.replace(/\/+$/, '');
}

/** Names the feed for messages, e.g. "the Open Referral UK feed at https://…". */
export function orukWhere(options: Pick<OrukSourceOptions, 'url'>): string {
  return `The Open Referral UK feed at ${orukBase(options)}`;
}

/** Identifies the feed for caching. */
export function orukSourceKey(options: Pick<OrukSourceOptions, 'url'>): string {
  return `oruk:${orukBase(options)}`;
}

/** Default most `/services` pages per load: 50 pages of 100 is 5,000 services, above any council's directory. */
export const DEFAULT_MAX_SERVICE_PAGES = 50;
/** Default services per page. */
export const DEFAULT_PAGE_SIZE = 100;
/** Default most detail requests per load. */
export const DEFAULT_MAX_DETAILS = 2000;
