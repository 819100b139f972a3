/** Tables of the search benchmark, for the terminal and for docs/benchmarks.md. */
import type { SearchBenchResult, SearchBenchRow } from './run.js';

const ENGINE_NAMES: Readonly<Record<SearchBenchRow['engine'], string>> = {
  ours: 'ours (text)',
  'ours-near': 'ours (text + postcode, 10 miles, free only)',
  minisearch: 'MiniSearch, plain',
  flexsearch: 'FlexSearch',
};

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-GB'));
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The header of the results table. */
export const TABLE_HEADER = ['Services', 'CPU', 'Engine', 'Build (ms)', 'Keystrokes', 'p50 (ms)', 'p95 (ms)', 'Max (ms)', 'Long tasks while typing', 'Typo hits (top 10)', 'Same queries typed right'] as const;

/** One row of cells per engine, size and rate. */
export function tableRows(result: SearchBenchResult): string[][] {
  return result.rows.map((row) => [
    row.services.toLocaleString('en-GB'),
    `${row.cpuRate}×`,
    ENGINE_NAMES[row.engine],
    ms(row.buildMs),
    row.keystrokes.toLocaleString('en-GB'),
    ms(row.p50Ms),
    ms(row.p95Ms),
    ms(row.maxMs),
    row.longTasks ? `${row.longTasks} (longest ${ms(row.longestTaskMs)} ms)` : '0',
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
    `What a page downloads to search ${payload.services.toLocaleString('en-GB')} services:`,
    '',
    '| Part | Minified | gzip | brotli |',
    '| --- | --- | --- | --- |',
    `| Engine (\`createSearchIndex\`, MiniSearch included) | ${kB(payload.engine.min)} | ${kB(payload.engine.gzip)} | ${kB(payload.engine.brotli)} |`,
    `| Search documents as JSON | ${kB(payload.documents.min)} | ${kB(payload.documents.gzip)} | ${kB(payload.documents.brotli)} |`,
    `| or: the content-pack files they are made from (services, venues, schedules, categories, organisations) | ${kB(payload.packFiles.min)} | ${kB(payload.packFiles.gzip)} | ${kB(payload.packFiles.brotli)} |`,
    '',
    reading.trim(),
    '',
  ].join('\n');
}
