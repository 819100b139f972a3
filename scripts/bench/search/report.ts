/** Tables of the search benchmark, for the terminal and for docs/benchmarks.md. */
import type { SearchBenchResult, SearchBenchRow } from './run.js';

const ENGINE_NAMES: Readonly<Record<SearchBenchRow['engine'], string>> = {
  ours: 'ours (text)',
  'ours-near': 'ours (text + postcode, 10 miles, free only)',
  worker: 'ours in a Web Worker, prebuilt index (text)',
  'worker-near': 'ours in a Web Worker, prebuilt index (text + postcode, 10 miles, free only)',
  minisearch: 'MiniSearch, plain',
  flexsearch: 'FlexSearch',
};

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-GB'));
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The CPU column: CDP throttles only the page's main thread (Chromium refuses
 * `Emulation.setCPUThrottlingRate` for workers), so a worker's figures at 4× are for a worker at 1×.
 */
const cpu = (rate: number, worker: boolean) => (worker && rate !== 1 ? `${rate}× (worker 1×)` : `${rate}×`);
const isWorker = (engine: SearchBenchRow['engine']) => engine === 'worker' || engine === 'worker-near';
const longTaskCell = (count: number, longestMs: number) => (count ? `${count} (longest ${ms(longestMs)} ms)` : '0');

/** The header of the results table. */
export const TABLE_HEADER = ['Services', 'CPU', 'Engine', 'Index ready (ms)', 'Keystrokes', 'p50 (ms)', 'p95 (ms)', 'Max (ms)', 'Long tasks while typing', 'Typo hits (top 10)', 'Same queries typed right'] as const;

/** One row of cells per engine, size and rate. */
export function tableRows(result: SearchBenchResult): string[][] {
  return result.rows.map((row) => [
    row.services.toLocaleString('en-GB'),
    cpu(row.cpuRate, isWorker(row.engine)),
    ENGINE_NAMES[row.engine],
    ms(row.indexMs),
    row.keystrokes.toLocaleString('en-GB'),
    ms(row.p50Ms),
    ms(row.p95Ms),
    ms(row.maxMs),
    longTaskCell(row.longTasks, row.longestTaskMs),
    percent(row.typoHitRate),
    percent(row.exactHitRate),
  ]);
}

/** A plain text table for the terminal. */
export function textTable(result: SearchBenchResult): string {
  const all = [[...TABLE_HEADER], ...tableRows(result)];
  const widths = all[0]!.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  return all.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n');
}

/** The search section of docs/benchmarks.md: figures, then what they mean (`reading`). */
export function markdownSection(result: SearchBenchResult, reading = ''): string {
  const loads = result.loads.map((load) => `| ${load.services.toLocaleString('en-GB')} | ${load.cpuRate}× | ${ms(load.fetchMs)} | ${ms(load.parseMs)} |`);
  const workerIndexes = result.workerIndexes.map(
    (index) =>
      `| ${index.services.toLocaleString('en-GB')} | ${cpu(index.cpuRate, true)} | ${index.source === 'prebuilt' ? 'loaded from the prebuilt index' : 'built in the worker (no prebuilt index)'} | ${ms(index.workerMs)} | ${ms(index.readyMs)} | ${longTaskCell(index.longTasks, index.longestTaskMs)} |`,
  );
  const { payload } = result;
  return [
    '## Service search in the page (Chromium)',
    '',
    'Written by `npm run bench:search` (`scripts/bench-search.ts`, `scripts/bench/search/`), part of `npm run bench`.',
    `${result.chromium}, headless, CPU throttled through CDP; ${result.date}; load average ${result.load.start.toFixed(1)} at the start, ${result.load.end.toFixed(1)} at the end (2 cores shared with other work).`,
    'Synthetic directories from `generateSyntheticSpace` (seed 42) made into search documents by the service search view, as a page would;',
    `the same documents and queries for every engine. A family types ${result.typedQueries} service names one key at a time (each keystroke a search in its own task; a PerformanceObserver counts tasks over 50 ms);`,
    `the typo hit rate is the share of ${result.typoQueries} queries with one typo (a deleted, swapped, wrong or extra letter in a word of 5+ letters) whose intended service (any service of that name) is in the top 10.`,
    'Our engine answers the whole query each keystroke (text, filters, facet counts, sort, first page); the baselines only their text search.',
    'In the page, a keystroke\'s latency is the search\'s own time and the index is built in one task. In a Web Worker (the widget\'s `WorkerSearchEngine` and `search-worker.ts`, bundled from source),',
    'it is the round trip the page sees, from `search()` to the answer; each keystroke aborts the previous search\'s signal as the widget does, and waits for its own answer before the next key, so none is superseded.',
    'The worker loads the index a lean pack\'s manifest lists (`family-hubs pack`\'s `prebuildSearchIndex`), found with `findPackSearchIndexes` as the widget finds it; its "Index ready" runs from the worker starting to that index loaded.',
    'CDP throttles only the main thread (Chromium refuses CPU throttling for workers), so at 4× the worker itself runs at full speed: its latency there is the round trip through a 4× main thread to a 1× worker, and its long tasks are the 4× main thread\'s.',
    '',
    `| ${TABLE_HEADER.join(' | ')} |`,
    `| ${TABLE_HEADER.map(() => '---').join(' | ')} |`,
    ...tableRows(result).map((row) => `| ${row.join(' | ')} |`),
    '',
    'Loading the documents into the page (before any index is built):',
    '',
    '| Services | CPU | Fetch (ms) | JSON.parse (ms) |',
    '| --- | --- | --- | --- |',
    ...loads,
    '',
    'The index in the Web Worker, built there without a prebuilt file, then (in a new worker) loaded from it, which the worker rows above search; the page sends the documents loaded as above to the worker in slices:',
    '',
    '| Services | CPU | Index | In the worker (ms) | Ready, as the page sees it (ms) | Long tasks on the main thread meanwhile |',
    '| --- | --- | --- | --- | --- | --- |',
    ...workerIndexes,
    '',
    `What a page downloads to search ${payload.services.toLocaleString('en-GB')} services:`,
    '',
    '| Part | Minified | gzip | brotli |',
    '| --- | --- | --- | --- |',
    `| Engine (\`createSearchIndex\`, MiniSearch included) | ${kB(payload.engine.min)} | ${kB(payload.engine.gzip)} | ${kB(payload.engine.brotli)} |`,
    `| or: the widget's worker script, instead of the engine when the search runs in a Web Worker | ${kB(payload.worker.min)} | ${kB(payload.worker.gzip)} | ${kB(payload.worker.brotli)} |`,
    `| Search documents as JSON | ${kB(payload.documents.min)} | ${kB(payload.documents.gzip)} | ${kB(payload.documents.brotli)} |`,
    `| or: the content-pack files they are made from (services, venues, schedules, categories, organisations) | ${kB(payload.packFiles.min)} | ${kB(payload.packFiles.gzip)} | ${kB(payload.packFiles.brotli)} |`,
    `| and, with a lean pack, the prebuilt search index (\`search-index.json\`) the worker fetches instead of building | ${kB(payload.prebuiltIndex.min)} | ${kB(payload.prebuiltIndex.gzip)} | ${kB(payload.prebuiltIndex.brotli)} |`,
    '',
    reading.trim(),
    '',
  ].join('\n');
}
