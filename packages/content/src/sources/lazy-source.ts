/**
 * A source whose module loads on first use, so a page pays for a CMS reader or a feed only when
 * it reads one. Its key is known at once: the content client keys its cache on it before anything
 * has loaded.
 */
import { onFirstUse } from '../on-first-use.js';
import type { ContentQuery, ContentResult, ContentSource, LoadOptions } from './source.js';

/**
 * A source created by `create` on its first load; a creation that fails is tried again by the next
 * load. `entriesOnly` says what the created source will say ({@link ContentSource.entriesOnly}).
 */
export function lazySource(key: string, create: () => Promise<ContentSource>, options: { readonly entriesOnly?: boolean } = {}): ContentSource {
  const source = onFirstUse(create);
  return {
    key,
    ...(options.entriesOnly ? { entriesOnly: true } : {}),
    async load(query: ContentQuery, loadOptions?: LoadOptions): Promise<ContentResult> {
      return (await source()).load(query, loadOptions);
    },
  };
}
