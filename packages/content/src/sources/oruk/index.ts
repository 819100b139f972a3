/**
 * The Open Referral UK sources (`@family-hubs/content/oruk`). A separate entry point, so pages that
 * read a content pack or Contentful alone never download feed code. `createOrukSource` reads a
 * council's ORUK 3.0 or v1 feed into the validated model; `createOrukSearchEngine` searches a big
 * directory with the feed's own query parameters.
 * @module
 */
export { createOrukSource, type OrukSource } from './oruk-source.js';
export { createOrukSearchEngine, type OrukSearchEngine, type OrukSearchOptions, type OrukSearchResults } from './server-search.js';
export { DEFAULT_SERVER_SEARCH_ABOVE, orukSearchPlace, serverSearchThreshold, type OrukSearchMode, type OrukSearchModeOptions } from './search-mode.js';
export { DFE_AGE_SENTINEL, serviceEntryId, type OrukVersion } from './map.js';
export { versionOf } from './feed.js';
export { readFeedPage, type FeedPage } from './envelope.js';
export { DEFAULT_MAX_DETAILS, DEFAULT_MAX_SERVICE_PAGES, DEFAULT_PAGE_SIZE, orukSourceKey, type OrukSourceOptions } from './options.js';
export type { PagingLimits } from '../contentful/paging.js';
