/** The page benchmark's table, for the terminal and for docs/benchmarks.md. */
import { cpus } from 'node:os';
import { VIEWPORT } from '../chromium.js';
import type { RunFigures } from './measure.js';
import type { PageBenchResult, PageBenchRow } from './run.js';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value).toLocaleString('en-GB')}`;
const count = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** "median (min–max)", or just the median when every run gave the same figure. */
function spread(row: PageBenchRow, key: keyof RunFigures, format: (value: number) => string): string {
  const [mid, low, high] = [row.median[key], row.min[key], row.max[key]].map(format);
  return low === high ? mid! : `${mid} (${low}–${high})`;
}

export const TABLE_HEADER = ['Page', 'CPU', 'Render end, ms', 'Long tasks', 'Total blocking time, ms', 'Longest task, ms', 'JS', 'JSON (content)', 'Requests'] as const;

/** One row of cells per page × CPU rate. */
export function tableRows(result: PageBenchResult): string[][] {
  return result.rows.map((row) => [
    row.page.id,
    `${row.cpuRate}×`,
    spread(row, 'renderMs', ms),
    spread(row, 'longTasks', count),
    spread(row, 'totalBlockingMs', ms),
    spread(row, 'longestTaskMs', ms),
    spread(row, 'jsBytes', kB),
    spread(row, 'jsonBytes', kB),
    spread(row, 'requests', count),
  ]);
}

/** A plain-text table for the terminal. */
export function textTable(result: PageBenchResult): string {
  const table = [[...TABLE_HEADER], ...tableRows(result)];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  return table.map((row) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

/** The docs section (without its markers). */
export function markdownSection(result: PageBenchResult): string {
  const cpu = cpus();
  return [
    '## Work a page does on content (Chromium)',
    '',
    'Written by `npm run bench:page` (`scripts/bench-page.ts`, `scripts/bench/`), which `npm run bench`',
    'runs after the SDK benchmark. The demo server (sample council, content pack at',
    '`/content-pack/manifest.json`, built CDN bundle, strict CSP) runs in-process on loopback; each page is',
    `opened in headless Chromium at 1× and 4× CPU slowdown (CDP \`Emulation.setCPUThrottlingRate\`), ${result.runs} runs`,
    'per page and rate after one unmeasured warm-up visit per page, each in a fresh browser context with the',
    `cache disabled, ${VIEWPORT.width} × ${VIEWPORT.height} viewport. Median, with min–max when runs differ.`,
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${result.chromium}, ${result.date};`,
    `load average ${result.load.start.toFixed(1)} when the runs began, ${result.load.end.toFixed(1)} when they ended (other work on the machine widens the ranges).`,
    '',
    `| ${TABLE_HEADER.join(' | ')} |`,
    `| ${TABLE_HEADER.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`,
    ...tableRows(result).map((cells) => `| ${cells.join(' | ')} |`),
    '',
    'Pages (`scripts/bench/pages.ts`):',
    '',
    ...[...new Map(result.rows.map((row) => [row.page.id, row.page])).values()].map((page) => `- \`${page.id}\` (\`${page.path}\`): ${page.label}.`),
    '',
    `The baseline bundle (Lit and the element, built in the same run with the CDN build's resolver and`,
    `minifier settings) is ${kB(result.baseline.min)} min, ${kB(result.baseline.gzip)} min+gzip.`,
    '',
    'What the columns mean:',
    '',
    '- **Render end**: from navigation start until the element fires its first `fh-content-loaded`, which',
    '  the widgets (and the baseline) dispatch once the update that puts the content into the shadow root',
    '  has completed. The paint after it is not included.',
    '- **Long tasks**: main-thread tasks over 50 ms (`PerformanceObserver` `longtask`) that start before',
    '  render end.',
    '- **Total blocking time**: the sum over those tasks of their time beyond 50 ms, each clipped at',
    '  render end. This is Lighthouse\'s definition, but bounded by navigation start and render end rather',
    '  than first contentful paint and time to interactive, so it measures the work of showing content.',
    '- **JS, JSON, Requests**: every request the page made until the network was idle after render end',
    '  (the full offer includes its lazily loaded QR code chunk), as CDP reports it: bytes on the wire',
    '  (`encodedDataLength`, headers included, whatever compression the server applied), by response MIME',
    '  type. Other bytes (HTML, CSS, icons) are not shown. Requests counts every request.',
    '',
    'Compare runs on one machine, not against fixed numbers: no test asserts a time.',
  ].join('\n');
}
