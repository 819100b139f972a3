/**
 * The bench's side of the Web Worker rows: the prebuilt index served in a lean pack's layout (a
 * manifest listing `en-GB/search-index.json`, made by `prebuildSearchIndex` as `family-hubs pack`
 * makes it), and for one size and CPU rate, the worker started without it (so it builds), then
 * started on it and typed into.
 */
import type { Page } from 'puppeteer-core';
import { CONTENT_PACK_MANIFEST_FORMAT, type ContentPackManifest } from '@family-hubs/content';
import { prebuildSearchIndex, type SearchDocument } from '@family-hubs/content/search';
import type { BenchQuery } from './data.js';
import { call, latencyFigures } from './driver.js';
import type { SearchBenchRow } from './run.js';

/** Where the harness page finds the widget's worker script. */
export const WORKER_PATH = '/search-worker.js';

/** The worker's index for one size and rate: from the prebuilt file or built, as the page saw it. */
export interface WorkerIndexFigures {
  readonly services: number;
  readonly cpuRate: number;
  readonly source: 'prebuilt' | 'built';
  /** From the worker starting to its index ready, on the page's clock (ms). */
  readonly readyMs: number;
  /** The worker's own time: fetch and load the prebuilt index, or build (ms). */
  readonly workerMs: number;
  /** Long tasks on the main thread meanwhile, and the longest (0 when none). */
  readonly longTasks: number;
  readonly longestTaskMs: number;
}

type Route = readonly [string, { readonly type: string; readonly body: string }];

/** The lean pack's manifest and index file for `documents`, and the index's JSON (for its size). */
export function prebuiltRoutes(services: number, documents: readonly SearchDocument[]): { manifestPath: string; routes: Route[]; indexJson: string } {
  const index = prebuildSearchIndex(documents);
  const indexJson = JSON.stringify(index);
  const base = `/pack-${services}/`;
  // Only what `findPackSearchIndexes` reads of a lean pack's manifest.
  const manifest: Pick<ContentPackManifest, 'format' | 'searchIndexes'> = {
    format: CONTENT_PACK_MANIFEST_FORMAT,
    searchIndexes: { 'en-GB': { path: 'en-GB/search-index.json', count: index.count, version: index.version, documents: index.documents } },
  };
  const json = 'application/json';
  return {
    manifestPath: `${base}manifest.json`,
    routes: [
      [`${base}manifest.json`, { type: json, body: JSON.stringify(manifest) }],
      [`${base}en-GB/search-index.json`, { type: json, body: indexJson }],
    ],
    indexJson,
  };
}

/** What {@link measureWorker} needs for one size and rate. */
export interface WorkerMeasurement {
  readonly services: number;
  readonly cpuRate: number;
  readonly manifestPath: string;
  readonly typed: readonly BenchQuery[];
  readonly typos: readonly BenchQuery[];
  /** Hit rates already measured at another rate (the same for every rate), else measured here. */
  readonly hitRate?: { readonly typo: number; readonly exact: number } | undefined;
  /** Collects the page's garbage (before each worker start and each typing run). */
  readonly collectGarbage: () => Promise<void>;
  readonly log: (line: string) => void;
}

/** The worker rows (text, and text + postcode) and its two index figures, for one size and rate. */
export async function measureWorker(page: Page, m: WorkerMeasurement): Promise<{ rows: SearchBenchRow[]; indexes: WorkerIndexFigures[]; hitRate: { typo: number; exact: number } }> {
  const index = (source: WorkerIndexFigures['source'], ready: Awaited<ReturnType<typeof startWorker>>): WorkerIndexFigures => {
    m.log(`${m.services} × ${m.cpuRate}× worker, ${source}: ready in ${ready.readyMs.toFixed(0)} ms (${ready.workerMs.toFixed(0)} ms in the worker), long tasks ${ready.longTasks}`);
    return { services: m.services, cpuRate: m.cpuRate, source, readyMs: ready.readyMs, workerMs: ready.workerMs, longTasks: ready.longTasks, longestTaskMs: ready.longestTaskMs };
  };
  const startWorker = async (manifest: string | undefined) => {
    await m.collectGarbage();
    return call(page, 'startWorker', WORKER_PATH, manifest);
  };
  // Built first: the first worker of a run was slower to load the prebuilt index (234 ms against
  // 98 ms second, at 5,000) while building took the same either way, so the load is measured second.
  const indexes = [index('built', await startWorker(undefined))];
  await call(page, 'stopWorker');
  const loaded = await startWorker(m.manifestPath);
  indexes.push(index('prebuilt', loaded));
  const hitRate = m.hitRate ?? {
    typo: (await call(page, 'hitsInWorker', m.typos.map((q) => ({ text: q.typo, name: q.name })))) / m.typos.length,
    exact: (await call(page, 'hitsInWorker', m.typos.map((q) => ({ text: q.text, name: q.name })))) / m.typos.length,
  };
  const rows: SearchBenchRow[] = [];
  const variants = [['worker', (q: BenchQuery) => ({ text: q.text })], ['worker-near', (q: BenchQuery) => ({ text: q.text, origin: q.origin })]] as const;
  for (const [engine, stroke] of variants) {
    await m.collectGarbage();
    const typed = await call(page, 'typeInWorker', m.typed.map(stroke));
    if (typed.dropped) throw new Error(`The worker dropped ${typed.dropped} searches the bench waited for`);
    const row: SearchBenchRow = {
      services: m.services,
      cpuRate: m.cpuRate,
      engine,
      indexMs: loaded.readyMs,
      ...latencyFigures(typed.latencies),
      longTasks: typed.longTasks,
      longestTaskMs: typed.longestTaskMs,
      typoHitRate: hitRate.typo,
      exactHitRate: hitRate.exact,
    };
    m.log(`  ${engine}: p50 ${row.p50Ms.toFixed(2)} ms, p95 ${row.p95Ms.toFixed(2)} ms, long tasks ${row.longTasks}, typo hits ${(row.typoHitRate * 100).toFixed(0)}%`);
    rows.push(row);
  }
  await call(page, 'stopWorker');
  return { rows, indexes, hitRate };
}
