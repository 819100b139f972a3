/**
 * Loading a content query from the Delivery or Preview API, whichever HTTP client carries the
 * requests: locales once, then entries page by page with `include`, flattened to one locale,
 * then validated into a content set. The fetch reader and the official-client source share it.
 */
import { buildContentSet } from '../../build-content-set.js';
import { registryOf, type ContentQuery, type ContentResult, type LoadOptions } from '../source.js';
import { fallbackChain } from '../locale-chain.js';
import { matchLocale, type LocaleInfo } from '../locales.js';
import type { ContentfulSourceOptions } from './options.js';
import { DEFAULT_MAX_ENTRY_PAGES, startPaging } from './paging.js';
import { EntryCollector, readEntriesPage, readLocales } from './response.js';

/** Query parameters of one entries request. */
export interface EntriesRequest {
  readonly content_type: string;
  readonly include: number;
  readonly limit: number;
  readonly skip: number;
  readonly order: 'sys.id';
  /** A locale code, or `*` for every locale. */
  readonly locale: string;
  readonly 'sys.id[in]'?: string;
}

/**
 * How requests reach Contentful. Each method makes one logical request (with the source's
 * timeout and retry budget) and resolves with the parsed body, unchecked.
 */
export interface ContentfulTransport {
  /** Names the API for messages, e.g. "Contentful (Delivery API, space x, environment master)". */
  readonly where: string;
  /** `GET /locales`. */
  getLocales(options: LoadOptions): Promise<unknown>;
  /** `GET /entries`. */
  getEntries(request: EntriesRequest, options: LoadOptions): Promise<unknown>;
}

/** What both Contentful sources offer on top of `load`. */
export interface ContentfulReader {
  /** The space's locales (fetched once; a failure is not remembered). */
  locales(options?: LoadOptions): Promise<LocaleInfo[]>;
  /**
   * Loads a query. Sends one locales request (the first time) and at most `paging.maxPages`
   * (default 100) entries requests, each tried at most `1 + retries` times.
   */
  load(query: ContentQuery, options?: LoadOptions): Promise<ContentResult>;
}

/** Creates the loader over `transport`. */
export function createContentfulReader(transport: ContentfulTransport, options: ContentfulSourceOptions): ContentfulReader {
  const { where } = transport;
  let localeList: Promise<LocaleInfo[]> | undefined;

  function locales(loadOptions: LoadOptions = {}): Promise<LocaleInfo[]> {
    localeList ??= transport
      .getLocales(loadOptions)
      .then((body) => readLocales(body, where))
      .catch((error: unknown) => {
        localeList = undefined;
        throw error;
      });
    return localeList;
  }

  async function load(query: ContentQuery, loadOptions: LoadOptions = {}): Promise<ContentResult> {
    const spaceLocales = await locales(loadOptions);
    const defaultLocale = spaceLocales.find((l) => l.default)?.code;
    const locale = matchLocale(query.locale, spaceLocales) ?? defaultLocale ?? query.locale;
    // Other locales are fetched with every locale and flattened here, so the SDK knows which
    // translated fields fell back (the API would fall back silently).
    const chain = locale === defaultLocale ? undefined : fallbackChain(locale, spaceLocales);
    const collected = new EntryCollector(chain, locale);
    const pageSize = Math.max(1, Math.min(options.pageSize ?? 1000, 1000));
    const pager = startPaging(`Paging through ${where}`, options.paging ?? {}, DEFAULT_MAX_ENTRY_PAGES);
    for (const type of query.types) {
      for (let skip = 0; ; skip += pageSize) {
        pager.next();
        const body = await transport.getEntries(
          {
            content_type: type,
            include: Math.max(0, Math.min(options.include ?? 10, 10)),
            limit: pageSize,
            skip,
            order: 'sys.id',
            locale: chain ? '*' : locale,
            ...(query.ids?.length ? { 'sys.id[in]': query.ids.join(',') } : {}),
          },
          loadOptions,
        );
        const page = readEntriesPage(body, where, pageSize);
        collected.addPage(page);
        if (page.size < pageSize || skip + pageSize >= page.total) break;
      }
    }
    const built = buildContentSet(collected.entries.values(), { locale, registry: await registryOf(query), assets: [...collected.assets.values()], unresolvable: collected.unresolvable });
    return {
      set: built.set,
      issues: [...collected.issues, ...built.issues],
      fetchedAt: new Date().toISOString(),
      // Editors' preview follows edits as they type: the client re-validates these with the edit applied.
      ...(options.preview ? { rawEntries: [...collected.entries.values()] } : {}),
    };
  }

  return { locales, load };
}
