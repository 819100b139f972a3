/**
 * Typed entities (the SDK's shape: links as entry ids, rich text as the SDK's AST) back into the
 * `contentful space export` format, driven by the content model definition — so the sample space
 * is written in the same words the model reads, and any drift between the two fails to compile or
 * fails the round-trip test.
 */
import { CONTENT_TYPE_IDS, contentModel } from '@family-hubs/content/model';
import { type ContentTypeId, type Entity, type RichTextBlock, type RichTextDocument, type RichTextInline, type RichTextText } from '@family-hubs/content';
import { toContentfulContentType, toContentfulEditorInterface, type AnyField, type FieldKind } from '@family-hubs/content/model-definition';
import type { ContentfulContentType, ExportEntry, ExportLocale, SpaceExport } from '../cms-server/export-types.js';

/** The default locale of every Family Hubs space. */
export const DEFAULT_LOCALE = 'en-GB';

/** Locales of the sample spaces: English, and Polish falling back to it. */
export const SAMPLE_LOCALES: ExportLocale[] = [
  { code: 'en-GB', name: 'English (United Kingdom)', default: true, fallbackCode: null },
  { code: 'pl', name: 'Polish', default: false, fallbackCode: 'en-GB' },
];

/** A locale other than the default that sample content is translated into. */
export type TranslationLocale = 'pl';

/** The fields of an entity of type `T`, without its identity. */
export type EntityFields<T extends ContentTypeId> = T extends ContentTypeId ? Omit<Entity<T>, 'id' | 'contentType' | 'updatedAt'> : never;

/** Translated values of some of an entity's localized fields. */
export type TranslatedFields<T extends ContentTypeId> = T extends ContentTypeId ? Partial<EntityFields<T>> : never;

/** Translations of one entity, by locale. */
export type Translations<T extends ContentTypeId> = Partial<Record<TranslationLocale, TranslatedFields<T>>>;

/** How an entry's `sys` block is written. */
export interface ExportEntryOptions {
  /** When the entry was created, ISO 8601. */
  readonly createdAt: string;
  /** When it was last changed; defaults to the entity's `updatedAt`, then to `createdAt`. */
  readonly updatedAt?: string;
  /** Never published: only the Preview API serves it (no `publishedVersion`). */
  readonly draft?: boolean;
  /** Published, then edited again without publishing (version runs two ahead of `publishedVersion`). */
  readonly pendingChanges?: boolean;
  /** The published version number (default 1). */
  readonly publishedVersion?: number;
  /** Space id written into `sys.space` (default `northshire`). */
  readonly spaceId?: string;
}

/** A Contentful rich-text node, as the Content Management API stores it. */
export interface ContentfulRichTextNode {
  nodeType: string;
  data: Record<string, unknown>;
  content?: ContentfulRichTextNode[];
  value?: string;
  marks?: { type: string }[];
}

/** A Contentful rich-text document. */
export interface ContentfulRichTextDocument extends ContentfulRichTextNode {
  nodeType: 'document';
  content: ContentfulRichTextNode[];
}

/** Turns an SDK rich-text document into the document Contentful stores. */
export function richTextToContentful(document: RichTextDocument): ContentfulRichTextDocument {
  return { nodeType: 'document', data: {}, content: document.content.map(blockNode) };
}

function blockNode(block: RichTextBlock): ContentfulRichTextNode {
  switch (block.type) {
    case 'paragraph':
      return { nodeType: 'paragraph', data: {}, content: block.content.map(inlineNode) };
    case 'heading':
      return { nodeType: `heading-${block.level}`, data: {}, content: block.content.map(inlineNode) };
    case 'list':
      return {
        nodeType: block.ordered ? 'ordered-list' : 'unordered-list',
        data: {},
        content: block.items.map((item) => ({ nodeType: 'list-item', data: {}, content: item.map(blockNode) })),
      };
    case 'quote':
      return { nodeType: 'blockquote', data: {}, content: block.content.map(blockNode) };
    case 'rule':
      return { nodeType: 'hr', data: {}, content: [] };
  }
}

function inlineNode(inline: RichTextInline): ContentfulRichTextNode {
  return inline.type === 'text' ? textNode(inline) : { nodeType: 'hyperlink', data: { uri: inline.url }, content: inline.content.map(textNode) };
}

function textNode(text: RichTextText): ContentfulRichTextNode {
  return { nodeType: 'text', value: text.value, marks: text.marks.map((type) => ({ type })), data: {} };
}

const entryLink = (id: string) => ({ sys: { type: 'Link' as const, linkType: 'Entry' as const, id } });
const assetLink = (id: string) => ({ sys: { type: 'Link' as const, linkType: 'Asset' as const, id } });

/** One field value in the export's encoding. */
function encodeValue(kind: FieldKind, value: unknown): unknown {
  switch (kind) {
    case 'link':
      return entryLink(value as string);
    case 'links':
      return (value as readonly string[]).map(entryLink);
    case 'asset':
      return assetLink(value as string);
    case 'richText':
      // Invalid fixtures hand over raw values on purpose; only SDK documents are converted.
      return isSdkDocument(value) ? richTextToContentful(value) : value;
    case 'location': {
      const { lat, lon } = value as { lat: number; lon: number };
      return { lat, lon };
    }
    case 'symbols':
      return [...(value as readonly string[])];
    default:
      return value;
  }
}

function isSdkDocument(value: unknown): value is RichTextDocument {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'document';
}

/**
 * Encodes field values of any entry of `contentType`, whether or not they are valid. Used by
 * {@link toExportEntry} for typed entities and by the invalid fixture for deliberately bad ones.
 */
export function encodeEntry(
  contentType: ContentTypeId,
  id: string,
  values: Readonly<Record<string, unknown>>,
  translations: Readonly<Partial<Record<TranslationLocale, Readonly<Record<string, unknown>>>>>,
  options: ExportEntryOptions,
): ExportEntry {
  const definitionFields: Readonly<Record<string, AnyField>> = contentModel[contentType].fields;
  const fields: Record<string, Record<string, unknown>> = {};
  for (const [locale, translated] of Object.entries(translations)) {
    for (const fieldId of Object.keys(translated ?? {})) {
      const f = definitionFields[fieldId];
      if (!f) throw new Error(`${contentType} ${id}: "${fieldId}" is not a field of ${contentType}`);
      if (!f.state.localized) throw new Error(`${contentType} ${id}: "${fieldId}" is not localized, so it cannot have a ${locale} translation`);
    }
  }
  for (const [fieldId, f] of Object.entries(definitionFields)) {
    const value = values[fieldId];
    const byLocale: Record<string, unknown> = {};
    if (value !== undefined) byLocale[DEFAULT_LOCALE] = encodeValue(f.state.kind, value);
    if (f.state.localized) {
      for (const [locale, translated] of Object.entries(translations)) {
        const other = translated?.[fieldId];
        if (other !== undefined) byLocale[locale] = encodeValue(f.state.kind, other);
      }
    }
    if (Object.keys(byLocale).length) fields[fieldId] = byLocale;
  }
  const updatedAt = options.updatedAt ?? options.createdAt;
  const publishedVersion = options.publishedVersion ?? 1;
  const published = options.draft
    ? { revision: 0, version: 2 }
    : {
        revision: 1,
        version: publishedVersion + (options.pendingChanges ? 2 : 1),
        publishedVersion,
        publishedAt: options.pendingChanges ? options.createdAt : updatedAt,
        firstPublishedAt: options.pendingChanges ? options.createdAt : updatedAt,
        publishedCounter: 1,
      };
  return {
    metadata: { tags: [] },
    sys: {
      id,
      type: 'Entry',
      contentType: { sys: { type: 'Link', linkType: 'ContentType', id: contentType } },
      createdAt: options.createdAt,
      updatedAt,
      ...published,
      space: { sys: { type: 'Link', linkType: 'Space', id: options.spaceId ?? 'northshire' } },
      environment: { sys: { id: 'master', type: 'Link', linkType: 'Environment' } },
    },
    fields,
  };
}

/**
 * Turns a typed entity and its translations into a space-export entry. Non-localized fields are
 * written under the default locale only; a translation of a non-localized field is an error.
 */
export function toExportEntry<T extends ContentTypeId>(entity: Entity<T>, translations: Translations<T> = {}, options: ExportEntryOptions): ExportEntry {
  const { id, contentType, updatedAt, ...values } = entity as Entity & Record<string, unknown>;
  const changed = options.updatedAt ?? updatedAt;
  return encodeEntry(contentType, id, values, translations, {
    ...options,
    ...(changed ? { updatedAt: changed } : {}),
  });
}

/** Content types and editor interfaces of the whole model, as a space export carries them. */
export function toExportContentTypes(when = '2026-01-05T09:00:00.000Z'): Pick<SpaceExport, 'contentTypes' | 'editorInterfaces'> {
  return {
    contentTypes: CONTENT_TYPE_IDS.map((id): ContentfulContentType => {
      const type = toContentfulContentType(contentModel[id]);
      return {
        ...type,
        sys: { ...type.sys, createdAt: when, updatedAt: when, revision: 1, publishedCounter: 1, publishedVersion: 1, version: 2 },
        fields: type.fields.map((f) => ({ ...f })),
      };
    }),
    editorInterfaces: CONTENT_TYPE_IDS.map((id) => toContentfulEditorInterface(contentModel[id])),
  };
}
