/**
 * The content pack: a versioned, validated JSON snapshot of a space that a council hosts next to
 * its pages. Widgets can read it instead of the CMS (fast, no API token on the page) or as a
 * fallback when the CMS cannot be reached.
 */
import type { Asset } from '../../content-set.js';
import type { ContentIssue, ContentTypeId, Entity } from '../../model/index.js';
import type { LocaleInfo } from '../locales.js';

/** Identifies the file format. */
export const CONTENT_PACK_FORMAT = 'family-hubs-content-pack';
/** The schema version this SDK writes and reads. Bumped on any incompatible change. */
export const CONTENT_PACK_SCHEMA_VERSION = 1;

/** Where a pack's content came from. */
export interface ContentPackSource {
  readonly kind: 'contentful' | 'export-file' | 'other';
  readonly space?: string;
  readonly environment?: string;
  readonly host?: string;
  readonly preview?: boolean;
}

/** The validated content of one locale. */
export interface ContentPackLocale {
  readonly entities: { readonly [T in ContentTypeId]?: readonly Entity<T>[] };
  readonly assets: readonly Asset[];
  /** Translated fields shown in a fallback locale: entity id → field id → locale. */
  readonly fieldLocales?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A content pack. */
export interface ContentPack {
  readonly format: typeof CONTENT_PACK_FORMAT;
  readonly schemaVersion: typeof CONTENT_PACK_SCHEMA_VERSION;
  /** When the pack was built (ISO 8601). */
  readonly generatedAt: string;
  readonly source: ContentPackSource;
  readonly defaultLocale: string;
  readonly locales: readonly LocaleInfo[];
  /** Content by locale code. */
  readonly content: Readonly<Record<string, ContentPackLocale>>;
  /** Problems found when the pack was built (invalid entries were left out). */
  readonly issues: readonly ContentIssue[];
}
