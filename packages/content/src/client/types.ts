/**
 * The page-level content client: one per page, shared by every widget on it, so four widgets
 * asking for the same content cost one request.
 */
import type { ContentErrorKind, ContentQuery, ContentResult, ContentSource } from '../sources/source.js';
import type { EditorPreview } from './editor-preview.js';

/** What a widget gets back: the content, and how fresh it is. */
export interface ContentSnapshot extends ContentResult {
  /**
   * True when loading from the source failed, so this is the last good content or comes from a
   * fallback source. Widgets may say "This information may be out of date". Content older than
   * `maxAgeMs` that is being refreshed in the background is served with `false`: it is served on
   * purpose, and a warning on every refresh would teach families to ignore it.
   */
  readonly stale: boolean;
  /** Why the latest load failed, when `stale` is true because of a failure. */
  readonly error?: { readonly kind: ContentErrorKind; readonly message: string };
}

/** Settings for {@link ContentClient}. */
export interface ContentClientOptions {
  /** Where content comes from. */
  readonly source: ContentSource;
  /**
   * Tried in order when `source` fails and there is no last good content in memory, e.g. a
   * content pack hosted next to the page as a fallback for a CMS outage.
   */
  readonly fallbacks?: readonly ContentSource[];
  /** After this many milliseconds, content is served from memory but refreshed in the background. Default 5 minutes. */
  readonly maxAgeMs?: number;
  /** A load that takes longer than this fails with kind `timeout`. Default 4,000 ms (a family on mobile data should not wait longer). */
  readonly timeoutMs?: number;
  /** Clock, for tests. */
  readonly now?: () => number;
  /** The editor's preview around this page, on preview pages only (resolves to `undefined` when it cannot connect). */
  readonly preview?: Promise<EditorPreview | undefined>;
}

/** Called with each newer snapshot of a query (background refreshes, a fallback giving way to the source). */
export type ContentListener = (snapshot: ContentSnapshot) => void;

/** The shared content client. */
export interface ContentClient {
  /** The primary source. */
  readonly source: ContentSource;
  /** The editor's preview, on preview pages only: widgets tag their parts and refresh on changes when it is set. */
  readonly preview?: Promise<EditorPreview | undefined>;
  /**
   * Loads `query`: from memory when fresh; from memory with a background refresh when older than
   * `maxAgeMs`; otherwise from the source, sharing any identical load already in flight.
   * Rejects only when no content at all is available (not from the source, fallbacks or memory).
   */
  load(query: ContentQuery, options?: { signal?: AbortSignal }): Promise<ContentSnapshot>;
  /** Listens for newer snapshots of `query`. Returns a function that stops listening. */
  subscribe(query: ContentQuery, listener: ContentListener): () => void;
  /** Forgets everything in memory (e.g. after an editor publishes, in preview). */
  clear(): void;
}
