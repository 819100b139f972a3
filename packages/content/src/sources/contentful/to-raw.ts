/**
 * Contentful entries and assets → the SDK's raw entries and assets. Nothing Contentful-shaped
 * leaves the Contentful source.
 */
import type { RawEntry } from '../../model/definition/index.js';
import type { Asset } from '../../content-set.js';
import { assetFromFields } from '../asset.js';
import { flattenFields } from '../locale-chain.js';

/** The parts of a Contentful entry the source reads. */
export interface ContentfulEntryLike {
  readonly sys: { readonly id: string; readonly updatedAt?: string; readonly contentType?: { readonly sys: { readonly id: string } } };
  readonly fields: Readonly<Record<string, unknown>>;
}

/** The parts of a Contentful asset the source reads. */
export interface ContentfulAssetLike {
  readonly sys: { readonly id: string };
  readonly fields: Readonly<Record<string, unknown>>;
}

/** An entry fetched with a single `locale` (fields already flattened by the API). */
export function toRawEntry(entry: ContentfulEntryLike): RawEntry | undefined {
  const contentType = entry.sys.contentType?.sys.id;
  if (!contentType) return undefined;
  return { id: entry.sys.id, contentType, ...(entry.sys.updatedAt ? { updatedAt: entry.sys.updatedAt } : {}), fields: entry.fields };
}

/** An entry with all locales (`locale=*`, sync), flattened along `chain`, noting fields that fell back. */
export function toRawEntryForLocale(entry: ContentfulEntryLike, chain: readonly string[]): RawEntry | undefined {
  const contentType = entry.sys.contentType?.sys.id;
  if (!contentType) return undefined;
  const { fields, fieldLocales } = flattenFields(entry.fields as Record<string, Record<string, unknown>>, chain);
  return { id: entry.sys.id, contentType, ...(entry.sys.updatedAt ? { updatedAt: entry.sys.updatedAt } : {}), fields, fieldLocales };
}

/** An asset with all locales, flattened along `chain`. */
export function toAssetForLocale(asset: ContentfulAssetLike, chain: readonly string[]): Asset | undefined {
  return assetFromFields(asset.sys.id, flattenFields(asset.fields as Record<string, Record<string, unknown>>, chain).fields);
}

/** An asset with single-locale fields. */
export function toAsset(asset: ContentfulAssetLike): Asset | undefined {
  return assetFromFields(asset.sys.id, asset.fields);
}
