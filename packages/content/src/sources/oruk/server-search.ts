/**
 * Server-side service search over an ORUK API's own query parameters, for directories too big to
 * load into the page. It implements the same {@link ServiceSearchEngine} as the in-page index.
 *
 * What the server does: free text (`search=`, `text=` on v1), one category (`taxonomy_term_id`,
 * `taxonomy_id` on v1) when exactly one sub-category or local term is asked for, paging, and
 * distance through `/service_at_locations?postcode&proximity` (metres) on 3.0 or
 * `/services?postcode&proximity` on v1, when the query carries the postcode.
 *
 * What the client does, because ORUK 3.0 dropped age, day and time filters and never had the
 * others: stages, days, free only, delivery modes, languages, several categories or a top-level
 * one, and a radius without a postcode. Those filters run over a window of the feed: the first
 * `scanPages` pages of `scanPageSize` services (defaults 2 × 50), each completed from
 * `/services/{id}` when the list lacks nested data. Matches beyond the window are not found;
 * `complete` says whether the window reached the end of the feed, and `total` then counts only
 * what the window held. Facets are counted over the services fetched for the query (the page,
 * or the window), never over the whole feed.
 */
import type { ContentSet } from '../../content-set.js';
import { costOptionType } from '../../model/cost-option.js';
import { DFE_TAXONOMY, taxonomyTermId } from '../../model/dfe-taxonomy.js';
import { locationType } from '../../model/location.js';
import { organisationType } from '../../model/organisation.js';
import { createRegistry, type ContentRegistry } from '../../model/registry.js';
import { scheduleType } from '../../model/schedule.js';
import { serviceAtLocationType } from '../../model/service-at-location.js';
import { serviceType } from '../../model/service.js';
import { taxonomyTermType } from '../../model/taxonomy-term.js';
import type { ContentIssue } from '../../model/index.js';
import type { AgeStage, SearchDocument, SearchFacets, SearchQuery, SearchResults, ServiceSearchEngine } from '../../search/types.js';
import { distanceMiles } from '../../geo/distance.js';
import { AGE_STAGE_RANGES } from '../../search/age-stages.js';
import type { CategoryGroup } from '../../views/service-search.js';
import { serviceSearchResolver } from '../../views/service-search-resolver.js';
import { ContentSourceError, type LoadOptions } from '../source.js';
import { isLastPage } from './envelope.js';
import { createOrukFeed } from './feed.js';
import type { OrukVersion } from './map.js';
import type { OrukSourceOptions } from './options.js';
import { buildFromRecords } from './records.js';
import { readFeedTerm, termEntries, termEntryId, type FeedTerm } from './taxonomy.js';
import { idOf, isObject, pick } from './values.js';

/** Settings of the server-side engine: the feed's, plus the client-side window. */
export interface OrukSearchOptions extends OrukSourceOptions {
  /** Server pages read when filters must run on the client. Default 2. */
  readonly scanPages?: number;
  /** Services per server page in that window. Default 50. */
  readonly scanPageSize?: number;
  /** Locale of the content set handed back. Default `en-GB`. */
  readonly locale?: string;
}

/** Results of the ORUK engine: the shared shape, plus the services the hits name. */
export interface OrukSearchResults extends SearchResults {
  /** The hits' services, validated, with the venues, times, categories and costs they link to (always given). */
  readonly set: ContentSet;
  /** Problems with the records fetched for this search. */
  readonly issues: readonly ContentIssue[];
  /**
   * False when `total` is a lower bound: client-side filters ran over a window that did not reach
   * the end of the feed, or the feed gives no total and this was not its last page (`pageCount`
   * then offers one more page).
   */
  readonly complete: boolean;
}

/** The ORUK engine. */
export interface OrukSearchEngine extends ServiceSearchEngine {
  /**
   * Answers one query. Sends at most `2 + scanPages × (1 + maxDetails)` requests (`GET /` and the
   * taxonomy terms once per engine, then one list page, or `scanPages` of them when filters run
   * on the client, and a `/services/{id}` for each listed service that lacks nested data: at most
   * `pageSize`, or `scanPages × scanPageSize`, and never more than `maxDetails` per list page), each tried at
   * most `1 + retries` times. A feed without `/service_at_locations` costs one more request, once.
   */
  search(query: SearchQuery, options?: { readonly signal?: AbortSignal }): Promise<OrukSearchResults>;
  /**
   * The feed's categories as the filters show them (top-level categories with their
   * sub-categories; DfE terms under their DfE parents), from `/taxonomy_terms` (v1 `/taxonomies`),
   * read once per engine and shared with the searches. Empty when the feed has no such endpoint.
   */
  categoryGroups(options?: { readonly signal?: AbortSignal }): Promise<CategoryGroup[]>;
  /**
   * The services with these entry ids (`service-<feed id>`), each read from `/services/{id}`, for a
   * stable link (`?service=ID`) to a service no search has shown yet. A service the feed does not
   * have is left out (and reported in `issues`), never fatal.
   */
  services(ids: readonly string[], options?: { readonly signal?: AbortSignal }): Promise<{ readonly set: ContentSet; readonly issues: readonly ContentIssue[] }>;
}

const SERVICE_REGISTRY: ContentRegistry = createRegistry([serviceType, organisationType, locationType, serviceAtLocationType, scheduleType, taxonomyTermType, costOptionType]);
const METRES_PER_MILE = 1609.344;
/** Our entry ids of feed services: `service-<feed id>` (see `serviceEntryId`). */
const SERVICE_PREFIX = 'service-';

/** Creates the engine over the feed `options.url` names. */
export function createOrukSearchEngine(options: OrukSearchOptions): OrukSearchEngine {
  const feed = createOrukFeed(options);
  const locale = options.locale ?? 'en-GB';
  let salMissing = false;
  let terms: Promise<readonly FeedTerm[]> | undefined;

  /** The feed's categories, from `/taxonomy_terms` (v1 `/taxonomies`), read once. */
  function feedTerms(version: OrukVersion, loadOptions: LoadOptions): Promise<readonly FeedTerm[]> {
    terms ??= feed
      .page(version === '3.0' ? '/taxonomy_terms' : '/taxonomies', { per_page: 1000 }, loadOptions)
      .then((page) => page.items.map(readFeedTerm).filter((term): term is FeedTerm => term !== undefined))
      // An optional endpoint: without it, categories are filtered on the client.
      .catch((error: unknown) => {
        if (error instanceof ContentSourceError && (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'aborted')) terms = undefined;
        return [];
      });
    return terms;
  }

  /** Our category id → the feed's term id. A DfE term is asked for by the feed's id for it; a local term's id holds the feed's. */
  async function feedTermIds(version: OrukVersion, loadOptions: LoadOptions): Promise<Map<string, string>> {
    return new Map((await feedTerms(version, loadOptions)).map((term) => [termEntryId(term), term.feedId]));
  }

  async function categoryGroups(loadOptions: { readonly signal?: AbortSignal } = {}): Promise<CategoryGroup[]> {
    const options: LoadOptions = loadOptions.signal ? { signal: loadOptions.signal } : {};
    return categoryGroupsOf(await feedTerms(await feed.version(options), options), locale);
  }

  async function search(query: SearchQuery, searchOptions: { readonly signal?: AbortSignal } = {}): Promise<OrukSearchResults> {
    const loadOptions: LoadOptions = searchOptions.signal ? { signal: searchOptions.signal } : {};
    const version = await feed.version(loadOptions);
    const pageSize = Math.max(1, Math.min(query.pageSize ?? 10, 100));
    const page = Math.max(1, Math.floor(query.page ?? 1));
    const issues: ContentIssue[] = [];

    const params: Record<string, string | number | undefined> = {};
    if (query.text?.trim()) params[version === '3.0' ? 'search' : 'text'] = query.text.trim();
    const categories = query.categories ?? [];
    let serverCategory = false;
    if (categories.length === 1 && !isTopLevel(categories[0]!)) {
      const feedId = (await feedTermIds(version, loadOptions)).get(categories[0]!);
      if (feedId !== undefined) {
        params[version === '3.0' ? 'taxonomy_term_id' : 'taxonomy_id'] = feedId;
        serverCategory = true;
      }
    }
    let path = '/services';
    let serverRadius = false;
    if (query.postcode && query.radiusMiles !== undefined) {
      if (version === '1.0' || !salMissing) {
        params['postcode'] = query.postcode;
        params['proximity'] = Math.round(query.radiusMiles * METRES_PER_MILE);
        path = version === '3.0' ? '/service_at_locations' : '/services';
        serverRadius = true;
      }
    }
    const clientFilters = hasClientFilters(query, serverCategory, serverRadius);

    const fetchPage = async (n: number, size: number, before = (n - 1) * size): Promise<{ records: unknown[]; listed: number; totalItems?: number; last: boolean }> => {
      let result;
      try {
        result = await feed.page(path, { ...params, page: n, per_page: size }, loadOptions);
      } catch (error) {
        if (path !== '/service_at_locations' || !(error instanceof ContentSourceError) || error.kind !== 'not-found') throw error;
        // Optional in 3.0: without it, distance is worked out on the client from the venues.
        salMissing = true;
        throw new RetryWithout();
      }
      const records = path === '/service_at_locations' ? servicesOfSals(result.items) : result.items;
      const seenAll = isLastPage(result, n, size, before + result.items.length);
      return { records: await feed.complete(records, loadOptions, issues, locale), listed: result.items.length, ...(result.totalItems === undefined ? {} : { totalItems: result.totalItems }), last: seenAll };
    };

    let records: unknown[];
    let total: number | undefined;
    let complete = true;
    let lastPage = true;
    try {
      if (!clientFilters) {
        const one = await fetchPage(page, pageSize);
        records = one.records;
        total = one.totalItems;
        lastPage = one.last;
        // A feed that gives no total: what is known so far, and one more page while there may be more.
        if (total === undefined) {
          total = (page - 1) * pageSize + one.listed;
          complete = one.last;
        }
      } else {
        records = [];
        const scanPages = Math.max(1, options.scanPages ?? 2);
        const scanSize = Math.max(1, Math.min(options.scanPageSize ?? 50, 100));
        complete = false;
        for (let n = 1, listed = 0; n <= scanPages; n++) {
          const next = await fetchPage(n, scanSize, listed);
          listed += next.listed;
          records.push(...next.records);
          if (next.last) {
            complete = true;
            break;
          }
        }
      }
    } catch (error) {
      if (error instanceof RetryWithout) return search(query, searchOptions);
      throw error;
    }

    const content = buildFromRecords(records, feed.where, locale, SERVICE_REGISTRY);
    issues.push(...content.issues);
    const order = [...new Set(content.serviceIds)];
    // The same documents the in-page index is built from: one rule for what a service is to search.
    const resolved = new Map((serviceSearchResolver.resolve(content.set)?.documents ?? []).map((doc) => [doc.id, doc]));
    const documents = order.map((id) => resolved.get(id)).filter((doc): doc is SearchDocument => doc !== undefined);
    const origin = query.origin;
    const distance = (doc: SearchDocument): number | undefined => (origin && doc.positions.length ? Math.min(...doc.positions.map((p) => distanceMiles(origin, p))) : undefined);
    const matchesAll = (doc: SearchDocument): boolean => matches(doc, query, { serverCategory, serverRadius, distance: distance(doc) });
    let matched = documents.filter(matchesAll);
    const sort = query.sort ?? (query.text ? 'relevance' : origin ? 'distance' : 'relevance');
    if (sort === 'distance' && origin) matched = [...matched].sort((a, b) => (distance(a) ?? Infinity) - (distance(b) ?? Infinity));
    if (sort === 'name') matched = [...matched].sort((a, b) => a.name.localeCompare(b.name, locale));

    const shown = clientFilters ? matched.slice((page - 1) * pageSize, page * pageSize) : matched;
    const count = clientFilters ? matched.length : (total ?? matched.length);
    const hits = shown.map((doc, index) => {
      const d = distance(doc);
      return { id: doc.id, score: shown.length - index, ...(d === undefined ? {} : { distanceMiles: Math.round(d * 10) / 10 }) };
    });
    const wanted = new Set(hits.map((hit) => hit.id));
    return {
      total: count,
      page,
      pageCount: Math.max(1, Math.ceil(count / pageSize), lastPage ? 0 : page + 1),
      hits,
      facets: facets(documents, query, { serverCategory, serverRadius, distance }),
      // Counted over what this answer fetched (one page, or the window), never the whole feed.
      facetScope: 'fetched',
      set: onlyServices(content.set, wanted),
      issues,
      complete,
    };
  }

  async function services(ids: readonly string[], lookUpOptions: { readonly signal?: AbortSignal } = {}): Promise<{ set: ContentSet; issues: ContentIssue[] }> {
    const loadOptions: LoadOptions = lookUpOptions.signal ? { signal: lookUpOptions.signal } : {};
    await feed.version(loadOptions);
    const issues: ContentIssue[] = [];
    const bare = ids.filter((id) => id.startsWith(SERVICE_PREFIX)).map((id) => ({ id: id.slice(SERVICE_PREFIX.length) }));
    // complete() keeps the bare id of a record it could not fetch: those are left out, not shown nameless.
    const records = (await feed.complete(bare, loadOptions, issues, locale, 'always')).filter((record, index) => record !== bare[index]);
    const content = buildFromRecords(records, feed.where, locale, SERVICE_REGISTRY);
    return { set: content.set, issues: [...issues, ...content.issues] };
  }

  return { search, categoryGroups, services };
}

/** Thrown inside a search when the engine learnt the feed has no `/service_at_locations`: it searches again without it. */
class RetryWithout extends Error {}

/** ORUK 3.0 `/service_at_locations` items as service records carrying the venue they were found at. */
function servicesOfSals(items: readonly unknown[]): unknown[] {
  const byService = new Map<string, Record<string, unknown>>();
  for (const item of items) {
    const service = pick(item, 'service');
    const id = idOf(pick(service, 'id')) ?? idOf(pick(item, 'service_id'));
    if (id === undefined) continue;
    const record = byService.get(id) ?? { ...(isObject(service) ? service : {}), id };
    if (!byService.has(id)) byService.set(id, record);
    // The list's services are one-to-one fields only: the full record comes from /services/{id}.
    delete record['service_at_locations'];
  }
  return [...byService.values()];
}

function isTopLevel(categoryId: string): boolean {
  return categoryId.startsWith('tax-') && TOP_LEVEL.has(categoryId);
}
const TOP_LEVEL: ReadonlySet<string> = new Set(DFE_TAXONOMY.map((category) => taxonomyTermId(category.name)));

function hasClientFilters(query: SearchQuery, serverCategory: boolean, serverRadius: boolean): boolean {
  return Boolean(
    query.stages?.length ||
      query.days?.length ||
      query.freeOnly ||
      query.deliveryModes?.length ||
      query.languages?.length ||
      (query.categories?.length && !serverCategory) ||
      (query.radiusMiles !== undefined && query.origin && !serverRadius),
  );
}

interface MatchContext {
  readonly serverCategory: boolean;
  readonly serverRadius: boolean;
  readonly distance: number | undefined;
}

type Facet = 'categories' | 'stages' | 'days' | 'deliveryModes' | 'languages' | 'free';

function matches(doc: SearchDocument, query: SearchQuery, context: MatchContext, except?: Facet): boolean {
  const any = <T>(wanted: readonly T[] | undefined, has: (value: T) => boolean): boolean => !wanted?.length || wanted.some(has);
  if (except !== 'categories' && !context.serverCategory && !any(query.categories, (id) => doc.categories.some((c) => c.id === id || c.parentId === id))) return false;
  if (except !== 'stages' && !any(query.stages, (stage) => forStage(doc, stage))) return false;
  if (except !== 'days' && !any(query.days, (day) => doc.days.includes(day))) return false;
  if (except !== 'deliveryModes' && !any(query.deliveryModes, (mode) => doc.deliveryModes.includes(mode))) return false;
  if (except !== 'languages' && !any(query.languages, (code) => doc.languages.includes(code))) return false;
  if (except !== 'free' && query.freeOnly && !doc.isFree) return false;
  if (!context.serverRadius && query.radiusMiles !== undefined && query.origin && (context.distance === undefined || context.distance > query.radiusMiles)) return false;
  return true;
}

function forStage(doc: SearchDocument, stage: AgeStage): boolean {
  if (stage === 'pregnancy') return doc.forPregnancy === true;
  const [from, to] = AGE_STAGE_RANGES[stage];
  return (doc.minimumAge ?? 0) < to && (doc.maximumAge ?? Infinity) >= from;
}

function facets(documents: readonly SearchDocument[], query: SearchQuery, context: Omit<MatchContext, 'distance'> & { distance: (doc: SearchDocument) => number | undefined }): SearchFacets {
  const counts = (facet: Facet, values: (doc: SearchDocument) => readonly string[]): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const doc of documents) {
      if (!matches(doc, query, { ...context, distance: context.distance(doc) }, facet)) continue;
      for (const value of new Set(values(doc))) out[value] = (out[value] ?? 0) + 1;
    }
    return out;
  };
  const stages = (doc: SearchDocument): AgeStage[] => (['pregnancy', ...Object.keys(AGE_STAGE_RANGES)] as AgeStage[]).filter((stage) => forStage(doc, stage));
  return {
    categories: counts('categories', (doc) => doc.categories.flatMap((c) => (c.parentId ? [c.id, c.parentId] : [c.id]))),
    stages: counts('stages', stages),
    days: counts('days', (doc) => doc.days),
    deliveryModes: counts('deliveryModes', (doc) => doc.deliveryModes),
    languages: counts('languages', (doc) => doc.languages),
    free: documents.filter((doc) => doc.isFree && matches(doc, query, { ...context, distance: context.distance(doc) }, 'free')).length,
  };
}

/** The feed's terms as two-level groups: each top-level category (by label) with its sub-categories. */
function categoryGroupsOf(terms: readonly FeedTerm[], locale: string): CategoryGroup[] {
  const known = new Map(terms.map((term) => [term.feedId, term]));
  const entries = new Map<string, { name: string; parent?: string }>();
  for (const term of terms) {
    for (const entry of termEntries(term, known)) {
      const { name, parent } = entry.fields as { name?: unknown; parent?: unknown };
      if (typeof name === 'string') entries.set(entry.id, { name, ...(typeof parent === 'string' ? { parent } : {}) });
    }
  }
  const groups = new Map<string, { id: string; label: string; children: { id: string; label: string; parentId: string }[] }>();
  for (const [id, entry] of entries) if (!entry.parent || !entries.has(entry.parent)) groups.set(id, { id, label: entry.name, children: [] });
  for (const [id, entry] of entries) if (entry.parent && groups.has(entry.parent)) groups.get(entry.parent)!.children.push({ id, label: entry.name, parentId: entry.parent });
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  return [...groups.values()].map((group) => ({ ...group, children: group.children.sort(byLabel) })).sort(byLabel);
}

/** The set with only the services in `ids` (their linked entries stay). */
function onlyServices(set: ContentSet, ids: ReadonlySet<string>): ContentSet {
  const services = Object.fromEntries(Object.entries(set.entities.service ?? {}).filter(([id]) => ids.has(id)));
  return { ...set, entities: { ...set.entities, service: services } };
}
