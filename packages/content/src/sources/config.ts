/**
 * Content source settings as plain data, so a page can configure its source declaratively
 * (attributes on `<fh-content-source>`) and the widgets never import a CMS client themselves.
 */
import { contentfulSourceKey, type ContentfulSourceOptions } from './contentful/options.js';
import { lazySource } from './lazy-source.js';
import { orukFeedKey } from './oruk/feed-key.js';
import { createPackSource } from './pack/pack-source.js';
import type { ContentSource } from './source.js';

export { ORUK_FEED_TYPES } from './oruk/feed-key.js';

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

/** Creates the source a config describes. */
export function createSourceFromConfig(config: ContentSourceConfig): ContentSource {
  const { oruk, ...rest } = config;
  const base = rest.kind === 'pack' ? createPackSource({ url: rest.url }) : contentfulFetch(rest);
  if (!oruk) return base;
  // The feed's reading and the merging of its services are loaded on first use too: pages
  // without a feed never download them.
  return lazySource(`${base.key}+${orukFeedKey(oruk)}`, () => import('./oruk/feed-layer.js').then((m) => m.withOrukFeed(base, oruk)), { entriesOnly: base.entriesOnly === true });
}

// The fetch reader, in browsers and Node alike: widgets never load the official client (and its
// HTTP stack). Loaded on first use, so pages reading a content pack never download it.
function contentfulFetch(config: { readonly kind: 'contentful' } & ContentfulSourceOptions): ContentSource {
  const { kind: _kind, ...options } = config;
  return lazySource(contentfulSourceKey(options), () => import('./contentful/fetch-source.js').then((m) => m.createContentfulFetchSource(options)), { entriesOnly: true });
}
