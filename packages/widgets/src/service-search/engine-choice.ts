/**
 * Which engine a service search uses: the one a script gave it; else, when the page's
 * `<fh-content-source>` names an Open Referral UK feed searched on the server (`search="server"`,
 * or `auto` over a feed larger than `search-threshold`), the feed's own search; else the index
 * built in the page. The feed code is downloaded only by pages that search a feed on the server.
 */
import type { OrukFeedConfig, ServiceSearchContent, ServiceSearchEngine } from '@family-hubs/content';
import type { SearchEngineHost } from './engine.js';
import { loadOwnEngines } from './own-engines.js';
import { serverFeed } from './server-feed.js';


/** The engine, and whether it searches a server (whose facet counts and totals may be partial). */
export interface ChosenEngine {
  readonly engine: ServiceSearchEngine;
  /** True for an engine that answers from a server, so it needs a connection for every search. */
  readonly remote: boolean;
}

/** One ORUK engine per document and feed, so its cached taxonomy and version are shared. */
const serverEngines = new WeakMap<Document, Map<string, Promise<ServiceSearchEngine>>>();

/**
 * The engine for `host` over `content`. `given` is the element's `engine` property;
 * `pageSource` is false when the element reads a `contentClient` given by script (then the page's
 * `<fh-content-source>` does not describe its content); `locale` is the page's language, for the
 * services a server-side engine hands back.
 */
export async function chooseEngine(host: Element & SearchEngineHost, content: ServiceSearchContent, given: ServiceSearchEngine | undefined, pageSource: boolean, locale: string): Promise<ChosenEngine> {
  // An engine from a script may be anything: never promise it works offline.
  if (given) return { engine: given, remote: true };
  const oruk = serverFeed(host, pageSource);
  if (!oruk) return { engine: (await loadOwnEngines()).inPageEngine(content, host), remote: false };
  try {
    const { orukSearchPlace } = await import('@family-hubs/content/oruk');
    // The content source asked the same question (the answer is kept for the page), so this sends nothing more.
    if ((await orukSearchPlace(oruk)) === 'server') return { engine: await serverEngine(host.ownerDocument, oruk, locale), remote: true };
  } catch {
    // The feed could not say how big it is: search the content the page has (its fallback, if any).
  }
  return { engine: (await loadOwnEngines()).inPageEngine(content, host), remote: false };
}

function serverEngine(document: Document, feed: OrukFeedConfig, pageLocale: string): Promise<ServiceSearchEngine> {
  let byFeed = serverEngines.get(document);
  if (!byFeed) {
    byFeed = new Map();
    serverEngines.set(document, byFeed);
  }
  const key = `${feed.url} ${pageLocale}`;
  let engine = byFeed.get(key);
  if (!engine) {
    engine = import('@family-hubs/content/oruk').then(({ createOrukSearchEngine }) =>
      createOrukSearchEngine({ url: feed.url, locale: pageLocale, ...(feed.timeoutMs === undefined ? {} : { timeoutMs: feed.timeoutMs }) }),
    );
    byFeed.set(key, engine);
  }
  return engine;
}
