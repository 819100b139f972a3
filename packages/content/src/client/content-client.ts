/**
 * The page-level content client. Everything lives in memory for the life of the page: nothing is
 * written to browser storage, because what a family looked at must not outlive their visit on a
 * shared device.
 */
import type { ContentErrorKind, ContentQuery, ContentResult, ContentSource, ContentSourceError } from '../sources/source.js';
import { abortedError, toContentSourceError } from './errors.js';
import { onFirstUse } from '../on-first-use.js';
import type { EditFollower } from './preview-edits.js';
import { queryKey } from './query-key.js';
import type { ContentClient, ContentClientOptions, ContentListener, ContentSnapshot } from './types.js';
import { withTimeout } from './with-timeout.js';

/** Default {@link ContentClientOptions.maxAgeMs}: five minutes. */
export const DEFAULT_MAX_AGE_MS = 300_000;
/** Default {@link ContentClientOptions.timeoutMs}. */
export const DEFAULT_TIMEOUT_MS = 4_000;
/**
 * After a failed load, the source is asked again once this long has passed (or `maxAgeMs`, if
 * shorter): soon enough that a short outage does not pin the page to old content for minutes, not
 * so soon that every widget load during an outage waits out another timeout against a failing source.
 */
const RETRY_AFTER_FAILURE_MS = 30_000;

/** What memory holds for one query. */
export interface Memo {
  /** The snapshot `load()` serves. `stale: true` means the latest attempt at the source failed. */
  readonly snapshot: ContentSnapshot;
  /** When the source was last asked (per the injected clock). */
  readonly checkedAt: number;
  /** What it answers, so an editor's edit can be validated with the same registry. */
  readonly query: ContentQuery;
}

/** One load of the source (with fallbacks) in progress, shared by every caller of that query. */
interface Flight {
  readonly promise: Promise<ContentSnapshot>;
  readonly controller: AbortController;
  /** Callers still waiting; when the last one gives up, nobody needs the load any more. */
  waiters: number;
}

/**
 * Creates the content client for a page. Share one instance between all widgets on the page.
 *
 * Loads are served from memory while younger than `maxAgeMs`. Older content is still served at once,
 * with `stale: false` (it is served on purpose, so widgets need not warn about it), while one
 * background load refreshes it; subscribers hear about the result. `stale: true` always means a load
 * failed and the content is the last good content or comes from a fallback source, never the live one.
 *
 * There are no retries here: a source that retries (Contentful's does) spends its own retry
 * budget within `timeoutMs`.
 *
 * @example
 * ```ts
 * const client = createContentClient({ source: contentful, fallbacks: [pack] });
 * const stop = client.subscribe(query, (snapshot) => render(snapshot));
 * render(await client.load(query, { signal }));
 * ```
 */
export function createContentClient(options: ContentClientOptions): ContentClient {
  const {
    source,
    fallbacks = [],
    maxAgeMs = DEFAULT_MAX_AGE_MS,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    now = () => Date.now(),
    preview,
  } = options;
  const retryAfterMs = Math.min(maxAgeMs, RETRY_AFTER_FAILURE_MS);
  const memory = new Map<string, Memo>();
  const flights = new Map<string, Flight>();
  const listeners = new Map<string, Set<ContentListener>>();

  const cacheKey = (query: ContentQuery): string => `${source.key}\n${queryKey(query)}`;

  const isDue = (memo: Memo): boolean => now() - memo.checkedAt >= (memo.snapshot.stale ? retryAfterMs : maxAgeMs);

  /** Follows editors' edits as they type, loaded with the first snapshot an editor's preview page holds. */
  const edits = onFirstUse(() =>
    import('./preview-edits.js').then(({ createEditFollower }) =>
      createEditFollower({
        preview: preview ?? Promise.resolve(undefined),
        memo: (at) => memory.get(at),
        show: (at, edited, memo) => remember(at, edited, memo.query, memo.checkedAt, true),
      }),
    ),
  );
  /** Set once edits are being followed, so clear() stops them without loading anything. */
  let following: Promise<EditFollower> | undefined;

  function remember(key: string, snapshot: ContentSnapshot, query: ContentQuery, checkedAt = now(), fromEdit = false): void {
    const previous = memory.get(key)?.snapshot;
    memory.set(key, { snapshot, checkedAt, query });
    if (snapshot === previous) return;
    // After an edit the watch goes on as it is: the editor's library already holds those entries.
    if (preview && snapshot.rawEntries && !fromEdit) {
      const entries = snapshot.rawEntries;
      following = edits();
      // A chunk that did not arrive leaves the preview showing saves only; the next snapshot asks again.
      following.then((follower) => follower.follow(key, entries, snapshot.set.locale)).catch(() => undefined);
    }
    for (const listener of [...(listeners.get(key) ?? [])]) {
      try {
        listener(snapshot);
      } catch (error) {
        // One broken widget must not keep the others from their content, nor fail the load;
        // report it the way an event listener's exception is reported.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  function fetchFrom(from: ContentSource, query: ContentQuery, signal: AbortSignal): Promise<ContentResult> {
    return withTimeout((timed) => from.load(query, { signal: timed }), { timeoutMs, signal, what: from.key }).catch((error: unknown) => {
      throw toContentSourceError(error, from.key);
    });
  }

  /** Loads the source; on failure falls back to memory, then to the fallback sources. */
  async function fetchSnapshot(key: string, query: ContentQuery, signal: AbortSignal): Promise<ContentSnapshot> {
    let primary: ContentSourceError;
    try {
      return { ...plain(await fetchFrom(source, query, signal)), stale: false };
    } catch (error) {
      primary = toContentSourceError(error, source.key);
    }
    const error = { kind: primary.kind, message: primary.message };
    const last = memory.get(key)?.snapshot;
    if (last) return sameFailure(last, error) ? last : { ...plain(last), stale: true, error };
    // Once every caller has gone, `signal` is aborted and each fallback fails at once without a request.
    for (const fallback of fallbacks) {
      try {
        // Marked stale: a fallback is not the live source, whatever its own fetchedAt says.
        return { ...plain(await fetchFrom(fallback, query, signal)), stale: true, error };
      } catch {
        // The next fallback may still have it; the primary's error is what explains the outage.
      }
    }
    throw primary;
  }

  function start(key: string, query: ContentQuery): Flight {
    const controller = new AbortController();
    const promise = fetchSnapshot(key, query, controller.signal).then((snapshot) => {
      // A flight that clear() or its cancelled waiters left behind must not write to memory.
      if (flights.get(key) === flight) remember(key, snapshot, query);
      return snapshot;
    });
    const flight: Flight = { promise, controller, waiters: 0 };
    flights.set(key, flight);
    const land = (): void => {
      if (flights.get(key) === flight) flights.delete(key);
    };
    // Also marks the rejection handled: a background refresh has nobody waiting for it.
    promise.then(land, land);
    return flight;
  }

  function join(key: string, flight: Flight, signal: AbortSignal | undefined): Promise<ContentSnapshot> {
    flight.waiters += 1;
    if (!signal) return flight.promise;
    return new Promise<ContentSnapshot>((resolve, reject) => {
      const leave = (): void => {
        reject(abortedError(signal.reason));
        flight.waiters -= 1;
        if (flight.waiters > 0) return;
        if (flights.get(key) === flight) flights.delete(key);
        flight.controller.abort(signal.reason);
      };
      signal.addEventListener('abort', leave, { once: true });
      flight.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  }

  return {
    source,
    ...(preview ? { preview } : {}),
    load(query, { signal } = {}) {
      if (signal?.aborted) return Promise.reject(abortedError(signal.reason));
      const key = cacheKey(query);
      const memo = memory.get(key);
      if (memo) {
        if (isDue(memo) && !flights.has(key)) start(key, query);
        return Promise.resolve(memo.snapshot);
      }
      return join(key, flights.get(key) ?? start(key, query), signal);
    },
    subscribe(query, listener) {
      const key = cacheKey(query);
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      // A wrapper per call, so subscribing the same function twice gives two independent subscriptions.
      const subscription: ContentListener = (snapshot) => listener(snapshot);
      set.add(subscription);
      const own = set;
      return () => {
        own.delete(subscription);
        if (own.size === 0 && listeners.get(key) === own) listeners.delete(key);
      };
    },
    clear() {
      // Loads in progress still answer their callers, but no longer write to memory: their content
      // may predate whatever made the caller clear (an editor publishing, in preview).
      memory.clear();
      flights.clear();
      following?.then((follower) => follower.stopAll()).catch(() => undefined);
    },
  };
}

/** The content of a result or snapshot, without anything else a source may have attached. */
function plain(result: ContentResult): ContentResult {
  return {
    set: result.set,
    issues: result.issues,
    fetchedAt: result.fetchedAt,
    ...(result.rawEntries ? { rawEntries: result.rawEntries } : {}),
    ...(result.prebuilt ? { prebuilt: result.prebuilt } : {}),
  };
}

/** True when `snapshot` already reports this failure, so there is nothing new to tell listeners. */
function sameFailure(snapshot: ContentSnapshot, error: { kind: ContentErrorKind; message: string }): boolean {
  return snapshot.stale && snapshot.error?.kind === error.kind && snapshot.error.message === error.message;
}
