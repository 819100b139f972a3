/** The errors the content client itself produces, and how it reads errors it did not produce. */
import { ContentSourceError } from '../sources/source.js';

/** The caller gave up waiting (its AbortSignal fired). */
export function abortedError(reason: unknown): ContentSourceError {
  return new ContentSourceError('aborted', 'Loading content was cancelled', { cause: reason });
}

/**
 * Any rejection from a source, as a {@link ContentSourceError}. Sources should reject with one
 * already; anything else is a bug or an unexpected failure below them. `fetch` rejects with a
 * `TypeError` when the network fails, so that is read as `network`; everything else (bad JSON, a
 * thrown string) means the source could not make sense of what it got: `invalid-response`.
 */
export function toContentSourceError(error: unknown, sourceKey: string): ContentSourceError {
  if (error instanceof ContentSourceError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return error instanceof TypeError
    ? new ContentSourceError('network', `Could not reach ${sourceKey} (${detail})`, { cause: error })
    : new ContentSourceError('invalid-response', `${sourceKey} failed unexpectedly (${detail})`, { cause: error });
}
