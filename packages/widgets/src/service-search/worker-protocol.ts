/**
 * The messages between the service search and its Web Worker (`search-worker.ts`): plain data
 * only, so they cross by structured clone. The page sends the documents in slices (no one message
 * holds the main thread for long), the prebuilt index files it may load, and the searches; the
 * worker answers each search it ran, and says which it dropped because they were cancelled first.
 */
import type { PrebuiltRejection, PrebuiltSearchIndexLocation, SearchDocument, SearchQuery, SearchResults } from '@family-hubs/content/search';

/** From the page to the worker. */
export type ToSearchWorker =
  /** Prebuilt index files to try, sent before the documents; the worker picks the one made for them. */
  | { readonly type: 'prebuilt'; readonly candidates: readonly PrebuiltSearchIndexLocation[] }
  /** The next slice of documents, in order; `last` on the final one (the index is made then). */
  | { readonly type: 'documents'; readonly documents: readonly SearchDocument[]; readonly last: boolean }
  | { readonly type: 'search'; readonly id: number; readonly query: SearchQuery }
  /** The page no longer wants this search's answer (a newer keystroke): drop it if not yet run. */
  | { readonly type: 'cancel'; readonly id: number };

/** From the worker to the page. */
export type FromSearchWorker =
  /** The worker's script ran: from now on, failures are searches' own. */
  | { readonly type: 'started' }
  /** The index is ready: loaded from a prebuilt file, or built (and why no file was used). */
  | { readonly type: 'ready'; readonly prebuilt: boolean; readonly rejected?: PrebuiltRejection; readonly ms: number; readonly size: number }
  | { readonly type: 'results'; readonly id: number; readonly results: SearchResults }
  /** A search was cancelled before it ran, so it never will. */
  | { readonly type: 'dropped'; readonly id: number }
  /** The index could not be made: the page searches without the worker. */
  | { readonly type: 'broken'; readonly message: string }
  /** A search failed (the message only: errors do not clone well). */
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
