/**
 * The in-page search engine over a content snapshot. The index code is loaded on the first search,
 * not with the widget, so the search form is on screen (and usable) before it arrives, and pages
 * without the search never download it. One index per snapshot, however many searches run.
 */
import type { SearchQuery, SearchResults, ServiceSearchContent, ServiceSearchEngine } from '@family-hubs/content';

const engines = new WeakMap<ServiceSearchContent, ServiceSearchEngine>();

/** The engine for `content`, built on first use. */
export function inPageEngine(content: ServiceSearchContent): ServiceSearchEngine {
  let engine = engines.get(content);
  if (!engine) {
    let index: Promise<ServiceSearchEngine> | undefined;
    engine = {
      async search(query: SearchQuery, options?: { readonly signal?: AbortSignal }): Promise<SearchResults> {
        index ??= import('@family-hubs/content/search').then(({ createSearchIndex }) => createSearchIndex(content.documents));
        return (await index).search(query, options);
      },
    };
    engines.set(content, engine);
  }
  return engine;
}
