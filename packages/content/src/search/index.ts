/**
 * `@family-hubs/content/search`: the service search's contract and the in-page engine. A subpath
 * of its own so pages that do not search never load MiniSearch.
 * @module
 */
export * from './types.js';
export { createSearchIndex, ServiceSearchIndex, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type SearchIndexOptions, type SearchIndexIssue } from './search-index.js';
export { DEFAULT_SEARCH_SYNONYMS, type SearchSynonym } from './synonyms.js';
export { AGE_STAGE_RANGES, stageMaskOf } from './age-stages.js';
export { FIELD_BOOSTS } from './text.js';
export {
  SEARCH_INDEX_FORMAT,
  SEARCH_INDEX_VERSION,
  documentsFingerprint,
  prebuildSearchIndex,
  checkPrebuiltSearchIndex,
  loadSearchIndex,
  loadSearchIndexFrom,
  type PrebuiltSearchIndex,
  type PrebuiltRejection,
  type LoadedSearchIndex,
  type PrebuiltSearchIndexLocation,
  type TimedSearchIndex,
} from './prebuilt.js';
