/**
 * Full exports through the Sync API: every published (or, with preview, every) entry and asset
 * in every locale, as the CLI needs for content packs and health checks.
 */
import type { ContentIssue } from '../../model/index.js';
import type { LoadOptions } from '../source.js';
import type { LocaleInfo } from '../locales.js';
import type { ContentfulSource } from './contentful-source.js';
import { invalidResponse } from './errors.js';
import { DEFAULT_MAX_SYNC_PAGES, startPaging, type PagingLimits } from './paging.js';
import { readEntry } from './response.js';
import type { ContentfulAssetLike, ContentfulEntryLike } from './to-raw.js';

/** Everything in a space environment, all locales. */
export interface SpaceSnapshot {
  readonly locales: LocaleInfo[];
  /** Entries with fields as `{field: {locale: value}}`; only well-formed ones (see `issues`). */
  readonly entries: ContentfulEntryLike[];
  readonly assets: ContentfulAssetLike[];
  /** One issue per entry the Sync API sent malformed (no fields, no content type), left out of `entries`. */
  readonly issues: ContentIssue[];
  /** Token for a later delta sync. */
  readonly nextSyncToken?: string;
}

/** Options of {@link exportSpace}: cancellation and the paging bounds (default 500 pages, 120 s). */
export interface ExportOptions extends LoadOptions, PagingLimits {}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Downloads the whole space with the Sync API, one page per request. Sends one locales request
 * and at most `maxPages` (default 500) sync requests, each tried at most `1 + retries` times, and
 * asks for no new page once `deadlineMs` (default 120 s) has passed. Throws `invalid-response`
 * when an answer is not a Contentful sync page (an HTML page, `null`, `{}`): an empty answer must
 * never pass for an empty space, or `family-hubs pack` would replace a good pack with an empty one.
 */
export async function exportSpace(source: ContentfulSource, options: ExportOptions = {}): Promise<SpaceSnapshot> {
  const locales = await source.locales(options);
  const pager = startPaging(`${source.where}'s sync`, options, DEFAULT_MAX_SYNC_PAGES);
  const entries: ContentfulEntryLike[] = [];
  const assets: ContentfulAssetLike[] = [];
  const issues: ContentIssue[] = [];
  let nextPageToken: string | undefined;
  for (;;) {
    pager.next();
    const token = nextPageToken;
    // One page per call (paginate: false): the client's own paging follows nextPageUrl forever.
    const page = await source.call(() => source.client.sync(token === undefined ? { initial: true } : { nextPageToken: token }, { paginate: false }), options);
    const pageEntries: unknown = page.entries;
    const pageAssets: unknown = page.assets;
    // The client reads an answer without nextPageUrl or nextSyncUrl as an empty last page.
    if (!Array.isArray(pageEntries) || !Array.isArray(pageAssets) || (!page.nextPageToken && !page.nextSyncToken)) {
      throw invalidResponse(source.where, 'JSON that is not a Contentful sync page (it names no next page and no sync token)');
    }
    for (const item of pageEntries) {
      const reading = readEntry(item, []);
      if (reading.ok) entries.push(item as ContentfulEntryLike);
      else issues.push(reading.issue);
    }
    for (const item of pageAssets) {
      if (isObject(item) && isObject(item['sys']) && typeof item['sys']['id'] === 'string' && isObject(item['fields'])) assets.push(item as unknown as ContentfulAssetLike);
    }
    if (page.nextSyncToken) return { locales, entries, assets, issues, nextSyncToken: page.nextSyncToken };
    nextPageToken = page.nextPageToken;
  }
}
