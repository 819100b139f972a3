/**
 * A loopback HTTP server that speaks like an Open Referral UK feed, serving fixture files from
 * `test/fixtures/oruk-feeds/`, or any answer a test sets, and recording every request it gets.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../fixtures/oruk-feeds/', import.meta.url);

/** A fixture file's text. */
export function fixtureText(path: string): string {
  return readFileSync(new URL(path, FIXTURES), 'utf8');
}

/** A feed as data: `root` for `GET /` (`null`: 404), list pages in order, details by id. */
export interface FeedFixture {
  readonly root: unknown;
  readonly pages: readonly unknown[];
  readonly details: Readonly<Record<string, unknown>>;
  /** `/service_at_locations` pages; absent: 404. */
  readonly sal?: readonly unknown[];
  /** `/taxonomy_terms` (v1 `/taxonomies`) answer; absent: 404. */
  readonly terms?: unknown;
}

/** One of the quirk feeds. */
export function quirkFeed(name: string): FeedFixture {
  return JSON.parse(fixtureText(`quirks/${name}.json`)) as FeedFixture;
}

/** One of the validator's mock feeds, routed as the validator routes it. */
export function mockFeed(folder: 'mock-default' | 'mock-fail'): FeedFixture {
  const read = (file: string): unknown => JSON.parse(fixtureText(`${folder}/${file}.json`));
  const full = read('service_full');
  return { root: read('api_details'), pages: [read('service_list')], details: new Proxy({}, { get: () => full, has: () => true }) };
}

/** A request the server got. */
export interface SeenRequest {
  readonly path: string;
  readonly params: URLSearchParams;
}

/** Handles one request itself (return true) or leaves it to the fixture. */
export type Override = (path: string, params: URLSearchParams, res: ServerResponse, req: IncomingMessage) => boolean;

/** A running feed server. */
export interface FeedServer {
  url: string;
  readonly requests: SeenRequest[];
  feed: FeedFixture;
  override: Override | undefined;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
  res.end(JSON.stringify(body));
};

/** Starts a server on 127.0.0.1 at a free port. */
export async function startFeedServer(feed: FeedFixture): Promise<FeedServer> {
  const state: FeedServer = {
    url: '',
    requests: [],
    feed,
    override: undefined,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/^\/api/, '') || '/';
    state.requests.push({ path, params: url.searchParams });
    if (state.override?.(path, url.searchParams, res, req)) return;
    const { root, pages, details, sal, terms } = state.feed;
    if (path === '/' || path === '') return root === null || root === undefined ? json(res, 404, { message: 'Not found' }) : json(res, 200, root);
    if (path === '/services') {
      // v1 Spring feeds count pages from 0 in `number`, but are asked with page=1 like the rest.
      const page = Number(url.searchParams.get('page') ?? '1');
      return json(res, 200, pages[page - 1] ?? { contents: [], total_items: 0, total_pages: pages.length });
    }
    const detail = /^\/services\/([^/]+)$/.exec(path);
    if (detail) {
      const id = decodeURIComponent(detail[1]!);
      return id in details ? json(res, 200, details[id]) : json(res, 404, { message: 'No such service' });
    }
    if (path === '/service_at_locations' && sal) return json(res, 200, sal[Number(url.searchParams.get('page') ?? '1') - 1] ?? { contents: [] });
    if ((path === '/taxonomy_terms' || path === '/taxonomies') && terms) return json(res, 200, terms);
    return json(res, 404, { message: 'Not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return state;
}
