/**
 * The Contentful source: reads the Content Delivery (or Preview) API through the official
 * `contentful` client, page by page, and validates every entry into a content set.
 */
import { createClient, type ContentfulClientApi, type CreateClientParams, type EntrySkeletonType, type LocaleCollection } from 'contentful';
import { buildContentSet } from '../../build-content-set.js';
import type { Asset } from '../../content-set.js';
import type { RawEntry } from '../../model/definition/index.js';
import { ContentSourceError, type ContentQuery, type ContentResult, type ContentSource, type LoadOptions } from '../source.js';
import { fallbackChain, matchLocale, type LocaleInfo } from '../locales.js';
import { toSourceError } from './errors.js';
import { contentfulHost, contentfulSourceKey, type ContentfulSourceOptions } from './options.js';
import { retryAfterFromHeaders, withRetry, type RetryPolicy } from './retry.js';
import { toAsset, toAssetForLocale, toRawEntry, toRawEntryForLocale, type ContentfulAssetLike, type ContentfulEntryLike } from './to-raw.js';

/** A Contentful source, plus what the CLI needs beyond widgets' loads. */
export interface ContentfulSource extends ContentSource {
  /** The space's locales (fetched once). */
  locales(options?: LoadOptions): Promise<LocaleInfo[]>;
  /** The underlying client with link resolution off, for full exports (sync). */
  readonly client: ContentfulClientApi<'WITHOUT_LINK_RESOLUTION'>;
  /** Runs a client call with the source's timeout, retry budget and error mapping. */
  call<T>(request: () => Promise<T>, options?: LoadOptions): Promise<T>;
}

/** Creates a Contentful source. */
export function createContentfulSource(options: ContentfulSourceOptions): ContentfulSource {
  const environment = options.environment ?? 'master';
  const host = contentfulHost(options);
  const where = `Contentful (${options.preview ? 'Preview' : 'Delivery'} API, space ${options.space}, environment ${environment})`;
  const policy: RetryPolicy = { retries: options.retries ?? 2, maxWaitMs: options.maxRetryWaitMs ?? 2000 };
  // The client's own retry ignores Retry-After and may wait a minute; we retry ourselves instead.
  // Contentful rate-limits a whole organisation, so one "not before" time serves every request.
  let notBefore = 0;
  const params: CreateClientParams = {
    space: options.space,
    accessToken: options.accessToken,
    environment,
    host,
    insecure: options.insecure ?? false,
    timeout: options.timeoutMs ?? 4000,
    retryOnError: false,
    logHandler: () => undefined,
    responseLogger: (response) => {
      const headers = (response as { response?: { headers?: Record<string, unknown> } }).response?.headers;
      const wait = headers ? retryAfterFromHeaders(headers) : undefined;
      if (wait !== undefined) notBefore = Date.now() + wait;
    },
  };
  const base = createClient(params);
  const client = base.withoutLinkResolution;
  // Other locales are fetched with every locale and flattened here, so the SDK knows which
  // translated fields fell back (the API would fall back silently).
  const allLocales = base.withAllLocales.withoutLinkResolution;
  let localeList: Promise<LocaleInfo[]> | undefined;

  async function call<T>(request: () => Promise<T>, loadOptions: LoadOptions = {}): Promise<T> {
    const { signal } = loadOptions;
    if (signal?.aborted) throw new ContentSourceError('aborted', 'The load was cancelled');
    const attempt = async () => {
      try {
        return await abortable(request(), signal);
      } catch (error) {
        throw toSourceError(error, where);
      }
    };
    return withRetry(attempt, policy, () => Math.max(0, notBefore - Date.now()), signal);
  }

  function locales(loadOptions?: LoadOptions): Promise<LocaleInfo[]> {
    localeList ??= call(() => client.getLocales(), loadOptions)
      .then((collection: LocaleCollection) => collection.items.map((l) => ({ code: l.code, name: l.name, default: l.default, fallbackCode: l.fallbackCode ?? null })))
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
    const chain = locale === defaultLocale ? undefined : fallbackChain(locale, spaceLocales);
    const entries = new Map<string, RawEntry>();
    const assets = new Map<string, Asset>();
    const unresolvable = new Set<string>();
    const pageSize = Math.min(options.pageSize ?? 1000, 1000);
    for (const type of query.types) {
      for (let skip = 0; ; skip += pageSize) {
        const search = {
          content_type: type,
          include: Math.min(options.include ?? 10, 10) as 10,
          limit: pageSize,
          skip,
          order: ['sys.id'] as ['sys.id'],
          ...(query.ids?.length ? { 'sys.id[in]': query.ids.join(',') } : {}),
        };
        const page = await call(
          () => asPage(chain ? allLocales.getEntries<EntrySkeletonType>(search) : client.getEntries<EntrySkeletonType>({ ...search, locale })),
          loadOptions,
        );
        const included = page.includes;
        for (const item of [...page.items, ...(included?.Entry ?? [])]) {
          const raw = chain ? toRawEntryForLocale(item, chain) : toRawEntry(item);
          if (raw && !entries.has(raw.id)) entries.set(raw.id, raw);
        }
        for (const item of included?.Asset ?? []) {
          const asset = chain ? toAssetForLocale(item, chain) : toAsset(item);
          if (asset) assets.set(asset.id, asset);
        }
        for (const error of page.errors ?? []) {
          if (error.details?.id) unresolvable.add(error.details.id);
        }
        if (skip + pageSize >= page.total) break;
      }
    }
    const built = buildContentSet(entries.values(), { locale, registry: query.registry, assets: [...assets.values()], unresolvable });
    return { set: built.set, issues: built.issues, fetchedAt: new Date().toISOString() };
  }

  return {
    key: contentfulSourceKey(options),
    load,
    locales,
    client,
    call,
  };
}

/** What the source reads of an entries page, whichever locale form it was fetched in. */
interface EntriesPage {
  readonly total: number;
  readonly items: readonly ContentfulEntryLike[];
  readonly includes?: { readonly Entry?: readonly ContentfulEntryLike[]; readonly Asset?: readonly ContentfulAssetLike[] };
  readonly errors?: readonly { readonly details?: { readonly id?: string } }[];
}

const asPage = (page: Promise<unknown>) => page as Promise<EntriesPage>;

/** The client cannot be cancelled; stop waiting for it instead so the caller can move on. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ContentSourceError(signal.reason instanceof ContentSourceError ? signal.reason.kind : 'aborted', 'The load was cancelled'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
