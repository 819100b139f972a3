export * from './format.js';
export { createPackSource, type PackSourceOptions } from './pack-source.js';
