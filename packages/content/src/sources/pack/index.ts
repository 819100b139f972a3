export * from './format.js';
export * from './layout.js';
export { isContentPackEnvelope, isContentPackManifest, isPackAssetsFile, isPackTypeFile } from './envelope.js';
export { createPackSource, type PackSourceOptions } from './pack-source.js';
export { findPackSearchIndexes } from './search-index-file.js';
