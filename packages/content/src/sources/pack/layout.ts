/**
 * The lean layout of a content pack on a council's host: a small manifest, and one file per
 * locale and content type, so a page fetches only what its widgets show, in its locale. Editors'
 * findings go to a separate report that families' browsers never download.
 *
 * ```
 * content-pack/manifest.json               what there is (below)
 * content-pack/en-GB/startForLifeOffer.json one locale's entities of one type, with their fallback languages
 * content-pack/en-GB/assets.json           one locale's assets
 * content-pack/en-GB/search-index.json     one locale's service search index, prebuilt (optional)
 * content-pack/en-GB/view-start-for-life-offer.json  one widget's view, prebuilt, in one locale
 * content-pack/report.json                 editors' findings (not fetched by widgets)
 * ```
 *
 * A widget whose view the pack carries prebuilt (the offer, the programme finder, the help
 * request) makes 2 requests: the manifest and its view's file, and a page of several such widgets
 * 1 + one per widget. A widget reading entities (the service search, or any widget when the pack
 * has no prebuilt file of its view's version) makes 1 + (the types its view reads that the pack
 * has) requests, one more for assets when the view shows any.
 */
import type { Asset } from '../../content-set.js';
import type { ContentIssue, Entity } from '../../model/index.js';
import type { LocaleInfo } from '../locales.js';
import { type CONTENT_PACK_FORMAT, type ContentPackSource } from './format.js';

/** Identifies a manifest. */
export const CONTENT_PACK_MANIFEST_FORMAT = 'family-hubs-content-pack-manifest';
/** The manifest version this SDK writes and reads. */
export const CONTENT_PACK_MANIFEST_VERSION = 1;

/** One file of a lean pack, as the manifest lists it. */
export interface PackFileEntry {
  /** Relative to the manifest, e.g. `en-GB/service.json`. */
  readonly path: string;
  /** How many entities (or assets) it holds. */
  readonly count: number;
}

/**
 * A prebuilt service search index of one locale, as the manifest lists it. Optional, and added
 * without a new manifest version: readers that do not know it ignore it, and widgets that do build
 * their own index when it is missing or does not match (another version, other documents).
 */
export interface PackSearchIndexEntry extends PackFileEntry {
  /** The index format's version (`SEARCH_INDEX_VERSION` of `@family-hubs/content/search`). */
  readonly version: number;
  /** The fingerprint of the search documents it indexes (`documentsFingerprint`). */
  readonly documents: string;
}

/**
 * A widget's view prebuilt for one locale, as the manifest lists it. Optional, and added without a
 * new manifest version: readers that do not know it read the entities, and so do widgets that
 * read another version of the view.
 */
export interface PackViewEntry {
  /** Relative to the manifest, e.g. `en-GB/view-start-for-life-offer.json`. */
  readonly path: string;
  /** The version of the view's value (`view.prebuilt.version`). */
  readonly version: number;
}

/** The manifest of a lean pack. */
export interface ContentPackManifest {
  readonly format: typeof CONTENT_PACK_MANIFEST_FORMAT;
  readonly manifestVersion: typeof CONTENT_PACK_MANIFEST_VERSION;
  /** Version of the entity shapes inside the files (the single-file pack's `schemaVersion`). */
  readonly schemaVersion: number;
  readonly generatedAt: string;
  readonly source: ContentPackSource;
  readonly defaultLocale: string;
  readonly locales: readonly LocaleInfo[];
  /** By locale: the file of each content type that has entities, and of the assets. */
  readonly files: Readonly<Record<string, { readonly types: Readonly<Record<string, PackFileEntry>>; readonly assets?: PackFileEntry }>>;
  /** Where editors' findings are (not fetched by widgets). */
  readonly report?: string;
  /** By locale: the prebuilt service search index, when `family-hubs pack` wrote one. */
  readonly searchIndexes?: Readonly<Record<string, PackSearchIndexEntry>>;
  /** By locale, then view id: the views `family-hubs pack` wrote prebuilt. */
  readonly views?: Readonly<Record<string, Readonly<Record<string, PackViewEntry>>>>;
}

/**
 * One widget's view prebuilt in one locale: what the widget renders, resolved from the pack's
 * validated entities when the pack was built. No `value` means the view has nothing to show
 * (the widget's empty state).
 */
export interface PackViewFile {
  /** The view's id, as the manifest lists it. */
  readonly view: string;
  /** The version of the view's value. */
  readonly version: number;
  /** The value the widget renders; absent when there is nothing to show. */
  readonly value?: unknown;
}

/** One locale's entities of one type. */
export interface PackTypeFile {
  readonly entities: readonly Entity[];
  /** Translated fields shown in a fallback locale, for these entities. */
  readonly fieldLocales?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** One locale's assets. */
export interface PackAssetsFile {
  readonly assets: readonly Asset[];
}

/** The editors' report beside a lean pack. */
export interface PackReport {
  readonly format: typeof CONTENT_PACK_FORMAT;
  readonly generatedAt: string;
  readonly issues: readonly ContentIssue[];
}
