/**
 * `npm run bench:page` (and the second half of `npm run bench`): the work a page does to show
 * its content, in Chromium at 1× and 4× CPU, next to a plain Lit + fetch baseline, written to
 * docs/benchmarks.md. See scripts/bench/ (pages.ts lists the pages).
 *
 *   --runs N      runs per page and CPU rate (env FH_BENCH_RUNS; default 5, at most 20)
 *   --cpu 1,4     CPU slowdown rates (env FH_BENCH_CPU_RATES)
 *   --pages a,b   page ids from scripts/bench/pages.ts (env FH_BENCH_PAGES; default all)
 *   --no-write    print only; leave docs/benchmarks.md alone
 *   --json        print the figures as JSON instead of the table
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSection } from './bench/markdown-section.js';
import { markdownSection, textTable } from './bench/report.js';
import { DEFAULT_CPU_RATES, DEFAULT_RUNS, ROOT, runPageBench } from './bench/run.js';

const DEADLINE_MS = 15 * 60_000;

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    cpu: { type: 'string' },
    pages: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const list = (text: string | undefined) => (text ? text.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
const runsText = values.runs ?? process.env['FH_BENCH_RUNS'];
const ratesText = values.cpu ?? process.env['FH_BENCH_CPU_RATES'];
const pages = list(values.pages ?? process.env['FH_BENCH_PAGES']);

// The script stops by itself: past its deadline (plus time to close Chromium), it exits.
setTimeout(() => {
  process.stderr.write(`bench:page: still running after ${DEADLINE_MS / 60_000} minutes; stopping\n`);
  process.exit(1);
}, DEADLINE_MS + 60_000).unref();

const result = await runPageBench({
  runs: runsText ? Number(runsText) : DEFAULT_RUNS,
  cpuRates: list(ratesText)?.map(Number) ?? DEFAULT_CPU_RATES,
  ...(pages ? { pages } : {}),
  deadlineMs: DEADLINE_MS,
  log: (line) => process.stderr.write(`${line}\n`),
});

if (values.json) {
  process.stdout.write(`${JSON.stringify({ ...result, rows: result.rows.map((row) => ({ ...row, page: row.page.id })) }, null, 2)}\n`);
} else {
  process.stdout.write(`\nWork a page does on content (${result.chromium}, ${result.runs} runs; median, min–max)\n${textTable(result)}\n`);
}
if (!values['no-write']) {
  writeSection(join(ROOT, 'docs/benchmarks.md'), 'page-bench', markdownSection(result));
  process.stderr.write('Wrote docs/benchmarks.md (page benchmark section)\n');
}
