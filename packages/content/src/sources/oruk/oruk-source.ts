/**
 * The Open Referral UK content source: reads a council's ORUK feed (3.0 or v1) and hands over
 * the same validated model the CMS gives (services with their organisations, venues, times,
 * categories and costs). Bad records become issues; only a feed that cannot be read at all
 * rejects, with the same typed {@link ContentSourceError}s as the Contentful fetch reader.
 */
import type { ContentIssue } from '../../model/index.js';
import { startPaging } from '../contentful/paging.js';
import { registryOf, type ContentQuery, type ContentResult, type ContentSource, type LoadOptions } from '../source.js';
import { isLastPage } from './envelope.js';
import { createOrukFeed, type OrukFeed } from './feed.js';
import type { OrukVersion } from './map.js';
import { DEFAULT_MAX_SERVICE_PAGES, DEFAULT_PAGE_SIZE, orukSourceKey, type OrukSourceOptions } from './options.js';
import { buildFromRecords } from './records.js';
import { idOf, pick } from './values.js';

/** An ORUK feed as a content source. */
export interface OrukSource extends ContentSource {
  /** The version the feed's `GET /` names (asked once; `1.0` when it names none). */
  version(options?: LoadOptions): Promise<OrukVersion>;
  /**
   * Loads every service of the feed (or, with `query.ids` of services, just those, one
   * `/services/{id}` each). One load sends at most `1 + paging.maxPages + maxDetails` requests
   * (defaults: 1 + 50 + 2,000): `GET /` the first time, the `/services` pages, then the
   * `/services/{id}` details a list without nested data needs, each tried at most `1 + retries`
   * times (default 3).
   */
  load(query: ContentQuery, options?: LoadOptions): Promise<ContentResult>;
}

/** Creates an ORUK source. The feed must allow cross-origin reads (`Access-Control-Allow-Origin: *`) to be read from a page. */
export function createOrukSource(options: OrukSourceOptions): OrukSource {
  const feed = createOrukFeed(options);

  async function load(query: ContentQuery, loadOptions: LoadOptions = {}): Promise<ContentResult> {
    // `GET /` first: it tells a feed from a wrong address before any paging starts.
    await feed.version(loadOptions);
    const issues: ContentIssue[] = [];
    const wantedIds = query.ids?.filter((id) => id.startsWith('service-')).map((id) => id.slice('service-'.length));
    const records = wantedIds?.length
      ? await byId(feed, wantedIds, loadOptions, issues, query.locale)
      : await feed.complete(await allServices(feed, options, loadOptions, issues, query.locale), loadOptions, issues, query.locale);
    const content = buildFromRecords(records, feed.where, query.locale, await registryOf(query));
    return { set: content.set, issues: [...issues, ...content.issues], fetchedAt: new Date().toISOString() };
  }

  return { key: orukSourceKey(options), entriesOnly: true, version: (loadOptions = {}) => feed.version(loadOptions), load };
}

/** Full records of the services asked for by id; one that is missing is an issue, not a failure. */
async function byId(feed: OrukFeed, ids: readonly string[], loadOptions: LoadOptions, issues: ContentIssue[], locale: string): Promise<unknown[]> {
  // complete() fetches each (a bare id needs its details) and reports the ones that fail, which
  // keep the bare id: those are left out rather than shown as services without a name.
  const bare = ids.map((id) => ({ id }));
  const records = await feed.complete(bare, loadOptions, issues, locale, 'always');
  return records.filter((record, index) => record !== bare[index]);
}

/**
 * Every page of `/services`, until {@link isLastPage} or a page of records already seen (a feed
 * that ignores `page`); fails past `paging.maxPages` or `paging.deadlineMs`.
 */
async function allServices(feed: OrukFeed, options: OrukSourceOptions, loadOptions: LoadOptions, issues: ContentIssue[], locale: string): Promise<unknown[]> {
  const pageSize = Math.max(1, Math.min(options.pageSize ?? DEFAULT_PAGE_SIZE, 1000));
  const pager = startPaging(`Paging through ${feed.where}`, options.paging ?? {}, DEFAULT_MAX_SERVICE_PAGES);
  const items: unknown[] = [];
  const seen = new Set<string>();
  for (let page = 1; ; page++) {
    pager.next();
    const result = await feed.page('/services', { page, per_page: pageSize }, loadOptions);
    const ids = result.items.map((item) => idOf(pick(item, 'id')));
    const fresh = ids.filter((id) => id === undefined || !seen.has(id)).length;
    if (page > 1 && result.items.length > 0 && fresh === 0) {
      issues.push({
        entryId: '',
        contentType: 'service',
        path: [],
        message: `${feed.where} sent page ${page} with the same services as an earlier page (it seems to ignore "page"), so reading stopped there.`,
        severity: 'warning',
        code: 'source-error',
        locale,
      });
      break;
    }
    for (const id of ids) if (id !== undefined) seen.add(id);
    items.push(...result.items);
    if (isLastPage(result, page, pageSize, items.length)) break;
  }
  return items;
}
