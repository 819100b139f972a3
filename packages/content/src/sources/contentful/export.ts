/**
 * Full exports through the Sync API: every published (or, with preview, every) entry and asset
 * in every locale, as the CLI needs for content packs and health checks.
 */
import type { LoadOptions } from '../source.js';
import type { LocaleInfo } from '../locales.js';
import type { ContentfulSource } from './contentful-source.js';
import type { ContentfulAssetLike, ContentfulEntryLike } from './to-raw.js';

/** Everything in a space environment, all locales. */
export interface SpaceSnapshot {
  readonly locales: LocaleInfo[];
  /** Entries with fields as `{field: {locale: value}}`. */
  readonly entries: ContentfulEntryLike[];
  readonly assets: ContentfulAssetLike[];
  /** Token for a later delta sync. */
  readonly nextSyncToken?: string;
}

/** Downloads the whole space with the Sync API (following every page). */
export async function exportSpace(source: ContentfulSource, options: LoadOptions = {}): Promise<SpaceSnapshot> {
  const locales = await source.locales(options);
  const collection = await source.call(() => source.client.sync({ initial: true }), options);
  return {
    locales,
    entries: collection.entries as unknown as ContentfulEntryLike[],
    assets: collection.assets as unknown as ContentfulAssetLike[],
    ...(collection.nextSyncToken ? { nextSyncToken: collection.nextSyncToken } : {}),
  };
}
