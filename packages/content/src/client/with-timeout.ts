/**
 * Runs a load under a deadline and a cancel signal, without `AbortSignal.any` or
 * `AbortSignal.timeout` (not in every browser a council's visitors use).
 */
import { ContentSourceError } from '../sources/source.js';
import { abortedError } from './errors.js';

/** What {@link withTimeout} needs besides the task. */
export interface TimeoutOptions {
  /** Milliseconds before the task fails with kind `timeout`; not finite means no deadline. */
  readonly timeoutMs: number;
  /** Cancels the task; it then fails with kind `aborted`. */
  readonly signal: AbortSignal;
  /** Names what is being loaded, for the timeout message. */
  readonly what: string;
}

/**
 * Calls `task` with a signal that aborts when `options.signal` does or when `timeoutMs` passes.
 * Settles as soon as either happens even if the task ignores its signal, so a source that never
 * answers cannot hold a widget up past the deadline.
 */
export function withTimeout<T>(task: (signal: AbortSignal) => Promise<T>, options: TimeoutOptions): Promise<T> {
  const { timeoutMs, signal: outer, what } = options;
  if (outer.aborted) return Promise.reject(abortedError(outer.reason));
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cleanUp = (): void => {
      clearTimeout(timer);
      outer.removeEventListener('abort', onAbort);
    };
    // Reject first, then abort: the task's own rejection in response to the abort arrives later
    // and is ignored, so the caller sees `timeout`/`aborted` rather than whatever the task throws.
    const stop = (error: ContentSourceError): void => {
      cleanUp();
      reject(error);
      controller.abort(error);
    };
    const onAbort = (): void => stop(abortedError(outer.reason));
    outer.addEventListener('abort', onAbort, { once: true });
    // setTimeout treats Infinity as 0, so an unlimited timeout must not set a timer at all.
    if (Number.isFinite(timeoutMs)) {
      timer = setTimeout(() => stop(new ContentSourceError('timeout', `${what} did not answer within ${timeoutMs} ms`)), timeoutMs);
    }
    new Promise<T>((run) => run(task(controller.signal))).finally(cleanUp).then(resolve, reject);
  });
}
