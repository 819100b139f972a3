/**
 * Lays a built content pack out as the lean layout (see `layout.ts`): the files to write, by
 * path, as JSON text. The CLI writes them; the demo server serves them from memory.
 */
import type { ContentPack } from './format.js';
import {
  CONTENT_PACK_MANIFEST_FORMAT,
  CONTENT_PACK_MANIFEST_VERSION,
  type ContentPackManifest,
  type PackAssetsFile,
  type PackFileEntry,
  type PackReport,
  type PackTypeFile,
} from './layout.js';

/** The manifest's file name inside the pack folder. */
export const MANIFEST_FILE = 'manifest.json';
/** The editors' report's file name inside the pack folder. */
export const REPORT_FILE = 'report.json';

/** A safe file name for a locale code or content type id (both are short ASCII ids). */
const segment = (value: string): string => value.replace(/[^A-Za-z0-9-]/g, '_');

/** Every file of `pack` in the lean layout, by path relative to the pack folder. */
export function leanPackFiles(pack: ContentPack): Map<string, string> {
  const files = new Map<string, string>();
  const listing: Record<string, { types: Record<string, PackFileEntry>; assets?: PackFileEntry }> = {};
  for (const locale of pack.locales) {
    const content = pack.content[locale.code];
    if (!content) continue;
    const types: Record<string, PackFileEntry> = {};
    for (const [type, entities] of Object.entries(content.entities)) {
      if (!entities?.length) continue;
      const path = `${segment(locale.code)}/${segment(type)}.json`;
      const ids = new Set(entities.map((entity) => entity.id));
      const fieldLocales = Object.fromEntries(Object.entries(content.fieldLocales ?? {}).filter(([id]) => ids.has(id)));
      const file: PackTypeFile = { entities, ...(Object.keys(fieldLocales).length ? { fieldLocales } : {}) };
      files.set(path, JSON.stringify(file));
      types[type] = { path, count: entities.length };
    }
    const entry: { types: Record<string, PackFileEntry>; assets?: PackFileEntry } = { types };
    if (content.assets.length) {
      const path = `${segment(locale.code)}/assets.json`;
      files.set(path, JSON.stringify({ assets: content.assets } satisfies PackAssetsFile));
      entry.assets = { path, count: content.assets.length };
    }
    listing[locale.code] = entry;
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
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  files.set(REPORT_FILE, JSON.stringify({ format: pack.format, generatedAt: pack.generatedAt, issues: pack.issues } satisfies PackReport, null, 2));
  return files;
}
