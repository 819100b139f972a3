/**
 * The service search's contract: what a search engine indexes, what a family asks and what comes
 * back. The in-browser engine (an index over the council's content) and the server-side engine
 * (an Open Referral UK API's own query parameters) both implement {@link ServiceSearchEngine}, so
 * the widget has one UI over either.
 */
import type { ContentSet } from '../content-set.js';
import type { GeoPoint } from '../model/definition/index.js';
import type { DeliveryMode, Weekday } from '../model/vocabularies.js';

// The model's vocabularies, named here too so an engine needs only this contract.
export type { DeliveryMode, Weekday };

/** The age or life stages a family can filter by. */
export const AGE_STAGES = ['pregnancy', 'months0to12', 'years1to2', 'years3to5', 'years6to11', 'years12to15', 'years16to18', 'years19to25'] as const;

/** A child's age or life stage. */
export type AgeStage = (typeof AGE_STAGES)[number];

/** A category of a service, with its parent when it is a sub-category (the national taxonomy has two levels). */
export interface SearchCategory {
  readonly id: string;
  readonly label: string;
  /** The top-level category's id, for a sub-category. */
  readonly parentId?: string;
}

/** One service as the search sees it: plain text and the values filters and facets read. */
export interface SearchDocument {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  /** The description as plain text. */
  readonly description?: string;
  /** The name of the organisation that runs it. */
  readonly organisation?: string;
  readonly categories: readonly SearchCategory[];
  /** Youngest age in years (decimals allowed: 0.5 is six months); none means no lower limit. */
  readonly minimumAge?: number;
  /** Oldest age in years; none means no upper limit. */
  readonly maximumAge?: number;
  readonly forPregnancy?: boolean;
  readonly isFree: boolean;
  /** Days it runs, from its schedules; empty when it has no set days. */
  readonly days: readonly Weekday[];
  readonly deliveryModes: readonly DeliveryMode[];
  /** ISO 639-1 codes. */
  readonly languages: readonly string[];
  /** Where it runs; sensitive venues are already rounded. Empty for online or phone services. */
  readonly positions: readonly GeoPoint[];
}

/** What a family asks. Every part is optional; an empty query lists everything. */
export interface SearchQuery {
  /** Free text, as typed (typos and prefixes forgiven). */
  readonly text?: string;
  /** Where distances are measured from (a geocoded postcode or the browser's position). */
  readonly origin?: GeoPoint;
  /**
   * The postcode `origin` was geocoded from, when the family typed one. Server-side engines whose
   * API searches by postcode (Open Referral UK's `postcode` and `proximity`) send it; the in-page
   * index ignores it.
   */
  readonly postcode?: string;
  /** Only services with a venue within this many miles of `origin` (services with no venue are kept only without a radius). */
  readonly radiusMiles?: number;
  /** Category ids; a top-level id matches its sub-categories. A service matches when it has any of them. */
  readonly categories?: readonly string[];
  /** A service matches when it is for any of these stages. */
  readonly stages?: readonly AgeStage[];
  readonly freeOnly?: boolean;
  /** A service matches when it runs on any of these days. */
  readonly days?: readonly Weekday[];
  readonly deliveryModes?: readonly DeliveryMode[];
  /** ISO 639-1 codes; a service matches when it is delivered in any of them. */
  readonly languages?: readonly string[];
  /** `relevance` (the default with text) or `distance` (the default with an origin and no text). */
  readonly sort?: 'relevance' | 'distance' | 'name';
  /** 1-based page number. */
  readonly page?: number;
  readonly pageSize?: number;
}

/** One result. */
export interface SearchHit {
  readonly id: string;
  /** Higher is better; only comparable within one result list. */
  readonly score: number;
  /** Miles from the query's origin to the nearest venue, when both are known. */
  readonly distanceMiles?: number;
}

/**
 * Counts of matching services per filter value. Each facet's counts apply every other filter but
 * its own, so a family sees how many they would get by ticking one more box.
 */
export interface SearchFacets {
  readonly categories: Readonly<Record<string, number>>;
  readonly stages: Readonly<Partial<Record<AgeStage, number>>>;
  readonly days: Readonly<Partial<Record<Weekday, number>>>;
  readonly deliveryModes: Readonly<Partial<Record<DeliveryMode, number>>>;
  readonly languages: Readonly<Record<string, number>>;
  /** How many matching services are free. */
  readonly free: number;
}

/** One page of results. */
export interface SearchResults {
  /** Matching services across all pages. */
  readonly total: number;
  readonly page: number;
  readonly pageCount: number;
  readonly hits: readonly SearchHit[];
  readonly facets: SearchFacets;
  /**
   * The hits' services, validated, with what they link to: from engines whose services are not in
   * the page's content (a server-side search over a directory too big to load). The widget shows
   * hits from here when its own content does not have them.
   */
  readonly set?: ContentSet;
  /**
   * False when `total` is a lower bound: a server-side engine filtered only part of the directory
   * (see `OrukSearchResults`). Absent means true.
   */
  readonly complete?: boolean;
  /**
   * What the facet counts cover: `all` matches (absent means this), or only the services this
   * answer `fetched` (a server-side engine's page or window), so they are not totals to show.
   */
  readonly facetScope?: 'all' | 'fetched';
}

/** Something that answers searches: an index in the page (or a worker), or a server's API. */
export interface ServiceSearchEngine {
  search(query: SearchQuery, options?: { readonly signal?: AbortSignal }): Promise<SearchResults>;
  /**
   * The categories to offer as filters, for an engine over services the page's content does not
   * have (a server-side search). Optional: without it the filters list the content's categories.
   */
  categoryGroups?(options?: { readonly signal?: AbortSignal }): Promise<readonly SearchCategoryGroup[]>;
  /**
   * The services with these ids, for an engine over services the page's content does not have, so
   * a stable link (`?service=ID`) opens one no search has shown yet. Optional.
   */
  services?(ids: readonly string[], options?: { readonly signal?: AbortSignal }): Promise<{ readonly set: ContentSet }>;
}

/** A top-level category and its sub-categories, as the filters show them. */
export interface SearchCategoryGroup {
  readonly id: string;
  readonly label: string;
  readonly children: readonly SearchCategory[];
}
