/**
 * The documents of an ORUK 3.0 feed: `GET /` (which standard), `GET /services` (pages), and
 * `GET /services/{id}` (one service, fully nested), which ORUK requires, and the optional
 * `/taxonomy_terms` and `/taxonomies`, which readers use to offer and filter by category. Used by the CLI's static feed and the demo
 * server alike, so both answer the same.
 */
import { listEntities, type ContentSet } from '../content-set.js';
import { costOptionType } from '../model/cost-option.js';
import { createRegistry, type ContentIssue, type ContentRegistry } from '../model/index.js';
import { locationType } from '../model/location.js';
import { organisationType } from '../model/organisation.js';
import { scheduleType } from '../model/schedule.js';
import { serviceAtLocationType } from '../model/service-at-location.js';
import { serviceType } from '../model/service.js';
import { taxonomyTermType } from '../model/taxonomy-term.js';
import type { ContentQuery } from '../sources/source.js';
import { toOrukService } from './map-service.js';
import { toOrukTaxonomyTerm } from './map-taxonomy.js';
import type { OrukApiDetails, OrukPage, OrukService, OrukTaxonomy, OrukTaxonomyTerm } from './types.js';

/** The version `GET /` reports; the ORUK validator reads it to pick the 3.0 checks. */
export const ORUK_VERSION = 'HSDS-UK-3.0';
/** The UK profile of HSDS 3.0. */
export const ORUK_PROFILE_URL = 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md';
/** The ORUK 3.0 OpenAPI definition the feed follows. */
export const ORUK_OPENAPI_URL = 'https://openreferraluk.org/specifications/3.0/openapi.json';
/** Services per page when a reader does not say (`per_page`). */
export const DEFAULT_PAGE_SIZE = 50;
/** The most services a page holds, whatever a reader asks for. */
export const MAX_PAGE_SIZE = 500;

/** `GET /`. */
export function orukApiDetails(): OrukApiDetails {
  return { version: ORUK_VERSION, profile: ORUK_PROFILE_URL, openapi_url: ORUK_OPENAPI_URL };
}

/** Every published service of an export, and what could not be exported. */
export interface OrukExport {
  /** In feed order: by name, then by id, so pages read alphabetically and do not reshuffle between runs. */
  readonly services: readonly OrukService[];
  /** One error per service that could not be mapped; the rest are exported. */
  readonly issues: readonly ContentIssue[];
}

/**
 * The services of `set` as ORUK services. Inactive services are left out: editors mark a service
 * inactive to take it off the directory, and a feed is the directory for other sites.
 */
export function exportOrukServices(set: ContentSet): OrukExport {
  const services: OrukService[] = [];
  const issues: ContentIssue[] = [];
  const listed = listEntities(set, 'service')
    .filter((service) => service.status !== 'inactive')
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const service of listed) {
    try {
      services.push(toOrukService(set, service));
    } catch (error) {
      // The model is validated, so this is a bug; one service must still not stop the feed.
      issues.push({
        entryId: service.id,
        contentType: 'service',
        path: [],
        message: `"${service.name}" could not be exported to the ORUK feed (${(error as Error).message}); the other services were`,
        severity: 'error',
        code: 'invalid-entity',
      });
    }
  }
  return { services, issues };
}

/** How many pages `total` items fill at `size` per page (0 when there are none). */
export function pageCount(total: number, size: number): number {
  return Math.ceil(total / size);
}

/**
 * Page `page` (from 1) of `items` at `size` per page, in the ORUK envelope. A page past the end
 * is empty but still says how many there are, so a reader can stop.
 */
export function orukPage<T>(items: readonly T[], page: number, size: number): OrukPage<T> {
  if (!Number.isSafeInteger(page) || page < 1) throw new RangeError(`page must be a whole number from 1, not ${page}`);
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`size must be a whole number from 1, not ${size}`);
  const totalPages = pageCount(items.length, size);
  const contents = items.slice((page - 1) * size, page * size);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** The content types a feed is made of: services and everything they link to that the feed shows, and every category. */
export const ORUK_EXPORT_REGISTRY: ContentRegistry = createRegistry([serviceType, organisationType, locationType, serviceAtLocationType, scheduleType, taxonomyTermType, costOptionType]);

/** The query that loads what {@link exportOrukServices} needs, from any content source. */
export function orukExportQuery(locale: string): ContentQuery {
  return { types: ['service', 'taxonomyTerm'], registry: ORUK_EXPORT_REGISTRY, locale };
}

/** The `/services` filters of the ORUK 3.0 API that a served (not static) feed can apply. */
export interface OrukServiceFilter {
  /** Words that must all appear in the name or description (any case). */
  readonly search?: string;
  /** Only services in this category (by the term's ORUK id), or in a category under it. */
  readonly taxonomyTermId?: string;
  /** Only services in a category of this taxonomy (by its ORUK id). */
  readonly taxonomyId?: string;
  /** Only services of this organisation (by its ORUK id). */
  readonly organizationId?: string;
}

/** The services that match `filter`, in the same order. */
export function filterOrukServices(services: readonly OrukService[], filter: OrukServiceFilter): OrukService[] {
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return services.filter((service) => {
    const terms = (service.attributes ?? []).map((a) => a.taxonomy_term);
    if (filter.taxonomyTermId && !terms.some((t) => t.id === filter.taxonomyTermId || t.parent_id === filter.taxonomyTermId)) return false;
    if (filter.taxonomyId && !terms.some((t) => t.taxonomy_id === filter.taxonomyId)) return false;
    if (filter.organizationId && service.organization_id !== filter.organizationId) return false;
    const text = `${service.name}\n${service.description ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** Every category of `set` as an ORUK taxonomy term (`GET /taxonomy_terms`), by name then id. */
export function exportOrukTaxonomyTerms(set: ContentSet): OrukTaxonomyTerm[] {
  return listEntities(set, 'taxonomyTerm')
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((term) => toOrukTaxonomyTerm(set, term));
}

/** The taxonomies the categories of `set` belong to (`GET /taxonomies`), by name. */
export function exportOrukTaxonomies(set: ContentSet): OrukTaxonomy[] {
  const byId = new Map<string, OrukTaxonomy>();
  for (const term of exportOrukTaxonomyTerms(set)) if (term.taxonomy_detail) byId.set(term.taxonomy_detail.id, term.taxonomy_detail);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The `/taxonomy_terms` filters of the ORUK 3.0 API that a served feed can apply. */
export interface OrukTermFilter {
  /** Words that must all appear in the term's name (any case). */
  readonly search?: string;
  readonly taxonomyId?: string;
  readonly parentId?: string;
}

/** The terms that match `filter`, in the same order. */
export function filterOrukTaxonomyTerms(terms: readonly OrukTaxonomyTerm[], filter: OrukTermFilter): OrukTaxonomyTerm[] {
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return terms.filter(
    (term) =>
      (!filter.taxonomyId || term.taxonomy_id === filter.taxonomyId) &&
      (!filter.parentId || term.parent_id === filter.parentId) &&
      words.every((word) => term.name.toLowerCase().includes(word)),
  );
}

/** Everything a feed serves: its services, categories and taxonomies. */
export interface OrukFeed {
  readonly services: readonly OrukService[];
  readonly taxonomyTerms: readonly OrukTaxonomyTerm[];
  readonly taxonomies: readonly OrukTaxonomy[];
  /** What could not be exported (see {@link exportOrukServices}). */
  readonly issues: readonly ContentIssue[];
}

/** The whole feed of `set`. */
export function exportOrukFeed(set: ContentSet): OrukFeed {
  const { services, issues } = exportOrukServices(set);
  return { services, taxonomyTerms: exportOrukTaxonomyTerms(set), taxonomies: exportOrukTaxonomies(set), issues };
}
