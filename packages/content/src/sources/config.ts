/**
 * Content source settings as plain data, so a page can configure its source declaratively
 * (attributes on `<fh-content-source>`) and the widgets never import a CMS client themselves.
 */
import { contentfulSourceKey, type ContentfulSourceOptions } from './contentful/options.js';
import { createPackSource } from './pack/pack-source.js';
import type { ContentQuery, ContentResult, ContentSource, LoadOptions } from './source.js';

/** Where a page's content comes from. */
export type ContentSourceConfig =
  | ({ readonly kind: 'contentful' } & ContentfulSourceOptions)
  | { readonly kind: 'pack'; readonly url: string };

/** Creates the source a config describes. */
export function createSourceFromConfig(config: ContentSourceConfig): ContentSource {
  if (config.kind === 'pack') return createPackSource({ url: config.url });
  const { kind: _kind, ...options } = config;
  // The fetch reader, in browsers and Node alike: widgets never load the official client (and
  // its HTTP stack). Loaded on first use, so pages reading a content pack never download it.
  let source: Promise<ContentSource> | undefined;
  return {
    key: contentfulSourceKey(options),
    async load(query: ContentQuery, loadOptions?: LoadOptions): Promise<ContentResult> {
      source ??= import('./contentful/fetch-source.js').then((m) => m.createContentfulFetchSource(options));
      return (await source).load(query, loadOptions);
    },
  };
}
