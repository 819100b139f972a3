/**
 * A source whose module loads on first use, so a page pays for a CMS reader or a feed only when
 * it reads one. Its key is known at once: the content client keys its cache on it before anything
 * has loaded.
 */
import type { ContentQuery, ContentResult, ContentSource, LoadOptions } from './source.js';

/** A source created by `create` on its first load; a creation that fails is tried again by the next load. */
export function lazySource(key: string, create: () => Promise<ContentSource>): ContentSource {
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
