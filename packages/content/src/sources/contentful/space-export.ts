/**
 * A Contentful space export (`contentful space export`, the Sync API, or the CLI's sample space)
 * as a content pack: the one way every tool turns such an export into raw entries per locale.
 */
import type { Asset } from '../../content-set.js';
import type { RawEntry } from '../../model/definition/index.js';
import type { ContentRegistry } from '../../model/index.js';
import type { LocaleInfo } from '../locales.js';
import { buildContentPack } from '../pack/build-pack.js';
import type { ContentPack, ContentPackSource } from '../pack/format.js';
import { toAssetForLocale, toRawEntryForLocale, type ContentfulEntryLike } from './to-raw.js';

/** The parts of a space export a pack is built from. */
export interface SpaceExportLike {
  readonly locales: readonly LocaleInfo[];
  readonly entries: readonly unknown[];
  readonly assets?: readonly unknown[];
}

/** Options of {@link packFromSpaceExport}. */
export interface PackFromExportOptions {
  /** Only published entries and assets (those with a `sys.publishedVersion`), as the Delivery API serves them. Default false: the export is taken as it is (a Sync export holds published content only). */
  readonly published?: boolean;
  /** Default `{kind: 'export-file'}`. */
  readonly source?: ContentPackSource;
  readonly generatedAt?: string;
  readonly registry?: ContentRegistry;
}

/** True for an object with the `sys.id` every Contentful entry and asset has. */
function isContentfulItem(value: unknown): value is ContentfulEntryLike & { readonly sys: { readonly publishedVersion?: unknown } } {
  if (typeof value !== 'object' || value === null) return false;
  const sys = (value as { sys?: unknown }).sys;
  return typeof sys === 'object' && sys !== null && typeof (sys as { id?: unknown }).id === 'string';
}

/** Entries of an export in one locale, flattened along `chain`. Items that are not Contentful entries are skipped. */
export function rawEntriesFromExport(entries: readonly unknown[], chain: readonly string[], published = false): RawEntry[] {
  const out: RawEntry[] = [];
  for (const entry of entries) {
    if (!isContentfulItem(entry) || (published && typeof entry.sys.publishedVersion !== 'number')) continue;
    // An entry without fields still reaches validation, which tells editors what it lacks.
    const withFields = typeof entry.fields === 'object' && entry.fields !== null ? entry : { ...entry, fields: {} };
    const raw = toRawEntryForLocale(withFields, chain);
    if (raw) out.push(raw);
  }
  return out;
}

/** Assets of an export in one locale, flattened along `chain`. */
export function assetsFromExport(assets: readonly unknown[], chain: readonly string[], published = false): Asset[] {
  const out: Asset[] = [];
  for (const asset of assets) {
    if (!isContentfulItem(asset) || (published && typeof asset.sys.publishedVersion !== 'number')) continue;
    if (typeof asset.fields !== 'object' || asset.fields === null) continue;
    const one = toAssetForLocale(asset, chain);
    if (one) out.push(one);
  }
  return out;
}

/** Validates a space export into a content pack (see `buildContentPack`). */
export function packFromSpaceExport(space: SpaceExportLike, options: PackFromExportOptions = {}): ContentPack {
  const published = options.published ?? false;
  return buildContentPack({
    locales: space.locales,
    entries: (chain) => rawEntriesFromExport(space.entries, chain, published),
    assets: (chain) => assetsFromExport(space.assets ?? [], chain, published),
    source: options.source ?? { kind: 'export-file' },
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    ...(options.registry ? { registry: options.registry } : {}),
  });
}
