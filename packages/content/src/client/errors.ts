/** The errors the content client itself produces, and how it reads errors it did not produce. */
import { ContentSourceError } from '../sources/source.js';

/** The caller gave up waiting (its AbortSignal fired). */
export function abortedError(reason: unknown): ContentSourceError {
  return new ContentSourceError('aborted', 'Loading content was cancelled', { cause: reason });
}

/** What `fetch` rejects with when no answer arrived, in Chrome, Firefox, Safari and Node. */
const FETCH_FAILURE = /^(Failed to fetch|NetworkError when attempting to fetch resource|Load failed|fetch failed|terminated)\b/;

/**
 * Any rejection from a source, as a {@link ContentSourceError}. Sources should reject with one
 * already; anything else is a bug or an unexpected failure below them. `fetch` rejects with a
 * `TypeError` when the network fails, so that one is read as `network`. Any other TypeError
 * ("x is not iterable") came from reading an answer the source did not expect: it is
 * `invalid-response`, like bad JSON or a thrown string, and is not retried as if offline.
 */
export function toContentSourceError(error: unknown, sourceKey: string): ContentSourceError {
  if (error instanceof ContentSourceError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return error instanceof TypeError && FETCH_FAILURE.test(error.message)
    ? new ContentSourceError('network', `Could not reach ${sourceKey} (${detail})`, { cause: error })
    : new ContentSourceError('invalid-response', `${sourceKey} failed unexpectedly (${detail})`, { cause: error });
}
