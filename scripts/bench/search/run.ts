/**
 * Runs the search benchmark: for each directory size, a loopback server with the harness page
 * and the documents; for each CPU rate, a fresh Chromium context with CDP CPU throttling, where
 * each engine builds its index, a family types the queries one key at a time, and the typo
 * queries are checked against the top 10. Bounded: a deadline for the whole run.
 */
import { createServer, type Server } from 'node:http';
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../../chromium.js';
import { ROOT } from '../run.js';
import { bundle, compressedBytes, type BundleBytes } from './bundle.js';
import { benchData, type BenchQuery } from './data.js';
import type { EngineId, SearchBenchApi } from './page-entry.js';

/** What is measured, as rows of the report. */
export type EngineRow = EngineId | 'ours-near';

export const ENGINE_ROWS: readonly EngineRow[] = ['ours', 'ours-near', 'minisearch', 'flexsearch'];

/** Options for {@link runSearchBench}. */
export interface SearchBenchOptions {
  readonly sizes?: readonly number[];
  readonly cpuRates?: readonly number[];
  /** Queries typed key by key for the latency figures. */
  readonly typedQueries?: number;
  /** Queries with one typo for the hit rate. */
  readonly typoQueries?: number;
  readonly deadlineMs?: number;
  readonly log?: (line: string) => void;
}

/** Figures of one engine on one directory at one CPU rate. */
export interface SearchBenchRow {
  readonly services: number;
  readonly cpuRate: number;
  readonly engine: EngineRow;
  /** Index build time (ms); the same index serves both `ours` rows. */
  readonly buildMs: number;
  readonly keystrokes: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Long tasks (over 50 ms) while typing, and the longest one (0 when none). */
  readonly longTasks: number;
  readonly longestTaskMs: number;
  /** Share of one-typo queries whose intended service is in the top 10, and of the same queries typed right. */
  readonly typoHitRate: number;
  readonly exactHitRate: number;
}

/** The whole run's figures. */
export interface SearchBenchResult {
  readonly rows: readonly SearchBenchRow[];
  /** Loading the documents into the page (fetch and JSON.parse, ms), by size and rate. */
  readonly loads: readonly { readonly services: number; readonly cpuRate: number; readonly fetchMs: number; readonly parseMs: number }[];
  /** What a page downloads to search 5,000 services (the smallest size measured). */
  readonly payload: { readonly services: number; readonly engine: BundleBytes; readonly documents: BundleBytes; readonly packFiles: BundleBytes };
  readonly chromium: string;
  readonly typedQueries: number;
  readonly typoQueries: number;
  readonly date: string;
  readonly load: { readonly start: number; readonly end: number };
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

function serve(routes: ReadonlyMap<string, { type: string; body: string }>): Promise<Server> {
  const server = createServer((req, res) => {
    const route = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!route) return res.writeHead(404).end();
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
    res.writeHead(200, { 'Content-Type': route.type, 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cache-Control': 'no-store' });
    res.end(route.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function checkOptions(options: Required<Pick<SearchBenchOptions, 'sizes' | 'cpuRates' | 'typedQueries' | 'typoQueries'>>): void {
  const { sizes, cpuRates, typedQueries, typoQueries } = options;
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 10 || n > 200_000)) throw new Error(`sizes must be whole numbers from 10 to 200,000, not ${sizes.join(', ')}`);
  if (cpuRates.length === 0 || cpuRates.some((rate) => !(rate >= 1 && rate <= 20))) throw new Error(`CPU rates must be from 1 to 20, not ${cpuRates.join(', ')}`);
  for (const [name, n] of [['typedQueries', typedQueries], ['typoQueries', typoQueries]] as const) {
    if (!Number.isInteger(n) || n < 1 || n > 2_000) throw new Error(`${name} must be a whole number from 1 to 2,000, not ${n}`);
  }
}

/** Runs the benchmark and returns its figures (writes nothing). */
export async function runSearchBench(options: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const settings = { sizes: options.sizes ?? [5_000, 50_000], cpuRates: options.cpuRates ?? [1, 4], typedQueries: options.typedQueries ?? 100, typoQueries: options.typoQueries ?? 200 };
  checkOptions(settings);
  const log = options.log ?? (() => undefined);
  const deadlineMs = options.deadlineMs ?? 30 * 60_000;
  const deadline = Date.now() + deadlineMs;
  const checkDeadline = () => {
    if (Date.now() > deadline) throw new Error(`The search benchmark ran past its deadline (${deadlineMs} ms)`);
  };

  log('Bundling the harness and the search entry…');
  const harness = await bundle(ROOT, join(ROOT, 'scripts/bench/search/page-entry.ts'));
  const engineBytes = compressedBytes(await bundle(ROOT, join(ROOT, 'scripts/bench/search/payload-entry.ts')));
  const routes = new Map([
    ['/', { type: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><title>Search bench</title><script type="module" src="/harness.js"></script>' }],
    ['/harness.js', { type: 'text/javascript; charset=utf-8', body: harness }],
  ]);
  const server = await serve(routes);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  const rows: SearchBenchRow[] = [];
  const loads: { services: number; cpuRate: number; fetchMs: number; parseMs: number }[] = [];
  let payload: SearchBenchResult['payload'] | undefined;
  try {
    browser = await launchChromium(10 * 60_000);
    const chromium = (await browser.version()).replace(/^\w*Chrome\//, 'Chromium ');
    const loadAtStart = loadavg()[0]!;
    for (const services of settings.sizes) {
      checkDeadline();
      log(`Generating ${services.toLocaleString('en-GB')} services…`);
      const data = benchData(services, Math.max(settings.typedQueries, settings.typoQueries));
      const documentsJson = JSON.stringify(data.documents);
      routes.set(`/docs-${services}.json`, { type: 'application/json', body: documentsJson });
      if (!payload || services < payload.services) payload = { services, engine: engineBytes, documents: compressedBytes(documentsJson), packFiles: compressedBytes(data.packJson) };
      const typed = data.queries.slice(0, settings.typedQueries);
      const typos = data.queries.slice(0, settings.typoQueries);
      const hitRates = new Map<EngineId, { typo: number; exact: number }>();
      for (const cpuRate of settings.cpuRates) {
        checkDeadline();
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          const cdp = await page.createCDPSession();
          await page.goto(`${origin}/`, { waitUntil: 'load' });
          await page.waitForFunction(() => 'searchBench' in globalThis);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
          const loaded = await call(page, 'load', `/docs-${services}.json`);
          loads.push({ services, cpuRate, fetchMs: loaded.fetchMs, parseMs: loaded.parseMs });
          for (const engine of ['ours', 'minisearch', 'flexsearch'] as const) {
            checkDeadline();
            const built = await call(page, 'build', engine);
            log(`${services} × ${cpuRate}× ${engine}: built in ${built.ms.toFixed(0)} ms`);
            if (!hitRates.has(engine)) {
              const typoHits = await call(page, 'hits', engine, typos.map((q) => ({ text: q.typo, name: q.name })));
              const exactHits = await call(page, 'hits', engine, typos.map((q) => ({ text: q.text, name: q.name })));
              hitRates.set(engine, { typo: typoHits / typos.length, exact: exactHits / typos.length });
            }
            const variants: [EngineRow, (q: BenchQuery) => { text: string; origin?: BenchQuery['origin'] }][] =
              engine === 'ours' ? [['ours', (q) => ({ text: q.text })], ['ours-near', (q) => ({ text: q.text, origin: q.origin })]] : [[engine, (q) => ({ text: q.text })]];
            for (const [row, stroke] of variants) {
              const typedFigures = await call(page, 'type', engine, typed.map(stroke));
              const sorted = [...typedFigures.latencies].sort((a, b) => a - b);
              const figures: SearchBenchRow = {
                services,
                cpuRate,
                engine: row,
                buildMs: built.ms,
                keystrokes: sorted.length,
                p50Ms: percentile(sorted, 50),
                p95Ms: percentile(sorted, 95),
                maxMs: sorted.at(-1) ?? 0,
                longTasks: typedFigures.longTasks,
                longestTaskMs: typedFigures.longestTaskMs,
                typoHitRate: hitRates.get(engine)!.typo,
                exactHitRate: hitRates.get(engine)!.exact,
              };
              log(`  ${row}: p50 ${figures.p50Ms.toFixed(2)} ms, p95 ${figures.p95Ms.toFixed(2)} ms, long tasks ${figures.longTasks}, typo hits ${(figures.typoHitRate * 100).toFixed(0)}%`);
              rows.push(figures);
            }
            await call(page, 'drop', engine);
          }
        } finally {
          await context.close();
        }
      }
      routes.delete(`/docs-${services}.json`);
    }
    return { rows, loads, payload: payload!, chromium, typedQueries: settings.typedQueries, typoQueries: settings.typoQueries, date: new Date().toISOString().slice(0, 10), load: { start: loadAtStart, end: loadavg()[0]! } };
  } finally {
    await browser?.close().catch(() => undefined);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Calls a method of the page's harness with serialisable arguments. */
function call<K extends keyof SearchBenchApi>(page: Page, method: K, ...args: Parameters<SearchBenchApi[K]>): Promise<Awaited<ReturnType<SearchBenchApi[K]>>> {
  return page.evaluate(
    (name: string, values: unknown[]) => {
      const bench = (globalThis as unknown as { searchBench: Record<string, (...a: unknown[]) => unknown> }).searchBench;
      return bench[name]!(...values);
    },
    method,
    args,
  ) as Promise<Awaited<ReturnType<SearchBenchApi[K]>>>;
}
