/**
 * Content source settings as plain data, so a page can configure its source declaratively
 * (attributes on `<fh-content-source>`) and the widgets never import a CMS client themselves.
 */
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
  return lazy(`oruk:${config.url.replace(/\/+$/, '')}`, () => import('./oruk/oruk-source.js').then((m) => m.createOrukSource(config)));
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
