/**
 * Gives the browser a turn: resolves in a later task, so that input, paint and other scripts
 * can run between two long pieces of work instead of waiting for both (a long task blocks the
 * page for as long as it runs; two halves each block for half). `scheduler.yield()` where the
 * browser has it (it resumes ahead of other queued tasks), otherwise a zero-delay timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `callback` in an idle moment (within two seconds at most), or shortly when the browser
 * cannot say when it is idle: for work a page will want soon but not now, such as fetching a
 * widget's next screen.
 */
export function whenIdle(callback: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(callback, { timeout: 2000 });
  else setTimeout(callback, 200);
}
