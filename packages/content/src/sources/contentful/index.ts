/**
 * The Contentful sources (`@family-hubs/content/contentful`). A separate entry point, so pages that
 * read a content pack never download Contentful code. `createContentfulFetchSource` needs only
 * `fetch`; `createContentfulSource` and `exportSpace` use the official `contentful` client (CLI).
 * @module
 */
export { createContentfulSource, type ContentfulSource } from './contentful-source.js';
export { createContentfulFetchSource, type ContentfulFetchSource } from './fetch-source.js';
export type { ContentfulReader } from './load.js';
export type { ContentfulSourceOptions } from './options.js';
export type { PagingLimits } from './paging.js';
export { exportSpace, type ExportOptions, type SpaceSnapshot } from './export.js';
export { toSourceError } from './errors.js';
export { fallbackChain, flattenFields } from '../locale-chain.js';
export { matchLocale, type LocaleInfo } from '../locales.js';
