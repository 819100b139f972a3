export * from './format.js';
export * from './layout.js';
export { isContentPackManifest, isPackAssetsFile, isPackTypeFile, isPackViewFile } from './envelope.js';
export { isContentPackEnvelope } from './single-file-envelope.js';
export { createPackSource, type PackSourceOptions } from './pack-source.js';
export type { ReadContentSet } from './pack-entities.js';
export { findPackSearchIndexes } from './search-index-file.js';
