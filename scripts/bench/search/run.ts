/**
 * Runs the search benchmark: for each directory size, a loopback server with the harness page,
 * the documents, the widget's worker script and a prebuilt index; for each CPU rate, a fresh
 * Chromium context with CDP CPU throttling, where each engine builds its index (our engine also
 * in the widget's Web Worker, from the prebuilt index and without it), a family types the queries
 * one key at a time, and the typo queries are checked against the top 10. Bounded: a deadline for
 * the whole run.
 */
import { createServer, type Server } from 'node:http';
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../../chromium.js';
import { ROOT } from '../run.js';
import { bundle, compressedBytes, type BundleBytes } from './bundle.js';
import { benchData, type BenchQuery } from './data.js';
import { call, latencyFigures } from './driver.js';
import type { EngineId } from './page-entry.js';
import { measureWorker, prebuiltRoutes, WORKER_PATH, type WorkerIndexFigures } from './worker-rows.js';

/** What is measured, as rows of the report: `worker` rows are our engine in the widget's Web Worker. */
export type EngineRow = EngineId | 'ours-near' | 'worker' | 'worker-near';

export const ENGINE_ROWS: readonly EngineRow[] = ['ours', 'ours-near', 'worker', 'worker-near', 'minisearch', 'flexsearch'];

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
  /**
   * Until the index is ready (ms): built in the page (one task) for the in-page engines; for the
   * worker rows, from the worker starting to its index loaded from the prebuilt file. The same
   * index serves both `ours` rows, and both `worker` rows.
   */
  readonly indexMs: number;
  /** Keystrokes typed, and their latency: the search's own time in the page, or the worker's round trip as the page sees it. */
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
  /** The worker's index made ready from the prebuilt file and by building, by size and rate. */
  readonly workerIndexes: readonly WorkerIndexFigures[];
  /** What a page downloads to search 5,000 services (the smallest size measured). */
  readonly payload: {
    readonly services: number;
    readonly engine: BundleBytes;
    /** The widget's worker script, which a page loads instead of `engine` when the search runs in the worker. */
    readonly worker: BundleBytes;
    readonly documents: BundleBytes;
    readonly packFiles: BundleBytes;
    /** The prebuilt index a lean pack holds for these documents. */
    readonly prebuiltIndex: BundleBytes;
  };
  readonly chromium: string;
  readonly typedQueries: number;
  readonly typoQueries: number;
  readonly date: string;
  readonly load: { readonly start: number; readonly end: number };
}

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
  // The worker script the widget starts, bundled from its source as the CDN build bundles it (everything inlined).
  const workerScript = await bundle(ROOT, join(ROOT, 'packages/widgets/src/service-search/search-worker.ts'));
  const routes = new Map([
    ['/', { type: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><title>Search bench</title><script type="module" src="/harness.js"></script>' }],
    ['/harness.js', { type: 'text/javascript; charset=utf-8', body: harness }],
    [WORKER_PATH, { type: 'text/javascript; charset=utf-8', body: workerScript }],
  ]);
  const server = await serve(routes);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  const rows: SearchBenchRow[] = [];
  const loads: { services: number; cpuRate: number; fetchMs: number; parseMs: number }[] = [];
  const workerIndexes: WorkerIndexFigures[] = [];
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
      const prebuilt = prebuiltRoutes(services, data.documents);
      for (const [path, route] of prebuilt.routes) routes.set(path, route);
      if (!payload || services < payload.services) {
        payload = {
          services,
          engine: engineBytes,
          worker: compressedBytes(workerScript),
          documents: compressedBytes(documentsJson),
          packFiles: compressedBytes(data.packJson),
          prebuiltIndex: compressedBytes(prebuilt.indexJson),
        };
      }
      const typed = data.queries.slice(0, settings.typedQueries);
      const typos = data.queries.slice(0, settings.typoQueries);
      const hitRates = new Map<EngineId | 'worker', { typo: number; exact: number }>();
      for (const cpuRate of settings.cpuRates) {
        checkDeadline();
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          const cdp = await page.createCDPSession();
          await page.goto(`${origin}/`, { waitUntil: 'load' });
          await page.waitForFunction(() => 'searchBench' in globalThis);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
          // Before each index and each typing run, so the previous engine's garbage is not collected in the middle of the next one's figures.
          const collectGarbage = async () => void (await cdp.send('HeapProfiler.collectGarbage'));
          const loaded = await call(page, 'load', `/docs-${services}.json`);
          loads.push({ services, cpuRate, fetchMs: loaded.fetchMs, parseMs: loaded.parseMs });
          for (const engine of ['ours', 'minisearch', 'flexsearch'] as const) {
            checkDeadline();
            await collectGarbage();
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
              await collectGarbage();
              const typedFigures = await call(page, 'type', engine, typed.map(stroke));
              const figures: SearchBenchRow = {
                services,
                cpuRate,
                engine: row,
                indexMs: built.ms,
                ...latencyFigures(typedFigures.latencies),
                longTasks: typedFigures.longTasks,
                longestTaskMs: typedFigures.longestTaskMs,
                typoHitRate: hitRates.get(engine)!.typo,
                exactHitRate: hitRates.get(engine)!.exact,
              };
              log(`  ${row}: p50 ${figures.p50Ms.toFixed(2)} ms, p95 ${figures.p95Ms.toFixed(2)} ms, long tasks ${figures.longTasks}, typo hits ${(figures.typoHitRate * 100).toFixed(0)}%`);
              rows.push(figures);
            }
            await call(page, 'drop', engine);
            if (engine === 'ours') {
              checkDeadline();
              const worker = await measureWorker(page, { services, cpuRate, manifestPath: prebuilt.manifestPath, typed, typos, hitRate: hitRates.get('worker'), collectGarbage, log });
              hitRates.set('worker', worker.hitRate);
              rows.push(...worker.rows);
              workerIndexes.push(...worker.indexes);
            }
          }
        } finally {
          await context.close();
        }
      }
      routes.delete(`/docs-${services}.json`);
      for (const [path] of prebuilt.routes) routes.delete(path);
    }
    return { rows, loads, workerIndexes, payload: payload!, chromium, typedQueries: settings.typedQueries, typoQueries: settings.typoQueries, date: new Date().toISOString().slice(0, 10), load: { start: loadAtStart, end: loadavg()[0]! } };
  } finally {
    await browser?.close().catch(() => undefined);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
