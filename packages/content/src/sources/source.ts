/**
 * What every content source provides. The page-level content client, the CLI and the widgets
 * depend on this interface only, never on a particular CMS or feed.
 */
import type { ContentSet } from '../content-set.js';
import type { RawEntry } from '../model/definition/index.js';
import type { ContentIssue, ContentRegistry, ContentTypeId } from '../model/index.js';

/**
 * What to load. Entries linked from the requested types come along with them. A widget's view
 * builds its query (`view.query(locale)`), so a widget never spells one out.
 */
export interface ContentQuery {
  /** Content types wanted. */
  readonly types: readonly ContentTypeId[];
  /**
   * The definitions to validate with: the requested types and the types they link to that the
   * reader shows. Sources validate only these; links to other types stay unchecked ids. A
   * widget's view gives a function that loads them, so a page whose source answers with the view
   * prebuilt never downloads them; read it with {@link registryOf}.
   */
  readonly registry: ContentRegistry | (() => Promise<ContentRegistry>);
  /**
   * The view asking, when a widget's view builds the query, with the version of its prebuilt form
   * when a pack may carry it prebuilt. A source holding that view, in that version, for the
   * query's locale may answer with it ({@link ContentResult.prebuilt}) instead of entries; any
   * other source ignores it.
   */
  readonly view?: {
    /** The view's id, e.g. `start-for-life-offer`. */
    readonly id: string;
    /** The version of its prebuilt form; absent when only entries will do. */
    readonly version?: number;
  };
  /** BCP 47 locale, e.g. `en-GB` or `pl`; values fall back along the source's locale chain. */
  readonly locale: string;
  /** Only these entries of the requested types (all when omitted). */
  readonly ids?: readonly string[];
}

/** What a source returns. */
export interface ContentResult {
  readonly set: ContentSet;
  /** Problems found while loading and validating; the set holds everything that was valid. */
  readonly issues: readonly ContentIssue[];
  /** When the content was fetched (ISO 8601). */
  readonly fetchedAt: string;
  /**
   * The raw entries the set was built from, on editors' preview only, so an edit in the CMS can be
   * validated and shown as the editor types without another request.
   */
  readonly rawEntries?: readonly RawEntry[];
  /**
   * The query's view, prebuilt by `family-hubs pack`, when the source answered with it: then
   * `set` is empty, and the value is checked against the view's shape before a widget shows it.
   */
  readonly prebuilt?: { readonly view: string; readonly version: number; readonly value: unknown };
}

/** The registry of `query`, loaded first when the query gives a function that loads it. */
export function registryOf(query: ContentQuery): Promise<ContentRegistry> {
  const { registry } = query;
  return typeof registry === 'function' ? registry() : Promise.resolve(registry);
}

/** Why a source could not load anything at all. */
export type ContentErrorKind = 'network' | 'timeout' | 'auth' | 'not-found' | 'rate-limited' | 'server' | 'invalid-response' | 'aborted';

/** A source failed as a whole (as opposed to individual bad entries, which are issues). */
export class ContentSourceError extends Error {
  override readonly name = 'ContentSourceError';
  constructor(
    readonly kind: ContentErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Options every load takes. */
export interface LoadOptions {
  /** Cancels the load (the widget was removed, the page navigated). */
  readonly signal?: AbortSignal;
}

/** A source of content. */
export interface ContentSource {
  /** Identifies the source and its settings (not its secrets); the content client keys its cache on it. */
  readonly key: string;
  /**
   * True for a source that always answers with entries, never with a view prebuilt by
   * `family-hubs pack` (Contentful, an ORUK feed): a widget then downloads its view's resolver
   * while the content loads, instead of once the entries have arrived.
   */
  readonly entriesOnly?: boolean;
  /** Loads the entries `query` asks for, validated. Rejects with {@link ContentSourceError} only when nothing could be loaded. */
  load(query: ContentQuery, options?: LoadOptions): Promise<ContentResult>;
}
