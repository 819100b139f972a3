/**
 * The demo's ORUK 3.0 feed at `/oruk/`: the sample council's published services, served as a
 * council's ORUK API would be, on the paths the ORUK 3.0 OpenAPI names (`/`, `/services`,
 * `/services/{id}`, and the optional `/service_at_locations`, `/taxonomy_terms`, `/taxonomies` and
 * their `/{id}`) under the `/oruk` prefix, public with `Access-Control-Allow-Origin: *`. Unlike
 * the static feed `family-hubs oruk` writes, it honours `page`, `per_page` and the filters: on
 * `/services` and `/service_at_locations` `search` (or v1's `text`), `taxonomy_term_id`,
 * `taxonomy_id` and `organization_id`, and on `/service_at_locations` also `postcode` and `proximity` (metres from the
 * postcode, nearest first); on `/taxonomy_terms` `search`, `taxonomy_id` and `parent_id`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  DEFAULT_PAGE_SIZE,
  exportOrukServiceAtLocations,
  filterOrukServices,
  filterOrukTaxonomyTerms,
  MAX_PAGE_SIZE,
  nearOrukServiceAtLocations,
  orukApiDetails,
  orukPage,
  type OrukFeed,
  type OrukPoint,
} from '@family-hubs/content/oruk-export';

/** Where the demo serves its ORUK feed. */
export const ORUK_PREFIX = '/oruk';

const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS', 'Access-Control-Allow-Headers': 'Accept, Content-Type' };

function send(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  const text = Buffer.from(`${JSON.stringify(body)}\n`);
  res.writeHead(status, { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': text.length, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : text);
}

/** A whole number query parameter from 1, or `fallback` when absent; `undefined` when it is not one. */
function positive(params: URLSearchParams, name: string, fallback: number): number | undefined {
  const text = params.get(name);
  if (text === null || text === '') return fallback;
  return /^\d+$/.test(text) && Number(text) >= 1 ? Number(text) : undefined;
}

/** The value of query parameter `name` under the filter's key, when it is given. */
const param = <K extends string>(params: URLSearchParams, name: string, key: K): Partial<Record<K, string>> => {
  const value = params.get(name);
  return value ? ({ [key]: value } as Record<K, string>) : {};
};

/** A bad request: the message goes back as `{error}` with a 400. */
class BadRequest extends Error {}

/**
 * Answers `req` when it is for the ORUK feed; `feed` is built on first use, `locate` finds a
 * postcode's centroid. Returns false for other paths.
 */
export function handleOruk(req: IncomingMessage, res: ServerResponse, feed: () => OrukFeed, locate: (postcode: string) => OrukPoint | undefined): boolean {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname.replace(/\/+$/, '');
  if (path !== ORUK_PREFIX && !path.startsWith(`${ORUK_PREFIX}/`)) return false;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS);
    res.end();
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...CORS, Allow: 'GET, HEAD, OPTIONS', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed');
    return true;
  }
  const route = path.slice(ORUK_PREFIX.length);
  if (route === '') {
    send(req, res, 200, orukApiDetails());
    return true;
  }
  const params = url.searchParams;
  const services = () =>
    filterOrukServices(feed().services, {
      // `text` is ORUK v1's spelling of `search`; readers written for either find the same services.
      ...param(params, 'text', 'search'),
      ...param(params, 'search', 'search'),
      ...param(params, 'taxonomy_term_id', 'taxonomyTermId'),
      ...param(params, 'taxonomy_id', 'taxonomyId'),
      ...param(params, 'organization_id', 'organizationId'),
    });
  const lists: Record<string, () => readonly { readonly id: string }[]> = {
    '/services': services,
    '/service_at_locations': () => {
      const items = exportOrukServiceAtLocations(services());
      const postcode = params.get('postcode')?.trim();
      if (!postcode) return items;
      const origin = locate(postcode);
      if (!origin) throw new BadRequest(`We could not find the postcode ${postcode}`);
      const proximity = params.get('proximity');
      if (proximity !== null && !/^\d+(\.\d+)?$/.test(proximity)) throw new BadRequest('proximity must be a distance in metres');
      return nearOrukServiceAtLocations(items, origin, proximity === null ? Number.POSITIVE_INFINITY : Number(proximity));
    },
    '/taxonomy_terms': () => filterOrukTaxonomyTerms(feed().taxonomyTerms, { ...param(params, 'search', 'search'), ...param(params, 'taxonomy_id', 'taxonomyId'), ...param(params, 'parent_id', 'parentId') }),
    '/taxonomies': () => feed().taxonomies,
  };
  const list = Object.hasOwn(lists, route) ? lists[route] : undefined;
  if (list) {
    const page = positive(params, 'page', 1);
    const perPage = positive(params, 'per_page', DEFAULT_PAGE_SIZE);
    if (page === undefined || perPage === undefined) {
      send(req, res, 400, { error: 'page and per_page must be whole numbers from 1' });
      return true;
    }
    try {
      send(req, res, 200, orukPage(list(), page, Math.min(perPage, MAX_PAGE_SIZE)));
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error;
      send(req, res, 400, { error: error.message });
    }
    return true;
  }
  const match = /^\/(services|service_at_locations|taxonomy_terms|taxonomies)\/([^/]+)$/.exec(route);
  const collections = { services: () => feed().services, service_at_locations: () => exportOrukServiceAtLocations(feed().services), taxonomy_terms: () => feed().taxonomyTerms, taxonomies: () => feed().taxonomies };
  const records: readonly { readonly id: string }[] = match ? collections[match[1] as keyof typeof collections]() : [];
  const record = match ? records.find((r) => r.id === decodeURIComponent(match[2]!).toLowerCase()) : undefined;
  if (record) send(req, res, 200, record);
  else send(req, res, 404, { error: match ? 'Nothing has this id' : 'Not an ORUK 3.0 endpoint of this feed: try /oruk/, /oruk/services, /oruk/services/{id}, /oruk/service_at_locations, /oruk/taxonomy_terms or /oruk/taxonomies' });
  return true;
}
