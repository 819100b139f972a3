/**
 * Runs the page benchmark: the real demo server in-process (the sample council's space, its
 * content pack, the built widgets) with the bench pages and the baseline bundle mounted beside
 * them, on loopback; Chromium; every page × CPU rate × run in a fresh context. Bounded: every
 * step has a timeout, runs are capped, and the whole run has a deadline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { demoMounts } from '../../packages/cli/src/commands/dev.js';
import { startDevServer, type DevServer } from '../../packages/cli/src/dev/dev-server.js';
import { readSpaceFile, SAMPLE_SPACE_FILE } from '../../packages/cli/src/space-connection.js';
import { ensureBuilt, launchChromium } from '../chromium.js';
import { buildBaseline, type BaselineBuild } from './build-baseline.js';
import { measureVisit, type RunFigures, type VisitLimits } from './measure.js';
import { BENCH_PAGES, benchMounts, type BenchPage } from './pages.js';

export const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** At most this many runs per page and rate, whatever is asked. */
export const MAX_RUNS = 20;
export const DEFAULT_RUNS = 5;
export const DEFAULT_CPU_RATES: readonly number[] = [1, 4];

export interface PageBenchOptions {
  /** Measured runs per page and CPU rate (1…{@link MAX_RUNS}). */
  readonly runs?: number;
  readonly cpuRates?: readonly number[];
  /** Page ids from {@link BENCH_PAGES}; all by default. */
  readonly pages?: readonly string[];
  /** One unmeasured visit per page first (server warm-up: the pack is built on first request). */
  readonly warmUp?: boolean;
  /** The whole run fails after this long. */
  readonly deadlineMs?: number;
  readonly limits?: Partial<VisitLimits>;
  readonly log?: (line: string) => void;
}

/** Figures of the runs of one page at one CPU rate. */
export interface PageBenchRow {
  readonly page: BenchPage;
  readonly cpuRate: number;
  readonly runs: readonly RunFigures[];
  readonly median: RunFigures;
  readonly min: RunFigures;
  readonly max: RunFigures;
}

export interface PageBenchResult {
  readonly rows: readonly PageBenchRow[];
  readonly runs: number;
  readonly cpuRates: readonly number[];
  readonly chromium: string;
  readonly baseline: BaselineBuild['bytes'];
  readonly date: string;
  /** The machine's one-minute load average when the runs began and ended: others' work is noise here. */
  readonly load: { readonly start: number; readonly end: number };
}

const DEFAULT_LIMITS: VisitLimits = { navigationMs: 30_000, renderMs: 30_000, idleMs: 15_000 };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function summarise(runs: readonly RunFigures[], pick: (values: readonly number[]) => number): RunFigures {
  const keys = Object.keys(runs[0]!) as (keyof RunFigures)[];
  return Object.fromEntries(keys.map((key) => [key, pick(runs.map((run) => run[key]))])) as unknown as RunFigures;
}

/** Picks the pages to run from ids, failing on unknown ones. */
export function selectPages(ids: readonly string[] | undefined): readonly BenchPage[] {
  if (!ids || ids.length === 0) return BENCH_PAGES;
  return ids.map((id) => {
    const page = BENCH_PAGES.find((p) => p.id === id);
    if (!page) throw new Error(`Unknown bench page "${id}"; known: ${BENCH_PAGES.map((p) => p.id).join(', ')}`);
    return page;
  });
}

function checkOptions(runs: number, cpuRates: readonly number[]): void {
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) throw new Error(`runs must be a whole number from 1 to ${MAX_RUNS}, not ${runs}`);
  if (cpuRates.length === 0 || cpuRates.some((rate) => !(rate >= 1 && rate <= 20))) throw new Error(`CPU rates must be from 1 to 20, not ${cpuRates.join(', ')}`);
}

/** Runs the benchmark and returns its figures (writes nothing). */
export async function runPageBench(options: PageBenchOptions = {}): Promise<PageBenchResult> {
  const runs = options.runs ?? DEFAULT_RUNS;
  const cpuRates = options.cpuRates ?? DEFAULT_CPU_RATES;
  checkOptions(runs, cpuRates);
  const pages = selectPages(options.pages);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? (() => undefined);
  const deadline = Date.now() + (options.deadlineMs ?? 15 * 60_000);
  const checkDeadline = () => {
    if (Date.now() > deadline) throw new Error(`The page benchmark ran past its deadline (${options.deadlineMs ?? 15 * 60_000} ms)`);
  };

  ensureBuilt(ROOT, [...new Set(pages.flatMap((page) => page.builtFiles))]);
  const buildDir = mkdtempSync(join(tmpdir(), 'fh-bench-'));
  let server: DevServer | undefined;
  let browser: Browser | undefined;
  try {
    const baseline = await buildBaseline(ROOT, buildDir);
    server = await startDevServer({
      space: await readSpaceFile(SAMPLE_SPACE_FILE),
      host: '127.0.0.1',
      port: 0,
      mounts: [...benchMounts(join(ROOT, 'scripts/bench/pages'), buildDir), ...demoMounts()],
    });
    browser = await launchChromium(Math.max(limits.navigationMs, limits.renderMs) + 30_000);
    // "Chrome/156.0.…" or "HeadlessChrome/…": Debian's Chromium either way.
    const chromium = (await browser.version()).replace(/^\w*Chrome\//, 'Chromium ');
    const urlOf = (page: BenchPage) => new URL(page.path, server!.url).href;

    if (options.warmUp ?? true) {
      for (const page of pages) {
        checkDeadline();
        log(`warm-up ${page.id}`);
        await measureVisit(browser, urlOf(page), page, 1, limits);
      }
    }
    const loadAtStart = loadavg()[0]!;
    const figures = new Map<string, RunFigures[]>();
    const key = (page: BenchPage, rate: number) => `${page.id}@${rate}`;
    for (const rate of cpuRates) {
      // Pages take turns run by run, so a drift of the machine spreads over all of them.
      for (let run = 1; run <= runs; run++) {
        for (const page of pages) {
          checkDeadline();
          const result = await measureVisit(browser, urlOf(page), page, rate, limits);
          log(`${page.id} ${rate}× run ${run}/${runs}: render ${result.renderMs.toFixed(0)} ms, TBT ${result.totalBlockingMs.toFixed(0)} ms`);
          figures.set(key(page, rate), [...(figures.get(key(page, rate)) ?? []), result]);
        }
      }
    }
    const rows = pages.flatMap((page) =>
      cpuRates.map((cpuRate) => {
        const measured = figures.get(key(page, cpuRate))!;
        return {
          page,
          cpuRate,
          runs: measured,
          median: summarise(measured, median),
          min: summarise(measured, (v) => Math.min(...v)),
          max: summarise(measured, (v) => Math.max(...v)),
        };
      }),
    );
    return {
      rows,
      runs,
      cpuRates,
      chromium,
      baseline: baseline.bytes,
      date: new Date().toISOString().slice(0, 10),
      load: { start: loadAtStart, end: loadavg()[0]! },
    };
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close();
    rmSync(buildDir, { recursive: true, force: true });
  }
}
