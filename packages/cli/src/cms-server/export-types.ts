/**
 * The shape of a space export as written by `contentful-export` / `contentful space export`.
 *
 * Only the properties the CMS server reads are typed strictly; exports carry more (createdBy,
 * updatedBy, …) and those pass through the index signatures untouched.
 */

/** A Contentful link object: `{ sys: { type: 'Link', linkType, id } }`. */
export interface ContentfulLink<L extends string = string> {
  sys: { type: 'Link'; linkType: L; id: string };
}

/** The `sys` block of an exported entry or asset (Content Management API flavour). */
export interface ExportSys {
  id: string;
  type: string;
  createdAt: string;
  updatedAt: string;
  /** Present on published entities; the number of the version that was published. */
  publishedVersion?: number;
  publishedAt?: string;
  firstPublishedAt?: string;
  publishedCounter?: number;
  /** Present on archived entities, which no API serves. */
  archivedVersion?: number;
  version?: number;
  revision?: number;
  [key: string]: unknown;
}

export interface ExportEntrySys extends ExportSys {
  type: 'Entry';
  contentType: { sys: { id: string; type?: 'Link'; linkType?: 'ContentType' } };
}

export interface ExportAssetSys extends ExportSys {
  type: 'Asset';
}

/** Tags and concepts; the Delivery API echoes them back under `metadata`. */
export interface ExportMetadata {
  tags: ContentfulLink<'Tag'>[];
  [key: string]: unknown;
}

/** Field values keyed by field id, then by locale code (the CMA shape). */
export type LocalizedFields = Record<string, Record<string, unknown>>;

export interface ExportEntry {
  metadata?: ExportMetadata;
  sys: ExportEntrySys;
  fields: LocalizedFields;
}

export interface AssetFile {
  url: string;
  fileName: string;
  contentType: string;
  details?: { size?: number; image?: { width: number; height: number } };
  [key: string]: unknown;
}

export interface ExportAsset {
  metadata?: ExportMetadata;
  sys: ExportAssetSys;
  fields: {
    title?: Record<string, string>;
    description?: Record<string, string>;
    file?: Record<string, AssetFile>;
    [key: string]: Record<string, unknown> | undefined;
  };
}

export type ContentTypeFieldType =
  | 'Symbol'
  | 'Text'
  | 'RichText'
  | 'Integer'
  | 'Number'
  | 'Date'
  | 'Boolean'
  | 'Location'
  | 'Object'
  | 'Link'
  | 'ResourceLink'
  | 'Array';

export interface ContentTypeField {
  id: string;
  name: string;
  type: ContentTypeFieldType;
  localized?: boolean;
  required?: boolean;
  disabled?: boolean;
  omitted?: boolean;
  linkType?: 'Entry' | 'Asset';
  items?: { type: ContentTypeFieldType; linkType?: 'Entry' | 'Asset'; validations?: unknown[] };
  validations?: unknown[];
  [key: string]: unknown;
}

export interface ContentfulContentType {
  sys: {
    id: string;
    type: 'ContentType';
    createdAt?: string;
    updatedAt?: string;
    revision?: number;
    publishedCounter?: number;
    [key: string]: unknown;
  };
  name: string;
  displayField?: string | null;
  description?: string;
  fields: ContentTypeField[];
}

export interface ExportLocale {
  code: string;
  name: string;
  default: boolean;
  fallbackCode: string | null;
  sys?: { id?: string; version?: number; [key: string]: unknown };
  [key: string]: unknown;
}

export interface SpaceExport {
  contentTypes: ContentfulContentType[];
  entries: ExportEntry[];
  assets: ExportAsset[];
  locales: ExportLocale[];
  editorInterfaces?: unknown[];
  tags?: unknown[];
}

/**
 * Publication rule: an entity is published exactly when `sys.publishedVersion` is a number.
 * `contentful-export` writes `publishedVersion` on every published entity and omits it on
 * drafts, so the rule needs no extra flag. The export holds the latest (possibly unpublished)
 * field values; both APIs serve those, because the export does not keep the published snapshot.
 */
export function isPublished(sys: ExportSys): boolean {
  return typeof sys.publishedVersion === 'number';
}

/** Archived entities are hidden from both the Delivery and the Preview API. */
export function isArchived(sys: ExportSys): boolean {
  return typeof sys.archivedVersion === 'number';
}
