/**
 * The demo's ORUK 3.0 feed at `/oruk/`: the sample council's published services, served as a
 * council's ORUK API would be, on the paths the ORUK 3.0 OpenAPI names (`/`, `/services`,
 * `/services/{id}`) under the `/oruk` prefix, public with `Access-Control-Allow-Origin: *`.
 * Unlike the static feed `family-hubs oruk` writes, it honours `page`, `per_page` and the
 * `/services` filters (`search`, `taxonomy_term_id`, `taxonomy_id`, `organization_id`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_PAGE_SIZE, filterOrukServices, MAX_PAGE_SIZE, orukApiDetails, orukPage, type OrukService } from '@family-hubs/content/oruk-export';

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

/** Answers `req` when it is for the ORUK feed; `services` is built on first use. Returns false for other paths. */
export function handleOruk(req: IncomingMessage, res: ServerResponse, services: () => readonly OrukService[]): boolean {
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
  if (route === '/services') {
    const params = url.searchParams;
    const page = positive(params, 'page', 1);
    const perPage = positive(params, 'per_page', DEFAULT_PAGE_SIZE);
    if (page === undefined || perPage === undefined) {
      send(req, res, 400, { error: 'page and per_page must be whole numbers from 1' });
      return true;
    }
    const matching = filterOrukServices(services(), {
      ...(params.get('search') ? { search: params.get('search')! } : {}),
      ...(params.get('taxonomy_term_id') ? { taxonomyTermId: params.get('taxonomy_term_id')! } : {}),
      ...(params.get('taxonomy_id') ? { taxonomyId: params.get('taxonomy_id')! } : {}),
      ...(params.get('organization_id') ? { organizationId: params.get('organization_id')! } : {}),
    });
    send(req, res, 200, orukPage(matching, page, Math.min(perPage, MAX_PAGE_SIZE)));
    return true;
  }
  const match = /^\/services\/([^/]+)$/.exec(route);
  const service = match ? services().find((s) => s.id === decodeURIComponent(match[1]!).toLowerCase()) : undefined;
  if (service) send(req, res, 200, service);
  else send(req, res, 404, { error: match ? 'No service has this id' : 'Not an ORUK 3.0 endpoint of this feed: try /oruk/, /oruk/services or /oruk/services/{id}' });
  return true;
}
