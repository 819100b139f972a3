/**
 * Reads one page of a list endpoint, whatever paging envelope the feed wraps it in: ORUK 3.0
 * (`contents`, `total_items`, `total_pages`, `page_number`, `last_page`), its camelCase and
 * lower-case spellings, ORUK v1 and Spring (`content`, `totalElements`, `totalPages`, `number`,
 * `last`), or a bare JSON list.
 */
import { describeBody } from '../contentful/errors.js';
import { invalidFeedResponse } from './http.js';
import { isObject, num, pick } from './values.js';

/** One page, checked only as far as paging needs. */
export interface FeedPage {
  readonly items: readonly unknown[];
  /** Items across all pages, when the feed says. */
  readonly totalItems?: number;
  /** Pages in all, when the feed says. */
  readonly totalPages?: number;
  /** True when the feed says this is the last page. */
  readonly last?: boolean;
}

const count = (value: unknown): number | undefined => {
  const n = num(value);
  return n !== undefined && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
};

/** Checks a list answer. Anything without a list of items is not a page: an `invalid-response`. */
export function readFeedPage(body: unknown, where: string, path: string): FeedPage {
  if (Array.isArray(body)) return { items: body };
  const items = pick(body, 'contents', 'content', 'items', 'data', 'results');
  if (!isObject(body) || !Array.isArray(items)) {
    throw invalidFeedResponse(where, path, isObject(body) ? 'JSON without a list of records (no `contents`)' : describeBody(body));
  }
  const totalItems = count(pick(body, 'total_items', 'total_elements', 'total', 'totalElements'));
  const totalPages = count(pick(body, 'total_pages'));
  const lastFlag = pick(body, 'last_page', 'last', 'is_last_page');
  return {
    items,
    ...(totalItems === undefined ? {} : { totalItems }),
    ...(totalPages === undefined ? {} : { totalPages }),
    ...(typeof lastFlag === 'boolean' ? { last: lastFlag } : {}),
  };
}

/**
 * True when `page` (number `n`, asked for with `per_page` of `size`) is the last one, by whichever
 * sign the feed gives: an empty page, `last_page`/`last`, `total_pages`, `total_items` (with
 * `seen` items so far, this page included), or, only when it gives none of those, a short page
 * (some feeds cap `per_page` below what was asked and say so only through their totals).
 */
export function isLastPage(page: FeedPage, n: number, size: number, seen: number): boolean {
  if (page.items.length === 0 || page.last === true) return true;
  if (page.totalPages !== undefined) return n >= page.totalPages;
  if (page.totalItems !== undefined) return seen >= page.totalItems;
  return page.last === undefined && page.items.length < size;
}
