/**
 * Lays a built content pack out as the lean layout (see `layout.ts`): the files to write, by
 * path, as JSON text. The CLI writes them; the demo server serves them from memory.
 */
import { contentSetFromPack } from './build-pack.js';
import type { ContentPack } from './format.js';
import {
  CONTENT_PACK_MANIFEST_FORMAT,
  CONTENT_PACK_MANIFEST_VERSION,
  type ContentPackManifest,
  type PackAssetsFile,
  type PackFileEntry,
  type PackReport,
  type PackSearchIndexEntry,
  type PackTypeFile,
  type PackViewEntry,
} from './layout.js';
import { PREBUILT_VIEWS, prebuiltViewFile, type PrebuiltView } from './prebuilt-views.js';

/** The manifest's file name inside the pack folder. */
export const MANIFEST_FILE = 'manifest.json';
/** The editors' report's file name inside the pack folder. */
export const REPORT_FILE = 'report.json';

/** A safe file name for a locale code or content type id (both are short ASCII ids). */
const segment = (value: string): string => value.replace(/[^A-Za-z0-9-]/g, '_');

/**
 * A short fingerprint of `text` for file names (two FNV-1a hashes): a name changes whenever the
 * content does, so hosts may cache data files for ever and only revalidate the manifest. Not a
 * security measure; nothing trusts it.
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Options of {@link leanPackFiles}. */
export interface LeanPackOptions {
  /** Put a fingerprint of each data file's content in its name (`en-GB/service.1a2b….json`), as `family-hubs pack` does. */
  readonly fingerprintNames?: boolean;
  /**
   * Prebuilt service search indexes by locale (`prebuildPackSearchIndexes`), written as
   * `en-GB/search-index.json` and listed in the manifest's `searchIndexes`.
   */
  readonly searchIndexes?: ReadonlyMap<string, { readonly version: number; readonly documents: string; readonly count: number }>;
  /** The views to write prebuilt (`en-GB/view-start-for-life-offer.json`), listed in the manifest's `views`. Default: every widget's that can be. */
  readonly views?: readonly PrebuiltView[];
}

/** Every file of `pack` in the lean layout, by path relative to the pack folder. */
export function leanPackFiles(pack: ContentPack, options: LeanPackOptions = {}): Map<string, string> {
  const files = new Map<string, string>();
  const name = (folder: string, base: string, text: string) => `${folder}/${base}${options.fingerprintNames ? `.${fingerprint(text)}` : ''}.json`;
  const listing: Record<string, { types: Record<string, PackFileEntry>; assets?: PackFileEntry }> = {};
  const searchIndexes: Record<string, PackSearchIndexEntry> = {};
  const views: Record<string, Record<string, PackViewEntry>> = {};
  for (const locale of pack.locales) {
    const content = pack.content[locale.code];
    if (!content) continue;
    const types: Record<string, PackFileEntry> = {};
    for (const [type, entities] of Object.entries(content.entities)) {
      if (!entities?.length) continue;
      const ids = new Set(entities.map((entity) => entity.id));
      const fieldLocales = Object.fromEntries(Object.entries(content.fieldLocales ?? {}).filter(([id]) => ids.has(id)));
      const text = JSON.stringify({ entities, ...(Object.keys(fieldLocales).length ? { fieldLocales } : {}) } satisfies PackTypeFile);
      const path = name(segment(locale.code), segment(type), text);
      files.set(path, text);
      types[type] = { path, count: entities.length };
    }
    const entry: { types: Record<string, PackFileEntry>; assets?: PackFileEntry } = { types };
    if (content.assets.length) {
      const text = JSON.stringify({ assets: content.assets } satisfies PackAssetsFile);
      const path = name(segment(locale.code), 'assets', text);
      files.set(path, text);
      entry.assets = { path, count: content.assets.length };
    }
    listing[locale.code] = entry;
    const prebuilt = options.views ?? PREBUILT_VIEWS;
    if (prebuilt.length) {
      const set = contentSetFromPack(pack, locale.code);
      const listed: Record<string, PackViewEntry> = {};
      for (const view of prebuilt) {
        const file = prebuiltViewFile(view, set);
        const text = JSON.stringify(file);
        const path = name(segment(locale.code), `view-${segment(file.view)}`, text);
        files.set(path, text);
        listed[file.view] = { path, version: file.version };
      }
      views[locale.code] = listed;
    }
    const index = options.searchIndexes?.get(locale.code);
    if (index) {
      const text = JSON.stringify(index);
      const path = name(segment(locale.code), 'search-index', text);
      files.set(path, text);
      searchIndexes[locale.code] = { path, count: index.count, version: index.version, documents: index.documents };
    }
  }
  const manifest: ContentPackManifest = {
    format: CONTENT_PACK_MANIFEST_FORMAT,
    manifestVersion: CONTENT_PACK_MANIFEST_VERSION,
    schemaVersion: pack.schemaVersion,
    generatedAt: pack.generatedAt,
    source: pack.source,
    defaultLocale: pack.defaultLocale,
    locales: pack.locales,
    files: listing,
    report: REPORT_FILE,
    ...(Object.keys(searchIndexes).length ? { searchIndexes } : {}),
    ...(Object.keys(views).length ? { views } : {}),
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  files.set(REPORT_FILE, JSON.stringify({ format: pack.format, generatedAt: pack.generatedAt, issues: pack.issues } satisfies PackReport, null, 2));
  return files;
}
