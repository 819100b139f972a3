/** Back-off arithmetic for the submission client: exponential with full jitter, and `Retry-After`. */

/**
 * The delay before retry number `retry` (1 for the first retry): a random time up to
 * `base × 2^(retry−1)`, capped at `max` ("full jitter", so many phones that lost the same
 * mobile mast do not all come back in the same second).
 */
export function backoffDelay(retry: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling * Math.min(1, Math.max(0, random())));
}

/**
 * A `Retry-After` header in milliseconds: delay-seconds or an HTTP date. Undefined when absent
 * or unreadable (the caller then backs off on its own).
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
