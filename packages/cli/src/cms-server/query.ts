/**
 * Parsing and validating collection query strings. Everything the Delivery API would reject
 * is rejected here with the same error id, so code that works against this server does not
 * break against the real one.
 */
import { invalidQuery, unknownContentType, unknownPath } from './errors.js';
import type { ContentfulContentType } from './export-types.js';
import type { LocaleRequest } from './locales.js';
import type { ContentView } from './view.js';

export type Resource = 'Entry' | 'Asset' | 'ContentType' | 'Locale';

export type FilterOperator = 'eq' | 'ne' | 'in' | 'nin' | 'all' | 'exists' | 'match' | 'lt' | 'lte' | 'gt' | 'gte';

export interface Filter {
  path: string[];
  operator: FilterOperator;
  value: string;
}

export interface OrderTerm {
  path: string[];
  descending: boolean;
}

export interface CollectionQuery {
  limit: number;
  skip: number;
  include: number;
  locale: LocaleRequest;
  contentType?: ContentfulContentType;
  filters: Filter[];
  order: OrderTerm[];
  /** Selected property paths, e.g. `[['sys','id'], ['fields','name']]`. */
  select?: string[][];
  fullText?: string;
  linksToEntry?: string;
  linksToAsset?: string;
  mimetypeGroup?: string;
}

export const MAX_LIMIT = 1000;
export const MAX_INCLUDE = 10;
const MAX_SELECT = 100;

const OPERATORS = new Set<string>(['ne', 'in', 'nin', 'all', 'exists', 'match', 'lt', 'lte', 'gt', 'gte']);

/** Parameters each collection accepts besides filters on property paths. */
const PARAMS: Record<Resource, ReadonlySet<string>> = {
  Entry: new Set([
    'access_token', 'content_type', 'include', 'locale', 'limit', 'skip', 'order', 'select', 'query',
    'links_to_entry', 'links_to_asset',
  ]),
  Asset: new Set(['access_token', 'locale', 'limit', 'skip', 'order', 'select', 'query', 'mimetype_group']),
  ContentType: new Set(['access_token', 'limit', 'skip', 'order']),
  Locale: new Set(['access_token', 'limit', 'skip']),
};

const SYS_PATHS: Record<Resource, ReadonlySet<string>> = {
  Entry: new Set(['id', 'type', 'createdAt', 'updatedAt', 'revision', 'contentType.sys.id']),
  Asset: new Set(['id', 'type', 'createdAt', 'updatedAt', 'revision']),
  ContentType: new Set(['id', 'type', 'createdAt', 'updatedAt', 'revision']),
  Locale: new Set(),
};

const ASSET_FIELDS = new Set(['title', 'description', 'file']);
const CONTENT_TYPE_PROPERTIES = new Set(['name', 'displayField', 'description']);

export function parseCollectionQuery(resource: Resource, params: URLSearchParams, view: ContentView): CollectionQuery {
  const accepted = PARAMS[resource];
  const contentTypeId = accepted.has('content_type') ? (params.get('content_type') ?? undefined) : undefined;
  const contentType = contentTypeId === undefined ? undefined : view.contentType(contentTypeId);
  if (contentTypeId !== undefined && !contentType) throw unknownContentType(contentTypeId);

  const query: CollectionQuery = {
    limit: integerParam(params, 'limit', 100, MAX_LIMIT),
    skip: integerParam(params, 'skip', 0, Number.MAX_SAFE_INTEGER),
    include: integerParam(params, 'include', 1, MAX_INCLUDE),
    locale: accepted.has('locale') ? view.locales.parse(params.get('locale') ?? undefined) : { all: false, code: view.locales.defaultCode },
    filters: [],
    order: [],
  };
  if (contentType) query.contentType = contentType;

  for (const [key, value] of params) {
    if (accepted.has(key)) continue;
    query.filters.push(parseFilter(resource, key, value, contentType));
  }
  const order = params.get('order');
  if (order !== null && accepted.has('order')) query.order = parseOrder(resource, order, contentType);
  const select = params.get('select');
  if (select !== null && accepted.has('select')) query.select = parseSelect(resource, select, contentType);
  const fullText = params.get('query');
  if (fullText !== null && accepted.has('query')) query.fullText = fullText;
  const linksToEntry = params.get('links_to_entry');
  if (linksToEntry !== null && accepted.has('links_to_entry')) query.linksToEntry = linksToEntry;
  const linksToAsset = params.get('links_to_asset');
  if (linksToAsset !== null && accepted.has('links_to_asset')) query.linksToAsset = linksToAsset;
  const mimetypeGroup = params.get('mimetype_group');
  if (mimetypeGroup !== null && accepted.has('mimetype_group')) query.mimetypeGroup = mimetypeGroup;
  return query;
}

/** Only `access_token` and `locale` make sense on a single entry or asset. */
export function parseSingleQuery(params: URLSearchParams, view: ContentView, allowLocale: boolean): LocaleRequest {
  for (const key of params.keys()) {
    if (key === 'access_token' || (allowLocale && key === 'locale')) continue;
    throw unknownPath(key);
  }
  return view.locales.parse(allowLocale ? (params.get('locale') ?? undefined) : undefined);
}

/** A non-negative integer parameter; Contentful rejects negatives and oversize values as InvalidQuery. */
export function integerParam(params: URLSearchParams, name: string, fallback: number, max: number): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) {
    throw invalidQuery([{ name: 'type', path: [name], value: raw, details: `${name} must be a non-negative integer` }]);
  }
  const value = Number(raw);
  if (value > max) {
    throw invalidQuery([{ name: 'size', path: [name], value, max, details: `${name} must be at most ${max}` }]);
  }
  return value;
}

function parseFilter(resource: Resource, key: string, value: string, contentType: ContentfulContentType | undefined): Filter {
  const match = /^([^[\]]+)(?:\[([a-z]+)\])?$/.exec(key);
  if (!match?.[1]) throw unknownPath(key);
  const path = match[1].split('.');
  checkPath(resource, path, contentType);
  const operator = match[2] ?? 'eq';
  if (operator !== 'eq' && !OPERATORS.has(operator)) {
    throw invalidQuery([{ name: 'operator', path, value: operator, details: `The operator "${operator}" is not supported` }]);
  }
  if (operator === 'exists' && value !== 'true' && value !== 'false') {
    throw invalidQuery([{ name: 'type', path, value, details: 'exists expects true or false' }]);
  }
  return { path, operator: operator as FilterOperator, value };
}

function parseOrder(resource: Resource, value: string, contentType: ContentfulContentType | undefined): OrderTerm[] {
  return value.split(',').map((term) => {
    const descending = term.startsWith('-');
    const path = (descending ? term.slice(1) : term).split('.');
    checkPath(resource, path, contentType);
    return { path, descending };
  });
}

function parseSelect(resource: Resource, value: string, contentType: ContentfulContentType | undefined): string[][] {
  const selections = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  if (selections.length > MAX_SELECT) {
    throw invalidQuery([{ name: 'select', details: `Select accepts at most ${MAX_SELECT} properties` }]);
  }
  return selections.map((item) => {
    const path = item.split('.');
    if (path.length > 2) {
      throw invalidQuery([{ name: 'select', path, details: 'Select operator only supports properties up to a depth of 2' }]);
    }
    const [root, property] = path;
    if (root !== 'sys' && root !== 'fields' && root !== 'metadata') throw unknownPath(item);
    if (root === 'fields' && property !== undefined) checkPath(resource, path, contentType);
    return path;
  });
}

/** Throws Contentful's "path is not recognized" error for paths it would not accept. */
function checkPath(resource: Resource, path: string[], contentType: ContentfulContentType | undefined): void {
  const [root, property, ...rest] = path;
  const dotted = path.join('.');
  if (root === 'sys') {
    if (!SYS_PATHS[resource].has(path.slice(1).join('.'))) throw unknownPath(dotted);
    return;
  }
  if (resource === 'ContentType') {
    if (path.length !== 1 || !CONTENT_TYPE_PROPERTIES.has(root ?? '')) throw unknownPath(dotted);
    return;
  }
  if (root === 'metadata' && (resource === 'Entry' || resource === 'Asset')) {
    const tail = path.slice(1).join('.');
    if (tail !== 'tags.sys.id' && tail !== 'concepts.sys.id') throw unknownPath(dotted);
    return;
  }
  if (root !== 'fields' || property === undefined) throw unknownPath(dotted);
  if (resource === 'Asset') {
    // Asset fields are fixed; the file object can be searched by any sub-property.
    if (!ASSET_FIELDS.has(property) || (property !== 'file' && rest.length > 0)) throw unknownPath(dotted);
    return;
  }
  if (resource !== 'Entry') throw unknownPath(dotted);
  // Without content_type the API cannot know the field, so it reports the path as unknown.
  const field = contentType?.fields.find((candidate) => candidate.id === property && candidate.omitted !== true);
  if (!field) throw unknownPath(dotted);
  if (rest.length === 0 || field.type === 'Object') return;
  const isLink = field.type === 'Link' || (field.type === 'Array' && field.items?.type === 'Link');
  if (!isLink || rest.join('.') !== 'sys.id') throw unknownPath(dotted);
}
