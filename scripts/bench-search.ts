/**
 * `npm run bench:search` (part of `npm run bench`): the service search, in the page and in the
 * widget's Web Worker over the prebuilt index, against MiniSearch and FlexSearch, in Chromium at
 * 1× and 4× CPU (the main thread's; CDP cannot slow a worker), on 5,000 and 50,000 synthetic services, written
 * to its own section of docs/benchmarks.md (with the reading kept in scripts/bench/search/reading.md).
 *
 *   --sizes 5000,50000   directory sizes (env FH_BENCH_SEARCH_SIZES)
 *   --cpu 1,4            CPU slowdown rates (env FH_BENCH_CPU_RATES)
 *   --typed N            queries typed key by key (default 100)
 *   --typos N            one-typo queries for the hit rate (default 200)
 *   --no-write           print only; leave docs/benchmarks.md alone
 *   --json               print the figures as JSON
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSection } from './bench/markdown-section.js';
import { ROOT } from './bench/run.js';
import { markdownSection, textTable } from './bench/search/report.js';
import { runSearchBench } from './bench/search/run.js';

const DEADLINE_MS = 30 * 60_000;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    cpu: { type: 'string' },
    typed: { type: 'string' },
    typos: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const numbers = (text: string | undefined) => (text ? text.split(',').map((s) => Number(s.trim())) : undefined);

setTimeout(() => {
  process.stderr.write(`bench:search: still running after ${DEADLINE_MS / 60_000} minutes; stopping\n`);
  process.exit(1);
}, DEADLINE_MS + 60_000).unref();

const sizes = numbers(values.sizes ?? process.env['FH_BENCH_SEARCH_SIZES']);
const cpuRates = numbers(values.cpu ?? process.env['FH_BENCH_CPU_RATES']);
const result = await runSearchBench({
  ...(sizes ? { sizes } : {}),
  ...(cpuRates ? { cpuRates } : {}),
  ...(values.typed ? { typedQueries: Number(values.typed) } : {}),
  ...(values.typos ? { typoQueries: Number(values.typos) } : {}),
  deadlineMs: DEADLINE_MS,
  log: (line) => process.stderr.write(`${line}\n`),
});

if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else process.stdout.write(`\nService search (${result.chromium})\n${textTable(result)}\n`);
if (!values['no-write']) {
  const reading = readFileSync(join(ROOT, 'scripts/bench/search/reading.md'), 'utf8');
  writeSection(join(ROOT, 'docs/benchmarks.md'), 'search-bench', markdownSection(result, reading));
  process.stderr.write('Wrote docs/benchmarks.md (search benchmark section)\n');
}
