export * from './format.js';
export { buildContentPack, contentSetFromPack, type AllLocaleAsset, type AllLocaleEntry, type ContentPackInput } from './build-pack.js';
export { createPackSource, type PackSourceOptions } from './pack-source.js';
