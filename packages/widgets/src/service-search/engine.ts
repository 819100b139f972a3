/**
 * The service search's own engine over a content snapshot: in a Web Worker where the page allows
 * one, in the page otherwise, loading the index prebuilt into the content pack when it matches and
 * building it when not. The index code is loaded on the first search, not with the widget, so the
 * search form is on screen (and usable) before it arrives, and pages without the search never
 * download it. One engine per snapshot (and worker setting), however many searches run.
 *
 * The worker is used only when its script is on the page's own origin: browsers refuse
 * `new Worker()` for a script from another origin, which is the case when the widgets load from a
 * CDN. Such a page can host a copy of the CDN's `service-search-worker.js` itself and name it in
 * the widget's `search-worker` attribute; `search-worker="off"` always searches in the page.
 */
import { findPackSearchIndexes, type ServiceSearchContent } from '@family-hubs/content';
import type { PrebuiltSearchIndexLocation, SearchDocument, SearchQuery, SearchResults, ServiceSearchEngine } from '@family-hubs/content/search';
import { CONTENT_SOURCE_TAG, readContentSourceConfig } from '../internal/page-content.js';
import { WorkerSearchEngine } from './worker-engine.js';

/** What the engine reads of the widget: its document (for the page's content packs) and its `search-worker` setting. */
export interface SearchEngineHost {
  readonly ownerDocument: Document;
  /** `off`, the address of a same-origin copy of the worker script, or empty for the widgets' own. */
  readonly searchWorker?: string | undefined;
}

const engines = new WeakMap<ServiceSearchContent, Map<string, ServiceSearchEngine>>();
/** A snapshot's worker stops when the snapshot is no longer used (a reload replaced it). */
const workers = new FinalizationRegistry<WorkerSearchEngine>((engine) => engine.terminate());
/** The prebuilt indexes a manifest lists, fetched once per page and manifest. */
const listings = new Map<string, Promise<PrebuiltSearchIndexLocation[]>>();

/** The engine for `content`, made on first use. */
export function inPageEngine(content: ServiceSearchContent, host?: SearchEngineHost): ServiceSearchEngine {
  const setting = host?.searchWorker?.trim() ?? '';
  let bySetting = engines.get(content);
  if (!bySetting) {
    bySetting = new Map();
    engines.set(content, bySetting);
  }
  let engine = bySetting.get(setting);
  if (!engine) {
    const prebuilt = host ? packSearchIndexes(host.ownerDocument) : [];
    const inPage = () => pageEngine(content.documents, prebuilt);
    const start = workerStarter(setting, host?.ownerDocument);
    if (start) {
      const worker = new WorkerSearchEngine(content.documents, { start, fallback: inPage, prebuilt });
      workers.register(content, worker);
      engine = worker;
    } else {
      engine = inPage();
    }
    bySetting.set(setting, engine);
  }
  return engine;
}

/**
 * How to start the worker, or undefined when the page cannot have one: no Worker, turned off, or a
 * script on another origin. The bundled worker is named in the one form bundlers (Vite, webpack,
 * Rollup's CDN build) recognise and emit as a file of its own.
 */
function workerStarter(setting: string, document: Document | undefined): (() => Worker) | undefined {
  if (setting === 'off' || typeof Worker !== 'function') return undefined;
  const origin = globalThis.location?.origin;
  if (setting) {
    const url = safeUrl(setting, document?.baseURI);
    return url && url.origin === origin ? () => new Worker(url, { type: 'module' }) : undefined;
  }
  if (new URL('./search-worker.js', import.meta.url).origin !== origin) return undefined;
  return () => new Worker(new URL('./search-worker.js', import.meta.url), { type: 'module' });
}

function safeUrl(text: string, base: string | undefined): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

/**
 * Prebuilt indexes listed by the page's content packs (`<fh-content-source pack>` and
 * `fallback-pack`). The engine uses one only when it was made from the very documents it searches,
 * so a pack behind live CMS content, or another locale's index, is never used by mistake.
 */
function packSearchIndexes(document: Document): Promise<PrebuiltSearchIndexLocation[]> {
  const element = document.querySelector(CONTENT_SOURCE_TAG);
  const config = element ? readContentSourceConfig(element) : undefined;
  if (!config) return Promise.resolve([]);
  // With an Open Referral UK feed the services are the feed's, never a pack's.
  const packs = [config.source.kind === 'pack' && !config.source.oruk ? config.source.url : undefined, config.source.oruk ? undefined : config.fallbackPack];
  // Only a lean pack's manifest lists indexes; a single-file pack is not fetched a second time to find out.
  const lists = packs.filter((url): url is string => url !== undefined && /\/manifest\.json$/i.test(safeUrl(url, document.baseURI)?.pathname ?? ''));
  return Promise.all(
    [...new Set(lists)].map((url) => {
      let listing = listings.get(url);
      if (!listing) {
        listing = findPackSearchIndexes(url);
        listings.set(url, listing);
      }
      return listing;
    }),
  ).then((found) => found.flat());
}

/** The in-page index: loaded on the first search, from a matching prebuilt file or built. */
function pageEngine(documents: readonly SearchDocument[], prebuilt: Promise<readonly PrebuiltSearchIndexLocation[]> | readonly PrebuiltSearchIndexLocation[]): ServiceSearchEngine {
  let index: Promise<ServiceSearchEngine> | undefined;
  return {
    async search(query: SearchQuery, options?: { readonly signal?: AbortSignal }): Promise<SearchResults> {
      index ??= import('@family-hubs/content/search').then(async ({ loadSearchIndexFrom }) => (await loadSearchIndexFrom(documents, await prebuilt)).index);
      return (await index).search(query, options);
    },
  };
}
