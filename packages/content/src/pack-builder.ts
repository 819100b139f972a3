/**
 * `@family-hubs/content/pack-builder`: building content packs, for the CLI and tools (Node, or a
 * story that needs the sample content). It validates with the whole content model, so it is kept
 * out of the browser SDK that widgets bundle.
 * @module
 */
export { buildContentPack, contentSetFromPack, type ContentPackInput } from './sources/pack/build-pack.js';
export { fingerprint, leanPackFiles, MANIFEST_FILE, REPORT_FILE, type LeanPackOptions } from './sources/pack/lean-files.js';
export { prebuildPackSearchIndexes } from './sources/pack/search-indexes.js';
export {
  packFromSpaceExport,
  rawEntriesFromExport,
  assetsFromExport,
  type PackFromExportOptions,
  type SpaceExportLike,
} from './sources/contentful/space-export.js';
