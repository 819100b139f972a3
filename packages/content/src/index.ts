/**
 * `@family-hubs/content`: the typed content SDK for Family Hubs. Sources (Contentful, content
 * packs) are validated entry by entry into a plain domain model; a page-level client shares,
 * caches and refreshes content for every widget on the page. Runs in browsers and Node; no DOM.
 * @module
 */
export * from './model/index.js';
export * from './content-set.js';
export { buildContentSet, type BuildOptions, type BuiltContentSet } from './build-content-set.js';
export * from './sources/source.js';
export * from './sources/pack/index.js';
export * from './views/index.js';
export * from './sources/config.js';
export { editorPreviewFor } from './sources/editor-preview.js';
export { matchLocale, type LocaleInfo } from './sources/locales.js';
export { fallbackChain, flattenFields } from './sources/locale-chain.js';
export * from './client/index.js';
export * from './url-policy.js';
export * from './health/index.js';
export type { GeoPoint, RawEntry } from './model/definition/index.js';
export * from './offer/index.js';
export {
  AGE_STAGES,
  type AgeStage,
  type SearchCategory,
  type SearchCategoryGroup,
  type SearchDocument,
  type SearchFacets,
  type SearchHit,
  type SearchQuery,
  type SearchResults,
  type ServiceSearchEngine,
} from './search/types.js';
export * from './schedule/index.js';
export * from './geo/index.js';
export * from './programmes/index.js';
