/**
 * The read endpoints: entries, assets, content types, locales and the space itself, each
 * answering in the Delivery API's Array envelope or single-resource shape.
 */
import { notFound } from './errors.js';
import type { ContentfulContentType, ContentTypeField } from './export-types.js';
import { comparator, containsText, matchesAll } from './filter.js';
import { resolveIncludes, type Includes, type LinkError } from './includes.js';
import { linksTo } from './links.js';
import { parseCollectionQuery, parseSingleQuery, type CollectionQuery, type Resource } from './query.js';
import { applySelect } from './select.js';
import { link, type ContentView, type StoredEntity } from './view.js';

export interface ArrayBody {
  sys: { type: 'Array' };
  total: number;
  skip: number;
  limit: number;
  items: unknown[];
  includes?: Includes;
  errors?: LinkError[];
}

function envelope(items: unknown[], total: number, query: Pick<CollectionQuery, 'skip' | 'limit'>): ArrayBody {
  return { sys: { type: 'Array' }, total, skip: query.skip, limit: query.limit, items };
}

/** Pages through already-filtered documents with Contentful's skip/limit/order semantics. */
function page<T>(items: T[], query: CollectionQuery, sortKey: (item: T) => unknown): T[] {
  const compare = comparator(query.order);
  const sorted = query.order.length > 0 ? [...items].sort((a, b) => compare(sortKey(a), sortKey(b))) : items;
  return sorted.slice(query.skip, query.skip + query.limit);
}

/** Mime type groups the Delivery API knows for `mimetype_group` (the common ones). */
const MIME_GROUPS: Record<string, (mime: string) => boolean> = {
  image: (mime) => mime.startsWith('image/'),
  video: (mime) => mime.startsWith('video/'),
  audio: (mime) => mime.startsWith('audio/'),
  pdfdocument: (mime) => mime === 'application/pdf',
  plaintext: (mime) => mime === 'text/plain',
  richtext: (mime) => mime === 'application/rtf' || mime.includes('wordprocessingml') || mime === 'application/msword',
  spreadsheet: (mime) => mime.includes('spreadsheetml') || mime === 'application/vnd.ms-excel' || mime === 'text/csv',
  presentation: (mime) => mime.includes('presentationml') || mime === 'application/vnd.ms-powerpoint',
  archive: (mime) => ['application/zip', 'application/x-tar', 'application/gzip', 'application/x-7z-compressed'].includes(mime),
  code: (mime) => ['application/json', 'application/javascript', 'text/javascript', 'text/css'].includes(mime),
  markup: (mime) => mime === 'text/html' || mime === 'application/xml' || mime === 'text/xml',
};

function listEntities(resource: 'Entry' | 'Asset', view: ContentView, params: URLSearchParams): ArrayBody {
  const query = parseCollectionQuery(resource, params, view);
  let candidates = resource === 'Entry' ? view.entries : view.assets;
  if (query.contentType) {
    const id = query.contentType.sys.id;
    candidates = candidates.filter((entity) => entity.contentTypeId === id);
  }
  const { linksToEntry, linksToAsset, mimetypeGroup } = query;
  if (linksToEntry !== undefined) candidates = candidates.filter((entity) => linksTo(entity.fields, 'Entry', linksToEntry));
  if (linksToAsset !== undefined) candidates = candidates.filter((entity) => linksTo(entity.fields, 'Asset', linksToAsset));

  // Filters, search and order look at one locale: the requested one, or the default for `*`.
  const needsDocs = query.filters.length > 0 || query.order.length > 0 || query.fullText !== undefined || mimetypeGroup !== undefined;
  const searchLocale = query.locale.all ? { all: false as const, code: view.locales.defaultCode } : query.locale;
  let matches = candidates.map((entity) => ({ entity, doc: needsDocs ? view.render(entity, searchLocale) : undefined }));
  if (needsDocs) {
    const inGroup = mimetypeGroup === undefined ? undefined : MIME_GROUPS[mimetypeGroup];
    matches = matches.filter(({ doc }) => {
      if (!matchesAll(doc, query.filters)) return false;
      if (query.fullText !== undefined && !containsText(doc?.fields, query.fullText)) return false;
      if (mimetypeGroup === undefined) return true;
      const mime = (doc?.fields.file as { contentType?: unknown } | undefined)?.contentType;
      return inGroup !== undefined && typeof mime === 'string' && inGroup(mime);
    });
  }

  const selected = page(matches, query, (match) => match.doc).map(({ entity }) => {
    const rendered = view.render(entity, query.locale);
    return { entity, sent: query.select ? applySelect(rendered, query.select) : rendered };
  });
  const body = envelope(
    selected.map(({ sent }) => sent),
    matches.length,
    query,
  );
  if (resource === 'Entry') Object.assign(body, resolveIncludes(selected, query.include, view, query.locale));
  return body;
}

export function listEntries(view: ContentView, params: URLSearchParams): ArrayBody {
  return listEntities('Entry', view, params);
}

export function listAssets(view: ContentView, params: URLSearchParams): ArrayBody {
  return listEntities('Asset', view, params);
}

export function getEntity(resource: 'Entry' | 'Asset', view: ContentView, id: string, params: URLSearchParams): unknown {
  const locale = parseSingleQuery(params, view, true);
  const entity: StoredEntity | undefined = view.find(resource, id);
  if (!entity) throw notFoundIn(view, resource, id);
  return view.render(entity, locale);
}

function notFoundIn(view: ContentView, type: Resource, id: string): Error {
  return notFound({ type, id, environment: view.context.environment, space: view.context.spaceId });
}

/** Content type fields as the Delivery API shows them: editor validations are not exposed. */
function deliveryField(field: ContentTypeField): Record<string, unknown> {
  const shown: Record<string, unknown> = {
    id: field.id,
    name: field.name,
    type: field.type,
    localized: field.localized ?? false,
    required: field.required ?? false,
    disabled: field.disabled ?? false,
    omitted: field.omitted ?? false,
  };
  if (field.linkType !== undefined) shown.linkType = field.linkType;
  if (field.items !== undefined) shown.items = { type: field.items.type, validations: field.items.validations ?? [], ...(field.items.linkType ? { linkType: field.items.linkType } : {}) };
  return shown;
}

function renderContentType(view: ContentView, type: ContentfulContentType): Record<string, unknown> {
  const { spaceId, environment } = view.context;
  return {
    sys: {
      space: link('Space', spaceId),
      id: type.sys.id,
      type: 'ContentType',
      createdAt: type.sys.createdAt,
      updatedAt: type.sys.updatedAt,
      environment: { sys: { id: environment, type: 'Link', linkType: 'Environment' } },
      revision: type.sys.publishedCounter ?? type.sys.revision ?? 1,
    },
    displayField: type.displayField ?? null,
    name: type.name,
    description: type.description ?? '',
    fields: type.fields.map(deliveryField),
  };
}

export function listContentTypes(view: ContentView, params: URLSearchParams): ArrayBody {
  const query = parseCollectionQuery('ContentType', params, view);
  const rendered = view.contentTypes.map((type) => renderContentType(view, type)).filter((doc) => matchesAll(doc, query.filters));
  return envelope(page(rendered, query, (doc) => doc), rendered.length, query);
}

export function getContentType(view: ContentView, id: string, params: URLSearchParams): unknown {
  parseSingleQuery(params, view, false);
  const type = view.contentType(id);
  if (!type) throw notFoundIn(view, 'ContentType', id);
  return renderContentType(view, type);
}

export function listLocales(view: ContentView, params: URLSearchParams): ArrayBody {
  const query = parseCollectionQuery('Locale', params, view);
  const locales = view.space.locales.map((locale) => ({
    code: locale.code,
    name: locale.name,
    default: locale.default,
    fallbackCode: locale.fallbackCode ?? null,
    sys: { id: locale.sys?.id ?? locale.code, type: 'Locale', version: locale.sys?.version ?? 0 },
  }));
  return envelope(locales.slice(query.skip, query.skip + query.limit), locales.length, query);
}

/** `GET /spaces/{id}`, which contentful.js calls from `getSpace()`. */
export function getSpace(view: ContentView, params: URLSearchParams): unknown {
  parseSingleQuery(params, view, false);
  return {
    sys: { type: 'Space', id: view.context.spaceId },
    name: view.context.spaceId,
    locales: view.space.locales.map((locale) => ({
      code: locale.code,
      default: locale.default,
      name: locale.name,
      fallbackCode: locale.fallbackCode ?? null,
    })),
  };
}
