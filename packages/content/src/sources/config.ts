/**
 * Content source settings as plain data, so a page can configure its source declaratively
 * (attributes on `<fh-content-source>`) and the widgets never import a CMS client themselves.
 */
import { emptyContentSet } from '../content-set.js';
import type { ContentTypeId } from '../model/index.js';
import { contentfulSourceKey, type ContentfulSourceOptions } from './contentful/options.js';
import { createLayeredSource } from './layered.js';
import { createPackSource } from './pack/pack-source.js';
import type { ContentQuery, ContentResult, ContentSource, LoadOptions } from './source.js';

/**
 * An Open Referral UK feed that serves the page's services (with their organisations, venues,
 * times, categories and costs) while everything else comes from the pack or Contentful.
 */
export interface OrukFeedConfig {
  /** The feed's base address (the one whose `GET /` names its ORUK version). */
  readonly url: string;
  /** Per-request timeout in ms. Default 6,000. */
  readonly timeoutMs?: number;
  /** Services per page. Default 100. */
  readonly pageSize?: number;
  /**
   * Where the page searches the feed's services: `auto` (default) in the page up to
   * `serverSearchAbove` services and on the server above it, `browser` always in the page (every
   * service is read), `server` always on the server through the API's query parameters (no
   * service is read with the page's content; the service search asks the API for each search).
   */
  readonly search?: 'auto' | 'browser' | 'server';
  /** With `search: 'auto'`: the most services searched in the page. Default 5,000 (`DEFAULT_SERVER_SEARCH_ABOVE`). */
  readonly serverSearchAbove?: number;
}

/** Where a page's content comes from. */
export type ContentSourceConfig =
  | ({ readonly kind: 'contentful'; readonly oruk?: OrukFeedConfig } & ContentfulSourceOptions)
  | { readonly kind: 'pack'; readonly url: string; readonly oruk?: OrukFeedConfig };

/** The types an ORUK feed answers when a config names one. */
export const ORUK_FEED_TYPES: readonly ContentTypeId[] = ['service', 'organisation', 'location', 'serviceAtLocation', 'schedule', 'taxonomyTerm', 'costOption'];

/** Creates the source a config describes. */
export function createSourceFromConfig(config: ContentSourceConfig): ContentSource {
  const { oruk, ...rest } = config;
  const base = rest.kind === 'pack' ? createPackSource({ url: rest.url }) : contentfulFetch(rest);
  if (!oruk) return base;
  // Services come from the feed only: the CMS's own services (a pack's samples) would mix with it.
  return createLayeredSource({ base, overlay: orukFeed(oruk), overlayTypes: ORUK_FEED_TYPES, overlayOnly: ['service'] });
}

// The fetch reader, in browsers and Node alike: widgets never load the official client (and its
// HTTP stack). Loaded on first use, so pages reading a content pack never download it.
function contentfulFetch(config: { readonly kind: 'contentful' } & ContentfulSourceOptions): ContentSource {
  const { kind: _kind, ...options } = config;
  return lazy(contentfulSourceKey(options), () => import('./contentful/fetch-source.js').then((m) => m.createContentfulFetchSource(options)));
}

// Loaded on first use, like the Contentful reader: pages without a feed never download it. The key
// is spelt here (as the ORUK source spells it) so that building it loads nothing.
function orukFeed(config: OrukFeedConfig): ContentSource {
  const key = `oruk:${config.url.replace(/\/+$/, '')}`;
  const search = config.search ?? 'auto';
  // Searched on the server: the page reads no services (the widget asks the API for each search).
  if (search === 'server') return { key: `${key}#server`, load: (query) => Promise.resolve(noServices(query)) };
  if (search === 'browser') return lazy(`${key}#browser`, () => import('./oruk/oruk-source.js').then((m) => m.createOrukSource(config)));
  // The threshold is part of the key: content cached under one must not answer for another.
  const autoKey = config.serverSearchAbove === undefined ? key : `${key}#auto-${config.serverSearchAbove}`;
  return lazy(autoKey, async () => {
    const [{ createOrukSource }, { orukSearchPlace }] = await Promise.all([import('./oruk/oruk-source.js'), import('./oruk/search-mode.js')]);
    const source = createOrukSource(config);
    return {
      key: autoKey,
      // One small request first: a directory too big to read is searched on the server instead.
      load: async (query, loadOptions) => ((await orukSearchPlace(config, loadOptions)) === 'server' ? noServices(query) : source.load(query, loadOptions)),
    };
  });
}

function noServices(query: ContentQuery): ContentResult {
  return { set: emptyContentSet(query.locale), issues: [], fetchedAt: new Date().toISOString() };
}

function lazy(key: string, create: () => Promise<ContentSource>): ContentSource {
  let source: Promise<ContentSource> | undefined;
  return {
    key,
    async load(query: ContentQuery, loadOptions?: LoadOptions): Promise<ContentResult> {
      source ??= create();
      source.catch(() => (source = undefined));
      return (await source).load(query, loadOptions);
    },
  };
}
