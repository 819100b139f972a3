/**
 * The Contentful source (`@family-hubs/content/contentful`). A separate entry point, so pages that
 * read a content pack never download the `contentful` client.
 * @module
 */
export { createContentfulSource, type ContentfulSource } from './contentful-source.js';
export type { ContentfulSourceOptions } from './options.js';
export { exportSpace, type SpaceSnapshot } from './export.js';
export { toSourceError } from './errors.js';
export { fallbackChain, flattenFields, matchLocale, type LocaleInfo } from '../locales.js';
