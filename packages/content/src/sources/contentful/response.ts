/**
 * Reads Contentful's answers defensively. The body is data from the network: a proxy, a cache or
 * a broken deployment can answer 200 with anything. A whole answer that is not a Contentful
 * response becomes an `invalid-response` error; one malformed entry in a good answer becomes one
 * {@link ContentIssue} for that entry, and the others still load.
 */
import type { Asset } from '../../content-set.js';
import type { RawEntry } from '../../model/definition/index.js';
import type { ContentIssue } from '../../model/index.js';
import type { LocaleInfo } from '../locales.js';
import { describeBody, invalidResponse } from './errors.js';
import { toAsset, toAssetForLocale, toRawEntry, toRawEntryForLocale, type ContentfulAssetLike, type ContentfulEntryLike } from './to-raw.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The locales of `GET /locales`; an answer with none is not a locale list. */
export function readLocales(body: unknown, where: string): LocaleInfo[] {
  if (!isObject(body) || !Array.isArray(body['items'])) throw invalidResponse(where, describeBody(body));
  const locales: LocaleInfo[] = [];
  for (const item of body['items']) {
    if (!isObject(item) || typeof item['code'] !== 'string' || item['code'] === '') continue;
    const fallback = item['fallbackCode'];
    locales.push({
      code: item['code'],
      ...(typeof item['name'] === 'string' ? { name: item['name'] } : {}),
      ...(typeof item['default'] === 'boolean' ? { default: item['default'] } : {}),
      fallbackCode: typeof fallback === 'string' && fallback !== '' ? fallback : null,
    });
  }
  if (locales.length === 0) throw invalidResponse(where, 'a list of locales without any locale');
  return locales;
}

/** One page of `GET /entries`, checked. */
export interface EntriesPage {
  /** How many entries match the query in all (Contentful's `total`). */
  readonly total: number;
  /** Entries of the page, and entries from `includes`; not yet checked one by one. */
  readonly entries: readonly unknown[];
  readonly assets: readonly unknown[];
  /** Ids Contentful says it could not resolve (`errors[].details.id`). */
  readonly unresolvable: readonly string[];
  /** Entries on the page itself (not counting includes), for paging. */
  readonly size: number;
}

/**
 * Checks an entries page. A page without a numeric `total` or with more items than `limit` is not
 * something Contentful sends; paging on it could go on forever, so it is an error at once.
 */
export function readEntriesPage(body: unknown, where: string, limit: number): EntriesPage {
  if (!isObject(body) || !Array.isArray(body['items'])) throw invalidResponse(where, describeBody(body));
  const total = body['total'];
  const items: unknown[] = body['items'];
  if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0) throw invalidResponse(where, 'a list of entries without a total');
  if (items.length > limit) throw invalidResponse(where, `${items.length} entries where at most ${limit} were asked for`);
  const includes = isObject(body['includes']) ? body['includes'] : {};
  const unresolvable: string[] = [];
  for (const error of list(body['errors'])) {
    const id = isObject(error) && isObject(error['details']) ? error['details']['id'] : undefined;
    if (typeof id === 'string') unresolvable.push(id);
  }
  return { total, entries: [...items, ...list(includes['Entry'])], assets: list(includes['Asset']), unresolvable, size: items.length };
}

/** An entry checked and flattened, or the one issue that explains why it was left out. */
export type EntryReading = { readonly ok: true; readonly entry: RawEntry } | { readonly ok: false; readonly issue: ContentIssue };

/**
 * Checks one entry as Contentful sent it and turns it into a raw entry. With `chain`, fields are
 * in every locale (`locale=*`, sync) and are flattened along it.
 */
export function readEntry(item: unknown, chain: readonly string[] | undefined, locale?: string): EntryReading {
  const sys = isObject(item) && isObject(item['sys']) ? item['sys'] : undefined;
  const id = typeof sys?.['id'] === 'string' ? sys['id'] : '';
  const typeLink = isObject(sys?.['contentType']) ? sys['contentType']['sys'] : undefined;
  const contentType = isObject(typeLink) && typeof typeLink['id'] === 'string' ? typeLink['id'] : '';
  const problem = (message: string): EntryReading => ({
    ok: false,
    issue: { entryId: id, contentType, path: [], message, severity: 'error', code: 'source-error', ...(locale ? { locale } : {}) },
  });
  if (!sys || id === '') return problem('Contentful sent an entry without an id, so it was left out');
  if (contentType === '') return problem('Contentful sent this entry without its content type, so it was left out');
  const fields = (item as Json)['fields'];
  if (!isObject(fields)) return problem('Contentful sent this entry without its fields, so it was left out. Open it in Contentful and publish it again.');
  const entry: ContentfulEntryLike = {
    sys: { id, contentType: { sys: { id: contentType } }, ...(typeof sys['updatedAt'] === 'string' ? { updatedAt: sys['updatedAt'] } : {}) },
    fields: chain ? onlyLocalised(fields) : fields,
  };
  return { ok: true, entry: (chain ? toRawEntryForLocale(entry, chain) : toRawEntry(entry))! };
}

/**
 * In all-locale form every field is `{locale: value}`; anything else cannot be flattened and is
 * dropped. So is a `__proto__` key: flattening assigns field by field, and that one would set the
 * prototype of the flattened fields instead of a field.
 */
function onlyLocalised(fields: Json): Json {
  return Object.fromEntries(Object.entries(fields).filter(([id, value]) => id !== '__proto__' && isObject(value)));
}

/** An asset as Contentful sent it, or `undefined` when it is malformed or fails the URL policy. */
export function readAsset(item: unknown, chain: readonly string[] | undefined): Asset | undefined {
  const sys = isObject(item) && isObject(item['sys']) ? item['sys'] : undefined;
  const fields = isObject(item) ? item['fields'] : undefined;
  if (typeof sys?.['id'] !== 'string' || !isObject(fields)) return undefined;
  const asset: ContentfulAssetLike = { sys: { id: sys['id'] }, fields: chain ? onlyLocalised(fields) : fields };
  return chain ? toAssetForLocale(asset, chain) : toAsset(asset);
}

/** Collects entries, assets and issues across pages, keeping the first copy of each id. */
export class EntryCollector {
  readonly entries = new Map<string, RawEntry>();
  readonly assets = new Map<string, Asset>();
  readonly unresolvable = new Set<string>();
  readonly #issues = new Map<string, ContentIssue>();
  readonly #anonymous: ContentIssue[] = [];

  constructor(
    private readonly chain: readonly string[] | undefined,
    private readonly locale?: string,
  ) {}

  /** Adds a checked page. */
  addPage(page: EntriesPage): void {
    for (const item of page.entries) this.addEntry(item);
    for (const item of page.assets) {
      const asset = readAsset(item, this.chain);
      if (asset) this.assets.set(asset.id, asset);
    }
    for (const id of page.unresolvable) this.unresolvable.add(id);
  }

  /** Adds one entry as Contentful sent it. */
  addEntry(item: unknown): void {
    const reading = readEntry(item, this.chain, this.locale);
    if (reading.ok) {
      if (!this.entries.has(reading.entry.id) && !this.#issues.has(reading.entry.id)) this.entries.set(reading.entry.id, reading.entry);
    } else if (reading.issue.entryId === '') {
      this.#anonymous.push(reading.issue);
    } else if (!this.entries.has(reading.issue.entryId)) {
      // The same entry often comes again in a later page's includes: report it once.
      this.#issues.set(reading.issue.entryId, reading.issue);
    }
  }

  /** One issue per malformed entry. */
  get issues(): ContentIssue[] {
    return [...this.#issues.values(), ...this.#anonymous];
  }
}
