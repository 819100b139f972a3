/**
 * The requests an ORUK reader sends, shared by the content source and the server-side search:
 * the version from `GET /`, one page of a list, and full records from `/services/{id}` with
 * bounded concurrency.
 */
import { ContentSourceError, type LoadOptions } from '../source.js';
import type { ContentIssue } from '../../model/index.js';
import { readFeedPage, type FeedPage } from './envelope.js';
import { createOrukHttp, invalidFeedResponse, type OrukHttp, type OrukParams } from './http.js';
import { serviceEntryId, type OrukVersion } from './map.js';
import { DEFAULT_MAX_DETAILS, type OrukSourceOptions } from './options.js';
import { idOf, isObject, pick, text } from './values.js';

/** Nested parts of a full service record: a list item with none of them is completed from `/services/{id}`. */
const NESTED = [
  'service_at_locations',
  'attributes',
  'taxonomy_terms',
  'service_taxonomys',
  'service_taxonomies',
  'schedules',
  'regular_schedules',
  'cost_options',
  'languages',
  'contacts',
  'eligibilitys',
  'eligibilities',
];

/** Failures of one record's detail request that leave the others readable; anything else stops the load. */
const RECORD_FAILURES = new Set(['not-found', 'invalid-response', 'server', 'auth']);

/** The version `GET /` names (`{version: "HSDS-UK-3.0", …}`); no version, as the ORUK validator reads it, is v1. */
export function versionOf(body: unknown): OrukVersion {
  const version = text(pick(body, 'version'));
  return version !== undefined && /(^|[^\d.])3(\.\d+)*([^\d.]|$)/.test(version) ? '3.0' : '1.0';
}

/** What the reader sends to a feed. */
export interface OrukFeed {
  readonly where: string;
  readonly http: OrukHttp;
  /** The feed's version (asked once; a failure is not remembered). */
  version(options: LoadOptions): Promise<OrukVersion>;
  /** One page of `path`. */
  page(path: string, params: OrukParams, options: LoadOptions): Promise<FeedPage>;
  /**
   * Full records for `items` where they need one (see {@link OrukSourceOptions.details}), at most
   * `detailConcurrency` at a time and `maxDetails` per call. A record whose request fails on its
   * own (404, 5xx, not JSON) keeps its list item and gets a warning in `issues`.
   */
  complete(items: readonly unknown[], options: LoadOptions, issues: ContentIssue[], locale: string, mode?: OrukSourceOptions['details']): Promise<unknown[]>;
  /** The full record of one service, by its ORUK id. */
  detail(feedId: string, options: LoadOptions): Promise<unknown>;
}

/** True when a list item lacks every nested part (a `minimal` list or a 3.0 list of one-to-one fields). */
export function needsDetail(item: unknown): boolean {
  return isObject(item) && !NESTED.some((name) => pick(item, name) !== undefined);
}

/** Creates the feed's requests. */
export function createOrukFeed(options: OrukSourceOptions): OrukFeed {
  const http = createOrukHttp(options);
  const { where } = http;
  let version: Promise<OrukVersion> | undefined;

  async function detail(feedId: string, loadOptions: LoadOptions): Promise<unknown> {
    const path = `/services/${encodeURIComponent(feedId)}`;
    const body = await http.get(path, {}, loadOptions);
    // Some feeds wrap the record (`{"service": {…}}` or a one-item page).
    const record = isObject(body) && idOf(pick(body, 'id')) === undefined ? (pick(body, 'service') ?? readFeedPage(body, where, path).items[0]) : body;
    if (!isObject(record)) throw invalidFeedResponse(where, path, 'something that is not a service record');
    return record;
  }

  return {
    where,
    http,
    version(loadOptions) {
      version ??= http.get('/', {}, loadOptions).then(versionOf, (error: unknown) => {
        // A v1 feed often has no `/` (or shows API docs there): the validator reads that as v1.
        if (error instanceof ContentSourceError && (error.kind === 'not-found' || error.kind === 'invalid-response')) return '1.0' as const;
        throw error;
      });
      version.catch(() => (version = undefined));
      return version;
    },
    async page(path, params, loadOptions) {
      return readFeedPage(await http.get(path, params, loadOptions), where, path);
    },
    detail,
    async complete(items, loadOptions, issues, locale, mode = options.details ?? 'auto') {
      const out = [...items];
      if (mode === 'never') return out;
      const wanted = items.map((item, index) => ({ item, index })).filter(({ item }) => idOf(pick(item, 'id')) !== undefined && (mode === 'always' || needsDetail(item)));
      const limit = options.maxDetails ?? DEFAULT_MAX_DETAILS;
      if (wanted.length > limit) {
        issues.push({
          entryId: '',
          contentType: 'service',
          path: [],
          message: `${where} lists ${wanted.length} services without their details; only the first ${limit} were asked for in full (maxDetails). The others show what the list gives.`,
          severity: 'warning',
          code: 'source-error',
          locale,
        });
      }
      const queue = wanted.slice(0, limit);
      const worker = async (): Promise<void> => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const feedId = idOf(pick(next.item, 'id'))!;
          try {
            out[next.index] = await detail(feedId, loadOptions);
          } catch (error) {
            if (!(error instanceof ContentSourceError) || !RECORD_FAILURES.has(error.kind)) {
              // The load fails: the other workers stop asking too.
              queue.length = 0;
              throw error;
            }
            issues.push({
              entryId: serviceEntryId(feedId),
              contentType: 'service',
              path: [],
              message: `${error.message}. The service shows what the feed's list gives.`,
              severity: 'warning',
              code: 'source-error',
              locale,
            });
          }
        }
      };
      const concurrency = Math.max(1, Math.min(options.detailConcurrency ?? 4, 16));
      await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
      return out;
    },
  };
}
