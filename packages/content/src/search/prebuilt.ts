/**
 * A search index built ahead of time (by `family-hubs pack`) and loaded in the page or a worker
 * instead of built there: MiniSearch's own serialisation of the text index, stamped with the
 * index format's version and a fingerprint of the very documents it was built over. Loading checks
 * both, so an index from another pack, another locale or an older SDK is never used: the engine
 * builds its own instead, as it would without one.
 */
import type { AsPlainObject } from 'minisearch';
import { ServiceSearchIndex, type SearchIndexOptions } from './search-index.js';
import type { SearchDocument } from './types.js';

/** Identifies a prebuilt search index file. */
export const SEARCH_INDEX_FORMAT = 'family-hubs-search-index';
/**
 * The version of what a prebuilt index holds. Bump it whenever the indexed fields, the tokenizer,
 * term processing or the text records change (`text.ts`, `textRecord` in `search-index.ts`), so
 * packs built by an older CLI are rebuilt in the page instead of searched wrongly.
 */
export const SEARCH_INDEX_VERSION = 1;

/** A prebuilt search index, as `family-hubs pack` writes it (JSON). */
export interface PrebuiltSearchIndex {
  readonly format: typeof SEARCH_INDEX_FORMAT;
  readonly version: typeof SEARCH_INDEX_VERSION;
  /** {@link documentsFingerprint} of the documents it indexes. */
  readonly documents: string;
  /** How many documents it indexes. */
  readonly count: number;
  /** MiniSearch's `toJSON()` of the text index. */
  readonly text: AsPlainObject;
}

/** Why a prebuilt index was not used (the engine built its own). */
export type PrebuiltRejection = 'not-an-index' | 'version' | 'other-documents' | 'unreadable';

/** What {@link loadSearchIndex} did. */
export interface LoadedSearchIndex {
  readonly index: ServiceSearchIndex;
  /** True when the prebuilt index was loaded; false when it was built from the documents. */
  readonly prebuilt: boolean;
  /** Why the prebuilt index was not used, when it was not. */
  readonly rejected?: PrebuiltRejection;
}

/**
 * A short fingerprint of search documents (two FNV-1a hashes over their JSON and their count):
 * equal for the same documents in the same order, whether made by the CLI or in a page. It
 * detects a mismatch, and is not a security measure: a pack's files are trusted as much as the pack.
 */
export function documentsFingerprint(documents: readonly SearchDocument[]): string {
  const text = JSON.stringify(documents);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ documents.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Builds the index over `documents` and returns it serialised, for a pack (see `family-hubs pack`). */
export function prebuildSearchIndex(documents: readonly SearchDocument[]): PrebuiltSearchIndex {
  return {
    format: SEARCH_INDEX_FORMAT,
    version: SEARCH_INDEX_VERSION,
    documents: documentsFingerprint(documents),
    count: documents.length,
    text: new ServiceSearchIndex(documents).textIndexJson(),
  };
}

/** Checks a prebuilt index's stamp against `documents` without loading it. */
export function checkPrebuiltSearchIndex(prebuilt: unknown, documents: readonly SearchDocument[], fingerprint?: string): PrebuiltRejection | undefined {
  if (typeof prebuilt !== 'object' || prebuilt === null) return 'not-an-index';
  const file = prebuilt as Partial<Record<keyof PrebuiltSearchIndex, unknown>>;
  if (file.format !== SEARCH_INDEX_FORMAT || typeof file.text !== 'object' || file.text === null) return 'not-an-index';
  if (file.version !== SEARCH_INDEX_VERSION) return 'version';
  if (file.count !== documents.length || file.documents !== (fingerprint ?? documentsFingerprint(documents))) return 'other-documents';
  return undefined;
}

/**
 * The search index over `documents`: loaded from `prebuilt` when it is a prebuilt index of this
 * version over these same documents, built from them otherwise (`prebuilt: false` and why).
 * Never fails because of the prebuilt file; `fingerprint` saves computing the documents' one again.
 */
export function loadSearchIndex(documents: readonly SearchDocument[], prebuilt: unknown, options?: SearchIndexOptions & { readonly fingerprint?: string }): LoadedSearchIndex {
  const rejected = prebuilt === undefined ? 'not-an-index' : checkPrebuiltSearchIndex(prebuilt, documents, options?.fingerprint);
  if (!rejected) {
    try {
      return { index: new ServiceSearchIndex(documents, options, (prebuilt as PrebuiltSearchIndex).text), prebuilt: true };
    } catch {
      // MiniSearch refuses a serialisation it cannot read (another serializationVersion).
      return { index: new ServiceSearchIndex(documents, options), prebuilt: false, rejected: 'unreadable' };
    }
  }
  return { index: new ServiceSearchIndex(documents, options), prebuilt: false, rejected };
}

/** A prebuilt index a page may load, as a pack's manifest lists it (URL made absolute). */
export interface PrebuiltSearchIndexLocation {
  readonly url: string;
  readonly version: number;
  /** Fingerprint of the documents it indexes. */
  readonly documents: string;
  readonly count: number;
}

/** What {@link loadSearchIndexFrom} did, with how long it took. */
export interface TimedSearchIndex extends LoadedSearchIndex {
  /** Milliseconds to fetch (when prebuilt) and load, or to build. */
  readonly ms: number;
}

/**
 * The index over `documents`, loaded from the first of `candidates` made for this version and
 * these documents (fetched with `fetch`), or built when none is, or it cannot be fetched or read.
 * Never fails because of a candidate: a missing or stale file costs a build, not the search.
 */
export async function loadSearchIndexFrom(
  documents: readonly SearchDocument[],
  candidates: readonly PrebuiltSearchIndexLocation[],
  options: SearchIndexOptions & { readonly fetch?: typeof globalThis.fetch } = {},
): Promise<TimedSearchIndex> {
  const started = performance.now();
  const fingerprint = candidates.length ? documentsFingerprint(documents) : undefined;
  const match = candidates.find((candidate) => candidate.version === SEARCH_INDEX_VERSION && candidate.count === documents.length && candidate.documents === fingerprint);
  let prebuilt: unknown;
  if (match) {
    try {
      const response = await (options.fetch ?? globalThis.fetch)(match.url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
      prebuilt = response.ok ? await response.json() : undefined;
    } catch {
      prebuilt = undefined;
    }
  }
  const { fetch: _fetch, ...indexOptions } = options;
  const loaded = loadSearchIndex(documents, prebuilt, { ...indexOptions, ...(fingerprint ? { fingerprint } : {}) });
  const rejected = match ? loaded.rejected : candidates.length ? 'other-documents' : loaded.rejected;
  return { index: loaded.index, prebuilt: loaded.prebuilt, ...(rejected && !loaded.prebuilt ? { rejected } : {}), ms: performance.now() - started };
}
