/**
 * The request handler: routes `/spaces/{space}[/environments/{env}]/…` to the endpoints and
 * turns thrown ApiErrors into Contentful error responses. It returns false for paths it does
 * not own, so the CLI's demo server can mount it next to its own routes.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { apiByHost, authenticate, type ApiSelector } from './auth.js';
import {
  getContentType,
  getEntity,
  getSpace,
  listAssets,
  listContentTypes,
  listEntries,
  listLocales,
} from './collections.js';
import { ApiError, badRequest, methodNotAllowed, notFound } from './errors.js';
import type { SpaceExport } from './export-types.js';
import type { FailureHook } from './faults.js';
import { SpaceHistory } from './history.js';
import { reply, type Reply } from './http.js';
import { sync } from './sync.js';
import { ViewCache, type ApiMode, type ContentView } from './view.js';

export interface DeliveryApiOptions {
  space: SpaceExport;
  spaceId: string;
  /** Environment served under `/environments/{id}`; `/spaces/{id}/…` without one means master. */
  environment?: string;
  deliveryTokens: readonly string[];
  previewTokens: readonly string[];
  /** Delay before every response, to make loading states visible in the demo and tests. */
  latencyMs?: number;
  /** Consulted first on every request; a returned failure is sent instead of the real answer. */
  failNext?: FailureHook;
  /** Items per sync page when the client sends no `limit` (Contentful uses 100). */
  syncPageSize?: number;
  /** Path prefix to mount under, e.g. `/cms`; matches contentful.js's `basePath` option. */
  basePath?: string;
  /** Which API a request talks to. Default {@link apiByHost}: by Host header, as Contentful does. */
  apiFor?: ApiSelector;
}

/** A Node request listener that reports whether it handled the request. */
export interface DeliveryApiHandler {
  (req: IncomingMessage, res: ServerResponse): boolean;
  /** The export being served now. */
  readonly space: SpaceExport;
  /**
   * Serves a new export from the next request on. Sync tokens issued before stay valid and
   * deltas report what changed between the two exports, so editor workflows can be replayed.
   */
  setSpace(space: SpaceExport): void;
}

interface Route {
  spaceId: string;
  environment: string | undefined;
  resource: string[];
}

/** A path under `/spaces/` with a malformed `%` escape: ours to answer, with a 400. */
const MALFORMED = Symbol('malformed');

function parseRoute(path: string): Route | typeof MALFORMED | undefined {
  const raw = path.split('/').filter((segment) => segment !== '');
  if (raw[0] !== 'spaces') return undefined;
  let segments: string[];
  try {
    segments = raw.map(decodeURIComponent);
  } catch {
    return MALFORMED;
  }
  if (segments[1] === undefined) return undefined;
  if (segments[2] === 'environments' && segments[3] !== undefined) {
    return { spaceId: segments[1], environment: segments[3], resource: segments.slice(4) };
  }
  return { spaceId: segments[1], environment: undefined, resource: segments.slice(2) };
}

/** Creates the request handler for `options.space`. */
export function createDeliveryApi(options: DeliveryApiOptions): DeliveryApiHandler {
  const environment = options.environment ?? 'master';
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const history = new SpaceHistory(options.space);
  const views = new ViewCache({ spaceId: options.spaceId, environment });

  const answer = (req: IncomingMessage, route: Route, params: URLSearchParams): unknown => {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed();
    const mode: ApiMode = (options.apiFor ?? apiByHost)(req);
    authenticate(req, params, options, mode);
    if (route.spaceId !== options.spaceId) throw notFound({ type: 'Space', id: route.spaceId });
    if (route.environment !== undefined && route.environment !== environment) {
      throw notFound({ type: 'Environment', id: route.environment, space: route.spaceId });
    }
    const view: ContentView = views.get(history.current, mode);
    const [collection, id, ...extra] = route.resource;
    if (extra.length > 0) throw notFound();
    if (collection === undefined) {
      if (route.environment !== undefined) throw notFound();
      return getSpace(view, params);
    }
    if (id !== undefined) {
      if (collection === 'entries') return getEntity('Entry', view, id, params);
      if (collection === 'assets') return getEntity('Asset', view, id, params);
      if (collection === 'content_types') return getContentType(view, id, params);
      throw notFound();
    }
    switch (collection) {
      case 'entries':
        return listEntries(view, params);
      case 'assets':
        return listAssets(view, params);
      case 'content_types':
        return listContentTypes(view, params);
      case 'locales':
        return listLocales(view, params);
      case 'sync':
        // Sync is served on the Preview API too, drafts included. Contentful's Preview API page
        // says it "does not implement the Sync API", but the real service answers it: initial
        // sync on preview.contentful.com was added to contentful.java in 2016 (contentful/
        // contentful.java#126), Gatsby stores preview sync tokens since 2018 (gatsbyjs/gatsby#8814),
        // and Contentful said in 2023 it has "no plans to deprecate or remove the preview sync
        // API" (contentful/contentful.net#304). Refusing it here would make `family-hubs check
        // --preview` fail locally while it works against Contentful.
        return sync({ params, mode, history, views, baseUrl: environmentUrl(req, basePath, route), pageSize: options.syncPageSize ?? 100 });
      default:
        throw notFound();
    }
  };

  const handler = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (basePath !== '' && !url.pathname.startsWith(`${basePath}/`)) return false;
    const route = parseRoute(url.pathname.slice(basePath.length));
    if (!route) return false;

    const requestId = randomUUID();
    const send = (response: Reply): void =>
      reply(res, response, { requestId, latencyMs: options.latencyMs ?? 0, headOnly: req.method === 'HEAD' });
    // Preflights never carry credentials, so they are answered before authentication.
    if (req.method === 'OPTIONS') {
      send({ status: 204 });
      return true;
    }
    const failure = options.failNext?.(req);
    if (failure) {
      send(failure);
      return true;
    }
    if (route === MALFORMED) {
      const error = badRequest('The path of the request is not valid: it has a malformed percent-encoded character.');
      send({ status: error.status, body: error.toBody(requestId) });
      return true;
    }
    try {
      send({ status: 200, body: answer(req, route, url.searchParams) });
    } catch (error) {
      if (error instanceof ApiError) send({ status: error.status, body: error.toBody(requestId) });
      else send({ status: 500, body: { sys: { type: 'Error', id: 'ServerError' }, message: String(error), requestId } });
    }
    return true;
  };

  return Object.defineProperties(handler, {
    space: { get: () => history.current, enumerable: true },
    setSpace: { value: (space: SpaceExport) => history.replace(space), enumerable: true },
  }) as DeliveryApiHandler;
}

/** Absolute URL of the environment the request addressed, for sync's nextPageUrl/nextSyncUrl. */
function environmentUrl(req: IncomingMessage, basePath: string, route: Route): string {
  const protocol = (req.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http';
  const host = req.headers.host ?? 'localhost';
  const space = `${basePath}/spaces/${encodeURIComponent(route.spaceId)}`;
  return route.environment === undefined
    ? `${protocol}://${host}${space}`
    : `${protocol}://${host}${space}/environments/${encodeURIComponent(route.environment)}`;
}
