/**
 * Where a page searches a council's Open Referral UK directory: in the page, over every service
 * read from the feed (what the content source does by default), or on the server, through the
 * API's own query parameters ({@link createOrukSearchEngine}), for directories too big to read.
 *
 * `auto` asks the feed how many services it has (one `GET /services?page=1&per_page=1`; its paging
 * envelope's `total_items`) and searches on the server above {@link DEFAULT_SERVER_SEARCH_ABOVE}.
 * The answer is kept for the page's life, per feed and threshold, so the content source (which
 * then reads no services) and the widget (which then searches the server) agree and ask once.
 */
import type { LoadOptions } from '../source.js';
import { createOrukFeed } from './feed.js';
import { orukBase, type OrukSourceOptions } from './options.js';

/** How a page searches an ORUK directory: decide by its size (`auto`), always in the page, or always on the server. */
export type OrukSearchMode = 'auto' | 'browser' | 'server';

/**
 * Above this many services, `auto` searches on the server. It is the most the feed reader loads
 * into a page by default (50 pages of 100 services, `DEFAULT_MAX_SERVICE_PAGES` ×
 * `DEFAULT_PAGE_SIZE`): a page must not download a directory it cannot read to the end.
 */
export const DEFAULT_SERVER_SEARCH_ABOVE = 5000;

/** Settings of {@link orukSearchPlace}: the feed's, the mode and the threshold. */
export interface OrukSearchModeOptions extends Pick<OrukSourceOptions, 'url' | 'timeoutMs' | 'retries' | 'fetch'> {
  /** Default `auto`. */
  readonly search?: OrukSearchMode;
  /** With `auto`: search on the server when the feed has more services than this. Default {@link DEFAULT_SERVER_SEARCH_ABOVE}. */
  readonly serverSearchAbove?: number;
}

const decided = new Map<string, Promise<'browser' | 'server'>>();

/**
 * Where this page searches the feed. `browser` and `server` answer at once; `auto` asks the feed
 * for its size once per page (a feed that gives no total is searched in the page, as before). A
 * failed question is not kept, so the next load asks again.
 */
export function orukSearchPlace(options: OrukSearchModeOptions, loadOptions: LoadOptions = {}): Promise<'browser' | 'server'> {
  const mode = options.search ?? 'auto';
  if (mode !== 'auto') return Promise.resolve(mode);
  const threshold = serverSearchThreshold(options.serverSearchAbove);
  const key = `${orukBase(options)} ${threshold}`;
  let answer = decided.get(key);
  if (!answer) {
    answer = createOrukFeed(options)
      .page('/services', { page: 1, per_page: 1 }, loadOptions)
      .then((page) => (page.totalItems !== undefined && page.totalItems > threshold ? 'server' : 'browser'));
    decided.set(key, answer);
    answer.catch(() => decided.delete(key));
  }
  return answer;
}

/** The threshold to use: a whole number from 0, or the default. */
export function serverSearchThreshold(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : DEFAULT_SERVER_SEARCH_ABOVE;
}
