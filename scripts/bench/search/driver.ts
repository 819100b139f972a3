/** The bench's side of the page harness: calling it, and summing up the latencies it returns. */
import type { Page } from 'puppeteer-core';
import type { SearchBenchApi } from './page-entry.js';

/** Calls a method of the page's harness with serialisable arguments. */
export function call<K extends keyof SearchBenchApi>(page: Page, method: K, ...args: Parameters<SearchBenchApi[K]>): Promise<Awaited<ReturnType<SearchBenchApi[K]>>> {
  return page.evaluate(
    (name: string, values: unknown[]) => {
      const bench = (globalThis as unknown as { searchBench: Record<string, (...a: unknown[]) => unknown> }).searchBench;
      return bench[name]!(...values);
    },
    method,
    args,
  ) as Promise<Awaited<ReturnType<SearchBenchApi[K]>>>;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

/** Keystroke count, p50, p95 and max of per-keystroke latencies (ms). */
export function latencyFigures(latencies: readonly number[]): { keystrokes: number; p50Ms: number; p95Ms: number; maxMs: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { keystrokes: sorted.length, p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), maxMs: sorted.at(-1) ?? 0 };
}
