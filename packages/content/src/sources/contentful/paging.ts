/**
 * Bounds for every paging loop: a server that keeps handing out "next page" (a broken proxy, a
 * never-ending `nextPageUrl`, a page without `total`) must not make the SDK send requests forever.
 */
import { ContentSourceError } from '../source.js';

/** Limits of a paging loop. */
export interface PagingLimits {
  /** Most pages one loop asks for; the loop fails when it would need more. */
  readonly maxPages?: number;
  /** No further page is asked for once this many ms have passed since the loop began. */
  readonly deadlineMs?: number;
  /** The clock, in ms (tests pass a fake one). Default `Date.now`. */
  readonly now?: () => number;
}

/** Default most entries pages per load: 100 pages of 1,000 is 100,000 entries, far above any council's space. */
export const DEFAULT_MAX_ENTRY_PAGES = 100;
/** Default most sync pages per export: 500 pages of Contentful's 100 items is 50,000 entries and assets. */
export const DEFAULT_MAX_SYNC_PAGES = 500;
/** Default deadline of one paging loop, in ms. */
export const DEFAULT_PAGING_DEADLINE_MS = 120_000;

/** Counts the pages of one loop; {@link Pager.next} throws once a limit is reached. */
export interface Pager {
  /** Call before asking for each page. */
  next(): void;
  /** Pages asked for so far. */
  readonly pages: number;
}

/**
 * Starts counting a loop. `what` names it for the message, e.g. "Contentful's sync" gives
 * "Contentful's sync did not finish after 500 pages".
 */
export function startPaging(what: string, limits: PagingLimits, defaultMaxPages: number): Pager {
  const maxPages = limits.maxPages ?? defaultMaxPages;
  const deadlineMs = limits.deadlineMs ?? DEFAULT_PAGING_DEADLINE_MS;
  const now = limits.now ?? Date.now;
  const started = now();
  let pages = 0;
  return {
    next() {
      if (pages >= maxPages) {
        // Not retried: asking again would page just as long.
        throw new ContentSourceError('invalid-response', `${what} did not finish after ${pages} pages (the limit); a space this large needs a higher maxPages`);
      }
      const elapsed = now() - started;
      if (pages > 0 && elapsed >= deadlineMs) {
        throw new ContentSourceError('timeout', `${what} did not finish after ${pages} pages / ${Math.round(elapsed / 1000)} s (the limit is ${Math.round(deadlineMs / 1000)} s)`);
      }
      pages += 1;
    },
    get pages() {
      return pages;
    },
  };
}
